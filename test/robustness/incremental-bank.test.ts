import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint, LintCache } from '../../server/src/engine/lint';
import { computeLineStarts } from '../../server/src/engine/document/positions';

/*
 * An edit reuses chunks, block readings, unit readings, findings and grouped
 * findings of everything it did not touch. On a large bank mixing every story
 * format (headings, labels, transcripts, free prose, CRLF, suppression
 * comments), a cached lint after any sequence of edits must give exactly what
 * a lint from nothing gives.
 */
const root = join(__dirname, '..', '..');
const team = join(root, 'test', 'corpus', 'team');
const files = [
  ...readdirSync(team)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(team, f)),
  join(root, 'examples', 'weak-stories.star.md'),
  join(root, 'examples', 'strong-story.star.md'),
];
// Front matter only counts at the top: later files keep theirs as text, a mix people do paste.
const real = files.map((f) => readFileSync(f, 'utf8'));

const SENTENCES = [
  'We maybe fixed the checkout flow for customers.',
  'I rewrote the queue and latency fell from 900 ms to 250 ms, an 80% cut.',
  'The decision was made to wait.',
  'This shows Customer Obsession, Ownership and Dive Deep because we built it for customers.',
  'I improved the deployment process and made it more reliable.',
  'It was not my fault; the other team dropped the ball.',
];
function generated(i: number): string {
  const s = (k: number) => SENTENCES[(i * 7 + k) % SENTENCES.length];
  return `## Story ${i}\n\n### Situation\n\n${s(0)} ${s(1)}\n\n### Action\n\n${s(2)} ${s(3)} ${s(4)}\n\n### Result\n\n${s(5)} ${s(1)}\n`;
}
const bank = ['# My bank', ...real, ...Array.from({ length: 60 }, (_, i) => generated(i))].join('\n\n');

const strip = (r: ReturnType<typeof lint>) => r.findings.map((f) => ({ ...f }));
const edit = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 30 }),
  ins: fc.constantFrom(
    '',
    'we ',
    'I ',
    'maybe ',
    '40% ',
    '\n',
    '\n\n',
    '\r\n',
    '\n\n## A new story\n\n**Situation:** x\n\n**Action:** We did it.\n\n**Result:** Done.\n',
    '\n\n---\n\n',
    '\n\nQ: Tell me about a time you failed.\n\nA: We shipped late.\n',
    '<!-- star-coach-disable hedging -->',
    '**',
    '`',
  ),
});

describe('incremental analysis of a large bank', () => {
  for (const withLines of [false, true]) {
    const how = withLines ? ', given the line starts the server keeps, in a bank with no CR (where they are used)' : '';
    const base = withLines ? bank.replace(/\r\n/g, '\n') : bank;
    it(`gives what a lint from nothing gives, after each of a run of edits anywhere${how}`, function () {
      this.timeout(120_000);
      assert.ok(bank.length > 100_000, `${bank.length} characters`);
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          const cache = new LintCache();
          const options = (text: string) => ({ path: 'bank.star.md', cache, lineStarts: withLines ? computeLineStarts(text) : undefined });
          let text = base;
          lint(text, options(text));
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
            const cached = lint(text, options(text));
            assert.deepEqual(strip(cached), strip(lint(text, { path: 'bank.star.md' })));
            if (cached.byStory) assert.deepEqual(cached.byStory.flat(), cached.findings);
          }
        }),
        { numRuns: 8 },
      );
    });
  }

  it('renumbers the lines a grouped message names when a line break replaces a space before the story, offsets unchanged', () => {
    const cache = new LintCache();
    lint(bank, { path: 'bank.star.md', cache });
    const at = bank.indexOf(' ', bank.indexOf('\n\n') + 2);
    const text = `${bank.slice(0, at)}\n${bank.slice(at + 1)}`;
    const cached = lint(text, { path: 'bank.star.md', cache });
    assert.deepEqual(strip(cached), strip(lint(text, { path: 'bank.star.md' })));
    assert.ok(
      cached.findings.some((f) => /line \d+/.test(f.message)),
      'some message names a line',
    );
  });

  it('serves an unchanged story from the cache as the same findings, and an edit in one story changes only its own', () => {
    const cache = new LintCache();
    const first = lint(bank, { path: 'bank.star.md', cache });
    assert.ok(first.byStory, 'grouped story by story');
    // One word swapped inside the last generated story, same length: every other story is reused as it was.
    const at = bank.lastIndexOf('We maybe');
    const text = `${bank.slice(0, at)}We surely${bank.slice(at + 'We maybe'.length)}`;
    const second = lint(text, { path: 'bank.star.md', cache });
    assert.ok(second.byStory);
    assert.equal(second.byStory.length, first.byStory.length);
    const changed = second.byStory.filter((fs, i) => fs !== first.byStory![i] && fs.length > 0);
    assert.equal(changed.length, 1, 'only the edited story has new findings');
    assert.ok(cache.lastLint.checked < 2_000, `checked ${cache.lastLint.checked} characters`);
  });
});
