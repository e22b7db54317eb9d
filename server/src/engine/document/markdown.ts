import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent, PhrasingContent, Heading, Paragraph } from 'mdast';
import { collectComments, tableRows } from './markup';
import { scanChunk } from './scan';
import { identityMap, type OffsetMap, offsetMap } from './offset-map';

/**
 * A unit of prose (heading, paragraph or list-item paragraph) reduced to plain
 * text, with a map back to document offsets. Code spans, URLs, images and HTML
 * are left out of `text`; each leaves a single space so words stay apart.
 */
export interface Block {
  /** `break` is a thematic break (`---`), which can separate stories; its text is empty. */
  type: 'heading' | 'paragraph' | 'break';
  depth: number;
  text: string;
  /** Offset of each character of `text`, plus one entry for the end; add `shift` for the document offset. */
  map: OffsetMap;
  /**
   * Added to `map` entries: lets a cached chunk move without copying its maps. A new block's map counts from its
   * first entry, which starts `shift` (see `offsetMap`).
   */
  shift: number;
  start: number;
  end: number;
  inList: boolean;
  /** The first inline child is bold or italic text, as in `**Situation:**`. */
  leadingEmphasis?: string;
  /** Text that is not prose but may hold numbers: code spans in the block, and code blocks right after it. */
  asides?: string;
  /** A cell of a table with one story per row: the header of its column, which names its STAR part (see `tableRows`). */
  column?: string;
}

export interface HtmlComment {
  text: string;
  start: number;
  end: number;
}

export interface ParsedChunk {
  blocks: Block[];
  comments: HtmlComment[];
}

const parser = unified().use(remarkParse);

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** A chunk with no heading in it is cut at a blank line once it is this long... */
const UNIT_MIN = 4 * 1024;
/** ...where the next line's text picks it (1 in 8 paragraphs), or at the first blank line past this size. */
const UNIT_MAX = 16 * 1024;

/**
 * Splits Markdown into chunks that each start at an ATX heading outside fenced
 * code. Parsing chunk by chunk keeps remark's work linear in the document size
 * and lets callers reuse the result for chunks whose text did not change.
 * Chunks under `minSize` characters grow over the next heading, since each
 * parser call has a fixed cost. A long run with no heading is cut at blank
 * lines before an unindented line outside comments, so one edit re-parses a
 * bounded amount of text. Which blank line is chosen depends on the line
 * after it, not on the offset, so an edit moves no cut but its own neighbours'.
 */
export function splitChunks(text: string, from = 0, to = text.length, minSize = 1024): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let chunkStart = from;
  let fence: string | undefined;
  let inComment = false;
  let afterBlank = false;
  let pos = from;
  // Where the next comment opener and closer are: a line is cut out of the text only when it holds one, or may be
  // a fence, a heading or a cut point. Slicing and matching every line was most of an edit's cost in a 1 MB file.
  let nextOpen = -1;
  let nextClose = -1;
  while (pos < to) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > to) eol = to;
    // The line as the rules below read it, `text.slice(pos, cap)`: its first 200 characters. It is sliced only
    // when it may matter (a closure that sliced it once, lazily, made the loop ten times slower).
    const cap = Math.min(eol, pos + 200);
    let i = pos;
    while (i < cap && i < pos + 3 && text.charCodeAt(i) === 32) i++;
    const lead = i < cap ? text.charCodeAt(i) : -1;
    const f = lead === 96 /* ` */ || lead === 126 /* ~ */ ? FENCE.exec(text.slice(pos, cap)) : null;
    const size = pos - chunkStart;
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && text.slice(pos, cap).trim() === f[1]) fence = undefined;
    } else if (f) {
      fence = f[1];
    } else if (size >= minSize && lead === 35 /* # */ && ATX.test(text.slice(pos, cap))) {
      chunks.push([chunkStart, pos]);
      chunkStart = pos;
    } else if (
      size >= UNIT_MIN &&
      afterBlank &&
      !inComment &&
      /^[^\s>]/.test(text.slice(pos, cap)) &&
      (size >= UNIT_MAX || lineHash(text.slice(pos, cap)) % 8 === 0)
    ) {
      chunks.push([chunkStart, pos]);
      chunkStart = pos;
    }
    if (!fence) {
      if (nextOpen !== Infinity && nextOpen < pos) nextOpen = indexFrom(text, '<!--', pos);
      if (nextClose !== Infinity && nextClose < pos) nextClose = indexFrom(text, '-->', pos);
      if (nextOpen + 4 <= cap || (inComment && nextClose + 3 <= cap)) {
        const line = text.slice(pos, cap);
        const open = line.lastIndexOf('<!--');
        if (open >= 0) inComment = line.indexOf('-->', open) < 0;
        else if (inComment && line.includes('-->')) inComment = false;
      }
    }
    const first = text.charCodeAt(pos);
    afterBlank = pos === cap || (first > 32 && first < 127 ? false : text.slice(pos, cap).trim() === '');
    pos = eol + 1;
  }
  if (chunkStart < to || chunks.length === 0) chunks.push([chunkStart, to]);
  return chunks;
}

/** The next index of `s` in `text` from `pos`, or Infinity. */
function indexFrom(text: string, s: string, pos: number): number {
  const i = text.indexOf(s, pos);
  return i === -1 ? Infinity : i;
}

/** A cheap hash of a line's first characters (FNV-1a), for cut points that follow the content. */
export function lineHash(line: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length && i < 32; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Above this size a chunk is parsed in pieces split at blank lines. */
const MAX_PARSE = 8 * 1024;

/**
 * Which reader parses a piece: `fast` tries the hand-written scanner for the
 * plain Markdown stories use (scan.ts) and hands anything it does not fully
 * recognise to remark-parse; `remark` uses remark-parse alone. Both give the
 * same result (test/robustness/fast-parse.test.ts proves it on the corpus).
 */
export type Reader = 'fast' | 'remark';

let reader: Reader = 'fast';

/** Switches the reader for every later parse: the differential tests lint once with each. */
export function useReader(next: Reader): void {
  reader = next;
}

/** How many pieces, and how many characters, each reader took (for coverage reports). */
export interface ReaderCounts {
  fast: number;
  remark: number;
  fastChars: number;
  remarkChars: number;
}

/** Parses one chunk of the document; offsets in the result are document offsets. */
export function parseChunk(text: string, start: number, end: number, counts?: ReaderCounts): ParsedChunk {
  if (end - start <= MAX_PARSE) return parseSmall(text, start, end, counts);
  // micromark slows down badly on long runs of markup (emphasis, brackets); a
  // long chunk is parsed paragraph by paragraph, and one paragraph longer than
  // the limit is read as plain text, so time stays linear in the input.
  const out: ParsedChunk = { blocks: [], comments: [] };
  for (const [s, e] of splitAtBlankLines(text, start, end)) {
    const part = e - s <= MAX_PARSE ? parseSmall(text, s, e, counts) : plainChunk(text, s, e);
    out.blocks.push(...part.blocks);
    out.comments.push(...part.comments);
  }
  return out;
}

function parseSmall(text: string, start: number, end: number, counts?: ReaderCounts): ParsedChunk {
  const source = neutralizeUnclosedComments(text.slice(start, end));
  const fast = reader === 'fast' ? scanChunk(source, start) : undefined;
  if (counts) {
    if (fast) counts.fast++;
    else counts.remark++;
    if (fast) counts.fastChars += source.length;
    else counts.remarkChars += source.length;
  }
  if (fast) return fast;
  const tree = parser.parse(source) as Root;
  const out: ParsedChunk = { blocks: [], comments: [] };
  for (const node of tree.children) visitBlock(node, source, start, false, out);
  return out;
}

/**
 * An HTML comment opener with no closer after it makes micromark rescan the rest
 * of the text for every opener (quadratic). Such openers close nothing, so they
 * are swapped for same-length text; offsets stay exact.
 */
function neutralizeUnclosedComments(source: string): string {
  const lastClose = source.lastIndexOf('-->');
  const firstOpenAfter = source.indexOf('<!--', lastClose < 0 ? 0 : lastClose + 3);
  if (firstOpenAfter < 0) return source;
  return source.slice(0, firstOpenAfter) + source.slice(firstOpenAfter).replace(/<!--/g, '<!~~');
}

/** Pieces of at most MAX_PARSE characters where possible, cut at blank lines outside fences. */
function splitAtBlankLines(text: string, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let pieceStart = start;
  let lastBlank = -1;
  let fence: string | undefined;
  let pos = start;
  while (pos < end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > end) eol = end;
    const line = text.slice(pos, Math.min(eol, pos + 200));
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
    } else if (f) fence = f[1];
    else if (line.trim() === '') lastBlank = eol + 1;
    if (eol + 1 - pieceStart > MAX_PARSE && lastBlank > pieceStart) {
      pieces.push([pieceStart, lastBlank]);
      pieceStart = lastBlank;
    }
    pos = eol + 1;
  }
  if (pieceStart < end) pieces.push([pieceStart, end]);
  return pieces;
}

/** Paragraphs split at blank lines, with no inline parsing: the fallback for huge paragraphs. */
function plainChunk(text: string, start: number, end: number): ParsedChunk {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?![ \t\r]*(?:\n|$))[^\n]*)*/g;
  const source = text.slice(start, end);
  for (let m = re.exec(source); m; m = re.exec(source)) {
    // A CRLF blank line is a lone `\r` to the pattern: it is no paragraph, and one that starts a match is no part of it.
    const lead = /^(?:[ \t\r]*\n)*/.exec(m[0])![0].length;
    const value = m[0].slice(lead);
    if (!value.trim()) continue;
    const s = start + m.index + lead;
    const { map, shift } = identityMap(s, value.length);
    const block: Block = { type: 'paragraph', depth: 0, text: value, map, shift, start: s, end: s + value.length, inList: false };
    // A long table is still a table: a story bank of many rows is read row by row (linear, like the rest).
    for (const b of tableRows(block) ?? [block]) blocks.push(b);
  }
  return { blocks, comments: [] };
}

function visitBlock(node: RootContent, source: string, base: number, inList: boolean, out: ParsedChunk): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph': {
      const block = toBlock(node, source, base, inList, out);
      if (!block) return;
      const rows = node.type === 'paragraph' ? tableRows(block) : undefined;
      for (const b of rows ?? [block]) out.blocks.push(b);
      return;
    }
    case 'thematicBreak': {
      const start = base + (node.position?.start.offset ?? 0);
      const end = base + (node.position?.end.offset ?? 0);
      out.blocks.push({ type: 'break', depth: 0, text: '', map: Uint16Array.of(0), shift: start, start, end, inList });
      return;
    }
    case 'html':
      collectComments(node.value, (node.position?.start.offset ?? 0) + base, out);
      return;
    case 'code': {
      // Not prose, but "p99 850ms -> 300ms" in a code block is still a number the story states.
      const last = out.blocks[out.blocks.length - 1];
      if (last) last.asides = last.asides ? `${last.asides}\n${node.value}` : node.value;
      return;
    }
    case 'list':
    case 'listItem':
    case 'blockquote':
      for (const child of node.children) visitBlock(child as RootContent, source, base, inList || node.type !== 'blockquote', out);
      return;
    default:
      return;
  }
}

function toBlock(node: Heading | Paragraph, source: string, base: number, inList: boolean, out: ParsedChunk): Block | undefined {
  const pos = node.position;
  if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return undefined;
  const acc: Inline = { text: '', map: [] };
  for (const child of node.children) appendInline(child, source, base, acc, out);
  acc.map.push(base + pos.end.offset);
  const first = node.children[0];
  let leadingEmphasis: string | undefined;
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    leadingEmphasis = first.children.map((c) => ('value' in c ? c.value : '')).join('');
  }
  // A typed array: one entry per character of every paragraph adds up on large story banks.
  const { map, shift } = offsetMap(acc.map);
  return {
    type: node.type,
    depth: node.type === 'heading' ? node.depth : 0,
    text: acc.text,
    map,
    shift,
    start: base + pos.start.offset,
    end: base + pos.end.offset,
    inList,
    leadingEmphasis,
    asides: acc.asides,
  };
}

interface Inline {
  text: string;
  map: number[];
  asides?: string;
}

function appendInline(node: PhrasingContent, source: string, base: number, acc: Inline, out: ParsedChunk): void {
  const pos = node.position;
  const s = pos?.start.offset ?? 0;
  const e = pos?.end.offset ?? s;
  switch (node.type) {
    case 'text':
      appendAligned(node.value, source, s, e, base, acc);
      return;
    case 'strong':
    case 'emphasis':
    case 'delete':
    case 'link':
    case 'linkReference':
      for (const child of node.children) appendInline(child, source, base, acc, out);
      return;
    case 'break':
      acc.text += '\n';
      acc.map.push(base + s);
      return;
    case 'html':
      collectComments(node.value, base + s, out);
      acc.text += ' ';
      acc.map.push(base + s);
      return;
    default:
      // Code spans, images and footnote references are not prose; a space keeps words apart.
      if (node.type === 'inlineCode') acc.asides = acc.asides ? `${acc.asides} ${node.value}` : node.value;
      acc.text += ' ';
      acc.map.push(base + s);
      return;
  }
}

/** A character reference at the start of a string: hexadecimal, decimal or named. */
const REFERENCE = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Appends a text node's value, mapping each character to its place in the
 * source. The value differs from the source by escapes (`\*`), character
 * references (`&copy;`, `&#x1F600;`), and container marks and indentation
 * that micromark strips from continuation lines (`>`, spaces, tabs); the walk
 * consumes exactly those, so no run of them, however long, can shift later
 * characters. A decoded reference maps to its `&`, its last code unit to its `;`.
 */
function appendAligned(value: string, source: string, s: number, e: number, base: number, acc: { text: string; map: number[] }): void {
  acc.text += value;
  if (e - s === value.length) {
    for (let i = 0; i < value.length; i++) acc.map.push(base + s + i);
    return;
  }
  let j = s;
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (j >= e) {
      acc.map.push(base + Math.max(s, e - 1));
      i++;
      continue;
    }
    const c = source[j];
    if (c === '\\' && j + 1 < e && source[j + 1] === ch && isAsciiPunctuation(ch)) {
      acc.map.push(base + j + 1);
      i++;
      j += 2;
      continue;
    }
    if (c === '&') {
      const ref = REFERENCE.exec(source.slice(j, j + 40));
      // A literal `&` stays in the value; a reference decodes to something else (`&amp;` to `&` itself).
      if (ref && (ch !== '&' || decodesToAmpersand(ref))) {
        const after = j + ref[0].length;
        const units = decodedUnits(ref, value, i, source, after);
        for (let k = 0; k < units; k++) acc.map.push(base + (k > 0 && k === units - 1 ? after - 1 : j));
        i += units;
        j = after;
        continue;
      }
    }
    if (c === ch) {
      acc.map.push(base + j);
      i++;
      j++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '>') {
      j++;
      continue;
    }
    // A character micromark replaced (NUL becomes U+FFFD): same place, one for one.
    acc.map.push(base + j);
    i++;
    j++;
  }
}

function isAsciiPunctuation(ch: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(ch);
}

function decodesToAmpersand(ref: RegExpExecArray): boolean {
  if (ref[1]) return Number.parseInt(ref[1], 16) === 38;
  if (ref[2]) return Number(ref[2]) === 38;
  return ref[0] === '&amp;' || ref[0] === '&AMP;';
}

/** How many UTF-16 code units of the value a reference decoded to. */
function decodedUnits(ref: RegExpExecArray, value: string, i: number, source: string, after: number): number {
  const numeric = ref[1] ? Number.parseInt(ref[1], 16) : ref[2] ? Number(ref[2]) : undefined;
  // Invalid code points decode to U+FFFD, one unit; valid astral ones to a surrogate pair.
  if (numeric !== undefined) return numeric > 0xffff && numeric <= 0x10ffff && (numeric & 0xfffe) !== 0xfffe ? 2 : 1;
  const high = value.charCodeAt(i);
  if (high >= 0xd800 && high <= 0xdbff) return 2;
  // A few named references decode to two characters: take two when only two keep the rest aligned.
  return i + 1 < value.length && value[i + 1] !== source[after] && value[i + 2] === source[after] ? 2 : 1;
}
