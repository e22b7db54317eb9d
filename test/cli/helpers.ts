import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const fixtures = join(__dirname, 'fixtures');
const cli = join(root, 'dist', 'cli.js');

let built = false;

/** Bundles dist/cli.js once per test run, so the tests run the CLI as users get it. */
export function buildOnce(): void {
  if (built) return;
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  built = true;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd`, with color settings cleared unless given, and `input` on standard input. */
export function star(cwd: string, args: string[], env: Record<string, string> = {}, input = ''): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    env: { ...base, ...env },
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonMessage {
  ruleId: string | null;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

/** Runs with `--format json` and parses the report. */
export function starJson(cwd: string, args: string[]): Run & { results: JsonResult[] } {
  const r = star(cwd, ['--format', 'json', ...args]);
  let results: JsonResult[];
  try {
    results = JSON.parse(r.stdout);
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  return { ...r, results };
}

/** Where a message sits, for exact position checks. */
export const span = (m: JsonMessage) => ({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn });
