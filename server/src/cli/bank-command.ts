import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBank } from '../engine/bank';
import { drillDocument, drillJson } from '../engine/drill';
import { readStoryInputs } from '../story-inputs';
import { configFor } from '../config-file';
import { UsageError } from './args';
import { parseBankArgs, parseDrillArgs, BANK_USAGE, DRILL_USAGE } from './subcommands';
import { formatBankText, formatBankMarkdown, formatBankJson } from './format-bank';
import { formatBankHtml } from './format-bank-html';
import { formatDrillJson, formatDrillText } from './format-drill';
import { formatConfigProblem } from './lint-files';
import { display } from './files';
import type { CliIO } from './main';
import { runJob, threadsFor } from './pool';

const FAILURE = 2;

function usageError(io: CliIO, command: string, err: unknown): number {
  if (!(err instanceof UsageError)) throw err;
  io.err(`star-coach ${command}: ${err.message}\nRun star-coach ${command} --help for the options.\n`);
  return FAILURE;
}

/** `star-coach bank <folders>`: the story bank over every story file found. Exit 2 on bad usage or unreadable input. */
export async function runBank(argv: readonly string[], io: CliIO, checkConfig: (path: string) => string | undefined): Promise<number> {
  let args: ReturnType<typeof parseBankArgs>;
  try {
    args = parseBankArgs(argv);
  } catch (err) {
    return usageError(io, 'bank', err);
  }
  if (args.help) {
    io.out(BANK_USAGE);
    return 0;
  }
  if (!args.patterns.length) {
    io.err('star-coach bank: name the folders of your stories, e.g. star-coach bank stories/\n');
    return FAILURE;
  }
  const explicitConfig = args.config === undefined ? undefined : resolve(io.cwd, args.config);
  if (explicitConfig) {
    const problem = checkConfig(explicitConfig);
    if (problem) {
      io.err(`star-coach bank: --config ${args.config} ${problem}\n`);
      return FAILURE;
    }
  }
  const read = readStoryInputs(args.patterns, { cwd: io.cwd, explicitConfig });
  // Every file is checked (each story's row counts its findings): in worker threads for a large bank.
  const profiles = await runJob('profile', read.inputs, threadsFor(read.inputs.length, io.env));
  const bank = buildBank(read.inputs, { config: read.config.config, profiles });
  if (read.notes.length) io.err(`${read.notes.join('\n')}\n`);
  if (!bank.stories.length) io.err('star-coach bank: no stories found in the story files under these paths.\n');
  switch (args.format) {
    case 'json':
      io.out(formatBankJson(bank));
      break;
    case 'markdown':
      io.out(formatBankMarkdown(bank, io.cwd));
      break;
    case 'html':
      io.out(formatBankHtml(bank, io.cwd));
      break;
    default:
      io.out(formatBankText(bank, io.cwd));
  }
  return read.failed ? FAILURE : 0;
}

/** `star-coach drill <file> [--story N]`: the follow-up questions for each story of one file. */
export function runDrill(argv: readonly string[], io: CliIO, checkConfig: (path: string) => string | undefined): number {
  let args: ReturnType<typeof parseDrillArgs>;
  try {
    args = parseDrillArgs(argv);
  } catch (err) {
    return usageError(io, 'drill', err);
  }
  if (args.help) {
    io.out(DRILL_USAGE);
    return 0;
  }
  if (args.patterns.length !== 1) {
    io.err('star-coach drill: name one story file, e.g. star-coach drill stories/payments.md\n');
    return FAILURE;
  }
  const file = resolve(io.cwd, args.patterns[0]);
  const explicitConfig = args.config === undefined ? undefined : resolve(io.cwd, args.config);
  for (const path of explicitConfig ? [explicitConfig] : []) {
    const problem = checkConfig(path);
    if (problem) {
      io.err(`star-coach drill: --config ${args.config} ${problem}\n`);
      return FAILURE;
    }
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    io.err(`star-coach drill: ${args.patterns[0]} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return FAILURE;
  }
  const loaded = configFor(file, explicitConfig);
  for (const p of loaded.problems) io.err(`${formatConfigProblem(p, io.cwd)}\n`);
  const drills = drillDocument(text, loaded.config);
  let chosen = drills;
  if (args.story !== undefined) {
    if (args.story > drills.length) {
      io.err(
        `star-coach drill: ${display(file, io.cwd)} has ${drills.length} ` +
          `${drills.length === 1 ? 'story' : 'stories'}; --story ${args.story} is past the last one\n`,
      );
      return FAILURE;
    }
    chosen = [drills[args.story - 1]];
  }
  const entries = drillJson(file, text, chosen);
  io.out(args.format === 'json' ? formatDrillJson(entries) : formatDrillText(entries, io.cwd));
  return loaded.problems.length ? FAILURE : 0;
}
