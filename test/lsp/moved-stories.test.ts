// In-process test of the diagnostics of stories moved by an edit before them (typing changes the text's length).
import assert from 'node:assert/strict';
import { lint, LintCache } from '../../server/src/engine/lint';
import { computeLineStarts } from '../../server/src/engine/document/positions';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import type { Analysis } from '../../server/src/lsp/analysis';

const STORIES = [
  '## Story {i}\n\n**Situation:** We maybe had a slow queue.\n\n' +
    '**Action:** We probably rewrote it. We sort of shipped it.\n\n**Result:** It was faster.\n',
  '- **Tell me about a time {i} you failed** We maybe missed a date. We probably shipped late. Um, it was fine.\n',
  '**Situation:** The team {i} was late. **Action:** We kind of fixed it, maybe. **Result:** Better.\n',
  'Q: Tell me about a conflict {i}.\n\nA: We maybe argued. I think we probably agreed in the end, sort of.\n',
];
const INSERTS = ['x', 'we ', '10. ', '\n', '\n\n', '- ', '**', ' maybe', ''];

/** The publish for `text` as the server makes it: with the document's cache, or from nothing. */
function publish(text: string, cache?: LintCache) {
  const result = lint(text, { path: 'bank.star.md', cache, lineStarts: computeLineStarts(text) });
  const a = { kind: 'story', text, lineStarts: computeLineStarts(text), uri: 'file:///bank.star.md', configProblems: [], result };
  return JSON.parse(JSON.stringify(diagnosticsOf(a as unknown as Analysis, '/docs')));
}

describe('lsp: stories moved by an edit before them', () => {
  it('publish what a lint from nothing publishes, after edits anywhere, on lines before stories and inside them', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let text = Array.from({ length: 60 }, (_, i) => STORIES[i % STORIES.length].replaceAll('{i}', String(i))).join('\n');
    const cache = new LintCache();
    publish(text, cache);
    for (let edit = 0; edit < 120; edit++) {
      // Often at a line start or just before a story's first word, where a story's line moves but its text does not.
      const lines = computeLineStarts(text);
      const line = lines[random(lines.length)];
      const at = random(3) === 0 ? line + random(4) : random(text.length + 1);
      const cut = random(4) === 0 ? random(3) : 0;
      text = text.slice(0, at) + INSERTS[random(INSERTS.length)] + text.slice(Math.min(text.length, at + cut));
      assert.deepEqual(publish(text, cache), publish(text), `after edit ${edit} at ${at}`);
    }
  });

  it('convert a story again when its first line did not move with it (an edit before it on that line)', () => {
    // Long enough to be a story of its own after the separator (a short piece there is a note about the stories).
    const story =
      '- We maybe fixed the queue over the weekend with the night crew. We probably shipped it on Monday, sort of. Um, it was ' +
      'kind of fine for the pickers after that.\n';
    const head = '## One\n\n**Situation:** We maybe waited.\n\n**Action:** We probably fixed it.\n\n**Result:** Done.\n\n---\n\n';
    const cache = new LintCache();
    const before = publish(head + story, cache);
    const text = `${head}-   ${story.slice(2)}`;
    const after = publish(text, cache);
    assert.deepEqual(after, publish(text));
    assert.notDeepEqual(
      after.map((d: { range: unknown }) => d.range),
      before.map((d: { range: unknown }) => d.range),
      'the list item story moved on its line',
    );
  });
});
