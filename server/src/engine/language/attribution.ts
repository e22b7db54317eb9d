import { OTHER_PARTY } from '../lexicons/blame';
import {
  CAUSE_AFTER,
  COMPLAINT_CUES,
  CULPRIT_THINGS,
  EFFECT_AFTER,
  HARM_VERBS,
  SETBACK_EVENTS,
  NEEDS_COMPLAINT,
  DECREASE_AFTER,
  DENIED_BEFORE,
  SETBACK_BY,
} from '../lexicons/attribution';

/*
 * Blame told as cause and effect: a setback in the sentence (a date slipped, a
 * deal lost, something broke) and another party named as its cause. Four shapes:
 *
 *   effect, then cause   "The release slipped because design handed over the mockups late."
 *   cause, then effect   "Marketing announced it a week early, which is why the queue exploded."
 *   their thing did it   "The vendor's firmware update bricked forty scanners."
 *   a counterfactual     "Had the infra team scaled the cluster when we asked, it would never have happened."
 *
 * This module only reads the words; the rule decides whether the writer owns a
 * part (acting in the same sentence or the next) and so makes it context.
 * The searched text is lower case with straight apostrophes, the sentence's own length.
 */

const L = String.raw`(?<![\p{L}\p{N}'])`;
const R = String.raw`(?![\p{L}\p{N}'])`;
/** Another party, never the writer's own team ("our team", "my team"). */
const PARTY = String.raw`(?!(?:our|my) (?:whole |entire )?teams?${R})${OTHER_PARTY}`;
const ANY_SETBACK = new RegExp(`${L}(?:${SETBACK_EVENTS.join('|')})${R}`, 'u');
const SETBACK = new RegExp(`${L}(?:${SETBACK_EVENTS.join('|')})${R}`, 'gu');
const DECREASE = new RegExp(`^ (?:${DECREASE_AFTER.join('|')})${R}`, 'u');
const COMPLAINT = new RegExp(`${L}(?:${COMPLAINT_CUES.join('|')})${R}`, 'u');
/** The writer opening a clause of their own: "…, and I rewrote …", "so we reworked …" (not "a feature we did not have"). */
const WRITER_CLAUSE = new RegExp(`(?:^ ?|, |(?:and|so|then|but) )(?:i|we|i'd|we'd|i've|we've)${R}`, 'u');

/** Cheap tests that a heavier shape can match at all. */
const ANY_CAUSE_LINK = /because|due to|thanks to|since|down to|caused by|after|when|[;:\u2014\u2013]/;
const ANY_THING = new RegExp(`(?:${[...CULPRIT_THINGS].join('|')})`);
/**
 * Another party as the object of "because of", the whole cause: "Because of them the release went out broken" ("her" is as
 * often a determiner, "because of her knees", and is left out).
 */
const OBJECT_PARTY = String.raw`(?<=(?:because of|due to|thanks to) )(?:them|him)`;
const IS_OBJECT_PARTY = /^(?:them|him)$/;
/** "…because design handed over …": group 1 the link, group 2 the party. */
const CAUSE_LINK = new RegExp(
  `(?:${L}|(?=[;:—–]))(${CAUSE_AFTER.join('|')}) (?:the fact that )?(${PARTY}|${OBJECT_PARTY})(?:'s?)?${R}`,
  'gu',
);
/** "Honestly, marketing announced …": a sentence that opens with another party as its subject (group 1). */
const OPENS_WITH_PARTY = new RegExp(
  String.raw`^[\s*_>-]*(?:(?:honestly|frankly|basically|then|and|but|so|also|in the end|unfortunately|of course|sadly|again),? )*` +
    String.raw`(${PARTY})(?:'s? [\w-]{1,30})?${R}`,
  'u',
);
const EFFECT_LINK = new RegExp(`(?:${EFFECT_AFTER.join('|')})`, 'gu');
const THINGS = [...CULPRIT_THINGS].join('|');
const HARM = HARM_VERBS.join('|');
/** "The vendor's update bricked …", "the CDN config the platform team pushed broke …". */
const CULPRIT = new RegExp(
  String.raw`${L}(?:(${PARTY})'s? (?:[\w-]{1,30} ){0,2}?(?:${THINGS})s?|the (?:[\w-]{1,30} ){0,2}?(?:${THINGS})s? (?:that |which )?` +
    String.raw`(${PARTY}) (?:had )?(?:pushed|ran|made|shipped|deployed|released|introduced|merged|applied|rolled out|scheduled)) ` +
    String.raw`(?:[\w-]{1,30} ){0,4}?(?:${HARM})${R}`,
  'gu',
);
/** "We were held up for a month by procurement": group 1 the party. */
const BY_PARTY = new RegExp(`${L}(?:${SETBACK_BY.join('|')}) (?:[\\w-]{1,30} ){0,4}?by (${PARTY})${R}`, 'gu');
const ANY_BY = new RegExp(`(?:${SETBACK_BY.join('|')}) .*by `, 'u');
/** "The reason we missed the date was the payments team's change", "it came down to procurement dragging their feet". */
const REASON = new RegExp(
  String.raw`${L}(?:(?:reason|why) ((?:[\w',-]{1,30} ){1,8}?)(?:was|were|is)|(?:came|comes|boiled|boils) down to) ` +
    String.raw`(?:that )?(${PARTY})(?:'s?)?${R}`,
  'gu',
);
const ANY_REASON = /reason|why|down to/;
/** "Had the vendor shipped the patch on time, we would have …": group 1 the party. */
const HAD_THEY = new RegExp(
  String.raw`^[\s*_>-]*(?:(?:honestly|frankly|to be fair|and|but),? )*had (${PARTY}) (?!not${R})[\w-]{1,30}[^.;:!?]{0,80}?` +
    String.raw`(?:we|i|it|this|that|the [\w-]{1,30})(?: would|'d| could)(?: not| never|n't)? (?:have|'ve|not|never|be)${R}`,
  'u',
);

/**
 * A working day's bounds told as a standing fact: "shift ends at 6", "the office closes at noon", "they start at 8"; or people
 * off work: "because the people who wrote the change were off".
 */
const HOURS_KEPT = new RegExp(
  String.raw`${L}(?:(?:ends|finishes|closes|opens|starts|begins|stops|runs (?:until|till|to)) (?:at |until |till |by )?` +
    String.raw`(?:\d|noon|midday|midnight|lunchtime)|(?:were|was) off(?: work| shift| duty| that day| at weekends| on weekends)?` +
    String.raw`(?=[.,;:!?]|$))`,
  'u',
);

/** A verb that cuts a thing to a size, just before "down to": "cut the list down to", "killed the table down to". */
const CUT_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:cut|cutting|killed|trimmed|trimming|pared|slimmed|whittled|narrowed|brought|bringing|reduced|` +
    String.raw`reducing)(?: [\w'-]{1,30}){0,5} ?$`,
  'u',
);

/**
 * A later clause that opens with another party as its subject: "…, and they delivered it only two days before the sale, so
 * …", "…; the agency printed …". Returned as OPENS_WITH_PARTY's match would be, its index where the clause starts.
 */
function clauseOpensWithParty(text: string): RegExpExecArray | null {
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(text); m; m = CLAUSE_START.exec(text)) {
    const at = m.index + m[0].length;
    const opens = OPENS_WITH_PARTY.exec(text.slice(at));
    if (opens) {
      opens.index += at;
      return opens;
    }
  }
  return null;
}
/** Where a clause of its own may start: after ", and", "; ", ", but", ", then". */
const CLAUSE_START = /(?:, (?:and|but|then) |; |, and then )/g;

/** A party's refusal followed by what it offered instead: "…couldn't finish early, but could strip the scaffold". */
const OFFERED_INSTEAD = /\bbut (?:could|would|can|will|offered|agreed)\b/;

export interface BlamedCause {
  /** Where the blame sits in the searched text: the party and what it did. */
  from: number;
  to: number;
}

/** Where a clause ends: a stop, or the writer stepping in ("…, so I added …"). */
function clauseEnd(text: string, from: number, max = 90): number {
  const rest = text.slice(from, from + max);
  const stop = rest.search(/[.;:!?\u2014\u2013(]|, (?:so|and|but|which|who) |, /);
  return from + (stop < 0 ? Math.min(rest.length, max) : stop);
}

/** True when the party is one whose act is the story's problem unless the clause complains about it (a customer, "they"). */
function needsComplaint(party: string): boolean {
  const last = party.split(' ').pop() ?? '';
  return NEEDS_COMPLAINT.has(last.replace(/'s$/, ''));
}

/**
 * A sentence that opens on what another party should have done, and what would then have happened: "Had head office sent
 * the planograms on the Monday, we'd have been fine." Told after the event, it is a verdict wherever it stands, the
 * Situation included.
 */
export function counterfactualCause(text: string): BlamedCause | undefined {
  const m = /^[\s*_>-]*(?:(?:honestly|frankly|to be fair|and|but),? )*had /.test(text) ? HAD_THEY.exec(text) : null;
  return m ? { from: m.index, to: m.index + m[0].length } : undefined;
}

/** The causes the sentence puts on another party, in text order. */
export function blamedCauses(text: string): BlamedCause[] {
  const out: BlamedCause[] = [];
  const counterfactual = counterfactualCause(text);
  if (counterfactual) out.push(counterfactual);
  BY_PARTY.lastIndex = 0;
  for (let m = ANY_BY.test(text) ? BY_PARTY.exec(text) : null; m; m = BY_PARTY.exec(text)) {
    if (!needsComplaint(m[1])) out.push({ from: m.index, to: clauseEnd(text, m.index + m[0].length) });
  }

  REASON.lastIndex = 0;
  for (let m = ANY_REASON.test(text) ? REASON.exec(text) : null; m; m = REASON.exec(text)) {
    const end = clauseEnd(text, m.index + m[0].length);
    // "the reason we slipped was …" names the setback in its gap; "it came down to …" needs a complaint after it.
    const told = m[1] !== undefined ? ANY_SETBACK.test(m[1]) : COMPLAINT.test(text.slice(m.index + m[0].length, end));
    if (told && !needsComplaint(m[2])) out.push({ from: m.index, to: end });
  }

  // Every other shape needs a setback in the sentence: its first match decides, before any heavier work (a test
  // with ANY_SETBACK first read the sentence twice up to it).
  SETBACK.lastIndex = 0;
  const first = SETBACK.exec(text);
  if (!first) return out;
  const setbacks: number[] = [];
  for (let m: RegExpExecArray | null = first; m; m = SETBACK.exec(text)) {
    // "fewer outages", "late deliveries dropped": a setback denied or a measure that improved.
    const before = /([\p{L}-]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
    if (DENIED_BEFORE.has(before) || DECREASE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    setbacks.push(m.index);
  }
  if (!setbacks.length) return out;

  CAUSE_LINK.lastIndex = 0;
  for (let m = ANY_CAUSE_LINK.test(text) ? CAUSE_LINK.exec(text) : null; m; m = CAUSE_LINK.exec(text)) {
    const end = IS_OBJECT_PARTY.test(m[2]) ? m.index + m[0].length : clauseEnd(text, m.index + m[0].length);
    // The setback comes first ("slipped because design …"), or the sentence opens on the cause and the setback
    // follows it ("Because the vendor shipped a broken driver, the kiosks were down"); never the writer acting then.
    const opening = m.index < 40 && /^[\s*_>-]*(?:and |but |so |honestly,? )?$/.test(text.slice(0, m.index));
    const after = text.slice(end, end + 40).replace(/^[,\s]+/, '');
    if (!setbacks.some((i) => i < m.index) && !(opening && setbacks.some((i) => i > end) && !/^(?:i|i've|i'd) /.test(after))) continue;
    const clause = text.slice(m.index + m[1].length, end);
    // "killed the table down to the eight features people clicked on": a thing cut to a size, not a cause.
    if (m[1].endsWith('down to') && CUT_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const weakLink = /(?:after|when|[;:\u2014\u2013])$/.test(m[1]);
    if ((weakLink || needsComplaint(m[2])) && !COMPLAINT.test(clause)) continue;
    // "…, because the callback team's shift ends at 6": the hours another party keeps are how things are set up, not a failing.
    if (HOURS_KEPT.test(clause)) continue;
    out.push({ from: m.index, to: end });
  }

  const opens = OPENS_WITH_PARTY.exec(text) ?? clauseOpensWithParty(text);
  if (opens) {
    const partyEnd = opens.index + opens[0].length;
    EFFECT_LINK.lastIndex = partyEnd;
    for (let m = EFFECT_LINK.exec(text); m; m = EFFECT_LINK.exec(text)) {
      // The cause is one clause: a link further than that is another sentence in all but punctuation (and keeps a run-on linear).
      if (m.index - partyEnd > 200) break;
      const cause = text.slice(partyEnd, m.index);
      const effect = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // A cause clause the writer acts in is not another party's doing; one with no complaint is a neutral step.
      if (WRITER_CLAUSE.test(cause)) break;
      if (!COMPLAINT.test(cause) || !setbacks.some((i) => i >= m.index + m[0].length)) continue;
      // "The contractor couldn't finish early, but could strip the scaffold …": what they could not do, and what they offered.
      if (OFFERED_INSTEAD.test(cause)) break;
      if (/^ ?(?:i|i've|i'd)\s/.test(effect) && !/^ ?i (?:had to|was|missed|lost|slipped|failed)\b/.test(effect)) break;
      const start = opens.index + opens[0].indexOf(opens[1]);
      out.push({ from: start, to: m.index });
      break;
    }
  }

  CULPRIT.lastIndex = 0;
  for (let m = ANY_THING.test(text) ? CULPRIT.exec(text) : null; m; m = CULPRIT.exec(text))
    out.push({ from: m.index, to: m.index + m[0].length });
  return out.sort((a, b) => a.from - b.from);
}
