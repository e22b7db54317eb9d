import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { lintFile, type FileOutcome, type FileTask } from './lint-files';
import { profileFile, type BankInput, type StoryProfile } from '../engine/bank';

/*
 * Large batches use the machine's cores: the files are split into small
 * batches handed out to worker threads (running this same bundle) and to the
 * main thread, and the results are put back in file order, so the output is
 * byte for byte what one thread gives. Each file's work is pure (text and
 * config in, plain data out), which is what makes that safe.
 */

/** What a worker can be asked to do with one item. */
export const JOBS = {
  lint: (task: FileTask): FileOutcome => lintFile(task),
  profile: (input: BankInput): StoryProfile[] | undefined => profileFile(input),
};
export type Job = keyof typeof JOBS;

/** Below this many files one thread is faster: starting a worker costs about as much as checking 50 stories. */
export const MIN_PARALLEL = 200;
const BATCH = 16;

/** Set by the entry point: the file workers are started from (the CLI bundle itself). */
let workerScript: string | undefined;
export function setWorkerScript(path: string): void {
  workerScript = path;
}

/**
 * How many threads to use for `count` items: `STAR_COACH_THREADS` when set (1
 * is one thread), else every core for a large batch.
 */
export function threadsFor(count: number, env: Record<string, string | undefined>): number {
  if (!workerScript) return 1;
  return threadCount(count, env, availableParallelism(), loadavg()[0]);
}

/**
 * {@link threadsFor} on a machine with `cores` cores and `load` runnable
 * threads on average over the last minute (0 where the system does not say,
 * as on Windows): as many threads as there are free cores, rounded, up to 8,
 * and one thread when fewer than three are free. A worker's start and warm-up
 * (a fresh thread's first lints compile every pattern and the code again,
 * about 0.9 s of CPU for its first 100 files against 0.15 s once warm) come on
 * top of the main thread's work, and V8's compiler and collector threads want
 * a core of their own meanwhile. On 2 cores, 1,000 files took 2.59-2.60 s in
 * one thread and 2.67-2.78 s in two with the machine idle (load under 0.3),
 * 2.54-2.76 s against 2.79-2.90 s at load 1, and 3.8-4.3 s against 5.1-6.0 s
 * at load 7.5.
 */
export function threadCount(count: number, env: Record<string, string | undefined>, cores: number, load: number): number {
  const set = Number.parseInt(env.STAR_COACH_THREADS ?? '', 10);
  if (Number.isInteger(set) && set >= 1) return Math.min(set, Math.max(1, Math.ceil(count / BATCH)));
  const free = Math.round(cores - load);
  if (count < MIN_PARALLEL || free < MIN_FREE_CORES) return 1;
  return Math.min(free, 8);
}

/** Fewer free cores than this, and one thread is faster than several (see {@link threadCount}). */
const MIN_FREE_CORES = 3;

/** `JOBS[job]` over `items`, in `threads` threads (the main one among them); results in the order of `items`. */
export async function runJob<J extends Job>(
  job: J,
  items: Parameters<(typeof JOBS)[J]>[0][],
  threads: number,
): Promise<ReturnType<(typeof JOBS)[J]>[]> {
  const fn = JOBS[job] as (item: unknown) => ReturnType<(typeof JOBS)[J]>;
  if (threads <= 1 || !workerScript) return items.map(fn);
  const results = new Array<ReturnType<(typeof JOBS)[J]>>(items.length);
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= items.length) return undefined;
    const from = next;
    next = Math.min(items.length, next + BATCH);
    return [from, next];
  };
  const workers = Array.from({ length: threads - 1 }, () => new Worker(workerScript!, { workerData: { starCoachWorker: true } }));
  try {
    const done = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          // Two batches in flight, so a worker never waits for the main thread to hand it the next one.
          const inFlight: Array<[number, number]> = [];
          const send = () => {
            const range = take();
            if (!range) return;
            inFlight.push(range);
            worker.postMessage({ job, items: items.slice(range[0], range[1]) });
          };
          worker.on('message', (out: ReturnType<(typeof JOBS)[J]>[]) => {
            const [from] = inFlight.shift()!;
            for (let k = 0; k < out.length; k++) results[from + k] = out[k];
            send();
            if (!inFlight.length) resolve();
          });
          worker.on('error', reject);
          send();
          send();
          if (!inFlight.length) resolve();
        }),
    );
    // The main thread works too, a batch at a time, letting the workers' answers in between.
    for (let range = take(); range; range = take()) {
      for (let i = range[0]; i < range[1]; i++) results[i] = fn(items[i]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(done);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** A worker's side: answer each batch with its results. */
export function serveJobs(port: {
  on(event: 'message', fn: (m: { job: Job; items: unknown[] }) => void): void;
  postMessage(m: unknown): void;
}): void {
  port.on('message', ({ job, items }) => {
    const fn = JOBS[job] as (item: unknown) => unknown;
    port.postMessage(items.map(fn));
  });
}
