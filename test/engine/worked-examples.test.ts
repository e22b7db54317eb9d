import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { RULES } from '../helpers';
import { WORKED_EXAMPLES } from './fixtures/worked-examples';

/*
 * Worked weak and strong answers, written for this project after the coaching
 * material the rules come from: each weak answer must get its red flags, and
 * each strong answer must stay silent on the rules it demonstrates.
 */

function rulesFiring(text: string): Set<string> {
  const doc = `# Worked example\n\n${text}\n`;
  return new Set(lint(doc, { path: 'stories/example.md' }).findings.map((f) => f.ruleId));
}

const known = new Set(RULES.map((r) => r.id));

describe('worked examples of weak and strong answers', () => {
  it('every named rule exists', () => {
    for (const ex of WORKED_EXAMPLES) for (const id of [...ex.redFlags, ...ex.demonstrates]) assert.ok(known.has(id), id);
  });

  for (const ex of WORKED_EXAMPLES) {
    it(`weak answer (${ex.name}) gets ${ex.redFlags.join(', ')}`, () => {
      const fired = rulesFiring(ex.weak);
      for (const id of ex.redFlags) assert.ok(fired.has(id), `${id} did not fire on: ${ex.weak}`);
    });
    it(`strong answer (${ex.name}) stays silent on ${ex.demonstrates.join(', ')}`, () => {
      const fired = rulesFiring(ex.strong);
      for (const id of ex.demonstrates) assert.ok(!fired.has(id), `${id} fired on: ${ex.strong}`);
    });
  }
});
