/*
 * Part-of-speech tagging was measured for telling a participle from an adjective here (wink-nlp 2.4
 * with wink-eng-lite-web-model 1.8, both MIT, installed by npm ci with no download at run time;
 * 2026-12, blind dev part and team corpus) and dropped. Requiring the tagger's VERB on the participle
 * took dev passive-voice from 38 found / 9 false alarms / 4 missed to 38 / 8 / 4 (only "most of them
 * were retired" left), team 12 / 0 / 0 unchanged; letting the tag replace isParticiple gave dev
 * 38 / 20 / 4 and team 12 / 4 / 0 ("was running", "were live" are VERB or AUX readings). The cost:
 * 4.6 MB of packages, ~320 ms to load the model, ~3 ms per 600 words warm (8 ms cold) on top of the
 * engine's ~13-19 ms, about a fifth more lint time for one false alarm.
 */
import type { Rule } from '../rule';
import type { Sentence, SectionKind, Token } from '../types';
import { activeRewrite } from '../coaching/active-rewrite';
import {
  BE_FORMS,
  BE_AUXILIARIES,
  BETWEEN,
  IRREGULAR_PARTICIPLES,
  STATIVE_PARTICIPLES,
  EVENT_PARTICIPLES,
  PRESENT_BE,
  TIME_CLAUSE,
  BELIEF_CLAUSE,
  TIMED_STATES,
  SPAN_WORDS,
  EMBEDDED_CLAUSE,
  NOT_PARTICIPLES,
  BY_NOT_AGENT,
  BY_NOT_AGENT_NOUNS,
  PERSONAL_SUBJECTS,
  PARTICLES,
  PEOPLE_STATES,
  PEOPLE_SUBJECTS,
  NEGATIONS,
  HABITUAL,
} from '../lexicons/passive';
import { startsWithLetter } from '../language/text';
import { words } from '../lexicons/words';
import { DETERMINERS } from '../lexicons/function-words';

const THAT = words`that this`;

interface Options {
  /** Sections whose sentences are checked. */
  sections: SectionKind[];
  /** Participles (lower case) to accept. */
  ignore: string[];
}

export const passiveVoice: Rule<Options> = {
  id: 'passive-voice',
  meta: {
    level: 'sentence',
    defaultSeverity: 'hint',
    summary: 'A passive sentence ("the decision was made") hides who acted.',
    why:
      'In the Action and Result, the interviewer is listening for who did what. "The fix was deployed" or "the decision was made" ' +
      'leaves them guessing whether it was you, your team or someone else, and a guess usually goes against you.',
    strong:
      'Put the one who acted first: "I deployed the fix", "my manager and I decided". If someone else did it, name them; that shows ' +
      'you know how the work got done.',
    example: {
      weak: 'The decision was made to roll back, and the fix was deployed the next morning.',
      strong: 'I decided to roll back, and I deployed the fix the next morning after the on-call lead reviewed it.',
    },
    followUp: 'Who made that call? Was that you?',
    messages: {
      passive: '`{phrase}` hides who acted. Name who did it — if it was you, say `I`.',
    },
    grouped: {
      many: '{count} passives hide who acted ({list}). Name who did each — if it was you, say `I`.',
      also: '`{phrase}` hides who acted too ({index} of {count}; the first is on line {line}).',
      listKey: 'phrase',
    },
    defaultOptions: { sections: ['action', 'result', 'learning'], ignore: [] },
    optionDocs: {
      sections:
        'Sections to check; the Situation and Task are left out by default, since background often has no actor worth naming. A ' +
        'decision told with no one making it ("it was decided that …") is flagged there too.',
      ignore: 'Words or phrases to accept: an underlined passive holding one is not flagged (for example `["promoted"]`).',
    },
  },
  examples: {
    valid: [
      {
        name: 'the actor named, a state rather than an action, and "I was asked"',
        text:
          '## Ledger migration\n\n**Situation:** The ledger service was written in 2014.\n\n**Action:** I was asked to lead the ' +
          'migration. The budget was approved by the CFO, and I was excited to start. I moved the nightly jobs first.\n\n**Result:** I ' +
          'cut the batch time from 6 hours to 40 minutes.\n',
      },
    ],
    invalid: [
      {
        name: 'actions told without their actor',
        text:
          '## Payout outage\n\n**Situation:** A payout run failed halfway.\n\n**Action:** A schema migration had been deployed ' +
          'without an index. The missing index was added and the run was restarted.\n\n**Result:** All payouts landed the same day.\n',
        expect: ['passive', 'passive', 'passive'],
      },
    ],
  },
  check({ doc, story, options, report }) {
    const parts = new Set<string>(options.sections);
    for (const s of story.sentences) {
      // The background may go without its actors, but not a decision: "it was decided that we would move to Arbor" leaves the
      // interviewer asking who decided wherever it is told (blind dev part: 22 of 24 such Situation and Task lines marked).
      const background = !parts.has(s.part);
      if (background && s.part !== 'situation' && s.part !== 'task') continue;
      // Most background sentences hold no decision word: no need to look for their passives.
      if (background && !s.tokens.some((t) => DECISION_PARTICIPLES.has(t.norm))) continue;
      for (const hit of passivesIn(s)) {
        if (background && !hiddenDecision(s.tokens, hit)) continue;
        // "it never got migrated", "the shifts weren't approved", "none of them had been flagged": an act that did not
        // happen has no actor to hide.
        if (negated(s.tokens, hit)) continue;
        // "the date had already been taken by another couple", "the app had just been updated": a state the story found, told
        // in the perfect, not an act the writer hides (blind dev part: 1 of 11 marked).
        if (alreadyDone(s.tokens, hit)) continue;
        // "Every invoice was printed and posted by hand": how the process ran, told like the present "is reviewed".
        if (habitual(s.tokens, hit)) continue;
        // "72% of the prescriptions were written after 11 am", "about 60% of the slots were filled": a measured fact.
        if (measuredSubject(s, hit)) continue;
        // "was switched off": the prompt goes after the particle.
        const last = PARTICLES.has(s.tokens[hit.participle + 1]?.norm ?? '') ? hit.participle + 1 : hit.participle;
        const phrase = s.tokens
          .slice(hit.first, last + 1)
          .map((t) => t.text)
          .join(' ');
        const at = s.tokens[last].end;
        report({
          messageId: 'passive',
          data: { phrase },
          start: s.tokens[hit.first].start,
          end: at,
          suggestions: [activeRewrite(doc, s, hit.first, hit.participle, last)],
        });
      }
    }
  },
};

interface Passive {
  /** First token of the verb group ("has" in "has been deployed"). */
  first: number;
  participle: number;
}

const isWordToken = (t: Token | undefined): t is Token => !!t && startsWithLetter(t.text);
const isAdverb = (t: Token) => t.norm.length > 4 && t.norm.endsWith('ly');
/** Degree words that grade a quality, never an act: "really polished", "so rushed", "pretty well organised". */
const DEGREE_BEFORE = words`really very so quite pretty super incredibly extremely too fairly rather`;

/** The passives in a sentence: a form of "be", then a past participle, with no "by <someone>" after it. */
export function passivesIn(s: Sentence): Passive[] {
  const tokens = s.tokens;
  const out: Passive[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const be = tokens[i];
    if (!BE_FORMS.has(be.norm) || be.quoted) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && (BETWEEN.has(tokens[j].norm) || isAdverb(tokens[j]))) j++;
    const p = tokens[j];
    if (!isWordToken(p) || p.quoted || !isParticiple(p)) continue;
    // "the pods were OOM-killed": a compound read by its last part, here an event no one is behind.
    const base = p.norm.slice(p.norm.lastIndexOf('-') + 1);
    if (STATIVE_PARTICIPLES.has(base) || EVENT_PARTICIPLES.has(base) || madeOf(tokens, j)) continue;
    // "The prototype was really polished", "the handover was so rushed": a degree word makes the participle a quality.
    if (DEGREE_BEFORE.has(tokens[j - 1]?.norm ?? '')) continue;
    // "Orders were being released in the sequence they arrived", "a programme being imposed on them": what was under way,
    // the scene an act of the writer's comes into, not an act told.
    if (be.norm === 'being') continue;
    // "the GPU cluster was closed over the Christmas break": how long a place stayed shut, not who shut it.
    if (TIMED_STATES.has(p.norm) && SPAN_WORDS.has(tokens[j + 1]?.norm ?? '')) continue;
    // "most of them were retired": a state of people, not an act done to them.
    if (PEOPLE_STATES.has(p.norm) && PEOPLE_SUBJECTS.has(tokens[i - 1]?.norm ?? '')) continue;
    // "is reviewed", "are deployed" (not "has been decided"): a general description of how things work.
    if (PRESENT_BE.has(be.norm)) continue;
    if (inTimeClause(tokens, i)) continue;
    if (unrealised(tokens, i)) continue;
    if (hasPersonalSubject(tokens, i)) continue;
    if (hasAgent(s, j)) continue;
    let first = i;
    while (
      first > 0 &&
      first > i - 2 &&
      (BE_AUXILIARIES.has(tokens[first - 1].norm) || BE_FORMS.has(tokens[first - 1].norm)) &&
      !tokens[first - 1].quoted
    )
      first--;
    // "had to be rolled back": the obligation belongs to the verb group.
    if (be.norm === 'be' && tokens[first - 1]?.norm === 'to' && OBLIGED.has(tokens[first - 2]?.norm ?? '')) first -= 2;
    out.push({ first, participle: j });
    i = j;
  }
  return out;
}

function isParticiple(t: Token): boolean {
  const w = t.norm;
  if (IRREGULAR_PARTICIPLES.has(w)) return true;
  if (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w) || w.length < 5 || !w.endsWith('ed')) return false;
  // "untested", "unused": adjectives made from participles.
  if (w.startsWith('un')) return false;
  // "team-based", "manager-led": a compound that names its agent or makes an adjective hides no one.
  if (AGENT_COMPOUND.test(w)) return false;
  return !NOT_PARTICIPLES.has(w);
}

/** A noun joined to a participle that names who or what stands behind it: "team-based", "manager-led", "data-driven". */
const AGENT_COMPOUND =
  /^\p{Ll}{2,}-(?:based|led|driven|owned|funded|sponsored|focused|centred|centered|oriented|related|powered|backed|sourced|shaped|sized)$/u;

/**
 * A passive that only says what is possible or meant to happen hides no one's act: "could be fixed",
 * "should be charged", "to be charged", "would otherwise have been mischarged", "she'd rather the model be shown as it was
 * than be rushed". A bare "be" tells an act only as a plan with an owner ("will be reviewed") or as what had to happen and
 * did ("the release had to be rolled back"). ("Was never run" is a gap, which the rule's check leaves out: no act, no actor.)
 */
function unrealised(tokens: Token[], i: number): boolean {
  const before = (k: number) => {
    while (k >= 0 && (BETWEEN.has(tokens[k].norm) || isAdverb(tokens[k]) || tokens[k].norm === 'otherwise')) k--;
    return k;
  };
  const k = before(i - 1);
  const word = tokens[k]?.norm ?? '';
  if (tokens[i].norm === 'be') {
    if (PLANNED.has(word)) return false;
    // "the release had to be rolled back", "four calls needed to be made": an obligation told as done.
    return !(word === 'to' && OBLIGED.has(tokens[before(k - 1)]?.norm ?? ''));
  }
  // "it would have been caught", "every basket that would otherwise have been mischarged": a counterfactual, no act that happened.
  return MODALS.has(word) || (['have', "'ve"].includes(word) && MODALS.has(tokens[before(k - 1)]?.norm ?? ''));
}
const MODALS = words`could would should might may can must to can't cannot`;
/** Participles of handling a problem, whose actor a "how …" clause still hides: "pleased with how it was handled". */
const HANDLING = words`handled managed resolved communicated`;
/** What makes a bare "be" a plan with an owner: "will be reviewed", "it'll be covered". */
const PLANNED = words`will 'll shall`;
/** Verbs whose past makes "to be" an act that had to happen and did: "had to be rolled back", "needed to be re-run". */
const OBLIGED = words`had needed`;

/**
 * A decision told with no one making it: "it was decided that …", "it was agreed", "it was made clear that …", "the decision
 * was taken to …", "a call was made".
 */
function hiddenDecision(tokens: Token[], hit: Passive): boolean {
  const p = tokens[hit.participle].norm;
  const subject = tokens[hit.first - 1]?.norm ?? '';
  if (subject === 'it') return DECIDED.has(p) || (p === 'made' && tokens[hit.participle + 1]?.norm === 'clear');
  return DECISION_NOUNS.has(subject) && MADE.has(p);
}
const DECIDED = words`decided agreed`;
/** What is done to a decision or a call: "the decision was taken", "a call was made". */
const MADE = words`made taken`;
const DECISION_PARTICIPLES = words`${DECIDED} ${MADE}`;
const DECISION_NOUNS = words`decision call`;

/**
 * The "be" at `i` sits in a time clause that sets the scene ("… when the old system was replaced") or in an
 * embedded clause that describes a fact ("… by how the appointment had been booked", "where it was bought").
 */
function inTimeClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k];
    // "After that the contractor was replaced": "after that" is when, not a clause that sets the scene.
    if (TIME_CLAUSE.has(t.norm)) return !(THAT.has(tokens[k + 1]?.norm ?? '') && DETERMINERS.has(tokens[k + 2]?.norm ?? ''));
    // "how the appointment had been booked" describes; "how to proceed was settled" hides who settled it. So does "(pleased
    // with) how it was handled": the handling is the act the story is about, and its actor is left out.
    if (EMBEDDED_CLAUSE.has(t.norm) && tokens[k + 1]?.norm !== 'to') return !(t.norm === 'how' && HANDLING.has(tokens[i + 1]?.norm ?? ''));
    // "I had assumed accessibility was covered": what the writer believed, not an act that happened.
    if (BELIEF_CLAUSE.has(t.norm)) return true;
    // "more than what was scoped", "whatever had been published overnight": the thing, as a noun, not an act told. Not
    // "what happened was the date got released", where "what" opens a clause of its own.
    if ((t.norm === 'what' || t.norm === 'whatever') && k >= i - 2) return true;
    if (!/^[\p{L}\p{N}'-]/u.test(t.text)) return false;
  }
  return false;
}

/** True when the passive is denied: a negation inside the verb group or in the few words of its subject. */
export function negated(tokens: Token[], hit: Passive): boolean {
  for (let k = hit.participle - 1; k >= 0 && k >= hit.first - 4; k--) {
    if (NEGATIONS.has(tokens[k].norm) || tokens[k].norm.endsWith("n't")) return true;
    if (/^[,;:\u2014\u2013()]$/.test(tokens[k].text)) break;
    // "accounts that had not been remediated were placed on restriction": the "not" denies the other verb group.
    if (k < hit.first && BE_FORMS.has(tokens[k].norm)) break;
  }
  return false;
}

/** A perfect passive with "already", "just" or "only" in its verb group: "had already been sent", "had only been tested". */
function alreadyDone(tokens: Token[], hit: Passive): boolean {
  let perfect = false;
  let state = false;
  // "had already been": the adverb may sit before "been", outside the verb group the rule underlines.
  for (let k = Math.max(0, hit.first - 2); k < hit.participle; k++) {
    if (tokens[k].norm === 'been') perfect = true;
    if (STATE_ADVERBS.has(tokens[k].norm) && (k >= hit.first || BE_AUXILIARIES.has(tokens[k - 1]?.norm ?? ''))) state = true;
  }
  return perfect && state;
}
const STATE_ADVERBS = words`already just only`;

/** A routine in the passive's own subject or verb group: "Every invoice was printed", "orders were usually picked". */
function habitual(tokens: Token[], hit: Passive): boolean {
  for (let k = hit.participle - 1; k >= 0 && k >= hit.first - 4; k--) {
    // "A new weekly checklist was introduced", "the weekly sample meeting was moved": a frequency that names the thing, after
    // its determiner, is no routine of the act.
    if (HABITUAL.has(tokens[k].norm) && !(FREQUENCIES.has(tokens[k].norm) && NAMING_BEFORE.has(tokens[k - 1]?.norm ?? ''))) return true;
    if (/^[,;:\u2014\u2013()]$/.test(tokens[k].text)) break;
  }
  return false;
}
const FREQUENCIES = words`weekly daily nightly monthly`;
const NAMING_BEFORE = words`${DETERMINERS} new single shared`;

/** Words that end the subject of a passive, looking back from its verb. */
const SUBJECT_STOPS = words`and but so because while when after before which that who since until or then`;

/**
 * The passive's subject is a share: "72% of take-home prescriptions were written after 11 am", "about 60% of the slots
 * were filled", "three of the four bids were rejected". A count ("174 passengers were put up in hotels") can still hide
 * who acted.
 */
function measuredSubject(s: Sentence, hit: Passive): boolean {
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 8; k--) {
    const t = s.tokens[k];
    if (SUBJECT_STOPS.has(t.norm) || /^[.,;:!?]$/.test(t.text)) return false;
    const share = s.quantities.some((q) => q.kind === 'percent' && q.start <= t.start && t.end <= q.end);
    if (share || ((/^\d/.test(t.text) || SHARE_WORDS.has(t.norm)) && s.tokens[k + 1]?.norm === 'of')) return true;
  }
  return false;
}

/** Words that take a share of a whole before "of": "three of the four bids", "most of the slots". */
const SHARE_WORDS = words`two three four five six seven eight nine ten half most some many all none`;

/** "made up of", "made of": what something consists of. */
function madeOf(tokens: Token[], j: number): boolean {
  return tokens[j].norm === 'made' && (tokens[j + 1]?.norm === 'of' || (tokens[j + 1]?.norm === 'up' && tokens[j + 2]?.norm === 'of'));
}

/** "I was asked", "we were given", "he was promoted", and relative clauses ("the build that was deployed"). */
function hasPersonalSubject(tokens: Token[], be: number): boolean {
  let k = be - 1;
  while (
    k >= 0 &&
    (BE_AUXILIARIES.has(tokens[k].norm) || BE_FORMS.has(tokens[k].norm) || BETWEEN.has(tokens[k].norm) || isAdverb(tokens[k]))
  )
    k--;
  const subject = tokens[k];
  if (!subject) return false;
  return PERSONAL_SUBJECTS.has(subject.norm) || ['that', 'which', 'who', 'there'].includes(subject.norm);
}

/** True when "by <someone>" follows in the same clause; "by 40%", "by Friday" or "by rolling back" name no one. */
function hasAgent(s: Sentence, participle: number): boolean {
  const tokens = s.tokens;
  for (let k = participle + 1; k < tokens.length && k <= participle + 8; k++) {
    const t = tokens[k];
    if (/^[,;:\u2014\u2013()]$/.test(t.text)) return false;
    // "The rollout was halted and a hotfix was put together by Tuesday": a "by" after the next verb group is that one's.
    if (BE_FORMS.has(t.norm)) return false;
    if (t.norm !== 'by') continue;
    const next = tokens[k + 1];
    if (!next) return false;
    // "by 40%", "by two days" measure; "by two staff engineers" names who.
    const q = s.quantities.find((x) => x.start <= next.start && next.start < x.end);
    if (q) return q.kind === 'count';
    // "region by region"
    if (tokens[k - 1]?.norm === next.norm) continue;
    if (/^[\d$\u20ac\u00a3]/.test(next.text) || BY_NOT_AGENT.has(next.norm) || next.norm.endsWith('ing')) return false;
    if (['a', 'an', 'the'].includes(next.norm) && BY_NOT_AGENT_NOUNS.has(tokens[k + 2]?.norm ?? '')) return false;
    return true;
  }
  return false;
}
