import type { IgnoreOption, Rule } from '../rule';
import { nextSentence, titleRange, toldParts } from '../rule';
import { promptAfterSentence } from '../fixes';
import type { Sentence, Story } from '../types';
import { phraseRegex, hasMatch, isQuoted, storyText, straighten } from '../language/phrases';
import {
  DECIDERS,
  DECISION_ADVERBS,
  DECISION_VERBS,
  MOVE_DECISION_VERBS,
  OWN_DECIDERS,
  DECISION_NOUNS,
  NOT_A_DESIGN_DECISION,
  ALTERNATIVES,
  NEAR_DECISION,
  CLAUSE_BREAKS,
  PASSIVE_DECISIONS,
  PASSIVE_MOVES,
  RELOCATION_DECISION,
  CHANGED_RELOCATION,
  BUILD_DECISION,
  MECHANISMS,
} from '../lexicons/decisions';
import { negated, passivesIn } from './passive-voice';
import { mayMatch } from '../language/required-text';
import { words } from '../lexicons/words';
import { keptLength } from '../language/text';

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const ADVERBS = `(?:,? (?:${DECISION_ADVERBS.join('|')}))*`;
/**
 * The rest of a clause whose subject carries on to a further verb: "I rewrote the pool, moved the
 * serialisation out of the lock, and replaced the retry loop with …". A new subject or a subordinate
 * clause on the way ("I asked, and they moved …", "I joined after the team had moved …") ends it.
 */
// Bounded, so a run-on sentence of many "I"s costs each one at most this many characters, not the rest of the sentence.
const CARRY = `(?:(?:(?! (?:${CLAUSE_BREAKS.join('|')})${E})[^.;:!?]){0,120}?(?:,| and| then)(?: and| then)?)?`;
/** "I eventually chose", "we looked at the logs and decided": the decider, any adverbs, then the verb (group 1). */
const DECISION = new RegExp(`${B}(?:${DECIDERS.join('|')})${ADVERBS}${CARRY} (${DECISION_VERBS.join('|')})${E}`, 'giu');
/** "I moved the pipeline to": a move that is itself the decision, told by the writer. */
const MOVE_DECISION = new RegExp(`${B}(?:${OWN_DECIDERS.join('|')})${ADVERBS} (${MOVE_DECISION_VERBS.join('|')})${E}`, 'giu');
/** "We moved the bank step to after the first budget": a change of design the team chose (building a thing is only the writer's). */
const WE_MOVE_DECISION = new RegExp(`${B}we${ADVERBS} (${MOVE_DECISION_VERBS.filter((v) => v !== BUILD_DECISION).join('|')})${E}`, 'giu');
/** The relocations, read only right after their subject ("I moved the pipeline to …"), never carried on from an earlier verb. */
const RELOCATIONS = [RELOCATION_DECISION, CHANGED_RELOCATION];
/** "I rewrote the pool, …, and replaced the retry loop with": a move carried on from the writer's earlier verb. */
const CARRIED_MOVE = new RegExp(
  `${B}(?:${OWN_DECIDERS.join('|')})${ADVERBS}${CARRY} (${MOVE_DECISION_VERBS.filter((v) => !RELOCATIONS.includes(v)).join('|')})${E}`,
  'giu',
);
/** Note form with the writer left out: "Moved the export from cron to a Spark job", "- replaced the staging DB with …". */
const FRAGMENT = new RegExp(`^(?:(?:${DECISION_ADVERBS.join('|')}) )*(${[...DECISION_VERBS, ...MOVE_DECISION_VERBS].join('|')})${E}`, 'iu');
/** The writer's decisions as phrases, tried in this order on each sentence (exported for the fast-path tests). */
export const DECISION_PATTERNS = [DECISION, MOVE_DECISION, WE_MOVE_DECISION, CARRIED_MOVE, FRAGMENT];
const DECISION_VERB = new RegExp(`^(?:${DECISION_VERBS.join('|')})$`, 'iu');
const DECISION_NOUN = phraseRegex(DECISION_NOUNS);
const NOT_DESIGN = new RegExp(`^ (?:${NOT_A_DESIGN_DECISION.join('|')})${E}`, 'iu');
const ALTERNATIVE = phraseRegex(ALTERNATIVES);
const NEAR = phraseRegex(NEAR_DECISION);

/**
 * A thing that became a mechanism, in the Action: "the gauge spreadsheets became a small Postgres database", "the nightly
 * batch became a stream", "the paper register turned into a shared sheet". What it became names a design, not a verdict
 * ("the meeting became a shouting match").
 */
const TRANSFORMED = new RegExp(
  String.raw`${B}(?:the|our|my|every|each|all|their) (?:[\p{L}-]+ ){0,3}?[\p{L}-]+ (?:became|turned into|was turned into|` +
    String.raw`were turned into|got turned into) (?:a|an|one|the) (?:[\p{L}-]+ ){0,3}?(?:${MECHANISMS.join('|')})s?${E}`,
  'iu',
);

/** Parts of a story where the writer's own decisions are told. */
const DECIDING_PARTS = words`task action result`;

interface Decision {
  sentence: Sentence;
  /** The decision phrase as written. */
  text: string;
}

/** The writer's design or strategy decisions, in story order. */
export function decisionsOf(story: Story): Decision[] {
  const out: Decision[] = [];
  const told = toldParts(story);
  for (const s of story.sentences) {
    if (!DECIDING_PARTS.has(told[s.index])) continue;
    const text = straighten(s.text);
    for (const re of DECISION_PATTERNS) {
      // Most sentences hold none of a pattern's verbs: a plain test passes over them (language/required-text.ts).
      if (!mayMatch(re, text)) continue;
      re.lastIndex = 0;
      const m = firstDecision(re, s, text);
      if (!m) continue;
      const at = m.index + m[0].length - m[1].length;
      const phrase = s.text.slice(at, at + m[1].length).replace(/\s+/g, ' ');
      // "moved the pipeline to" reads as "moved the pipeline" in the message.
      const move = re !== DECISION && !DECISION_VERB.test(phrase);
      out.push({ sentence: s, text: move ? shortMove(phrase) : phrase });
      break;
    }
    if (out[out.length - 1]?.sentence === s) continue;
    const passive = passiveDecision(s);
    if (passive) {
      out.push({ sentence: s, text: passive });
      continue;
    }
    // "The gauge spreadsheets became a small Postgres database": a change of design told with its decider left out.
    const made = told[s.index] === 'action' ? TRANSFORMED.exec(text) : null;
    if (made && !isQuoted(s, made.index)) {
      out.push({ sentence: s, text: s.text.slice(made.index, made.index + made[0].length) });
      continue;
    }
    DECISION_NOUN.lastIndex = 0;
    const n = DECISION_NOUN.exec(text);
    if (n && !isQuoted(s, n.index))
      out.push({ sentence: s, text: s.text.slice(n.index, n.index + n[0].length).replace(/ (?:was|to|is)$/i, '') });
  }
  return out;
}

/**
 * "moved the pipeline to" reads "moved the pipeline", "moved our build from Webpack to" "moved our build";
 * "rearranged the fast movers on two aisles so that" reads "rearranged the fast movers".
 */
function shortMove(phrase: string): string {
  const purpose = phrase.replace(/ (?:so that|to make|to keep|to put|to group|to separate)$/i, '');
  if (purpose !== phrase) return purpose.replace(/ (?:on|in|at|over|for|across|by|myself|from) .*$/i, '');
  return phrase.replace(/ (?:in|to|onto|into|with|using|on top of|based on|as|on|\u2192|->)$/i, '').replace(/ from(?: .*)?$/i, '');
}

/**
 * A decision told in the passive, its decider left out: "it was decided that …", "a new triage
 * process was introduced", "the cron job was replaced with a queue". The passive is found the way
 * passive-voice finds it, so "I was introduced to the team" or a plan ("could be replaced") is none.
 */
function passiveDecision(s: Sentence): string | undefined {
  for (const hit of passivesIn(s)) {
    const { first, participle } = hit;
    // "Gary wasn't selected for the combined role": what was not done decides nothing.
    if (negated(s.tokens, hit)) continue;
    const p = s.tokens[participle];
    const next = s.tokens[participle + 1]?.norm ?? '';
    if (!PASSIVE_DECISIONS.has(p.norm) && !PASSIVE_MOVES.has(`${p.norm}-${next}`)) continue;
    const after = straighten(s.text.slice(p.end - s.start));
    if (NOT_DESIGN.test(after)) continue;
    return s.tokens
      .slice(first, participle + 1)
      .map((t) => t.text)
      .join(' ');
  }
  return undefined;
}

function firstDecision(re: RegExp, s: Sentence, text: string): RegExpExecArray | undefined {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length - m[1].length;
    if (!isQuoted(s, at) && !NOT_DESIGN.test(text.slice(m.index + m[0].length))) return m;
    if (!re.global) break;
  }
  return undefined;
}

/** True when the story makes a decision and weighs it against an alternative: the trade-off strength of the scorecard. */
export function weighsAlternatives(story: Story, decisions = decisionsOf(story)): boolean {
  if (!decisions.length) return false;
  return namesAlternative(story) || decisions.some((d) => weighsNearby(story, d));
}

/**
 * True when the story names an alternative or a trade-off anywhere, or answers an interviewer who asked for the options
 * ("What options did you look at?"), which the answer tells in whatever words.
 */
function namesAlternative(story: Story): boolean {
  return !!story.weighed || hasMatch(ALTERNATIVE, storyText(story));
}

function weighsNearby(story: Story, d: Decision): boolean {
  const next = nextSentence(story, d.sentence);
  return hasMatch(NEAR, straighten(d.sentence.text)) || (!!next && hasMatch(NEAR, straighten(next.text)));
}

/**
 * A question that asks for a decision the writer made ("Tell me about a time you had to make a quick decision", "Describe
 * a curriculum decision you have taken"): whatever the answer tells, it tells a decision. Not one the writer changed or
 * disagreed with ("a time you used data to change a decision").
 */
const ASKS_FOR_DECISION = new RegExp(
  String.raw`${B}(?:(?:make|made|making|take|took|taken|taking)(?: (?:a|an|the|one))?(?: [\p{L}-]+){0,2}? (?:decision|call)|` +
    String.raw`(?:decision|call|choice) you (?:made|took|have (?:made|taken)|had to make)|` +
    String.raw`(?:tough|difficult|hard|quick|judgement|judgment|big|risky|unpopular) (?:decision|call|choice))${E}`,
  'iu',
);

/** The decision a story's title or opening question asks for, as written there, or undefined. */
function askedDecision(story: Story): string | undefined {
  for (const title of [story.question?.text, story.title]) {
    const m = title ? ASKS_FOR_DECISION.exec(title) : null;
    if (m) return m[0];
  }
  return undefined;
}

/** The decision as quoted: not ending on "a" or "for" ("moved the budget for" reads "moved the budget"), but "went with" whole. */
function shownDecision(text: string): string {
  const kept = text.slice(0, keptLength(text));
  return kept.includes(' ') ? kept : text;
}

export const noAlternatives: Rule<IgnoreOption> = {
  id: 'no-alternatives',
  meta: {
    level: 'story',
    defaultSeverity: 'information',
    summary: 'A decision is told with no alternative or trade-off beside it.',
    why:
      'A decision only shows judgement when the listener can see what it was chosen over. Without the other options and what each ' +
      'would have cost, the interviewer cannot tell a weighed call from the first idea that came to mind, and judgement is much of ' +
      'what senior roles are scored on.',
    strong:
      'Names the two or three options that were really on the table, what each would have cost or risked, and why the chosen one won ' +
      'for this customer and this deadline. One sentence is enough.',
    example: {
      weak: 'I decided to build the pipeline on Kafka.',
      strong:
        'I weighed a nightly batch against Kafka streaming; batch was cheaper, but users needed data within minutes, so I chose Kafka ' +
        'and accepted the extra on-call load.',
    },
    followUp: 'What else did you consider, and why did you not go with it?',
    messages: {
      noAlternative:
        '`{decision}` is a decision, but no alternative or trade-off is mentioned. Name what else you considered and why you did not ' +
        'pick it.',
      askedDecision:
        'The question asks for a decision (`{decision}`), but the answer names no alternative or trade-off. Name what else you ' +
        'considered and why you did not pick it.',
    },
    defaultOptions: { ignore: [] },
    optionDocs: {
      ignore: 'Words or phrases to accept: a decision sentence holding one does not count as a decision (for example `["migrated"]`).',
    },
  },
  examples: {
    valid: [
      {
        name: 'the options and the trade-off are named',
        text:
          '## Data pipeline\n\n**Situation:** Analysts waited a day for sales data.\n\n**Action:** I compared a nightly batch job ' +
          "with a streaming pipeline. Streaming cost three times as much, so I chose an hourly batch that met the analysts' " +
          'needs.\n\n**Result:** Data now lands within the hour.\n',
      },
      {
        name: 'a decision to talk to someone is not a design decision',
        text:
          '## Disagreement on scope\n\n**Situation:** My product manager and I disagreed about the launch scope.\n\n**Action:** I ' +
          'decided to talk to her one-on-one and walked her through the support data.\n\n**Result:** We cut two features and launched ' +
          'on time.\n',
      },
    ],
    invalid: [
      {
        name: 'a design chosen with nothing beside it',
        text:
          '## Recommendation engine\n\n**Situation:** The product team asked for a recommendation feature.\n\n**Action:** I ' +
          'designed a machine-learning pipeline with TensorFlow and deployed it on Kubernetes.\n\n**Result:** The model reached good ' +
          'accuracy.\n',
        expect: ['noAlternative'],
      },
      {
        name: 'an answer to a question that asks for a decision, with nothing weighed',
        text:
          '## Tell me about a time you had to make a quick decision\n\n**Situation:** The coach for our school trip failed its ' +
          'check on the morning we left.\n\n**Action:** I rang three coach firms and booked the one that could come at 7am.\n\n' +
          '**Result:** We left 40 minutes late and all 58 children arrived before lunch.\n',
        expect: ['askedDecision'],
      },
    ],
  },
  check({ story, ignores, report }) {
    // A story that names an alternative weighs whatever it decides: it is not searched for its decisions, which
    // costs several times more (`weighsAlternatives` without the search; speed only).
    if (namesAlternative(story)) return;
    const decisions = decisionsOf(story).filter((d) => !ignores(d.text));
    if (!decisions.length) {
      // An answer to a question that asks for a decision tells one, in whatever words.
      const asked = askedDecision(story);
      const last = story.sentences.at(-1);
      if (asked && last && !ignores(asked))
        report({
          messageId: 'askedDecision',
          data: { decision: asked },
          ...titleRange(story),
          suggestions: [alsoConsidered(last)],
        });
      return;
    }
    if (decisions.some((d) => weighsNearby(story, d))) return;
    const [first] = decisions;
    report({
      messageId: 'noAlternative',
      data: { decision: shownDecision(first.text) },
      ...titleRange(story),
      suggestions: [alsoConsidered(first.sentence)],
    });
  },
};

/** The quick fix both messages offer: a prompt for the alternative weighed, after `s`. */
function alsoConsidered(s: Sentence) {
  return promptAfterSentence(s, 'Insert prompt: I also considered …', 'I also considered ${1:alternative}, but ${2:trade-off}.');
}
