import type { Sentence, Token } from '../types';
import {
  AVERTING,
  COMPARATIVE_DEGREE,
  COURSE_PARTICLES,
  CROWDS,
  CROWD_PEOPLE,
  RETURNED,
  COURSE_VERBS,
  DEGREE,
  GOOD_MANNER,
  HISTORY,
  LINKING_VERBS,
  MEASURED_THINGS,
  NOT_COMPARATIVE,
  PRAISE,
  QUALITY_ADJECTIVES,
  REACTION_ADJECTIVES,
  SEEMED_REACTIONS,
  SEEMING,
  NOTE_MOVE_DEGREE,
  NOTE_COMPARATIVES,
  REACTION_VERBS,
  RESPONSES,
  RISE_FALL,
  VERDICTS,
  DEGREED_VERDICTS,
  SELF,
  SUPERLATIVES,
  TROUBLE,
  GOOD_COMPARATIVES,
  EVEN_GOOD,
  STATE_WORDS,
  COUNTED_TROUBLE,
  VANISHING,
  VANISHING_NEXT_OK,
  VANISHING_PHRASES,
  WAY_DIRECTIONS,
} from '../lexicons/outcomes';
import { LOWER_IS_BETTER, METRIC_NOUNS, PEOPLE_NOUNS, VAGUE_ADJECTIVES } from '../lexicons/claims';
import { words } from '../lexicons/words';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../lexicons/function-words';
import { startsWithLetter } from './text';
import { reportedSpeechAt } from './speech';

/*
 * Evaluative outcomes: a result told as how it went or how people felt,
 * with no measure ("the launch went really smoothly", "finance was thrilled
 * with it", "support tickets basically disappeared", "a lot shorter"). Reactions
 * and praise count only in the Result: in the Action, "the team loved the idea"
 * is a step of the story, not its outcome.
 */

export interface OutcomeSpan {
  first: number;
  last: number;
}

/** Adjectives of a win judged with no measure: "a nice win", "a real success". */
const GOOD_WINS = words`nice big huge real great massive good genuine clear major solid definite`;

/** Words that open a new clause after "and": "… painless and the bed managers stopped ringing". */
const CLAUSE_STARTS = words`${DETERMINERS} ${SUBJECT_PRONOUNS} everyone nobody people staff`;

/** Verdicts mild enough to be conceded: "fine, but …". */
const MILD = words`fine okay ok alright decent`;

/** Words after a comma that take a verdict or a comparison back: "fine, but …". */
const CONTRASTS = words`but though although which yet`;

/** What may close a verdict's clause: "the store looked fantastic afterwards". */
const CLAUSE_CLOSERS = words`afterwards again overall too now since today though`;
/** Words that link a verdict's clause to a next one, and subjects that open that next clause. */
const CLAUSE_LINKS = words`and but so`;
const NEW_SUBJECTS = words`
  nothing nobody no-one everyone everybody everything nobody's i we they he she it there the our my their people staff customers
`;

/** Whether the words from `j` close a verdict's clause: the end, a closer, or "in the end", "after that", a final "after". */
function closesAt(t: Token[], j: number): boolean {
  const w = word(t[j]);
  if (isEnd(t[j]) || CLAUSE_CLOSERS.has(w)) return true;
  // "The transition was seamless and nothing fell through the cracks": a new clause, with its own subject, after "and".
  if (CLAUSE_LINKS.has(w) && NEW_SUBJECTS.has(word(t[j + 1]))) return true;
  if (w === 'in') return word(t[j + 1]) === 'the' && word(t[j + 2]) === 'end';
  return w === 'after' && (word(t[j + 1]) === 'that' || isEnd(t[j + 1]));
}

/** What may follow "went up" in a claim: "as well", "too", "again", "sharply". */
const AFTER_RISE = words`
  as too again sharply steadily quickly significantly noticeably slightly a across after once overnight nicely fast considerably
  dramatically massively
`;

/**
 * Whether a rise ends its clause at token j: nothing after it, or only how it rose ("… again", "… as well"). Not "picked
 * up as a weakness", a thing noticed.
 */
function riseEnds(t: Token[], j: number): boolean {
  const w = word(t[j]);
  return isEnd(t[j]) || (AFTER_RISE.has(w) && (w !== 'as' || word(t[j + 1]) === 'well'));
}

/** "It was picked up at the audit": a passive, a thing noticed or collected, not a measure rising. */
const PASSIVE_BE = words`was were been being is are got get gets`;

/** Verbs of a measure rising on its own. */
export const RISES: ReadonlyArray<[string, string]> = [
  ['picked', 'up'],
  ['took', 'off'],
  ['shot', 'up'],
  // "The relationship completely turned around", "things turned around after that": a recovery told with no measure.
  ['turned', 'around'],
];

/** Idioms of improvement with no measure. */
export const IDIOMS: readonly string[][] = [
  ['noticed', 'the', 'difference'],
  ['made', 'a', 'difference'],
  ['made', 'all', 'the', 'difference'],
  ['step', 'change'],
  ['night', 'and', 'day'],
  ['game', 'changer'],
  ['game-changer'],
  ['turned', 'a', 'corner'],
  ['worked', 'like', 'a', 'charm'],
  ['paid', 'off'],
  ['through', 'the', 'roof'],
  ['moved', 'the', 'needle'],
  ['raised', 'the', 'bar'],
  ['like', 'clockwork'],
  // Talk as the measure of success: "leadership couldn't stop talking about it".
  ["couldn't", 'stop', 'talking', 'about'],
  ["can't", 'stop', 'talking', 'about'],
  ['could', 'not', 'stop', 'talking', 'about'],
  // A result said to need no measure: "the numbers spoke for themselves", "the feedback speaks for itself".
  ['spoke', 'for', 'itself'],
  ['spoke', 'for', 'themselves'],
  ['speaks', 'for', 'itself'],
  ['speak', 'for', 'themselves'],
  // Held up as a model: "the scheme was held up as one of the better examples".
  ['held', 'up', 'as', 'one', 'of', 'the'],
  ['held', 'up', 'as', 'an', 'example'],
  ['held', 'up', 'as', 'a', 'model'],
];

/** Idioms of a good result that only the Result reads that way ("I kept spending under control" is a step in the Action). */
export const RESULT_IDIOMS: readonly string[][] = [
  ['under', 'control'],
  ['over', 'the', 'moon'],
  ['paid', 'for', 'itself'],
  ['pays', 'for', 'itself'],
  ['fell', 'off', 'a', 'cliff'],
  ['on', 'cloud', 'nine'],
  // "Things went back to normal pretty quickly": a recovery told with no measure of how long ("quickly" is required).
  ['back', 'to', 'normal'],
  // A recovery told as a state, with no measure of it: "delivery got back on track", "the campaign was back on its feet".
  ['back', 'on', 'track'],
  ['back', 'on', 'its', 'feet'],
  ['back', 'on', 'their', 'feet'],
  // Time or people given back, told with no measure: "it freed up the team", "freed up a lot of time for the leads".
  ['freed', 'up'],
  ['frees', 'up'],
  // A problem said to be over with no count of it: "missed handovers became a thing of the past".
  ['a', 'thing', 'of', 'the', 'past'],
  // A stronger position with no measure of it: "we are in a stronger position for next year".
  ['in', 'a', 'stronger', 'position'],
  ['in', 'a', 'much', 'stronger', 'position'],
  ['in', 'a', 'better', 'position'],
  ['in', 'a', 'much', 'better', 'position'],
  ['in', 'a', 'better', 'place'],
  ['in', 'a', 'much', 'better', 'place'],
  // Thanks or a visible change as the evidence: "the manager couldn't thank us enough", "you could see the difference".
  // (The modal opens the idiom: a claim read after "could" or "couldn't" is otherwise a wish or a denial.)
  ["couldn't", 'thank', 'us', 'enough'],
  ["couldn't", 'thank', 'me', 'enough'],
  ['could', 'not', 'thank', 'us', 'enough'],
  ['could', 'see', 'the', 'difference'],
  ['could', 'feel', 'the', 'difference'],
  // The culture said to have moved, with nothing to show how: "it really shifted the culture on the ward".
  ['shifted', 'the', 'culture'],
  ['changed', 'the', 'culture'],
  // Remembered as the evidence: "people in the business still talk about that stand".
  ['still', 'talk', 'about'],
  ['still', 'talks', 'about'],
  // A group's delight told as an idiom: "the food bank people were really taken with it", "the children had a brilliant time".
  ['taken', 'with', 'it'],
  ['taken', 'with', 'them'],
  ['had', 'a', 'brilliant', 'time'],
  ['had', 'a', 'great', 'time'],
  ['had', 'a', 'fantastic', 'time'],
  ['had', 'a', 'lovely', 'time'],
  ['had', 'a', 'wonderful', 'time'],
  ['had', 'the', 'best', 'time'],
  ['had', 'an', 'amazing', 'time'],
  ['had', 'an', 'incredible', 'time'],
  ['had', 'an', 'excellent', 'time'],
  ['had', 'a', 'blast'],
  // A verdict in slang, with nothing to show by how much: "Honestly we smashed it", "the new menu absolutely nailed it".
  ['smashed', 'it'],
  ['nailed', 'it'],
  // A group or a business said to be better off, with nothing to show by how much: "we came out the other side stronger as a
  // team", "the contract book was back in the black by the end of the year", "that mindset is what turned it around".
  ['stronger', 'as', 'a', 'team'],
  ['out', 'the', 'other', 'side', 'stronger'],
  ['back', 'in', 'the', 'black'],
  ['back', 'into', 'the', 'black'],
  ['turned', 'it', 'around'],
  ['turned', 'it', 'round'],
];

/** What "handled" takes before its manner: "handled it well", "handled things calmly". */
const HANDLED_OBJECTS = words`it things them everything that this`;
/** How something was handled, judged with no measure. */
const HANDLED_MANNER = words`well brilliantly smoothly perfectly beautifully calmly professionally superbly`;
/** How fast, with no measure: "dealt with promptly", "was fixed quickly". */
const SPEED_MANNER = words`quickly fast promptly swiftly rapidly`;
/** Work told done in the passive, whose speed alone is then claimed ("was done fast", "was resolved quickly"). */
const DONE_FAST = words`done fixed resolved contained cleared completed`;

/** Course verbs that judge only in the Result: "the new look tested well" (in the Action, "the old model performed well on
 * the training set" describes the problem). */
const RESULT_COURSE_VERBS = words`tested performed`;

/** How soon things came back, which makes "back to normal" a claim about the writer's recovery. */
const SOON = words`quickly fast soon swiftly rapidly`;

const word = (t: Token | undefined): string => (t && startsWithLetter(t.text) ? t.norm : '');

/** How something was taken by those it reached: "was received really well", "was very well received", "got warmly received". */
const RECEIVED_MANNER = words`well warmly positively enthusiastically brilliantly`;

/**
 * Every word an evaluative outcome can start at: each reading below begins by
 * testing the word at i against one of these, so any other word is passed over
 * at once (speed only; this runs on every word of the Action and Result).
 */
const STARTS: ReadonlySet<string> = new Set([
  ...RISES.map(([verb]) => verb),
  ...IDIOMS.map((idiom) => idiom[0]),
  ...RESULT_IDIOMS.map((idiom) => idiom[0]),
  ...[
    'made',
    'makes',
    'helped',
    'helps',
    'sorted',
    'went',
    'ran',
    'came',
    'continued',
    'without',
    'a',
    'as',
    'most',
    // A rank among others ("one of the smoothest launches"), read by amongTheBest.
    'one',
    // "it's become the highlight of the calendar", read by success.
    'become',
    'held',
    'into',
    'up',
    'down',
    'received',
    'handled',
    'coped',
    'dealt',
    ...DONE_FAST,
    'working',
    'doing',
    'going',
    'stable',
    'reliable',
    'no',
    'adjusted',
    'adapted',
    'settled',
    // Comparisons written as notes ("Staff prouder.", "Fewer gaps.", "Crumb more open."), read by noteComparative and thanEver.
    ...NOTE_COMPARATIVES,
    'fewer',
    'more',
    // Savings told by no amount ("saved them loads of time"), read by vagueSaving.
    'saved',
    'saves',
    // Verdicts written as notes ("Smooth transition."), read by verdictNote.
    'smooth',
    'uneventful',
  ],
  ...['changed', 'transformed'],
  ...CROWDS,
  ...RECEIVED_MANNER,
  ...SEEMED_REACTIONS,
  ...LINKING_VERBS,
  ...COURSE_VERBS,
  ...COMPARATIVE_DEGREE,
  'even',
  ...VANISHING_PHRASES.map(([verb]) => verb),
  ...VANISHING,
  ...QUALITY_ADJECTIVES,
  ...REACTION_ADJECTIVES,
  ...REACTION_VERBS,
  ...RESPONSES,
  ...PRAISE,
  ...VERDICTS,
  ...DEGREED_VERDICTS,
  ...SUPERLATIVES,
  ...AVERTING,
]);
/** Phrases (lists of words) grouped by their first word, each group in list order. */
export type PhraseIndex = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

export function byFirstWord(list: ReadonlyArray<readonly string[]>): PhraseIndex {
  const map = new Map<string, Array<readonly string[]>>();
  for (const phrase of list) {
    const group = map.get(phrase[0]);
    if (group) group.push(phrase);
    else map.set(phrase[0], [phrase]);
  }
  return map;
}

/**
 * The first phrase of the list whose words are the words from token i on: the same as `find` over the whole list,
 * looking only at the phrases that start with the word at i, which no other can match (speed only: this runs on
 * every word of the Action and Result that may start an outcome).
 */
export function phraseStartingAt(index: PhraseIndex, t: Token[], i: number): readonly string[] | undefined {
  const group = index.get(word(t[i]));
  if (!group) return undefined;
  for (const words of group) if (words.every((x, k) => word(t[i + k]) === x)) return words;
  return undefined;
}

const RISES_BY_VERB = byFirstWord(RISES);
const IDIOMS_BY_FIRST = byFirstWord(IDIOMS);
const RESULT_IDIOMS_BY_FIRST = byFirstWord(RESULT_IDIOMS);

const isEnd = (t: Token | undefined): boolean => !t || !/^[\p{L}\p{N}]/u.test(t.text);
/** A word that negates its clause: "not", "never", "no", "hadn't". */
const negates = (w: string): boolean => /n't$|^(?:not|never|no)$/.test(w);

/** "Also", which may stand between a linking verb and its reaction: "the GM was also very pleased". */
const ALSO = words`also`;

/** The word before `i` once the words of `skipped` are passed, looking back; -1 at the start. */
function wordBefore(tokens: Token[], i: number, skipped: ReadonlySet<string>): number {
  let k = i - 1;
  while (k >= 0 && skipped.has(word(tokens[k]))) k--;
  return k;
}

/** The word before `i` once degree words are passed, looking back ("were" in "were really into it"); -1 at the start. */
const degreeBefore = (tokens: Token[], i: number): number => wordBefore(tokens, i, DEGREE);

/** A comparative by its ending: "cleaner", "happier"; not "number", "order", "later" (NOT_COMPARATIVE). */
const isComparativeWord = (w: string): boolean => w.length >= 5 && /(?:[^e]er|ier)$/.test(w) && !NOT_COMPARATIVE.has(w);

/** A negation among the `span` words before `i`: "it hadn't convinced him mixed groups were better". */
function negatedWithin(tokens: Token[], i: number, span: number): boolean {
  for (let b = Math.max(0, i - span); b < i; b++) if (negates(word(tokens[b]))) return true;
  return false;
}

function skipDegree(tokens: Token[], j: number, max = 2): number {
  let k = j;
  while (k < j + max && DEGREE.has(word(tokens[k]))) {
    k++;
    // "really, really well": a degree said twice, a comma between.
    if (tokens[k]?.text === ',' && word(tokens[k + 1]) === word(tokens[k - 1])) k++;
  }
  return k;
}

/** An evaluative outcome starting at token i, if there is one. */
export function evaluativeOutcome(s: Sentence, i: number): OutcomeSpan | undefined {
  const t = s.tokens;
  const w = word(t[i]);
  if (!w || (!STARTS.has(w) && !w.endsWith('est'))) return undefined;
  const inResult = s.part === 'result';
  // "sales picked up", "signups took off": a rise, with nothing after it but how ("… again", "… sharply").
  const rise = phraseStartingAt(RISES_BY_VERB, t, i);
  if (rise && !SELF.has(word(t[i - 1])) && !PASSIVE_BE.has(word(t[i - 1])) && !troubleRising(t, i) && riseEnds(t, i + 2))
    return { first: i, last: i + 1 };
  // "a real step change", "night and day": an idiom of improvement with no measure.
  const idiom = phraseStartingAt(IDIOMS_BY_FIRST, t, i);
  if (idiom && !(idiom[0] === 'through' && troubleRising(t, i - 1))) return { first: i, last: i + idiom.length - 1 };
  return (
    (inResult ? madeComparative(t, i, w) : undefined) ??
    success(t, i, w, inResult) ??
    course(t, i, w, inResult) ??
    (inResult ? withoutTrouble(t, i, w) : undefined) ??
    comparative(t, i, w) ??
    vanishing(t, i, w) ??
    quality(t, i, w) ??
    (inResult
      ? (reaction(t, i, w) ??
        praise(t, i, w) ??
        verdict(t, i, w) ??
        qualityStated(t, i, w) ??
        heldSteady(t, i, w) ??
        noTrouble(t, i, w) ??
        troubleEnded(t, i, w) ??
        superlative(t, i, w) ??
        amongTheBest(t, i, w) ??
        averted(t, i, w) ??
        sortedOut(t, i, w) ??
        resultIdiom(t, i) ??
        endState(t, i, w) ??
        noteMove(t, i, w) ??
        gotBetter(t, i, w) ??
        changedCompletely(t, i, w) ??
        crowdCameBack(t, i, w) ??
        plainBetter(t, i, w) ??
        plainComparative(t, i, w) ??
        verdictNote(t, i, w) ??
        noteComparative(t, i, w) ??
        thanEver(t, i, w) ??
        vagueSaving(t, i, w))
      : undefined)
  );
}

/**
 * Note form with no verb: "install conversion noticeably up after the release", "returns way down". A degree word, then "up"
 * or "down", after a noun (not "we scaled significantly up", which has its verb).
 */
function noteMove(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'up' && w !== 'down') return undefined;
  // "Comps down a lot.", "queue times came down a bit": how far, told with no measure, after the move.
  // Note form is a short noun phrase then the move ("I turned the heating down a bit" has its verb); "came down" has a subject.
  const much = muchAfter(t, i + 1);
  // "Arrears came down massively by year end": when it moved may follow how far.
  if (much && (isEnd(t[much + 1]) || AFTER_RISE.has(word(t[much + 1])) || WHEN_AFTER.has(word(t[much + 1])))) {
    const came = word(t[i - 1]) === 'came';
    let first = came ? i - 2 : i - 1;
    while (first > 0 && word(t[first - 1])) first--;
    const subject = t.slice(first, came ? i - 1 : i).map(word);
    const verbless = subject.every((x) => x && !LINKING_VERBS.has(x) && !SELF.has(x) && !x.endsWith('ed') && x !== 'i' && x !== 'we');
    if (subject.length && verbless && subject.length <= 4) return { first: came ? i - 1 : i, last: much };
  }
  const degree = word(t[i - 1]);
  if (!NOTE_MOVE_DEGREE.has(degree)) return undefined;
  const before = word(t[i - 2]);
  if (!before || LINKING_VERBS.has(before) || SELF.has(before) || before.endsWith('ed')) return undefined;
  return { first: i - 1, last: i };
}

/** Words that open when a move came, after how far it went: "by year end", "over the summer", "within weeks". */
const WHEN_AFTER = words`by over within during`;

/** The last token of "a lot", "a bit", "loads" or "massively" starting at j, if one starts there. */
function muchAfter(t: Token[], j: number): number | undefined {
  if (word(t[j]) === 'a' && (word(t[j + 1]) === 'lot' || word(t[j + 1]) === 'bit')) return j + 1;
  return ['loads', 'massively', 'hugely', 'dramatically', 'considerably', 'significantly'].includes(word(t[j])) ? j : undefined;
}

/**
 * "Lots of people came back", "quite a few said they'd be back", "loads of parents signed up again" (in the Result): people
 * who returned or joined, counted by no number.
 */
function crowdCameBack(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!CROWDS.has(w)) return undefined;
  let j = i + 1;
  if (w === 'quite') {
    if (word(t[j]) !== 'a' || !['few', 'lot'].includes(word(t[j + 1]))) return undefined;
    j += 2;
  }
  if (word(t[j]) === 'of') {
    // People, not things: "lots of the old bugs came back" is no result.
    if (['the', 'our', 'my', 'those'].includes(word(t[j + 1]))) j++;
    if (!CROWD_PEOPLE.has(word(t[j + 1]))) return undefined;
    j += 2;
  } else if (w !== 'quite') return undefined;
  for (let k = j; k < t.length && k <= j + 7; k++) {
    if (isEnd(t[k]) && t[k].text !== "'") return undefined;
    const x = word(t[k]);
    if (RETURNED.has(x)) return { first: i, last: k };
    if (x === 'signed' && word(t[k + 1]) === 'up') return { first: i, last: k + 1 };
    if (x === 'not' || x.endsWith("n't") || x === 'never') return undefined;
  }
  return undefined;
}

/** A reception told with no measure: "was received really well", "was very well received". */
function reception(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w === 'received' && LINKING_VERBS.has(word(t[i - 1]))) {
    const k = skipDegree(t, i + 1, 3);
    return RECEIVED_MANNER.has(word(t[k])) ? { first: i - 1, last: k } : undefined;
  }
  if (!RECEIVED_MANNER.has(w) || word(t[i + 1]) !== 'received') return undefined;
  let k = i - 1;
  while (k > i - 3 && DEGREE.has(word(t[k]))) k--;
  return LINKING_VERBS.has(word(t[k])) ? { first: k, last: i + 1 } : undefined;
}

/** "went really smoothly", "worked out okay", "went dead quiet", "attendance went up". */
function course(t: Token[], i: number, w: string, inResult: boolean): OutcomeSpan | undefined {
  const received = reception(t, i, w);
  if (received) return received;
  // "The programme held up fine": a plan that held, told with no measure.
  if (w === 'held' && word(t[i + 1]) === 'up') {
    const k = skipDegree(t, i + 2, 3);
    return GOOD_MANNER.has(word(t[k])) ? { first: i, last: k } : undefined;
  }
  // "The incident was handled well", "the team handled it really well", "the team coped really well", "it was dealt with
  // promptly" (in the Result): a verdict on how it went, or how fast, with no measure.
  if ((w === 'handled' || w === 'coped' || w === 'dealt') && inResult) {
    let j = i + 1;
    if (w === 'dealt' && word(t[j++]) !== 'with') return undefined;
    if (HANDLED_OBJECTS.has(word(t[j]))) j++;
    else if (word(t[j]) === 'the' && word(t[j + 1])) j += 2;
    const k = skipDegree(t, j, 3);
    const next = word(t[k + 1]);
    const manner = word(t[k]);
    if ((HANDLED_MANNER.has(manner) || SPEED_MANNER.has(manner)) && !['over', 'above', 'beyond', 'under', 'past'].includes(next))
      return { first: i, last: k };
    return undefined;
  }
  // "Recall was done fast and correctly", "the issue was fixed quickly": work told done, and only how fast.
  if (DONE_FAST.has(w) && inResult && PASSIVE_BE.has(word(t[i - 1]))) {
    const k = skipDegree(t, i + 1, 3);
    // Not "fixed quickly enough", a bar the fix was held to.
    return SPEED_MANNER.has(word(t[k])) && word(t[k + 1]) !== 'enough' ? { first: i, last: k } : undefined;
  }
  if (w === 'working') return inResult ? stillWorking(t, i) : undefined;
  if (w === 'doing' || w === 'going') return inResult ? doingWell(t, i) : undefined;
  if (SETTLING.has(w)) return inResult ? settledWell(t, i) : undefined;
  if (!COURSE_VERBS.has(w) || (RESULT_COURSE_VERBS.has(w) && !inResult)) return undefined;
  let j = i + 1;
  // "went over really well" is how it was received; "went over the plan" is no course.
  const overWell = w === 'went' && word(t[j]) === 'over' && word(t[skipDegree(t, j + 1, 3)]) === 'well';
  // "the inspection went off fine": an event that came off, as "went through" does.
  if (COURSE_PARTICLES.has(word(t[j])) && (w !== 'went' || word(t[j]) === 'through' || word(t[j]) === 'off' || overWell)) j++;
  // "attendance went up", "… went up as well": a measure that moved, with no measure of how far.
  if (w === 'went' && RISE_FALL.has(word(t[j])) && (isEnd(t[j + 1]) || AFTER_RISE.has(word(t[j + 1])))) return { first: i, last: j };
  // "went down really well with the ops team": a reception, not a fall.
  if (w === 'went' && word(t[j]) === 'down' && word(t[skipDegree(t, j + 1, 3)]) === 'well') j++;
  let k = skipDegree(t, j, 3);
  // "Collections ran more smoothly and …": the manner compared with before is as vague as the manner alone.
  if (word(t[k]) === 'more' && GOOD_MANNER.has(word(t[k + 1]))) k++;
  const m = word(t[k]);
  // "it all worked out in the end", "it turned out for the best".
  if ((w === 'worked' || w === 'turned') && j > i + 1 && endedWell(t, k)) return { first: i, last: k + 2 };
  // "It kind of worked out.", "Everything worked out.": a good ending told with nothing after it.
  if (w === 'worked' && word(t[i + 1]) === 'out' && isEnd(t[i + 2]) && ENDING_SUBJECTS.has(word(t[subjectBefore(t, i)]))) {
    return { first: i, last: i + 1 };
  }
  // "So it kind of worked itself out.", "things worked themselves out in the end".
  if (w === 'worked' && ITSELF.has(word(t[i + 1])) && word(t[i + 2]) === 'out' && (isEnd(t[i + 3]) || endedWell(t, i + 3))) {
    return { first: i, last: i + 2 };
  }
  if (!GOOD_MANNER.has(m)) return undefined;
  // "went well beyond the scope", "ran well over budget": "well" is a degree there.
  if (m === 'well' && ['beyond', 'over', 'past', 'into', 'above', 'below', 'under'].includes(word(t[k + 1]))) return undefined;
  return { first: i, last: k };
}

/**
 * "The system is working well now", "it's been working fine since": how a thing has run, told with no measure. Not people
 * working well together or with someone ("we're working well with the vendor"), which is no outcome.
 */
function stillWorking(t: Token[], i: number): OutcomeSpan | undefined {
  if (!WORKING_AUXILIARIES.has(word(t[i - 1])) || SELF.has(word(t[i - 2])) || word(t[i - 2]) === "we're") return undefined;
  const k = skipDegree(t, i + 1, 3);
  if (!GOOD_MANNER.has(word(t[k])) || WORKING_WITH.has(word(t[k + 1]))) return undefined;
  return { first: i, last: k };
}
const WORKING_AUXILIARIES = words`is are was were been 's`;

/**
 * "Joy is doing very well", "the team was doing fine", "the extract has been going out fine" (in the Result): how someone or
 * something has got on since, told with no measure. Not the writer's own ("I'm doing well") nor work under way ("going well
 * with the vendor").
 */
function doingWell(t: Token[], i: number): OutcomeSpan | undefined {
  const told = CONTRACTED_SUBJECTS.has(word(t[i - 1])) || (WORKING_AUXILIARIES.has(word(t[i - 1])) && !SELF.has(word(t[i - 2])));
  if (!told || word(t[i - 2]) === "we're") return undefined;
  const j = word(t[i]) === 'going' && word(t[i + 1]) === 'out' ? i + 2 : i + 1;
  const k = skipDegree(t, j, 3);
  if (!DOING_MANNER.has(word(t[k])) || WORKING_WITH.has(word(t[k + 1]))) return undefined;
  return { first: i, last: k };
}
const DOING_MANNER = words`well fine great brilliantly smoothly`;
/**
 * "The team adjusted well to the new schedule", "the new tenants have settled in well", "she adapted really quickly" (in the
 * Result): people who took to a change, told with no measure. Not the writer ("I settled in well").
 */
function settledWell(t: Token[], i: number): OutcomeSpan | undefined {
  if (SELF.has(word(t[i - 1])) || (word(t[i - 1]) === 'have' && SELF.has(word(t[i - 2])))) return undefined;
  let j = i + 1;
  if (word(t[j]) === 'in') j++;
  else if (word(t[j]) === 'into' || word(t[j]) === 'to') {
    // "into it", "to the new schedule": what they took to, up to four words, before how.
    let k = j + 1;
    while (k < j + 5 && word(t[k]) && !SETTLED_MANNER.has(word(t[k]))) k++;
    j = k;
  }
  const k = skipDegree(t, j, 3);
  return SETTLED_MANNER.has(word(t[k])) ? { first: i, last: k } : undefined;
}
const SETTLING = words`adjusted adapted settled`;
const SETTLED_MANNER = words`well quickly brilliantly smoothly`;

/** A subject and its "is" in one word: "she's doing well", "it's going great". */
const CONTRACTED_SUBJECTS = words`she's he's it's they're that's everything's everyone's`;
const WORKING_WITH = words`with together alongside on as across`;

/** The object of "worked itself out". */
const ITSELF = words`itself themselves`;

/** Subjects of a good ending told bare: "it worked out", "things worked out", "everything worked out". */
const ENDING_SUBJECTS = words`it things everything all`;

/** The word before a verb once hedges and "all" are skipped: "it" in "It kind of worked out", "It all worked out". */
const subjectBefore = (t: Token[], i: number): number => wordBefore(t, i, ENDING_HEDGES);
const ENDING_HEDGES = words`kind sort of all just sorta kinda eventually mostly basically`;

/** "in the end", "for the best" closing a course: "it all worked out in the end". */
function endedWell(t: Token[], k: number): boolean {
  const phrase = `${word(t[k])} ${word(t[k + 1])} ${word(t[k + 2])}`;
  return (phrase === 'in the end' || phrase === 'for the best') && isEnd(t[k + 3]);
}

/**
 * "peak went through without the backlog", "the launch went off without a hitch", "campaigns continued without problem" (in
 * the Result).
 */
function withoutTrouble(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w === 'without') return troubleAbsent(t, i);
  if (w !== 'went' && w !== 'ran' && w !== 'came' && w !== 'continued') return undefined;
  let j = i + 1;
  if (COURSE_PARTICLES.has(word(t[j])) || word(t[j]) === 'live' || word(t[j]) === 'ahead') j++;
  if (word(t[j]) !== 'without') return undefined;
  for (let k = j + 1; k < t.length && k <= j + 4; k++) {
    if (TROUBLE.has(word(t[k]))) return { first: i, last: k };
    if (isEnd(t[k])) break;
  }
  return undefined;
}

/**
 * "Our services came across without any major problems", "we got through peak without any major issues", "the audit closed
 * without big drama": trouble that did not come, closing its clause, with no measure of what was at stake. Not how someone
 * took a thing ("the board took the correction without drama").
 */
function troubleAbsent(t: Token[], i: number): OutcomeSpan | undefined {
  if (!word(t[i - 1]) || TOOK_IT.has(word(t[i - 2])) || TOOK_IT.has(word(t[i - 3]))) return undefined;
  let j = i + 1;
  if (word(t[j]) === 'any' || word(t[j]) === 'a') j++;
  if (ABSENT_DEGREE.has(word(t[j]))) j++;
  if (!TROUBLE.has(word(t[j]))) return undefined;
  const next = t[j + 1];
  return isEnd(next) || CLAUSE_CLOSERS.has(word(next)) || word(next) === 'that' ? { first: i, last: j } : undefined;
}
const ABSENT_DEGREE = words`real major big serious further significant`;
/** Taking something calmly is how it was received, not an outcome: "took the correction without drama". */
const TOOK_IT = words`took take takes accepted`;

/** "made onboarding easier", "made the reports more accurate": a result told as a comparison with no measure. */
function madeComparative(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'made' && w !== 'makes') return undefined;
  for (let j = i + 1; j < t.length && j <= i + 5; j++) {
    const c = word(t[j]);
    if (!c) return undefined;
    if ((c === 'more' || c === 'less') && word(t[j + 1]) && !['than', 'of', 'time', 'work', 'people'].includes(word(t[j + 1])))
      return { first: j, last: j + 1 };
    // "…, which made it worse", "made it a lot worse": how a problem grew, not a result claimed.
    if (c === 'worse') return undefined;
    if (c === 'better' || isComparativeWord(c)) return { first: j, last: j };
    // "made handovers painless", "made the close seamless for finance".
    if (VERDICTS.has(c) && j > i + 1 && (isEnd(t[j + 1]) || CLAUSE_CLOSERS.has(word(t[j + 1])))) return { first: i, last: j };
  }
  return undefined;
}

/** "the backlog was under control", "the ward manager was over the moon", "the tool paid for itself". */
function resultIdiom(t: Token[], i: number): OutcomeSpan | undefined {
  const idiom = phraseStartingAt(RESULT_IDIOMS_BY_FIRST, t, i);
  if (!idiom) return undefined;
  // "The following week was back to normal" tells a state; "went back to normal pretty quickly" claims a fast recovery.
  if (idiom[0] === 'back' && idiom[2] === 'normal') {
    const k = skipDegree(t, i + 3, 3);
    if (SOON.has(word(t[k]))) return { first: i, last: k };
    // A measure back to normal is a result with no number: "the SLA was back to normal", "wait times were back to normal".
    const verb = word(t[i - 1]);
    const subject = word(t[i - 2]);
    return LINKING_VERBS.has(verb) && (isGain(subject) || isTrouble(subject) || MEASURE_HEADS.has(subject))
      ? { first: i - 2, last: i + 2 }
      : undefined;
  }
  // "I was over the moon when I got the offer": the writer's own feelings are no result.
  if (LINKING_VERBS.has(word(t[i - 1])) && SELF.has(word(t[i - 2]))) return undefined;
  // "We had a great time at the offsite": the writer's own enjoyment.
  if (idiom[0] === 'had' && SELF.has(word(t[i - 1]))) return undefined;
  return { first: i, last: i + idiom.length - 1 };
}

/**
 * Trouble as the subject of a rise told at token i ("complaints shot up", "the backlog went through the roof"): the problem
 * growing, not a result claimed. The subject's head is looked for in the three words before the verb.
 */
function troubleRising(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = word(t[k]);
    if (!w) return false;
    if (isTrouble(w)) return true;
  }
  return false;
}

/** Measures named by a short head: "the SLA", "wait times", "the numbers". */
const MEASURE_HEADS = words`sla slas slo kpi kpis times numbers figures metrics levels rates rate scores score`;

/** Trouble that is good to have little of: "downtime", "complaints", "stock-outs". */
const isTrouble = (w: string): boolean => LOWER_IS_BETTER.has(w) || COUNTED_TROUBLE.has(w);
/** A measure that is good to have more of: "sales", "attendance". */
const isGain = (w: string): boolean => (METRIC_NOUNS.has(w) || MEASURED_THINGS.has(w)) && !isTrouble(w);

/** "downtime was minimal", "stock-outs became rare", "sales were up across the board": an end state with no measure. */
function endState(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!LINKING_VERBS.has(w)) return undefined;
  const k = skipDegree(t, i + 1, 2);
  const state = word(t[k]);
  if (!STATE_WORDS.has(state)) return undefined;
  const subject = word(t[i - 1]);
  if (!(state === 'up' ? isGain(subject) : isTrouble(subject))) return undefined;
  if (!isEnd(t[k + 1]) && !AFTER_RISE.has(word(t[k + 1])) && !CLAUSE_CLOSERS.has(word(t[k + 1]))) return undefined;
  return { first: i - 1, last: k };
}

/**
 * "It changed the relationship completely", "that changed everything for the ward": a change told by how big it was, with
 * no measure of it (in the Result). Not the writer's own act ("I changed the rota completely" is an action).
 */
function changedCompletely(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'changed' && w !== 'transformed') return undefined;
  const subject = word(t[i - 1]);
  // "That changed everything" and "which changed everything" have their subject; "I changed …", "we'd changed …" and
  // "who changed …" are acts.
  if (!subject || (SELF.has(subject) && subject !== 'that' && subject !== 'which')) return undefined;
  // "changed everything", "changed the game".
  if (word(t[i + 1]) === 'everything' || (word(t[i + 1]) === 'the' && word(t[i + 2]) === 'game')) return { first: i, last: i + 1 };
  for (let k = i + 1; k <= i + 4 && k < t.length; k++) {
    if (!word(t[k])) return undefined;
    if (WHOLLY.has(word(t[k]))) return { first: i, last: k };
  }
  return undefined;
}
const WHOLLY = words`completely totally entirely dramatically massively fundamentally overnight forever`;

/** "the process got leaner", "nights on the ward became calmer than ever": a result told as a bare comparison. */
function gotBetter(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!LINKING_VERBS.has(w)) return undefined;
  const subject = word(t[i - 1]);
  if (!subject || SELF.has(subject) || subject === 'he' || subject === 'she' || subject === 'they') return undefined;
  // "My manager said the process felt calmer": reported, as claims' comparatives are.
  if (reportedSpeechAt(t, i) !== undefined) return undefined;
  // "The old process was simpler": the state before, not the result.
  for (let b = i - 2; b >= 0 && b >= i - 4; b--) if (['old', 'previous', 'original', 'former'].includes(word(t[b]))) return undefined;
  const k = skipDegree(t, i + 1, 2);
  if (!GOOD_COMPARATIVES.has(word(t[k]))) return undefined;
  const next = word(t[k + 1]);
  // "…was simpler, but it didn't scale": a contrast takes the comparison back.
  const contrast = t[k + 1]?.text === ',' && CONTRASTS.has(word(t[k + 2]));
  const closes =
    (isEnd(t[k + 1]) && !contrast) ||
    (!isEnd(t[k + 1]) && closesAt(t, k + 1)) ||
    (next === 'than' && ['before', 'ever'].includes(word(t[k + 2])));
  return closes ? { first: i, last: k } : undefined;
}

/** "the pilot was a success", "it helped the team a lot" (in the Result). */
function success(t: Token[], i: number, w: string, inResult: boolean): OutcomeSpan | undefined {
  if (!inResult) return undefined;
  // "it was, kind of, a success", "it was probably a success": a hedge between the verb and the verdict leaves a claim.
  const hedged = LINKING_VERBS.has(w) ? hedgedArticle(t, i + 1) : undefined;
  if (hedged !== undefined) {
    const verdict = success(t, hedged - 1, 'was', inResult);
    return verdict ? { first: i, last: verdict.last } : undefined;
  }
  // "was a success", or seen as one: "the leadership team saw it as a real step up".
  if ((LINKING_VERBS.has(w) || w === 'as') && ['a', 'an'].includes(word(t[i + 1]))) {
    // "was a success", "was a resounding success", "was a huge win".
    if (['success', 'hit', 'win'].includes(word(t[i + 2]))) return { first: i, last: i + 2 };
    // A vague adjective ("a huge success") is read as a vague outcome from the adjective on.
    const adjective = word(t[i + 2]);
    if (adjective && !VAGUE_ADJECTIVES.has(adjective) && ['success', 'hit', 'win'].includes(word(t[i + 3]))) {
      return { first: i, last: i + 3 };
    }
    // "It was a real team success", "a genuine community win": whose success it was, between the degree and the noun.
    if (SHARED_BY.has(word(t[i + 3])) && ['success', 'win'].includes(word(t[i + 4]))) return { first: i, last: i + 4 };
    // "it was a really successful first summer": success told as a kind of thing, with no measure.
    const after = skipDegree(t, i + 2, 3);
    if (word(t[after]) === 'successful' && after + 1 < t.length && !isEnd(t[after + 1])) return { first: i, last: after };
    // "it was a big step up from what we had", "a real leap forward"; not "a step up in responsibility".
    const pair = `${word(t[i + 3])} ${word(t[i + 4])}`;
    if (adjective && (pair === 'step up' || pair === 'step forward' || pair === 'leap forward') && word(t[i + 5]) !== 'in') {
      return { first: i, last: i + 4 };
    }
    const verdict = verdictNoun(t, i + 2);
    if (verdict) return { first: i, last: verdict };
  }
  // "Everyone agreed it was the highlight of the school year", "it's become the high point of the calendar": the best of
  // its kind, with nothing to measure it by.
  if ((LINKING_VERBS.has(w) || w === 'become') && (word(t[i + 1]) === 'the' || word(t[i + 1]) === 'a')) {
    const k = skipDegree(t, word(t[i + 2]) === 'real' ? i + 3 : i + 2, 2);
    const end = word(t[k]) === 'highlight' ? k : word(t[k]) === 'high' && word(t[k + 1]) === 'point' ? k + 1 : undefined;
    if (end !== undefined && (isEnd(t[end + 1]) || word(t[end + 1]) === 'of' || word(t[end + 1]) === 'for')) return { first: i, last: end };
  }
  // "All in all a nice win", "a real success for the unit": judged a win with no measure, and no verb needed.
  // (A vague adjective, "a huge success", is read by claims from the adjective on.)
  const judged = word(t[i + 1]);
  if (
    w === 'a' &&
    GOOD_WINS.has(judged) &&
    !VAGUE_ADJECTIVES.has(judged) &&
    ['win', 'success'].includes(word(t[i + 2])) &&
    word(t[i - 1]) !== 'not'
  ) {
    return { first: i, last: i + 2 };
  }
  if (w === 'helped' || w === 'helps') {
    for (let j = i + 1; j < t.length && j <= i + 6; j++) {
      if (isEnd(t[j])) break;
      if (word(t[j]) === 'a' && word(t[j + 1]) === 'lot') return { first: i, last: j + 1 };
      if (['enormously', 'massively', 'hugely', 'tremendously', 'immensely'].includes(word(t[j]))) return { first: i, last: j };
    }
    return helpedVaguely(t, i);
  }
  return undefined;
}

/** Whose success a story says it was: "a real team success", "a community win". */
const SHARED_BY = words`team group joint community collective`;
/** Hedges that may stand between "was" and its verdict: "was, kind of, a success", "was probably a hit". */
const VERDICT_HEDGES = words`kind sort of probably definitely honestly really overall still arguably genuinely`;

/** Where "a" or "an" stands after one or more hedges and commas from `j` ("was, kind of, a success"), or undefined. */
function hedgedArticle(t: Token[], j: number): number | undefined {
  let k = j;
  while (k < t.length && k < j + 6 && (t[k].text === ',' || VERDICT_HEDGES.has(word(t[k])))) k++;
  return k > j && (word(t[k]) === 'a' || word(t[k]) === 'an') ? k : undefined;
}

/**
 * Where a verdict noun ends after "was a": "a big hit", "a real turning point", "a triumph", "a clear winner", "a big
 * upgrade", "a massive relief" (in the Result, after a linking verb only: "took a hit" is a loss). Up to two adjectives and
 * their degree words before it.
 */
function verdictNoun(t: Token[], j: number): number | undefined {
  let k = skipDegree(t, j, 3);
  for (let n = 0; n < 2 && (GOOD_WINS.has(word(t[k])) || VAGUE_ADJECTIVES.has(word(t[k]))); n++) k = skipDegree(t, k + 1, 2);
  const noun = word(t[k]);
  const end = VERDICT_NOUNS.has(noun)
    ? k
    : (noun === 'turning' && word(t[k + 1]) === 'point') || (noun === 'game' && word(t[k + 1]) === 'changer')
      ? k + 1
      : undefined;
  // "a big upgrade on paper, but nobody used it": a merit conceded, not the outcome.
  return end !== undefined && !(word(t[end + 1]) === 'on' && word(t[end + 2]) === 'paper') ? end : undefined;
}
const VERDICT_NOUNS = words`hit triumph winner upgrade relief game-changer`;

/**
 * "It probably helped.", "I think it helped the crews a bit", "which helped, I guess", "the change helped across the board"
 * (in the Result): the change said to have helped, with no measure of how much. Only a change or a thing as the subject
 * ("it", "that", "the change"), never a person ("the caretaker helped by …", "I helped their managers set it up"), and
 * not "helped them to …" or "helped out", which tell who did what.
 */
function helpedVaguely(t: Token[], i: number): OutcomeSpan | undefined {
  if (!HELPED_SUBJECTS.has(word(t[wordBefore(t, i, HELPED_HEDGES)]))) return undefined;
  const next = word(t[i + 1]);
  if (isEnd(t[i + 1])) return { first: i, last: i };
  if (next === 'a' && HELPED_AMOUNTS.has(word(t[i + 2]))) return { first: i, last: i + 2 };
  if (next === 'across' && word(t[i + 2]) === 'the' && word(t[i + 3]) === 'board') return { first: i, last: i + 3 };
  // What it helped: "the data team's credibility", "the brand perception", "retention"; not a person helped to act.
  if (HELPED_OBJECT_DETERMINERS.has(next) || isGain(next)) return { first: i, last: i };
  return undefined;
}
/** Words between a subject and "helped": "it probably helped", "that kind of helped", "it might have helped". */
const HELPED_HEDGES = words`probably maybe definitely really also genuinely certainly actually kind sort of have 've might may must all`;
/** Subjects a change is told by: "it", "that", "which", "the change". */
const HELPED_SUBJECTS = words`it that this which change changes`;
const HELPED_AMOUNTS = words`bit little lot`;
/** Determiners before what a change helped: "the brand", "our standing", "their confidence" (not "them", "us", "her"). */
const HELPED_OBJECT_DETERMINERS = words`the our their its everyone's everybody's`;

/** "much cleaner", "a lot less stressed", "way down", "way ahead of plan". */
function comparative(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  let j: number;
  if (w === 'a' && word(t[i + 1]) === 'lot') j = i + 2;
  // "a great deal more self-sufficient".
  else if (w === 'a' && word(t[i + 1]) === 'great' && word(t[i + 2]) === 'deal') j = i + 3;
  else if (COMPARATIVE_DEGREE.has(w)) j = i + 1;
  // "became even stronger": "even" only before a comparative that is good news ("even busier", "even harder" are not).
  else if (w === 'even' && EVEN_GOOD.has(word(t[i + 1]))) return { first: i, last: i + 1 };
  else return undefined;
  const c = word(t[j]);
  if (w === 'way' && WAY_DIRECTIONS.has(c)) return { first: i, last: j };
  if (
    (c === 'more' || c === 'less' || c === 'fewer') &&
    word(t[j + 1]) &&
    !['than', 'of', 'time', 'work', 'people'].includes(word(t[j + 1]))
  ) {
    return { first: i, last: j + 1 };
  }
  // Not "much worse": a problem growing, or one option set against another ("a much worse cost per acquisition than …"),
  // is no claim of the writer's impact (dev: both such findings were false alarms).
  if (c === 'better' || c === 'happier') return { first: i, last: j };
  if (isComparativeWord(c)) return { first: i, last: j };
  return undefined;
}

/**
 * "It was better than before", "things are hopefully better now", "it was better for a while": better, with no degree and no
 * measure, closing its clause or set against before. Not "it was better to wait" (a choice) or "better than nothing".
 */
function plainBetter(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!PLAIN_BETTER_VERBS.has(w) || !word(t[i - 1]) || SELF.has(word(t[i - 1]))) return undefined;
  // "It hadn't convinced him mixed groups were better": a view denied, in the words before.
  if (negatedWithin(t, i, 6)) return undefined;
  let k = i + 1;
  while (k < i + 3 && PLAIN_BETTER_ADVERBS.has(word(t[k]))) k++;
  if (word(t[k]) !== 'better') return undefined;
  const next = word(t[k + 1]);
  const after = word(t[k + 2]);
  // "better than it was": the claim ends on "was", not on "it".
  if (next === 'than' && PLAIN_BETTER_BEFORE.has(after)) return { first: i, last: after === 'it' && word(t[k + 3]) ? k + 3 : k + 2 };
  if (next === 'for' && word(t[k + 2]) === 'a' && word(t[k + 3]) === 'while') return { first: i, last: k };
  return closesAt(t, k + 1) ? { first: i, last: k } : undefined;
}

const PLAIN_BETTER_VERBS = words`was were is are got`;

/**
 * "The pack was clearer", "refinement was shorter", "the cut-off is more organised", "the relationship became much better"
 * (in the Result): a thing said to be better in one comparative after its verb, with no measure, closing its clause. Not a
 * change for the worse ("she was more unsettled", "it got slower"), nor a view denied ("it hadn't convinced him mixed groups
 * were better"), nor the writer ("I was quicker at it"), nor what was replaced ("the old rota was simpler, but …"), nor an
 * impression ("the process felt smoother", which other readings weigh with who said it).
 */
function plainComparative(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!COMPARED_BY.has(w) || !word(t[i - 1]) || SELF.has(word(t[i - 1]))) return undefined;
  if (negatedWithin(t, i, 6)) return undefined;
  let k = i + 1;
  while (k < i + 4 && (COMPARED_DEGREE.has(word(t[k])) || (word(t[k]) === 'a' && word(t[k + 1]) === 'lot')))
    k += word(t[k]) === 'a' ? 2 : 1;
  const c = word(t[k]);
  if (t[k]?.quoted) return undefined;
  // The claim is the comparison and its degree ("a lot happier"), as other readings underline it, not the verb.
  let first = k;
  while (first > i + 1 && word(t[first - 1]) !== 'now' && word(t[first - 1]) !== 'also') first--;
  let last = k;
  if (c === 'more') {
    const adjective = word(t[k + 1]);
    if (!adjective || NOT_MORE.has(adjective) || WORSE_STATES.has(adjective)) return undefined;
    last = k + 1;
  } else if (c !== 'better' && !(isComparativeWord(c) && !WORSE_COMPARATIVES.has(c))) {
    return undefined;
  }
  if (word(t[last + 1]) === 'than') return PLAIN_BETTER_BEFORE.has(word(t[last + 2])) ? { first, last: last + 2 } : undefined;
  // "The old process was simpler, but it did not scale": the merit of what was replaced, conceded.
  const conceded = CONTRASTS.has(word(t[last + 1])) || (t[last + 1]?.text === ',' && CONTRASTS.has(word(t[last + 2])));
  if (conceded || FORMER.has(word(t[i - 2])) || FORMER.has(word(t[i - 3]))) return undefined;
  return closesAt(t, last + 1) ? { first, last } : undefined;
}
const COMPARED_BY = words`was were is are became become got`;
/** What was replaced: "the old process", "the previous rota". */
const FORMER = words`old previous former original`;
const COMPARED_DEGREE = words`now also definitely noticeably generally clearly much far way so even already visibly`;
/** Words after "more" that make no quality: "more than", "more of", "more time". */
const NOT_MORE = words`than of time work people and or to in on the a`;
/** Comparatives of a change for the worse, or of no quality at all. */
const WORSE_COMPARATIVES = words`worse harder slower busier noisier costlier pricier heavier weaker tighter riskier messier angrier`;
const WORSE_STATES = words`
  unsettled difficult expensive stressed complicated confusing complex anxious frustrated upset stressful tense chaotic
  dangerous risky painful awkward fragile crowded tired worried nervous costly demanding
`;
const PLAIN_BETTER_ADVERBS = words`hopefully definitely already clearly noticeably genuinely just also certainly`;
/** What "better than …" may be set against to be a change over time: "than before", "than it was", "than ever". */
const PLAIN_BETTER_BEFORE = words`before ever it last`;

/**
 * A verdict written as a note, with no verb: "Smooth transition, no gaps in service.", "Flawless go-live." The first words
 * of the sentence; not "smooth floors", which names a thing, not how an event went, nor "clean audit" (no findings is a count).
 */
function verdictNote(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!NOTE_VERDICTS.has(w) || t.slice(0, i).some((x) => word(x))) return undefined;
  const noun = word(t[i + 1]);
  return NOTE_EVENTS.has(noun) && isEnd(t[i + 2]) ? { first: i, last: i + 1 } : undefined;
}
const NOTE_VERDICTS = words`smooth seamless flawless painless uneventful trouble-free hassle-free stress-free successful`;
const NOTE_EVENTS = words`
  transition handover launch rollout go-live migration cutover changeover switchover move opening switch transfer morning night day
  week weekend shift service start close audit inspection visit event delivery release
`;

/** Who settles down as trouble passing: "things", "everything", "it all" (a person settling down is another story). */
const SETTLED_SUBJECTS = words`things everything all`;
/** Words between that subject and its verb: "everything had settled down", "things soon settled down", "it all eventually". */
const SETTLED_GAP = words`had soon eventually finally gradually quickly slowly then really`;
/** How trouble passed, with no measure: "nicely", "lovely", "loads", "again", "eventually". */
const SETTLED_HOW = words`nicely lovely loads again eventually quickly soon fine`;

/** "support tickets basically disappeared", "the complaints dried up". */
function vanishing(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  const before = word(t[i - 1]);
  if (SELF.has(before)) return undefined;
  for (const [verb, particle] of VANISHING_PHRASES) {
    // "the calls died down"; not "calmed down a man who was shouting" (an action on someone).
    // "things calmed down a lot after that": how much, with no measure.
    // "things settled down in the end": when, with no measure.
    if (w !== verb || word(t[i + 1]) !== particle) continue;
    const after = word(t[i + 2]);
    const much = (after === 'a' && (word(t[i + 3]) === 'lot' || word(t[i + 3]) === 'bit')) || endedWell(t, i + 2);
    if (before && (isEnd(t[i + 2]) || much || VANISHING_NEXT_OK.has(after))) return { first: i, last: i + 1 };
    // "Things settled down nicely after that", "everything settled down and the branches stopped complaining", "things
    // settled down in the end and …": trouble said to have passed, how and when but not how much. Not "the readings never
    // really settled down".
    if (
      SETTLED_SUBJECTS.has(word(t[wordBefore(t, i, SETTLED_GAP)])) &&
      (SETTLED_HOW.has(after) || after === 'and' || (after === 'in' && word(t[i + 4]) === 'end')) &&
      !negatedWithin(t, i, 3)
    ) {
      return { first: i, last: i + 1 };
    }
  }
  if (!VANISHING.has(w)) return undefined;
  // "stopped the nightly job" is an action; "the pages stopped" or "stopped overnight" an outcome.
  const next = t[i + 1];
  if (w === 'stopped' || w === 'ceased') {
    if (!isEnd(next) && !VANISHING_NEXT_OK.has(word(next))) return undefined;
    // "The trial was stopped after five weeks": someone stopped it, told in the passive; nothing went away.
    if (PASSIVE_AUXILIARIES.has(before)) return undefined;
    // "The trial ran to the end of August and then quietly stopped": the work ended; no trouble went away.
    if (activityStopped(t, i)) return undefined;
  }
  return { first: i, last: i };
}

/** Work that runs for a while, whose stopping ends it rather than a trouble. */
const ACTIVITIES = words`trial trials pilot pilots project projects programme programmes program programs scheme schemes campaign
  campaigns experiment experiments study studies initiative initiatives`;

/** The nearest noun before "stopped", within the sentence, names an activity: the trial, the pilot, the campaign. */
function activityStopped(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const w = word(t[k]);
    if (ACTIVITIES.has(w)) return true;
    if (COUNTED_TROUBLE.has(w) || METRIC_NOUNS.has(w) || SUBJECT_PRONOUNS.has(w)) return false;
  }
  return false;
}

/** Auxiliaries that make "stopped" a passive: "was stopped", "got stopped". */
const PASSIVE_AUXILIARIES = words`was were got been be being is are`;

/** Trouble people used to have: "drivers stopped losing scans", "customers stopped complaining". */
const TROUBLE_GERUNDS = words`
  losing missing complaining waiting calling chasing escalating dropping crashing failing abandoning churning cancelling canceling
  queuing queueing phoning emailing getting
`;

/** Trouble that happened to the team, not a habit of theirs: "we stopped losing logs", "we stopped getting calls at 3 a.m.". */
const LOST_THINGS_GERUNDS = words`losing missing dropping getting`;

/** "Drivers stopped losing scans" (in the Result): a problem that went away, told with no measure of how much. */
function troubleEnded(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'stopped' || !TROUBLE_GERUNDS.has(word(t[i + 1]))) return undefined;
  const before = word(t[i - 1]);
  // "We stopped losing logs during spikes" is the team's trouble gone; "I stopped chasing them" is the writer's own habit.
  const ours = before === 'we' && LOST_THINGS_GERUNDS.has(word(t[i + 1]));
  if (!before || (!ours && SELF.has(before))) return undefined;
  return { first: i, last: i + 1 };
}

/** "good accuracy metrics", "strong adoption". */
function quality(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!QUALITY_ADJECTIVES.has(w)) return undefined;
  let j = i + 1;
  if (word(t[j]) && !MEASURED_THINGS.has(word(t[j])) && MEASURED_THINGS.has(word(t[j + 1]))) j++;
  if (!MEASURED_THINGS.has(word(t[j]))) return undefined;
  if (MEASURED_THINGS.has(word(t[j + 1]))) j++;
  // "to get good results we needed…", "a good performance review": a goal or a thing, not an outcome.
  if (['review', 'reviews', 'issues', 'problems', 'issue', 'problem', 'team', 'bar'].includes(word(t[j + 1]))) return undefined;
  return { first: i, last: j };
}

/**
 * "Adoption was strong", "attendance was really good", "sales were decent" (in the Result): a measured thing judged with no
 * value, told as its state.
 */
function qualityStated(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  const relation = RELATION_STATES.has(w);
  if ((!QUALITY_ADJECTIVES.has(w) && !relation) || !(isEnd(t[i + 1]) || AFTER_STATED.has(word(t[i + 1])))) return undefined;
  // "the relationship is now very good", "the relationship became very good".
  let k = degreeBefore(t, i);
  if (word(t[k]) === 'now' || word(t[k]) === 'much') k = degreeBefore(t, k);
  const subject = word(t[k - 1]);
  const stated = STATED_BY.has(word(t[k])) || word(t[k]) === 'became';
  if (!stated || !(MEASURED_THINGS.has(subject) || (RELATIONS.has(subject) && (relation || GOOD_RELATION.has(w))))) return undefined;
  return { first: k - 1, last: i };
}
/**
 * How people get on, judged with no measure: "team morale is good too", "the relationship is now very good", "our rapport is
 * stronger now". Only words of a good state count ("the relationship was strained" is no outcome, and "high" or "record",
 * which QUALITY_ADJECTIVES holds for measured things, say nothing of people).
 */
const RELATIONS = words`morale relationship relationships rapport atmosphere mood teamwork collaboration`;
const GOOD_RELATION = words`good great strong solid excellent better healthy`;
const RELATION_STATES = words`stronger closer healthier`;
/**
 * "The system has been stable since", "after peak everything was stable", "the signal has been reliable since the
 * replacement" (in the Result): a thing that held, with no measure of how well.
 */
function heldSteady(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'stable' && w !== 'reliable') return undefined;
  if (!(isEnd(t[i + 1]) || AFTER_STEADY.has(word(t[i + 1])))) return undefined;
  const k = degreeBefore(t, i);
  return STATED_BY.has(word(t[k])) || word(t[k]) === 'been' ? { first: k, last: i } : undefined;
}
const AFTER_STEADY = words`since now and ever after from throughout`;

/**
 * "Done on time, no problems.", "with no issues", "there were no complaints since", "no real harm done" (in the Result): an
 * outcome told as trouble that did not come, with no measure of what was at stake.
 */
function noTrouble(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'no') return undefined;
  const before = word(t[i - 1]);
  const opens = !before || ['with', 'and', 'were', 'had'].includes(before);
  if (!opens || (before === 'were' && word(t[i - 2]) !== 'there') || (before === 'had' && !word(t[i - 2]))) return undefined;
  let j = i + 1;
  while (j < i + 3 && TROUBLE_DEGREE.has(word(t[j]))) j++;
  const harm = word(t[j]) === 'harm' && word(t[j + 1]) === 'done';
  if (!harm && !ABSENT_TROUBLE.has(word(t[j]))) return undefined;
  const last = harm ? j + 1 : j;
  const after = word(t[last + 1]);
  return isEnd(t[last + 1]) || after === 'since' || (after === 'at' && word(t[last + 2]) === 'all') ? { first: i, last } : undefined;
}
const TROUBLE_DEGREE = words`real major big more further serious`;
const ABSENT_TROUBLE = words`problems issues complaints hiccups dramas drama`;

/** How a measured thing is said to stand: "adoption was strong", "the numbers stayed healthy". */
const STATED_BY = words`was were is are stayed remained looked`;
/** What may follow such a state in its clause: "… was strong and the managers engaged", "… strong on the backtest". */
const AFTER_STATED = words`and but across on in from throughout overall too again that this all`;

/** "finance was thrilled with it", "my supervisor was happy", "the children enjoyed it". */
function reaction(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  // "the ward managers were really into it".
  if (w === 'into' && word(t[i + 1]) === 'it' && isEnd(t[i + 2])) {
    const k = degreeBefore(t, i);
    return LINKING_VERBS.has(word(t[k])) && !SELF.has(word(t[k - 1])) ? { first: Math.min(k + 1, i), last: i + 1 } : undefined;
  }
  // "The head was made up", "the area manager was made up with it": delight in British speech; not "was made up of", what a
  // group consists of.
  if (w === 'made' && word(t[i + 1]) === 'up' && (isEnd(t[i + 2]) || word(t[i + 2]) === 'with')) {
    const k = degreeBefore(t, i);
    return LINKING_VERBS.has(word(t[k])) && word(t[k - 1]) && !SELF.has(word(t[k - 1])) ? { first: k + 1, last: i + 1 } : undefined;
  }
  // "the sports centre people seemed to really like it".
  if (SEEMED_REACTIONS.has(w)) {
    const k = degreeBefore(t, i);
    if (word(t[k]) === 'to' && SEEMING.has(word(t[k - 1])) && !SELF.has(word(t[k - 2]))) return { first: k - 1, last: i };
  }
  if (REACTION_ADJECTIVES.has(w)) {
    let k = i - 1;
    // "really pleased", "kind of happy": degree words and a hedge's "kind of" before the reaction; "also" too ("the GM was
    // also very pleased"), which the underline leaves out.
    while (k >= 0 && (DEGREE.has(word(t[k])) || ALSO.has(word(t[k])) || (word(t[k]) === 'of' && HEDGE_KINDS.has(word(t[k - 1])))))
      k -= word(t[k]) === 'of' ? 2 : 1;
    // "Positive" reacts only where it closes its clause or says what it was to: "the test was positive" is a finding, and
    // "really positive feedback" is praise, read as such below.
    if (w === 'positive' && (TESTED.has(word(t[k - 1])) || !(isEnd(t[i + 1]) || POSITIVE_ABOUT.has(word(t[i + 1]))))) return undefined;
    // Note form, with no verb: "Matron happy.", "Ward team delighted." (a short line that ends on the reaction).
    if (!LINKING_VERBS.has(word(t[k])) && noteFormReaction(t, k, i)) return { first: k, last: i };
    if (!LINKING_VERBS.has(word(t[k]))) return undefined;
    // "happy to help", "glad to say": willingness or a frame, not a reaction to the result; "glad to see the back of
    // the paper register" and "grateful that someone finally called" react to it.
    const next = word(t[i + 1]);
    if (next === 'to' && word(t[i + 2]) !== 'see') return undefined;
    // "The area manager was satisfied it was historical": convinced of a fact, not pleased with a result.
    if (w === 'satisfied' && (next === 'that' || SUBJECT_PRONOUNS.has(next) || DETERMINERS.has(next))) return undefined;
    if (next === 'that' && (k < 1 || SELF.has(word(t[k - 1])))) return undefined;
    // The writer's own relief with "that" left out: "I was grateful the night team stayed on", "I was happy it held".
    if (SELF.has(word(t[k - 1])) && (DETERMINERS.has(next) || SUBJECT_PRONOUNS.has(next))) return undefined;
    let first = Math.min(k + 1, i);
    while (first < i && ALSO.has(word(t[first]))) first++;
    return { first, last: i };
  }
  if (REACTION_VERBS.has(w)) {
    const subject = word(t[i - 1]);
    if (!subject || SELF.has(subject)) return undefined;
    const next = word(t[i + 1]);
    // "enjoyed working with", "liked to": the writer's own experience or a habit;
    // "praised the work in my review", "thanked me": recognition of the writer, not an outcome.
    if (next.endsWith('ing') || next === 'to' || next === 'me' || next === 'my' || (next === 'the' && word(t[i + 2]) === 'work'))
      return undefined;
    return { first: i - 1, last: i };
  }
  return undefined;
}

/**
 * A comparison written as a note, with no verb and nothing after it: "Staff prouder.", "Bread miles better.", "Crumb more
 * open." (one to three words of what, then the comparison), or "Fewer gaps.", "Shorter SLA." (the comparison first, then
 * one to three words of what). Only comparatives of a gain (NOTE_COMPARATIVES): "Longer queues." is none.
 */
function noteComparative(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  // A note is the whole line or sentence: nothing but a label's colon or a dash before it, nothing but its end after it.
  if (i === 0 || NOTE_OPENER.test(t[i - 1].text)) {
    // "Fewer gaps.", "Shorter SLA.", "Fewer crumpled letters on the mat.": a comparison that opens the note.
    if (w !== 'fewer' && !NOTE_COMPARATIVES.has(w)) return undefined;
    let j = i + 1;
    while (j <= i + 3 && word(t[j]) && !NOTE_TAIL.has(word(t[j]))) j++;
    if (j === i + 1 || !(closesNote(t[j]) || NOTE_TAIL.has(word(t[j])))) return undefined;
    return { first: i, last: j - 1 };
  }
  // "Staff prouder.", "Bread miles better.", "Crumb more open.": the comparison closes the note.
  let c = i;
  if (w === 'more' && word(t[i + 1]) && closesNote(t[i + 2])) c = i + 1;
  // "Trolleys lighter, team like it.": a note may go on to the next after a comma.
  else if (!NOTE_COMPARATIVES.has(w) || !(closesNote(t[i + 1]) || t[i + 1].text === ',')) return undefined;
  let first = i;
  while (first > 0 && (COMPARATIVE_DEGREE.has(word(t[first - 1])) || NOTE_DEGREE.has(word(t[first - 1])))) first--;
  let start = first;
  while (start > 0 && word(t[start - 1])) start--;
  if (first - start < 1 || first - start > 3 || (start > 0 && !NOTE_OPENER.test(t[start - 1].text))) return undefined;
  // A verb, a pronoun or a function word makes it a sentence, read by the frames above ("It was better", "as controller").
  for (let k = start; k < first; k++) {
    const x = word(t[k]);
    if (LINKING_VERBS.has(x) || SELF.has(x) || NOTE_NOT_WHAT.has(x) || DETERMINERS.has(x) || SUBJECT_PRONOUNS.has(x)) return undefined;
  }
  return { first, last: c };
}

/** What may stand before a note: a label's colon or a dash ("R: Fewer gaps"). */
const NOTE_OPENER = /^[:;.*\-\u2013\u2014]$/;
/** Whether a token ends a note: nothing, or the end of its sentence. */
const closesNote = (x: Token | undefined): boolean => !x || /^[.!;]/.test(x.text);

/** Degree words of note form: "miles better", "loads happier", "heaps tidier". */
const NOTE_DEGREE = words`miles loads heaps tons way lot`;
/** Words after a note's what that close it: "Fewer gaps on the rota", "Shorter SLA for members". */
const NOTE_TAIL = words`on in at for across from since after than`;
/** Words that make the words before a comparison no "what" of a note: "Then better.", "Much better." */
const NOTE_NOT_WHAT = words`then so and but much far even still now it's that's as`;

/** "stronger than ever", "better than ever before": a comparison with all that came before, with no measure. */
function thanEver(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!(w === 'better' || (NOTE_COMPARATIVES.has(w) && w !== 'shorter')) || word(t[i + 1]) !== 'than' || word(t[i + 2]) !== 'ever')
    return undefined;
  return { first: i, last: i + 2 };
}

/** "It saved them loads of time", "Saved a fortune": a saving told by no amount. */
function vagueSaving(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'saved' && w !== 'saves') return undefined;
  const j = SAVED_FOR.has(word(t[i + 1])) ? i + 2 : i + 1;
  const a = word(t[j]) === 'a';
  if (!(a ? A_VAGUE_AMOUNTS : VAGUE_AMOUNTS).has(word(t[a ? j + 1 : j]))) return undefined;
  return { first: i, last: a ? j + 1 : j };
}
/** Who a saving was for: "saved them", "saved us", "saved everyone". */
const SAVED_FOR = words`them us me him her everyone`;
/** Amounts of a saving with no number: "loads", "lots", "tons". */
const VAGUE_AMOUNTS = words`loads lots tons heaps`;
/** The same said after "a": "a fortune", "a ton", "a lot". */
const A_VAGUE_AMOUNTS = words`fortune ton bomb packet lot bundle`;

/** "kind of happy", "sort of pleased". */
const HEDGE_KINDS = words`kind sort`;
/** What is positive as a finding, not a reaction: "the test was positive". */
const TESTED = words`test tests swab swabs screen screening sample samples scan result results culture`;
/** What a positive reaction may go on to: "positive about the change", "positive overall". */
const POSITIVE_ABOUT = words`about with overall too again afterwards`;

/** "Matron happy.": one to three words of who, then the reaction, and nothing after it. */
function noteFormReaction(t: Token[], k: number, i: number): boolean {
  // "Ops manager pleased with it.": the reaction may close on what it was to.
  // "head office happy with how the area handled it": a clause on how it went closes it too.
  const closes =
    isEnd(t[i + 1]) ||
    // "Tenant happy in the end.", "Client pleased by the end."
    (END_TAIL_FIRST.has(word(t[i + 1])) && word(t[i + 2]) === 'the' && word(t[i + 3]) === 'end' && isEnd(t[i + 4])) ||
    (word(t[i + 1]) === 'with' && REACTED_TO.has(word(t[i + 2])) && isEnd(t[i + 3])) ||
    (word(t[i + 1]) === 'with' && word(t[i + 2]) === 'how') ||
    shortTail(t, i + 1);
  if (k < 0 || !closes || SELF.has(word(t[k]))) return false;
  let first = k;
  while (first > 0 && word(t[first - 1])) first--;
  // "My manager wasn't thrilled" has a verb: read by the frames above, not as a note.
  for (let j = first; j <= k; j++) if (negates(word(t[j])) || LINKING_VERBS.has(word(t[j]))) return false;
  // Up to three words, or two parties joined ("Airport and airline both pleased").
  const joined = t.slice(first, k + 1).some((x) => word(x) === 'and');
  return k - first <= (joined ? 3 : 2) && (first === 0 || !word(t[first - 1]));
}

/**
 * What a reaction in notes may close on, a short phrase of what or when: "Site managers happy w/ new provider.", "Ops
 * manager happy at next review." At most four words after the preposition, then the end.
 */
function shortTail(t: Token[], j: number): boolean {
  let k = j;
  // "w/" is two tokens, the letter and the slash.
  if (word(t[k]) === 'w' && t[k + 1]?.text === '/') k += 2;
  else if (TAIL_PREPOSITIONS.has(word(t[k]))) k++;
  else return false;
  const from = k;
  while (k < from + 4 && word(t[k])) k++;
  return k > from && isEnd(t[k]);
}
const TAIL_PREPOSITIONS = words`with at after about by over`;

/** How a note may close on when: "in the end", "by the end". */
const END_TAIL_FIRST = words`in by at`;

/** What a reaction in notes may be to: "pleased with it". */
const REACTED_TO = words`it that this them`;

/** Group words whose reaction names no one the work served: the writer's side, or no one in particular. */
const NOT_SERVED = words`
  teams managers leaders leadership stakeholders executives execs directors bosses leads others folks everyone everybody things results
  numbers metrics figures stats this its us
`;

/**
 * The people whose reaction a Result reports ("researchers are happier",
 * "the pupils loved it"): the story served them, whatever they are called.
 * Only a plural group counts; a single boss's approval ("my manager was
 * pleased") and the team's own pride serve no one.
 */
export function reactingGroup(s: Sentence): string | undefined {
  if (s.part !== 'result') return undefined;
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    const w = word(t[i]);
    let subject: string;
    if (REACTION_ADJECTIVES.has(w)) {
      let k = i - 1;
      while (k > 0 && (DEGREE.has(word(t[k])) || COMPARATIVE_DEGREE.has(word(t[k])))) k--;
      if (!LINKING_VERBS.has(word(t[k]))) continue;
      subject = word(t[k - 1]);
    } else if (REACTION_VERBS.has(w)) subject = word(t[i - 1]);
    else continue;
    if (subject.length >= 4 && /[^s]s$/.test(subject) && !NOT_SERVED.has(subject)) return subject;
  }
  return undefined;
}

/** Words before "results" that make them a test's findings. */
const CLINICAL = words`test tests lab blood swab scan screening pcr covid biopsy x-ray mri`;

/** "really positive feedback", "glowing reviews", "the feedback was really positive". */
function praise(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  // "The test results were positive for flu": a clinical finding, not a judgement of the work.
  if (RESPONSES.has(w) && CLINICAL.has(word(t[i - 1]))) return undefined;
  if (RESPONSES.has(w)) {
    // "the feedback (from the store managers) was really positive"
    for (let v = i + 1; v < t.length && v <= i + 6; v++) {
      if (!LINKING_VERBS.has(word(t[v]))) continue;
      const k = skipDegree(t, v + 1, 2);
      if (PRAISE.has(word(t[k]))) return { first: i, last: k };
      break;
    }
  }
  if (!PRAISE.has(w)) return undefined;
  const n = word(t[i + 1]);
  if (RESPONSES.has(n)) return { first: i, last: i + 1 };
  return undefined;
}

/**
 * A verdict with no measure, in the Result: "the store looked fantastic", "the new rota was
 * brilliant", "the team did an amazing job". The verdict must close its clause: "great to
 * see", "brilliant with the children" and "fine for five stores" say something else.
 */
function verdict(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  // "The data was useful for the model" tells what it was for; "it was really useful" inflates it.
  if (!VERDICTS.has(w) && !(DEGREED_VERDICTS.has(w) && DEGREE.has(word(t[i - 1])))) return undefined;
  const k = degreeBefore(t, i);
  if (word(t[k]) === 'a' || word(t[k]) === 'an') {
    // "did a great job", "did an amazing job"
    if (word(t[k - 1]) !== 'did' || word(t[i + 1]) !== 'job') return undefined;
    return { first: k - 1, last: i + 1 };
  }
  if (!LINKING_VERBS.has(word(t[k])) || SELF.has(word(t[k - 1]))) return undefined;
  // "Turnaround became painless and the bed managers stopped ringing": a new clause after "and" closes it too.
  const newClause = word(t[i + 1]) === 'and' && CLAUSE_STARTS.has(word(t[i + 2]));
  // "The promoter was fine with how it went": content with the result.
  const withResult =
    word(t[i + 1]) === 'with' &&
    (['how', 'it', 'what'].includes(word(t[i + 2])) ||
      (word(t[i + 2]) === 'the' && ['result', 'results', 'outcome'].includes(word(t[i + 3]))));
  if (!closesAt(t, i + 1) && !newClause && !withResult) return undefined;
  // "Our grade was fine, but what stayed with me …": a mild verdict conceded, not claimed.
  if (MILD.has(w) && t[i + 1]?.text === ',' && CONTRASTS.has(word(t[i + 2]))) return undefined;
  return { first: Math.min(k + 1, i), last: i };
}

/** Words ending in -est that are no superlative. */
const NOT_SUPERLATIVE = words`interest request harvest forest honest modest suggest protest contest manifest latest digest conquest`;

/** Who a rank belongs to, before it: "the cleanest", "our best", "one of their most valued". */
const RANK_OWNERS = words`the our my their`;

/** "the smoothest release we'd had", "our best quarter ever". */
function superlative(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  const most = w === 'most' && word(t[i + 1]);
  // Any superlative after "the" or a possessive: "one of the cleanest closes they had seen".
  const formed = /^[a-z]{3,}est$/.test(w) && !NOT_SUPERLATIVE.has(w) && RANK_OWNERS.has(word(t[i - 1]));
  if (!SUPERLATIVES.has(w) && !most && !formed) return undefined;
  for (let k = i + 1; k < t.length && k <= i + 6; k++) {
    if (isEnd(t[k]) && t[k].text !== "'") break;
    // "the best launch so far": against all the ones before.
    if (HISTORY.has(word(t[k])) || (word(t[k]) === 'far' && word(t[k - 1]) === 'so')) return { first: i, last: k };
  }
  return undefined;
}

/**
 * "It was one of the smoothest migrations he'd seen", "it became one of the most used pages", "they call us one of their most
 * valued partners" (in the Result): a rank among others with no measure of it. Not a rank of people ("one of my best agents"),
 * which says who, not how it went.
 */
function amongTheBest(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'one' || word(t[i + 1]) !== 'of' || !RANK_OWNERS.has(word(t[i + 2]))) return undefined;
  const s = word(t[i + 3]);
  const graded = (s === 'most' || s === 'more') && /^[a-z-]{3,}$/.test(word(t[i + 4]));
  const ranked = RANKS.has(s.split('-')[0]) || (/^[a-z]{3,}est$/.test(s) && !NOT_SUPERLATIVE.has(s));
  if (!graded && !ranked) return undefined;
  // "one of the best releases of the year": against history, which superlative reads from the rank word on.
  if (superlative(t, i + 3, s)) return undefined;
  const last = graded ? i + 4 : i + 3;
  if (PEOPLE_NOUNS.has(word(t[last + 1])) || RANKED_PEOPLE.has(word(t[last + 1]))) return undefined;
  // What ranks it: "was", "became", "called it", "saw us as", with "probably" or "easily" between.
  const k = RANK_ADVERBS.has(word(t[i - 1])) ? i - 2 : i - 1;
  const ranking = RANK_VERBS.has(word(t[k])) || (word(t[k]) === 'it' && RANK_NAMING.has(word(t[k - 1])));
  return ranking ? { first: i, last } : undefined;
}
/**
 * Ranks without -est ("one of the better contracts", "one of the smoother migrations", "one of the bigger wins"); hyphenated
 * ones are read by their first part ("best-prepared").
 */
const RANKS = words`${SUPERLATIVES} ${EVEN_GOOD} best bigger`;
const RANK_ADVERBS = words`probably easily definitely also genuinely comfortably`;
const RANK_VERBS = words`was is were are became become becomes been as`;
const RANK_NAMING = words`called calls call named`;
/** People ranked among others ("one of the best performers"): who they are, not an outcome. */
const RANKED_PEOPLE = words`performers managers leads sellers accounts people`;

/**
 * "It was all sorted in the end.", "It's all sorted now", "after that it was sorted" (in the Result): trouble said to be dealt
 * with, and no measure of it. Not while it waited ("I asked her not to come in until it was sorted"), nor a thing put in
 * order ("the stock was sorted by size").
 */
function sortedOut(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (w !== 'sorted') return undefined;
  const k = wordBefore(t, i, SORTED_ADVERBS);
  // "it's all sorted", or a subject and its verb: "it was sorted", "everything got sorted".
  const contracted = SORTED_CONTRACTED.has(word(t[k]));
  const subject = contracted ? k : k - 1;
  if (!contracted && !(SORTED_BY.has(word(t[k])) && SORTED_SUBJECTS.has(word(t[subject])))) return undefined;
  if (WAITING_FOR.has(word(t[subject - 1]))) return undefined;
  const last = word(t[i + 1]) === 'out' ? i + 1 : i;
  return closesAt(t, last + 1) ? { first: i, last } : undefined;
}
const SORTED_ADVERBS = words`all mostly basically finally eventually quickly soon pretty much`;
const SORTED_CONTRACTED = words`it's that's everything's`;
const SORTED_BY = words`was is were are got been`;
const SORTED_SUBJECTS = words`it that everything things all this`;
/** Words before the subject that make "it was sorted" a time still to come: "until it was sorted", "once it's sorted". */
const WAITING_FOR = words`until till unless once when before if whether`;

/** "avoided a security issue", "prevented another outage". */
function averted(t: Token[], i: number, w: string): OutcomeSpan | undefined {
  if (!AVERTING.has(w)) return undefined;
  const n = word(t[i + 1]);
  // "Every reject we avoided was a family that didn't have to come back": the verb in a clause that names the subject.
  if (!n || n === 'to' || n === 'having' || AVERTED_THING_IS.has(n)) return undefined;
  return { first: i, last: i + 1 };
}

/** A copula right after the averting verb: it closes a relative clause ("every reject we avoided was …"). */
const AVERTED_THING_IS = words`was were is are`;
