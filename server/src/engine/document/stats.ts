import type { Sentence, Story } from '../types';
import { sectionsOf } from '../rule';
import { hasMatch, phraseRegex, storyText } from '../language/phrases';
import { MECHANISM } from '../lexicons/strengths';
import { namesCustomerContext } from '../rules/no-customer-context';
import { weighsAlternatives } from '../rules/no-alternatives';
import { reflects } from '../rules/no-reflection';
import { words } from '../lexicons/words';

/** The pace speaking time is estimated at, unless story-length is configured otherwise. */
export const WORDS_PER_MINUTE = 150;

/**
 * The facts about one story that rules, the hover, the code lens and the CLI
 * all report. Computed here once, so every consumer counts the same way.
 */
export interface StoryStats {
  words: number;
  /** Estimated speaking time at the given pace, rounded to whole seconds. */
  seconds: number;
  /** The same, unrounded, for thresholds. */
  exactSeconds: number;
  wordsPerMinute: number;
  /** Where I/we actions were counted: the Action section(s), or the whole story when it has none. */
  actionsFrom: 'action' | 'story';
  iActions: number;
  weActions: number;
  /** Quantities anywhere in the story. */
  quantities: number;
  /** Principles named as principles, each once, in order of first mention. */
  principles: string[];
}

/**
 * A note-form step with the writer left out: "Booked the booth, managed the agency and ran the email campaign", "Wrote
 * compaction job in Spark". The writer's own action, counted as one I action; not "Needed a new supplier" (a state) or
 * "Approved by the board" (a passive).
 */
export function isNoteAction(s: Sentence): boolean {
  if (s.iActions || s.weActions || s.actor === 'i' || s.actor === 'we') return false;
  const first = s.tokens.findIndex((t) => /^\p{L}/u.test(t.text));
  const verb = s.tokens[first];
  if (!verb || !/^\p{Lu}?\p{Ll}+$/u.test(verb.text) || s.tokens.slice(0, first).some((t) => /\p{L}/u.test(t.text))) return false;
  const next = s.tokens[first + 1]?.norm ?? '';
  if (next === 'by' || next === 'to' || next === 'for' || next === 'with' || !next) return false;
  const w = verb.norm;
  return NOTE_PAST.has(w) || (/^[a-z]{3,}ed$/.test(w) && !NOT_NOTE_ACTIONS.has(w));
}

/** Irregular past forms that open a note-form step. */
const NOTE_PAST = words`
  ran built set wrote led made sent took put got brought bought found gave held kept met paid sold spoke told won drove rang began
  chose cut drew fed hit let rebuilt rewrote split spent taught
`;
/** Words in -ed that open no step of the writer's: states, feelings and wants. */
const NOT_NOTE_ACTIONS = words`
  needed wanted seemed appeared used based need seed feed speed bed red shed hundred related interested excited worried surprised
  tired required expected supposed allowed involved concerned scheduled
`;

/** The sentences whose I/we actions count: the Action's, or every sentence of a story without one. */
export function actionSentences(story: Story): Sentence[] {
  const actions = sectionsOf(story, 'action');
  return actions.length ? actions.flatMap((s) => s.sentences) : story.sentences;
}

export function storyStats(story: Story, wordsPerMinute = WORDS_PER_MINUTE): StoryStats {
  const pace = wordsPerMinute > 0 ? wordsPerMinute : WORDS_PER_MINUTE;
  let iActions = 0;
  let weActions = 0;
  for (const s of actionSentences(story)) {
    iActions += s.iActions + (isNoteAction(s) ? 1 : 0);
    weActions += s.weActions;
  }
  let quantities = 0;
  const principles = new Set<string>();
  for (const s of story.sentences) {
    quantities += s.quantities.length;
    for (const p of s.principles) if (p.named) principles.add(p.name);
  }
  return {
    words: story.words,
    seconds: Math.round((story.words / pace) * 60),
    exactSeconds: (story.words / pace) * 60,
    wordsPerMinute: pace,
    actionsFrom: sectionsOf(story, 'action').length ? 'action' : 'story',
    iActions,
    weActions,
    quantities,
    principles: [...principles],
  };
}

export type StrengthId = 'customer' | 'trade-off' | 'before-after' | 'lesson' | 'mechanism';

/** Something a story does well, as the scorecard names it. */
export interface Strength {
  id: StrengthId;
  /** A few words for the code lens and the hover. */
  label: string;
}

const MECHANISM_RE = phraseRegex(MECHANISM);

/**
 * What the story does well (SPEC §9, "strengths, too"), read from the same
 * detectors the rules use, so a strength named here is never flagged as
 * missing there. Kept apart from {@link storyStats}, which rules call on every
 * lint: only the scorecard needs these.
 */
export function storyStrengths(story: Story): Strength[] {
  const out: Strength[] = [];
  if (story.sentences.length && namesCustomerContext(story)) out.push({ id: 'customer', label: 'starts from the customer' });
  if (weighsAlternatives(story)) out.push({ id: 'trade-off', label: 'weighs alternatives' });
  if (story.sentences.some((s) => s.pairs.length > 0)) out.push({ id: 'before-after', label: 'before/after numbers' });
  if (story.sentences.length && reflects(story)) out.push({ id: 'lesson', label: 'a lesson learned' });
  if (hasMatch(MECHANISM_RE, storyText(story))) out.push({ id: 'mechanism', label: 'a mechanism others use' });
  return out;
}
