/**
 * Shared types of the analysis engine. Offsets are UTF-16 code-unit offsets
 * into the document text (what JavaScript strings index), so every adapter can
 * convert them to lines and columns in one place.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export type SectionKind = 'situation' | 'task' | 'action' | 'result' | 'learning';
/** Where a sentence sits in its story; `intro` is text before the first marker. */
export type Part = SectionKind | 'intro' | 'title';

export const SECTION_ORDER: readonly SectionKind[] = ['situation', 'task', 'action', 'result', 'learning'];

/** A word or number token inside a sentence. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-cased, with curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  /** Inside a quotation ("…" or “…”): someone else's words. */
  quoted: boolean;
}

export type QuantityKind = 'percent' | 'money' | 'duration' | 'multiple' | 'count' | 'number';

export interface Quantity {
  kind: QuantityKind;
  /** The numeric value in a base unit (ms for durations, units for money and counts). */
  value: number;
  /** The unit family, e.g. `ms`, `$`, `%`, `x`, or the counted noun. */
  unit: string;
  text: string;
  start: number;
  end: number;
  /** The number as written, before unit scaling (2 for "2 seconds"), so pairs can carry a unit across ("from 40 minutes to 12"). */
  written: number;
}

/** "from 850 ms to 285 ms" */
export interface BeforeAfter {
  before: Quantity;
  after: Quantity;
  start: number;
  end: number;
}

export type Actor = 'i' | 'we' | 'other' | 'none';

export interface PrincipleMention {
  /** Canonical principle name. */
  name: string;
  text: string;
  start: number;
  end: number;
  /** Written as a name (title case or in a naming frame such as "shows X"), not as an ordinary phrase. */
  named: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  part: Part;
  /** Index in the story's sentence list. */
  index: number;
  /** The block (paragraph, list item, heading) this sentence came from. */
  blockIndex: number;
  inList: boolean;
  /** The main actor of the sentence: I, we (or our team), someone else, or nobody. */
  actor: Actor;
  /** The token that is the actor, if any. */
  actorToken?: Token;
  /**
   * The main actor does something, rather than being in a state ("we were proud"), giving an opinion ("I think") or owning weakly
   * ("I helped with").
   */
  actorActs: boolean;
  /** Counted first-person and team actions (clause subjects followed by a verb). */
  iActions: number;
  weActions: number;
  quantities: Quantity[];
  pairs: BeforeAfter[];
  principles: PrincipleMention[];
  /** Maps a position in `text` to a document offset. */
  offsetAt(i: number): number;
  /** Spoken words in the sentence. */
  words: number;
}

export interface Section {
  kind: SectionKind;
  /** Further kinds a combined marker names ("Situation and Task"). */
  also: SectionKind[];
  /** True when written with an explicit marker (heading or label). */
  explicit: boolean;
  /** Offset range of the marker (heading line or label), if explicit. */
  markerStart: number;
  markerEnd: number;
  /** The marker names a change already made ("What I changed", "What I do differently now"): its lines are that change. */
  namesChange?: boolean;
  start: number;
  end: number;
  sentences: Sentence[];
  words: number;
  /** Quantities written outside prose in this section: code spans and code blocks ("p99=300ms"). */
  quantitiesOutsideProse: number;
}

export interface FrontMatter {
  star?: boolean;
  principles?: string[];
  level?: string;
  type?: string;
  start: number;
  end: number;
}

/** The question a story answers, past its label ("**Q:**", "Question:"), and where it stands. */
export interface StoryQuestion {
  text: string;
  start: number;
  end: number;
  /** Written under the story's title, over its STAR labels, not as the opening of a transcript: the title still names the story. */
  underTitle?: boolean;
}

export interface Story {
  /** The title heading text, if the story has one. */
  title?: string;
  /**
   * The interviewer's question, when a heading titles the story of a transcript or a question line stands under the
   * title over STAR labels: it says what kind of story is asked for ("Tell me about a project that didn't go to plan")
   * where the heading may not ("Question 2").
   */
  question?: StoryQuestion;
  /** Offset range of the title line (or the story's first line). */
  titleStart: number;
  titleEnd: number;
  start: number;
  end: number;
  /** Told as a transcript in which the interviewer asked for the options weighed, and the candidate answered. */
  weighed?: boolean;
  /** True when the story uses explicit STAR markers. */
  structured: boolean;
  sections: Section[];
  sentences: Sentence[];
  words: number;
  /** The story's own text, lower-cased, for story-wide phrase checks. */
  lowerText: string;
  /** Tag lines of the story ("Principles: Dive Deep", "LP: Ownership"): what it claims to show, not what it tells. */
  tagLines: Array<{ start: number; end: number }>;
}

export interface Comment {
  text: string;
  start: number;
  end: number;
}

export interface StoryDocument {
  text: string;
  frontMatter?: FrontMatter;
  /** Every story; built on first access. */
  readonly stories: Story[];
  comments: Comment[];
  /** True when the document holds STAR markers for Situation, Action and Result. */
  hasMarkers: boolean;
  /** Offsets of the first character of each line. */
  readonly lineStarts: number[];
  /** The story covering an offset, built on demand (hover needs one story, not all). */
  storyAt(offset: number): Story | undefined;
  /** The i-th story, built on demand. */
  storyOf(i: number): Story;
  /** How many stories there are, without building any. */
  readonly storyCount: number;
  /** The i-th story's offsets (title to last block), without building it. */
  storyRange(i: number): [number, number];
  /** Forgets the i-th story's model; it is built again if asked for. */
  release(i: number): void;
}

/** A text edit in document offsets. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

/** A fix offered to the writer. Prompts may hold snippet tab stops `${1:…}`. */
export interface Suggestion {
  title: string;
  kind: 'replace' | 'prompt';
  edits: Edit[];
  /** True when `newText` holds snippet placeholders. */
  snippet?: boolean;
  /**
   * The fix an editor may apply without showing the list (LSP `isPreferred`).
   * Set only where the fix is safe and teaches the right habit: never a hedge
   * deletion, never a change of who did the work.
   */
  preferred?: boolean;
}

/**
 * How a finding sits among repeats of its rule in one story (SPEC §9, "say it
 * once"): the first occurrence is the primary, whose message names the count;
 * the others are secondaries at hint level that point back to it.
 */
export interface FindingGroup {
  role: 'primary' | 'secondary';
  /** Occurrences in the group, the primary included. */
  count: number;
  /** Offsets of the primary (a secondary's way back). */
  primaryStart: number;
  primaryEnd: number;
  /** Every occurrence's offsets in document order, shared by all members of the group. */
  members: ReadonlyArray<{ start: number; end: number }>;
  /**
   * On a primary: rule ids whose findings its message also speaks for. On a
   * secondary: the rule ids it was folded into another rule's message for
   * (principle-stacking into shallow-principle).
   */
  absorbs?: string[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  start: number;
  end: number;
  suggestions: Suggestion[];
  /** Set when the rule fired more than once in the story, or when this finding's message speaks for another rule's. */
  group?: FindingGroup;
}

/** A problem with the input or configuration rather than with the story. */
export interface Notice {
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** The file the notice is about, if not the document itself. */
  file?: string;
  key?: string;
}
