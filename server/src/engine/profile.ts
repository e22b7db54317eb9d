/*
 * Stage timing for `npm run bench -- --profile` (issue #12): where a lint's
 * time goes, by stage. Off by default; when off each probe is one boolean test,
 * so the engine pays nothing measurable for carrying it.
 */

let enabled = false;
const totals = new Map<string, number>();

/** Starts collecting (and clears what was collected). */
export function startProfile(): void {
  enabled = true;
  totals.clear();
}

/** Stops collecting and returns milliseconds per stage since {@link startProfile}. */
export function stopProfile(): Map<string, number> {
  enabled = false;
  return new Map(totals);
}

/** A start time for {@link endStage}, or 0 when not profiling. */
export function beginStage(): number {
  return enabled ? performance.now() : 0;
}

/** Adds the time since `began` to `stage`. */
export function endStage(stage: string, began: number): void {
  if (!enabled) return;
  totals.set(stage, (totals.get(stage) ?? 0) + performance.now() - began);
}
