import { parseChunk, type Block, type ParsedChunk } from './markdown';
import type { MarkedBlock } from './draft-parts';
import type { Marker } from './sections';
import { headingMarker, labelMarker } from './sections';
import { beginStage, endStage } from '../profile';
import { ownText } from './own-text';
import { AssemblyMemo } from './drafts';

interface Entry {
  key: string;
  parsed: ParsedChunk;
  used: number;
  /** Where its blocks and comments are now: the offset of the chunk's start they were last placed at. */
  at: number;
  /** The lint that last placed it. */
  placed: number;
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
 *
 * A chunk's block objects stay the same wherever it goes: a chunk moved by an
 * edit before it has its blocks' and comments' offsets moved in place, not
 * copied. Story assembly caches its reading of each block by identity, so text
 * typed into one story re-reads that story alone, not every story after it
 * (which was most of what typing cost in a 200,000-word file). The blocks of an
 * earlier lint therefore hold this lint's offsets: a lint's blocks (and the
 * drafts and document read from them) are read before the next lint with the
 * same cache, as the server does. A chunk whose text comes twice in one
 * document gets a copy for each place after the first.
 */
export class ChunkCache {
  private map = new Map<string, Entry>();
  /** The last lint's chunks by offset, and the text length they were found in. */
  private byStart = new Map<number, Entry>();
  private nextByStart = new Map<number, Entry>();
  private lastLength = 0;
  private length = 0;
  private lints = 0;
  /** What story assembly read from these blocks (kept by block identity, so it goes with them). */
  readonly assembly = new AssemblyMemo();
  /** Characters parsed afresh since the last sweep: what an edit cost. */
  parsedChars = 0;
  constructor(private readonly max = 5000) {}
  get(text: string, start: number, end: number): ParsedChunk {
    this.length = text.length;
    let hit = this.at(text, start, end, start) ?? this.at(text, start, end, start - (text.length - this.lastLength));
    if (!hit) {
      let key = text.slice(start, end);
      hit = this.map.get(key);
      if (!hit) {
        // Parsed from a copy of its own, so neither the key nor the blocks' text keep this version of the document alive.
        key = ownText(key);
        hit = { key, parsed: parseAndMark(key, 0, key.length), used: this.lints, at: 0, placed: -1 };
        this.parsedChars += key.length;
        if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
        this.map.set(key, hit);
      }
    }
    if (hit.placed === this.lints && hit.at !== start) {
      // The same text again elsewhere in this document: a copy of its own, kept by place only.
      hit = { key: hit.key, parsed: copyChunk(hit.parsed, start - hit.at), used: this.lints, at: start, placed: this.lints };
    }
    hit.used = this.lints;
    hit.placed = this.lints;
    if (hit.at !== start) {
      moveChunk(hit.parsed, start - hit.at);
      hit.at = start;
    }
    this.nextByStart.set(start, hit);
    return hit.parsed;
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

/** The section a table's column header names, its cell's text all content. */
function columnMarker(column: string): Marker | undefined {
  const m = headingMarker(column);
  return m && { ...m, contentStart: 0 };
}

function markChunk(parsed: ParsedChunk): ParsedChunk {
  return {
    comments: parsed.comments,
    blocks: parsed.blocks.map((b, i) => {
      const next = parsed.blocks[i + 1];
      // "- A:" alone on its item labels the nested list under it; "A:" alone on its line, the list right after it.
      const opensList =
        (b.inList && !!next?.inList && next.type === 'paragraph') || (!b.inList && b.type === 'paragraph' && !!next?.inList);
      // A table cell is labelled by its column's header ("| Situation | … |" over it).
      const marker =
        b.type === 'heading'
          ? headingMarker(b.text)
          : b.column
            ? columnMarker(b.column)
            : labelMarker(b.text, b.leadingEmphasis, opensList);
      return uniform(b, marker);
    }),
  };
}

/**
 * A block in the one shape every cached block has, fields in one order: the
 * loops over every block of a 200,000-word file on each edit (chunks, units)
 * read them from one hidden class. Blocks of the scanner and of remark-parse,
 * with and without emphasis, code or a marker, were as many shapes, and moving
 * them in place made their accesses megamorphic.
 */
function uniform(b: Block, marker: Marker | undefined): MarkedBlock {
  return {
    type: b.type,
    depth: b.depth,
    text: b.text,
    map: b.map,
    shift: b.shift,
    start: b.start,
    end: b.end,
    inList: b.inList,
    leadingEmphasis: b.leadingEmphasis,
    asides: b.asides,
    marker,
  };
}

/** Moves a chunk's blocks and comments by `by`, in place. */
function moveChunk(c: ParsedChunk, by: number): void {
  for (const b of c.blocks) {
    b.start += by;
    b.end += by;
    b.shift += by;
  }
  for (const m of c.comments) {
    m.start += by;
    m.end += by;
  }
}

/** A copy of a chunk moved by `by` (the maps are shared: `shift` moves them). */
function copyChunk(c: ParsedChunk, by: number): ParsedChunk {
  return {
    blocks: c.blocks.map((b) => ({ ...b, start: b.start + by, end: b.end + by, shift: b.shift + by })),
    comments: c.comments.map((m) => ({ ...m, start: m.start + by, end: m.end + by })),
  };
}
