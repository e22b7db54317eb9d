// Writes the extension's contributed settings into package.json from the rule metadata,
// so the settings UI always lists every rule with its summary, severities and options.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/engine/rules';
import { DEFAULT_FILES, DEFAULT_IGNORE } from '../server/src/engine/config';

const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];

export function manifestConfiguration(): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const rule of RULES) {
    const optionProps: Record<string, unknown> = { severity: { type: 'string', enum: SEVERITIES } };
    for (const [k, v] of Object.entries(rule.meta.defaultOptions as Record<string, unknown>)) {
      optionProps[k] = { type: Array.isArray(v) ? 'array' : typeof v, default: v, description: (rule.meta.optionDocs as Record<string, string>)[k] };
    }
    ruleProps[rule.id] = {
      description: `${rule.meta.summary} (default: ${rule.meta.defaultSeverity})`,
      anyOf: [{ type: 'string', enum: SEVERITIES }, { type: 'object', properties: optionProps, additionalProperties: false }],
    };
  }
  return {
    title: 'STAR Coach',
    properties: {
      'starCoach.files': { scope: 'resource', type: 'array', items: { type: 'string' }, default: DEFAULT_FILES, description: 'Globs of Markdown files checked as STAR stories. Files with `star: true` front matter or STAR section markers are checked too.' },
      'starCoach.ignore': { scope: 'resource', type: 'array', items: { type: 'string' }, default: DEFAULT_IGNORE, description: 'Globs of files never checked as stories.' },
      'starCoach.rules': { scope: 'resource', type: 'object', default: {}, description: 'Severity (`off`, `hint`, `information`, `warning`, `error`) or `{ "severity", …options }` per rule. `.starcoach.json` is merged over this.', properties: ruleProps, additionalProperties: false },
      'starCoach.principles': { scope: 'resource', default: 'amazon', description: '`"amazon"` for Amazon\'s sixteen Leadership Principles, or your own list of `{ "name", "definition", "evidence", "aliases" }`.', anyOf: [{ type: 'string', enum: ['amazon'] }, { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, definition: { type: 'string' }, evidence: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } } } } }] },
      'starCoach.level': { scope: 'resource', type: 'string', enum: ['', 'L4', 'L5', 'L6', 'L7', 'L8', 'junior', 'senior', 'staff', 'principal'], default: '', description: 'The level you are preparing for; front matter `level:` overrides it per file.' },
      'starCoach.debounceMs': { scope: 'resource', type: 'number', minimum: 0, default: 200, description: 'Milliseconds to wait after typing before checking; 0 checks at once.' },
      'starCoach.trace.server': { scope: 'window', type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', description: 'Log the messages between VS Code and the STAR Coach language server.' },
    },
  };
}

if (require.main === module) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  pkg.contributes.configuration = manifestConfiguration();
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  console.log('updated package.json contributes.configuration');
}
