import { parseArgs } from 'node:util';

export type Format = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

/** The parsed command line. */
export interface CliOptions {
  format: Format;
  config?: string;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  /** Check the text on standard input instead of files. */
  stdin: boolean;
  /** With --stdin: the path the text stands for (config lookup, globs, the name in the report). */
  stdinFilename?: string;
  /** Write the report here instead of standard output. */
  outputFile?: string;
  help: boolean;
  version: boolean;
  patterns: string[];
}

/** A command line that cannot be run; exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: star-coach [lint] [options] <files, folders or globs...>
       star-coach bank [options] <folders...>     the story bank (star-coach bank --help)
       star-coach drill [options] <file>          follow-up questions (star-coach drill --help)

Checks behavioral-interview stories written in Markdown in STAR form.
Folders are searched for Markdown story files; node_modules and .git are skipped.

Options:
  -f, --format stylish|json|sarif  Output format (default: stylish)
  -c, --config FILE                Use this config instead of the .starcoach.json found by walking up
      --max-warnings N             Exit 1 when there are more than N warnings
  -q, --quiet                      Report errors only
      --stdin                      Check the story on standard input instead of files
      --stdin-filename PATH        With --stdin: the file it stands for (its config, its name in the report)
  -o, --output-file FILE           Write the report to FILE instead of standard output
  -h, --help                       Show this help
  -v, --version                    Show the version

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  errors, or more warnings than --max-warnings
  2  bad usage, a bad config file, or input that cannot be read
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Parses the arguments after `node cli.js`. Throws {@link UsageError}. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    throw new UsageError(plainParseError(err as Error));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be stylish, json or sarif, not "${format}"`);
  if (v.config !== undefined && !v.config.trim()) throw new UsageError('--config needs a file name');
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    const raw = v['max-warnings'].trim();
    if (!/^-?\d+$/.test(raw) || Number(raw) < -1)
      throw new UsageError(`--max-warnings must be a whole number of 0 or more, not "${v['max-warnings']}"`);
    maxWarnings = Number(raw);
  }
  const stdin = v.stdin ?? false;
  if (v['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename only goes with --stdin');
  if (v['stdin-filename'] !== undefined && !v['stdin-filename'].trim()) throw new UsageError('--stdin-filename needs a file name');
  if (stdin && parsed.positionals.length) {
    throw new UsageError(`--stdin checks standard input; drop the file names (${parsed.positionals.join(' ')}) or --stdin`);
  }
  if (v['output-file'] !== undefined && !v['output-file'].trim()) throw new UsageError('--output-file needs a file name');
  return {
    format: format as Format,
    config: v.config,
    maxWarnings,
    quiet: v.quiet ?? false,
    stdin,
    stdinFilename: v['stdin-filename'],
    outputFile: v['output-file'],
    help: v.help ?? false,
    version: v.version ?? false,
    patterns: parsed.positionals,
  };
}

// Node's messages name both spellings ("Option '-f, --format <value>' argument missing"); name the long one.
function plainParseError(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code;
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name) return `unknown option ${name}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) {
    return /does not take/.test(err.message) ? `option ${name} takes no value` : `option ${name} needs a value`;
  }
  return err.message.split('\n')[0];
}
