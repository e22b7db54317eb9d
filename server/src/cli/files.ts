import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve, relative, sep, isAbsolute } from 'node:path';
import { globMatcher, splitGlob } from '../engine/globs';

/** A file to consider; `explicit` when it was named on the command line itself. */
export interface Target {
  /** Absolute path. */
  path: string;
  explicit: boolean;
}

export interface Expansion {
  /** In command-line order; a folder's files sorted by path. */
  files: Target[];
  /** Arguments that name nothing readable; each message names the argument. */
  errors: string[];
}

/** Folders never searched: dependencies and version-control internals. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(?:md|markdown)$/i;

/**
 * Expands command-line arguments into files. A file is taken as is; a folder
 * is searched for Markdown files; anything else is read as a glob relative to
 * `cwd`. Whether each file is a story file is decided later, with its config.
 */
export function expandPatterns(patterns: readonly string[], cwd: string): Expansion {
  const out = new Map<string, Target>();
  const errors: string[] = [];
  const add = (path: string, explicit: boolean) => {
    const prev = out.get(path);
    if (!prev) out.set(path, { path, explicit });
    else if (explicit) prev.explicit = true;
  };
  for (const raw of patterns) {
    const pattern = process.platform === 'win32' ? raw.replace(/\\/g, '/') : raw;
    const abs = resolve(cwd, raw);
    const stat = statOrUndefined(abs);
    if (stat?.isFile()) {
      add(abs, true);
      continue;
    }
    if (stat?.isDirectory()) {
      for (const f of walk(abs, errors, cwd)) if (MARKDOWN.test(f)) add(f, false);
      continue;
    }
    // It exists, so "no such file" would mislead; reading a pipe or a device could block or never end.
    if (stat) {
      errors.push(`${raw}: is ${kindOf(stat)}, not a file or folder; it was not read`);
      continue;
    }
    const scan = splitGlob(pattern);
    if (!scan) {
      errors.push(`${raw}: no such file or folder`);
      continue;
    }
    if (scan.negated) {
      errors.push(`${raw}: negated patterns are not supported; list the files to skip under "ignore" in .starcoach.json`);
      continue;
    }
    const base = resolve(cwd, scan.base || '.');
    const isMatch = globMatcher([scan.glob]);
    let matched = 0;
    if (statOrUndefined(base)?.isDirectory()) {
      for (const f of walk(base, errors, cwd)) {
        if (isMatch(relative(base, f).split(sep).join('/'))) {
          add(f, false);
          matched++;
        }
      }
    }
    if (!matched) errors.push(`${raw}: no files match this pattern`);
  }
  return { files: [...out.values()], errors };
}

/** What a file-system entry that is neither a file nor a folder is, in words. */
export function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Files under a folder, depth first, sorted; symbolic links to folders are not followed (no cycles). */
function walk(dir: string, errors: string[], cwd: string): string[] {
  const files: string[] = [];
  const visit = (d: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (err) {
      errors.push(`${display(d, cwd)}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) visit(full);
      } else if (e.isFile() || (e.isSymbolicLink() && statOrUndefined(full)?.isFile())) {
        files.push(full);
      }
    }
  };
  visit(dir);
  return files;
}

/** `path` relative to `dir` with the platform's separators, or undefined when it lies outside `dir`. */
export function relativeInside(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  if (!rel || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return undefined;
  return rel;
}

/** A path as shown to the user: relative to `cwd` when inside it, else absolute. */
export function display(path: string, cwd: string): string {
  return relativeInside(cwd, path) ?? path;
}
