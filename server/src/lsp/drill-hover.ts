import type { Story, StoryDocument } from '../engine/types';
import { drillStory, openingQuestions } from '../engine/drill';
import type { Analysis } from './analysis';

/** How many follow-ups the title hover shows; the rest are in the drill command. */
const SHOWN = 3;

/** The title hover's drill part: the first follow-up questions of the story, each with the line it is about. */
export function drillHoverMarkdown(a: Analysis, doc: StoryDocument, story: Story): string | undefined {
  const questions = openingQuestions(drillStory(doc, story, a.principles), SHOWN);
  if (!questions.length) return undefined;
  const lineOf = (offset: number) => a.text.slice(0, offset).split('\n').length;
  return ['**Follow-ups to expect**', questions.map((q, i) => `${i + 1}. ${q.question} *(line ${lineOf(q.start)})*`).join('\n')].join(
    '\n\n',
  );
}
