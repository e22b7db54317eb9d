import type { Sentence, Token } from '../types';
import {
  IMPROVEMENT_VERBS,
  CHANGE_VERBS,
  INTRANSITIVE_CHANGE_VERBS,
  PHRASAL_PARTICLES,
  INTENSIFIERS,
  CLAIM_COMPARATIVES,
  CLAIM_ADJECTIVES_AFTER_MORE,
  CLAIM_ADJECTIVES_AFTER_LESS,
  NOUN_COMPARATIVES,
  METRIC_NOUNS,
  VOLUME_NOUNS,
  PROCESS_NOUNS,
  PEOPLE_NOUNS,
  VAGUE_ADJECTIVES,
  VAGUE_OUTCOMES,
  BASE_CHANGE_VERBS,
  REALIZING_BEFORE_TO,
  OUTCOME_INTRODUCERS,
  CHOICE_WORDS,
  PERFORMANCE_VERBS,
  MORE_NOUNS,
  LOWER_IS_BETTER,
  UPWARD,
  DOWNWARD,
  MEASURE_WORDS,
  RELATIONSHIP_COMPARATIVES,
  RELATIONSHIP_NOUNS,
} from '../lexicons/claims';
import { reportedSpeechAt } from './speech';
import { type ClaimSpan, describesThePast, intentBefore, isBoundary, isWord, negatedBefore, notAClaim } from './claim-frame';
import { evaluativeOutcome } from './outcomes';
import { looksPlural } from './text';
import { words } from '../lexicons/words';
import { DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS } from '../lexicons/function-words';

/*
 * Finds a claim of impact or improvement in a sentence: a change verb with a
 * metric ("reduced latency", "churn fell"), a comparative outcome ("faster",
 * "fewer outages", "more reliable"), or a vague outcome ("great results").
 * Goals, plans, hypotheticals, negations, context ("due to higher traffic")
 * and reasons for a choice ("because it was faster") are not claims.
 */

export type { ClaimSpan } from './claim-frame';

/** What comes before a claim's noun phrase: a preposition, or a word that works as one here. */
const BEFORE_NOUN_PHRASE = words`${PREPOSITIONS} given because`;
const AUX = words`
  was were is are has have had been be got gets get also then further steadily quickly immediately all both each overall total
`;
const PERSONS = words`${SUBJECT_PRONOUNS} ${OBJECT_PRONOUNS}`;
const FUNCTION_AFTER = words`
  than and or for to in on at with by after across because so when while overall now too as over each every per from during since
  without again but which that than afterwards thanks there here too also right away through under overnight before ever still both if
  the a an our their its this all into
`;
/** Particles that make "cut" a different verb ("cut over", "cut off", "cut corners"). */
const CUT_NOT_OUTCOME = words`over off out back across ties corners through`;
const OBJECT_STOP = words`by from through using via because so which when while after before for but than`;
const VOLUME_VERBS = words`
  increased increases grew grown grows boosted boosts drove driven expanded expands raised raises lifted lifts dropped drops fell falls
  declined declines rose rises jumped jumps climbed climbs soared soars plummeted plummets skyrocketed spiked surged decreased decreases
  reduced reduces lowered lowers went shrank
`;

/**
 * Every claim of a sentence, in order: "Reporting is much better now and the trustees are a lot happier" makes two.
 * A further claim counts only in a clause of its own, after a comma, a semicolon or a conjunction past the one before.
 */
export function findClaims(s: Sentence): ClaimSpan[] {
  const tokens = s.tokens;
  if (describesThePast(tokens)) return [];
  // "since" that closes the sentence or opens "since then" tells when, not why: "Complaints have been lower since."
  const choice = tokens.some(
    (t, k) => CHOICE_WORDS.has(t.norm) && !(t.norm === 'since' && (!isWord(tokens[k + 1]) || tokens[k + 1].norm === 'then')),
  );
  const out: ClaimSpan[] = [];
  for (let from = 0; from < tokens.length; ) {
    const span = claimFrom(s, from, choice);
    if (!span) break;
    out.push(span);
    let next = span.last + 1;
    while (next < tokens.length && !CLAUSE_BREAK.has(tokens[next].norm)) next++;
    from = next + 1;
  }
  return out;
}

/** Where a further claim may start: a new clause. */
const CLAUSE_BREAK = words`, ; and but while whereas`;

function claimFrom(s: Sentence, from: number, choice: boolean): ClaimSpan | undefined {
  const tokens = s.tokens;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quoted || !isWord(t)) continue;
    const span = CLAIM_STARTS.has(t.norm)
      ? (verbClaim(s, i) ?? comparativeClaim(tokens, i, choice) ?? vagueClaim(tokens, i) ?? relationshipClaim(tokens, i))
      : undefined;
    if (span && (!notAClaim(tokens, span) || reportedVerdict(s, span))) return span;
    // "Everyone agreed it was the best release we'd had": an evaluation stays the writer's claim when reported.
    const outcome = evaluativeOutcome(s, i);
    if (outcome && !intentBefore(tokens, outcome.first) && !negatedBefore(tokens, outcome.first)) return outcome;
  }
  return undefined;
}

/**
 * A vague outcome someone else gave the result, told in the Result: "The workshop said it made a big difference", "the
 * client said the new flow was a huge improvement". Their verdict is still the claim the story rests on, as a reported
 * evaluation is ("Everyone agreed it was the best release"); not the writer's own words ("I told them it was a big win"),
 * nor a prediction, a negation or a hypothetical ("they said it would be a big improvement").
 */
function reportedVerdict(s: Sentence, span: ClaimSpan): boolean {
  if (s.part !== 'result' || !VAGUE_OUTCOMES.has(s.tokens[span.last].norm)) return false;
  const reported = reportedSpeechAt(s.tokens, span.first);
  return (
    reported?.kind === 'saying' && !reported.firstPerson && !intentBefore(s.tokens, span.first) && !negatedBefore(s.tokens, span.first)
  );
}

/** Nouns after a metric that make it a setting someone chose: "a lower memory limit". */
const SETTINGS = words`
  limit limits cap caps threshold thresholds ceiling floor quota quotas allowance budget budgets target targets setting
`;

/**
 * The index of the word before `at` once auxiliaries, -ly adverbs and any word of `also` are passed: the subject of
 * "I have really", "retention was much better", "the relationship became much stronger".
 */
function pastAuxiliaries(tokens: Token[], at: number, also: ReadonlySet<string> = NO_WORDS): number {
  let k = at - 1;
  while (k >= 0 && (AUX.has(tokens[k].norm) || /ly$/.test(tokens[k].norm) || also.has(tokens[k].norm))) k--;
  return k;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** Whether the words before `at` are the writer as subject: "I", "I really", "I have". */
function subjectIsWriter(tokens: Token[], at: number): boolean {
  return tokens[pastAuxiliaries(tokens, at)]?.norm === 'i';
}

/** Whether an intensifier follows the verb ending at `last`: "improved massively", "improved a lot", "sped up a great deal". */
function intensifiedAfter(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1]?.norm ?? '';
  if (INTENSIFIERS.has(next)) return true;
  const after = tokens[last + 2]?.norm ?? '';
  return next === 'a' && (after === 'lot' || (after === 'great' && tokens[last + 3]?.norm === 'deal'));
}

function intensifiedAt(tokens: Token[], i: number): number {
  const p = tokens[i - 1]?.norm ?? '';
  if (INTENSIFIERS.has(p)) return i - 1;
  if (p === 'lot' && tokens[i - 2]?.norm === 'a') return i - 2;
  return i;
}

/** Words before "time" that make it an occasion, not a metric ("one at a time", "on time", "at the same time"). */
const TIME_NOT_METRIC_BEFORE = words`
  a same on in at first next last that every each some any one no long short free spare full part real this more enough extra much the
  more
`;

function isMetric(t: Token | undefined, prev?: Token): boolean {
  if (!t) return false;
  const n = t.norm.replace(/'s$/, '');
  if ((n === 'time' || n === 'times') && (!prev || TIME_NOT_METRIC_BEFORE.has(prev.norm))) return false;
  return METRIC_NOUNS.has(n);
}

/** Measures that make what they count a metric: "the number of steps", "the share of returns". */
const COUNTED_MEASURES = words`number amount share percentage proportion count rate frequency volume fraction`;

/** A metric noun in the object of a verb at `from` (up to 8 words, within the clause). */
function objectMetric(tokens: Token[], from: number, allowVolume: boolean): number {
  for (let j = from; j < tokens.length && j < from + 8; j++) {
    const t = tokens[j];
    if (isBoundary(t) || OBJECT_STOP.has(t.norm)) return -1;
    if (t.norm === 'of' && !MEASURE_WORDS.has(tokens[j - 1]?.norm ?? '') && !isMetric(tokens[j - 1], tokens[j - 2])) return -1;
    // "reduced the number of steps", "cut the share of returns": a measure of anything is a metric.
    if (t.norm === 'of' && COUNTED_MEASURES.has(tokens[j - 1]?.norm ?? '') && tokens[j - 2]?.norm === 'the') return j - 1;
    // "reduced costs and latency" goes on; "reduced the scope and we shipped" starts a new clause.
    if (t.norm === 'and' && (PERSONS.has(tokens[j + 1]?.norm ?? '') || /ed$/.test(tokens[j + 1]?.norm ?? ''))) return -1;
    if (isMetric(t, tokens[j - 1]) && (allowVolume || !VOLUME_NOUNS.has(t.norm))) return j;
  }
  return -1;
}

/** A metric noun as the subject just before a verb ("P99 latency dropped", "conversion was improved"). */
function subjectMetric(tokens: Token[], verb: number, allowVolume: boolean): number {
  for (let j = verb - 1; j >= 0 && j >= verb - 5; j--) {
    const t = tokens[j];
    // "Tickets about it dropped": a pronoun after a preposition is inside the subject, not a person acting.
    if (isBoundary(t) || (PERSONS.has(t.norm) && !BEFORE_NOUN_PHRASE.has(tokens[j - 1]?.norm ?? ''))) return -1;
    if (isMetric(t, tokens[j - 1]) && (allowVolume || !VOLUME_NOUNS.has(t.norm))) return j;
    if (!AUX.has(t.norm) && !INTENSIFIERS.has(t.norm) && !/ly$/.test(t.norm) && !isWord(t)) return -1;
  }
  return -1;
}

function verbClaim(s: Sentence, i: number): ClaimSpan | undefined {
  const tokens = s.tokens;
  const n = tokens[i].norm;
  let base = false;
  if (BASE_CHANGE_VERBS.has(n) && !CHANGE_VERBS.has(n)) {
    // "helped reduce", "helped to reduce", "managed to cut"
    const p = tokens[i - 1]?.norm ?? '';
    const pp = tokens[i - 2]?.norm ?? '';
    if (!(/^help(ed|s|ing)$/.test(p) || (p === 'to' && REALIZING_BEFORE_TO.has(pp)))) return undefined;
    base = true;
  } else if (!CHANGE_VERBS.has(n) && !INTRANSITIVE_CHANGE_VERBS.has(n)) return undefined;
  if ((n === 'cut' || n === 'cuts') && CUT_NOT_OUTCOME.has(tokens[i + 1]?.norm ?? '') && !isMetric(tokens[i + 2], tokens[i + 1]))
    return undefined;
  let last = i;
  const particles = PHRASAL_PARTICLES[n] ?? (n === 'speed' ? ['up'] : undefined);
  if (particles) {
    // "went up", and "went way up" with an intensifier between
    let p = i + 1;
    if (INTENSIFIERS.has(tokens[p]?.norm ?? '') || tokens[p]?.norm === 'right') p++;
    // "the rate came back down": back to where it was, a change all the same.
    else if (tokens[p]?.norm === 'back' && (n === 'came' || n === 'went') && DIRECTIONS.has(tokens[p + 1]?.norm ?? '')) p++;
    // "sped things up", "sped the whole checkout up": the object between the verb and its particle.
    if (SPED.has(n) && !particles.includes(tokens[p]?.norm ?? '')) p = particleAfterObject(tokens, p);
    if (!particles.includes(tokens[p]?.norm ?? '')) return undefined;
    last = p;
  }
  // "Costs had increased" is background, not an outcome.
  let k = i - 1;
  while (k >= 0 && (/ly$/.test(tokens[k].norm) || tokens[k].norm === 'already' || tokens[k].norm === 'also')) k--;
  if (tokens[k]?.norm === 'had' || tokens[k]?.norm === "hadn't" || tokens[k]?.norm === "'d") return undefined;
  const prev = tokens[i - 1]?.norm ?? '';
  const allowVolume = VOLUME_VERBS.has(n) || n === 'increase' || n === 'grow' || n === 'drive';
  // "increased traffic", "the improved flow": an adjective, an outcome only after "saw", "led to" …
  if (
    /ed$/.test(n) &&
    isWord(tokens[i + 1]) &&
    !DETERMINERS.has(tokens[i + 1].norm) &&
    !PERSONS.has(tokens[i + 1].norm) &&
    (DETERMINERS.has(prev) || BEFORE_NOUN_PHRASE.has(prev) || i === 0)
  ) {
    if (!isMetric(tokens[i + 1], tokens[i]) && !isMetric(tokens[i + 2], tokens[i + 1]))
      return i === 0 && objectMetric(tokens, i + 1, allowVolume) >= 0 ? { first: i, last } : undefined;
    if (i === 0) return { first: i, last: isMetric(tokens[i + 1], tokens[i]) ? i + 1 : last };
    if (!introducedBefore(tokens, i)) return undefined;
    return { first: intensifiedAt(tokens, i), last: isMetric(tokens[i + 1], tokens[i]) ? i + 1 : last };
  }
  // "sped up the checkout", "sped things up": a speed-up is an improvement whatever was sped up.
  if (SPED.has(n) && (s.part === 'result' || intensifiedAfter(tokens, last))) return { first: intensifiedAt(tokens, i), last };
  const transitive = CHANGE_VERBS.has(n) || base;
  const obj = transitive && !INTRANSITIVE_ONLY.has(n) ? objectMetric(tokens, last + 1, allowVolume) : -1;
  const subj = subjectMetric(tokens, i, allowVolume);
  const first = intensifiedAt(tokens, i);
  const intensified = first < i || intensifiedAfter(tokens, last);
  const metric = obj >= 0 ? obj : subj;
  if (metric >= 0) {
    const direction = n === 'went' || n === 'came' ? tokens[last].norm : n;
    // "Latency spiked during the sale" sets the scene in the Action; it claims nothing.
    if (s.part !== 'result' && worsens(metricWord(tokens, metric), direction)) return undefined;
    return { first, last: obj >= 0 && obj === last + 1 ? obj : last };
  }
  // "Membership grew massively": growth of anything but the writer, told only by how much, in the Result.
  if ((n === 'grew' || n === 'grown') && intensified && s.part === 'result' && !subjectIsWriter(tokens, first)) return { first, last };
  if (n === 'went' || n === 'came' || n === 'grew' || n === 'grown') return undefined;
  // "enhanced my understanding", "improved my own habits": about the writer, not an outcome.
  if (tokens[last + 1]?.norm === 'my' || tokens[last + 1]?.norm === 'me') return undefined;
  // "I improved a lot as a speaker": the writer's own growth, with nothing improved.
  if (obj < 0 && subjectIsWriter(tokens, first)) return undefined;
  if ((IMPROVEMENT_VERBS.has(n) || base) && (s.part === 'result' || intensified)) return { first, last };
  if (intensified && CHANGE_VERBS.has(n) && n !== 'saved' && n !== 'cut') return { first, last };
  return undefined;
}

/** Measures named by what they count: "the crash rate", "the error count". */
const COUNTED_BY_MODIFIER = words`rate rates count counts number numbers volume volumes ratio`;

/** The word that says which way is better: the modifier of "the crash rate", else the metric itself. */
function metricWord(tokens: Token[], metric: number): string {
  const m = tokens[metric].norm;
  const mod = tokens[metric - 1]?.norm ?? '';
  if (!COUNTED_BY_MODIFIER.has(m) || !mod) return m;
  return [mod, `${mod}s`, `${mod}es`].find((w) => LOWER_IS_BETTER.has(w)) ?? m;
}

/** True when the change makes the metric worse ("errors increased", "lower retention"). */
function worsens(metric: string, direction: string): boolean {
  const lowerBetter = LOWER_IS_BETTER.has(metric.replace(/'s$/, ''));
  // "Errors came back" is the metric getting worse again; "bookings came back" better.
  if (UPWARD.has(direction) || direction === 'back') return lowerBetter;
  if (DOWNWARD.has(direction)) return !lowerBetter;
  return false;
}

const INTRANSITIVE_ONLY = words`
  dropped drops fell falls declined declines rose rises jumped jumps climbed climbs soared soars plummeted plummets skyrocketed spiked
  surged went came recovered recovers rebounded rebounds bounced
`;

/** Where "came back" may go on to ("came back down"); alone, "came back" is the particle. */
const DIRECTIONS = words`down up`;

/** Forms of "speed up" whose object may stand before the particle. */
const SPED = words`sped speeds speed`;

/** The particle "up" after a short object ("sped things up"), within the clause; else `from`. */
function particleAfterObject(tokens: Token[], from: number): number {
  for (let j = from; j < tokens.length && j <= from + 3; j++) {
    if (!isWord(tokens[j]) || OBJECT_STOP.has(tokens[j].norm)) return from;
    if (tokens[j].norm === 'up') return j;
  }
  return from;
}

/** An outcome verb earlier in the clause: "we saw increased conversion", "which led to lower churn". */
function introducedBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (isBoundary(tokens[k])) return false;
    if (OUTCOME_INTRODUCERS.has(tokens[k].norm)) return true;
    if (tokens[k].norm === 'to' && REALIZING_BEFORE_TO.has(tokens[k - 1]?.norm ?? '')) return true;
    if (tokens[k].norm === 'in' && tokens[k - 1]?.norm === 'resulted') return true;
  }
  return false;
}

/**
 * Things counted in the plural after "fewer" (or "less", as many say it): "we got fewer angry emails", "there are less
 * hotfixes", "fewer crumpled letters". Not "more or less".
 */
function countedThings(tokens: Token[], i: number, noun: string): boolean {
  return looksPlural(noun) && !(tokens[i].norm === 'less' && tokens[i - 2]?.norm === 'more' && tokens[i - 1]?.norm === 'or');
}

/** Whether the word after a comparative is a noun it modifies ("faster builds", "a faster serializer"). */
function modifiedNoun(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!isWord(t) || FUNCTION_AFTER.has(t.norm) || /ly$/.test(t.norm) || INTENSIFIERS.has(t.norm)) return -1;
  return j;
}

function outcomeNounAt(tokens: Token[], j: number, people: boolean): boolean {
  for (let k = j; k < tokens.length && k < j + 3 && isWord(tokens[k]) && !FUNCTION_AFTER.has(tokens[k].norm); k++) {
    const nn = tokens[k].norm;
    if (isMetric(tokens[k], tokens[k - 1]) || PROCESS_NOUNS.has(nn) || (people && PEOPLE_NOUNS.has(nn))) return true;
  }
  return false;
}

/** Degree words between a predicate's subject and its comparative: "retention was much better", "it ran consistently faster". */
const PREDICATE_DEGREE = words`much far way even noticeably consistently`;

function comparativeClaim(tokens: Token[], i: number, choice: boolean): ClaimSpan | undefined {
  const n = tokens[i].norm;
  const first = intensifiedAt(tokens, i);
  const intensified = first < i;
  // faster, cheaper, happier …
  if (CLAIM_COMPARATIVES.has(n)) {
    if (choice) return undefined;
    if (n === 'happier' && isFirstPersonPredicate(tokens, i)) return undefined;
    const noun = modifiedNoun(tokens, i + 1);
    if (noun < 0) return { first, last: i };
    if (outcomeNounAt(tokens, noun, true) || intensified) return { first, last: i };
    return undefined;
  }
  // more reliable, less error-prone
  if ((n === 'more' || n === 'less') && tokens[i + 1]) {
    const adj = tokens[i + 1].norm;
    if ((n === 'more' && CLAIM_ADJECTIVES_AFTER_MORE.has(adj)) || (n === 'less' && CLAIM_ADJECTIVES_AFTER_LESS.has(adj))) {
      if (choice) return undefined;
      if (isFirstPersonPredicate(tokens, i)) return undefined;
      const noun = modifiedNoun(tokens, i + 2);
      if (noun < 0 || outcomeNounAt(tokens, noun, true) || intensified) return { first, last: i + 1 };
      return undefined;
    }
  }
  if (!NOUN_COMPARATIVES.has(n) || /ed$/.test(n)) return undefined;
  // fewer outages, lower latency, better retention
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (!isWord(t) || FUNCTION_AFTER.has(t.norm)) break;
    const nn = t.norm;
    const ok =
      n === 'more'
        ? MORE_NOUNS.has(nn)
        : n === 'less'
          ? (isMetric(t, tokens[j - 1]) && !VOLUME_NOUNS.has(nn)) || nn === 'work' || nn === 'toil' || countedThings(tokens, i, nn)
          : n === 'better'
            ? isMetric(t, tokens[j - 1]) || nn === 'decisions' || nn === 'decision-making'
            : n === 'fewer'
              ? isMetric(t, tokens[j - 1]) ||
                [
                  'pages',
                  'escalations',
                  'handoffs',
                  'rollbacks',
                  'retries',
                  'steps',
                  'clicks',
                  'touches',
                  'calls',
                  'mistakes',
                  'returns',
                  'refunds',
                  'no-shows',
                  'stockouts',
                  'delays',
                  'misses',
                ].includes(nn) ||
                countedThings(tokens, i, nn)
              : isMetric(t, tokens[j - 1]) && (!VOLUME_NOUNS.has(nn) || introducedBefore(tokens, i));
    if (ok) {
      // "a lower memory limit", "a higher spend cap": a setting, not an outcome.
      if (SETTINGS.has(tokens[j + 1]?.norm ?? '')) return undefined;
      if (choice && n !== 'fewer') return undefined;
      if (worsens(nn, n) && !introducedBefore(tokens, i)) return undefined;
      return { first, last: j };
    }
  }
  // Predicative: "retention was higher", "the new flow performed better".
  if (['better', 'higher', 'lower', 'shorter', 'fewer'].includes(n) && modifiedNoun(tokens, i + 1) < 0 && !choice) {
    const k = pastAuxiliaries(tokens, first, PREDICATE_DEGREE);
    if (n === 'better' && tokens[k] && PERFORMANCE_VERBS.has(tokens[k].norm)) return { first, last: i };
    const subj = subjectMetric(tokens, first, false);
    if (subj >= 0 && !worsens(tokens[subj].norm, n)) return { first, last: i };
  }
  return undefined;
}

/** Words between a relationship and what it became: "the relationship is now much stronger", "our relationship became so close". */
const BECAME = words`became become becomes got gets grew grown came out so even now`;

/**
 * "The relationship is much stronger now", "the vendor relationship became much stronger", "our relationship was much better
 * afterwards": a relationship said to have improved, with nothing to show how. Not "a better relationship with …" (a noun it
 * modifies, which the sentence may go on to measure) nor a relationship the writer wanted ("to build a stronger relationship").
 */
function relationshipClaim(tokens: Token[], i: number): ClaimSpan | undefined {
  if (!RELATIONSHIP_COMPARATIVES.has(tokens[i].norm) || modifiedNoun(tokens, i + 1) >= 0) return undefined;
  const first = intensifiedAt(tokens, i);
  const k = pastAuxiliaries(tokens, first, BECAME);
  if (k === first - 1) return undefined;
  if (RELATIONSHIP_NOUNS.has(tokens[k]?.norm ?? '')) return { first: k, last: i };
  // "The relationship between the two companies is much stronger now": past the partners it is between.
  for (let j = k; j >= 0 && j > k - 6 && isWord(tokens[j]); j--) {
    if ((tokens[j].norm === 'between' || tokens[j].norm === 'with') && RELATIONSHIP_NOUNS.has(tokens[j - 1]?.norm ?? ''))
      return { first: j - 1, last: i };
  }
  return undefined;
}

/** "I was happier", "I felt more confident": about the writer, not an outcome. */
function isFirstPersonPredicate(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (isBoundary(tokens[k])) return false;
    if (tokens[k].norm === 'i' || tokens[k].norm === 'me' || tokens[k].norm === "i'm") return true;
  }
  return false;
}

/** People whose reaction is told as an outcome: "Users loved it". */
const AUDIENCES = words`
  users customers clients shoppers merchants drivers riders patients agents stakeholders everyone everybody people partners players
  members guests teams engineers developers managers leadership executives nurses doctors clinicians staff
`;
const REACTIONS = words`loved praised raved adored celebrated`;

/** Verbs that report savings found ("found savings", "delivered efficiencies") or a budget balanced. */
const SAVINGS_VERBS = words`found find delivered achieved identified secured generated unlocked realised realized made balanced`;
/** What such a verb reports: "savings", "efficiencies", "the budget" (after "balanced"). */
const SAVINGS = words`savings efficiencies`;
/** Words allowed between the verb and "savings": "found real cost savings", "made some big savings". */
const SAVINGS_BETWEEN = words`some real significant substantial major big good considerable cost costs the further`;

/** "I found savings", "we delivered efficiencies", "we balanced the budget": an outcome reported with no size. */
function savingsClaim(tokens: Token[], i: number): ClaimSpan | undefined {
  const n = tokens[i].norm;
  if (n === 'balanced') {
    const k = tokens[i + 1]?.norm === 'the' || tokens[i + 1]?.norm === 'our' ? i + 2 : i + 1;
    return tokens[k]?.norm === 'budget' || tokens[k]?.norm === 'books' ? { first: i, last: k } : undefined;
  }
  let j = i + 1;
  while (j < i + 3 && SAVINGS_BETWEEN.has(tokens[j]?.norm ?? '')) j++;
  if (!SAVINGS.has(tokens[j]?.norm ?? '')) return undefined;
  // "found the savings spreadsheet": a noun the word only describes.
  const after = tokens[j + 1];
  return !after || !isWord(after) || AFTER_SAVINGS.has(after.norm) ? { first: i, last: j } : undefined;
}

/** Words that may follow "savings" in a claim: "savings across the estate", "savings on energy", "savings and …". */
const AFTER_SAVINGS = words`of on in across for from by at and but so that which to through with within over this that last`;

function vagueClaim(tokens: Token[], i: number): ClaimSpan | undefined {
  if (SAVINGS_VERBS.has(tokens[i].norm)) return savingsClaim(tokens, i);
  // "Users loved it", "customers raved about the new flow": a reaction with no measure.
  if (REACTIONS.has(tokens[i].norm) && AUDIENCES.has(tokens[i - 1]?.norm ?? '')) return { first: i - 1, last: i };
  // "the results were great"
  if (VAGUE_OUTCOMES.has(tokens[i].norm) && ['was', 'were', 'is', 'are'].includes(tokens[i + 1]?.norm ?? '')) {
    let j = i + 2;
    if (INTENSIFIERS.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'very' || tokens[j]?.norm === 'really') j++;
    if (VAGUE_ADJECTIVES.has(tokens[j]?.norm ?? '') && !isWord(tokens[j + 1])) return { first: i, last: j };
    return undefined;
  }
  if (!VAGUE_ADJECTIVES.has(tokens[i].norm)) return undefined;
  let j = i + 1;
  if (VAGUE_ADJECTIVES.has(tokens[j]?.norm ?? '')) j++;
  if (!tokens[j] || !VAGUE_OUTCOMES.has(tokens[j].norm)) return undefined;
  return { first: intensifiedAt(tokens, i), last: j };
}

/**
 * Every word a verb, comparative or vague claim can start at: each reading
 * first looks its word up in one of these lists, so one lookup passes over
 * every other word (speed only).
 */
const CLAIM_STARTS = words`
  ${BASE_CHANGE_VERBS} ${CHANGE_VERBS} ${INTRANSITIVE_CHANGE_VERBS} ${CLAIM_COMPARATIVES} ${NOUN_COMPARATIVES} ${VAGUE_OUTCOMES}
  ${VAGUE_ADJECTIVES} ${REACTIONS} ${SAVINGS_VERBS} ${RELATIONSHIP_COMPARATIVES} more less
`;
