import assert from 'node:assert/strict';
import { completionsAt } from '../../server/src/lsp/completion';
import type { Analysis } from '../../server/src/lsp/analysis';
import { computeLineStarts, positionAt } from '../../server/src/engine/document/positions';
import { principlesOf } from '../../server/src/engine/config';
import { StoryFactsCache } from '../../server/src/engine/coaching/facts';

/*
 * Completion reads the line up to the cursor with a few patterns, on every
 * keystroke that asks for it. Each pattern runs here on adversarial 100 KB
 * lines in every place completion looks (after "shows", in a front matter
 * list, at a paragraph start), and must answer in bounded time.
 */
const KB100 = 100 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
const UNITS = ['a', ' ', 'a,   ', ',', 'Ownership, ', 'Ownership and ', '*', '#', '[', '-', ':', "a'", 'shows '];
const PLACES: Array<[string, (x: string) => string]> = [
  ['after "shows"', (x) => `## S\n\n**Action:** This shows ${x}`],
  ['after "Leadership Principle:"', (x) => `## S\n\n**Action:** Leadership Principle: ${x}`],
  ['at a paragraph start', (x) => `## S\n\n**Action:** I did it.\n\n${x}`],
  ['after a bold marker', (x) => `## S\n\n**Action:** I did it.\n\n**${x}`],
  ['in a front matter list', (x) => `---\nprinciples: [${x}`],
  ['in a front matter list closed by a bracket', (x) => `---\nprinciples: [${x}]`],
  ['in a front matter item', (x) => `---\nprinciples:\n  - ${x}`],
  ['in a front matter value', (x) => `---\nlevel: ${x}`],
  ['in an unclosed front matter key', (x) => `---\n${x}`],
];
const LIMIT_MS = 3000;

function analysis(text: string): Analysis {
  const config = {};
  return {
    uri: 'file:///audit.md',
    version: 1,
    text,
    lineStarts: computeLineStarts(text),
    kind: 'story',
    bytes: text.length,
    settings: {} as never,
    config,
    principles: principlesOf(config),
    configProblems: [],
    facts: new StoryFactsCache(),
  };
}

describe('completion against adversarial 100 KB lines', () => {
  for (const [place, wrap] of PLACES) {
    it(`${place}: every pattern answers in bounded time`, () => {
      for (const unit of UNITS) {
        const text = wrap(fill(unit));
        const a = analysis(text);
        const started = performance.now();
        const items = completionsAt(a, positionAt(text, text.length, a.lineStarts), text.length);
        const ms = performance.now() - started;
        assert.ok(Array.isArray(items));
        assert.ok(ms < LIMIT_MS, `${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`);
      }
    });
  }
});
