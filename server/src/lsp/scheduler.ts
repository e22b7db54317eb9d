/** A scheduled run; `stale()` turns true once a newer run is scheduled for the same key, or it is cancelled. */
export type Task = (stale: () => boolean) => Promise<void> | void;

/**
 * Debounces work per key (a document URI). Scheduling again restarts the wait,
 * and a run that is already under way learns through `stale()` that its result
 * is out of date, so it never publishes over a newer one.
 */
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The latest generation per key; one counter for all keys, so a reopened document never revives an old run. */
  private readonly generations = new Map<string, number>();
  private counter = 0;

  constructor(private readonly onError: (key: string, error: unknown) => void) {}

  /** Runs `task` for `key` after `delayMs` (at once when 0), replacing any earlier run for that key. */
  schedule(key: string, delayMs: number, task: Task): void {
    this.clearTimer(key);
    const generation = ++this.counter;
    this.generations.set(key, generation);
    const stale = () => this.generations.get(key) !== generation;
    const run = () => {
      this.timers.delete(key);
      if (stale()) return;
      Promise.resolve()
        .then(() => task(stale))
        .catch((err) => this.onError(key, err));
    };
    if (delayMs <= 0) run();
    else this.timers.set(key, setTimeout(run, delayMs));
  }

  /** Cancels the pending and running work for `key`. */
  cancel(key: string): void {
    this.clearTimer(key);
    if (this.generations.has(key)) this.generations.set(key, ++this.counter);
  }

  /** Forgets `key` entirely (its document was closed). */
  delete(key: string): void {
    this.cancel(key);
    this.generations.delete(key);
  }

  private clearTimer(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }
}
