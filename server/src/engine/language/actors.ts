import type { Actor, Token } from '../types';

/*
 * Who acts in a sentence. English marks the subject pronouns I and we by case,
 * so each one (outside quotations) is a clause subject; the sentence's main
 * actor is the first subject of its main clause, after any leading
 * subordinate clause or introductory phrase ("When we launched, I …").
 */

const SUBORDINATORS = new Set([
  'when',
  'after',
  'before',
  'once',
  'while',
  'because',
  'since',
  'although',
  'though',
  'if',
  'as',
  'until',
  'whenever',
  'unless',
  'whereas',
  'whether',
]);
/** Prepositions that open an introductory phrase ("In the second week, we …"). */
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'over',
  'within',
  'by',
  'for',
  'with',
  'to',
  'through',
  'across',
  'under',
  'without',
  'despite',
  'from',
  'following',
  'thanks',
  'due',
  'after',
  'before',
  'throughout',
  'around',
  'about',
  'like',
  'unlike',
  'given',
  'based',
  'using',
  'as',
  'until',
  'since',
]);
const SKIP = new Set([
  'then',
  'also',
  'so',
  'and',
  'but',
  'next',
  'finally',
  'first',
  'eventually',
  'together',
  'quickly',
  'soon',
  'later',
  'meanwhile',
  'ultimately',
  'initially',
  'personally',
  'immediately',
  'jointly',
  'still',
  'just',
  'now',
  'thus',
  'therefore',
  'instead',
  'afterwards',
  'afterward',
  'subsequently',
  'collectively',
  'all',
  'both',
  'only',
  'even',
  'again',
  'always',
  'never',
  'really',
  'actually',
  'eventually',
  'gradually',
]);
const TEAM_HEADS = new Set(['our', 'my', 'the', 'whole']);
const TEAM_NOUNS = new Set(['team', 'squad', 'group', 'crew', 'department', 'org', 'organization', 'organisation', 'engineers', 'teams']);
const NOT_PRONOUN_BEFORE_I = new Set([
  'phase',
  'type',
  'part',
  'stage',
  'level',
  'tier',
  'series',
  'class',
  'grade',
  'war',
  'chapter',
  'round',
  'season',
  'gen',
  'model',
  'act',
  'volume',
  'vol',
  'appendix',
  'henry',
  'louis',
  'world',
]);
const I_FORMS = new Set(['i', "i'm", "i've", "i'd", "i'll"]);
const WE_FORMS = new Set(['we', "we're", "we've", "we'd", "we'll"]);
const GROUP_SUBJECTS = new Set(['everyone', 'everybody']);

/** True when the token is the pronoun I used as a subject. */
export function isI(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.quoted || !I_FORMS.has(t.norm) || t.text[0] !== 'I') return false;
  const prev = tokens[i - 1]?.norm;
  const next = tokens[i + 1]?.text;
  if (prev && NOT_PRONOUN_BEFORE_I.has(prev)) return false;
  if (next === '/' || next === '-' || next === '&' || next === '.') return false;
  return true;
}

/** True when the token is the pronoun we. */
export function isWe(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !t.quoted && WE_FORMS.has(t.norm);
}

/**
 * If a team subject ("our team", "the whole team") starts at i, returns the
 * index of its last token; -1 otherwise. "The team and I" is not a team subject.
 */
export function teamSubjectEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t.quoted) return -1;
  if (GROUP_SUBJECTS.has(t.norm)) return i;
  if (!TEAM_HEADS.has(t.norm)) return -1;
  let j = i + 1;
  if (tokens[j]?.norm === 'whole' || tokens[j]?.norm === 'entire') j++;
  if (!tokens[j] || !TEAM_NOUNS.has(tokens[j].norm)) return -1;
  if (t.norm === 'the' && tokens[j].norm === 'engineers') return -1;
  const next = tokens[j + 1];
  if (
    !next ||
    /^[,.;:)]$/.test(next.text) ||
    next.norm === "'s" ||
    next.norm === 'of' ||
    next.norm === 'lead' ||
    next.norm === 'members' ||
    next.norm === 'and'
  )
    return -1;
  return j;
}

/** Verbs of thinking or doubt: "I think", "we guessed" say what was believed, not what was done. */
const NOT_ACTION_VERBS = new Set(['think', 'guess', 'suppose', 'believe', 'feel', 'hope', 'wonder', 'mean', 'reckon']);
const COPULAS = new Set(['was', 'am', 'were', 'are', 'is', 'be']);
const CONTRACTED_COPULAS = new Set(["i'm", "we're"]);

/**
 * True when an I or we is not doing anything: "I think…", "I'm not sure…",
 * "I was on the team", "we were asked". Counted actions count what the
 * message says they count (SPEC §9); "I was leading" is still an action.
 */
function statesRatherThanActs(tokens: Token[], i: number): boolean {
  let j = i + 1;
  // "I really think", "we just were"
  while (tokens[j] && ADVERBS_BETWEEN.has(tokens[j].norm)) j++;
  const next = tokens[j];
  if (!next) return false;
  if (NOT_ACTION_VERBS.has(next.norm)) return true;
  const copula = CONTRACTED_COPULAS.has(tokens[i].norm) || COPULAS.has(next.norm);
  if (!copula) return false;
  const after = CONTRACTED_COPULAS.has(tokens[i].norm) ? next : tokens[j + 1];
  // "I was leading the migration": a progressive is an action.
  return !(after && after.norm.length > 4 && after.norm.endsWith('ing'));
}

const ADVERBS_BETWEEN = new Set(['really', 'just', 'also', 'still', 'honestly', 'genuinely', 'personally', 'actually']);

export interface ActorInfo {
  actor: Actor;
  token?: Token;
  iActions: number;
  weActions: number;
}

/** Finds the main actor of a sentence and counts its I and we actions. */
export function analyzeActors(tokens: Token[]): ActorInfo {
  let iActions = 0;
  let weActions = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isI(tokens, i)) {
      if (!statesRatherThanActs(tokens, i)) iActions++;
    } else if (isWe(tokens, i)) {
      if (!statesRatherThanActs(tokens, i)) weActions++;
    } else {
      const end = teamSubjectEnd(tokens, i);
      if (end >= 0) {
        weActions++;
        i = end;
      }
    }
  }
  const start = mainClauseStart(tokens);
  const info: ActorInfo = { actor: tokens.length ? 'other' : 'none', iActions, weActions };
  for (let i = start; i < tokens.length && i < start + 8; i++) {
    const t = tokens[i];
    if (SKIP.has(t.norm) || t.text === ',') continue;
    if (isI(tokens, i)) return { ...info, actor: 'i', token: t };
    if (isWe(tokens, i)) return { ...info, actor: 'we', token: t };
    const end = teamSubjectEnd(tokens, i);
    if (end >= 0) return { ...info, actor: 'we', token: t };
    // "Priya and I", "My manager and I": the writer is one of the actors.
    for (let k = i + 1; k < Math.min(tokens.length - 1, i + 5); k++) {
      if (tokens[k].norm === 'and' && isI(tokens, k + 1)) return { ...info, actor: 'i', token: tokens[k + 1] };
      if (!/^\p{L}/u.test(tokens[k].text)) break;
    }
    return info;
  }
  return info;
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'this',
  'that',
  'each',
  'every',
  'my',
  'its',
  'their',
  'his',
  'her',
  'lunch',
  'launch',
  'noon',
  'then',
]);

const isSubject = (tokens: Token[], i: number) => isI(tokens, i) || isWe(tokens, i) || teamSubjectEnd(tokens, i) >= 0;

function mainClauseStart(tokens: Token[]): number {
  const first = tokens.findIndex((t) => /^\p{L}/u.test(t.text));
  if (first < 0) return 0;
  const w = tokens[first].norm;
  // "Before the sale we ran…": before/after/until/since also work as prepositions.
  const preposition = PREPOSITIONS.has(w) && (!SUBORDINATORS.has(w) || DETERMINERS.has(tokens[first + 1]?.norm ?? ''));
  if (SUBORDINATORS.has(w) && !preposition) {
    for (let i = first + 1; i < tokens.length; i++) if (tokens[i].text === ',' || tokens[i].text === '—') return i + 1;
    // No comma: "When we launched I noticed…" — the main subject is the second one.
    const subjects: number[] = [];
    for (let i = first + 1; i < tokens.length && subjects.length < 2; i++) if (isSubject(tokens, i)) subjects.push(i);
    return subjects.length ? subjects[subjects.length - 1] : first;
  }
  // "Working late into the night, we traced…", "Frustrated, we…", "Quietly, I…": an opening phrase before the subject.
  const opener = preposition || (w.length > 4 && /(?:ing|ed|ly)$/.test(w));
  if (opener) {
    for (let i = first + 1; i < Math.min(tokens.length, first + 24); i++) {
      if (isSubject(tokens, i)) return i;
      if (tokens[i].text === ',' || tokens[i].text === '—') return i + 1;
    }
  }
  return first;
}
