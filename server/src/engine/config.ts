import { globError, globMatcher } from './globs';
import type { SeveritySetting } from './types';
import type { PrincipleDef } from './lexicons/principles';
import { AMAZON_PRINCIPLES } from './lexicons/principles';
import { compilePrinciples, type PrincipleMatcher } from './language/principles';
import type { AnyRule } from './rule';
import { CONFIG_KEYS, DEFAULT_FILES, DEFAULT_IGNORE, LEVELS, SEVERITIES, isLevel, wordList } from './meta/settings';

/** A rule's setting: a severity, or an object with a severity and the rule's options. */
export type RuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);

/** The configuration, as written in `.starcoach.json` or the `starCoach` settings. */
export interface StarConfig {
  files?: string[];
  ignore?: string[];
  rules?: Record<string, RuleSetting>;
  principles?: 'amazon' | PrincipleDef[];
  level?: string;
}

export { DEFAULT_FILES, DEFAULT_IGNORE, CONFIG_FILE } from './meta/settings';

/** A problem found in a configuration; `key` is a dotted path such as `rules.hedging`. */
export interface ConfigProblem {
  key: string;
  message: string;
}

/**
 * Checks a parsed configuration against the contract and keeps what is valid.
 * Every problem names its key; the invalid part is dropped so defaults apply.
 */
export function validateConfig(raw: unknown, rules: readonly AnyRule[]): { config: StarConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: StarConfig = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [{ key: '(root)', message: 'must be a JSON object such as { "rules": { … } }' }] };
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (key !== '$schema' && !(CONFIG_KEYS as readonly string[]).includes(key)) {
      problems.push({ key, message: `is not a setting STAR Coach knows (expected ${wordList(CONFIG_KEYS)})` });
    }
  }
  for (const key of ['files', 'ignore'] as const) {
    if (r[key] === undefined) continue;
    const v = r[key];
    if (!Array.isArray(v) || !v.every((g) => typeof g === 'string')) {
      problems.push({ key, message: 'must be a list of glob strings' });
      continue;
    }
    const good: string[] = [];
    v.forEach((g: string, i) => {
      const err = globError(g);
      if (err) problems.push({ key: `${key}[${i}]`, message: err });
      else good.push(g);
    });
    config[key] = good;
  }
  if (r.rules !== undefined) {
    if (!r.rules || typeof r.rules !== 'object' || Array.isArray(r.rules)) {
      problems.push({ key: 'rules', message: 'must be an object mapping rule ids to a severity or { "severity": … }' });
    } else {
      config.rules = {};
      for (const [id, setting] of Object.entries(r.rules as Record<string, unknown>)) {
        const rule = rules.find((x) => x.id === id);
        if (!rule) {
          const near = rules.find((x) => x.id.startsWith(id.slice(0, 4)));
          problems.push({ key: `rules.${id}`, message: `is not a STAR Coach rule${near ? ` (did you mean ${near.id}?)` : ''}` });
          continue;
        }
        const checked = checkRuleSetting(rule, setting, `rules.${id}`, problems);
        if (checked !== undefined) config.rules[id] = checked;
      }
    }
  }
  if (r.principles !== undefined) {
    const p = checkPrinciples(r.principles, problems);
    if (p) config.principles = p;
  }
  if (r.level !== undefined) {
    if (typeof r.level !== 'string' || !isLevel(r.level)) problems.push({ key: 'level', message: `must be ${wordList(LEVELS)}` });
    else config.level = r.level;
  }
  return { config, problems };
}

function checkRuleSetting(rule: AnyRule, setting: unknown, key: string, problems: ConfigProblem[]): RuleSetting | undefined {
  if (typeof setting === 'string') {
    if ((SEVERITIES as readonly string[]).includes(setting)) return setting as SeveritySetting;
    problems.push({ key, message: `has severity "${setting}"; use ${wordList(SEVERITIES)}` });
    return undefined;
  }
  if (typeof setting === 'boolean') return setting ? rule.meta.defaultSeverity : 'off';
  if (!setting || typeof setting !== 'object' || Array.isArray(setting)) {
    problems.push({ key, message: 'must be a severity string or an object such as { "severity": "warning" }' });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(setting as Record<string, unknown>)) {
    if (k === 'severity') {
      if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) out.severity = v;
      else problems.push({ key: `${key}.severity`, message: `is "${String(v)}"; use ${wordList(SEVERITIES)}` });
      continue;
    }
    // Own options only: `__proto__` or `constructor` must not reach Object.prototype (a `__proto__` key set the severity through it).
    const def = Object.hasOwn(rule.meta.defaultOptions, k) ? (rule.meta.defaultOptions as Record<string, unknown>)[k] : undefined;
    if (def === undefined) {
      const known = Object.keys(rule.meta.defaultOptions);
      problems.push({
        key: `${key}.${k}`,
        message: `is not an option of ${rule.id}${known.length ? ` (options: ${known.join(', ')})` : ' (it has no options)'}`,
      });
      continue;
    }
    if (typeof def === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        problems.push({ key: `${key}.${k}`, message: 'must be a number of at least 0' });
        continue;
      }
    } else if (Array.isArray(def)) {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
        problems.push({ key: `${key}.${k}`, message: 'must be a list of strings' });
        continue;
      }
    } else if (typeof def !== typeof v) {
      problems.push({ key: `${key}.${k}`, message: `must be a ${typeof def}` });
      continue;
    }
    out[k] = v;
  }
  return out as RuleSetting;
}

function checkPrinciples(v: unknown, problems: ConfigProblem[]): StarConfig['principles'] | undefined {
  if (v === 'amazon') return 'amazon';
  if (!Array.isArray(v)) {
    problems.push({ key: 'principles', message: 'must be "amazon" or a list of { "name", "definition", "aliases" }' });
    return undefined;
  }
  const defs: PrincipleDef[] = [];
  const seen = new Set<string>();
  v.forEach((p: unknown, i) => {
    const key = `principles[${i}]`;
    if (!p || typeof p !== 'object' || Array.isArray(p)) {
      problems.push({ key, message: 'must be an object with "name" and "definition"' });
      return;
    }
    const o = p as Record<string, unknown>;
    if (typeof o.name !== 'string' || !o.name.trim()) {
      problems.push({ key: `${key}.name`, message: 'must be a non-empty string' });
      return;
    }
    if (o.definition !== undefined && typeof o.definition !== 'string') {
      problems.push({ key: `${key}.definition`, message: 'must be a string' });
      return;
    }
    if (o.aliases !== undefined && (!Array.isArray(o.aliases) || !o.aliases.every((a) => typeof a === 'string' && a.trim()))) {
      problems.push({ key: `${key}.aliases`, message: 'must be a list of non-empty strings' });
      return;
    }
    const lower = o.name.trim().toLowerCase();
    if (seen.has(lower)) {
      problems.push({ key: `${key}.name`, message: `repeats "${o.name}"; each principle is listed once` });
      return;
    }
    seen.add(lower);
    defs.push({
      name: o.name.trim(),
      definition: (o.definition as string | undefined) ?? '',
      aliases: o.aliases as string[] | undefined,
      evidence: typeof o.evidence === 'string' ? o.evidence : undefined,
    });
  });
  if (!defs.length) {
    problems.push({ key: 'principles', message: 'has no valid principle; the Amazon list is used' });
    return undefined;
  }
  return defs;
}

/** Merges configurations; later ones win, and rule settings merge rule by rule. */
export function mergeConfigs(...configs: Array<StarConfig | undefined>): StarConfig {
  const out: StarConfig = {};
  for (const c of configs) {
    if (!c) continue;
    if (c.files) out.files = c.files;
    if (c.ignore) out.ignore = c.ignore;
    if (c.principles) out.principles = c.principles;
    if (c.level) out.level = c.level;
    if (c.rules) {
      out.rules = { ...out.rules };
      for (const [id, s] of Object.entries(c.rules)) {
        const prev = out.rules[id];
        out.rules[id] =
          typeof s === 'object' && typeof prev === 'object'
            ? { ...prev, ...s }
            : typeof s === 'object' && typeof prev === 'string'
              ? { severity: prev, ...s }
              : s;
      }
    }
  }
  return out;
}

export interface ResolvedRule {
  rule: AnyRule;
  severity: Exclude<SeveritySetting, 'off'>;
  options: Record<string, unknown>;
}

/** The enabled rules with their severities and options. */
export function resolveRules(config: StarConfig, rules: readonly AnyRule[]): ResolvedRule[] {
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const s = config.rules?.[rule.id];
    const severity = typeof s === 'string' ? s : ((s?.severity as SeveritySetting | undefined) ?? rule.meta.defaultSeverity);
    if (severity === 'off') continue;
    const options = { ...rule.meta.defaultOptions, ...(typeof s === 'object' ? s : {}) };
    delete (options as Record<string, unknown>).severity;
    out.push({ rule, severity, options });
  }
  return out;
}

const matcherCache = new WeakMap<object, PrincipleMatcher>();
const amazon = compilePrinciples(AMAZON_PRINCIPLES);

/** The principle matcher for a configuration (compiled once per list). */
export function principlesOf(config: StarConfig): PrincipleMatcher {
  const p = config.principles;
  if (!p || p === 'amazon') return amazon;
  let m = matcherCache.get(p);
  if (!m) {
    m = compilePrinciples(p);
    matcherCache.set(p, m);
  }
  return m;
}

/** Whether a path is a story file by the `files` and `ignore` globs alone. */
export function matchesStoryGlobs(path: string, config: StarConfig): boolean {
  const p = path
    .replace(/\\/g, '/')
    .replace(/^[a-zA-Z]:/, '')
    .replace(/^\/+/, '');
  return globMatcher(config.files ?? DEFAULT_FILES)(p) && !globMatcher(config.ignore ?? DEFAULT_IGNORE)(p);
}
