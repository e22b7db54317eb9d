import type { IgnoreOption, Rule } from '../rule';
import { nextSentence, toldParts } from '../rule';
import type { Sentence, Story, StoryDocument } from '../types';
import { promptAfterSentence } from '../fixes';
import { isI, isWe } from '../language/actors';
import { reportedSpeechAt } from '../language/speech';
import { keptLength, lowerSameLength } from '../language/text';
import {
  type BlamePattern,
  ANY_OTHER,
  ANY_PARTY,
  BLAME_PATTERNS,
  GOOD_OUTCOME,
  LESSON_PARTY,
  NOT_BLAMING,
  OTHER_PARTY,
  OWN_SUBJECT,
  IT_DEPARTMENT,
} from '../lexicons/blame';
import { OWN_FAILURE } from '../lexicons/setbacks';
import { matchAll, phraseRegex, storyText } from '../language/phrases';
import { words } from '../lexicons/words';
import { DETERMINERS } from '../lexicons/function-words';
import { blamedCauses, counterfactualCause } from '../language/attribution';
import { ProbeIndex } from '../language/probes';
import { leadsOf, LedPattern, PartyStarts } from '../language/starts';
import { setbackOf } from '../language/setbacks';

const OWN_FAILURE_RE = phraseRegex([
  ...OWN_FAILURE,
  "i (?:should|could)(?: not|n't)? (?:have|'ve)(?= (?!been))",
  // "I had not asked for a freeze", "I never checked their changelog": what the writer left undone.
  String.raw`i (?:had not|hadn't|had never|never) (?:[\w-]+ly )?[\w-]+ed`,
  // "That was my standard, I'd written the checklist, and it had no sign-off step": the flawed standard owned as the writer's.
  String.raw`(?:that|it) was my (?:own )?(?:standard|checklist|process|procedure|rule|template|system|design)` +
    String.raw`(?=[^.;]{0,120}?\b(?:no|without|missing|never|didn't|did not|wasn't|hadn't)\b)`,
]);

/**
 * The parties patterns open with, each written into them whole: where each starts in a sentence is found once, and a
 * pattern that opens with one is tried only there (speed only; language/starts.ts). Kept here, not as a list in the
 * lexicon, where every list of strings is a phrase list.
 */
export const PARTIES: readonly string[] = [OTHER_PARTY, ANY_PARTY, ANY_OTHER, LESSON_PARTY];
/** Where each party starts in the sentence searched, found once for all the patterns that open with it. */
const STARTS = new PartyStarts(PARTIES);
const PATTERNS = BLAME_PATTERNS.map((p) => {
  const re = blameRegex(p.source);
  const leads = leadsOf(p.source, PARTIES);
  // Only a pattern that opens on a party gains: one led by words alone is searched fast from every position.
  const led = leads?.some((l) => 'party' in l) ? new LedPattern(re, leads, STARTS) : undefined;
  return { ...p, re, led };
});
const NO_MATCHES: readonly RegExpExecArray[] = [];
/**
 * Which patterns a sentence holds a probe of, from one pass over it instead of one `includes` per probe: pattern k's
 * probes at k, its second probes (or none, always marked) after all of them.
 */
const PROBES = new ProbeIndex([...PATTERNS.map((p) => p.probe), ...PATTERNS.map((p) => p.alsoProbe)]);
const NOT_BLAMING_BEFORE = new RegExp(String.raw`(?<![\w'])${NOT_BLAMING}(?![\w'])`);
const OWN_SUBJECT_BEFORE = new RegExp(OWN_SUBJECT);
const GOOD_OUTCOME_AFTER = new RegExp(String.raw`(?<![\w'])${GOOD_OUTCOME}(?![\w'])`);
/** A sentence that opens with another party as its subject. */
const OPENS_WITH_OTHER = new RegExp(String.raw`^(?:so |and |but |then )?${OTHER_PARTY}(?![\w])`);
const NEGATED_BEFORE = /(?:^|[^\w'])(?:never|not|didn't|did not|don't|wouldn't|won't)(?: \w+ly)? $/;
/** A sentence that weighs options: "I had three options", "the alternative was", "I could wait, or fail over". */
const WEIGHING = new RegExp(
  String.raw`(?<![\w'])(?:(?:two|three|four|several|a few|the|my|other|some|[2-9]) (?:options|alternatives|choices)|` +
    // A list of them in notes: "costed options: gensets …; push shippers (not in our control); …".
    String.raw`options:|` +
    String.raw`option (?:one|two|three|[abc1-3])|the alternative (?:was|would)|` +
    // "One option was a blanket deploy freeze …, but it would have punished teams for debt they didn't own".
    String.raw`(?:one|another|the other|a second|a third) option (?:was|would)|` +
    // "The easy route, and the way it had been done before I arrived, was to rank them on the scores".
    String.raw`the (?:easy|easier|obvious|quick|quicker|safe|safer|cheap|cheaper|usual|standard|default) (?:route|path|option|choice)|` +
    String.raw`i (?:could|considered|looked at|weighed)(?: either)? [^.;]{0,80}?,? or (?:i |we )?(?:could )?[\w-]+)(?![\w'])`,
);

/**
 * What a counterfactual act would have cost: "… we would have lost our most reliable volunteer", or the harm it would have
 * done: "If the two had mixed, it would have released chlorine gas under the pool hall" (a near miss, not blame).
 */
const RISK_AFTER = new RegExp(
  String.raw`^ (?:probably |definitely |certainly |easily )?(?:lost|missed|failed|had to|been (?:left|stuck|short|without)|` +
    String.raw`released|caused|killed|injured|hurt|harmed|poisoned|exploded|flooded|burned|burnt)(?![\w'])`,
);
/** "… we would not have", "… we'd never have": the loss averted, so the act named was the one not taken. */
const NEGATED_HAVE = /(?:not|n't|never) (?:have|'ve)$/;

/** Words one of which every WEIGHING match holds, in any case: a plain test before the pattern. */
const WEIGHING_CUE = /option|alternative|choice| or |route|path/;

/**
 * The writer takes the blame: "it was partly my fault", "that one was on me", "…, but a silent error in bank confirmations
 * is our problem", or counts themselves among those who failed: "nobody on site had told him, me included".
 */
const OWNS_IT = new RegExp(
  String.raw`(?<![\w'])(?:my (?:own )?(?:fault|mistake|bad)|on me|(?:is|was) (?:our|my) (?:problem|responsibility|job)|` +
    String.raw`(?:me|myself) included|including (?:me|myself))(?![\w'])`,
  'g',
);

/**
 * A blame pattern as the rule searches with it: whole words only, and not the first half of a hyphenated word ("the root
 * cause was the contact-tip change interval" names no contact). A source
 * that ends in `\b` gets `(?<=\w)` there instead: right before `(?![\w'-])`,
 * which rules out a word character next, a word boundary can only mean a word
 * character before, so both match the same text; but V8 compiles the
 * lookbehind much faster than a boundary in front of a lookahead (2.9 ms to
 * 1.2–1.8 ms for each of the two largest such patterns, in every thread that
 * lints).
 */
export function blameRegex(source: string): RegExp {
  const trailingBoundary = /(?<!\\)(?:\\\\)*\\b$/.test(source);
  const body = trailingBoundary ? String.raw`${source.slice(0, -2)}(?<=\w)` : source;
  return new RegExp(String.raw`(?<![\w'])(?:${body})(?![\w'-])`, 'g');
}

export const blameShifting: Rule<IgnoreOption> = {
  id: 'blame-shifting',
  meta: {
    level: 'sentence',
    defaultSeverity: 'warning',
    summary: 'The story puts a failure on someone else ("it wasn\'t my fault", "the other team dropped the ball").',
    why:
      'Failure questions test accountability. When a story explains who else caused the problem, the interviewer hears someone who ' +
      'will point elsewhere the next time, and learns nothing about what you would do differently. Even when another team really did ' +
      'slip, dwelling on it costs more than it explains.',
    strong:
      'State the setback plainly, then own your part of it: what you could have seen or done earlier, what you did once it happened, ' +
      'and what you changed afterwards so it would not happen again.',
    example: {
      weak: "The launch slipped, but it wasn't my fault: the platform team dropped the ball on the gateway.",
      strong:
        'The launch slipped three weeks when the gateway we depended on came late. I had not built a fallback plan, so I now agree a ' +
        'checkpoint date with every team we depend on.',
    },
    followUp: 'What part of that was yours? Looking back, what could you have done differently?',
    messages: {
      blame: '`{phrase}` puts the failure on others. Say what part was yours and what you changed.',
    },
    grouped: {
      many: '{count} phrases put the failure on others ({list}). Say what part was yours and what you changed.',
      also: '`{phrase}` puts the failure on others too ({index} of {count}; the first is on line {line}).',
      listKey: 'phrase',
    },
    defaultOptions: { ignore: [] },
    optionDocs: {
      ignore: 'Words or phrases to accept: a sentence whose underlined blame holds one is not flagged (for example `["legal"]`).',
    },
  },
  examples: {
    valid: [
      {
        name: "a dependency's delay stated as context, and my part owned",
        text:
          '## Late partner launch\n\n**Situation:** The partner API we depended on slipped by three weeks.\n\n**Action:** Rather ' +
          'than blaming the partner, I built a stub of their API so my team could keep testing.\n\n**Result:** We launched one week ' +
          'late instead of three.\n\n**Learning:** It was partly my fault: I had no fallback plan, so I now agree a checkpoint date ' +
          'with every dependency.\n',
      },
    ],
    invalid: [
      {
        name: 'the failure put on the vendor',
        text:
          '## SMS outage\n\n**Situation:** Our SMS provider stopped sending order codes on a sale day.\n\n**Action:** I switched ' +
          "notifications to email within 40 minutes. Honestly, the outage wasn't my fault. The vendor's team dropped the ball by " +
          'changing their rate limits without telling anyone.\n\n**Result:** Texts were flowing again by 13:00.\n',
        expect: ['blame', 'blame'],
      },
    ],
  },
  check({ doc, story, report }) {
    for (const b of blamesOf(doc, story)) reportAt(b.s, b.from, b.to);

    function reportAt(s: Sentence, from: number, end: number): void {
      const to = blameEnd(s, from, end);
      report({
        messageId: 'blame',
        data: { phrase: s.text.slice(from, to).replace(/\s+/g, ' ').trim() },
        start: s.offsetAt(from),
        end: s.offsetAt(to - 1) + 1,
        suggestions: [
          promptAfterSentence(
            s,
            'Insert prompt: What I could have done differently was …',
            'What I could have done differently was ${1:what I would change}.',
          ),
        ],
      });
    }
  },
};

/**
 * Each blame a story holds, in reading order, as the rule reports it: its sentence and its span in the searched text.
 * `excusing`: the story disowns its failure, so the complaints that need a setback or an Action count anywhere in it.
 */
function findBlames(doc: StoryDocument, story: Story, excusing = false): Blame[] {
  const found: Blame[] = [];
  // A cause told beside the writer's own share of it ("… which was my mistake", "I should have
  // checked") is context, not blame shifted: cause-and-effect patterns need a story that owns nothing.
  // Read only when a pattern or a cause needs it: most stories have neither, and the story is long.
  let owns: boolean | undefined;
  const storyOwns = () => (owns ??= admits(storyText(story)));
  let failed: boolean | undefined;
  const storyFailed = () => (failed ??= setbackOf(doc, story, 2) !== undefined);
  let asked: boolean | undefined;
  const asksAboutOthers = () => (asked ??= ASKS_ABOUT_OTHERS.test(`${story.question?.text ?? ''} ${story.title ?? ''}`));
  const told = toldParts(story);
  // Which sentences weigh options, each read once (most hold none of the words the pattern needs).
  const texts = story.sentences.map((x) => asSearched(x.text));
  const weighs = texts.map((text) => WEIGHING_CUE.test(text) && WEIGHING.test(text));
  for (const s of story.sentences) {
    const text = texts[s.index];
    const owned = ownsIt(text);
    // Options weighed, here or in the two sentences before ("I had three options. … I could rent generic scanners, but they
    // didn't run our app"): what another party or product could not do is why an option lost, not blame for a failure.
    const weighing = weighs.slice(Math.max(0, s.index - 2), s.index + 1).includes(true);
    const taken: Array<[number, number]> = [];
    const probed = PROBES.patternsIn(text);
    for (let k = 0; k < PATTERNS.length; k++) {
      if (!probed[k] || !probed[PATTERNS.length + k]) continue;
      const p = PATTERNS[k];
      for (const m of patternMatches(k, text)) {
        const from = m.index;
        const to = from + m[0].length;
        if (taken.some(([a, b]) => a < to && from < b)) continue;
        if (!p.deniesFault && owned) continue;
        if (p.causal && storyOwns()) continue;
        if (p.inFailure && !excusing && !storyFailed()) continue;
        // "If she'd walked out, we would have lost our best volunteer": a loss that their act would have caused is a risk
        // the writer weighed, not blame; "if they had told us, we wouldn't have lost the client" still blames.
        if (p.counterfactual && RISK_AFTER.test(text.slice(to)) && !NEGATED_HAVE.test(m[0])) continue;
        if (p.pointsBack && !opensWithOther(story.sentences[s.index - 1])) continue;
        if (p.notInSetup && (told[s.index] === 'situation' || s.part === 'task') && storyOwns()) continue;
        // The Task sets out the goal: what others left undone there is the gap the writer took on ("No one had flagged the
        // account as at risk", "… so the team didn't lose the role"), not an excuse.
        if (p.weak && s.part === 'task') continue;
        // A story about a supplier or partner that let the writer down ("Tell me about a time a supplier let you down",
        // "Wrong stretch film from the supplier") must tell what they did: in the Situation, their plain failing is the
        // premise the question asked for. Not when the writer's own loss is put down to it there ("our launch was delayed
        // because …", "… and we'd missed the trade show"), nor a verdict ("that was entirely on the provider").
        if (p.weak && !excusing && told[s.index] === 'situation' && asksAboutOthers() && !ownLossTold(text, from)) continue;
        // The Situation says who owned what before anything went wrong ("The search platform team was responsible for the
        // new cluster, so everything depended on them"): who held a duty there is the set-up, not an excuse.
        if (p.namesDuty && !excusing && told[s.index] === 'situation') continue;
        // "… they'd bought add-ons they never switched on": a pronoun right after a plural noun opens a clause that describes
        // the noun (a reduced relative), not the party's failing.
        if (p.weak && reducedRelative(text, from)) continue;
        if (p.toldHowFound && foundMyself(text.slice(to), nextSentence(story, s))) continue;
        if (weighing && (p.weak || p.causal || p.disclaimsControl)) continue;
        // A view the writer held and tells as theirs ("I came in with the view that the depot managers were, frankly, the
        // problem", "I'd assumed the night team were the weak link"): the misjudgement a story of being wrong sets out.
        if (HELD_VIEW_BEFORE.test(text.slice(Math.max(0, from - 80), from))) continue;
        // An insult the writer received: "(He) called the staff useless", "calling us clueless".
        if (CALLED_BEFORE.test(text.slice(Math.max(0, from - 12), from))) continue;
        if (!blames(s, nextSentence(story, s), text, from, to, p, excusing)) continue;
        // A complaint or a cause followed by the writer taking it up is context: "QA never ran it. I added the suite to CI."
        if ((p.weak || p.causal) && ownedNext(nextSentence(story, s))) continue;
        taken.push([from, to]);
        found.push({ s, from, to, disowns: p.deniesFault || p.disownsDuty });
      }
    }
    // Blame told as cause and effect in any wording: a setback and another party as its cause, owned nowhere near it.
    // The Situation and Task set out the problem the writer took on ("two incidents ran long because the engineer …").
    if (owned || weighing || s.part === 'task') continue;
    // In the Situation only a counterfactual: "Had head office sent the planograms on the Monday, we'd have been fine."
    const setup = told[s.index] === 'situation';
    const verdict = setup ? counterfactualCause(text) : undefined;
    if (setup && !verdict) continue;
    const causes = verdict ? [verdict] : blamedCauses(text);
    if (causes.length && storyOwns()) continue;
    for (const { from, to } of causes) {
      if (taken.some(([a, b]) => a < to && from < b)) continue;
      if (!blames(s, nextSentence(story, s), text, from, to, CAUSE_AND_EFFECT)) continue;
      if (ownedNext(nextSentence(story, s))) continue;
      taken.push([from, to]);
      found.push({ s, from, to });
    }
  }
  return found;
}

interface Blame {
  s: Sentence;
  from: number;
  to: number;
  /** The phrase disowns the failure or the duty outright ("it wasn't really on me", "not my job"). */
  disowns?: boolean;
}

/**
 * Every blame a story holds, in reading order, read once for the rule and for `no-reflection`'s look at how a story ended
 * (a story's sentences are searched with every pattern: reading them twice cost a 100 KB Result a second full search).
 */
function blamesOf(doc: StoryDocument, story: Story): readonly Blame[] {
  const kept = BLAMES.get(story);
  if (kept?.doc === doc) return kept.blames;
  let blames = findBlames(doc, story);
  // A story that disowns the failure outright is making excuses: what others left wanting is one of them wherever it is
  // told, in a story the setbacks do not read as a failure too ("Design was also late with the specs. … it wasn't really
  // on me").
  if (blames.some((b) => b.disowns)) blames = findBlames(doc, story, true);
  BLAMES.set(story, { doc, blames });
  return blames;
}

const BLAMES = new WeakMap<Story, { doc: StoryDocument; blames: readonly Blame[] }>();

/** The first phrase in a sentence `where` accepts (any, by default) that puts a failure on someone else, as underlined. */
export function firstBlame(doc: StoryDocument, story: Story, where?: (s: Sentence) => boolean): string | undefined {
  const b = blamesOf(doc, story).find((x) => !where || where(x.s));
  if (!b) return undefined;
  return b.s.text
    .slice(b.from, blameEnd(b.s, b.from, b.to))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where an underlined blame ends: before trailing punctuation, and not on "the", "to" or "their" ("through no fault of
 * the" reads "through no fault"). */
function blameEnd(s: Sentence, from: number, end: number): number {
  let to = end;
  while (to > from + 1 && /[\s,;:\u2014\u2013-]/.test(s.text[to - 1])) to--;
  return from + keptLength(s.text.slice(from, to));
}

/**
 * A match that opens on "they", "he" or "she" right after a plural noun ("add-ons they never switched on", "the forms she
 * never saw"): the pronoun opens a clause that describes the noun. Words in -s that are no plural noun ("always", "was",
 * "this") leave it a subject.
 */
function reducedRelative(text: string, from: number): boolean {
  if (!PRONOUN_PARTY.test(text.slice(from, from + 5))) return false;
  const m = PLURAL_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
  return !!m && !NOT_PLURAL_NOUNS.has(m[1]);
}
const PRONOUN_PARTY = /^(?:they|he|she) /;
/** The word right before a match when it ends in -s: group 1 is the whole word. */
const PLURAL_BEFORE = /([a-z][a-z-]{2,}s) $/;
/**
 * Words of four letters or more in -s that are no plural noun: adverbs, "this", and verbs that report or conclude ("which
 * means they never got it", "she says they never sent it").
 */
const NOT_PLURAL_NOUNS = words`
  always perhaps sometimes does this thus unless besides afterwards towards nevertheless plus says means thinks claims seems
  knows feels admits insists reckons
`;

/** The matches of BLAME_PATTERNS[k] in a searched sentence, found as the rule finds them (for tests). */
export function patternMatches(k: number, text: string): readonly RegExpExecArray[] {
  const p = PATTERNS[k];
  return p.led ? p.led.matchesIn(text) : allMatches(p.re, text);
}

/** Whether the rule searches BLAME_PATTERNS[k] only where a party or a word it opens with starts (for tests). */
export const isLed = (k: number): boolean => PATTERNS[k].led !== undefined;

/** Every match of a global pattern in `text`, in order. */
function allMatches(re: RegExp, text: string): readonly RegExpExecArray[] {
  re.lastIndex = 0;
  let out: RegExpExecArray[] | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) (out ??= []).push(m);
  return out ?? NO_MATCHES;
}

/** How the shapes of language/attribution.ts are checked: the writer acting later in the sentence makes them context. */
const CAUSE_AND_EFFECT: BlamePattern = { name: 'cause and effect', source: '', probe: [], unlessIActAfter: true, causal: true };

/**
 * The next sentence owns the matter: the writer admits a share ("I had not asked for a freeze") or puts a lasting
 * change in place ("So I added a contract test that now catches it"). Fixing the incident itself is not owning its cause.
 */
function ownedNext(next: Sentence | undefined): boolean {
  if (!next) return false;
  const text = straightLower(next.text);
  // A relative clause describes a thing ("two logging calls that were serialising the cart on every request"): no habit.
  return admits(text) || (next.actor === 'i' && next.actorActs && (LASTING.test(text) || HABIT.test(text.replace(RELATIVE_CLAUSE, ''))));
}

/** A sentence that opens on the part the writer could take: "What I could own was …", "What I could do was …". */
const WHAT_I_COULD = /^\W*what i (?:could|can|did) (?:still )?(?:own|do|control|fix|change|influence|offer)\b/i;

/** A sentence that draws a lesson: "going forward", "next time", "the lesson for me was". */
const LOOKS_AHEAD =
  /(?<![\w'])(?:going forward|next time|in (?:the )?future|from now on|lessons?|learn(?:ed|t)|takeaway|main thing)(?![\w'])/;

const RELATIVE_CLAUSE = /(?<![\w'])(?:that|which|who)(?![\w'])[^,;:]*/g;

/** A sentence that opens on the writer's change being in place: "Now, …", "Since then …", "These days …". */
const RULE_IN_PLACE = /^\W*(?:now|since then|these days|from then on|ever since|nowadays)\b/;
const HELD_VIEW_BEFORE = new RegExp(
  String.raw`(?:(?:with|held|had|holding) (?:the|a|this) (?:firm |strong |fixed )?(?:view|belief|assumption|impression)(?: that)?|` +
    String.raw`(?:i|we) (?:had |'d )?(?:assumed|was convinced|were convinced|was sure|were sure)(?: that)?) (?:[\w'-]+ ){0,4}$`,
);
/** "called" just before the phrase: what someone called a party ("called the staff useless"), not the writer's verdict. */
const CALLED_BEFORE = /(?<![\w'])(?:called|calling|calls) $/;
const RULE_NOW_BEFORE = /\b(?:is|are|gets|get) now (?:treated|handled|run|done|reviewed|checked|required|tested|signed off)\b/;

/** The writer finding it out themselves: "I noticed it myself the next morning", "…; I spotted it on my own in the logs". */
const FOUND_MYSELF = new RegExp(
  String.raw`(?<![\w'])(?:i|we) (?:\w+ly )?(?:noticed|spotted|found|caught|saw|discovered|worked (?:it )?out|picked (?:it )?up)` +
    String.raw`(?![\w'])[^.;]*?(?<![\w'])(?:myself|ourselves|on my own|on our own)(?![\w'])`,
);

/** Whether the rest of the sentence or the next one says the writer found it out themselves. */
function foundMyself(rest: string, next: Sentence | undefined): boolean {
  return FOUND_MYSELF.test(rest) || (!!next && FOUND_MYSELF.test(straightLower(next.text)));
}

/** A sentence lower-cased with straight apostrophes, as a next sentence is read. */
const straightLower = (text: string): string => lowerSameLength(text.replace(/[\u2019\u2018]/g, "'"));

/** A change that lasts beyond the incident. */
const LASTING = new RegExp(
  String.raw`(?<![\w'])(?:now|since then|from then on|ever since|going forward|these days|` +
    String.raw`so it (?:can't|cannot|won't|never)|whenever|(?:if|when) [^.;:]{1,50}? again)(?![\w'])`,
);

/** A habit told by how often: only outside a clause that describes a thing ("calls that ran on every request"). */
const HABIT = /(?<![\w'])(?:every time|before every|on every)(?![\w'])/;

/**
 * The writer admits a share of the cause. "We missed the launch" or "I failed the audit" is the setback itself,
 * not a share of its cause, so a missed or failed outcome is no admission here.
 */
function admits(text: string): boolean {
  return matchAll(OWN_FAILURE_RE, text).some(
    (h) => !/^(?:i|we)\b.*\b(?:missed|failed)$/i.test(h.text) && !DISCLAIMED.test(text.slice(Math.max(0, h.index - 40), h.index)),
  );
}

/**
 * Words before "I could have" that deny there was more to do, not admit it: "there wasn't a lot I could have done", "not a
 * lot more I could have done on the day", "I'm not sure there's loads I could have done differently".
 */
const DISCLAIMED = new RegExp(
  String.raw`(?:(?<![\w'])(?:nothing|little|no more|no way|(?:not|no|there's|there is) ` +
    String.raw`(?:a lot|much|many|loads|lots|anything|a great deal|all that much))|` +
    // "I'm not sure there was much more I could have done": "much" after "there was" only reads as a denial.
    String.raw`there (?:was|were) (?:much|all that much)|` +
    String.raw`n't (?:a lot|much|many|loads|lots|anything|a great deal|all that much))(?: more| else)?(?: that| which)? $`,
  'i',
);

/** A title or opening question about another party's failing: "a time a supplier let you down", "Battery contractor was late". */
const ASKS_ABOUT_OTHERS = new RegExp(
  String.raw`(?<![\w'])(?:suppliers?|vendors?|contractors?|subcontractors?|partners?|agency|agencies|landlords?|providers?|` +
    String.raw`hauliers?|couriers?|carriers?|third[- ]part(?:y|ies)|other teams?|another team|let (?:you|me|us) down)(?![\w'])`,
  'i',
);
/** Verbs after I or we that tell what the blamed act led to, not what the writer did about it. */
const CONSEQUENCES = words`slipped missed lost failed fell overran`;

/** The writer's own loss put down to a cause before the phrase: "our launch was delayed six weeks because …". */
const OWN_LOSS = /(?<![\w'])(?:because|due to|thanks to|caused by)(?![\w'])/;
/** The writer's own loss told beside it, in one of those verbs: "…, and by the time they answered we'd missed the trade show". */
const OWN_LOSS_AFTER = new RegExp(String.raw`(?<![\w'])(?:i|we)(?:'d| had| have|'ve)? (?:${[...CONSEQUENCES].join('|')})(?![\w'])`);

function ownLossTold(text: string, from: number): boolean {
  return OWN_LOSS.test(text.slice(0, from)) || OWN_LOSS_AFTER.test(text);
}

/**
 * Verbs after I or we that tell a state, a discovery, what was possible or what was forced, not an act: "we were
 * understaffed", "I found out", "there wasn't much I could do", "which we don't have", "so we must redo three pages".
 */
const STATE_VERBS = words`was were are am 're 'm heard could couldn't can can't cannot hadn't didn't don't wasn't weren't never must`;

/**
 * Words before I or we that open a clause of time, condition or object ("…needs to commit before we sign", "they ignored
 * what we told them", "didn't follow up on anything I sent them"), or tell the consequence ("…, which meant we went live
 * late"): not the writer acting on it.
 */
const SUBORDINATE = words`
  before until when whenever while after once if unless what meant meaning though although than anything everything something nothing
  whatever
`;

/** Words after a thought that take it back: "… but it turned out", "until I saw the logs". */
const TAKEN_BACK = /(?<![\w'])(?:but|turned out|actually|in fact|realis|realiz|until|wrong|later found)/;

/** Opinion verbs frame a claim; "I think the QA team never tested it" still blames them. */
const OPINION = words`think thought feel felt believe believed guess suppose mean honestly hope wish`;

/** "I think …", "I still think …", "I honestly feel …": an opinion after I or we, past the adverbs that soften it. */
function opinionAfter(t: Sentence['tokens'], i: number): boolean {
  let k = i + 1;
  while (OPINION_ADVERBS.has(t[k]?.norm ?? '')) k++;
  return OPINION.has(t[k]?.norm ?? '');
}

/** Words between I and an opinion verb: "I still think", "I do feel", "I honestly believe". */
const OPINION_ADVERBS = words`still really honestly genuinely personally truly do did also just always`;

/** Where the clause holding position `at` of a searched sentence starts: after the last comma, dash or linking word. */
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of allMatches(CLAUSE_BOUNDARY, text)) {
    if (m.index >= at) break;
    start = m.index + m[0].length;
  }
  return Math.min(start, at);
}
const CLAUSE_BOUNDARY = /[,;:\u2014\u2013]|(?<![\w'])(?:but|and|which|who|because|so|while|although|though|when|whereas)(?![\w'])/g;

/** True when I or we act in the sentence between offsets `from` and `to`, not merely give an opinion about it. */
function writerActs(s: Sentence, from = 0, to = Infinity): boolean {
  const t = s.tokens;
  for (let i = 0; i < t.length && t[i].end <= to; i++) {
    if (t[i].start < from) continue;
    // "…, which is why we slipped" tells the consequence; the writer is not acting there.
    if (!(isI(t, i) || isWe(t, i)) || opinionAfter(t, i) || t[i - 1]?.norm === 'why') continue;
    // "I'd say half of them never read it": a view, not an act.
    if (t[i].norm === "i'd" && t[i + 1]?.norm === 'say') continue;
    // "they ignored what we told them" and "the gaps we had requested": an object or a relative clause.
    if (relativeAt(t, i) || !writerClauseActs(t, i)) continue;
    return true;
  }
  return false;
}

/**
 * Whether the I or we at `i` opens a clause in which the writer acts. Not a clause of time, condition or consequence
 * ("…, which meant we went live late"), a state or the setback itself ("…, so we were understaffed", "…, and we lost the
 * deal"), a discovery ("so we found out"), or what the writer was left with ("so we had two weeks on paper").
 */
function writerClauseActs(t: Sentence['tokens'], i: number): boolean {
  if (SUBORDINATE.has(t[i - 1]?.norm ?? '')) return false;
  const next = t[i + 1]?.norm ?? '';
  // "…, because we'd sent it to them weeks before": the writer's earlier act given as the reason the blame holds, not
  // a step taken on it ("…, because I now review every promise" is one).
  if (REASON_WORDS.has(t[i - 1]?.norm ?? '') && (t[i].norm.endsWith("'d") || next === 'had')) return false;
  // "…, I'd warned them, I'd chased them": what the writer had done before, cited in their defence, not a step taken on it;
  // "…, which I had flagged but never escalated" owns a part.
  const participle = t[i].norm.endsWith("'d") ? next : next === 'had' ? (t[i + 2]?.norm ?? '') : '';
  if (participle.length > 3 && participle.endsWith('ed') && !t.slice(i + 2).some((x) => ADMITTING.has(x.norm) || x.norm.endsWith("n't")))
    return false;
  // "I'd the crew ready": had, as having.
  if (t[i].norm.endsWith("'d") && DETERMINERS.has(next)) return false;
  if (STATE_VERBS.has(next) || CONSEQUENCES.has(next) || (next === 'found' && t[i + 2]?.norm === 'out')) return false;
  const after = t[i + 2]?.norm ?? '';
  // "had" as having, before a noun phrase or an amount; not "had sold".
  return !(next === 'had' && (DETERMINERS.has(after) || /^\d/.test(after) || HAD_AMOUNTS.has(after)));
}

/** Words after the writer's earlier act that own a part of what went wrong: "I had flagged it but never escalated". */
const ADMITTING = words`but never not`;

/** Words that open a reason clause. */
const REASON_WORDS = words`because since as`;

/** Amounts after "had" that make it having: "we had two weeks", "I had nothing to go on". */
const HAD_AMOUNTS = words`two three four five six seven eight nine ten several many nothing lots plenty`;

/** Times before the writer that front a main clause: "The next day we rolled it back." */
const TIME_NOUNS = words`day days week weeks month months morning night evening afternoon weekend year time quarter sprint minute hour`;

/**
 * I or we opening a relative clause on a noun (a determiner up to three words before it): "…not filled any of the gaps
 * we had requested", "the notes I was given". The writer is the subject of the clause only; the act is the other party's.
 */
function relativeAt(t: Sentence['tokens'], i: number): boolean {
  const noun = t[i - 1];
  if (!noun || !/^[a-z][a-z-]*$/.test(noun.norm) || TIME_NOUNS.has(noun.norm) || noun.end !== t[i].start - 1) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (DETERMINERS.has(t[k].norm)) return true;
    if (!/^[a-z][a-z-]*$/.test(t[k].norm) || SUBORDINATE.has(t[k].norm)) return false;
  }
  return false;
}

/** The word after "if" starts with a capital: a name or initials ("if CAMHS had …"), not "if it had". */
function namesParty(original: string, from: number): boolean {
  // "if Priya had …" past its "if"; "Dave was responsible …" at its first letter.
  const m = /^(?:if (?:only )?)?(\S)/i.exec(original.slice(from, from + 12));
  return !!m && m[1] !== m[1].toLowerCase();
}

function opensWithOther(s: Sentence | undefined): boolean {
  return !!s && OPENS_WITH_OTHER.test(asSearched(s.text));
}

/** A sentence as the patterns read it: lower case, straight apostrophes, every space one space, the same length. */
function asSearched(text: string): string {
  // Most sentences hold neither a curly apostrophe nor a space other than ' ' (a line break): one test, and spaces are
  // not replaced by spaces one by one.
  const lower = lowerSameLength(TO_REPLACE.test(text) ? text.replace(/[\u2019\u2018]/g, "'").replace(/[^\S ]/g, ' ') : text);
  // "IT were three months late": the department, kept apart from the pronoun (not in a sentence in capitals, "IT WAS LATE").
  return text.includes('IT')
    ? lower.replace(IT_WORD, (m, at: number) => (PRONOUN_AT.test(text.slice(at, at + 8)) ? m : IT_DEPARTMENT))
    : lower;
}

const IT_WORD = /(?<![\w'])it(?![\w])/g;
/** The pronoun as written ("it", "It"), or "IT" in a sentence in capitals ("IT WAS LATE"): not the department. */
const PRONOUN_AT = /^(?!IT(?![\w]))|^IT\W+[A-Z]{2,}\b/;

const TO_REPLACE = /[\u2019\u2018]|[^\S ]/;

const OWN_PROMISE = /(?<![\w'])than (?:i|we)(?:'d| had)? (?:promised|planned|estimated|committed to|said|forecast)(?![\w'])/;

function ownsIt(text: string): boolean {
  OWNS_IT.lastIndex = 0;
  for (let m = OWNS_IT.exec(text); m; m = OWNS_IT.exec(text)) {
    if (!/(?:not|n't|never)(?: \w+ly)? $/.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}

/** Verbs that report agreement with what follows, not someone's own claim. */
const ENDORSING = words`agreed agrees confirmed confirms acknowledged acknowledges conceded`;

const OWNED_AFTER = /^[^.;]*?\b(?:but|so|and|yet) (?:i|we)\b/i;

/** The writer's own side's gap right after: ", but our contract never asked them to". */
const OWN_GAP_AFTER = /^[^.;]{0,40}?\bbut (?:our|my) (?:[\w-]+ ){1,3}?(?:never|didn't|did not|hadn't|had not|wasn't|weren't)\b/;

/** The writer undercutting the excuse they gave: "I told Aisha it was a carrier problem, which was only partly true". */
const UNDERCUT_AFTER = new RegExp(
  String.raw`^[^.;]{0,40}?\bwhich (?:(?:was|is) (?:only )?(?:partly|half|partially) (?:true|right|fair)|` +
    String.raw`(?:wasn't|was not|isn't|is not) (?:entirely |really |quite |completely |totally |the whole )?` +
    String.raw`(?:true|fair|the whole (?:story|truth)))\b`,
);

/** A concession right before the match: "…, even though technically …", "although …". */
const CONCEDED_BEFORE = /(?:^|[^\w'])(?:even though|although|though)(?: [a-z]+ly)?,?(?: (?:it|this|that))? $/;

/** "The late drawings weren't my doing, but having no slack for them was": a share owned in the same breath. */
// Not a shrug: "…, but there it is", "…, but that's how it is".
const SHARE_OWNED_AFTER =
  /^,? but (?!(?:there|that|it|this|such)\b)[^.;]{1,80}? (?:was|were|is)(?: (?:mine|on me|my (?:fault|doing|mistake)))?[.!;]?$/;

/** The writer handing a matter on to someone, then saying why: "that one I passed to the accountable officer, because …". */
const HANDED_ON_BEFORE = new RegExp(
  String.raw`\b(?:i|we) (?:passed|handed|escalated|referred|reported|forwarded)(?: (?:it|that|this|them))?(?: (?:on|up|over|back))? ` +
    String.raw`(?:to|with) [^.;]{1,80}?,? (?:because|since|as) [^.;]{0,60}$`,
);

function blames(
  s: Sentence,
  next: Sentence | undefined,
  text: string,
  from: number,
  to: number,
  p: BlamePattern,
  excusing = false,
): boolean {
  const before = text.slice(0, from);
  const after = text.slice(to);
  if (NOT_BLAMING_BEFORE.test(before.slice(-70))) return false;
  // "I kept in touch with her until it was all done, even though technically it was the bereavement team's job": a duty
  // conceded after the writer's own act is the extra the writer took on, not blame ("…, although Josh's part came in late"
  // still blames).
  if (p.namesDuty && CONCEDED_BEFORE.test(before) && writerActs(s, 0, s.offsetAt(from))) return false;
  // "…that one I passed to the accountable officer, because a possible diversion wasn't mine to investigate": a duty handed
  // on to its owner, with the reason why, is the writer acting on it.
  if (p.disownsDuty && HANDED_ON_BEFORE.test(before)) return false;
  // "…, one day later than I'd promised": late against the writer's own word, which the writer owns.
  if (OWN_PROMISE.test(text.slice(from, to + 40))) return false;
  const startOffset = s.offsetAt(from);
  const endOffset = s.offsetAt(to - 1) + 1;
  const first = s.tokens.findIndex((t) => t.start >= startOffset);
  const inside = s.tokens.filter((t) => t.start >= startOffset && t.end <= endOffset);
  if (first < 0 || inside.some((t) => t.quoted)) return false;
  // Someone else's words ("my manager said it wasn't my fault"), or what I thought at the time.
  const reported = reportedSpeechAt(s.tokens, first);
  // Others agreeing with the writer's account are cited as backing for it: "The other two agreed that Tom let the group down."
  // Agreeing with someone on a plan ("agreed with the managers that a blocked release would be fixed by …") is no backing.
  const counts =
    p.reportedCounts ||
    (reported !== undefined && ENDORSING.has(s.tokens[reported.verb].norm) && s.tokens[reported.verb + 1]?.norm !== 'with');
  // What I thought then counts only when the sentence takes it back ("I thought it was their fault, but …").
  if (reported && !counts && (!reported.firstPerson || (reported.kind === 'thinking' && TAKEN_BACK.test(after)))) return false;
  // Cleared by someone else, then owning it anyway: "My manager told me it wasn't my fault, but I still wrote up what I missed."
  if (reported && counts && OWNED_AFTER.test(after)) return false;
  if (p.deniesFault && SHARE_OWNED_AFTER.test(after.trimEnd())) return false;
  // The writer's own lapse told beside it: "The printer had never sent an acknowledgement, and I hadn't chased it", "Nobody
  // told us, but our contract never asked them to."
  if (!p.deniesFault && (admits(after) || OWN_GAP_AFTER.test(after) || UNDERCUT_AFTER.test(after))) return false;
  if (p.namedParty && !namesParty(s.text, from)) return false;
  if (p.needsOtherSubject && (OWN_SUBJECT_BEFORE.test(before) || NEGATED_BEFORE.test(before))) return false;
  if (p.unlessNegated && /(?:not|n't|never)(?: \w+ly)? $/.test(before)) return false;
  if (p.weak) {
    // In a story of a setback, what others left wanting is excuse-making wherever it is told, the Situation included.
    if (!p.inFailure && !excusing && s.part !== 'action' && s.part !== 'result' && s.part !== 'learning') return false;
    // Only the writer acting in the blame's own clause or after it takes it up: "We had sold 140 tickets, … which they
    // never returned" still blames; "I found the failure on their side and fixed it" and "They never sent the forms, so I
    // rang every family myself" do not.
    if (writerActs(s, s.offsetAt(clauseStart(text, from)))) return false;
    // A neglect told of what the writer's own act took up, in a relative clause on its object: "I pulled the loans out of
    // the library system, which nobody had looked at", "I put in the office's old address, which nobody had checked". The
    // writer found it, or chose it; "reminders went to a list which nobody had updated" still blames.
    const head = before.replace(/[\s,]+$/, '').length;
    if (/^(?:which|that) /.test(text.slice(from, to)) && writerActs(s, s.offsetAt(clauseStart(text, head)), startOffset)) return false;
  }
  if (p.lesson && s.part !== 'result' && s.part !== 'learning' && !LOOKS_AHEAD.test(text)) return false;
  // "Now, before any deprecation I sign off, the team has to interview ten customers": a rule the writer has since put in
  // place, told by what it asks of others, not a lesson for them.
  // Or told as how things are now done, before the demand: "Copy on a shipped surface is now treated like any other change in
  // my org: it goes to 5% first, and the PM has to list who depends on the old wording".
  if (p.lesson && (RULE_IN_PLACE.test(text) || RULE_NOW_BEFORE.test(text.slice(0, from)))) return false;
  // "…never shipped late again": a lasting good outcome, read in the clause of the match ("…, so we were marking without
  // realising" is a later clause).
  if (p.unlessOutcome && GOOD_OUTCOME_AFTER.test(after.split(/[,;]| so | and /)[0])) return false;
  if (p.unlessIActAfter) {
    for (let i = first; i < s.tokens.length; i++) {
      if (s.tokens[i].start < endOffset || !(isI(s.tokens, i) || isWe(s.tokens, i))) continue;
      // "…, and by the time I was allowed to make an offer", "…, so we slipped": not the writer acting; "…, so I built a stub" is.
      // Nor a relative clause on a noun: "the forecast was correct on the data I had" ("the lesson is that we now …" acts).
      const onNoun = s.tokens[i - 1]?.norm !== 'that' && relativeAt(s.tokens, i);
      if (onNoun || !writerClauseActs(s.tokens, i) || opinionAfter(s.tokens, i)) continue;
      return false;
    }
    // "It wasn't my job. I fixed it anyway." sets up ownership; other blame is context only when the next sentence owns the
    // cause or makes a lasting change ("Management had known for weeks. On the day I cancelled six flights." still blames),
    // and a cause-and-effect blame needs the fix in the same sentence.
    if (next?.actor === 'i' && !p.causal && (p.disownsDuty || ownedNext(next))) return false;
    // "PRM is not my job on paper. But if nobody took him, he would sleep in a hotel …": the duty disowned, then taken up.
    if (p.disownsDuty && next && /^\W*but\b/i.test(next.text)) return false;
    // "The identity service isn't mine. What I could own was getting the people who needed it back in": the writer's part.
    if (p.disownsDuty && next && WHAT_I_COULD.test(next.text)) return false;
  }
  return true;
}
