import type { AnyRule, OptionBounds } from '../rule';
import {
  DEFAULT_FILES,
  DEFAULT_IGNORE,
  KEY_DOCS,
  LEVELS,
  MAX_GLOBS,
  MAX_PRINCIPLES,
  PRINCIPLE_FIELD_DOCS,
  SEVERITIES,
  SEVERITY_DOC,
} from './settings';

/** JSON Schema patterns have no flags: spell each letter in both cases. */
function anyCase(word: string): string {
  return [...word].map((ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toUpperCase()}${ch.toLowerCase()}]`)).join('');
}

/** The bounds of a numeric option in JSON Schema terms (the validator reads the same `optionBounds`). */
export function numberBounds(bounds: OptionBounds | undefined): Record<string, number> {
  return bounds?.above === undefined ? { minimum: 0 } : { exclusiveMinimum: bounds.above };
}

/** The schema of one rule option, from its default value, its doc and its bounds. */
export function optionSchema(value: unknown, doc: string | undefined, bounds?: OptionBounds): Record<string, unknown> {
  const above = bounds?.aboveOption ? ` Must be greater than \`${bounds.aboveOption}\`.` : '';
  const description = `${doc ? `${doc} ` : ''}Default: ${JSON.stringify(value)}.${above}`;
  if (typeof value === 'number') return { type: 'number', ...numberBounds(bounds), default: value, description };
  if (Array.isArray(value)) return { type: 'array', items: { type: 'string' }, default: value, description };
  if (value !== null && typeof value === 'object') return { type: 'object', default: value, description };
  return { type: typeof value, default: value, description };
}

function ruleSchema(rule: AnyRule): Record<string, unknown> {
  const m = rule.meta;
  const options = Object.entries(m.defaultOptions as Record<string, unknown>);
  const docs = m.optionDocs as Record<string, string | undefined>;
  const bounds = (m.optionBounds ?? {}) as Record<string, OptionBounds | undefined>;
  const object: Record<string, unknown> = {
    type: 'object',
    description: options.length
      ? `A severity and the rule's options: ${options.map(([k]) => k).join(', ')}.`
      : 'A severity; this rule has no options.',
    properties: {
      severity: { $ref: '#/definitions/severity' },
      ...Object.fromEntries(options.map(([k, v]) => [k, optionSchema(v, docs[k], bounds[k])])),
    },
    additionalProperties: false,
  };
  return {
    description: `${m.summary} Default: ${m.defaultSeverity}. See docs/rules/${rule.id}.md.`,
    anyOf: [{ $ref: '#/definitions/severity' }, { type: 'boolean', description: 'true: the default severity; false: off.' }, object],
  };
}

/**
 * The JSON Schema (draft-07) of `.starcoach.json`, generated from the rules'
 * metadata so it lists every rule and option. `npm run schema` writes it to
 * schema/starcoach.schema.json.
 */
export function configSchema(rules: readonly AnyRule[]): Record<string, unknown> {
  const glob = { type: 'string', minLength: 1, pattern: '\\S' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'STAR Coach configuration (.starcoach.json)',
    description:
      'Which Markdown files are stories, which rules run and how loud they are, and the principles stories are checked against. Read ' +
      'as data only, never run.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The schema this file follows.' },
      files: {
        type: 'array',
        maxItems: MAX_GLOBS,
        items: glob,
        default: DEFAULT_FILES,
        description: KEY_DOCS.files,
      },
      ignore: {
        type: 'array',
        maxItems: MAX_GLOBS,
        items: glob,
        default: DEFAULT_IGNORE,
        description: KEY_DOCS.ignore,
      },
      rules: {
        type: 'object',
        description: KEY_DOCS.rules,
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
        additionalProperties: false,
      },
      principles: {
        description: KEY_DOCS.principles,
        anyOf: [
          { type: 'string', enum: ['amazon'] },
          { type: 'array', minItems: 1, maxItems: MAX_PRINCIPLES, items: { $ref: '#/definitions/principle' } },
        ],
        default: 'amazon',
      },
      level: {
        type: 'string',
        pattern: `^(?:${LEVELS.map(anyCase).join('|')})$`,
        examples: ['L5', 'L6', 'senior', 'principal'],
        description: KEY_DOCS.level,
      },
    },
    additionalProperties: false,
    definitions: {
      severity: {
        type: 'string',
        enum: SEVERITIES,
        description: SEVERITY_DOC,
      },
      principle: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, pattern: '\\S', description: PRINCIPLE_FIELD_DOCS.name },
          definition: { type: 'string', description: PRINCIPLE_FIELD_DOCS.definition },
          evidence: { type: 'string', description: PRINCIPLE_FIELD_DOCS.evidence },
          aliases: { type: 'array', items: { type: 'string', minLength: 1, pattern: '\\S' }, description: PRINCIPLE_FIELD_DOCS.aliases },
        },
        required: ['name', 'definition'],
        additionalProperties: false,
      },
    },
  };
}

/** The schema as written to disk: two-space JSON with a final newline. */
export function configSchemaText(rules: readonly AnyRule[]): string {
  return JSON.stringify(configSchema(rules), null, 2) + '\n';
}
