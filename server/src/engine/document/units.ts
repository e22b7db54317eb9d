import { lineHash } from './markdown';
import { proseSections, type BlockRef, type DraftStory } from './drafts';
import { lineEnd } from './positions';

/*
 * A free-prose "story" with no heading can be a whole journal: 1.5 MB of short
 * paragraphs made one story, and every keystroke re-analysed all of it (3 s and
 * a growing heap per edit). Past the length no one would tell in an interview,
 * such prose is checked in units cut at paragraphs, each a free-prose story of
 * its own, so one edit re-checks one unit. As with chunks, a unit ends where a
 * paragraph's own text says so, so an edit moves no cut far from itself.
 */

/** Free prose longer than this (about 4,000 words, nearly half an hour spoken) is checked in units. */
export const PROSE_UNIT_MAX = 24 * 1024;
/** A unit is at least this long before a paragraph may end it. */
const PROSE_UNIT_MIN = 8 * 1024;

/** The drafts with every over-long free-prose draft cut into units of bounded length. */
export function boundProse(drafts: DraftStory[], text: string): DraftStory[] {
  if (!drafts.some((d) => d.prose && proseLength(d) > PROSE_UNIT_MAX)) return drafts;
  const out: DraftStory[] = [];
  for (const d of drafts) {
    if (!d.prose || proseLength(d) <= PROSE_UNIT_MAX) out.push(d);
    else out.push(...cut(d, text));
  }
  return out;
}

/** A free-prose draft's blocks in document order: its sections hold them in turn, each once. */
function blocksOf(d: DraftStory): BlockRef[] {
  const refs: BlockRef[] = [];
  for (const sec of d.sections) for (const ref of sec.blocks) refs.push(ref);
  return refs;
}

function proseLength(d: DraftStory): number {
  const last = d.sections.at(-1)?.blocks.at(-1)?.block;
  return last ? last.end - d.titleStart : 0;
}

function cut(d: DraftStory, text: string): DraftStory[] {
  const units: BlockRef[][] = [[]];
  let unitStart = d.titleStart;
  for (const ref of blocksOf(d)) {
    const b = ref.block;
    const size = b.start - unitStart;
    const current = units[units.length - 1];
    // Between any two blocks, list items too: a list of thousands of items must not make one unbounded unit.
    const ends = current.length > 0 && size >= PROSE_UNIT_MIN;
    if (ends && (size >= PROSE_UNIT_MAX || lineHash(text.slice(b.start, b.start + 32)) % 8 === 0)) {
      units.push([ref]);
      unitStart = b.start;
    } else current.push(ref);
  }
  return units.map((blocks, i) =>
    i === 0
      ? { ...d, sections: proseSections(blocks) }
      : {
          titleStart: blocks[0].block.start,
          titleEnd: lineEnd(text, blocks[0].block.start),
          titleDepth: 0,
          structured: false,
          intro: [],
          sections: proseSections(blocks),
          prose: true,
        },
  );
}
