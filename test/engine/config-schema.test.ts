import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, configSchemaText } from '../../server/src/engine/meta/config-schema';
import { validateConfig } from '../../server/src/engine/config';
import { RULES } from '../helpers';
import { manifestConfiguration } from '../../server/src/engine/meta/manifest';
import { LEVELS } from '../../server/src/engine/meta/settings';

const root = join(__dirname, '..', '..');
type Schema = Record<string, any>;

/**
 * Just enough of draft-07 to check the schema against the validator. Any
 * keyword it does not know fails the test, so the check cannot silently pass.
 */
function conforms(value: unknown, schema: Schema, defs: Schema): boolean {
  const known = new Set([
    '$schema',
    'title',
    'description',
    'default',
    'examples',
    'definitions',
    'type',
    'enum',
    'properties',
    'additionalProperties',
    'anyOf',
    'items',
    'required',
    'pattern',
    'minimum',
    'exclusiveMinimum',
    'minLength',
    'minItems',
    'maxItems',
    '$ref',
  ]);
  for (const k of Object.keys(schema)) assert.ok(known.has(k), `schema keyword ${k} is not understood by this test`);
  if (schema.$ref) return conforms(value, defs[schema.$ref.replace('#/definitions/', '')], defs);
  if (schema.anyOf && !schema.anyOf.some((s: Schema) => conforms(value, s, defs))) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (schema.type) {
    const t = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    if (t !== schema.type && !(schema.type === 'integer' && Number.isInteger(value))) return false;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return false;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return false;
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) return false;
  if (typeof value === 'number' && schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return false;
    if (schema.items && !value.every((v) => conforms(v, schema.items, defs))) return false;
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (schema.required?.some((k: string) => !(k in o))) return false;
    for (const [k, v] of Object.entries(o)) {
      const p = schema.properties?.[k];
      if (p) {
        if (!conforms(v, p, defs)) return false;
      } else if (schema.additionalProperties === false) return false;
    }
  }
  return true;
}

describe('config schema', () => {
  const schema = configSchema(RULES) as Schema;
  const check = (config: unknown) => conforms(config, schema, schema.definitions);
  const accepted = (config: unknown) => validateConfig(config, RULES).problems.length === 0;

  it('is committed as generated from the registered rules (npm run schema regenerates it)', () => {
    assert.equal(readFileSync(join(root, 'schema/starcoach.schema.json'), 'utf8'), configSchemaText(RULES));
  });

  it('lists every rule, with each of its options and their docs', () => {
    assert.deepEqual(
      Object.keys(schema.properties.rules.properties),
      RULES.map((r) => r.id),
    );
    for (const rule of RULES) {
      const entry = schema.properties.rules.properties[rule.id];
      assert.ok(entry.description.includes(rule.meta.summary), rule.id);
      const object = entry.anyOf.find((s: Schema) => s.type === 'object');
      const options = Object.keys(rule.meta.defaultOptions);
      assert.deepEqual(Object.keys(object.properties), ['severity', ...options], rule.id);
      for (const k of options)
        assert.ok(object.properties[k].description.includes((rule.meta.optionDocs as Record<string, string>)[k]), `${rule.id}.${k}`);
    }
  });

  it('accepts the example config of the contract', () => {
    const example = {
      files: ['**/*.star.md', '**/stories/**/*.md'],
      ignore: ['**/README.md', '**/CHANGELOG.md', '**/node_modules/**'],
      rules: { 'we-overuse': 'warning' },
      principles: 'amazon',
      level: 'L6',
    };
    assert.ok(check(example));
    assert.ok(accepted(example));
  });

  it("agrees with the validator on every rule's settings", () => {
    for (const rule of RULES) {
      const opts = rule.meta.defaultOptions as Record<string, unknown>;
      const settings: unknown[] = [
        'off',
        'hint',
        'information',
        'warning',
        'error',
        true,
        false,
        { severity: 'error' },
        { ...opts },
        { severity: 'off', ...opts },
        'loud',
        { severity: 'loud' },
        { nonsense: 1 },
        3,
        null,
        [],
      ];
      for (const [k, v] of Object.entries(opts)) {
        settings.push({ [k]: typeof v === 'number' ? 'many' : typeof v === 'string' ? 7 : typeof v === 'boolean' ? 'yes' : 7 });
        if (typeof v === 'number') settings.push({ [k]: -1 }, { [k]: 0 });
        if (Array.isArray(v)) settings.push({ [k]: [1] }, { [k]: [] });
      }
      for (const s of settings) {
        const config = { rules: { [rule.id]: s } };
        assert.equal(check(config), accepted(config), `${rule.id}: ${JSON.stringify(s)}`);
      }
    }
  });

  it('agrees with the validator on levels, globs, principles and unknown keys', () => {
    const configs: unknown[] = [
      { level: 'L4' },
      { level: 'l8' },
      { level: 'L10' },
      { level: 'Senior' },
      { level: 'PRINCIPAL' },
      { level: 'staff' },
      { level: 'L2' },
      { level: 'L11' },
      { level: 'lead' },
      { level: 'L6 ' },
      { level: 6 },
      { files: ['**/*.md'] },
      { files: [''] },
      { files: ['  '] },
      { files: 'x.md' },
      { ignore: [3] },
      { principles: 'amazon' },
      { principles: 'google' },
      { principles: [] },
      { principles: [{ name: 'Craft', definition: 'Care about the details.', aliases: ['craftsmanship'] }] },
      { principles: [{ name: ' ', definition: 'x' }] },
      { principles: [{ name: 'A', definition: 'x', aliases: [''] }] },
      { $schema: './schema/starcoach.schema.json' },
      { colour: 'red' },
      { rules: { 'not-a-rule': 'off' } },
      { rules: [] },
    ];
    for (const c of configs) assert.equal(check(c), accepted(c), JSON.stringify(c));
  });

  it('asks for a definition of each custom principle, which the validator leaves optional', () => {
    const c = { principles: [{ name: 'Craft' }] };
    assert.equal(accepted(c), true);
    assert.equal(check(c), false);
  });
});

describe('VS Code settings in package.json', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  it('are committed as generated from the same metadata (npm run manifest regenerates them)', () => {
    assert.deepEqual(pkg.contributes.configuration, manifestConfiguration(RULES));
  });

  it('offer every level the validator accepts, and the validator accepts every level offered', () => {
    const offered: string[] = pkg.contributes.configuration.properties['starCoach.level'].enum.filter((l: string) => l);
    assert.deepEqual(offered, [...LEVELS]);
    for (const level of offered) assert.deepEqual(validateConfig({ level }, RULES).problems, [], level);
    assert.equal(validateConfig({ level: 'L11' }, RULES).problems.length, 1);
  });

  it('use markdownDescription wherever a description holds Markdown', () => {
    const walk = (o: unknown, path: string): void => {
      if (!o || typeof o !== 'object') return;
      for (const [k, v] of Object.entries(o)) {
        if (k === 'description' && typeof v === 'string') assert.doesNotMatch(v, /`/, `${path} has Markdown in a plain description`);
        walk(v, `${path}.${k}`);
      }
    };
    walk(pkg.contributes, 'contributes');
    walk(pkg.capabilities, 'capabilities');
  });
});
