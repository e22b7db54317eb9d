import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { lint } from '../engine/lint';
import { computeLineStarts, positionAt } from '../engine/document/positions';
import type { Severity } from '../engine/types';
import { configFor, type ConfigFileProblem, type LoadedConfig } from '../config-file';
import { display, relativeInside, type Target } from './files';

/** One reported problem, with 1-based lines and 1-based UTF-16 columns; the end is exclusive (ESLint's convention). */
export interface CliMessage {
  /** The rule id; null for a problem with the file itself, such as broken front matter. */
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A repeat that points back to the first occurrence of its rule in the story (not part of the JSON output). */
  secondary?: boolean;
}

/** The result for one story file: the JSON output's entry (SPEC §6). */
export interface FileResult {
  /** Absolute path. */
  filePath: string;
  messages: CliMessage[];
  errorCount: number;
  warningCount: number;
}

export interface LintRun {
  results: FileResult[];
  /** Lines for stderr: config problems, unreadable or skipped files, rule failures. */
  notes: string[];
  /** Something that makes the exit code 2: a bad config, unreadable input, a rule that crashed. */
  failed: boolean;
}

/** Inputs larger than this are skipped: no story is that long, and the model is built in memory. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Why input over the limit is skipped, for a file and for standard input alike. */
const tooLarge = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB is over the 5 MB limit for a story file`;
const LOOKS_BINARY = 'it contains NUL bytes and looks binary, not Markdown';

/** What linting one file gave, as plain data (it may come from a worker thread). */
export interface FileOutcome {
  /** Lines about the file itself (skipped, unreadable), before its config is looked at. */
  before: string[];
  /** Whether the file was read and checked, so its config applies (and its problems are reported). */
  checked: boolean;
  /** Lines after checking it: rules that failed. */
  after: string[];
  failed: boolean;
  result?: FileResult;
}

/** One file to lint, with the config that applies to it. */
export interface FileTask {
  path: string;
  /** The path as shown to the user. */
  shown: string;
  config: LoadedConfig['config'];
  /** The path matched against the `files` and `ignore` globs. */
  globPath: string;
  quiet: boolean;
}

/**
 * Lints each target that is a story file with the config that applies to it
 * (`--config`, or the nearest `.starcoach.json`). A broken config is reported
 * once and makes the run fail, but its valid settings and the defaults still
 * apply, so the report is complete (SPEC §5: the defaults go on working).
 * `run` lints the tasks (in worker threads for a large batch); the results and
 * notes are merged in file order, so they read the same either way.
 */
export async function lintFiles(
  targets: readonly Target[],
  opts: { cwd: string; config?: string; quiet: boolean },
  run: (tasks: FileTask[]) => Promise<FileOutcome[]> = async (tasks) => tasks.map(lintFile),
): Promise<LintRun> {
  // Files in one folder share a config; walking up and stat-ing it once per folder keeps big folders fast.
  const configs = new Map<string, LoadedConfig>();
  const loadedFor = targets.map((target) => {
    const dir = dirname(target.path);
    let loaded = configs.get(dir);
    if (!loaded) configs.set(dir, (loaded = configFor(target.path, opts.config)));
    return loaded;
  });
  const tasks = targets.map(
    (target, i): FileTask => ({
      path: target.path,
      shown: display(target.path, opts.cwd),
      config: loadedFor[i].config,
      globPath: globPath(target.path, loadedFor[i].file ? dirname(loadedFor[i].file!) : opts.cwd, opts.cwd),
      quiet: opts.quiet,
    }),
  );
  const outcomes = await run(tasks);
  const results: FileResult[] = [];
  const notes: string[] = [];
  const reportedConfigs = new Set<string>();
  let failed = false;
  outcomes.forEach((o, i) => {
    notes.push(...o.before);
    failed ||= o.failed;
    if (!o.checked) return;
    const loaded = loadedFor[i];
    if (loaded.problems.length) {
      failed = true;
      if (loaded.file && !reportedConfigs.has(loaded.file)) {
        reportedConfigs.add(loaded.file);
        for (const p of loaded.problems) notes.push(formatConfigProblem(p, opts.cwd));
      }
    }
    notes.push(...o.after);
    if (o.result) results.push(o.result);
  });
  return { results, notes, failed };
}

/** Lints one file: read, checked against the 5 MB limit and for binary content, linted, and turned into messages. */
export function lintFile(task: FileTask): FileOutcome {
  const { shown } = task;
  const outcome: FileOutcome = { before: [], checked: false, after: [], failed: false };
  let text: string;
  try {
    const size = statSync(task.path).size;
    if (size > MAX_FILE_BYTES) {
      outcome.before.push(`${shown}: skipped, ${tooLarge(size)}`);
      return outcome;
    }
    text = readFileSync(task.path, 'utf8');
  } catch (err) {
    outcome.before.push(`${shown}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    outcome.failed = true;
    return outcome;
  }
  // Editors drop the byte-order mark from the text they hold; do the same so columns agree with them.
  text = text.replace(/^\uFEFF/, '');
  if (text.includes('\0')) {
    outcome.before.push(`${shown}: skipped, ${LOOKS_BINARY}`);
    return outcome;
  }
  return lintText(task, text, outcome);
}

/**
 * Checks text read from standard input (`--stdin`) as the file `--stdin-filename`
 * names, or as `<stdin>` in the working folder: that file's config applies, and
 * the report names it. It is a story by the same test as a file on disk.
 */
export function lintStdin(text: string, opts: { cwd: string; config?: string; quiet: boolean; filename?: string }): LintRun {
  const path = opts.filename === undefined ? resolve(opts.cwd, STDIN_NAME) : resolve(opts.cwd, opts.filename);
  const loaded = configFor(path, opts.config);
  const task: FileTask = {
    path: opts.filename === undefined ? STDIN_NAME : path,
    shown: opts.filename === undefined ? STDIN_NAME : display(path, opts.cwd),
    config: loaded.config,
    globPath: opts.filename === undefined ? STDIN_NAME : globPath(path, loaded.file ? dirname(loaded.file) : opts.cwd, opts.cwd),
    quiet: opts.quiet,
  };
  const configNotes = loaded.problems.map((p) => formatConfigProblem(p, opts.cwd));
  const skipped = (why: string): LintRun => ({
    results: [],
    notes: [...configNotes, `${task.shown}: skipped, ${why}`],
    failed: loaded.problems.length > 0,
  });
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) return skipped(tooLarge(bytes));
  if (text.includes('\0')) return skipped(LOOKS_BINARY);
  const outcome = lintText(task, text.replace(/^\uFEFF/, ''), { before: [], checked: false, after: [], failed: false });
  const notes = [...configNotes, ...outcome.after];
  if (!outcome.result) {
    notes.push(
      `${task.shown}: not a story file, nothing checked. Add \`star: true\` front matter, Situation, Action and Result ` +
        'sections, or a --stdin-filename that matches "files" in .starcoach.json.',
    );
  }
  return { results: outcome.result ? [outcome.result] : [], notes, failed: outcome.failed || loaded.problems.length > 0 };
}

/** How the report names text from standard input without --stdin-filename (ESLint says `<text>`). */
export const STDIN_NAME = '<stdin>';

/** Lints text already read for a task and turns the findings into messages. */
function lintText(task: FileTask, text: string, outcome: FileOutcome): FileOutcome {
  const { shown } = task;
  outcome.checked = true;
  const out = lint(text, {
    config: task.config,
    path: task.globPath,
    onRuleError: (ruleId, err) => {
      outcome.failed = true;
      outcome.after.push(`${shown}: rule ${ruleId} failed (${err instanceof Error ? err.message : String(err)}); the other rules ran`);
    },
  });
  if (!out.isStory) return outcome;
  const lineStarts = computeLineStarts(text);
  const at = (offset: number) => {
    const p = positionAt(text, offset, lineStarts);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const messages: CliMessage[] = [];
  const push = (ruleId: string | null, severity: Severity, message: string, start: number, end: number, secondary = false) => {
    const s = at(start);
    const e = at(end);
    const m: CliMessage = { ruleId, severity, message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    if (secondary) m.secondary = true;
    messages.push(m);
  };
  for (const n of out.notices) push(null, n.severity, n.message, n.start, n.end);
  for (const f of out.findings) push(f.ruleId, f.severity, f.message, f.start, f.end, f.group?.role === 'secondary');
  messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
  const kept = task.quiet ? messages.filter((m) => m.severity === 'error') : messages;
  outcome.result = {
    filePath: task.path,
    messages: kept,
    errorCount: kept.filter((m) => m.severity === 'error').length,
    warningCount: kept.filter((m) => m.severity === 'warning').length,
  };
  return outcome;
}

/**
 * The path matched against the `files` and `ignore` globs: relative to the
 * config file's folder (or the working folder without one), as ESLint and
 * markdownlint read their globs; absolute when the file lies outside both.
 */
export function globPath(file: string, base: string, cwd: string): string {
  const rel = relativeInside(base, file) ?? relativeInside(cwd, file);
  if (rel) return rel.split(sep).join('/');
  return file.split(sep).join('/');
}

/** `.starcoach.json: rules.hedging has severity "loud"; use off, hint, information, warning or error` */
export function formatConfigProblem(p: ConfigFileProblem, cwd: string): string {
  const file = display(p.file, cwd);
  return p.key.startsWith('(') ? `${file} ${p.message}` : `${file}: ${p.key} ${p.message}`;
}
