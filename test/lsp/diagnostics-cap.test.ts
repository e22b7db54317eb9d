// In-process test of the publish of a file with more findings than the server shows.
import assert from 'node:assert/strict';
import { lint, LintCache } from '../../server/src/engine/lint';
import { computeLineStarts } from '../../server/src/engine/document/positions';
import { diagnosticsOf, MAX_DIAGNOSTICS } from '../../server/src/lsp/diagnostics';
import type { Analysis } from '../../server/src/lsp/analysis';

describe('lsp: a publish past the limit of diagnostics', () => {
  it('shows the first findings story by story, as the whole list cut at the limit would, before and after an edit', () => {
    const story = (i: number) => `## Story ${i}\n\n**Action:** We maybe did it. We probably fixed it. Um, we sort of shipped it.\n`;
    let text = Array.from({ length: 900 }, (_, i) => story(i)).join('\n');
    const cache = new LintCache();
    for (let edit = 0; edit < 3; edit++) {
      const result = lint(text, { path: 'bank.star.md', cache });
      assert.ok(result.byStory, 'grouped story by story');
      assert.ok(result.findings.length > MAX_DIAGNOSTICS + 10, `${result.findings.length} findings`);
      const a = { kind: 'story', text, lineStarts: computeLineStarts(text), uri: 'file:///bank.star.md', configProblems: [] };
      const byStory = diagnosticsOf({ ...a, result } as unknown as Analysis, '/docs');
      const whole = diagnosticsOf({ ...a, result: { findings: result.findings, notices: result.notices } } as unknown as Analysis, '/docs');
      assert.equal(byStory.length, MAX_DIAGNOSTICS + 1, 'the limit, and the notice that says so');
      assert.deepEqual(JSON.parse(JSON.stringify(byStory)), JSON.parse(JSON.stringify(whole)));
      text = text.replace('We maybe did it.', 'We did it.');
    }
  });
});
