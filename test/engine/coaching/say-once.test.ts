import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint } from '../../../server/src/engine/lint';
import { findingsByStory } from '../../../server/src/engine/coaching/scorecard';

const ROOT = join(__dirname, '..', '..', '..');

function markdown(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? markdown(join(dir, n)) : n.endsWith('.md') ? [join(dir, n)] : []));
}

// SPEC §9 "say it once", on the bundled examples and a mock interview with a
// hedge in nearly every answer: per story, one listed finding per rule, no
// message twice, and every repeat still there, pointing at a listed finding.
describe('coaching: say it once on the examples and a mock interview', () => {
  const files = [...markdown(join(ROOT, 'examples')), join(__dirname, '..', 'fixtures', 'mock-interview.md')];
  for (const file of files) {
    it(relative(ROOT, file), () => {
      const { findings, doc } = lint(readFileSync(file, 'utf8'), { force: true });
      const byStory = findingsByStory(doc!.stories, findings);
      assert.equal(
        byStory.reduce((n, f) => n + f.length, 0),
        findings.length,
        'every finding belongs to a story',
      );
      for (const [i, own] of byStory.entries()) {
        const listed = own.filter((f) => f.group?.role !== 'secondary');
        const rules = listed.map((f) => f.ruleId);
        assert.equal(new Set(rules).size, rules.length, `story ${i + 1} lists a rule twice: ${rules.join(', ')}`);
        const messages = own.map((f) => f.message);
        assert.equal(new Set(messages).size, messages.length, `story ${i + 1} says a message twice`);
        for (const f of own.filter((x) => x.group?.role === 'secondary')) {
          assert.ok(
            listed.some((p) => p.start === f.group!.primaryStart && p.end === f.group!.primaryEnd),
            `${f.ruleId} at ${f.start} points at no listed finding`,
          );
          assert.equal(f.severity, 'hint');
        }
      }
    });
  }

  it('groups the mock interview: one hedging message names them all, each hedge still marked', () => {
    const { findings } = lint(readFileSync(join(__dirname, '..', 'fixtures', 'mock-interview.md'), 'utf8'), { force: true });
    const hedges = findings.filter((f) => f.ruleId === 'hedging');
    assert.ok(hedges.length >= 6, `${hedges.length} hedges`);
    const primaries = hedges.filter((f) => f.group?.role === 'primary');
    assert.ok(primaries.length >= 1);
    const [first] = primaries;
    assert.match(first.message, new RegExp(`^${first.group!.count} hedges in this story \\(`));
    assert.ok(
      hedges.every((f) => f.suggestions.length > 0),
      'each keeps its own fix',
    );
  });
});
