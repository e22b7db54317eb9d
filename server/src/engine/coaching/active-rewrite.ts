import type { Sentence, StoryDocument, Suggestion } from '../types';
import { promptAfterSentence } from '../fixes';
import { words } from '../lexicons/words';
import { DETERMINERS, PREPOSITIONS } from '../lexicons/function-words';
import { NUMBER_WORDS } from '../lexicons/numbers';

/** Words that end the clause before a passive's subject ("…, and the run was restarted"). */
const CLAUSE_START = words`and but so then because when after before until while once since where if as although though`;
/** Subjects that are people: the passive says what was done to them, not by whom. */
const PEOPLE = words`
  i me we us they he she you team teams manager managers lead engineer engineers people everyone customer customers user users staff
  colleague colleagues director vp ceo cto owner owners
`;
/** Determiners that start a subject and are lower-cased once "I" comes first. */
/** Past tenses that differ from the participle, for the placeholder verb ("was written" → "I [wrote]"). */
const PAST: Record<string, string> = {
  written: 'wrote',
  rewritten: 'rewrote',
  taken: 'took',
  undertaken: 'undertook',
  given: 'gave',
  chosen: 'chose',
  driven: 'drove',
  done: 'did',
  redone: 'redid',
  seen: 'saw',
  overseen: 'oversaw',
  shown: 'showed',
  known: 'knew',
  drawn: 'drew',
  withdrawn: 'withdrew',
  begun: 'began',
  broken: 'broke',
  spoken: 'spoke',
  forgotten: 'forgot',
  hidden: 'hid',
  frozen: 'froze',
  grown: 'grew',
  thrown: 'threw',
  shaken: 'shook',
  torn: 'tore',
  fallen: 'fell',
  flown: 'flew',
  gone: 'went',
  ridden: 'rode',
  stolen: 'stole',
  worn: 'wore',
  beaten: 'beat',
  eaten: 'ate',
};

/**
 * The passive told actively with the writer as a placeholder actor: "The
 * missing index was added" → "I [added] the missing index". The verb is a
 * tab stop, because only the writer knows whether it was them; when the
 * subject cannot be lifted cleanly (markup, a line break, no subject), a
 * prompt after the sentence asks who acted instead.
 */
export function activeRewrite(doc: StoryDocument, s: Sentence, first: number, participle: number, last: number): Suggestion {
  const tokens = s.tokens;
  let k = first;
  while (k > 0 && k > first - 8) {
    const prev = tokens[k - 1];
    if (!/^[\p{L}\p{N}]/u.test(prev.text) || CLAUSE_START.has(prev.norm)) break;
    k--;
  }
  const subjectText = k < first ? doc.text.slice(tokens[k].start, tokens[first].start).trimEnd() : '';
  // A person or team as the subject ("our team was asked") stays the one acted on: making the writer its actor would claim their part.
  const people = tokens.slice(k, first).some((t) => PEOPLE.has(t.norm));
  // "By ten the release had to be rolled back": a subject that opens on a preposition carries an adverbial with it, and
  // "I rolled back by ten the release" is no sentence; the prompt asks instead.
  const clean =
    subjectText &&
    !people &&
    !PREPOSITIONS.has(tokens[k].norm) &&
    !/[*_`[\]<>#|\r\n]/.test(subjectText) &&
    !/^(?:it|there|this|that|which|what)$/i.test(subjectText);
  if (!clean) return promptAfterSentence(s, 'Insert prompt: who acted, and what they did', '${1:Who acted} ${2:and what they did}.');
  const verb = tokens[participle];
  const past = PAST[verb.norm] ?? verb.norm;
  const particle = last > participle ? ` ${tokens[last].text}` : '';
  // "The decision was made" → "I [made] the decision": a determiner that opened the sentence is no longer first.
  const opensSentence = tokens.findIndex((t) => /^[\p{L}\p{N}]/u.test(t.text)) === k;
  // "Four calls were made" → "I made four calls" as well.
  const common = DETERMINERS.has(tokens[k].norm) || tokens[k].norm in NUMBER_WORDS;
  const subject = opensSentence && common ? subjectText[0].toLowerCase() + subjectText.slice(1) : subjectText;
  const shown = `I ${past}${particle} ${subject}`;
  return {
    title: `Rewrite as \`${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}\``,
    kind: 'prompt',
    snippet: true,
    edits: [{ start: tokens[k].start, end: tokens[last].end, newText: `I \${1:${past}}${particle} ${subject}` }],
  };
}
