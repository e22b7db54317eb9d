import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../helpers';
import { rulePage } from '../../server/src/engine/meta/docs';

const root = join(__dirname, '..', '..');

// Guards completeness: one rule, one file, one doc page, one test file, examples and messages in use.
describe('rule completeness', () => {
  it("registers the fifteen rules of the contract's table in its order, then level-scope (SPEC §9)", () => {
    assert.deepEqual(
      RULES.map((r) => r.id),
      [
        'we-overuse',
        'unquantified-claim',
        'result-without-metric',
        'shallow-principle',
        'principle-stacking',
        'hedging',
        'no-customer-context',
        'no-alternatives',
        'missing-star-section',
        'story-length',
        'no-reflection',
        'blame-shifting',
        'inconsistent-metric',
        'passive-voice',
        'unbalanced-star',
        'level-scope',
      ],
    );
  });
  it('registers every rule file exactly once', () => {
    const files = readdirSync(join(root, 'server/src/engine/rules'))
      .filter((f) => f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual([...RULES.map((r) => r.id)].sort(), files.sort());
  });
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a current doc page (npm run docs regenerates it)', () => {
        const file = join(root, 'docs/rules', `${rule.id}.md`);
        assert.ok(existsSync(file), `${file} is missing`);
        assert.equal(readFileSync(file, 'utf8'), rulePage(rule));
      });
      it('has a test file of its own', () => {
        assert.ok(existsSync(join(root, 'test/engine/rules', `${rule.id}.test.ts`)));
      });
      it('has good and bad examples', () => {
        assert.ok(rule.examples.valid.length >= 1);
        assert.ok(rule.examples.invalid.length >= 1);
      });
      it('uses every message in its bad examples', () => {
        const used = new Set(rule.examples.invalid.flatMap((e) => e.expect ?? []));
        assert.deepEqual(
          Object.keys(rule.meta.messages).filter((m) => !used.has(m)),
          [],
        );
      });
      it('writes for people: no "you should", no exclamation marks', () => {
        const prose = [rule.meta.summary, rule.meta.why, rule.meta.strong, ...Object.values(rule.meta.messages)].join(' ');
        assert.doesNotMatch(prose, /you should|!(?!=)/i);
      });
    });
  }
});
