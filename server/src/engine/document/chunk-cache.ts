import { parseChunk, type ParsedChunk } from './markdown';
import { headingMarker, labelMarker } from './sections';
import { beginStage, endStage } from '../profile';

interface Entry {
  key: string;
  parsed: ParsedChunk;
  used: number;
  /** The chunk shifted to where it was last used, kept so the same block objects come back while it stays there. */
  moved?: { start: number; parsed: ParsedChunk };
}

/**
 * Caches parsed chunks (with their section markers) by their text, so an edit
 * re-parses only the chunk it touched. What it holds is bounded by the
 * document, not by its history: {@link ChunkCache.sweep} after each lint drops
 * the chunks the last few lints did not use (every keystroke makes a new one).
 *
 * A chunk is first looked for where it was in the last lint (at the same
 * offset, or moved by the change in length): comparing its text there costs a
 * fraction of hashing it as a key, which for a 1 MB file was milliseconds per edit.
 */
export class ChunkCache {
  private map = new Map<string, Entry>();
  /** The last lint's chunks by offset, and the text length they were found in. */
  private byStart = new Map<number, Entry>();
  private nextByStart = new Map<number, Entry>();
  private lastLength = 0;
  private length = 0;
  private lints = 0;
  /** Characters parsed afresh since the last sweep: what an edit cost. */
  parsedChars = 0;
  constructor(private readonly max = 5000) {}
  get(text: string, start: number, end: number): ParsedChunk {
    this.length = text.length;
    let hit = this.at(text, start, end, start) ?? this.at(text, start, end, start - (text.length - this.lastLength));
    if (!hit) {
      const key = text.slice(start, end);
      hit = this.map.get(key);
      if (!hit) {
        hit = { key, parsed: parseAndMark(key, 0, key.length), used: this.lints };
        this.parsedChars += key.length;
        if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
        this.map.set(key, hit);
      }
    }
    hit.used = this.lints;
    this.nextByStart.set(start, hit);
    if (start === 0) return hit.parsed;
    // The same block objects while a chunk stays where it is: story assembly caches its reading of each block by identity.
    if (hit.moved?.start !== start) hit.moved = { start, parsed: shiftChunk(hit.parsed, start) };
    return hit.moved.parsed;
  }

  /** The entry the last lint had at `was`, if the text from `start` to `end` is still its text. */
  private at(text: string, start: number, end: number, was: number): Entry | undefined {
    const entry = this.byStart.get(was);
    return entry && entry.key.length === end - start && text.slice(start, end) === entry.key ? entry : undefined;
  }

  /** Ends one lint: chunks unused for `keep` lints go (an undo within that many edits still hits). */
  sweep(keep = 2): void {
    this.lints++;
    this.parsedChars = 0;
    this.byStart = this.nextByStart;
    this.nextByStart = new Map();
    this.lastLength = this.length;
    for (const [key, entry] of this.map) if (this.lints - entry.used > keep) this.map.delete(key);
    for (const [start, entry] of this.byStart) if (this.map.get(entry.key) !== entry) this.byStart.delete(start);
  }

  /** How many chunks are held (tests). */
  get size(): number {
    return this.map.size;
  }
}

/** Parses a chunk and marks its STAR section markers. */
export function parseAndMark(text: string, start: number, end: number): ParsedChunk {
  const t = beginStage();
  const parsed = parseChunk(text, start, end);
  endStage('markdown parse', t);
  const m = beginStage();
  const marked = markChunk(parsed);
  endStage('section markers', m);
  return marked;
}

function markChunk(parsed: ParsedChunk): ParsedChunk {
  return {
    comments: parsed.comments,
    blocks: parsed.blocks.map((b, i) => {
      const next = parsed.blocks[i + 1];
      // "- A:" alone on its item labels the nested list under it.
      const opensList = b.inList && !!next?.inList && next.type === 'paragraph';
      const marker = b.type === 'heading' ? headingMarker(b.text) : labelMarker(b.text, b.leadingEmphasis, opensList);
      return marker ? { ...b, marker } : b;
    }),
  };
}

function shiftChunk(c: ParsedChunk, by: number): ParsedChunk {
  return {
    blocks: c.blocks.map((b) => ({ ...b, start: b.start + by, end: b.end + by, shift: b.shift + by })),
    comments: c.comments.map((m) => ({ ...m, start: m.start + by, end: m.end + by })),
  };
}
