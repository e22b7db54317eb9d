import type { Actor, Sentence, Token } from '../types';
import { words } from '../lexicons/words';
import { DETERMINERS, PREPOSITIONS, SAYING_VERBS } from '../lexicons/function-words';
import { IRREGULAR_PARTICIPLES } from '../lexicons/passive';
import { startsWithLetter } from './text';

/*
 * Who acts in a sentence. English marks the subject pronouns I and we by case,
 * so each one (outside quotations) is a clause subject; the sentence's main
 * actor is the first subject of its main clause, after any leading
 * subordinate clause or introductory phrase ("When we launched, I …").
 */

/** Words that open a condition: a subject after one tells what might be done, not what was. */
const CONDITIONS = words`if unless whether`;
const SUBORDINATORS = words`when after before once while because since although though if as until whenever unless whereas whether`;
/**
 * Prepositions that open an introductory phrase ("In the second week, we …"), with words that work as one there ("Thanks to …",
 * "Based on …").
 */
const INTRO_PREPOSITIONS = words`${PREPOSITIONS} following thanks due given based using`;
const SKIP = words`
  then also so and but next finally first eventually together quickly soon later meanwhile ultimately initially personally immediately
  jointly still just now thus therefore instead afterwards afterward subsequently collectively all both only even again always never
  really actually eventually gradually
`;
const TEAM_HEADS = words`our my the whole`;
const TEAM_NOUNS = words`team squad group crew department org organization organisation engineers teams`;
const NOT_PRONOUN_BEFORE_I = words`
  phase type part stage level tier series class grade war chapter round season gen model act volume vol appendix henry louis world
`;
const I_FORMS = words`i i'm i've i'd i'll`;
const WE_FORMS = words`we we're we've we'd we'll`;
const GROUP_SUBJECTS = words`everyone everybody`;
/** Verbs not in -ed whose object a group or team often is: "told everyone", "got the team together". */
const OBJECT_VERBS = words`told tell gave give sent send met meet brought bring got get kept keep left showed show taught teach let`;

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
  // "part of the group", "on the team", "revision for everyone": an object of a preposition, not a subject.
  const prev = tokens[i - 1]?.norm ?? '';
  // "Chased everyone daily", "I briefed the team": the object of a verb before it.
  const object = OBJECT_VERBS.has(prev) || (prev.length > 4 && prev.endsWith('ed'));
  if (GROUP_SUBJECTS.has(t.norm)) return INTRO_PREPOSITIONS.has(prev) || prev === 'for' || object ? -1 : i;
  if (!TEAM_HEADS.has(t.norm)) return -1;
  if (INTRO_PREPOSITIONS.has(prev) || object) return -1;
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

export interface ActorInfo {
  actor: Actor;
  token?: Token;
  /** The main actor does something: not a state ("we were proud"), an opinion ("I think") or weak ownership ("I helped with"). */
  acts: boolean;
  iActions: number;
  weActions: number;
}

/** What a subject's predicate is: an action, a state or opinion, or weak ownership. */
export type Predicate = 'action' | 'state' | 'weak';

const OPINION_VERBS = words`
  think thought guess believe believed feel felt hope hoped suppose reckon mean wonder wondered wish know knew remember recall
`;
/** Modals of a view or a road not taken: "I would say", "I would have started earlier". */
const HYPOTHETICAL_MODALS = words`would could might should`;
const WEAK_VERBS = words`helped help supported assisted contributed participated joined`;
/** Weak verbs that are still an act when the group is their subject: "we helped the school move". */
const GROUP_HELP = words`helped help supported assisted`;
const BE = words`was were am is are been wasn't weren't`;
/** Adjectives that end in -ing, after "was": "the teams were amazing" is a state, not "were running". */
const ING_ADJECTIVES = words`
  amazing interesting outstanding exciting challenging frustrating surprising encouraging rewarding boring confusing annoying
  demanding convincing promising welcoming willing caring loving missing understanding accommodating disappointing inspiring
  overwhelming exhausting stunning thriving struggling worrying shocking satisfying pleasing
`;
/** How a group reacted, not what it did: "everyone in the department says it's better", "the team loved it". */
const GROUP_REACTIONS = words`says said say loved loves liked likes enjoyed enjoys agreed agrees commented thinks feels`;
/** Verbs that tell how things ended for the subject: an outcome, not an act. */
const OUTCOME_VERBS = words`lost won placed ranked`;
const PLACES = words`first second third fourth fifth sixth last top bottom joint`;
/** What people receive rather than do: "we got lots of lovely messages". */
const RECEIVED = words`messages feedback thanks compliments cards emails reviews praise letters calls comments donations`;
const QUANTIFIERS = words`lots loads plenty many some several hundreds dozens a so such great really`;
/** Verbs that receive a mark: "we got 58", "we scored a first". */
const MARK_VERBS = words`got scored`;
const HAVE = words`had have has`;
const NOT_HAVE = words`haven't hasn't hadn't`;
/** What a group was spared: "we haven't had", "we hadn't seen". */
const SPARED = words`had seen`;
/** Trouble that stopped happening to a group: "we stopped losing logs", "we stopped getting paged". */
const ENDED_TROUBLE = words`losing missing getting dropping`;
const STATE_CONTRACTIONS = words`i'm we're`;
/** Past participles without -ed after "had" ("I had built", "we had led") are actions: the passive rule's list, and "got". */
const HAD_PARTICIPLES = words`${IRREGULAR_PARTICIPLES} got gotten`;

const CLAUSE_OPENERS = words`, ; \u2014 and so but then yet`;

const isAdverb = (t: Token | undefined) => !!t && (SKIP.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ly')));

/** The predicate of the subject ending at token `end`. */
export function predicateAfter(tokens: Token[], end: number): Predicate {
  const subject = tokens[end];
  let k = end + 1;
  // "Everyone on the team was …", "the team from Dublin shipped …": the verb comes after the phrase.
  if (['on', 'in', 'at', 'from', 'of'].includes(tokens[k]?.norm ?? '') && !/^(?:i|we)$/.test(subject.norm)) {
    let j = k + 1;
    const verbAt = (t: Token) => BE.has(t.norm) || HAVE.has(t.norm) || GROUP_REACTIONS.has(t.norm);
    while (j < tokens.length && j <= k + 4 && startsWithLetter(tokens[j].text) && !verbAt(tokens[j])) j++;
    if (j < tokens.length && verbAt(tokens[j])) k = j;
  }
  while (k < tokens.length && isAdverb(tokens[k])) k++;
  const v = tokens[k]?.norm ?? '';
  if (STATE_CONTRACTIONS.has(subject.norm)) return v.endsWith('ing') ? 'action' : 'state';
  if (OPINION_VERBS.has(v) || (subject.norm === "i'd" && v === 'say')) return 'state';
  // "I would say that is Are Right, A Lot", "I would have started the pods earlier", "we could have pushed back": a view or
  // a road not taken, not something done.
  if (HYPOTHETICAL_MODALS.has(v) && (SAYING_VERBS.has(tokens[k + 1]?.norm ?? '') || tokens[k + 1]?.norm === 'have')) return 'state';
  if (GROUP_REACTIONS.has(v) && !I_FORMS.has(subject.norm) && !WE_FORMS.has(subject.norm)) return 'state';
  // "We helped evacuate the care home" is the group's act, told as a group's; only "I helped" shrinks the writer's part.
  if (WEAK_VERBS.has(v)) return WE_FORMS.has(subject.norm) && GROUP_HELP.has(v) ? 'action' : 'weak';
  // "We lost the framework", "we came fourth out of six": how it ended for the group, not something it did.
  if (OUTCOME_VERBS.has(v) || (v === 'came' && PLACES.has(tokens[k + 1]?.norm ?? ''))) return 'state';
  if (v === 'took' && tokens[k + 1]?.norm === 'part') return 'weak';
  // "We received a recognition from the account director": something given to the group, not done by it.
  if (v === 'received') return 'state';
  // "we stopped losing logs during spikes": a trouble that ended for the group, not an act.
  if (v === 'stopped' && ENDED_TROUBLE.has(tokens[k + 1]?.norm ?? '')) return 'state';
  // "we haven't had a single outage since", "we hadn't seen one": what the group was spared.
  if (NOT_HAVE.has(v) && SPARED.has(tokens[k + 1]?.norm ?? '')) return 'state';
  // "We got lots of lovely messages", "we received a lot of thanks": something received, not something done.
  if (v === 'got' || v === 'received') {
    let j = k + 1;
    while (j < tokens.length && j <= k + 5 && !RECEIVED.has(tokens[j].norm) && startsWithLetter(tokens[j].text)) j++;
    // Right after the verb, or after a quantity word: "lots of lovely messages", not "the client to sign … cards".
    if (RECEIVED.has(tokens[j]?.norm ?? '') && (j === k + 1 || QUANTIFIERS.has(tokens[k + 1].norm))) return 'state';
  }
  // "We got 58 in the end", "we got a B-", "we scored a first": a mark received, not something done.
  if (MARK_VERBS.has(v)) {
    let j = k + 1;
    while (['a', 'an', 'only', 'just', 'about', 'around'].includes(tokens[j]?.norm ?? '')) j++;
    const w = tokens[j]?.text ?? '';
    if (/^\d/.test(w) || /^[A-F][+-]?$/.test(w) || ['first', 'pass', 'merit', 'distinction'].includes(w.toLowerCase())) return 'state';
  }
  if (BE.has(v)) {
    let j = k + 1;
    while (j < tokens.length && isAdverb(tokens[j])) j++;
    const w = tokens[j]?.norm ?? '';
    if (w === 'able' || w === 'going' || (w.endsWith('ing') && w.length > 4 && !ING_ADJECTIVES.has(w))) return 'action';
    if (w === 'involved' || w === 'part' || w === 'on' || w === 'in' || w === 'among') return 'weak';
    // Anything else after "was" is a state or something done to the writer: "I was asked to", "we were proud".
    return 'state';
  }
  if (HAVE.has(v)) {
    const w = tokens[k + 1]?.norm ?? '';
    // "By then we had lost nineteen days": how it had ended for the group, as "we lost" is.
    if (OUTCOME_VERBS.has(w)) return 'state';
    if (w === 'to' || (w.endsWith('ed') && w.length > 3) || HAD_PARTICIPLES.has(w) || isAdverb(tokens[k + 1])) return 'action';
    return 'state';
  }
  return 'action';
}

/**
 * "My team and I", "the team and I": shared work told as the team's. Returns the
 * index of "I" when a team subject joined to I starts at i, else -1.
 */
export function teamAndI(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!TEAM_HEADS.has(t.norm)) return -1;
  let j = i + 1;
  if (tokens[j]?.norm === 'whole' || tokens[j]?.norm === 'entire') j++;
  if (!tokens[j] || !TEAM_NOUNS.has(tokens[j].norm)) return -1;
  return tokens[j + 1]?.norm === 'and' && isI(tokens, j + 2) ? j + 2 : -1;
}

/** Every word a subject (I, we, a team, everyone) can start with. */
export const SUBJECT_STARTS = words`${TEAM_HEADS} ${I_FORMS} ${WE_FORMS} ${GROUP_SUBJECTS}`;

/** Finds the main actor of a sentence and counts its I and we actions (states, opinions and weak ownership are not actions). */
export function analyzeActors(tokens: Token[]): ActorInfo {
  let iActions = 0;
  let weActions = 0;
  for (let i = 0; i < tokens.length; i++) {
    // Each test below first looks the token up in one of these lists: one lookup passes over the rest (speed only).
    if (!SUBJECT_STARTS.has(tokens[i].norm)) continue;
    // "only if we built a sync", "unless I rang first": a subject inside a condition did nothing yet.
    if (CONDITIONS.has(tokens[i - 1]?.norm ?? '')) continue;
    const shared = teamAndI(tokens, i);
    if (shared >= 0) {
      if (predicateAfter(tokens, shared) === 'action') weActions++;
      i = shared;
    } else if (isI(tokens, i)) {
      if (predicateAfter(tokens, i) === 'action') iActions++;
    } else if (isWe(tokens, i)) {
      if (predicateAfter(tokens, i) === 'action') weActions++;
    } else {
      const end = teamSubjectEnd(tokens, i);
      if (end >= 0) {
        if (predicateAfter(tokens, end) === 'action') weActions++;
        i = end;
      }
    }
  }
  const start = mainClauseStart(tokens);
  const info: ActorInfo = { actor: tokens.length ? 'other' : 'none', token: undefined, acts: false, iActions, weActions };
  // "What we did was build a design system": a pseudo-cleft tells the action as its subject's.
  const cleft = tokens[start]?.norm === 'what' && ['did', 'do'].includes(tokens[start + 2]?.norm ?? '') ? start + 1 : -1;
  if (cleft >= 0 && ['was', 'is'].includes(tokens[cleft + 2]?.norm ?? '')) {
    if (isWe(tokens, cleft)) return withActor(info, 'we', tokens[cleft], true);
    if (isI(tokens, cleft)) return withActor(info, 'i', tokens[cleft], true);
  }
  const main = mainActor(tokens, start, info);
  // "We had a new VP, so we built a playbook": when the main subject is in a state, the first subject that acts is the actor.
  // Likewise when the main clause has someone else as its subject: "The rollout got paused, and we went back".
  const shared = main.token?.norm === 'my' || main.token?.norm === 'the' || main.token?.norm === 'our';
  // "My team and I wrote the articles, we set up the path, and we trained them": the shared subject
  // names the writer, but the clauses after it told as "we" are the team's, and the first of them is the actor.
  const later = shared ? main.actor === 'we' && !main.acts : main.actor === 'other' || (main.actor !== 'none' && !main.acts);
  if (later) {
    for (let i = main.token ? tokens.indexOf(main.token) + 1 : start + 1; i < tokens.length; i++) {
      // Only a subject that opens a clause of its own ("…, so we built"), not one inside "what we achieved".
      if (!CLAUSE_OPENERS.has(tokens[i - 1]?.norm ?? '') && !CLAUSE_OPENERS.has(tokens[i - 1]?.text ?? '')) continue;
      if (!shared && isI(tokens, i) && predicateAfter(tokens, i) === 'action') return withActor(info, 'i', tokens[i], true);
      if (isWe(tokens, i) && predicateAfter(tokens, i) === 'action') return withActor(info, 'we', tokens[i], true);
    }
  }
  return main;
}

/**
 * The sentence's counts with its main actor. Written out rather than spread (`{ ...info, actor, token, acts }`): under
 * Node 20 a spread that adds a property the source lacks made an object V8's young collector kept, with the token it
 * holds, until a full collection, about 40 KB of every story lint.
 */
function withActor(info: ActorInfo, actor: Actor, token: Token, acts: boolean): ActorInfo {
  return { actor, token, acts, iActions: info.iActions, weActions: info.weActions };
}

function mainActor(tokens: Token[], start: number, info: ActorInfo): ActorInfo {
  for (let i = start; i < tokens.length && i < start + 8; i++) {
    const t = tokens[i];
    // "Probably, um, I think mostly I showed her …", "Yeah, so we …": a spoken opening before the subject.
    if (SKIP.has(t.norm) || SPOKEN_OPENERS.has(t.norm) || t.text === ',') continue;
    // Each test of a subject first looks the word up in one of the lists SUBJECT_STARTS joins: one lookup passes over them all.
    if (SUBJECT_STARTS.has(t.norm)) {
      const shared = teamAndI(tokens, i);
      // "My team and I …" counts against the I-actions, but the sentence does name the writer: it is not underlined itself.
      if (shared >= 0) return withActor(info, 'we', t, false);
      // "I guess we kind of all onboarded her", "I think mostly I showed her": the opinion frames the clause after it, whose
      // subject is the actor.
      const framed = isI(tokens, i) ? framedSubject(tokens, i) : -1;
      if (framed >= 0) return mainActor(tokens, framed, info);
      if (isI(tokens, i)) return withActor(info, 'i', t, predicateAfter(tokens, i) === 'action');
      if (isWe(tokens, i)) return withActor(info, 'we', t, predicateAfter(tokens, i) === 'action');
      const end = teamSubjectEnd(tokens, i);
      if (end >= 0) return withActor(info, 'we', t, predicateAfter(tokens, end) === 'action');
    }
    // "Priya and I", "My manager and I": the writer is one of the actors.
    for (let k = i + 1; k < Math.min(tokens.length - 1, i + 5); k++) {
      if (tokens[k].norm === 'and' && isI(tokens, k + 1))
        return withActor(info, 'i', tokens[k + 1], predicateAfter(tokens, k + 1) === 'action');
      if (!startsWithLetter(tokens[k].text)) break;
    }
    return info;
  }
  return info;
}

/** Spoken words before a sentence's subject: "Um, yeah, so we …", "Probably, I think …", "Honestly, we …". */
const SPOKEN_OPENERS = words`um uh er erm yeah yes ok okay well right honestly basically probably look`;

/** Modal verbs: what would, might or should be done, not what was. */
const MODALS = words`would might may could should must will can`;
/** Subjects with a modal joined on: "we'd", "I'll". */
const MODAL_FORMS = words`we'd i'd we'll i'll`;

/** Verbs of a view that frame the clause after them: "I guess we …", "I think I …", "I'd say we …". */
const FRAMING_VERBS = words`think guess suppose reckon believe feel`;

/**
 * Where the subject of a clause framed by "I think", "I guess" or "I'd say" starts (past "that", adverbs and fillers), or -1:
 * "I guess we kind of all onboarded her" is told by "we". Not "I think about it", "I guess so".
 */
function framedSubject(tokens: Token[], i: number): number {
  let k = i + 1;
  const say = tokens[i].norm === "i'd" && tokens[k]?.norm === 'say';
  if (!say && !FRAMING_VERBS.has(tokens[k]?.norm ?? '')) return -1;
  k++;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const w = tokens[k];
    if (w.norm === 'that' || w.text === ',' || isAdverb(w) || SPOKEN_OPENERS.has(w.norm)) continue;
    // Not a view of what might be: "I think we'd make the same call again", "I think we might have".
    if (MODAL_FORMS.has(w.norm) || MODALS.has(tokens[k + 1]?.norm ?? '')) return -1;
    return isI(tokens, k) || isWe(tokens, k) || teamSubjectEnd(tokens, k) >= 0 || teamAndI(tokens, k) >= 0 ? k : -1;
  }
  return -1;
}

/** Words after "after", "before" or "since" that make it a preposition, not a clause: "after the launch", "since then". */
const PREPOSITION_OBJECT_STARTS = words`${DETERMINERS} lunch launch noon then`;

const isSubject = (tokens: Token[], i: number) =>
  SUBJECT_STARTS.has(tokens[i].norm) && (isI(tokens, i) || isWe(tokens, i) || teamSubjectEnd(tokens, i) >= 0);

function mainClauseStart(tokens: Token[]): number {
  const first = tokens.findIndex((t) => startsWithLetter(t.text));
  if (first < 0) return 0;
  const w = tokens[first].norm;
  // "Before the sale we ran…": before/after/until/since also work as prepositions.
  const preposition = INTRO_PREPOSITIONS.has(w) && (!SUBORDINATORS.has(w) || PREPOSITION_OBJECT_STARTS.has(tokens[first + 1]?.norm ?? ''));
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

/** The sentence's main actor is the writer or the writer's team, doing something ("I moved it", "we settled on …"). */
export function writerSideActs(s: Sentence): boolean {
  return (s.actor === 'i' || s.actor === 'we') && s.actorActs && !SCENE_FRAME.test(s.text);
}

/**
 * A sentence that opens by saying where or when the story happened ("So, um, this was at Brightline, we sold scheduling
 * software to dentists", "It was back in 2019, we ran the depot on paper"): it sets the scene, whoever acts in it.
 */
const SCENE_FRAME = new RegExp(
  String.raw`^(?:(?:so|okay|ok|well|yeah|yes|right|um|uh|er|erm|and|sure)[,.]?\s+)*(?:this|it|that) (?:was|happened) ` +
    String.raw`(?:at|in|back|when|during|last|about|around|while|on|a (?:few|couple)|my|our)\b`,
  'i',
);
