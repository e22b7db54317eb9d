/*
 * Reading a regular expression's source: where a class or a group ends, what a
 * quantifier allows, and where its top-level alternatives lie. Shared by the
 * readers that work out what a pattern needs (required-text.ts) and what it
 * opens with (starts.ts).
 */

/** Where the class opened by `[` at `i` closes. */
export function classEnd(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j;
  }
  return src.length;
}

/** Where the group opened by `(` at `i` closes. */
export function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(src, j);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return src.length;
}

/** Whether a lookahead or a lookbehind opens at `i`. */
export function lookaroundAt(src: string, i: number): boolean {
  return src.startsWith('(?=', i) || src.startsWith('(?!', i) || src.startsWith('(?<=', i) || src.startsWith('(?<!', i);
}

/** Where a quantifier after `i` ends, and whether the element before it must occur at least once. */
export function quantifier(src: string, i: number): { end: number; required: boolean } {
  const c = src[i];
  if (c === '?' || c === '*') return { end: src[i + 1] === '?' ? i + 2 : i + 1, required: false };
  if (c === '+') return { end: src[i + 1] === '?' ? i + 2 : i + 1, required: true };
  if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}\??/.exec(src.slice(i));
    if (m) return { end: i + m[0].length, required: Number(m[1]) > 0 };
  }
  return { end: i, required: true };
}

/**
 * The union of what `read` says of each top-level alternative of `a|b|c` between `from` and `to`, known only when it is
 * known for every one (`read` returns undefined for an unknown).
 */
export function alternation<T>(
  src: string,
  from: number,
  to: number,
  read: (src: string, from: number, to: number) => T[] | undefined,
): T[] | undefined {
  const out: T[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i <= to; i++) {
    if (i === to || (src[i] === '|' && depth === 0)) {
      const part = read(src, start, i);
      if (!part) return undefined;
      out.push(...part);
      start = i + 1;
      continue;
    }
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return out;
}
