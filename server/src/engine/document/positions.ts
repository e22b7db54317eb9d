/**
 * Offset ↔ line/character conversion, the one place where engine offsets
 * become positions. Lines and characters are 0-based and characters count
 * UTF-16 code units, as in LSP and as JavaScript strings index, so an emoji
 * before a word counts 2. Line breaks are `\n`, `\r\n` and a lone `\r`, as in
 * LSP; the `\r` of a `\r\n` belongs to the line it ends.
 */

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code-unit offset within the line. */
  character: number;
}

/** Offsets of the first character of every line, breaking at `\n`, `\r\n` and a lone `\r`. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Most text has no \r: indexOf finds line breaks several times faster than a loop over every character.
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The position of a document offset. Offsets outside the text are clamped to
 * it. Pass `lineStarts` from {@link computeLineStarts} to convert many offsets
 * of one text without rescanning it.
 */
export function positionAt(text: string, offset: number, lineStarts: readonly number[] = computeLineStarts(text)): Position {
  const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text.length));
  const line = lineIndexAt(lineStarts, at);
  return { line, character: at - lineStarts[line] };
}

/** The 0-based line an offset falls on, by binary search in the line starts of {@link computeLineStarts}. */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The document offset of a position (the inverse of {@link positionAt}). A
 * character past the end of its line is clamped to the line's end, before its
 * line break; a line past the end gives the text's length.
 */
export function offsetAt(text: string, position: Position, lineStarts: readonly number[] = computeLineStarts(text)): number {
  if (position.line < 0) return 0;
  if (position.line >= lineStarts.length) return text.length;
  const start = lineStarts[position.line];
  let end = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return Math.max(start, Math.min(start + Math.max(0, position.character), end));
}

/** Where the line holding `from` ends, before its `\n` or `\r\n` (or the end of the text). */
export function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i > from && text[i - 1] === '\r' ? i - 1 : i;
}
