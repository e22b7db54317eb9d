import type { IgnoreOption, Rule } from '../rule';
import { nextSentence } from '../rule';
import type { BeforeAfter, Quantity, Sentence, StoryDocument, Suggestion } from '../types';
import { replace } from '../fixes';

/*
 * A stated change ("an 80% reduction", "3x faster") checked against the
 * before/after pair it describes. People write changes several ways, so a
 * figure is accepted when any common reading fits: relative change, speed-up
 * ("4x faster" = "300% faster"), points for percentages, "300% increase" as
 * 3x, "3x more" as 3x or 4x. Only a figure no reading explains is flagged.
 */

const CHANGE_AFTER = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}-]+\s+){0,2}?(?:reduction|reductions|decrease|drop|cut|improvement|increase|gain|` +
    String.raw`lift|uplift|boost|rise|growth|jump|decline|saving|savings|speedup|speed-up|faster|slower|quicker|` +
    String.raw`fewer|less|more|lower|higher|better|smaller|larger|bigger|cheaper|down|up|off|reduced|improved|` +
    String.raw`increased|decreased|shorter|longer|shrink|shrinkage|fall|dip)\b`,
  'iu',
);
const CHANGE_NOUN_OF = new RegExp(
  String.raw`\b(?:reduction|decrease|drop|cut|improvement|increase|gain|lift|uplift|boost|rise|growth|jump|` +
    String.raw`decline|saving|savings|speedup|change)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|` +
    String.raw`over\s+|more than\s+|just over\s+|just under\s+|some\s+)?[~≈]?\s*$`,
  'iu',
);
const BY_BEFORE = new RegExp(
  String.raw`\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+|just over\s+|just ` +
    String.raw`under\s+|some\s+|a full\s+)?[~≈]?\s*$`,
  'iu',
);
/** Between a pair and a figure right after it: ", an 80% …", " (−66%)", ", which is a …". */
const APPOSITION_AFTER = new RegExp(
  String.raw`^(?:\s*\/\s*\p{L}+)?(?:\s+[\p{L}\p{N}'/-]+){0,6}?\s*[,(—–:;-]?\s*(?:(?:which|that|this|it)\s+(?:is|` +
    String.raw`was|'s|were|represents|represented|means|meant|amounts to|amounted to|works out to|worked out to|` +
    String.raw`equals|equaled|equalled|came to|comes to)\s+)?(?:(?:an?|roughly|about|almost|nearly|over|more than|` +
    String.raw`just over|just under|around|approximately|a full|by|or|i\.?e\.?,?|some|close to|down|up|` +
    String.raw`for)\s+)*[~≈]?[-+−]?\s*$`,
  'iu',
);
/** Between a figure and the pair right after it: "by 80% from …", "an 80% reduction in P99, from …", "80% faster (". */
const LEAD_IN_BEFORE = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}'-]+\s+){0,6}?[\p{L}\p{N}'-]*\s*[,(—–:]?\s*(?:(?:going|dropping|falling|rising|` +
    String.raw`growing|moving|down|up)\s+)?(?:from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|` +
    String.raw`some\s+)?)?[~≈]?\s*$`,
  'iu',
);
const NEXT_POINTS_BACK = new RegExp(
  String.raw`^\s*(?:(?:that|this|it|which)\s*(?:is|was|'s|represents|represented|means|meant|amounts to|amounted ` +
    String.raw`to|works out to|worked out to|equals|equalled|equaled|came to|comes to)\b|(?:overall|in total|in ` +
    String.raw`other words|all in all|altogether)\b|(?:an?|roughly|about|nearly|almost|over|more than)\s+[~≈]?\d)`,
  'i',
);
/** Verbs of multiplying, checked against their pair like "3x": "signups doubled, from 300 to 450". */
const WORD_MULTIPLE = /^(?:doubled|tripled|trebled|quadrupled|halved|doubling|tripling|halving)$/i;
const APPROX_BEFORE = /\b(?:about|around|roughly|approximately|nearly|almost|close to|some|~|≈)\s*$/iu;
const AT_LEAST_BEFORE = /\b(?:over|more than|above|at least|north of|upwards of)\s*$/iu;
const AT_MOST_BEFORE = /\b(?:under|less than|below|up to|nearly|almost|just under)\s*$/iu;

interface Stated {
  q: Quantity;
  sentence: Sentence;
}

export const inconsistentMetric: Rule<IgnoreOption> = {
  id: 'inconsistent-metric',
  meta: {
    level: 'sentence',
    defaultSeverity: 'warning',
    summary: 'A stated percentage or multiple does not match the before and after numbers next to it.',
    why:
      'Interviewers check the arithmetic. When "from 850 ms to 285 ms" comes with "an 80% reduction", the real figure is 66%, and a ' +
      'number that does not add up makes them doubt every other number in the story, and whether you measured it yourself.',
    strong:
      'Compute the change from your own before and after values and state it the same way each time: a percentage for a reduction, a ' +
      'multiple for a speed-up, points for a change in a rate.',
    example: {
      weak: 'I cut P99 latency from 850 ms to 285 ms, an 80% reduction.',
      strong: 'I cut P99 latency from 850 ms to 285 ms, a 66% reduction.',
    },
    followUp: 'Walk me through that number. How did you get from those two values to that percentage?',
    messages: {
      percent: '`{stated}` does not match {pair}, which is {article} {actual} {change}. Use {actual} or check the numbers.',
      points: '`{stated}` does not match {pair}, which is {actual} points. Use {actual} points or check the numbers.',
      multiple: '`{stated}` does not match {pair}, which is {actual}. Use {actual} or check the numbers.',
      shares: 'The shares {shares} add up to {sum}%, more than the whole. Check which one is off.',
    },
    grouped: {
      many: '{count} stated changes do not match their numbers ({list}). Check each one; its fix gives the computed value.',
      also: '`{stated}` does not match {pair} either; it is {actual} ({index} of {count}; the first is on line {line}).',
      listKey: 'stated',
    },
    defaultOptions: { ignore: [] },
    optionDocs: {
      ignore: 'Numbers or words to accept: a mismatch whose underlined text holds one is not flagged (for example `["20%"]`).',
    },
  },
  examples: {
    valid: [
      {
        name: 'a percentage that matches its before and after',
        text:
          '## API latency\n\n**Situation:** Partners timed out on our order API during nightly syncs.\n\n**Action:** I batched the ' +
          'lookups and added a read-through cache.\n\n**Result:** Average response time went from 2.3 seconds to 340 ms, an 85% ' +
          'improvement, and partner timeouts stopped.\n',
      },
      {
        name: 'a multiple that matches, and "300% more" read as 3x',
        text:
          '## Black Friday\n\n**Situation:** Checkout fell over at twice its normal traffic.\n\n**Action:** I moved session state ' +
          'to Redis and added autoscaling on queue depth.\n\n**Result:** Checkout served 3x the peak load, from 1,200 to 3,600 orders ' +
          'a minute, a 300% increase on the old ceiling.\n',
      },
    ],
    invalid: [
      {
        name: 'shares of one whole that add up to more than 100%',
        text:
          '## Referral programme\n\n**Situation:** Our pipeline was thin.\n\n**Action:** I started customer roundtables and a ' +
          'referral offer.\n\n**Result:** Pipeline grew from £400k to £950k. Of the new opportunities, 60% came from referrals, 35% ' +
          'from outbound and 20% from the roundtables.\n',
        expect: ['shares'],
      },
      {
        name: 'a percentage, a multiple and points that do not add up',
        text:
          '## Checkout latency\n\n**Situation:** Shoppers abandoned checkout on slow days.\n\n**Action:** I profiled the service ' +
          'and removed two blocking calls.\n\n**Result:** P99 fell from 850 ms to 285 ms, an 80% reduction. Checkout conversion rose ' +
          'from 2.0% to 2.6%. That is a 6-point gain. Builds went from 30 minutes to 12, 5x faster.\n',
        expect: ['percent', 'points', 'multiple'],
      },
    ],
  },
  check({ doc, story, report }) {
    for (const s of story.sentences) {
      const candidates: Array<{ stated: Stated; pair: BeforeAfter }> = [];
      for (const q of statedFigures(doc, s)) {
        const distance = (p: BeforeAfter) => (q.start >= p.end ? q.start - p.end : p.start - q.end);
        const pair = [...s.pairs].sort((x, y) => distance(x) - distance(y)).find((p) => describes(doc, q, p));
        if (pair) candidates.push({ stated: { q, sentence: s }, pair });
      }
      const next = nextSentence(story, s);
      if (next && s.pairs.length === 1 && !next.pairs.length && NEXT_POINTS_BACK.test(next.text)) {
        const figures = statedFigures(doc, next);
        if (figures.length === 1) candidates.push({ stated: { q: figures[0], sentence: next }, pair: s.pairs[0] });
      }
      const shares = sharesOverWhole(doc, s);
      if (shares) {
        const last = shares.at(-1)!;
        report({
          messageId: 'shares',
          data: { shares: shares.map((q) => q.text).join(' + '), sum: Math.round(shares.reduce((n, q) => n + q.value, 0)) },
          start: last.start,
          end: last.end,
        });
      }
      for (const { stated, pair } of candidates) {
        const verdict = check(doc, stated.q, pair);
        if (!verdict) continue;
        const { q } = stated;
        const replacement = q.text.replace(/\d[\d,]*(?:\.\d+)?/, verdict.figure);
        const article = /^(?:8|1[18](?!\d))/.test(verdict.figure) ? 'an' : 'a';
        report({
          messageId: verdict.messageId,
          data: {
            stated: q.text,
            pair: `${shown(doc, pair.before)} → ${shown(doc, pair.after)}`,
            actual: verdict.actual,
            change: verdict.change,
            article,
          },
          start: q.start,
          end: q.end,
          // "tripled" has no mechanical replacement that stays a grammatical sentence; the message gives the figure.
          suggestions: /\d/.test(q.text) ? [fixFigure(doc, q, replacement, article)] : [],
        });
      }
    }
  },
};

/** Percentages and multiples written in digits that state a change, not a level ("95% of requests"). */
function statedFigures(doc: StoryDocument, s: Sentence): Quantity[] {
  const out: Quantity[] = [];
  const inPair = (q: Quantity) => s.pairs.some((p) => overlaps(q, p.before) || overlaps(q, p.after));
  for (let i = 0; i < s.quantities.length; i++) {
    const q = s.quantities[i];
    if ((q.kind !== 'percent' && q.kind !== 'multiple') || inPair(q)) continue;
    // Digits, or a verb of multiplying: "doubled", "tripled", "halved".
    if (!/\d/.test(q.text) && !(q.kind === 'multiple' && WORD_MULTIPLE.test(q.text))) continue;
    if (q.kind === 'multiple' && q.unit !== 'x') continue;
    const before = doc.text.slice(Math.max(s.start, q.start - 60), q.start);
    const after = doc.text.slice(q.end, Math.min(s.end, q.end + 60));
    // Ranges ("30-40%", "2 to 3x") are not one figure to check.
    const prev = s.quantities[i - 1];
    if (prev && /^\s*(?:-|–|to|or)\s*$/.test(doc.text.slice(prev.end, q.start))) continue;
    if (/^\s*(?:-|–|to|or)\s*\d/.test(after)) continue;
    if (/^\s*of\b/i.test(after) && !/\bto\s*[~≈]?\s*$/i.test(before)) continue;
    if (q.kind === 'percent') {
      const signed = /[-+−]\s*$/.test(before) || (/^\s*\)/.test(after) && /\(\s*[-+−]?\s*$/.test(before));
      if (!signed && !CHANGE_AFTER.test(after) && !CHANGE_NOUN_OF.test(before) && !BY_BEFORE.test(before)) continue;
    }
    out.push(q);
  }
  return out;
}

/**
 * Three or more percentages listed as parts of one whole ("60% came from referrals, 35% from outbound and
 * 20% from the roundtables") that add up to more than 100%. Figures that state a change, or that belong to
 * a before/after pair, are no shares.
 */
function sharesOverWhole(doc: StoryDocument, s: Sentence): Quantity[] | undefined {
  const inPair = (q: Quantity) => s.pairs.some((p) => overlaps(q, p.before) || overlaps(q, p.after));
  const run: Quantity[] = [];
  let best: Quantity[] = [];
  for (const q of s.quantities) {
    const after = doc.text.slice(q.end, Math.min(s.end, q.end + 40));
    // "to 99.9%", "accuracy at 97%": the level of a metric, not a part of a whole.
    const level = /\b(?:to|at|of|by|reached|hit|is|was|were|are|uptime|accuracy|availability|rate|[ps]\d\d)\s*[~≈]?\s*$/i.test(
      doc.text.slice(Math.max(s.start, q.start - 20), q.start),
    );
    const share =
      q.kind === 'percent' && q.unit === '%' && q.value > 0 && q.value <= 100 && !inPair(q) && !level && !CHANGE_AFTER.test(after);
    const prev = run.at(-1);
    // A list: each share follows the last within a few words, joined by a comma or "and".
    const joined =
      prev &&
      /^[^.;:!?]{0,60}$/.test(doc.text.slice(prev.end, q.start)) &&
      /(?:,|\band\b|\bwhile\b)/.test(doc.text.slice(prev.end, q.start));
    if (share && (!prev || joined)) run.push(q);
    else {
      if (run.length > best.length) best = [...run];
      run.length = 0;
      if (share) run.push(q);
    }
  }
  if (run.length > best.length) best = [...run];
  if (best.length < 3 || /\brespectively\b/i.test(s.text)) return undefined;
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

/** Replaces the figure, and its article when the new number needs the other one ("an 80%" → "a 66%"). */
function fixFigure(doc: StoryDocument, q: Quantity, replacement: string, article: string): Suggestion {
  const title = `Replace \`${q.text}\` with \`${replacement}\``;
  const m = /\b(an?)(\s+)$/i.exec(doc.text.slice(Math.max(0, q.start - 4), q.start));
  if (m && m[1].toLowerCase() !== article && /^\d/.test(q.text)) {
    const start = q.start - m[0].length;
    const written = m[1][0] === 'A' ? article[0].toUpperCase() + article.slice(1) : article;
    return { ...replace(title, start, q.end, `${written}${m[2]}${replacement}`), preferred: true };
  }
  // Arithmetic, not a judgement: safe to apply without a look.
  return { ...replace(title, q.start, q.end, replacement), preferred: true };
}

/** A pair value as written, with the noun of a count ("84 km"). */
function shown(doc: StoryDocument, q: Quantity): string {
  if (q.kind === 'count' && q.unit && doc.text.startsWith(` ${q.unit}`, q.end)) return `${q.text} ${q.unit}`;
  return q.text;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a figure sits right next to a pair, in the same phrase. */
function describes(doc: StoryDocument, q: Quantity, p: BeforeAfter): boolean {
  if (q.start >= p.end) return APPOSITION_AFTER.test(withoutFillers(doc.text.slice(p.end, q.start)));
  if (q.end <= p.start) return LEAD_IN_BEFORE.test(withoutFillers(doc.text.slice(q.end, p.start)));
  return false;
}

/** ", which is, um, about a" reads as ", which is about a": fillers of speech do not break the phrase. */
function withoutFillers(between: string): string {
  return between.replace(/,?\s*\b(?:um+|uh+|er+m?|like|you know)\b,?/giu, '');
}

interface Verdict {
  messageId: 'percent' | 'points' | 'multiple';
  actual: string;
  figure: string;
  change: string;
}

/** Returns what the pair really says when no reading of the figure fits it. */
function check(doc: StoryDocument, q: Quantity, p: BeforeAfter): Verdict | undefined {
  const b = p.before.value;
  const a = p.after.value;
  if (!(b > 0) || !(a >= 0) || a === b) return undefined;
  const lead = doc.text.slice(Math.max(0, q.start - 20), q.start);
  const approx = APPROX_BEFORE.test(lead);
  const atLeast = AT_LEAST_BEFORE.test(lead);
  const atMost = AT_MOST_BEFORE.test(lead);
  const down = a < b;
  const ratio = down ? (a > 0 ? b / a : Infinity) : a / b;
  const relative = (Math.abs(a - b) / b) * 100;
  if (q.kind === 'multiple') {
    if (!Number.isFinite(ratio)) return undefined;
    // "0.5x the cost" is the same change as "2x cheaper".
    const m = q.value < 1 ? 1 / q.value : q.value;
    const tol = approx ? 0.25 : 0.1;
    const fits = (r: number) => (atLeast ? r >= m * (1 - tol) : atMost ? r <= m * (1 + tol) : Math.abs(r - m) <= tol * r + 0.05);
    // "3x more" is said for both 3x and 4x.
    const more = /^\s*(?:more|higher|greater|bigger|larger)\b/i.test(doc.text.slice(q.end, q.end + 12));
    if (fits(ratio) || (more && fits(ratio - 1))) return undefined;
    const figure = formatMultiple(ratio);
    return { messageId: 'multiple', actual: `${figure}x`, figure, change: '' };
  }
  const s = q.value;
  const tol = approx ? 5 : 2;
  const fits = (r: number) => (atLeast ? r >= s - tol : atMost ? r <= s + tol : Math.abs(r - s) <= tol);
  const readings: number[] = [];
  const pointsOnly = q.unit === 'pt' && p.before.kind === 'percent';
  if (p.before.kind === 'percent' && p.before.unit === '%') readings.push(Math.abs(a - b));
  if (!pointsOnly) {
    readings.push(relative);
    // "300% faster" for 800 ms → 200 ms: a speed-up, said of times only.
    if (down && a > 0 && p.before.kind === 'duration') readings.push((b / a - 1) * 100);
    if (/\bto\s*[~≈]?\s*$/i.test(lead) || /^\s*of\b/i.test(doc.text.slice(q.end, q.end + 6))) readings.push((a / b) * 100);
  }
  if (readings.some(fits)) return undefined;
  // "a 300% increase" for 100 → 300 reads as 3x.
  if (!pointsOnly && s >= 100 && Math.abs(s / 100 - ratio) <= 0.1 * ratio) return undefined;
  if (pointsOnly) {
    const figure = formatPercent(Math.abs(a - b));
    return { messageId: 'points', actual: figure, figure, change: '' };
  }
  const figure = formatPercent(relative);
  return { messageId: 'percent', actual: `${figure}%`, figure, change: down ? 'reduction' : 'increase' };
}

function formatPercent(n: number): string {
  return n < 1 ? n.toFixed(1) : String(Math.round(n));
}

function formatMultiple(n: number): string {
  return String(Math.round(n * 10) / 10);
}
