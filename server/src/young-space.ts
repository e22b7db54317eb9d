import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/*
 * How large the language server lets V8's young space grow. V8 doubles it (from the 4 MB a half it has after
 * start-up, up to 16 MB a half) when much survives its collections, and a cold read of a large file is all
 * survivors, since its model lives on. Edits of that file then fill the room with old copies of its text: each
 * edit leaves the whole previous text (1.1 MB for the bench's large file) in the young large-object space until
 * the next young collection, which a young space of 16 MB a half puts off for a dozen edits. So a document's
 * first lint runs with the young space held at its size, and an edit's may grow it only to 8 MB a half: the
 * large file's peak after 15 edits fell from 152-158 MB to 133-135 MB, and its cold read's from about 133 MB to
 * 110 MB. Edits keep some room to grow because a 1.5 MB file with no heading needs it: with the young space held
 * at 4 MB a half throughout, its edits took half as long again and its peak rose by about 80 MB.
 * `--max-semi-space-size` is read only when the heap is set up; the growth factor is read at each growth, so it
 * can be set before each lint. Only memory and speed change, never a result.
 */

/** V8's default growth factor of the young space (Node 20). */
const DEFAULT_GROWTH = 2;
/** An edit's lint may grow the young space (both halves) while it is smaller than this. */
const EDIT_GROWTH_LIMIT = 16 * 1024 * 1024;

let growth = DEFAULT_GROWTH;

function setGrowth(factor: number): void {
  if (factor === growth) return;
  setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  growth = factor;
}

function youngSpaceSize(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size;
  return 0;
}

/** Runs a lint: a document's first (`cold`) with the young space held at its size, an edit's with room to grow to 8 MB a half. */
export function youngSpaceFor<T>(cold: boolean, run: () => T): T {
  setGrowth(cold || youngSpaceSize() >= EDIT_GROWTH_LIMIT ? 1 : DEFAULT_GROWTH);
  return run();
}
