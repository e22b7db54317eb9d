/**
 * A block's map from each character of its text to an offset (see `Block.map`).
 * Offsets that fit 16 bits (a cached chunk is parsed from its own start, and
 * chunks are a few kilobytes) take half the memory: the maps of a 200,000-word
 * file were 4.4 MB, the largest part of what it keeps after its first read.
 */
export type OffsetMap = Int32Array | Uint16Array;

/** The first `n` offsets of `values` as a map of their own, in 16 bits when they fit. */
export function offsetMap(values: ArrayLike<number>, n: number): OffsetMap {
  let max = 0;
  let min = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v > max) max = v;
    else if (v < min) min = v;
  }
  const map = min >= 0 && max <= 0xffff ? new Uint16Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) map[i] = values[i];
  return map;
}
