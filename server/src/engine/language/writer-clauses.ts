import type { Token } from '../types';
import { words } from '../lexicons/words';
import { IRREGULAR_PARTICIPLES } from '../lexicons/passive';
import { FUNCTION_WORDS } from '../lexicons/generic-words';

/*
 * The writer's clauses of a sentence and what each tells: an event (a verb in the past: "since I rewrote the
 * handover notes"), a habit (the present: "because I send the managers a summary"), or character ("because I'm
 * someone who speaks up"). A reason about what the writer is like is no evidence of what they did.
 */

const WRITER_SUBJECTS = words`i we i've we've i'd we'd i'm we're`;
/** Subjects that tell what the writer is like, whatever follows: "I'm someone who …", "we're always …". */
const CHARACTER_SUBJECTS = words`i'm we're`;
/** Words between a subject and its verb. */
const BEFORE_VERB = words`
  also then just really genuinely truly personally actually first finally quickly eventually immediately had already always never
  usually often still
`;
/**
 * Verbs of a view, a feeling or a wish: "because I think quality in the details is what sets us apart", "because I really cared
 * about the depot working properly", "because I wanted people to trust the rota" tell what the writer holds, not an act.
 */
const VIEW_VERBS = words`
  think thought believe believed feel felt reckon reckoned guess suppose supposed
  care cares cared want wants wanted wish wished hope hoped love loved
`;
/** Present refusals after the writer: "I don't settle", "I won't cut corners", "I do not accept waste". */
const REFUSALS = words`don't won't`;
/** Adverbs that make any verb after them a habit. */
const HABIT_ADVERBS = words`always never usually often`;
/** Of those, the ones that make the habit a trait the writer claims: "I always see things through". */
const TRAIT_ADVERBS = words`always never`;
/** Past tenses that do not end in -ed (the participles besides). */
const IRREGULAR_PAST = words`
  ${IRREGULAR_PARTICIPLES} ran sat took wrote gave saw went spoke drove rode flew stood began chose grew drew knew rang sang swam
  threw wore woke broke froze stole tore shook rose fell forgot hid bit got rewrote undertook overtook withdrew fled dug hung lent bent
  sped swung overrode oversaw
`;
/** Clause ends: a new clause starts a new reading of whose act it is. */
const CLAUSE_ENDS = words`; : \u2014 \u2013 because since as when which who so but`;

export interface WriterClause {
  id: number;
  /** The writer's verb is in the past: something they did. */
  event: boolean;
  /** "I'm someone who …", "we're always …", "I think …": what the writer is like or holds, never evidence. */
  character: boolean;
  /** The writer's verb as written, lower case ("owned", "simplified"). */
  verb: string;
}

/**
 * A stock phrase of character told in the past, which names no act: "because I just got on with it", "since I didn't wait
 * to be told", "because I stepped up", "as I took ownership of it", "because I stuck to my guns", "I went the extra mile".
 */
const BOASTS = new RegExp(
  String.raw`^(?:got (?:on with it|stuck in|it done|it over the line)|stepped up|stood firm|owned it|rolled up my sleeves|` +
    String.raw`(?:didn't|did not) (?:wait|back down|give up|hesitate|settle)|` +
    String.raw`stuck to my (?:guns|principles|values|commitment|word|position|decision)|` +
    String.raw`took (?:ownership|responsibility|the initiative|initiative|charge|it seriously|the task seriously|the lead|` +
    String.raw`it on myself(?! to\b)|it on as if)|went (?:above and beyond|the extra mile|(?:well )?beyond)|` +
    String.raw`acted (?:decisively|quickly|fast)|looked at the (?:long term|bigger picture|big picture)|` +
    String.raw`stayed close to the (?:customer|client|user)s?|built (?:a )?(?:good |strong |great )?rapport|` +
    String.raw`(?:wasn't|was not) satisfied with the status quo)(?![\w'-])`,
);

function boastAt(tokens: Token[], k: number): boolean {
  if (!BOASTS_FIRST.has(tokens[k]?.norm ?? '')) return false;
  const phrase = tokens
    .slice(k, k + 5)
    .map((x) => x.norm)
    .join(' ');
  return BOASTS.test(phrase);
}
const BOASTS_FIRST = words`got stepped didn't did stuck took went rolled acted owned looked stood stayed built wasn't was`;

/** For each token, the writer's clause it sits in, if any. */
export function writerClauses(tokens: Token[]): Array<WriterClause | undefined> {
  const out = new Array<WriterClause | undefined>(tokens.length);
  let clause: WriterClause | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (CLAUSE_ENDS.has(t.norm) || CLAUSE_ENDS.has(t.text)) clause = undefined;
    if (WRITER_SUBJECTS.has(t.norm) && !t.quoted) {
      let k = i + 1;
      let habit = false;
      let trait = false;
      // One step per word, whatever was found: a `||=` that held the step skipped it once `habit` was true, and "I'm always
      // really …" never left the loop.
      for (; k < tokens.length && BEFORE_VERB.has(tokens[k].norm); k++) {
        trait ||= TRAIT_ADVERBS.has(tokens[k].norm);
        habit ||= HABIT_ADVERBS.has(tokens[k].norm);
      }
      const verb = tokens[k]?.norm ?? '';
      // "because I always look at the bigger picture": what the writer is always like, told as a habit, is character.
      // "because I don't walk away until the job is done", "I won't settle": what the writer refuses, told as a rule they
      // live by, is character too.
      const refuses = REFUSALS.has(verb) || ((verb === 'do' || verb === 'will') && tokens[k + 1]?.norm === 'not');
      const character = CHARACTER_SUBJECTS.has(t.norm) || VIEW_VERBS.has(verb) || trait || refuses || boastAt(tokens, k);
      // "I always put the families first": a habit, whatever the verb's form ("put" is present and past alike).
      const event = !character && !habit && isPastForm(verb);
      clause = { id: i, event, character, verb };
      continue;
    }
    out[i] = clause;
  }
  return out;
}

/**
 * A note-form line that opens on the writer's past verb, its subject left out ("Resurveyed 86 PDUs", "Went in-house
 * because …"): 1, else 0. Only a capital at the line's first word tells the verb apart from a word inside a sentence.
 */
export function notePastVerb(tokens: Token[]): number {
  const first = tokens[0];
  if (!first || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return 0;
  const verb = first.norm;
  return (isPastForm(verb) || MORE_PAST.has(verb)) && !BOTH_TENSES.has(verb) ? 1 : 0;
}

/** A verb in the past: "rewrote", "applied", "ran" (not "need"). */
function isPastForm(verb: string): boolean {
  return (/[^e]ed$|ied$|eed$/.test(verb) || IRREGULAR_PAST.has(verb)) && verb !== 'need';
}

/** The index of the verb after the writer at `i`, past the words `gap` allows between them ("I still sign"). */
function verbAfter(tokens: Token[], i: number, gap: ReadonlySet<string>): number {
  let k = i + 1;
  while (k < tokens.length && gap.has(tokens[k].norm)) k++;
  return k;
}

/** The writer as a subject, in the writer's own words: "I", "we". */
const isWriter = (t: Token): boolean => (t.norm === 'i' || t.norm === 'we') && !t.quoted;

/** Verbs whose present and past are one form: "I put", "I set". */
const BOTH_TENSES = words`put set cut read let hit shut spread cost hurt quit bet split shed upset broadcast`;
/** Words after I or we that tell no act: being, having, modals, views, and "kind", "sort" of "we kind of had". */
const NO_ACT = words`
  am is are was were be been have has had do does did can could will would shall should may might must need
  think feel believe guess suppose mean hope wish know remember reckon dunno gonna wanna gotta kind sort
`;
/** Past tenses the participles and IRREGULAR_PAST leave out. */
const MORE_PAST = words`came became overcame ate said learnt dealt spelt burnt dreamt leant meant redid`;
/** Adverbs between the writer and a present verb: "I still sign", "we now check". */
const HABIT_GAP = words`also just really genuinely truly personally actually always never usually often still now even`;
/** Words before the writer that make the clause a condition or a time, not the habit itself: "before we sign a contract". */
const CONDITION_BEFORE = words`
  before after until unless if once when whenever while as since because so that than how what where why which who
`;

/**
 * The verbs the writer does in the present, as a habit kept now: "On nights I close, I sign the temp log before I sign
 * anything else". Not a past event, a view or a state, and not a verb read the same in both tenses ("I put").
 */
export function presentWriterVerbs(tokens: Token[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWriter(tokens[i]) || CONDITION_BEFORE.has(tokens[i - 1]?.norm ?? '')) continue;
    const verb = tokens[verbAfter(tokens, i, HABIT_GAP)]?.norm ?? '';
    if (!/^[a-z]{3,}$/.test(verb) || BOTH_TENSES.has(verb) || NO_ACT.has(verb) || VIEW_VERBS.has(verb) || FUNCTION_WORDS.has(verb))
      continue;
    if (/ed$/.test(verb) || isPastForm(verb) || MORE_PAST.has(verb) || /(?:ing|ly)$/.test(verb)) continue;
    n++;
  }
  return n;
}

/** How many of the writer's verbs in these tokens are past events: "I rewrote", "we took". */
export function pastWriterVerbs(tokens: Token[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWriter(tokens[i])) continue;
    const verb = tokens[verbAfter(tokens, i, BEFORE_VERB)]?.norm ?? '';
    if ((isPastForm(verb) || MORE_PAST.has(verb)) && !BOTH_TENSES.has(verb)) n++;
  }
  return n;
}
