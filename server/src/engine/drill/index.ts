import { lint } from '../lint';
import { principlesOf, type StarConfig } from '../config';
import { drillStory, type DrillQuestion } from './drill';
import { titleOf } from '../bank/profile';

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
  const doc = lint(text, { config, force: true, rules: [] }).doc;
  if (!doc) return [];
  const principles = principlesOf(config);
  return doc.stories.map((story, index) => ({
    index,
    title: titleOf(story),
    titleStart: story.titleStart,
    questions: drillStory(doc, story, principles),
  }));
}
