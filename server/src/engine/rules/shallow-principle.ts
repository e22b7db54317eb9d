import type { IgnoreOption, Rule } from '../rule';
import { nextSentence } from '../rule';
import type { PrincipleMention, Sentence, StoryDocument, Token } from '../types';
import type { PrincipleMatcher } from '../language/principles';
import { promptAfterSentence } from '../fixes';
import { FUNCTION_WORDS, GENERIC_WORDS, SERVED_GROUPS } from '../lexicons/generic-words';
import { words } from '../lexicons/words';
import { type WriterClause, writerClauses } from '../language/writer-clauses';

export const shallowPrinciple: Rule<IgnoreOption> = {
  id: 'shallow-principle',
  meta: {
    level: 'sentence',
    defaultSeverity: 'warning',
    summary: 'A Leadership Principle is named with a reason that could fit any story.',
    why:
      'Naming a principle earns nothing by itself: interviewers score the behaviour behind it. A reason like "because it was all ' +
      'for the customer" could be said by anyone about anything, so it sounds rehearsed and leaves the interviewer to dig for the ' +
      'evidence, or to assume there is none.',
    strong:
      'Tie the principle to one concrete thing you did and what it changed: who you talked to, what you found, what you decided, and ' +
      'the number that moved. One principle shown in depth beats several named in passing.',
    example: {
      weak: 'This is Customer Obsession, because the whole thing was for the customer.',
      strong:
        'This is Customer Obsession as I practise it: I sat with six dispatchers for a shift each, saw them retype every address, and ' +
        'built the autofill that cut booking time from 4 minutes to 40 seconds.',
    },
    followUp: 'Can you give me a specific example of when you did that? What exactly did you do?',
    messages: {
      generic: '`{principle}` is named with a generic reason. Back it with one thing you did and its result.',
    },
    grouped: {
      many:
        'Principles are named with a generic reason {count} times ({list}). Back the one this story shows best with one thing you ' +
        'did and its result.',
      also: '`{principle}` is named with a generic reason too ({index} of {count}; the first is on line {line}).',
      listKey: 'principle',
    },
    defaultOptions: { ignore: [] },
    optionDocs: {
      ignore: 'Words or phrases to accept: a name-drop whose underlined text holds one is not flagged (for example `["frugality"]`).',
    },
  },
  examples: {
    valid: [
      {
        name: 'the principle is backed by what I did and a number',
        text:
          '## Checkout redesign\n\n**Situation:** Shoppers were leaving at the payment step.\n\n**Action:** This shows Customer ' +
          'Obsession: I interviewed 12 shoppers who had abandoned their carts and found the address form confused them.\n\n**Result:** ' +
          'I cut the form from 9 fields to 4 and abandonment fell by 18%.\n',
      },
      {
        name: 'an ordinary phrase, not a principle named',
        text:
          '## Billing outage\n\n**Situation:** Invoices failed for a day.\n\n**Action:** I took ownership of the incident because ' +
          'nobody else was on call, and I had to dive deep into the logs.\n\n**Result:** I found the expired certificate within an hour.\n',
      },
    ],
    invalid: [
      {
        name: 'three principles named with reasons that fit any story',
        text:
          '## New dashboard\n\n**Situation:** Sales wanted a dashboard.\n\n**Action:** I built the dashboard in ' +
          'React.\n\n**Result:** This is Customer Obsession, because the whole thing was for the customer. It was Ownership too, since ' +
          'I owned the work from start to end. Bias for Action as well, because we went fast.\n',
        expect: ['generic', 'generic', 'generic'],
      },
    ],
  },
  check({ doc, story, principles, report }) {
    const vocabulary = principleWords(principles);
    for (const s of story.sentences) {
      const named = s.principles.filter((p) => p.named && !quotedMention(s, p));
      if (!named.length || !(givesReason(s, named) || dropsName(s, named))) continue;
      // A name with a reason clause of its own is held to that clause; the others to the whole sentence.
      const restated = restatedStems(named);
      const inSentence = hasEvidence(doc, s, vocabulary, restated);
      const unbacked = named.filter((p) => !(judgedByOwnReason(doc, s, p, vocabulary, restated) ?? inSentence));
      if (!unbacked.length) continue;
      const next = nextSentence(story, s);
      // A reason clause of its own ("because at the end of the day it is all for the shopper") is the writer's answer to
      // "why this principle": only an act of the writer's own or a number right after it backs it, not the team's next step.
      const ownReason = reasonClause(s.tokens, named[0].end);
      // The next sentence backs the claim with evidence, unless it only names another principle with its own reason.
      if (
        next &&
        next.part === s.part &&
        !next.principles.some((p) => p.named) &&
        (!ownReason || next.quantities.length > 0 || (next.actor === 'i' && next.actorActs)) &&
        hasEvidence(doc, next, vocabulary, restated)
      )
        continue;
      // "This is what I'd point to for Frugality: …" right after the work it names points back at that evidence; "This is
      // Customer Obsession, because …" gives its own reason instead.
      const previous = story.sentences[s.index - 1];
      if (
        previous &&
        previous.blockIndex === s.blockIndex &&
        !ownReason &&
        POINTS_BACK.test(s.text) &&
        hasEvidence(doc, previous, vocabulary, restated)
      )
        continue;
      for (const p of unbacked) {
        report({
          messageId: 'generic',
          data: { principle: p.text, name: p.name },
          start: p.start,
          end: p.end,
          suggestions: [
            promptAfterSentence(
              s,
              'Insert prompt: For example, I … and …',
              'For example, I ${1:specific action} and ${2:measured result}.',
            ),
          ],
        });
      }
    }
  },
};

/**
 * In a sentence that names several principles, each with its own reason ("… Invent and Simplify because I simplified the
 * triage, and Deliver Results because the model was delivered on time"), a name whose reason clause follows it is judged
 * by that clause alone, up to the next name: the evidence in one reason does not back another.
 */
function ownReasonSpan(s: Sentence, p: PrincipleMention): { from: number; to: number } | undefined {
  // Mentions are in sentence order (the binary searches above rely on it too).
  const later = s.principles.filter((m) => m.named && m.start >= p.end);
  const tokens = s.tokens;
  // Names in a list share the reason after the last of them: "Ownership and Dive Deep, because …".
  let end = p.end;
  for (const m of later) {
    const between = tokens.filter((t) => t.start >= end && t.end <= m.start);
    if (between.every((t) => LIST_JOINERS.has(t.norm) || t.text === ',')) end = m.end;
    else break;
  }
  const next = later.find((m) => m.start >= end);
  const to = next ? next.start : s.end;
  const span = tokens.filter((t) => t.start >= end && t.end <= to);
  if (!span.length || !reasonClause(span, end)) return undefined;
  return { from: end, to };
}
const LIST_JOINERS = words`and or also plus as well`;

/** Whether the principle's own reason clause holds evidence; undefined when it has no reason clause of its own. */
function judgedByOwnReason(
  doc: StoryDocument,
  s: Sentence,
  p: PrincipleMention,
  vocabulary: ReadonlySet<string>,
  restated: ReadonlySet<string>,
): boolean | undefined {
  const span = ownReasonSpan(s, p);
  if (!span) return undefined;
  return hasEvidence(doc, s, vocabulary, restated, span);
}

/**
 * The stems of the named principles' own words, as a verb would carry them: Ownership → own, Earn Trust → earn, trust,
 * Invent and Simplify → invent, simplify, Bias for Action → act. A reason whose verb is one of them ("Ownership, since I
 * owned my own ramp", "Earn Trust, since they trust payroll more now", "Invent and Simplify because I simplified the
 * triage") says the name again in other words: it is no act that shows the principle.
 */
function restatedStems(named: readonly PrincipleMention[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const p of named)
    for (const w of p.name.toLowerCase().split(/[^\p{L}]+/u)) {
      if (w.length < 4 || NOT_RESTATED.has(w)) continue;
      out.add(w);
      const stem = w.replace(/(?:ership|ity|ion)$/, '');
      if (stem !== w && stem.length >= 3) out.add(stem);
    }
  return out;
}
/** Name words that are ordinary verbs or nouns of any story: "customers", "the results", "think", "the best". */
const NOT_RESTATED = words`customer results think best highest deep have from that`;

/** A sentence that opens by pointing at what came before: "This is what I'd point to for …", "That is Dive Deep …". */
const POINTS_BACK = /^\W*(?:this|that|which|all of this|all of that|this one|that one)(?:'s| is| was| shows| showed| is what| was what)\b/i;

/** Words that introduce a reason: "because we went fast", "by taking ownership", "Ownership: I …". */
const REASON_WORDS = words`because since by through via when whenever cause as`;
const REASON_MARKS = words`: \u2014 \u2013 ;`;
const TAG_LABELS = words`principle principles lp lps values value tags tag theme themes competency competencies shows demonstrates`;
/** A clause before the name gives the reason: "I owned the whole thing, which shows Ownership". */
const AFTER_COMMA_FRAMES = words`
  which showing demonstrating proving reflecting displaying embodying illustrating highlighting exemplifying
`;

// Both look up by binary search (mentions and tokens are sorted and do not overlap): scanning
// every mention for every token was quadratic in a run-on sentence of names.
function inMention(t: Token, mentions: PrincipleMention[]): boolean {
  const i = lastStartingBy(mentions, t.start);
  return i >= 0 && t.end <= mentions[i].end;
}

function quotedMention(s: Sentence, p: PrincipleMention): boolean {
  const tokens = s.tokens;
  for (let i = lastStartingBy(tokens, p.start - 1) + 1; i < tokens.length && tokens[i].start < p.end; i++) {
    if (tokens[i].end <= p.end && tokens[i].quoted) return true;
  }
  return false;
}

/** The index of the last item whose start is at most `offset`, or -1. */
function lastStartingBy(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when the sentence gives a reason for the principle, not just its name ("This story shows Ownership."). */
function givesReason(s: Sentence, named: PrincipleMention[]): boolean {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (inMention(t, s.principles)) continue;
    // "Principles: Ownership, Dive Deep" is a tag line, not a reason.
    // "Principles: Ownership", "Principles shown: Ownership": a tag line, not a reason.
    if (REASON_MARKS.has(t.text) && !(t.text === ':' && i <= 2 && tokens.slice(0, i).some((x) => TAG_LABELS.has(x.norm)))) return true;
    if (REASON_WORDS.has(t.norm)) {
      // "as" only as a conjunction with a subject: "as we moved fast", not "as a team".
      if (t.norm === 'as' && !asClause(tokens, i)) continue;
      // "since then", "since 2019", "by the end": time, not a reason.
      if (
        (t.norm === 'since' || t.norm === 'by') &&
        /^(then|that|last|joining|the|\d.*|early|late|now|friday|monday|launch|day)$/.test(tokens[i + 1]?.norm ?? '') &&
        !(t.norm === 'since' && sinceClause(tokens, i))
      )
        continue;
      return true;
    }
    if (t.text === ',' && AFTER_COMMA_FRAMES.has(tokens[i + 1]?.norm ?? '')) return true;
  }
  // What the principle meant to the writer: "Ownership for me meant staying on them until they fixed it".
  const first = named[0];
  const after = normsAfter(s, first.end);
  const k = (after[0] === 'for' || after[0] === 'to') && after[1] === 'me' ? 2 : 0;
  if (after[k] === 'meant' || after[k] === 'means') return true;
  // A label opening the sentence: "For Ownership, I made sure it got done."
  const afterFirst = tokens.findIndex((t) => t.start >= first.end);
  const before = tokens.filter((t) => t.end <= first.start).length;
  return (
    afterFirst >= 0 &&
    tokens[afterFirst].text === ',' &&
    before <= 5 &&
    !s.principles.some((p) => p.start > first.end && p.start < (tokens[afterFirst + 2]?.end ?? 0))
  );
}

/**
 * True when the principle's name is followed by its reason in a clause: "Ownership, because …", "since it was …", "as
 * everything we do …". After a colon the sentence tells the evidence ("… for Earn Trust: she trusted us because …").
 */
function reasonClause(tokens: Token[], from: number): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < from) continue;
    if (t.text === ':') return false;
    if (t.norm === 'because' || (t.norm === 'since' && sinceClause(tokens, i)) || (t.norm === 'as' && asClause(tokens, i))) return true;
  }
  return false;
}

/** "as" as a conjunction with a subject: "as we moved fast", "as everything we do is for the public"; not "as a team". */
function asClause(tokens: Token[], i: number): boolean {
  return AS_SUBJECTS.has(tokens[i + 1]?.norm ?? '');
}
const AS_SUBJECTS = words`i we it they the our my everything everyone this that you he she people nothing`;

/** "since the dock is the first thing anyone sees": a clause with its own verb gives a reason; "since the launch" is time. */
function sinceClause(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < tokens.length && k <= i + 6; k++) if (CLAUSE_VERBS.has(tokens[k].norm)) return true;
  return false;
}
const CLAUSE_VERBS = words`is was are were has had does did`;

/** Verbs that claim a principle outright: "It showed Customer Obsession." */
const CLAIM_VERBS = words`
  show shows showed shown demonstrates demonstrated exemplifies exemplified reflects reflected displays displayed embodies embodied
  illustrates illustrated highlights highlighted proves proved showcases showcased about fits fitted map maps mapped example
`;
/** Slogans around a name: "Classic Bias for Action.", "Ownership all the way." */
const SLOGAN_BEFORE = words`classic pure textbook true real`;
const SLOGAN_AFTER = [
  ['all', 'the', 'way'],
  ['in', 'action'],
  ['at', 'its', 'best'],
  ['at', 'work'],
  // "That's Think Big, Bias for Action and Deliver Results all in one."
  ['all', 'in', 'one'],
  // "Earn Trust came into it too.", "Frugality was in there as well.": a name dropped in passing.
  ['came', 'into', 'it'],
  ['comes', 'into', 'it'],
  ['was', 'in', 'there'],
  ['is', 'in', 'there'],
  ['came', 'into', 'play'],
  ['comes', 'into', 'play'],
  // A creed in place of a reason: "Customer Obsession is at the heart of everything I do", "… is really the heart of it".
  ['is', 'at', 'the', 'heart'],
  ['is', 'really', 'the', 'heart'],
];

/**
 * A name dropped with no reason at all: a short sentence that claims the
 * principle ("This story shows Ownership.") or sloganises it ("Classic Bias for
 * Action."). A tag line ("Principles: Ownership, Dive Deep") is a label, not a claim.
 */
function dropsName(s: Sentence, named: PrincipleMention[]): boolean {
  const tokens = s.tokens;
  // The words after the last name, read once: a trait ("… is my whole personality"), a slogan, a state.
  const after = normsAfter(s, named[named.length - 1].end);
  if (definedAndClaimed(s, named) || worn(after) || TRAIT_CLAUSE.test(after.join(' '))) return true;
  // A creed in place of a reason, before the name: "I'm a great believer in Customer Obsession", "this really came down to
  // Ownership and Earn Trust".
  if (CREED_BEFORE.test(s.text.slice(0, named[0].start - s.start))) return true;
  if (SLOGAN_AFTER.some((words) => words.every((w, i) => after[i] === w))) return true;
  if (tokens.filter((t) => /^\p{L}/u.test(t.text)).length > 16) return false;
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon > 0 && colon <= 2 && TAG_LABELS.has(tokens[0].norm)) return false;
  const first = named[0];
  const before = tokens.filter((t) => t.end <= first.start);
  if (before.some((t) => CLAIM_VERBS.has(t.norm))) return true;
  if (SLOGAN_BEFORE.has(before[before.length - 1]?.norm ?? '')) return true;
  // "Ownership, Bias for Action and Deliver Results were all important on this project."
  if (!COPULAS.has(after[0] ?? '')) return false;
  const k = DEGREE_WORDS.has(after[1] ?? '') ? 2 : 1;
  return NAME_DROP_STATES.has(after[k] ?? '');
}
const COPULAS = words`is was were are`;

/** The sentence's words from an offset on, as read (lower case): what follows a principle's name. */
function normsAfter(s: Sentence, offset: number): string[] {
  return s.tokens.filter((t) => t.start >= offset).map((t) => t.norm);
}

/** "Customer Obsession is about putting the customer first, and that's exactly what we did": a definition, then a claim to it. */
function definedAndClaimed(s: Sentence, named: PrincipleMention[]): boolean {
  const after = normsAfter(s, named[0].end);
  const about = COPULAS.has(after[0] ?? '') && (after[1] === 'about' || (after[1] === 'all' && after[2] === 'about'));
  return about && CLAIMED_IT.test(s.text.slice(named[0].end - s.start));
}
const CLAIMED_IT = /\bthat(?:'s|\u2019s| is| was) (?:exactly |just |precisely |pretty much )?what (?:i|we) did\b/i;

/** A principle worn as a trait, read in the words after the last name: "Bias for Action is pretty much my whole personality". */
function worn(after: readonly string[]): boolean {
  if (!COPULAS.has(after[0] ?? '')) return false;
  const rest = after.slice(1, 8).join(' ');
  return TRAIT.test(rest);
}
/** What the writer is, named as a principle's reason: "who I am", "in my DNA". */
const SELF_TRAITS = 'who i am|part of who i am|in my dna';
const TRAIT = new RegExp(
  String.raw`\b(?:my (?:whole )?personality|${SELF_TRAITS}|second nature|my middle name|` +
    String.raw`something i (?:have )?(?:always )?(?:live|lived) by)\b`,
);
/** The trait told in a clause of its own after the names: "I'd say that's Have Backbone, and honestly it's just who I am". */
const TRAIT_CLAUSE = new RegExp(String.raw`\b(?:it's|it is|that's|that is) (?:just |simply |exactly )?(?:${SELF_TRAITS})\b`);
/** A creed right before the first name: "a great believer in …", "it came down to …". */
const CREED_BEFORE = /\b(?:(?:great|big|firm|strong|huge|true) believer in|(?:came|comes|boils|boiled) down to)\s*$/i;
const DEGREE_WORDS = words`all really very both also definitely clearly so`;
const NAME_DROP_STATES = words`important key crucial central essential vital relevant evident visible present involved`;

/** A quantity, a code span, or a word that names something particular. */
function hasEvidence(
  doc: StoryDocument,
  s: Sentence,
  vocabulary: ReadonlySet<string>,
  restated: ReadonlySet<string>,
  span: { from: number; to: number } = { from: s.start, to: s.end },
): boolean {
  if (s.quantities.some((q) => q.start >= span.from && q.end <= span.to)) return true;
  if (doc.text.slice(span.from, span.to).includes('`')) return true;
  // A particular word counts when it tells what the writer did ("because I interviewed merchants about
  // refunds") or names something ("the old Jenkins boxes"); "since the dock is the first thing anyone sees
  // of the site" or "building trust with the drivers" names things but no act of the writer's. What the writer
  // is like ("since I always see things through", "as I genuinely care about users", "because I'm someone who
  // speaks up") is character, not an act: only a clause whose writer verb is in the past tells an event.
  // A habit told in the present counts when it names a concrete object ("I send the clinic managers a summary of every
  // incident"): two particular words in the clause, where a past act needs one.
  const clauses = writerClauses(s.tokens);
  const habitWords = new Map<number, number>();
  // Whether each clause's verb says a named principle again: read once per clause, not at each of its words.
  const restating = new Map<number, boolean>();
  const restates = (c: WriterClause): boolean => {
    let r = restating.get(c.id);
    if (r === undefined) restating.set(c.id, (r = baseForms(c.verb).some((w) => restated.has(w))));
    return r;
  };
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.start < span.from || t.end > span.to) continue;
    if (inMention(t, s.principles) || !isSpecific(t, vocabulary)) continue;
    const c = clauses[i];
    if (isProperNoun(s, i)) return true;
    // A clause whose verb says the principle's name again backs nothing, whatever it names.
    if (c && restates(c)) continue;
    if (c?.event) return true;
    if (c) {
      const n = (habitWords.get(c.id) ?? 0) + 1;
      if (n >= 2 && !c.character) return true;
      habitWords.set(c.id, n);
    }
  }
  return false;
}

function isProperNoun(s: Sentence, i: number): boolean {
  return (
    i > 0 &&
    /^\p{Lu}/u.test(s.tokens[i].text) &&
    s.tokens[i].norm !== 'i' &&
    !roleHeld(s.tokens, i) &&
    !/^[.:;!?]$/.test(s.tokens[i - 1].text)
  );
}

/**
 * A job title in capitals that names the role someone holds, not a particular person or thing: "because as a CFO I believe
 * …", "as the GM I hold myself accountable" (not "when the CFO asked to cut the fraud checks", a person in an event).
 */
function roleHeld(tokens: Token[], i: number): boolean {
  if (!ROLE_TITLES.has(tokens[i].norm)) return false;
  const before = tokens[i - 1]?.norm;
  return before === 'a' || before === 'an' || (before === 'the' && tokens[i - 2]?.norm === 'as');
}
const ROLE_TITLES = words`ceo cfo cto coo cio cmo cpo ciso vp svp evp md gm hr`;

function isSpecific(t: Token, vocabulary: ReadonlySet<string>): boolean {
  if (/\d/.test(t.text)) return /\p{L}/u.test(t.text);
  if (!/^\p{L}/u.test(t.text)) return false;
  // "customer-facing" is as vague as its parts; "payment-retry" is specific.
  return t.norm
    .split(/[-\u2011]/)
    .some(
      (part) =>
        part && !baseForms(part).some((w) => FUNCTION_WORDS.has(w) || GENERIC_WORDS.has(w) || SERVED_GROUPS.has(w) || vocabulary.has(w)),
    );
}

/** The word and its likely base forms: customers → customer, moved → move, stopped → stop, quickly → quick. */
export function baseForms(word: string): string[] {
  const w = word.replace(/'s$/, '').replace(/'$/, '');
  const out = [w];
  const strip = (suffix: string, add = '') => {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) out.push(w.slice(0, -suffix.length) + add);
  };
  strip('s');
  strip('es');
  strip('ies', 'y');
  strip('ied', 'y');
  strip('ed');
  strip('ed', 'e');
  strip('d');
  strip('ing');
  strip('ing', 'e');
  strip('ly');
  strip('ily', 'y');
  for (const base of out.slice(1)) if (/([bdfgklmnprtz])\1$/.test(base)) out.push(base.slice(0, -1));
  return out;
}

/** The words of the principle names and aliases in use: naming a principle is not evidence for it. */
function principleWords(principles: PrincipleMatcher): ReadonlySet<string> {
  // Asked by every story: read once per principle list.
  let words = VOCABULARIES.get(principles);
  if (!words) VOCABULARIES.set(principles, (words = readPrincipleWords(principles)));
  return words;
}

const VOCABULARIES = new WeakMap<PrincipleMatcher, ReadonlySet<string>>();

function readPrincipleWords(principles: PrincipleMatcher): Set<string> {
  const words = new Set<string>();
  for (const d of principles.defs) {
    for (const form of [d.name, ...(d.aliases ?? [])])
      for (const w of form.toLowerCase().split(/[^\p{L}']+/u)) if (w) words.add(w.replace(/'s$/, ''));
  }
  return words;
}
