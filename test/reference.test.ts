import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/engine/lint';
import { RULES } from './helpers';

/*
 * The coaching reference beside the project (../shared/reference) holds worked
 * weak and strong answers. They are read from there at test time, not copied
 * into the project: each weak answer must get its red flags, and each strong
 * answer must stay silent on the rules it demonstrates.
 */
const REFERENCE = join(__dirname, '..', '..', 'shared', 'reference', 'red-flags-and-success-patterns.txt');

function examples(kind: 'failure' | 'success'): string[] {
  const lines = readFileSync(REFERENCE, 'utf8').split('\n');
  const out: string[] = [];
  const marker = kind === 'failure' ? /^❌ Failure (Example|Pattern)/ : /^✅ Success Pattern¶?$/;
  for (let i = 0; i < lines.length; i++) {
    if (!marker.test(lines[i].trim())) continue;
    let text = lines[i + 1] ?? '';
    const candidate = text.indexOf('Candidate: ');
    if (candidate >= 0) text = text.slice(candidate + 'Candidate: '.length);
    out.push(text.trim().replace(/^"|"$/g, ''));
  }
  return out;
}

function rulesFiring(text: string): Set<string> {
  const doc = `# Worked example\n\n${text}\n`;
  return new Set(lint(doc, { path: 'stories/example.md' }).findings.map((f) => f.ruleId));
}

const known = new Set(RULES.map((r) => r.id));
const only = (ids: string[]) => ids.filter((id) => known.has(id));

describe('worked examples from the coaching reference', () => {
  it('is present beside the project', () => {
    assert.ok(existsSync(REFERENCE), `${REFERENCE} is missing`);
  });

  const failures = existsSync(REFERENCE) ? examples('failure') : [];
  const successes = existsSync(REFERENCE) ? examples('success') : [];
  // What each weak answer is marked down for, in the reference's order.
  const redFlags = [
    ['we-overuse', 'unquantified-claim', 'result-without-metric'],
    ['no-customer-context', 'no-alternatives'],
    ['unquantified-claim', 'result-without-metric'],
    ['hedging'],
    ['shallow-principle'],
  ];
  // What each strong answer demonstrates, so those rules must stay silent.
  const demonstrates = [
    ['we-overuse', 'unquantified-claim', 'result-without-metric'],
    ['no-customer-context', 'no-alternatives', 'unquantified-claim', 'result-without-metric', 'inconsistent-metric'],
    ['unquantified-claim', 'result-without-metric', 'inconsistent-metric'],
    ['hedging'],
    ['shallow-principle', 'principle-stacking'],
  ];

  it('finds the five weak and five strong answers', () => {
    assert.equal(failures.length, 5);
    assert.ok(successes.length >= 5);
  });

  redFlags.forEach((flags, i) => {
    it(`weak answer ${i + 1} gets ${flags.join(', ')}`, () => {
      const fired = rulesFiring(failures[i]);
      for (const id of only(flags)) assert.ok(fired.has(id), `${id} did not fire on: ${failures[i]}`);
    });
  });
  demonstrates.forEach((quiet, i) => {
    it(`strong answer ${i + 1} stays silent on ${quiet.join(', ')}`, () => {
      const fired = rulesFiring(successes[i]);
      for (const id of only(quiet)) assert.ok(!fired.has(id), `${id} fired on: ${successes[i]}`);
    });
  });
});
