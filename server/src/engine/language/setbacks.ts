import type { BeforeAfter, Sentence, Story, StoryDocument } from '../types';
import { toldParts } from '../rule';
import { phraseRegex, firstMatch, matchAll, isQuoted, straighten, NOTHING_IGNORED } from './phrases';
import { FAILURE_TYPE, SUCCESS_TYPE, TITLE_FAILURE, OWN_FAILURE, SETBACK_OUTCOME, STRONG_SETBACK_OUTCOME } from '../lexicons/setbacks';
import { BAD_OUTCOME, MEASURE_SETBACK, PAIR_BAD_MEASURE, PAIR_GOOD_MEASURE } from '../lexicons/failure-outcomes';
import { words } from '../lexicons/words';

/*
 * Whether a story is told as a failure, and the phrase that says so: its front matter, its title, an admission, or an
 * outcome that went wrong (a lost customer, a missed date, a measure that fell). no-reflection asks to decide whether a
 * lesson is owed; blame-shifting asks before reading what others left undone as excuse-making; the bank and the drill ask
 * to sort stories by kind.
 */
const TITLE = phraseRegex(TITLE_FAILURE);
const OWN = phraseRegex(OWN_FAILURE);
const OUTCOME = phraseRegex(SETBACK_OUTCOME);
const STRONG = phraseRegex(STRONG_SETBACK_OUTCOME);
const BAD = phraseRegex(BAD_OUTCOME);
const MEASURE = phraseRegex(MEASURE_SETBACK);
/** A dip told with its recovery: "dropped at first, then rose", "fell briefly but recovered". */
const RECOVERED = /\b(?:then|but|recovered|bounced|back up|rose|climbed|at first|initially|briefly|temporarily|for a (?:day|week))\b/i;
/** Words one of which every BAD or MEASURE match holds: a plain test that skips the heavier patterns on most sentences. */
const BAD_CUE = new RegExp(
  'ended|cancel|paus|discontinu|pulled|stopp|terminat|dropped|shelved|scrapped|killed|axed|switched|turned|shut|withdr|late|behind|past|' +
    'paid|refund|credited|wr[oi]te|gave|lost|over|push|postpon|moved|delay|put',
  'i',
);
const MEASURE_CUE = new RegExp(
  'dropped|fell|declin|decreas|dipped|plung|plummet|crashed|tanked|halved|collapsed|went|spiked|rose|jumped|doubled|tripled|' +
    'increas|climbed|shot|soared|balloon|exploded|only',
  'i',
);

/** Where a setback outcome is the writer's own, not the problem they were brought in to solve. */
const OUTCOME_PARTS = words`action result learning`;

/** Why the story reads as a failure story (the value named in the message), or undefined. */
export function setbackOf(
  doc: StoryDocument,
  story: Story,
  minSignals: number,
  ignores: (text: string) => boolean = NOTHING_IGNORED,
): string | undefined {
  const type = doc.frontMatter?.type;
  const typed = !!type && FAILURE_TYPE.test(type);
  if (typed && doc.storyCount === 1) return `type: ${type}`;
  // The rule, the bank and the drill all ask, most often with no ignore list: read the story once for them.
  let read = ignores === NOTHING_IGNORED ? SETBACKS.get(story) : undefined;
  if (!read) {
    read = readSetbacks(doc.text, story, ignores);
    if (ignores === NOTHING_IGNORED) SETBACKS.set(story, read);
  }
  if (read.title !== undefined) return read.title;
  // A single story the writer typed as a success: its setback words are hurdles it cleared, unless its title names a failure.
  if (type && !typed && doc.storyCount === 1 && SUCCESS_TYPE.test(type)) return undefined;
  const signals = read.signals;
  // In a file of several stories, a failure `type:` cannot say which one it means: it counts as one signal.
  if (signals.length + (typed ? 1 : 0) >= minSignals) return signals[0] ?? `type: ${type}`;
  return undefined;
}

/** A story's failure title, or else its setback phrases (as many times as each counts); kept per story when nothing is ignored. */
interface Setbacks {
  title?: string;
  signals: string[];
}

const SETBACKS = new WeakMap<Story, Setbacks>();

function readSetbacks(docText: string, story: Story, ignores: (text: string) => boolean): Setbacks {
  // "A. Missed dispatch", "3. The pitch that fell through": a list number or letter is not part of the title.
  // So is "Story E:" or "Story 2 -".
  const title = titleSetback(story.title) ?? titleSetback(story.question?.text);
  if (title && !ignores(title.text)) return { title: title.text, signals: [] };
  const signals: string[] = [];
  const told = toldParts(story);
  for (const s of story.sentences) {
    const text = straighten(s.text);
    for (const h of matchAll(OWN, text)) if (!isQuoted(s, h.index) && !ignores(h.text)) signals.push(h.text);
    if (!OUTCOME_PARTS.has(told[s.index])) continue;
    // A setback stated in the Result is the story's own outcome: it counts twice.
    const weight = s.part === 'result' ? 2 : 1;
    for (const h of matchAll(OUTCOME, text))
      if (!isQuoted(s, h.index) && !ignores(h.text)) for (let k = 0; k < weight; k++) signals.push(h.text);
    // A lost customer, a rollback or a missed deadline is a failure on its own: it counts twice.
    for (const h of matchAll(STRONG, text)) if (!isQuoted(s, h.index) && !ignores(h.text)) signals.push(h.text, h.text);
    // A measure that went the wrong way in the Result is how the story ended, unless the sentence says it came back.
    const measureWeight = s.part === 'result' && !RECOVERED.test(text) ? 2 : 1;
    const measures = MEASURE_CUE.test(text) ? matchAll(MEASURE, text) : [];
    const traded = (measures.length > 0 || s.pairs.length > 0) && TRADED.test(text);
    if (!traded)
      for (const h of measures) if (!isQuoted(s, h.index) && !ignores(h.text)) for (let k = 0; k < measureWeight; k++) signals.push(h.text);
    // The same told as a before and an after: "churn for new users went from 3.1% to 4.0%", "click-through went from 4.1%
    // to 3.6%"; not a cost accepted for a gain ("latency went from 80 to 95 ms in exchange for …").
    // Once per sentence: "conversion dropped from 24% to 17%" is one fact, which MEASURE may have counted already. Read
    // once per sentence, not once per pair: a run-on sentence of pairs must stay linear.
    if (!traded && !measures.length)
      for (const pair of s.pairs) {
        const worse = wrongWay(docText, s, pair);
        if (!worse || ignores(worse)) continue;
        for (let k = 0; k < measureWeight; k++) signals.push(worse);
        break;
      }
    // A bad outcome told in the Action may be a hurdle the story went on to clear; in the Result it is how the story ended.
    if (!BAD_CUE.test(text)) continue;
    for (const h of matchAll(BAD, text))
      if (!isQuoted(s, h.index) && !ignores(h.text)) for (let k = 0; k < weight; k++) signals.push(h.text);
  }
  return { signals };
}

/** A change accepted as the price of another: not a setback. */
const TRADED = new RegExp(
  String.raw`\b(?:in exchange|trade-?off|traded|at the cost of|worth it|accepted|acceptable|expected|as planned|on purpose|` +
    String.raw`against (?:a |an |the )?(?:[\w-]+ )?(?:saving|gain))\b`,
  'i',
);

/**
 * The measure of a before/after pair when it went the wrong way, or undefined: the head measure of the words just before
 * the pair, within its clause ("CSAT on escalated tickets rose" is about CSAT, "churn for new users went" about churn),
 * when it is a good one that fell or a bad one that rose.
 */
function wrongWay(docText: string, s: Sentence, pair: BeforeAfter): string | undefined {
  const { before, after } = pair;
  if (before.unit !== after.unit || before.value === after.value) return undefined;
  // An amount that barely moved is told as holding steady: "attendance was 31 against 32 the term before, so we didn't lose
  // anyone". Not a rate, whose small moves can be the whole story ("uptime went from 99.9% to 99.5%").
  if (before.kind !== 'percent' && Math.abs(after.value - before.value) < 0.05 * Math.abs(before.value)) return undefined;
  const leadStart = Math.max(s.start, pair.start - 100);
  // An aside in brackets is not the subject: "out-of-stock orders (people ordering what had run out) fell from …".
  const lead = docText
    .slice(leadStart, pair.start)
    .toLowerCase()
    .replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('.')) + 1;
  const clause = lead.slice(cut);
  const found = [...measuresIn(PAIR_GOOD_MEASURE, clause, true), ...measuresIn(PAIR_BAD_MEASURE, clause, false)]
    .filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .sort((a, b) => a.start - b.start);
  if (!found.length) return undefined;
  // The head runs from the first measure to the preposition after it.
  const prep = HEAD_END.exec(clause.slice(found[0].end));
  const headEnd = prep ? found[0].end + prep.index : clause.length;
  const head = found.filter((m) => m.end <= headEnd).at(-1) ?? found[0];
  if (head.good === after.value > before.value) return undefined;
  return docText.slice(leadStart + cut + head.start, pair.end);
}

const HEAD_END = /\s(?:on|of|for|among|across|in|at|with|from|to|by)\s/;

function measuresIn(re: RegExp, text: string, good: boolean): Array<{ start: number; end: number; good: boolean }> {
  return matchAll(re, text).map((h) => ({ start: h.index, end: h.index + h.text.length, good }));
}

/** The failure a title names (or the interviewer's opening question, read the same way). */
function titleSetback(title: string | undefined) {
  return title ? firstMatch(TITLE, straighten(title).replace(TITLE_NUMBER, '')) : undefined;
}

const TITLE_NUMBER = /^(?:(?:story|example|case) (?:[a-z]|\d{1,2})(?:[.):]| ?[\u2013\u2014-]) *|(?:[a-z]|\d{1,2})[.)] +)/i;
