import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { TestClient, buildOnce, uriOf } from '../lsp/client';
import { offsetAt, positionAt, computeLineStarts } from '../../server/src/engine/positions';

/*
 * Random edit sequences sent as incremental changes to the real server must
 * end in exactly the diagnostics of opening the final text in a new document.
 */
const ROOT = join(__dirname, '..', '..');
const BASE = readFileSync(join(ROOT, 'examples', 'weak-stories.star.md'), 'utf8');
const INSERTS = ['', 'we ', 'I ', 'maybe ', '40% ', '\n', '\r\n', '👩‍💻 ', '\n\n## New story\n\n**Situation:** It was slow.\n\n**Action:** We fixed it.\n', '\n### Result\n\nBetter.\n', 'from 10 ms to 5 ms, a 90% cut. '];
const strip = (ds: Diagnostic[]) => ds.map(({ data, ...d }) => ({ ...d, data: data ? { ...(data as object), version: 0 } : data })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('incremental edits through the server equal a fresh open', function () {
  this.timeout(180_000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'star-coach-incremental-'));
    client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('for random edit sequences', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 30 }), ins: fc.constantFrom(...INSERTS) }), { minLength: 1, maxLength: 10 }), async (edits) => {
        n++;
        const uri = uriOf(join(dir, `edited-${n}.star.md`));
        let text = BASE;
        await client.openAndWait(uri, text);
        let last;
        for (const e of edits) {
          const starts = computeLineStarts(text);
          const at = e.at % (text.length + 1);
          const end = Math.min(text.length, at + e.del);
          const range: Range = { start: positionAt(text, at, starts), end: positionAt(text, end, starts) };
          // The server sees the same text only if our positions round-trip; keep the edit on UTF-16 boundaries we can map back.
          const from = offsetAt(text, range.start, starts);
          const to = offsetAt(text, range.end, starts);
          text = text.slice(0, from) + e.ins + text.slice(to);
          const next = client.nextDiagnostics(uri, () => true);
          await client.change(uri, [{ range, text: e.ins }]);
          last = await Promise.race([next, new Promise<null>((res) => setTimeout(() => res(null), 3000))]);
        }
        const freshUri = uriOf(join(dir, `fresh-${n}.star.md`));
        const fresh = await Promise.race([client.openAndWait(freshUri, text), new Promise<null>((res) => setTimeout(() => res(null), 5000))]);
        assert.ok(last, 'the last edit was answered with diagnostics');
        assert.ok(fresh && fresh.diagnostics.length > 0, 'the fresh open was answered with diagnostics');
        assert.deepEqual(strip(last.diagnostics), strip(fresh.diagnostics));
        await client.close(uri);
        await client.close(freshUri);
      }),
      { numRuns: 15, seed: 42 },
    );
  });
});
