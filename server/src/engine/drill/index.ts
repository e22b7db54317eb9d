import { lint } from '../lint';
import { principlesOf, type StarConfig } from '../config';
import { drillStory, type DrillQuestion } from './drill';
import { titleOf } from '../bank/profile';
import { computeLineStarts, positionAt } from '../document/positions';

export { drillStory, openingQuestions, type DrillQuestion, type DrillKind } from './drill';

/** One story's drill: where its title is and its questions. */
export interface StoryDrill {
  /** 0-based index of the story in its file. */
  index: number;
  title: string;
  titleStart: number;
  questions: DrillQuestion[];
}

/** The drill for every story of a document (read as a story file even if it would not be linted as one). */
export function drillDocument(text: string, config: StarConfig = {}): StoryDrill[] {
  const doc = lint(text, { config, force: true, rules: [], releaseStories: false }).doc;
  if (!doc) return [];
  const principles = principlesOf(config);
  return doc.stories.map((story, index) => ({
    index,
    title: titleOf(story),
    titleStart: story.titleStart,
    questions: drillStory(doc, story, principles),
  }));
}

/** A story's drill with 1-based lines and UTF-16 columns (SPEC §10). */
export interface DrillEntry {
  file: string;
  line: number;
  title: string;
  questions: Array<{ question: string; kind: string; depth: number; line: number; column: number; quote: string }>;
}

/** Converts the engine's offsets into the JSON entries of SPEC §10. */
export function drillJson(file: string, text: string, drills: readonly StoryDrill[]): DrillEntry[] {
  const starts = computeLineStarts(text);
  const at = (offset: number) => {
    const p = positionAt(text, offset, starts);
    return { line: p.line + 1, column: p.character + 1 };
  };
  return drills.map((d) => ({
    file,
    line: at(d.titleStart).line,
    title: d.title,
    questions: d.questions.map((q) => ({ question: q.question, kind: q.kind, depth: q.depth, ...at(q.start), quote: q.quote })),
  }));
}
