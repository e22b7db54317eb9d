import { parseArgs } from 'node:util';
import { UsageError } from './args';

export const BANK_FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export const DRILL_FORMATS = ['text', 'json'] as const;

export interface BankArgs {
  format: (typeof BANK_FORMATS)[number];
  config?: string;
  help: boolean;
  patterns: string[];
}

export interface DrillArgs {
  format: (typeof DRILL_FORMATS)[number];
  config?: string;
  /** 1-based story number in the file. */
  story?: number;
  help: boolean;
  patterns: string[];
}

export const BANK_USAGE = `Usage: star-coach bank [options] <folders, files or globs...>

Shows the story bank: which principles each story claims and shows with
evidence, the principles no story shows, thin spots, claims without evidence,
and the story types an interview loop asks for that the bank lacks.

Options:
  -f, --format text|markdown|html|json  Output format (default: text); html is one printable file
  -c, --config FILE                     Use this config instead of the .starcoach.json found by walking up
  -h, --help                            Show this help
`;

export const DRILL_USAGE = `Usage: star-coach drill [options] <file>

Prints the follow-up questions an interviewer would ask about each story in
the file, drawn from its own decisions, numbers and "we" sentences, in chains
two or three questions deep.

Options:
      --story N            Only the Nth story of the file (counting from 1)
  -f, --format text|json   Output format (default: text)
  -c, --config FILE        Use this config instead of the .starcoach.json found by walking up
  -h, --help               Show this help
`;

const COMMON = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse<O extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (err) {
    const quoted = /'([^']+)'/.exec((err as Error).message)?.[1] ?? '';
    const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    throw new UsageError(name ? `unknown option or missing value: ${name}` : (err as Error).message.split('\n')[0]);
  }
}

function checkFormat<F extends string>(value: string | undefined, allowed: readonly F[], fallback: F): F {
  const format = value ?? fallback;
  if (!allowed.includes(format as F)) throw new UsageError(`--format must be ${allowed.join(', ')}, not "${format}"`);
  return format as F;
}

export function parseBankArgs(argv: readonly string[]): BankArgs {
  const { values, positionals } = parse(argv, COMMON);
  return {
    format: checkFormat(values.format as string | undefined, BANK_FORMATS, 'text'),
    config: values.config as string | undefined,
    help: Boolean(values.help),
    patterns: positionals,
  };
}

export function parseDrillArgs(argv: readonly string[]): DrillArgs {
  const { values, positionals } = parse(argv, { ...COMMON, story: { type: 'string' } });
  let story: number | undefined;
  if (values.story !== undefined) {
    const raw = String(values.story).trim();
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--story must be a story number from 1, not "${values.story}"`);
    story = Number(raw);
  }
  if (!values.help && positionals.length > 1) throw new UsageError('drill takes one file');
  return {
    format: checkFormat(values.format as string | undefined, DRILL_FORMATS, 'text'),
    config: values.config as string | undefined,
    story,
    help: Boolean(values.help),
    patterns: positionals,
  };
}
