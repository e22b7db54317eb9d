import type { Story, StoryDocument } from '../types';
import type { PrincipleMatcher } from '../language/principles';
import { tagLineEnd } from './speakers';

/** A principle named on a tag line, at its offsets in the document. */
export interface TagMention {
  name: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The principles a story's tag lines name ("Principles: Ownership, Dive Deep"), read past the
 * line's label, in order. The drill and the bank both read a story's claimed principles from here.
 */
export function tagLineMentions(doc: StoryDocument, story: Story, principles: PrincipleMatcher): TagMention[] {
  const out: TagMention[] = [];
  for (const tag of story.tagLines) {
    const line = doc.text.slice(tag.start, tag.end);
    const from = tagLineEnd(line) ?? 0;
    for (const m of principles.find(line.slice(from))) {
      out.push({ name: m.name, text: m.text, start: tag.start + from + m.start, end: tag.start + from + m.end });
    }
  }
  return out;
}
