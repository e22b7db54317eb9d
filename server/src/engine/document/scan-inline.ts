import type { ParsedChunk } from './markdown';
import { collectComments } from './markup';
import { type OffsetMap, offsetMap } from './offset-map';

/*
 * The inline half of the fast reader (see scan.ts): a paragraph's or heading's
 * text as remark-parse gives it, without building a syntax tree. Emphasis
 * follows micromark's own algorithm (flanking by UTF-16 unit, the rule of
 * three, partial runs); code spans, links, images, URL autolinks, escapes,
 * hard breaks and inline comments are read; anything else that could be markup
 * (HTML tags, character references, nested brackets, constructs spanning a
 * line) throws {@link FALLBACK}, and the chunk goes to remark-parse.
 */

/** Thrown when the fast reader meets what it does not fully recognise. */
export const FALLBACK = new Error('fast reader: hand this chunk to remark-parse');

/** What a paragraph or heading contributes to its Block. */
export interface InlineText {
  text: string;
  map: OffsetMap;
  /** Added to `map` entries for the document offset. */
  shift: number;
  leadingEmphasis?: string;
  asides?: string;
}

// Item kinds. A run of `*`/`_` is a Delim; emphasis becomes open/close marks around it when resolved.
const TEXT = 0;
const ESCAPED = 1;
const BREAK = 2;
const CODE = 3;
const HTML = 4;
const IMAGE = 5;
const DELIM = 6;
const LINK_OPEN = 7;
const LINK_CLOSE = 8;
/** An opening bracket not (yet) known to start a link: literal text unless a link closes it. */
const BRACKET = 9;

interface Delim {
  s: number;
  n: number;
  ch: number;
  open: boolean;
  close: boolean;
  /** Markers not yet used. */
  rem: number;
  /** Markers used from the front (as a closer) and from the back (as an opener). */
  front: number;
  back: number;
  /** How many emphasis nodes this run opens and closes. */
  opens: number;
  closes: number;
  dead: boolean;
}

interface Item {
  k: number;
  s: number;
  e: number;
  value?: string;
  d?: Delim;
}

/** Characters that may start markup: `! & * < [ \ ] _ \``. */
const SPECIAL = new Uint8Array(128);
for (const ch of '!&*<[\\]_`') SPECIAL[ch.charCodeAt(0)] = 1;

const WHITESPACE = 1;
const PUNCTUATION = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /\s/.test(ch) ? WHITESPACE : /[!-/:-@[-`{-~]/.test(ch) ? PUNCTUATION : 0;
}
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;
const UNICODE_WHITESPACE = /\s/;

/** micromark's character groups, by UTF-16 code unit as it reads them; -1 (outside the text) is whitespace. */
function group(code: number): number {
  if (code < 0) return WHITESPACE;
  if (code < 128) return ASCII_CLASS[code];
  const ch = String.fromCharCode(code);
  return UNICODE_WHITESPACE.test(ch) ? WHITESPACE : UNICODE_PUNCTUATION.test(ch) ? PUNCTUATION : 0;
}

/** A URL autolink; e-mail autolinks and anything else in angle brackets fall back. */
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\x00-\x20<>\x7f]*>/y;
const NOT_SPACE = /[^ ]/;
/** Anything that may be a character reference (decoding them is left to remark). */
const REFERENCE_LIKE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z0-9]{1,31});/y;

/**
 * Reads the inline text of `lines` (pairs of [text start, line end], the line
 * end before its line ending and after any trailing whitespace); `end` is the
 * block's end offset. Comments found are added to `out`. Throws FALLBACK.
 */
export function scanInline(source: string, base: number, lines: readonly number[], end: number, out: ParsedChunk): InlineText {
  const items: Item[] = [];
  const delims: Delim[] = [];
  let bracket: { item: number; delim: number; image: boolean } | undefined;
  const last = lines.length - 2;
  for (let li = 0; li <= last; li += 2) {
    const s = lines[li];
    const e = lines[li + 1];
    let t = e;
    while (t > s && source.charCodeAt(t - 1) === 32) t--;
    if (t > s && source.charCodeAt(t - 1) === 9) throw FALLBACK;
    let p = s;
    let from = s;
    let escapedBreak = false;
    const flush = (to: number) => {
      if (to > from) items.push({ k: TEXT, s: from, e: to });
    };
    while (p < t) {
      const c = source.charCodeAt(p);
      if (c >= 128 || SPECIAL[c] === 0) {
        p++;
        continue;
      }
      if (c === 92) {
        // `\`: an escape before ASCII punctuation, a hard break at the end of a line, else itself.
        if (p + 1 < t && ASCII_CLASS[source.charCodeAt(p + 1)] === PUNCTUATION) {
          flush(p);
          items.push({ k: ESCAPED, s: p + 1, e: p + 2 });
          p += 2;
          from = p;
        } else if (p + 1 === t && t === e && li < last) {
          flush(p);
          items.push({ k: BREAK, s: p, e: p + 1 });
          escapedBreak = true;
          p = t;
          from = t;
        } else p++;
      } else if (c === 96) {
        const n = runLength(source, p, t, 96);
        const close = findCodeClose(source, p + n, t, n);
        if (close < 0) {
          // An opener with no closer on its line is text, unless a closer on a later line would make a span across lines.
          if (li < last && hasRun(source, e, lines[last + 1], n, 96)) throw FALLBACK;
          p += n;
          continue;
        }
        flush(p);
        let value = source.slice(p + n, close);
        // One space of padding goes from each side when both sides have it and the span is not all spaces.
        if (value.charCodeAt(0) === 32 && value.charCodeAt(value.length - 1) === 32 && NOT_SPACE.test(value)) value = value.slice(1, -1);
        items.push({ k: CODE, s: p, e: close + n, value });
        p = close + n;
        from = p;
      } else if (c === 42 || c === 95) {
        const n = runLength(source, p, t, c);
        const before = group(p > 0 ? source.charCodeAt(p - 1) : -1);
        const after = group(p + n < t ? source.charCodeAt(p + n) : -1);
        const open = after === 0 || (after === PUNCTUATION && before !== 0);
        const close = before === 0 || (before === PUNCTUATION && after !== 0);
        const d: Delim = {
          s: p,
          n,
          ch: c,
          open: c === 42 ? open : open && (before !== 0 || !close),
          close: c === 42 ? close : close && (after !== 0 || !open),
          rem: n,
          front: 0,
          back: 0,
          opens: 0,
          closes: 0,
          dead: false,
        };
        flush(p);
        items.push({ k: DELIM, s: p, e: p + n, d });
        delims.push(d);
        p += n;
        from = p;
      } else if (c === 91 || (c === 33 && source.charCodeAt(p + 1) === 91)) {
        if (bracket) throw FALLBACK;
        const image = c === 33;
        flush(p);
        bracket = { item: items.length, delim: delims.length, image };
        items.push({ k: BRACKET, s: p, e: p + (image ? 2 : 1) });
        p += image ? 2 : 1;
        from = p;
      } else if (c === 93 && bracket) {
        if (source.charCodeAt(p + 1) !== 40) {
          // `[text]` with no `(`: no definitions in this chunk, so it stays text.
          bracket = undefined;
          p++;
          continue;
        }
        const after = linkTail(source, p + 2, t);
        flush(p);
        const inner = delims.splice(bracket.delim);
        resolveEmphasis(inner);
        for (const d of inner) d.dead = true;
        if (bracket.image) {
          const at = items[bracket.item].s;
          items.length = bracket.item;
          items.push({ k: IMAGE, s: at, e: after });
        } else {
          items[bracket.item].k = LINK_OPEN;
          items.push({ k: LINK_CLOSE, s: p, e: after });
        }
        bracket = undefined;
        p = after;
        from = p;
      } else if (c === 60) {
        const found = angle(source, base, p, t, bracket, out);
        if (!found) {
          p++;
          continue;
        }
        flush(p);
        for (const item of found) items.push(item);
        p = found[found.length - 1].e;
        from = p;
      } else if (c === 38) {
        REFERENCE_LIKE.lastIndex = p;
        if (REFERENCE_LIKE.test(source)) throw FALLBACK;
        p++;
      } else p++;
    }
    flush(t);
    if (li < last) {
      if (e - t >= 2) items.push({ k: BREAK, s: t, e });
      else if (!escapedBreak) {
        const eolLength = source.charCodeAt(e) === 13 && source.charCodeAt(e + 1) === 10 ? 2 : 1;
        items.push({ k: TEXT, s: e, e: e + eolLength });
      }
    }
  }
  resolveEmphasis(delims.filter((d) => !d.dead));
  return emit(source, base, items, end);
}

function runLength(source: string, p: number, t: number, c: number): number {
  let q = p;
  while (q < t && source.charCodeAt(q) === c) q++;
  return q - p;
}

/** Start of the next run of exactly `n` backticks in [from, t), or -1. */
function findCodeClose(source: string, from: number, t: number, n: number): number {
  let q = source.indexOf('`', from);
  while (q >= 0 && q < t) {
    const len = runLength(source, q, t, 96);
    if (len === n) return q;
    q = source.indexOf('`', q + len);
  }
  return -1;
}

/** Whether [from, to) holds a run of exactly `n` of character `c`. */
function hasRun(source: string, from: number, to: number, n: number, c: number): boolean {
  const ch = String.fromCharCode(c);
  let q = source.indexOf(ch, from);
  while (q >= 0 && q < to) {
    const len = runLength(source, q, to, c);
    if (len === n) return true;
    q = source.indexOf(ch, q + len);
  }
  return false;
}

/**
 * After `](`: the destination and optional title of an inline link, on this
 * line, in their plain forms; returns the offset after `)`. Angle-bracket
 * destinations, parentheses, escapes and parenthesised titles fall back.
 */
function linkTail(source: string, p: number, t: number): number {
  let q = p;
  while (q < t && source.charCodeAt(q) === 32) q++;
  const destStart = q;
  for (; q < t; q++) {
    const c = source.charCodeAt(q);
    if (c <= 32 || c === 40 || c === 41 || c === 60 || c === 92 || c === 127) break;
  }
  const destEnd = q;
  while (q < t && source.charCodeAt(q) === 32) q++;
  let c = source.charCodeAt(q);
  if (q < t && (c === 34 || c === 39) && q > destEnd && destEnd > destStart) {
    const close = source.indexOf(String.fromCharCode(c), q + 1);
    if (close < 0 || close >= t || source.slice(q + 1, close).includes('\\')) throw FALLBACK;
    q = close + 1;
    while (q < t && source.charCodeAt(q) === 32) q++;
    c = source.charCodeAt(q);
  }
  if (q < t && c === 41) return q + 1;
  throw FALLBACK;
}

/**
 * `<` at p: an inline comment or a URL autolink, as items; undefined when the
 * `<` is plain text ("<5 ms"). Any other tag throws FALLBACK, as does an
 * autolink inside brackets or a comment inside an image's brackets.
 */
function angle(
  source: string,
  base: number,
  p: number,
  t: number,
  bracket: { image: boolean } | undefined,
  out: ParsedChunk,
): Item[] | undefined {
  const next = source.charCodeAt(p + 1);
  if (next === 33 && source.startsWith('<!--', p)) {
    // micromark ends a comment at the first `-->`, which may reuse the opener's dashes (`<!-->`).
    const close = source.indexOf('-->', p + 2);
    if (close < 0 || close + 3 > t || bracket?.image) throw FALLBACK;
    const value = source.slice(p, close + 3);
    collectComments(value, base + p, out);
    return [{ k: HTML, s: p, e: close + 3, value }];
  }
  const isAlpha = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  if (isAlpha) {
    AUTOLINK.lastIndex = p;
    const m = AUTOLINK.exec(source);
    if (!m || p + m[0].length > t || bracket) throw FALLBACK;
    const q = p + m[0].length;
    return [
      { k: LINK_OPEN, s: p, e: p + 1 },
      { k: TEXT, s: p + 1, e: q - 1 },
      { k: LINK_CLOSE, s: q - 1, e: q },
    ];
  }
  if (next === 33 || next === 47 || next === 63) throw FALLBACK;
  return undefined;
}

/**
 * micromark's emphasis resolution over one scope's delimiter runs: each
 * closer, left to right, takes the nearest opener of its character that the
 * rule of three allows (counting the markers each run has left), two markers
 * when both have two. The runs between a matched pair are resolved again on
 * their own, as micromark does (a run skipped earlier may match now that its
 * neighbours have fewer markers left), and what is left of them becomes text.
 */
function resolveEmphasis(ds: Delim[]): void {
  for (let ci = 0; ci < ds.length; ci++) {
    const c = ds[ci];
    if (!c.close || c.dead) continue;
    while (c.rem > 0) {
      let oi = ci - 1;
      for (; oi >= 0; oi--) {
        const o = ds[oi];
        if (o.dead || !o.open || o.rem === 0 || o.ch !== c.ch) continue;
        if ((o.close || c.open) && c.rem % 3 !== 0 && (o.rem + c.rem) % 3 === 0) continue;
        break;
      }
      if (oi < 0) break;
      const o = ds[oi];
      const use = o.rem > 1 && c.rem > 1 ? 2 : 1;
      o.rem -= use;
      c.rem -= use;
      o.back += use;
      o.opens++;
      c.front += use;
      c.closes++;
      const between = ds.slice(oi + 1, ci).filter((d) => !d.dead && d.rem > 0);
      if (between.length > 1) resolveEmphasis(between);
      for (let k = oi + 1; k < ci; k++) ds[k].dead = true;
    }
  }
}

const scratch = new Int32Array(1 << 16);

/** Text and offset map from the items, plus the leading emphasis and the code asides. */
function emit(source: string, base: number, items: Item[], end: number): InlineText {
  let cap = 1;
  for (const it of items) cap += it.e - it.s;
  // The map is written into one scratch array and copied out at its length: a fresh array per paragraph, then its copy,
  // was the largest cost of reading a paragraph (typed arrays are slow to allocate).
  // (A paragraph longer than the scratch array gets its own, so no huge one is kept.)
  const map = cap <= scratch.length ? scratch : new Int32Array(cap);
  const parts: string[] = [];
  let n = 0;
  let asides: string | undefined;
  const range = (s: number, e: number) => {
    if (e <= s) return;
    parts.push(source.slice(s, e));
    for (let i = s; i < e; i++) map[n++] = base + i;
  };
  for (const it of items) {
    switch (it.k) {
      case TEXT:
      case ESCAPED:
      case BRACKET:
        range(it.s, it.e);
        break;
      case DELIM: {
        const d = it.d as Delim;
        range(d.s + d.front, d.s + d.n - d.back);
        break;
      }
      case BREAK:
        parts.push('\n');
        map[n++] = base + it.s;
        break;
      case CODE:
        asides = asides ? `${asides} ${it.value}` : it.value;
        parts.push(' ');
        map[n++] = base + it.s;
        break;
      case HTML:
      case IMAGE:
        parts.push(' ');
        map[n++] = base + it.s;
        break;
      default:
        break;
    }
  }
  map[n++] = base + end;
  const offsets = offsetMap(map, n);
  return { text: parts.join(''), map: offsets.map, shift: offsets.shift, leadingEmphasis: leadingEmphasis(source, items), asides };
}

/**
 * When the first inline node is emphasis or strong (a first run opening
 * everything it has), the values of that node's direct children, as the
 * remark path joins them: text, code and HTML values; nested nodes give ''.
 */
function leadingEmphasis(source: string, items: Item[]): string | undefined {
  const first = items[0];
  if (!first || first.k !== DELIM || (first.d as Delim).rem > 0 || (first.d as Delim).opens === 0) return undefined;
  // Inside the outermost node, the first run's other openings are nested nodes.
  let depth = (first.d as Delim).opens;
  let value = '';
  for (let i = 1; i < items.length && depth > 0; i++) {
    const it = items[i];
    if (it.k === DELIM) {
      const d = it.d as Delim;
      depth -= d.closes;
      if (depth <= 0) break;
      if (depth === 1 && d.n - d.front - d.back > 0) value += source.slice(d.s + d.front, d.s + d.n - d.back);
      depth += d.opens;
      continue;
    }
    if (it.k === LINK_OPEN) depth++;
    else if (it.k === LINK_CLOSE) depth--;
    else if (depth === 1 && (it.k === TEXT || it.k === ESCAPED || it.k === BRACKET)) value += source.slice(it.s, it.e);
    else if (depth === 1 && (it.k === CODE || it.k === HTML)) value += it.value;
  }
  return value;
}
