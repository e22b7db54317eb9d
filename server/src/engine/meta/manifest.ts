/**
 * The VS Code settings (`contributes.configuration` in package.json),
 * generated from the same metadata as the validator and the schema, so the
 * settings UI lists every rule with its summary, severities and options.
 * `npm run manifest` writes it; a drift test compares it with package.json.
 */
import type { AnyRule, OptionBounds } from '../rule';
import { numberBounds } from './config-schema';
import {
  DEFAULT_DEBOUNCE_MS,
  DEFAULT_FILES,
  DEFAULT_IGNORE,
  KEY_DOCS,
  LEVELS,
  PRINCIPLE_FIELD_DOCS,
  SEVERITIES,
  SEVERITY_DOC,
} from './settings';

export function manifestConfiguration(rules: readonly AnyRule[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const rule of rules) {
    const optionProps: Record<string, unknown> = { severity: { type: 'string', enum: SEVERITIES, markdownDescription: SEVERITY_DOC } };
    const docs = rule.meta.optionDocs as Record<string, string>;
    const bounds = (rule.meta.optionBounds ?? {}) as Record<string, OptionBounds | undefined>;
    for (const [k, v] of Object.entries(rule.meta.defaultOptions as Record<string, unknown>)) {
      optionProps[k] = {
        type: Array.isArray(v) ? 'array' : typeof v,
        ...(typeof v === 'number' ? numberBounds(bounds[k]) : {}),
        default: v,
        markdownDescription: docs[k],
      };
    }
    ruleProps[rule.id] = {
      markdownDescription: `${rule.meta.summary} (default: \`${rule.meta.defaultSeverity}\`)`,
      anyOf: [
        { type: 'string', enum: SEVERITIES },
        { type: 'object', properties: optionProps, additionalProperties: false },
      ],
    };
  }
  const principleItem = {
    type: 'object',
    required: ['name'],
    properties: Object.fromEntries(
      Object.entries(PRINCIPLE_FIELD_DOCS).map(([k, doc]) => [
        k,
        k === 'aliases' ? { type: 'array', items: { type: 'string' }, description: doc } : { type: 'string', description: doc },
      ]),
    ),
  };
  return {
    title: 'STAR Coach',
    properties: {
      'starCoach.files': {
        scope: 'resource',
        type: 'array',
        items: { type: 'string' },
        default: DEFAULT_FILES,
        markdownDescription: KEY_DOCS.files,
      },
      'starCoach.ignore': {
        scope: 'resource',
        type: 'array',
        items: { type: 'string' },
        default: DEFAULT_IGNORE,
        markdownDescription: KEY_DOCS.ignore,
      },
      'starCoach.rules': {
        scope: 'resource',
        type: 'object',
        default: {},
        markdownDescription: `${KEY_DOCS.rules} \`.starcoach.json\` is merged over this.`,
        properties: ruleProps,
        additionalProperties: false,
      },
      'starCoach.principles': {
        scope: 'resource',
        default: 'amazon',
        markdownDescription: KEY_DOCS.principles,
        anyOf: [
          { type: 'string', enum: ['amazon'] },
          { type: 'array', items: principleItem },
        ],
      },
      'starCoach.level': { scope: 'resource', type: 'string', enum: ['', ...LEVELS], default: '', markdownDescription: KEY_DOCS.level },
      'starCoach.debounceMs': {
        scope: 'resource',
        type: 'number',
        minimum: 0,
        default: DEFAULT_DEBOUNCE_MS,
        markdownDescription: KEY_DOCS.debounceMs,
      },
      'starCoach.trace.server': {
        scope: 'window',
        type: 'string',
        enum: ['off', 'messages', 'verbose'],
        default: 'off',
        description: 'Log the messages between VS Code and the STAR Coach language server.',
      },
    },
  };
}
