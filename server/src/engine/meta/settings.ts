/**
 * The one source of the configuration's metadata: the keys, severities,
 * levels, defaults and their descriptions. The validator
 * (`engine/config.ts`), the JSON Schema (`meta/config-schema.ts`) and the VS
 * Code settings (`meta/manifest.ts`) all read it, and a drift test compares
 * the generated files with a fresh generation.
 */
import type { SeveritySetting } from '../types';

export const CONFIG_FILE = '.starcoach.json';

/** The keys of `.starcoach.json` (and of the `starCoach` settings that mirror it). */
export const CONFIG_KEYS = ['files', 'ignore', 'rules', 'principles', 'level'] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];
export const SEVERITY_DOC =
  'off: the rule does not run; hint, information, warning, error: how the finding is shown. The CLI exits 1 on errors.';

/** The levels a writer can prepare for, matched without regard to case. */
export const LEVELS = [
  'L3',
  'L4',
  'L5',
  'L6',
  'L7',
  'L8',
  'L9',
  'L10',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'distinguished',
] as const;
export const LEVEL_DOC =
  `The level you are preparing for: ${LEVELS[0]}…${LEVELS[7]}, or ${wordList(LEVELS.slice(8))}. Front ` +
  `matter \`level:\` overrides it per file.`;
const LEVEL_SET = new Set<string>(LEVELS.map((l) => l.toLowerCase()));
export function isLevel(value: string): boolean {
  return LEVEL_SET.has(value.toLowerCase());
}

export const DEFAULT_FILES = ['**/*.star.md', '**/stories/**/*.md'];
export const DEFAULT_IGNORE = ['**/README.md', '**/CHANGELOG.md', '**/node_modules/**'];
export const DEFAULT_DEBOUNCE_MS = 200;

/*
 * Limits that keep a config's cost bounded: each glob is tried on every file
 * and each principle on every sentence. Past a limit the first ones are used
 * and the config says so; no real config comes near them.
 */
/** The most globs one `files` or `ignore` list may hold. */
export const MAX_GLOBS = 50_000;
/** The most principles (and, separately, aliases over all principles) a custom list may hold. */
export const MAX_PRINCIPLES = 1_000;
export const MAX_ALIASES = 10_000;
/** Past this many problems of one kind (unknown keys, bad globs), one message counts them and names a few. */
export const MAX_LISTED_PROBLEMS = 5;

export const KEY_DOCS: Record<ConfigKey | 'debounceMs', string> = {
  files:
    'Globs of story files, relative to the folder of the config file (or the workspace). A file is also a story file when its front ' +
    'matter has `star: true` or it has Situation, Action and Result sections.',
  ignore:
    'Globs of files that are not story files even when they match `files` (front matter `star: true` or STAR sections still make them ' +
    'stories).',
  rules: "Each rule's severity (`off` switches it off), or an object with a severity and the rule's options.",
  principles:
    'The principles stories are checked against: `"amazon"` for Amazon\'s sixteen Leadership Principles, or your own list of `{ ' +
    '"name", "definition", "evidence", "aliases" }`.',
  level: LEVEL_DOC,
  debounceMs: 'Milliseconds to wait after typing before checking; 0 checks at once.',
};

export const PRINCIPLE_FIELD_DOCS = {
  name: 'The principle as it is written in stories, e.g. "Customer Obsession".',
  definition: 'What it means, in a sentence (shown on hover).',
  evidence: 'What deep evidence of it looks like in a story.',
  aliases: 'Other ways stories name it.',
};

/** "a, b, c or d", for messages and docs. */
export function wordList(items: readonly string[], last = 'or'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}
