import type { Token } from '../types';
import { words } from '../lexicons/words';
import { SUBJECT_PRONOUNS } from '../lexicons/function-words';

/*
 * Reported speech and thought: "the vendor said it would probably slip",
 * "my manager asked whether maybe we could wait". Words inside such a clause
 * are someone's reported words (or the writer's past thinking), not what the
 * writer is saying to the interviewer now.
 */

/** Verbs that report words. */
const SAYING = words`
  said says told tells asked asks wrote writes claimed claims suggested suggests warned warns mentioned replied answered responded
  estimated estimates predicted predicts argued argues insisted insists admitted explained complained promised reported noted speculated
  hinted emailed texted messaged announced objected joked agreed conceded stated
  saying telling complaining insisting claiming
`;
/** Verbs that report thoughts. Present-tense first-person `think`/`guess` are left out: they are hedges themselves. */
const THINKING = words`
  feared worried wondered guessed thought thinks felt feels believed believes assumed assumes expected doubted reckoned suspected hoped
`;
/** Conjunctions that start a new clause when a subject pronoun follows: "…, so I built a fallback". */
const CLAUSE_JOINS = words`but so yet then and`;

const CLAUSE_ENDS = words`; ( ) \u2014 \u2013`;
const JOIN_ADVERBS = words`instead then still suddenly eventually finally later`;

/** Tokens looked back for a reporting verb. */
const REACH = 80;

export interface ReportedSpeech {
  /** Index of the reporting verb. */
  verb: number;
  /** True when the writer reports their own words or thoughts ("I told them", "we thought"). */
  firstPerson: boolean;
  /** Words said or written, or thoughts. */
  kind: 'saying' | 'thinking';
}

/**
 * If token `i` sits in a clause reported by a verb of saying or thinking
 * earlier in the same sentence, returns that verb; otherwise undefined.
 */
export function reportedSpeechAt(tokens: Token[], i: number): ReportedSpeech | undefined {
  // Bounded: a reporting verb further back than a long clause is not this word's, and rules ask for every word of a
  // sentence, so an unbounded walk made a 20,000-word run-on sentence quadratic.
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    const t = tokens[k];
    // A semicolon, a bracket or a dash ends the reported clause: "The forecast had said light rain \u2014 the Met Office got it wrong".
    if (CLAUSE_ENDS.has(t.text)) return undefined;
    // "…, and then we …", "…, and instead we …": one adverb may stand between the conjunction and the new subject.
    const subject = JOIN_ADVERBS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (CLAUSE_JOINS.has(t.norm) && SUBJECT_PRONOUNS.has(tokens[subject]?.norm ?? '') && subject < i) return undefined;
    // ", which was …" comments on the whole clause before it, in the writer's voice.
    if (t.text === ',' && tokens[k + 1]?.norm === 'which') return undefined;
    if (t.norm === 'according' && tokens[k + 1]?.norm === 'to') return { verb: k, firstPerson: false, kind: 'saying' };
    // "asked for SSO", "called for a review": a request for a thing reports no words.
    if (SAYING.has(t.norm) && tokens[k + 1]?.norm !== 'for')
      return { verb: k, firstPerson: subjectIsFirstPerson(tokens, k), kind: 'saying' };
    if (THINKING.has(t.norm)) return { verb: k, firstPerson: subjectIsFirstPerson(tokens, k), kind: 'thinking' };
  }
  return undefined;
}

/** Words that may stand between a subject and its reporting verb: "I then told", "I sort of emailed", "we had said". */
const SUBJECT_GAP = words`also then had have once even just later first sort kind of basically um uh`;

function subjectIsFirstPerson(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 3; k--) {
    const n = tokens[k].norm;
    if (n === 'i' || n === 'we') return true;
    // "I sort of emailed everybody": a filler between the writer and the verb.
    if (!/ly$/.test(n) && !SUBJECT_GAP.has(n)) return false;
  }
  return false;
}
