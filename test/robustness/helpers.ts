// Shared by the robustness tests: the built CLI run with a time limit, deadlines on promises, peak memory.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/**
 * Generous enough for a loaded 2-core CI machine, short enough to catch a hang:
 * every CLI run and every server answer in these tests must come within it.
 */
export const DEADLINE_MS = 20_000;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node [nodeArgs] dist/cli.js ...args` in `cwd`, killed after the deadline (then `signal` is set). */
export function cli(cwd: string, args: string[], opts: { nodeArgs?: string[]; env?: Record<string, string>; input?: string } = {}): CliRun {
  const env = { ...process.env, ...opts.env };
  delete env.FORCE_COLOR;
  const t = performance.now();
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), CLI, ...args], {
    cwd,
    env,
    input: opts.input,
    encoding: 'utf8',
    timeout: DEADLINE_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t };
}

/** Resolves with `p`, or rejects naming `what` when it takes longer than the deadline. */
export function within<T>(p: Promise<T>, what: string, ms = DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Peak resident memory (VmHWM) of a running process, in MB (Linux). */
export function peakMB(pid: number): number {
  return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/** A preload that writes the process's peak resident memory in MB to `file` when it exits. */
export function peakPreload(file: string): string {
  return `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(file)}, String(process.resourceUsage().maxRSS / 1024)));\n`;
}

/** A small seeded generator (LCG), so "random" inputs are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
