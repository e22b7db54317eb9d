/*
 * Where each character of a block's text stands in the document, compactly.
 */

/** A block's offsets relative to its `shift`: two bytes each for a block that spans less than 64 KiB of text. */
export type OffsetMap = Uint16Array | Int32Array;

/**
 * The map of the first `n` of `offsets` (document offsets), and the shift to add to its entries. Every block of a
 * document holds an entry per character, four bytes each as document offsets: about 4 MB for a 200,000-word file,
 * held while the file is open. Counted from the block's lowest offset they fit in two.
 */
export function offsetMap(offsets: ArrayLike<number>, n = offsets.length): { map: OffsetMap; shift: number } {
  let lo = offsets[0];
  let hi = lo;
  for (let i = 1; i < n; i++) {
    const o = offsets[i];
    if (o < lo) lo = o;
    else if (o > hi) hi = o;
  }
  if (hi - lo > 0xffff) {
    const map = new Int32Array(n);
    for (let i = 0; i < n; i++) map[i] = offsets[i];
    return { map, shift: 0 };
  }
  const map = new Uint16Array(n);
  for (let i = 0; i < n; i++) map[i] = offsets[i] - lo;
  return { map, shift: lo };
}

/** The map of `length` characters that stand at `start`, `start + 1`, ... (and the entry for their end). */
export function identityMap(start: number, length: number): { map: OffsetMap; shift: number } {
  const map = length > 0xffff ? new Int32Array(length + 1) : new Uint16Array(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return { map, shift: start };
}
