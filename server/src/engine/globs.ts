import picomatch from 'picomatch';

/*
 * The one place globs are compiled, for the `files`/`ignore` settings and the
 * CLI's command-line patterns alike. A list of globs is compiled once and
 * reused: configs are long-lived, and matching is per file and per keystroke.
 */

const OPTIONS = { dot: true };
const compiled = new Map<string, (path: string) => boolean>();
/** The same lists by identity: a config's arrays live as long as the config, and joining 30,000 globs per file cost more than matching. */
const byList = new WeakMap<readonly string[], (path: string) => boolean>();
/** Enough for every config of a large workspace; past it the oldest is dropped. */
const MAX_COMPILED = 256;

/** A matcher for any of `globs`, against `/`-separated relative paths. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const known = byList.get(globs);
  if (known) return known;
  const key = globs.join('\u0000');
  let m = compiled.get(key);
  if (!m) {
    m = lastAnswer(compile(globs));
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, m);
  }
  byList.set(globs, m);
  return m;
}

/** A matcher that remembers its last answer: the server asks about the same path on every edit. */
function lastAnswer(match: (path: string) => boolean): (path: string) => boolean {
  let last: string | undefined;
  let answer = false;
  return (path) => {
    if (path !== last) {
      answer = match(path);
      last = path;
    }
    return answer;
  };
}

/** Glob syntax; a path segment without any of it is literal. `@` and `+` only start extglobs, but are kept out to be safe. */
const MAGIC = /[*?[\]{}()!+@\\]/;
/** Prefixes longer than this are cut to it, so a lookup tries a bounded number of prefixes of each path segment. */
const MAX_PREFIX = 32;

/**
 * What any path matching a glob must hold: a whole path segment (`README.md`
 * in `docs/README.md`), or else the start of one (`draft-` in `draft-*.md`).
 * Undefined when the glob has neither, or when its segments are not fixed
 * (negations, and braces and extglobs, which may hold `/`).
 */
export function literalOf(glob: string): { segment: string } | { prefix: string } | undefined {
  if (glob.startsWith('!') || glob.includes('{') || glob.includes('(')) return undefined;
  const segments = glob.split('/').filter((s) => s && s !== '.' && s !== '..');
  for (let k = segments.length - 1; k >= 0; k--) if (!MAGIC.test(segments[k])) return { segment: segments[k] };
  for (let k = segments.length - 1; k >= 0; k--) {
    const magic = segments[k].search(MAGIC);
    if (magic > 0) return { prefix: segments[k].slice(0, Math.min(magic, MAX_PREFIX)) };
  }
  return undefined;
}

/**
 * A short list goes to picomatch as is. A long one is indexed by what each
 * glob's paths must hold, so a path is tried only against the globs that name
 * one of its segments (or their start), plus those that name none: 30,000
 * `ignore` globs cost 0.6 s a file when every one was tried on every file.
 */
function compile(globs: readonly string[]): (path: string) => boolean {
  if (!globs.length) return () => false;
  if (globs.length <= 16) return picomatch(globs as string[], OPTIONS);
  const bySegment = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const others: string[] = [];
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  globs.forEach((g, i) => {
    const literal = literalOf(g);
    if (!literal) others.push(g);
    else if ('segment' in literal) add(bySegment, literal.segment, i);
    else add(byPrefix, literal.prefix, i);
  });
  const single: Array<((path: string) => boolean) | undefined> = [];
  const test = (i: number, path: string) => (single[i] ??= picomatch(globs[i], OPTIONS))(path);
  const rest = others.length ? picomatch(others, OPTIONS) : () => false;
  return (path) => {
    for (const segment of path.split('/')) {
      for (const i of bySegment.get(segment) ?? []) if (test(i, path)) return true;
      if (!byPrefix.size) continue;
      for (let n = 1; n <= segment.length && n <= MAX_PREFIX; n++) {
        for (const i of byPrefix.get(segment.slice(0, n)) ?? []) if (test(i, path)) return true;
      }
    }
    return rest(path);
  };
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
