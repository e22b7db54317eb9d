import assert from 'node:assert/strict';
import { RULES, lintWith } from '../helpers';

// Every rule's own good and bad examples run as tests (they also feed its docs and hover).
describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const ex of rule.examples.valid) {
        it(`stays silent: ${ex.name}`, () => {
          const found = lintWith(rule.id, ex.text);
          assert.deepEqual(
            found.map((f) => `${f.messageId}: ${ex.text.slice(f.start, f.end)}`),
            [],
          );
        });
      }
      for (const ex of rule.examples.invalid) {
        it(`fires: ${ex.name}`, () => {
          const found = lintWith(rule.id, ex.text);
          assert.deepEqual(
            found.map((f) => f.messageId),
            ex.expect,
          );
        });
      }
    });
  }
});
