import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { configFor, type LoadedConfig } from './config-file';
import { expandPatterns, display } from './cli/files';
import { globPath, formatConfigProblem, MAX_FILE_BYTES } from './cli/lint-files';
import type { BankInput } from './engine/bank';

/** The story files under some paths, read with the configuration that applies to each, for the bank and the drill. */
export interface StoryInputs {
  inputs: BankInput[];
  /** Lines for the user: unreadable or skipped files, broken configs. */
  notes: string[];
  /** Something that makes the CLI exit 2: unreadable input or a broken config. */
  failed: boolean;
  /** The configuration of the first file (or of the first path), which names the bank's principle list and level. */
  config: LoadedConfig;
}

/**
 * Reads Markdown files under files, folders or globs, each with its
 * `.starcoach.json` (or `explicitConfig`). `texts` overrides what is on disk
 * (the editor's unsaved buffers).
 */
export function readStoryInputs(
  patterns: readonly string[],
  opts: { cwd: string; explicitConfig?: string; texts?: ReadonlyMap<string, string> },
): StoryInputs {
  const expansion = expandPatterns(patterns, opts.cwd);
  const notes = [...expansion.errors];
  let failed = expansion.errors.length > 0;
  const configs = new Map<string, LoadedConfig>();
  const reported = new Set<string>();
  const inputs: BankInput[] = [];
  for (const target of expansion.files) {
    const shown = display(target.path, opts.cwd);
    let text = opts.texts?.get(target.path);
    if (text === undefined) {
      try {
        const size = statSync(target.path).size;
        if (size > MAX_FILE_BYTES) {
          notes.push(`${shown}: skipped, ${(size / 1024 / 1024).toFixed(1)} MB is over the 5 MB limit for a story file`);
          continue;
        }
        text = readFileSync(target.path, 'utf8').replace(/^\uFEFF/, '');
      } catch (err) {
        notes.push(`${shown}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
        failed = true;
        continue;
      }
    }
    if (text.includes('\0')) continue;
    const dir = dirname(target.path);
    let loaded = configs.get(dir);
    if (!loaded) configs.set(dir, (loaded = configFor(target.path, opts.explicitConfig)));
    if (loaded.problems.length && loaded.file && !reported.has(loaded.file)) {
      reported.add(loaded.file);
      failed = true;
      for (const p of loaded.problems) notes.push(formatConfigProblem(p, opts.cwd));
    }
    inputs.push({
      file: target.path,
      text,
      config: loaded.config,
      globPath: globPath(target.path, loaded.file ? dirname(loaded.file) : opts.cwd, opts.cwd),
    });
  }
  const first = expansion.files[0]?.path;
  const config = first ? (configs.get(dirname(first)) ?? configFor(first, opts.explicitConfig)) : { config: {}, problems: [] };
  return { inputs, notes, failed, config };
}
