import picomatch from 'picomatch';

/*
 * The one place globs are compiled, for the `files`/`ignore` settings and the
 * CLI's command-line patterns alike. A list of globs is compiled once and
 * reused: configs are long-lived, and matching is per file and per keystroke.
 */

const OPTIONS = { dot: true };
const compiled = new Map<string, (path: string) => boolean>();
/** Enough for every config of a large workspace; past it the oldest is dropped. */
const MAX_COMPILED = 256;

/** A matcher for any of `globs`, against `/`-separated relative paths. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let m = compiled.get(key);
  if (!m) {
    m = globs.length ? picomatch(globs as string[], OPTIONS) : () => false;
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, m);
  }
  return m;
}

/** Why a glob cannot be used, or undefined when it can. */
export function globError(g: string): string | undefined {
  if (!g.trim()) return 'is an empty glob';
  let depth = 0;
  for (const c of g) {
    if (c === '{' || c === '[') depth++;
    if (c === '}' || c === ']') depth--;
    if (depth < 0) return `"${g}" has an unmatched bracket`;
  }
  if (depth !== 0) return `"${g}" has an unmatched bracket`;
  try {
    picomatch.makeRe(g);
  } catch {
    return `"${g}" is not a valid glob`;
  }
  return undefined;
}

/** A command-line pattern split into its fixed folder and the glob below it, or undefined when it is no glob. */
export function splitGlob(pattern: string): { base: string; glob: string; negated: boolean } | undefined {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return undefined;
  return { base: scan.base, glob: scan.glob, negated: scan.negated };
}
