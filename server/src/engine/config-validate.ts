import { globError } from './globs';
import type { SeveritySetting } from './types';
import type { PrincipleDef } from './lexicons/principles';
import type { AnyRule, OptionBounds } from './rule';
import type { RuleSetting, StarConfig } from './config';
import {
  CONFIG_KEYS,
  LEVELS,
  MAX_ALIASES,
  MAX_GLOBS,
  MAX_LISTED_PROBLEMS,
  MAX_PRINCIPLES,
  SEVERITIES,
  isLevel,
  wordList,
} from './meta/settings';

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
  const unknown = Object.keys(r).filter((key) => key !== '$schema' && !(CONFIG_KEYS as readonly string[]).includes(key));
  listed(
    problems,
    unknown,
    '(keys)',
    'unknown keys',
    (key) => ({ key, message: `is not a setting STAR Coach knows (expected ${wordList(CONFIG_KEYS)})` }),
    `; the settings are ${wordList(CONFIG_KEYS, 'and')}`,
  );
  for (const key of ['files', 'ignore'] as const) {
    if (r[key] === undefined) continue;
    let v = r[key];
    if (!Array.isArray(v) || !v.every((g) => typeof g === 'string')) {
      problems.push({ key, message: 'must be a list of glob strings' });
      continue;
    }
    if (v.length > MAX_GLOBS) {
      problems.push({ key, message: `has ${count(v.length)} globs; the first ${count(MAX_GLOBS)} are used` });
      v = v.slice(0, MAX_GLOBS);
    }
    const good: string[] = [];
    const bad: Array<[number, string]> = [];
    (v as string[]).forEach((g, i) => {
      const err = globError(g);
      if (err) bad.push([i, err]);
      else good.push(g);
    });
    listed(problems, bad, key, 'globs that cannot be used; they are left out', ([i, err]) => ({ key: `${key}[${i}]`, message: err }));
    config[key] = good;
  }
  if (r.rules !== undefined) {
    if (!r.rules || typeof r.rules !== 'object' || Array.isArray(r.rules)) {
      problems.push({ key: 'rules', message: 'must be an object mapping rule ids to a severity or { "severity": … }' });
    } else {
      config.rules = {};
      const byId = new Map(rules.map((x) => [x.id, x]));
      const strangers: string[] = [];
      for (const [id, setting] of Object.entries(r.rules as Record<string, unknown>)) {
        const rule = byId.get(id);
        if (!rule) {
          strangers.push(id);
          continue;
        }
        const checked = checkRuleSetting(rule, setting, `rules.${id}`, problems);
        if (checked !== undefined) config.rules[id] = checked;
      }
      listed(problems, strangers, 'rules', 'ids that are not STAR Coach rules (the rules are listed in docs/rules)', (id) => {
        const near = rules.find((x) => x.id.startsWith(id.slice(0, 4)));
        return { key: `rules.${id}`, message: `is not a STAR Coach rule${near ? ` (did you mean ${near.id}?)` : ''}` };
      });
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
  const known = Object.keys(rule.meta.defaultOptions);
  const strangers: string[] = [];
  const bounds = (rule.meta.optionBounds ?? {}) as Record<string, OptionBounds | undefined>;
  for (const [k, v] of Object.entries(setting as Record<string, unknown>)) {
    if (k === 'severity') {
      if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) out.severity = v;
      else problems.push({ key: `${key}.severity`, message: `is "${String(v)}"; use ${wordList(SEVERITIES)}` });
      continue;
    }
    // Own options only: `__proto__` or `constructor` must not reach Object.prototype (a `__proto__` key set the severity through it).
    const def = Object.hasOwn(rule.meta.defaultOptions, k) ? (rule.meta.defaultOptions as Record<string, unknown>)[k] : undefined;
    if (def === undefined) {
      strangers.push(k);
      continue;
    }
    if (typeof def === 'number') {
      const above = bounds[k]?.above;
      if (typeof v !== 'number' || !Number.isFinite(v) || (above === undefined ? v < 0 : v <= above)) {
        problems.push({
          key: `${key}.${k}`,
          message:
            `must be a number ` +
            `${above === undefined ? 'of at least 0' : `greater than ${above}`}${typeof v === 'number' ? ` (it is ${v})` : ''}`,
        });
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
  const options = known.length ? ` (options: ${known.join(', ')})` : ' (it has no options)';
  listed(problems, strangers, key, `keys that are not options of ${rule.id}${options}`, (k) => ({
    key: `${key}.${k}`,
    message: `is not an option of ${rule.id}${options}`,
  }));
  // An option that must stay above another (maxSeconds above minSeconds), with the default standing in for one not given.
  const value = (k: string) => (k in out ? out[k] : (rule.meta.defaultOptions as Record<string, unknown>)[k]) as number;
  for (const [k, b] of Object.entries(bounds)) {
    const other = b?.aboveOption;
    if (!other || !(k in out || other in out) || value(k) > value(other)) continue;
    const [blamed, message] =
      k in out
        ? [k, `must be greater than ${other}, ${value(other)} (it is ${value(k)})`]
        : [other, `must be less than ${k}, ${value(k)} (it is ${value(other)})`];
    problems.push({ key: `${key}.${blamed}`, message });
    delete out[blamed];
  }
  return out as RuleSetting;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Adds one problem per item, or, past {@link MAX_LISTED_PROBLEMS} of them, one
 * problem that counts them and names the first few: a config of 120,000
 * unknown keys gets one line, not 120,000.
 */
function listed<T>(
  problems: ConfigProblem[],
  items: readonly T[],
  key: string,
  what: string,
  one: (item: T) => ConfigProblem,
  after = '',
): void {
  if (items.length <= MAX_LISTED_PROBLEMS) {
    for (const item of items) problems.push(one(item));
    return;
  }
  const examples = items.slice(0, 3).map((item) => one(item).key);
  problems.push({ key, message: `has ${count(items.length)} ${what}, e.g. ${examples.join(', ')}${after}` });
}

function checkPrinciples(v: unknown, problems: ConfigProblem[]): StarConfig['principles'] | undefined {
  if (v === 'amazon') return 'amazon';
  if (!Array.isArray(v)) {
    problems.push({ key: 'principles', message: 'must be "amazon" or a list of { "name", "definition", "aliases" }' });
    return undefined;
  }
  const defs: PrincipleDef[] = [];
  const seen = new Set<string>();
  let list = v as unknown[];
  if (list.length > MAX_PRINCIPLES) {
    problems.push({ key: 'principles', message: `lists ${count(list.length)} principles; the first ${count(MAX_PRINCIPLES)} are used` });
    list = list.slice(0, MAX_PRINCIPLES);
  }
  let aliases = 0;
  const before = problems.length;
  list.forEach((p: unknown, i) => {
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
    let own = o.aliases as string[] | undefined;
    if (own && aliases + own.length > MAX_ALIASES) {
      if (aliases < MAX_ALIASES)
        problems.push({
          key: `${key}.aliases`,
          message: `passes ${count(MAX_ALIASES)} aliases over all principles; the rest are left out`,
        });
      own = own.slice(0, MAX_ALIASES - aliases);
    }
    aliases = Math.min(MAX_ALIASES, aliases + (own?.length ?? 0));
    defs.push({
      name: o.name.trim(),
      definition: (o.definition as string | undefined) ?? '',
      aliases: own,
      evidence: typeof o.evidence === 'string' ? o.evidence : undefined,
    });
  });
  // Many broken entries: one line that counts them.
  const broken = problems.splice(before);
  listed(problems, broken, 'principles', 'entries with a problem; each is left out', (p) => p);
  if (!defs.length) {
    problems.push({ key: 'principles', message: 'has no valid principle; the Amazon list is used' });
    return undefined;
  }
  return defs;
}
