import type { Block, ParsedChunk } from './markdown';
import { collectComments, tableRows } from './markup';
import { FALLBACK, scanInline } from './scan-inline';

/*
 * The fast reader: a hand-written scanner for the plain Markdown stories are
 * written in (ATX headings, paragraphs, bullet and numbered lists nested with
 * spaces, thematic breaks, HTML comments, and the inlines in scan-inline.ts).
 * It gives exactly the ParsedChunk the remark-parse path gives, about ten
 * times faster, because it builds no syntax tree and reads each character
 * once. Whatever it does not fully recognise (block quotes, code blocks,
 * setext headings, HTML blocks, tabs in indentation, definitions, empty list
 * items, a heading or break inside a list…) makes it give up on the whole
 * chunk, which then goes to remark-parse: the decision is conservative by
 * design, and test/robustness/fast-parse.test.ts checks both paths agree.
 */

// What a line starts, at its first non-space character.
const PLAIN = 0;
const ATX = 1;
const THEMATIC = 2;
const MARKER = 3;
const COMMENT = 4;
/** A run of `=` or `-` alone: a setext underline after a paragraph, text otherwise. */
const UNDERLINE = 5;
/** Block quotes, fences, HTML blocks: never read here. */
const OTHER = 6;

interface Marker {
  /** The bullet character, or the ordered list's delimiter (`.` or `)`). */
  marker: number;
  /** Where the item's text starts; -1 for an empty item. */
  content: number;
  /** An ordered item numbered exactly `1` (only those may interrupt a paragraph). */
  one: boolean;
  ordered: boolean;
}

interface Paragraph {
  lines: number[];
  inList: boolean;
}

/** Parses `source` (a chunk starting at document offset `base`), or returns undefined for remark-parse to do it. */
export function scanChunk(source: string, base: number): ParsedChunk | undefined {
  if (source.charCodeAt(0) === 0xfeff || source.includes('\0') || source.includes(']:')) return undefined;
  try {
    return new Scanner(source, base).run();
  } catch (e) {
    if (e === FALLBACK) return undefined;
    throw e;
  }
}

class Scanner {
  private readonly out: ParsedChunk = { blocks: [], comments: [] };
  private para: Paragraph | undefined;
  /** Open list items, outermost first: the column their text starts at, and their list's marker. */
  private readonly items: Array<{ col: number; marker: number }> = [];

  constructor(
    private readonly source: string,
    private readonly base: number,
  ) {}

  run(): ParsedChunk {
    const { source } = this;
    const len = source.length;
    const hasCR = source.includes('\r');
    let pos = 0;
    while (pos < len) {
      const eol = hasCR ? lineEnd(source, pos) : indexOr(source.indexOf('\n', pos), len);
      const next = nextLine(source, eol);
      let f = pos;
      while (f < eol && source.charCodeAt(f) === 32) f++;
      if (f === eol || isBlank(source, f, eol)) {
        this.closeParagraph();
        pos = next;
        continue;
      }
      if (source.charCodeAt(f) === 9) throw FALLBACK;
      pos = this.line(pos, f, eol, next);
    }
    this.closeParagraph();
    return this.out;
  }

  /** One non-blank line; returns where the next line starts. */
  private line(start: number, f: number, eol: number, next: number): number {
    const { items } = this;
    const indent = f - start;
    let k = 0;
    while (k < items.length && indent >= items[k].col) k++;
    if (k === items.length) return this.inContainer(start, f, eol, next, indent - (k ? items[k - 1].col : 0));
    // Not indented enough for the innermost items: a sibling item, a lazy line, or the end of those items.
    const parentCol = k ? items[k - 1].col : 0;
    const m = lineKind(this.source, f, eol) === MARKER ? marker(this.source, f, eol) : undefined;
    if (m && indent - parentCol < 4 && m.marker === items[k].marker) {
      this.closeParagraph();
      items.length = k;
      return this.openItem(start, m, eol, next);
    }
    if (this.para) {
      // A lazy line: paragraph text continues the open paragraph whatever its indentation. Not every
      // container continued, so micromark starts any new item here, empty or numbered other than 1.
      const kind = indent - parentCol >= 4 ? PLAIN : lineKind(this.source, f, eol);
      if (kind === PLAIN) {
        this.para.lines.push(f, eol);
        return next;
      }
      if (kind === MARKER) {
        this.closeParagraph();
        items.length = k;
        return this.openItem(start, m as Marker, eol, next);
      }
      if ((kind === THEMATIC && this.source.charCodeAt(f) === 45) || kind === UNDERLINE || kind === OTHER) throw FALLBACK;
    }
    this.closeParagraph();
    items.length = k;
    return this.inContainer(start, f, eol, next, indent - parentCol);
  }

  /** A line inside the innermost open item (or at top level), `rel` columns past where its text starts. */
  private inContainer(start: number, f: number, eol: number, next: number, rel: number): number {
    const { source } = this;
    const inList = this.items.length > 0;
    const open = this.para !== undefined;
    if (rel >= 4) {
      // Indented code, unless it continues a paragraph.
      if (!open) throw FALLBACK;
      this.para?.lines.push(f, eol);
      return next;
    }
    const kind = lineKind(source, f, eol);
    switch (kind) {
      case PLAIN:
        if (open) this.para?.lines.push(f, eol);
        else this.para = { lines: [f, eol], inList };
        return next;
      case UNDERLINE:
        if (open) throw FALLBACK;
        this.para = { lines: [f, eol], inList };
        return next;
      case MARKER: {
        const m = marker(source, f, eol) as Marker;
        // Only a non-empty item, numbered 1 if ordered, interrupts a paragraph; otherwise the line continues it.
        if (open && (m.content < 0 || (m.ordered && !m.one))) {
          if (m.content < 0) throw FALLBACK;
          this.para?.lines.push(f, eol);
          return next;
        }
        this.closeParagraph();
        return this.openItem(start, m, eol, next);
      }
      case ATX:
        if (inList) throw FALLBACK;
        this.closeParagraph();
        this.heading(f, eol);
        return next;
      case THEMATIC:
        // After a paragraph a line of dashes may be a setext underline.
        if (inList || (open && source.charCodeAt(f) === 45)) throw FALLBACK;
        this.closeParagraph();
        this.out.blocks.push(breakBlock(this.base + f, this.base + eol));
        return next;
      case COMMENT:
        if (inList) throw FALLBACK;
        this.closeParagraph();
        return this.comment(f);
      default:
        throw FALLBACK;
    }
  }

  /** Opens a list item whose line starts at `start`; its first line holds paragraph text or another item. */
  private openItem(start: number, m: Marker, eol: number, next: number): number {
    if (m.content < 0) throw FALLBACK;
    this.items.push({ col: m.content - start, marker: m.marker });
    const kind = lineKind(this.source, m.content, eol);
    if (kind === MARKER) {
      const inner = marker(this.source, m.content, eol) as Marker;
      // "- 2019. Left the UK": whether an ordered marker numbered other than 1 opens a list inside the item depends on
      // whether the item broke into a paragraph (micromark carries that down); remark-parse reads those lines.
      if (inner.ordered && !inner.one) throw FALLBACK;
      return this.openItem(start, inner, eol, next);
    }
    if (kind !== PLAIN) throw FALLBACK;
    this.para = { lines: [m.content, eol], inList: true };
    return next;
  }

  private heading(f: number, eol: number): void {
    const { source } = this;
    let p = f;
    while (source.charCodeAt(p) === 35) p++;
    const depth = p - f;
    while (p < eol && (source.charCodeAt(p) === 32 || source.charCodeAt(p) === 9)) p++;
    let e = trimEnd(source, p, eol);
    // A closing run of `#` counts when a space comes before it, or it is all there is.
    let q = e;
    while (q > p && source.charCodeAt(q - 1) === 35) q--;
    if (q < e && (q === p || source.charCodeAt(q - 1) === 32)) e = trimEnd(source, p, q);
    if (source.charCodeAt(q - 1) === 9) throw FALLBACK;
    const inline = scanInline(source, this.base, e > p ? [p, e] : [], eol, this.out);
    this.out.blocks.push(toBlock('heading', depth, inline, this.base + f, this.base + eol, false));
  }

  /** An HTML comment block: from its line to the end of the line holding `-->`. */
  private comment(f: number): number {
    const { source } = this;
    const close = source.indexOf('-->', f + 2);
    if (close < 0) throw FALLBACK;
    const eol = lineEnd(source, close);
    collectComments(source.slice(f, eol), this.base + f, this.out);
    return nextLine(source, eol);
  }

  private closeParagraph(): void {
    const para = this.para;
    if (!para) return;
    this.para = undefined;
    const { lines } = para;
    const start = lines[0];
    const end = lines[lines.length - 1];
    const inline = scanInline(this.source, this.base, lines, end, this.out);
    const block = toBlock('paragraph', 0, inline, this.base + start, this.base + end, para.inList);
    for (const b of tableRows(block) ?? [block]) this.out.blocks.push(b);
  }
}

function toBlock(
  type: 'heading' | 'paragraph',
  hashes: number,
  inline: ReturnType<typeof scanInline>,
  start: number,
  end: number,
  inList: boolean,
): Block {
  return {
    type,
    depth: hashes,
    text: inline.text,
    map: inline.map,
    shift: inline.shift,
    start,
    end,
    inList,
    leadingEmphasis: inline.leadingEmphasis,
    asides: inline.asides,
  };
}

function breakBlock(start: number, end: number): Block {
  return { type: 'break', depth: 0, text: '', map: Uint16Array.of(0), shift: start, start, end, inList: false };
}

function indexOr(i: number, fallback: number): number {
  return i < 0 ? fallback : i;
}

function lineEnd(source: string, pos: number): number {
  let i = pos;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    i++;
  }
  return i;
}

function nextLine(source: string, eol: number): number {
  if (eol >= source.length) return source.length;
  return source.charCodeAt(eol) === 13 && source.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
}

function isBlank(source: string, f: number, eol: number): boolean {
  for (let i = f; i < eol; i++) {
    const c = source.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The end of [from, to) without trailing spaces; a tab among them falls back. */
function trimEnd(source: string, from: number, to: number): number {
  let e = to;
  while (e > from && source.charCodeAt(e - 1) === 32) e--;
  if (e > from && source.charCodeAt(e - 1) === 9) throw FALLBACK;
  return e;
}

/** What the line starting (after its indentation) at f begins. */
function lineKind(source: string, f: number, eol: number): number {
  const c = source.charCodeAt(f);
  if ((c === 45 || c === 42 || c === 95) && isThematic(source, f, eol, c)) return THEMATIC;
  if (marker(source, f, eol)) return MARKER;
  if (c === 35) {
    let p = f;
    while (p < eol && source.charCodeAt(p) === 35) p++;
    if (p - f > 6) return PLAIN;
    if (p === eol || source.charCodeAt(p) === 32) return ATX;
    return source.charCodeAt(p) === 9 ? OTHER : PLAIN;
  }
  if (c === 62) return OTHER;
  if ((c === 96 || c === 126) && source.charCodeAt(f + 1) === c && source.charCodeAt(f + 2) === c) return OTHER;
  if (c === 60) {
    if (source.startsWith('<!--', f)) return COMMENT;
    const n = source.charCodeAt(f + 1);
    const tagLike = (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 33 || n === 47 || n === 63;
    return tagLike ? OTHER : PLAIN;
  }
  if (c === 61 || c === 45) {
    let p = f;
    while (p < eol && source.charCodeAt(p) === c) p++;
    while (p < eol && (source.charCodeAt(p) === 32 || source.charCodeAt(p) === 9)) p++;
    if (p === eol) return UNDERLINE;
  }
  return PLAIN;
}

/** Three or more of `c` with only spaces between (a tab anywhere falls back). */
function isThematic(source: string, f: number, eol: number, c: number): boolean {
  let count = 0;
  for (let i = f; i < eol; i++) {
    const x = source.charCodeAt(i);
    if (x === c) count++;
    else if (x === 9) throw FALLBACK;
    else if (x !== 32) return false;
  }
  return count >= 3;
}

/** A list marker at f: `-`, `*`, `+`, or 1–9 digits and `.` or `)`, then spaces or the line end. */
function marker(source: string, f: number, eol: number): Marker | undefined {
  const c = source.charCodeAt(f);
  let p = f;
  let ordered = false;
  let mark = c;
  if (c === 45 || c === 42 || c === 43) p = f + 1;
  else if (c >= 48 && c <= 57) {
    while (p < eol && p - f < 10 && source.charCodeAt(p) >= 48 && source.charCodeAt(p) <= 57) p++;
    mark = source.charCodeAt(p);
    if (p - f > 9 || (mark !== 46 && mark !== 41)) return undefined;
    ordered = true;
    p++;
  } else return undefined;
  const one = ordered && p - f === 2 && c === 49;
  if (p === eol) return { marker: mark, content: -1, one, ordered };
  const after = source.charCodeAt(p);
  if (after === 9) throw FALLBACK;
  if (after !== 32) return undefined;
  let q = p;
  while (q < eol && source.charCodeAt(q) === 32) q++;
  if (q < eol && source.charCodeAt(q) === 9) throw FALLBACK;
  if (q === eol) return { marker: mark, content: -1, one, ordered };
  // Five or more spaces make the item's text indented code.
  if (q - p > 4) throw FALLBACK;
  return { marker: mark, content: q, one, ordered };
}
