import { globMatcher } from './globs';
import type { SeveritySetting } from './types';
import { AMAZON_PRINCIPLES, type PrincipleDef } from './lexicons/principles';
import { compilePrinciples, type PrincipleMatcher } from './language/principles';
import type { AnyRule } from './rule';
import { DEFAULT_FILES, DEFAULT_IGNORE } from './meta/settings';

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

export { validateConfig, type ConfigProblem } from './config-validate';

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
