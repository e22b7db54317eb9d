import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { RULES } from '../engine/rules';
import { parseCliArgs, UsageError, USAGE, type CliOptions } from './args';
import { expandPatterns } from './files';
import { lintFiles, lintStdin, type FileResult } from './lint-files';
import { formatStylish } from './format-stylish';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { VERSION } from './rule-docs';
import { runBank, runDrill } from './bank-command';
import { runJob, threadsFor } from './pool';

/** What the CLI touches of its process, so it can be run in-process too. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
  /** All of standard input, for `--stdin`. */
  readStdin(): Promise<string>;
}

/** Exit codes of SPEC §6. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** Runs the CLI on the arguments after `node cli.js` and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  // Subcommands (SPEC §10); plain `star-coach <paths>` and `star-coach lint <paths>` lint.
  if (argv[0] === 'bank') return runBank(argv.slice(1), io, fileProblem);
  if (argv[0] === 'drill') return runDrill(argv.slice(1), io, fileProblem);
  if (argv[0] === 'lint') argv = argv.slice(1);
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`star-coach: ${err.message}\nRun star-coach --help for the options.\n`);
    return EXIT.failure;
  }
  if (opts.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (opts.version) {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!opts.patterns.length && !opts.stdin) {
    io.err(
      `star-coach: name the story files, folders or globs to check, e.g. star-coach stories/\nRun star-coach --help for the options.\n`,
    );
    return EXIT.failure;
  }
  let config: string | undefined;
  if (opts.config !== undefined) {
    config = resolve(io.cwd, opts.config);
    const problem = fileProblem(config);
    if (problem) {
      io.err(`star-coach: --config ${opts.config} ${problem}\n`);
      return EXIT.failure;
    }
  }

  const expansion = opts.stdin ? { files: [], errors: [] } : expandPatterns(opts.patterns, io.cwd);
  const run = opts.stdin
    ? lintStdin(await io.readStdin(), { cwd: io.cwd, config, quiet: opts.quiet, filename: opts.stdinFilename })
    : await lintFiles(expansion.files, { cwd: io.cwd, config, quiet: opts.quiet }, (tasks) =>
        runJob('lint', tasks, threadsFor(tasks.length, io.env)),
      );
  const notes = [...expansion.errors, ...run.notes];
  if (notes.length) io.err(notes.join('\n') + '\n');
  if (!run.results.length && !expansion.errors.length && !opts.quiet && !opts.stdin) {
    io.err(
      'star-coach: no story files found. A story file matches "files" in .starcoach.json (default **/*.star.md, **/stories/**/*.md), ' +
        'has `star: true` front matter, or has Situation, Action and Result sections.\n',
    );
  }

  const report = render(run.results, opts, io);
  if (opts.outputFile === undefined) io.out(report);
  else {
    const problem = writeReport(resolve(io.cwd, opts.outputFile), report);
    if (problem) {
      io.err(`star-coach: --output-file ${opts.outputFile} ${problem}\n`);
      return EXIT.failure;
    }
  }

  const errors = sum(run.results, 'errorCount');
  const warnings = sum(run.results, 'warningCount');
  const tooManyWarnings = opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
  if (tooManyWarnings) io.err(`star-coach found too many warnings (maximum: ${opts.maxWarnings}).\n`);
  if (expansion.errors.length || run.failed) return EXIT.failure;
  return errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
}

/** Writes the report, creating missing folders as ESLint does; says what went wrong, if anything. */
function writeReport(path: string, report: string): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, report);
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'EISDIR' ? 'is a folder' : `cannot be written (${code ?? (err as Error).message})`;
  }
}

function render(results: FileResult[], opts: CliOptions, io: CliIO): string {
  switch (opts.format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, { cwd: io.cwd, rules: RULES });
    default:
      return formatStylish(results, { cwd: io.cwd, color: opts.outputFile === undefined && useColor(io) });
  }
}

/** Color on a terminal, never with NO_COLOR (https://no-color.org), and on request with FORCE_COLOR. */
export function useColor(io: Pick<CliIO, 'env' | 'stdoutIsTTY'>): boolean {
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

function fileProblem(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? undefined : 'is not a file';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
  }
}

const sum = (results: FileResult[], key: 'errorCount' | 'warningCount') => results.reduce((n, r) => n + r[key], 0);
