import type { Finding, Section, Sentence, Severity, Story, StoryDocument, Suggestion, SectionKind } from './types';
import type { PrincipleMatcher } from './language/principles';
import { writerSideActs } from './language/actors';

/** A good or bad example story that runs as a test and appears in the rule's page. */
export interface RuleExample {
  /** A short name for the example. */
  name: string;
  /** The story Markdown. */
  text: string;
  /** For bad examples: the message ids expected, in document order. */
  expect?: string[];
}

export interface RuleMeta<O extends object> {
  /** `sentence` rules flag a span; `story` rules flag the story's title or section. */
  level: 'sentence' | 'story';
  defaultSeverity: Severity;
  /** One line for tables and settings. */
  summary: string;
  /** Why interviewers mark it down (hover, docs). */
  why: string;
  /** What a strong answer does instead (hover, docs). */
  strong: string;
  /** One short weak → strong pair (hover, docs). */
  example: { weak: string; strong: string };
  /** The follow-up question an interviewer would ask next. */
  followUp: string;
  /** Messages by id; `{name}` is filled from the finding's data. */
  messages: Record<string, string>;
  /**
   * How repeats in one story are said once (sentence rules). `many` is the
   * first occurrence's message, with `{count}` and `{list}` (the distinct
   * values of `listKey`, quoted) besides the finding's own data; `also` marks
   * each other occurrence, with `{index}`, `{count}` and `{line}` of the first.
   */
  /**
   * How repeats of the rule in one story are told as one. `separate` lists message ids whose findings say a different
   * thing and are grouped only among themselves, with the plain counted message ("the shares add up to more than the
   * whole" is not one more mismatched percentage).
   */
  grouped?: { many: string; also: string; listKey?: string; separate?: string[] };
  /** A follow-up question per message id, where it depends on which way the rule fired. */
  followUps?: Record<string, string>;
  defaultOptions: O;
  /** What each option does, for docs and the schema. */
  optionDocs: { [K in keyof O]: string };
  /** Bounds of numeric options beyond the default "at least 0", for the validator and the schema. */
  optionBounds?: { [K in keyof O]?: OptionBounds<keyof O & string> };
}

/** The option every rule set off by words from a list takes: the words or phrases to accept. */
export interface IgnoreOption {
  ignore: string[];
}

/** What a numeric option must be: above a number (not equal to it), and above another option. */
export interface OptionBounds<K extends string = string> {
  above?: number;
  aboveOption?: K;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  suggestions?: Suggestion[];
}

export interface RuleContext<O extends object> {
  doc: StoryDocument;
  story: Story;
  options: O;
  principles: PrincipleMatcher;
  /** The level the writer is preparing for, if set (L6, senior…). */
  level?: string;
  /**
   * True when a span of text holds a word or phrase of the rule's `ignore`
   * option. Sentence rules get it applied to what they underline; story rules
   * call it on the sentence that sets them off.
   */
  ignores(text: string): boolean;
  report(report: Report): void;
}

export interface Rule<O extends object = Record<string, never>> {
  id: string;
  meta: RuleMeta<O>;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  check(ctx: RuleContext<O>): void;
}

/** Fills `{name}` placeholders of a message template. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** The sentence after `s` in its story, if any. */
export function nextSentence(story: Story, s: Sentence): Sentence | undefined {
  return story.sentences[s.index + 1];
}

export function sectionsOf(story: Story, kind: SectionKind): Section[] {
  return story.sections.filter((s) => s.kind === kind || s.also.includes(kind));
}

/** Where a story-level finding sits: the story's title line. */
export function titleRange(story: Story): { start: number; end: number } {
  return { start: story.titleStart, end: Math.max(story.titleEnd, story.titleStart + 1) };
}

export type AnyRule = Rule<any>;
export type { Finding };

/**
 * The part each sentence plays in what happened, by sentence index. A free-prose story's first paragraph is its
 * Situation, but a writer who tells the whole story in one paragraph and adds a coda ("This shows …") puts what they
 * did and how it ended there too: past its first two sentences, such a paragraph (three fifths of the story or more)
 * reads as the Action. And once the writer acts in that paragraph ("Our build was slow. I moved it to Vite."), the
 * rest of it is the Action too. Structured stories keep their labels. Computed once per story by the rule that needs it.
 */
export function toldParts(story: Story): Array<Sentence['part']> {
  const parts = story.sentences.map((s) => s.part);
  if (story.structured) return parts;
  const situation = parts.filter((p) => p === 'situation').length;
  const long = situation * 5 >= parts.length * 3;
  return parts.map((p, i) => (p === 'situation' && ((long && i >= 2) || (i > 0 && actsFrom(story.sentences, i))) ? 'action' : p));
}

/**
 * True when, within its paragraph, the writer has acted by this sentence: "Our build was slow. I moved it from Webpack to
 * Vite." The opening sentence sets the scene whoever its subject is, and a paragraph of context stays the Situation.
 */
function actsFrom(sentences: Sentence[], i: number): boolean {
  for (let j = i; j > 0 && sentences[j].blockIndex === sentences[i].blockIndex; j--) if (writerSideActs(sentences[j])) return true;
  return false;
}
