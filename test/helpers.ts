import { lint } from '../server/src/engine/lint';
import { RULES, ruleById } from '../server/src/engine/rules';
import type { Finding } from '../server/src/engine/types';

/** Lints a story with only one rule switched on. */
export function lintWith(ruleId: string, text: string, options: Record<string, unknown> = {}): Finding[] {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return lint(text, { force: true, rules: [rule], config: { rules: { [ruleId]: { ...options } as never } } }).findings;
}

/** The flagged text of each finding. */
export function flagged(text: string, findings: Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}

/** Wraps sentences into a minimal structured story, so sentence rules can be tested on realistic text. */
export function story(parts: {
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  learning?: string;
  title?: string;
}): string {
  const out = [`## ${parts.title ?? 'A story'}`, ''];
  for (const k of ['situation', 'task', 'action', 'result', 'learning'] as const) {
    if (parts[k] !== undefined) out.push(`**${k[0].toUpperCase()}${k.slice(1)}:** ${parts[k]}`, '');
  }
  return out.join('\n');
}

export { RULES };
