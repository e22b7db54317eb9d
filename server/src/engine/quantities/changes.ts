import type { BeforeAfter, Quantity, Sentence, Story, StoryDocument } from '../types';
import { GOALS, withoutRateBases } from './pairs';

/*
 * A stated change ("an 80% reduction", "3x faster") checked against the
 * before/after pair it describes. People write changes several ways, so a
 * figure is accepted when any common reading fits: relative change, speed-up
 * ("4x faster" = "300% faster"), points for percentages, the new level as a
 * share of the old ("to 300% of it"), "3x more" as 3x or 4x. Only a figure no
 * reading explains is flagged ("a 300% increase" for tripling is one).
 */

const CHANGE_AFTER = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}-]+\s+){0,2}?(?:reduction|reductions|decrease|drop|cut|improvement|increase|gain|` +
    String.raw`lift|uplift|boost|rise|growth|jump|decline|saving|savings|speedup|speed-up|faster|slower|quicker|recovery|rebound|` +
    String.raw`fewer|less|more|lower|higher|better|smaller|larger|bigger|cheaper|down|up|off|reduced|improved|` +
    String.raw`increased|decreased|shorter|longer|shrink|shrinkage|fall|dip|short(?!-)|hit(?!\s+(?:rates?|ratios?))|` +
    String.raw`(?:over|under|above|below|ahead\s+of|behind)\s+(?:the\s+)?(?:${GOALS}))\b`,
  'iu',
);
/** Nouns that tell a figure as a relative change: "a 40% reduction", "a 6% lift". */
const RELATIVE_NOUNS = 'reduction|decrease|drop|cut|improvement|increase|gain|lift|uplift|boost|rise|growth|jump|decline|recovery|rebound';
const CHANGE_NOUN_OF = new RegExp(
  String.raw`\b(?:${RELATIVE_NOUNS}|saving|savings|speedup|change)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|` +
    String.raw`over\s+|more than\s+|just over\s+|just under\s+|some\s+)?[~\u2248]?\s*$`,
  'iu',
);
/** A verb of change right before the figure, with no "by": "…, reduce almost 80%", "sales fell 30%". */
const VERB_BEFORE = new RegExp(
  String.raw`\b(?:reduce[sd]?|reducing|cut|cutting|increased?|increasing|improved?|improving|dropped|dropping|decreased?|` +
    String.raw`decreasing|grew|rose|fell)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+)?[~\u2248]?\s*$`,
  'iu',
);
const BY_BEFORE = new RegExp(
  String.raw`\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+|just over\s+|just ` +
    String.raw`under\s+|some\s+|a full\s+)?[~\u2248]?\s*$`,
  'iu',
);
/** Between a pair and a figure right after it: ", an 80% …", " (−66%)", ", which is a …", ", so a …". */
const APPOSITION_AFTER = new RegExp(
  String.raw`^(?:\s*\/\s*\p{L}+)?(?:\s+[\p{L}\p{N}'/\u00b0-]+){0,6}?` +
    // "…from 5 hours to 2 hours by moving the routine runs from HPLC to TOC, a 40% saving", "…down to 4,500 within 24 hours
    // of the power coming back, a 90% reduction": how or when the change was made, said before its figure (not a clause of
    // its own: "…in a year and the owners were asking for a 10% cut").
    String.raw`(?:\s+(?:by\s+\p{L}+ing|within|in|over|after|across|during|through)` +
    String.raw`(?:\s+(?!(?:and|but|while|whereas|so|which|who|that)(?![\p{L}'-]))[\p{L}\p{N}'/\u00b0-]+){1,10}?)?` +
    String.raw`\s*[,(\u2014\u2013:;-]?\s*` +
    String.raw`(?:(?:so\s+|and\s+)?(?:which|that|this|it)(?:\s+|(?=['\u2019]s))(?:is|` +
    String.raw`was|['\u2019]s|were|represents|represented|means|meant|amounts to|amounted to|works out to|worked out to|` +
    String.raw`equals|equaled|equalled|came to|comes to),?\s+|` +
    // "…, which we called out on the first slide as a 90% improvement": the figure the pair was presented as.
    String.raw`(?:which|that)\s+(?:we|i|they|he|she|the\s+team)\s+(?:called|described|reported|presented|pitched|` +
    String.raw`headlined|billed|sold|announced|quoted|claimed|labell?ed|framed|touted|celebrated|summari[sz]ed|wrote\s+up)` +
    String.raw`(?:\s+(?!as\b)[\p{L}\p{N}'-]+){0,8}?\s+as\s+|` +
    // "…, so the reports are 75% faster": the pair's effect on what it measures, said with a copula.
    String.raw`so\s+(?:the\s+|our\s+|my\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){1,2}?(?:are|is|were|was|got|became)\s+(?:now\s+)?)?` +
    // "…, which is, what, a 60% jump", "…, so basically a 60% lift": a filler, with its commas, before the figure.
    String.raw`(?:(?:an?|roughly|about|almost|nearly|over|more than|basically|essentially|effectively|pretty much|more or less|what|` +
    String.raw`something like|something|in the region of|like|` +
    // A hedge on the figure still states it: "so maybe around a 50% cut?", "so I think about 40%".
    String.raw`maybe|perhaps|probably|possibly|i think|i'd say|i guess|i reckon|` +
    String.raw`just over|just under|around|approximately|a full|by|or|i\.?e\.?,?|some|close to|down|up|only|` +
    // "…, reduce almost 80%", "…, cutting it by 40%": the change told as a verb.
    String.raw`reduce|reduced|reduces|reducing|cut|cutting|increased|increasing|improved|improving|dropped|dropping|` +
    String.raw`decreased|decreasing|it|them|for|so),?\s+)*` +
    // "…, a reduction of 75%", "so this is reduction of 75 percent".
    String.raw`(?:(?:reduction|decrease|drop|cut|improvement|increase|gain|rise|growth|jump|decline|saving|change)\s+of\s+` +
    String.raw`(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+)?)?[~\u2248]?[-+\u2212]?\s*$`,
  'iu',
);
/** Between a pair and a verb of multiplying that sums it up: "from 60 to 90, so we basically tripled productivity". */
const MULTIPLIED_AFTER = new RegExp(
  String.raw`^\s*[,;\u2014\u2013-]?\s*(?:so|which means|meaning|and)\s+(?:(?:we|i|they|it|that|this|the team)\s+)?` +
    String.raw`(?:(?:basically|effectively|more or less|pretty much|almost|nearly|roughly|about|just about|more than|well over|` +
    String.raw`over|had|have)\s+)*$`,
  'iu',
);
/**
 * Further on in the same clause, a figure that can only be the pair's change: "from 3.2% to 1.1% in about 2 months,
 * so we cut errors by 80%", "from 900/wk to 720/wk for a couple of months after the rating went up (-25%)".
 */
const LATE_FIGURE = new RegExp(
  String.raw`^[^;.!?]{0,120}?(?:\b(?:cut|cutting|reduced|reducing|lowered|dropped|brought (?:it |them )?down|increased|raised|` +
    String.raw`grew|improved|boosted|lifted|shrank|slashed|trimmed)\b[^;.!?]{0,40}?\bby\s+(?:about\s+|around\s+|roughly\s+|` +
    String.raw`nearly\s+|almost\s+|over\s+|more than\s+)?|\(\s*)[~\u2248]?\s*[-+\u2212]?\s*$`,
  'iu',
);

/** Between a figure and the pair right after it: "by 80% from …", "an 80% reduction in P99, from …", "80% faster (". */
const LEAD_IN_BEFORE = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}'-]+\s+){0,6}?[\p{L}\p{N}'-]*\s*[,(\u2014\u2013:]?\s*(?:(?:going|dropping|falling|rising|` +
    String.raw`growing|moving|down|up)\s+)?(?:from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|` +
    String.raw`some\s+)?)?[~\u2248]?\s*$`,
  'iu',
);
const NEXT_POINTS_BACK = new RegExp(
  String.raw`^\s*(?:(?:that|this|it|which)\s*(?:is|was|'s|represents|represented|means|meant|amounts to|amounted ` +
    String.raw`to|works out to|worked out to|equals|equalled|equaled|came to|comes to)\b|(?:overall|in total|in ` +
    String.raw`other words|all in all|altogether)\b|(?:an?|roughly|about|nearly|almost|over|more than)\s+[~\u2248]?\d|` +
    // "Cut it by about 60%.": the change told as the writer's verb on the pair just before.
    String.raw`(?:so\s+)?(?:(?:we|i)\s+)?(?:cut|reduced|brought|got|dropped|lowered|raised|increased|grew|boosted)\s+` +
    String.raw`(?:it|them|that|this)(?:\s+(?:down|up))?\s+by\s+(?:(?:about|around|roughly|nearly|almost|over|more than)\s+)?[~\u2248]?\d)`,
  'i',
);
/** A note that is only the change of the pair before it: "45% less.", "Down 80%.", "So about 30% cheaper." */
const NEXT_NOTE = new RegExp(
  String.raw`^\s*(?:(?:so|down|up|i\.e\.|=|->|\u2192)\s+)?(?:(?:about|roughly|around|nearly|almost|over|~|\u2248)\s*)?\d[\d.,]*\s*%` +
    String.raw`(?:\s+(?:less|more|lower|higher|down|up|fewer|cheaper|faster|slower|reduction|drop|cut|saving|increase|improvement|gain))?` +
    String.raw`\s*[.!]?\s*$`,
  'i',
);
/** Verbs of multiplying, checked against their pair like "3x": "signups doubled, from 300 to 450", "so almost double". */
const WORD_MULTIPLE = /^(?:doubled|tripled|trebled|quadrupled|halved|doubling|tripling|halving|double|triple)$/i;
// With or without an article before the figure: "about 40%", "about a 40% cut", "like a fifty percent cut".
const APPROX_BEFORE = /(?:\b(?:about|around|roughly|approximately|nearly|almost|close to|some|like)|~|\u2248)\s*(?:an?\s+)?$/iu;
const AT_LEAST_BEFORE = /\b(?:over|more than|above|at least|north of|upwards of)\s*(?:an?\s+)?$/iu;
const NEARLY_BEFORE = /\b(?:nearly|almost)\s*(?:an?\s+)?$/iu;
/** A figure said as a speed-up: "300% faster", "a 50% speed-up", "2x quicker". */
const SPEED_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:faster|quicker|speed-?up|speedier|improvement in speed)\b/iu;
const AT_MOST_BEFORE = /\b(?:under|less than|below|up to|nearly|almost|just under)\s*(?:an?\s+)?$/iu;

export interface Stated {
  q: Quantity;
  sentence: Sentence;
}

/** Each stated change in a sentence with the before/after pair it describes: in the sentence, split over the one before, or in the next. */
export function statedChanges(doc: StoryDocument, story: Story, s: Sentence): Array<{ stated: Stated; pair: BeforeAfter }> {
  return mayStateChange(s) ? statedChangesInFull(doc, story, s) : [];
}

/**
 * False when a sentence can have no stated change (speed only: most sentences are then passed over without the
 * regular expressions below). One with no percentage or multiple states no change of its own (statedFigures finds
 * none, so neither a split pair nor one further back), and only one with a single pair can have its change stated
 * in the next.
 */
export function mayStateChange(s: Sentence): boolean {
  if (s.pairs.length === 1) return true;
  for (const q of s.quantities) if (q.kind === 'percent' || q.kind === 'multiple') return true;
  return false;
}

/** {@link statedChanges} without the test of {@link mayStateChange}. */
export function statedChangesInFull(doc: StoryDocument, story: Story, s: Sentence): Array<{ stated: Stated; pair: BeforeAfter }> {
  const candidates: Array<{ stated: Stated; pair: BeforeAfter }> = [];
  const figures = statedFigures(doc, s);
  for (const q of figures) {
    const distance = (p: BeforeAfter) => (q.start >= p.end ? q.start - p.end : p.start - q.end);
    const pair = [...s.pairs].sort((x, y) => distance(x) - distance(y)).find((p) => describes(doc, q, p));
    if (pair) candidates.push({ stated: { q, sentence: s }, pair });
  }
  // The one figure of a sentence with no pair of its own: what a pair split over two sentences, or a before told further
  // back, is checked against. The figures are read once for all three.
  const sole = !s.pairs.length && figures.length === 1 ? figures[0] : undefined;
  const split = sole && splitPair(story.sentences[s.index - 1], s, sole);
  if (split) candidates.push(split);
  else if (!candidates.length && sole) {
    const back = pairBackTo(doc, story, s, sole) ?? pairBackToUnit(doc, story, s, sole);
    if (back) candidates.push(back);
  }
  const next = story.sentences[s.index + 1];
  if (next && s.pairs.length === 1 && !next.pairs.length && (NEXT_POINTS_BACK.test(next.text) || NEXT_NOTE.test(next.text))) {
    const figures = statedFigures(doc, next);
    if (figures.length === 1) candidates.push({ stated: { q: figures[0], sentence: next }, pair: s.pairs[0] });
  }
  return candidates;
}

/** A measured value, not a figure of change or a bare number: what a before or an after can be. */
const measure = (q: Quantity) => q.kind !== 'percent' && q.kind !== 'multiple' && q.kind !== 'number';

/** "Last year …", "before the change …", "the old …": a sentence that tells the before. */
const BEFORE_MARK = /\b(?:last year|the year before|before|previously|originally|at first|at the start|used to|the old|in the past)\b/i;
/** "This year …", "after the change …", "now …", "the new …": a sentence that tells the after. */
const AFTER_MARK = /\b(?:this year|after|afterwards|now|today|the new|by the end)\b/i;

/**
 * A before and an after told in two sentences, then a figure for the change: "Last year the fair raised
 * £3,200. This year it raised £5,100, up 80%." One measure in each sentence, of the same kind and unit.
 */
function splitPair(prev: Sentence | undefined, s: Sentence, figure: Quantity): { stated: Stated; pair: BeforeAfter } | undefined {
  if (!prev || prev.pairs.length || !BEFORE_MARK.test(prev.text) || !AFTER_MARK.test(s.text)) return undefined;
  const befores = prev.quantities.filter(measure);
  const afters = s.quantities.filter((q) => measure(q) && q !== figure);
  if (befores.length !== 1 || afters.length !== 1) return undefined;
  const [before] = befores;
  const [after] = afters;
  if (before.kind !== after.kind || before.unit !== after.unit || after.start > figure.start) return undefined;
  return { stated: { q: figure, sentence: s }, pair: { before, after, start: before.start, end: after.end } };
}

/** "fifty percent", "forty per cent": a percentage spoken as a figure, not "a hundred percent sure". */
const PERCENT_IN_WORDS = /^(?!(?:a |one )?hundred\b)[\p{L}-]+(?: [\p{L}-]+)? per ?cent$/iu;

/** A change said against an earlier time: "+80% on last year", "up 30% vs the year before". */
const AGAINST_EARLIER = /^\s*(?:on|vs\.?|versus|over|against|compared (?:with|to)|from)\s+(last year|the year before|the previous year)\b/i;

/**
 * Notes that give the before lines earlier and the change against it later: "last year's fair: £3,200
 * raised" … "raised £5,100 → +80% on last year". The figure names the earlier time; the before is the one
 * measure, of the same kind and unit, of the nearest earlier sentence of the story that names it too.
 */
function pairBackTo(doc: StoryDocument, story: Story, s: Sentence, figure: Quantity): { stated: Stated; pair: BeforeAfter } | undefined {
  const when = AGAINST_EARLIER.exec(doc.text.slice(figure.end, Math.min(s.end, figure.end + 40)))?.[1].toLowerCase();
  if (!when) return undefined;
  const afters = s.quantities.filter((q) => measure(q) && q.end <= figure.start);
  if (afters.length !== 1) return undefined;
  const [after] = afters;
  for (let k = s.index - 1; k >= 0; k--) {
    const prev = story.sentences[k];
    if (!prev.text.toLowerCase().includes(when.replace(/^the /, ''))) continue;
    const befores = prev.quantities.filter(measure);
    if (befores.length !== 1 || befores[0].kind !== after.kind || befores[0].unit !== after.unit) return undefined;
    return { stated: { q: figure, sentence: s }, pair: { before: befores[0], after, start: befores[0].start, end: after.end } };
  }
  return undefined;
}

/**
 * What a count counts: the words after it up to the first plural among the next three ("open items" in "8 open items",
 * "items" in "40 items open"), or none.
 */
function countedWords(doc: StoryDocument, q: Quantity): string[] | undefined {
  const m = COUNTED.exec(doc.text.slice(q.end, q.end + 60));
  return m?.[0].trim().toLowerCase().split(/\s+/);
}
const COUNTED = /^(?:\s+(?!(?:is|was|has|this|its|us|as|less|plus|across|always)\b)[\p{L}-]+){0,2}?\s+\p{L}{3,}s\b/u;

/**
 * Two counts of the same thing told in other words: the same plural noun, and the first word of one among the other's
 * ("8 open items" and "40 items open"; not "310 refund cases" and "1,240 duplicate-charge cases").
 */
function sameCount(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a || !b || a.at(-1) !== b.at(-1)) return false;
  return a.length === 1 || b.length === 1 || a.includes(b[0]) || b.includes(a[0]);
}

/** The words before an after that reaches a new level: "came down to", "rose to", "fell to". */
const REACHED = new RegExp(
  String.raw`(?:\b(?:down|fell|dropped|dipped|rose|grew|increased|reduced|cut|climbed|went|came)\s+to|` +
    // "In September there were 310 duplicate cases, so about 85% less": the level at a later time, its change stated after.
    String.raw`\bthere\s+(?:were|was|are)(?:\s+only|\s+just)?)\s*(?:about\s+|around\s+|roughly\s+|~\s*)?$`,
  'i',
);

/**
 * An after reached in the sentence of its change, with the before told once earlier in the story in the same counted
 * unit: "The high-lift pumps used 410 MWh a year." … "Pumping came down to 320 MWh, a 28% saving." Only a unit named by
 * its own word (MWh, UDAs, tickets) and found once before counts: money or bare numbers are too common to pair so.
 */
function pairBackToUnit(
  doc: StoryDocument,
  story: Story,
  s: Sentence,
  figure: Quantity,
): { stated: Stated; pair: BeforeAfter } | undefined {
  // "… came down to 320 MWh over the following twelve months, a 28% saving": the count, not the time it took.
  const afters = s.quantities.filter((q) => q.kind === 'count' && /^\p{L}/u.test(q.unit) && q.end <= figure.start);
  if (afters.length !== 1) return undefined;
  const [after] = afters;
  // Or the change is said against the year before: "640 mince pies sold, up 50% on last year" after "sold 400 mince pies" in 2022.
  const reached = REACHED.test(doc.text.slice(Math.max(s.start, after.start - 30), after.start));
  if (!reached && !AGAINST_EARLIER.test(doc.text.slice(figure.end, Math.min(s.end, figure.end + 40)))) return undefined;
  let before: Quantity | undefined;
  const counted = countedWords(doc, after);
  for (let k = 0; k < s.index; k++) {
    for (const q of story.sentences[k].quantities) {
      if (q.kind !== after.kind || (q.unit !== after.unit && !sameCount(counted, countedWords(doc, q)))) continue;
      if (before) return undefined;
      before = q;
    }
  }
  return before && { stated: { q: figure, sentence: s }, pair: { before, after, start: before.start, end: after.end } };
}

/** A sign or "up"/"down" right before a percentage, past a word of approximation: "-40%", "up 80%", "up about 70%". */
const SIGNED_BEFORE = new RegExp(
  String.raw`(?:[-+\u2212]|\b(?:up|down)(?:\s+(?:about|around|roughly|nearly|almost|approximately|close to|some|over|more than|` +
    String.raw`just over|just under))?)\s*$`,
  'i',
);

/** Percentages and multiples written in digits that state a change, not a level ("95% of requests"). */
function statedFigures(doc: StoryDocument, s: Sentence): Quantity[] {
  const out: Quantity[] = [];
  const inPair = (q: Quantity) => s.pairs.some((p) => overlaps(q, p.before) || overlaps(q, p.after));
  for (let i = 0; i < s.quantities.length; i++) {
    const q = s.quantities[i];
    if ((q.kind !== 'percent' && q.kind !== 'multiple') || inPair(q)) continue;
    // Digits, a percentage in words ("a fifty percent cut"), or a verb of multiplying: "doubled", "tripled", "halved".
    const inWords = q.kind === 'percent' ? PERCENT_IN_WORDS.test(q.text) : q.kind === 'multiple' && WORD_MULTIPLE.test(q.text);
    if (!/\d/.test(q.text) && !inWords) continue;
    if (q.kind === 'multiple' && q.unit !== 'x') continue;
    const before = doc.text.slice(Math.max(s.start, q.start - 60), q.start);
    const after = doc.text.slice(q.end, Math.min(s.end, q.end + 60));
    // Ranges ("30-40%", "2 to 3x") are not one figure to check.
    const prev = s.quantities[i - 1];
    if (prev && /^\s*(?:-|\u2013|to|or)\s*$/.test(doc.text.slice(prev.end, q.start))) continue;
    if (/^\s*(?:-|\u2013|to|or)\s*\d/.test(after)) continue;
    if (/^\s*of\b/i.test(after) && !/\bto\s*[~\u2248]?\s*$/i.test(before)) continue;
    if (q.kind === 'percent') {
      // "-40%", "(+80%)", "up 80%", "down 40%": a signed change.
      // "up about 70%", "down roughly a third of it": the change with its approximation.
      const signed = SIGNED_BEFORE.test(before) || (/^\s*\)/.test(after) && /\(\s*[-+\u2212]?\s*$/.test(before));
      // "from £3.1m down to £2.2m, around 40%, and …": the figure set beside the pair on its own, closing its clause.
      const apposed =
        prev !== undefined && inPair(prev) && APPOSED_BETWEEN.test(doc.text.slice(prev.end, q.start)) && CLAUSE_CLOSES.test(after);
      if (
        !signed &&
        !apposed &&
        !CHANGE_AFTER.test(after) &&
        !CHANGE_NOUN_OF.test(before) &&
        !BY_BEFORE.test(before) &&
        !VERB_BEFORE.test(before)
      )
        continue;
    }
    out.push(q);
  }
  return out;
}

/** Between a pair's second value and a figure set beside it: a comma or a dash, and a word of approximation at most. */
const APPOSED_BETWEEN = /^\s*[,\u2014\u2013]\s*(?:(?:about|around|roughly|approximately|nearly|almost|close to|some)\s+|[~\u2248]\s*)?$/iu;
/** The figure ends its clause: "…, around 40%, and service went up", "…, about 40%." */
const CLAUSE_CLOSES = /^\s*(?:[,;.!?)\u2014\u2013]|$)/u;

/**
 * Three or more percentages listed as parts of one whole ("60% came from referrals, 35% from outbound and
 * 20% from the roundtables") that add up to more than 100%. Figures that state a change, or that belong to
 * a before/after pair, are no shares.
 */
export function sharesOverWhole(doc: StoryDocument, s: Sentence): Quantity[] | undefined {
  return percentagesIn(s) >= 3 ? sharesOverWholeInFull(doc, s) : undefined;
}

/** How many percentages a sentence holds: every share is one, and it takes three (speed only: most sentences hold none). */
export function percentagesIn(s: Sentence): number {
  let n = 0;
  for (const q of s.quantities) if (q.kind === 'percent') n++;
  return n;
}

/**
 * Words right before a percentage that make it a metric's level: "to 99.9%", "accuracy at 97%", and a rate named with a colon
 * ("Opt-in: 41% (Priya's), 58% (mine), 22% (no ask)" gives one rate for each arm of a test, not parts of one whole).
 */
const LEVEL_BEFORE = new RegExp(
  String.raw`\b(?:to|at|of|by|reached|hit|is|was|were|are|uptime|accuracy|availability|rate|[ps]\d\d|` +
    String.raw`(?:rate|opt-?ins?|conversion|retention|take-?up|uptake|adoption|completion|attendance|occupancy|` +
    String.raw`utili[sz]ation|engagement|churn|ctr|click-through)\s*:)\s*[~\u2248]?\s*$`,
  'i',
);

/** Words between two percentages that offer the second in place of the first. */
const INSTEAD_BETWEEN = /\b(?:but|instead|rather than)\b/i;

/** {@link sharesOverWhole} without the count of {@link percentagesIn}. */
export function sharesOverWholeInFull(doc: StoryDocument, s: Sentence): Quantity[] | undefined {
  const inPair = (q: Quantity) => s.pairs.some((p) => overlaps(q, p.before) || overlaps(q, p.after));
  const run: Quantity[] = [];
  let best: Quantity[] = [];
  for (const q of s.quantities) {
    const after = doc.text.slice(q.end, Math.min(s.end, q.end + 40));
    // "to 99.9%", "accuracy at 97%", "Opt-in: 41% (hers), 58% (mine)": the level of a metric, not a part of a whole.
    const level = LEVEL_BEFORE.test(doc.text.slice(Math.max(s.start, q.start - 20), q.start));
    const share =
      q.kind === 'percent' && q.unit === '%' && q.value > 0 && q.value <= 100 && !inPair(q) && !level && !CHANGE_AFTER.test(after);
    const prev = run.at(-1);
    // A list: each share follows the last within a few words, joined by a comma or "and".
    // Not a share offered instead of the last: "I could not pay 40%, but I could do 20% against a guarantee, 50% on …".
    const between = prev ? doc.text.slice(prev.end, q.start) : '';
    const joined = prev && /^[^.;:!?]{0,60}$/.test(between) && /(?:,|\band\b|\bwhile\b)/.test(between) && !INSTEAD_BETWEEN.test(between);
    if (share && (!prev || joined)) run.push(q);
    else {
      if (run.length > best.length) best = [...run];
      run.length = 0;
      if (share) run.push(q);
    }
  }
  if (run.length > best.length) best = [...run];
  if (best.length < 3 || /\brespectively\b/i.test(s.text)) return undefined;
  // A whole among the parts is no partition: "a staged rollout (5%, 25%, 100%)" lists the steps of a ramp.
  if (best.some((q) => q.value === 100)) return undefined;
  // Answers to separate questions ("80% said …, 75% would …") are no partition of one whole.
  if (
    best.some((q) =>
      /^\s*(?:of\s+\w+\s+)?(?:said|say|would|felt|feel|agreed|agree|reported|rated|answered|wanted)\b/i.test(
        doc.text.slice(q.end, q.end + 30),
      ),
    )
  ) {
    return undefined;
  }
  // Parts of a whole that overshoot by a little are a slip; a sum far past 100% is rates of different things.
  const sum = best.reduce((n, q) => n + q.value, 0);
  return sum > 102 && sum <= 150 ? best : undefined;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a figure sits right next to a pair, in the same phrase. */
function describes(doc: StoryDocument, q: Quantity, p: BeforeAfter): boolean {
  if (q.start >= p.end) {
    const between = withoutMultipleAside(withoutFillers(withoutRateBases(doc.text.slice(p.end, q.start))));
    if (WORD_MULTIPLE.test(q.text) && MULTIPLIED_AFTER.test(between.replace(/^(?:\s+[\p{L}-]+){0,4}?(?=\s*[,;\u2014\u2013-])/u, '')))
      return true;
    return APPOSITION_AFTER.test(between) || LATE_FIGURE.test(between);
  }
  if (q.end <= p.start) {
    // "p99 at 3x load: 1.8 s → 420 ms": a multiple that sets the condition measured under, not the change.
    if (q.kind === 'multiple' && /\bat\s+$/i.test(doc.text.slice(Math.max(0, q.start - 4), q.start))) return false;
    const between = withoutFillers(doc.text.slice(q.end, p.start));
    // "a quote ~12% lower but 2 deliveries a week vs 6": a new clause compares something else.
    return LEAD_IN_BEFORE.test(between) && !NEW_CLAUSE.test(between);
  }
  return false;
}

/**
 * "from 9 min to 5 min, nearly halved, so about 60% quicker": a word multiple said in passing between the pair and its
 * figure is a second reading of the same change (checked on its own), not a clause that parts the figure from the pair.
 */
function withoutMultipleAside(between: string): string {
  return between.includes(',') ? between.replace(MULTIPLE_ASIDE, '') : between;
}
const MULTIPLE_ASIDE = new RegExp(
  String.raw`^,\s*(?:(?:nearly|almost|roughly|about|more than|over|just over|just under|basically|more or less)\s+)?` +
    String.raw`(?:halved|doubled|tripled|trebled|quadrupled)(?=\s*,)`,
  'iu',
);

/** A word that opens a clause of its own between a figure and a pair after it. */
const NEW_CLAUSE = /(?<![\p{L}'])(?:but|while|whereas|although|though|yet)(?![\p{L}'])/iu;

/** ", which is, um, about a" reads as ", which is about a": fillers of speech do not break the phrase. */
function withoutFillers(between: string): string {
  return between.replace(/,?\s*\b(?:um+|uh+|er+m?|like|you know)\b,?/giu, '');
}

interface Verdict {
  messageId: 'percent' | 'points' | 'relativePoints' | 'multiple';
  actual: string;
  figure: string;
  change: string;
  /** The percentage-point difference, when the figure gives it as a relative change. */
  points?: string;
}

/** A word after a percentage that makes it a relative change: "a 6% lift", "a 1.5% increase". */
const RELATIVE_AFTER = new RegExp(String.raw`^\s*(?:relative\s+)?(?:${RELATIVE_NOUNS})\b`, 'i');

/** Returns what the pair really says when no reading of the figure fits it. */
export function verdictOf(doc: StoryDocument, q: Quantity, p: BeforeAfter): Verdict | undefined {
  const b = p.before.value;
  const a = p.after.value;
  if (!(b > 0) || !(a >= 0) || a === b) return undefined;
  const lead = doc.text.slice(Math.max(0, q.start - 20), q.start);
  const room = roomBefore(lead);
  const { approx, atLeast, atMost, nearly } = room;
  const down = a < b;
  const ratio = down ? (a > 0 ? b / a : Infinity) : a / b;
  const relative = (Math.abs(a - b) / b) * 100;
  if (q.kind === 'multiple') {
    if (!Number.isFinite(ratio)) return undefined;
    // "0.5x the cost" is the same change as "2x cheaper".
    const m = q.value < 1 ? 1 / q.value : q.value;
    const tol = approx ? 0.25 : 0.1;
    // "almost double" for 1.56x is no near miss: "almost" and "nearly" leave room below the figure, not all the way down.
    const fits = (r: number) =>
      atLeast ? r >= m * (1 - tol) : atMost ? r <= m * (1 + tol) && (!nearly || r >= m * 0.85) : Math.abs(r - m) <= tol * r + 0.05;
    // "3x more" is said for both 3x and 4x.
    const more = /^\s*(?:more|higher|greater|bigger|larger)\b/i.test(doc.text.slice(q.end, q.end + 12));
    if (fits(ratio) || (more && fits(ratio - 1))) return undefined;
    const figure = formatMultiple(ratio);
    return { messageId: 'multiple', actual: `${figure}x`, figure, change: '' };
  }
  const fits = (r: number) => percentFits(room, q.value, r);
  const readings: number[] = [];
  const pointsOnly = q.unit === 'pt' && p.before.kind === 'percent';
  // "18% → 24%, a 6% lift": a percentage-point difference told as a relative change, the slip an interviewer asks about;
  // "up 6%" or "a 6-point lift" may mean the points.
  const points = p.before.kind === 'percent' && p.before.unit === '%' ? Math.abs(a - b) : undefined;
  const saysRelative = q.unit !== 'pt' && RELATIVE_AFTER.test(doc.text.slice(q.end, q.end + 24));
  if (points !== undefined && !saysRelative) readings.push(points);
  if (!pointsOnly) {
    readings.push(relative);
    // "300% faster" for 800 ms → 200 ms: a speed-up, said of times only.
    // Only when the figure says so: "a 50% reduction" of 6 days to 4 is no speed-up.
    if (down && a > 0 && p.before.kind === 'duration' && SPEED_AFTER.test(doc.text.slice(q.end, q.end + 24)))
      readings.push((b / a - 1) * 100);
    if (/\bto\s*[~\u2248]?\s*$/i.test(lead) || /^\s*of\b/i.test(doc.text.slice(q.end, q.end + 6))) readings.push((a / b) * 100);
  }
  if (readings.some(fits)) return undefined;
  // "A 300% increase" for 100 → 300 is no reading of it: tripling is a 200% increase, the slip an interviewer asks about
  // (only "to 300% of" reads the new level as a share of the old, above).
  if (pointsOnly) {
    const figure = formatPercent(Math.abs(a - b));
    return { messageId: 'points', actual: figure, figure, change: '' };
  }
  const figure = formatPercent(relative);
  const change = down ? 'reduction' : 'increase';
  if (points !== undefined && saysRelative && fits(points))
    return { messageId: 'relativePoints', actual: `${figure}%`, figure, change, points: formatPoints(points) };
  return { messageId: 'percent', actual: `${figure}%`, figure, change };
}

/** The room the words before a figure give it: "about", "over", "under", "nearly". */
export interface Room {
  approx: boolean;
  atLeast: boolean;
  atMost: boolean;
  nearly: boolean;
}

/** Reads the words before a figure once, for every reading it is checked against. */
export function roomBefore(lead: string): Room {
  return {
    approx: APPROX_BEFORE.test(lead),
    atLeast: AT_LEAST_BEFORE.test(lead),
    atMost: AT_MOST_BEFORE.test(lead),
    nearly: NEARLY_BEFORE.test(lead),
  };
}

/** Whether a percentage as said fits one computed from its numbers, with the room the words before it give. */
export function percentFits({ approx, atLeast, atMost, nearly }: Room, said: number, actual: number): boolean {
  // "About" widens the room by a share of the figure, up to 5 points: "about 15%" for 10.3% is a third off, not near.
  const tol = approx ? Math.max(2, Math.min(5, 0.25 * said)) : 2;
  if (atLeast) return actual >= said - tol;
  if (atMost) return actual <= said + tol && (!nearly || actual >= said - Math.max(5, 0.1 * said));
  return Math.abs(actual - said) <= tol;
}

export function formatPercent(n: number): string {
  return n < 1 ? n.toFixed(1) : String(Math.round(n));
}

/** A point difference as written: 6, 1.5 (0.1 apart at most, so "3% to 4.5%" is 1.5 points, not 2). */
function formatPoints(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

function formatMultiple(n: number): string {
  return String(Math.round(n * 10) / 10);
}
