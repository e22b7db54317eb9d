import type { Section, Story, StoryDocument } from '../types';
import { storyStats, storyStrengths, type StoryStats, type Strength } from '../document/stats';
import { ownText } from '../document/own-text';

/** A section as the outline shows it; offsets relative to the story's start. */
export interface SectionOutline
  extends Pick<Section, 'kind' | 'also' | 'explicit' | 'markerStart' | 'markerEnd' | 'start' | 'end' | 'words'> {
  /** The end of the section's first sentence, where an implicit section's name points. */
  firstSentenceEnd?: number;
}

/**
 * What the scorecard and the outline need of one story, free of document
 * offsets (they are relative to the story's start), so it can be reused while
 * the story's text is unchanged, wherever the story has moved.
 */
export interface StoryFacts {
  title?: string;
  titleLength: number;
  /** The story's end, relative to its start. */
  end: number;
  stats: StoryStats;
  strengths: Strength[];
  sections: SectionOutline[];
}

/** One story's facts, placed in the current document. */
export interface PlacedFacts {
  /** The story's start (its title) in the document. */
  start: number;
  end: number;
  facts: StoryFacts;
}

function factsOf(story: Story, wordsPerMinute: number): StoryFacts {
  const base = story.titleStart;
  return {
    title: story.title,
    titleLength: Math.max(story.titleEnd - base, 0),
    end: Math.max(story.end, story.titleEnd) - base,
    stats: storyStats(story, wordsPerMinute),
    strengths: storyStrengths(story),
    sections: story.sections.map((s) => ({
      kind: s.kind,
      also: s.also,
      explicit: s.explicit,
      markerStart: s.markerStart - base,
      markerEnd: s.markerEnd - base,
      start: s.start - base,
      end: s.end - base,
      words: s.words,
      firstSentenceEnd: s.sentences[0] ? s.sentences[0].end - base : undefined,
    })),
  };
}

/**
 * Each story's facts, kept across edits by the story's exact text (and the
 * pace and principles they were counted with). The code lens and the outline
 * are asked for after every edit; without this, each request built the model
 * of every story (360 ms on a 200,000-word bank) where the edit changed one.
 */
export class StoryFactsCache {
  private readonly entries = new Map<string, { facts: StoryFacts; seen: number }>();
  private calls = 0;

  /** Every story of the document with its facts; `context` names what else the facts depend on (the principles). */
  all(doc: StoryDocument, wordsPerMinute: number, context: string): PlacedFacts[] {
    this.calls++;
    const out: PlacedFacts[] = [];
    let built = -1;
    for (let i = 0; i < doc.storyCount; i++) {
      const [start, end] = doc.storyRange(i);
      const key = ownText(`${wordsPerMinute}\u0000${context}\u0000${doc.text.slice(start, end)}`);
      let hit = this.entries.get(key);
      if (!hit) {
        this.entries.set(key, (hit = { facts: factsOf(doc.storyOf(i), wordsPerMinute), seen: this.calls }));
        // The facts are what is kept; the model of every story at once is what made a large file's memory peak.
        // The last one stays, so a file of one long story is not built again for its hover.
        if (built >= 0) doc.release(built);
        built = i;
      }
      hit.seen = this.calls;
      out.push({ start, end: start + hit.facts.end, facts: hit.facts });
    }
    // Stories not seen for a few requests are gone from the document: memory follows the text, not its history.
    for (const [key, e] of this.entries) if (this.calls - e.seen > 3) this.entries.delete(key);
    return out;
  }
}
