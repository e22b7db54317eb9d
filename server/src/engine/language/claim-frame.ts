import type { Token } from '../types';
import {
  INTENT_WORDS,
  REALIZING_BEFORE_TO,
  INTENSIFIERS,
  GOAL_VERBS,
  NEGATIONS,
  HYPOTHETICAL,
  CONTEXT_WORDS,
  SUBJECT_DETERMINERS,
} from '../lexicons/claims';
import { reportedSpeechAt } from './speech';
import { looksPlural, startsWithLetter } from './text';
import { words } from '../lexicons/words';
import { DEMONSTRATIVES, DETERMINERS, SAYING_VERBS, SUBJECT_PRONOUNS } from '../lexicons/function-words';

/*
 * Whether a claim or an outcome is told as something that happened: not a goal or a plan ("to cut
 * latency"), a hypothetical ("would free capacity"), a negation, a context that explains it away
 * ("due to higher traffic"), reported speech, or the state before ("Before the change, …").
 * language/claims.ts and language/outcomes.ts find the claims; this module frames them.
 */

/** A claim as a token range of its sentence. */
export interface ClaimSpan {
  first: number;
  last: number;
}

const BOUNDARY = words`, ; : ( ) \u2014 \u2013 ? ! . " [ ]`;
const CLAUSE_SUBJECTS = words`${SUBJECT_PRONOUNS} ${DEMONSTRATIVES}`;
const ADJECTIVES_BEFORE_TO = words`easy hard simple safe quick cheap able ready free likely`;
const ADJ_VERB_INTRO_STOP = words`and but so`;

export const isWord = (t: Token | undefined): boolean => !!t && startsWithLetter(t.text);
export const isBoundary = (t: Token | undefined): boolean => !t || BOUNDARY.has(t.text);
const isNegation = (t: Token): boolean => NEGATIONS.has(t.norm) || t.norm.endsWith("n't");

/** "Before the change, pages loaded faster on desktop": the old state, not an outcome. */
export function describesThePast(tokens: Token[]): boolean {
  // The first three words, read without filtering every token of the sentence.
  const words: string[] = [];
  for (let k = 0; k < tokens.length && words.length < 3; k++) if (isWord(tokens[k])) words.push(tokens[k].norm);
  if (['before', 'previously', 'originally', 'until', 'historically', 'formerly', 'beforehand'].includes(words[0])) return true;
  const two = words.slice(0, 2).join(' ');
  return two === 'at first' || two === 'back then' || words.slice(0, 3).join(' ') === 'at the time';
}

/** Goal, plan, hypothetical, negated, context or reported: not something the writer says happened. */
export function notAClaim(tokens: Token[], span: ClaimSpan): boolean {
  return (
    intentBefore(tokens, span.first) ||
    negatedBefore(tokens, span.first) ||
    reportedSpeechAt(tokens, span.first) !== undefined ||
    hypotheticalAfter(tokens, span.last)
  );
}

/** "Closing cases faster would free capacity": the claim is the subject of a conditional, not an outcome. */
function hypotheticalAfter(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 4; k++) {
    if (isBoundary(tokens[k])) return false;
    if (HYPOTHETICAL.has(tokens[k].norm)) return true;
  }
  return false;
}

export function intentBefore(tokens: Token[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 14; k--) {
    const t = tokens[k];
    if (isBoundary(t)) return false;
    if (ADJ_VERB_INTRO_STOP.has(t.norm) && CLAUSE_SUBJECTS.has(tokens[k + 1]?.norm ?? '') && k + 1 < head) return false;
    // "… before the heavy rains came and the client was satisfied", "… during the day and staff found it so much easier": a
    // clause of its own, which a goal or a context before it does not reach.
    // Not a condition's second half: "if the forms went in early and the client was happy, …".
    if (ADJ_VERB_INTRO_STOP.has(t.norm) && opensClause(tokens, k + 1, head) && !tokens.slice(0, k).some((x) => CONDITIONS.has(x.norm)))
      return false;
    // "The second attempt went through fine": the intent word is the subject of what happened, not a goal.
    if (k + 1 === head && SUBJECT_DETERMINERS.has(tokens[k - 1]?.norm ?? '')) continue;
    // "After that the lab ran like clockwork": a point in time, not a context the claim depends on.
    if (SEQUENCE_OPENERS.has(t.norm) && SEQUENCE_NEXT.has(tokens[k + 1]?.norm ?? '')) continue;
    // "After a while the big customers were happy", "after some weeks the queue was calmer": when, told as a span of time.
    if (t.norm === 'after' && spanOfTimeAt(tokens, k + 1)) continue;
    // "Planning felt a lot smoother": a noun that opens the sentence as its subject, not a plan.
    // "… and planning felt a lot smoother": the same after "and" or "but" that open a new clause.
    if ((k === 0 || CLAUSE_LINKS.has(tokens[k - 1].norm)) && NOUN_SUBJECT_NEXT.has(tokens[k + 1]?.norm ?? '') && !/ly$/.test(t.norm))
      continue;
    // "Engagement with the app went up", "Our satisfaction with the service rose": "with" inside the subject, not a context.
    if (t.norm === 'with' && (k === 1 || (k === 2 && SUBJECT_DETERMINERS.has(tokens[0].norm)))) continue;
    // "I'd say it was a success": an opinion that frames what happened, not a plan or a hypothetical.
    // "I'd probably say it was a success": a hedge may stand between.
    if (OPINION_FRAMES.has(t.norm) && SAYING_VERBS.has(opinionVerbAfter(tokens, k))) continue;
    if (INTENT_WORDS.has(t.norm) || CONTEXT_WORDS.has(t.norm)) return true;
    if (t.norm === 'so' && tokens[k + 1]?.norm === 'that') return true;
    if (t.norm === 'to') {
      // "easier to maintain and much faster": "to" after an adjective is not a goal.
      if (/(?:ier|er)$/.test(tokens[k - 1]?.norm ?? '') || ADJECTIVES_BEFORE_TO.has(tokens[k - 1]?.norm ?? '')) continue;
      const realized = REALIZING_BEFORE_TO.has(tokens[k - 1]?.norm ?? '');
      if (k + 1 === head || INTENSIFIERS.has(tokens[k + 1]?.norm ?? '')) return !realized;
      if (GOAL_VERBS.has(tokens[k + 1]?.norm ?? '') && !realized) return true;
    }
  }
  return false;
}

/**
 * Whether the words from `at` open a clause of their own before `head`: a determiner or a plural and a told verb within three
 * words ("the client was satisfied", "parents were happy"), or a bare noun and its told verb ("staff found it easier").
 */
function opensClause(tokens: Token[], at: number, head: number): boolean {
  const first = tokens[at]?.norm ?? '';
  if ((DETERMINERS.has(first) || looksPlural(first)) && finiteVerbBetween(tokens, at + 1, head)) return true;
  return at + 1 < head && isWord(tokens[at]) && !DETERMINERS.has(first) && CLAUSE_VERBS.has(tokens[at + 1]?.norm ?? '');
}

/** Whether a told verb ("was", "were", "got" …) stands among the three words from `from`, before `head`: a clause's own. */
function finiteVerbBetween(tokens: Token[], from: number, head: number): boolean {
  for (let j = from; j < head && j < from + 3; j++) if (TOLD_VERBS.has(tokens[j].norm)) return true;
  return false;
}
const TOLD_VERBS = words`was were is are got get gets became felt seemed looked`;
/** Told verbs that open a clause after a bare subject: "… and staff found it easier", "… and parents loved it". */
const CLAUSE_VERBS = words`${TOLD_VERBS} found find finds loved loves liked likes said says rated rates thought called saw described`;
const CONDITIONS = words`if unless whether`;

/** "I'd", "we'd" and "would" before a verb of opinion frame a view of what happened: "I'd say", "I would argue". */
const OPINION_FRAMES = words`i'd we'd would`;
/** Hedges between the frame and its verb: "I'd probably say", "I would honestly say". */
const OPINION_HEDGES = words`probably honestly definitely personally still also`;
const opinionVerbAfter = (tokens: Token[], k: number): string =>
  tokens[OPINION_HEDGES.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1]?.norm ?? '';

/** Words that open a new clause, whose first word may be its subject: "… and planning felt a lot smoother". */
const CLAUSE_LINKS = words`and but`;

/** Verbs after an intent word that make it the sentence's subject: "Planning felt …", "The forecast was …". */
const NOUN_SUBJECT_NEXT = words`felt feels was is got became seemed looked ran went`;

/** Whether a span of time starts at `k`: "a while", "some weeks", "a few months", "a couple of days", "the first term". */
function spanOfTimeAt(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < k + 4 && SPAN_LEADS.has(tokens[j]?.norm ?? '')) j++;
  return j > k && TIME_SPANS.has(tokens[j]?.norm ?? '');
}
const SPAN_LEADS = words`a an some several few couple of the first next following`;
const TIME_SPANS = words`while days weeks months years week month year term terms quarter quarters shift shifts sprint sprints`;

/** "after that", "since then": when the outcome came, not a context that explains it away. */
const SEQUENCE_OPENERS = words`after since`;
const SEQUENCE_NEXT = words`that this then which`;

export function negatedBefore(tokens: Token[], head: number): boolean {
  // A negation reaches across "or": "so a rise is never a surprise or a big jump", "without delays or a big backlog".
  for (let k = head - 1, stop = head - 4; k >= 0 && k >= stop; k--) {
    const t = tokens[k];
    if (isBoundary(t)) return false;
    if (t.norm === 'not' && tokens[k + 1]?.norm === 'only') continue;
    if (isNegation(t)) return true;
    if (t.norm === 'or' || t.norm === 'nor') stop = k - 4;
  }
  return false;
}
