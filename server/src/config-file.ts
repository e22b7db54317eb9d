import { existsSync, readFileSync, type Stats, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, validateConfig, type StarConfig } from './engine/config';
import { RULES } from './engine/rules';

/** A problem with a configuration file, located where possible (1-based line and column). */
export interface ConfigFileProblem {
  file: string;
  key: string;
  message: string;
  line?: number;
  column?: number;
}

export interface LoadedConfig {
  config: StarConfig;
  file?: string;
  problems: ConfigFileProblem[];
}

const MAX_CONFIG_BYTES = 1024 * 1024;
const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

/**
 * Finds `.starcoach.json` by walking up from a directory: to the file-system
 * root, as ESLint does (the CLI), or no further than `stopDir` (the server
 * stops at the workspace folder, so a folder that merely holds the workspace
 * cannot change its settings).
 */
export function findConfigFile(startDir: string, stopDir?: string): string | undefined {
  let dir = resolve(startDir);
  const stop = stopDir === undefined ? undefined : resolve(stopDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir || dir === stop) return undefined;
    dir = parent;
  }
}

/**
 * Reads and validates a config file. It is parsed as JSON data only, never
 * run. A broken file yields problems naming the file and key, and an empty
 * config so the defaults go on working.
 */
export function loadConfigFile(file: string): LoadedConfig {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (err) {
    return {
      config: {},
      file,
      problems: [{ file, key: '(file)', message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` }],
    };
  }
  // A folder, pipe or device by that name would throw, block or never end when read.
  if (!stat.isFile())
    return {
      config: {},
      file,
      problems: [
        {
          file,
          key: '(file)',
          message: `is not a regular file (${stat.isDirectory() ? 'a folder' : 'a pipe, socket or device'}); it was not read`,
        },
      ],
    };
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.loaded;
  let text: string | undefined;
  try {
    text = stat.size > MAX_CONFIG_BYTES ? undefined : readFileSync(file, 'utf8');
  } catch (err) {
    return {
      config: {},
      file,
      problems: [{ file, key: '(file)', message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` }],
    };
  }
  const loaded = parseConfigText(file, text);
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

/** Parses and validates config text; `text` undefined means the file was too large to read. */
export function parseConfigText(file: string, text: string | undefined): LoadedConfig {
  if (text === undefined) return { config: {}, file, problems: [{ file, key: '(file)', message: 'is larger than 1 MB; it was not read' }] };
  const body = text.replace(/^\uFEFF/, '');
  // Not valid JSON either, and a file that sets nothing is more likely a slip than a wish.
  if (!body.trim())
    return {
      config: {},
      file,
      problems: [{ file, key: '(syntax)', message: 'is empty; it must hold a JSON object such as { "rules": {} }' }],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    // V8 gives no position at the end of the text, and where it gives none it echoes the text back.
    const token = /^Unexpected token '(.)'/u.exec(msg)?.[1];
    const at = pos ? Number(pos[1]) : /end of JSON input/.test(msg) ? body.length : token ? outsideStrings(body, token) : undefined;
    const lc = at === undefined ? undefined : lineColumn(body, at);
    const reason =
      msg
        .replace(/^JSON\.parse: /, '')
        .replace(/ (?:in JSON )?at position \d+.*$/, '')
        .replace(/,? ?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '') || 'Unexpected text';
    const hint = at !== undefined && body[at] === '/' ? '; JSON has no comments' : '';
    return {
      config: {},
      file,
      problems: [
        {
          file,
          key: '(syntax)',
          message: `is not valid JSON: ${reason}${hint}${lc ? ` (line ${lc.line}, column ${lc.column})` : ''}`,
          ...lc,
        },
      ],
    };
  }
  const { config, problems } = validateConfig(raw, RULES);
  return { config, file, problems: problems.map((p) => ({ file, ...p, ...locateKey(body, p.key) })) };
}

/** The first offset of `ch` outside a JSON string, where a token V8 names without a position is. */
function outsideStrings(text: string, ch: string): number | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === ch) return i;
    else if (c === '"') inString = true;
  }
  return undefined;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Best-effort location of a dotted key's last segment in the JSON text. */
function locateKey(text: string, key: string): { line?: number; column?: number } {
  const last = key
    .replace(/\[\d+\]$/, '')
    .split('.')
    .pop();
  if (!last || last.startsWith('(')) return {};
  const i = text.indexOf(`"${last}"`);
  return i < 0 ? {} : lineColumn(text, i);
}

/** Loads the config that applies to a file: an explicit one, or the nearest found walking up (no further than `stopDir`). */
export function configFor(filePath: string, explicit?: string, stopDir?: string): LoadedConfig {
  const file = explicit ?? findConfigFile(dirname(resolve(filePath)), stopDir);
  return file ? loadConfigFile(file) : { config: {}, problems: [] };
}
