import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce as buildCli, star } from '../cli/helpers';
import { TestClient, buildOnce as buildServer, uriOf } from '../lsp/client';

/*
 * Hostile documents through the real server and the CLI: each is answered in
 * bounded time, the server stays alive (it answers a hover after each), its
 * memory stays bounded, and whatever is skipped is said plainly.
 * Limits: the server checks files up to 2 MB, the CLI up to 5 MB.
 */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const r = seeded(7);
const junk = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(r() * 0x3000))).join('');
const STORY = '## Story\n\n**Situation:** It was slow.\n\n**Action:** We maybe fixed it.\n\n**Result:** Better.\n\n';

const HOSTILE: Array<[string, string]> = [
  ['a 10 MB file', STORY.repeat(Math.ceil((10 * 1024 * 1024) / STORY.length))],
  ['a 1 MB single line', `## Story\n\n**Action:** ${'We maybe improved it a lot. '.repeat(37_500)}\n`],
  ['100,000 emoji', `## Story\n\n**Action:** ${'👩‍💻 we '.repeat(100_000)}\n`],
  ['binary junk with NULs', `${junk}\u0000${junk}`],
  ['10,000 headings', Array.from({ length: 10_000 }, (_, i) => `## H${i}\n\n**Action:** We did ${i}.\n`).join('\n')],
  ['5,000 nested list levels', `## Story\n\n**Action:** ${Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- we maybe`).join('\n')}\n`],
  ['5,000 nested quotes', `## Story\n\n**Action:** x\n\n${'> '.repeat(5000)}We maybe did it.\n`],
  ['an empty file', ''],
  ['only front matter', '---\nstar: true\n---\n'],
  ['an unclosed fence', '## Story\n\n**Action:** We did it.\n\n```\nwe maybe\n'],
  ['lone surrogates', '## Story\n\n**Action:** \ud800 We \udc00 maybe did it.\n'],
  ['CR-only line endings', '## Story\r\r**Situation:** Slow.\r\r**Action:** We maybe fixed it.\r\r**Result:** Better.\r'],
];

const peakMB = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

describe('hostile documents', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    buildCli();
    buildServer();
    dir = mkdtempSync(join(tmpdir(), 'star-coach-hostile-'));
    HOSTILE.forEach(([, text], i) => writeFileSync(join(dir, `h${i}.star.md`), text));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('server', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 } });
    });
    after(() => client.stop());

    HOSTILE.forEach(([name, text], i) => {
      it(`${name}: answers within 20 s, stays alive and bounded`, async () => {
        const uri = uriOf(join(dir, `h${i}.star.md`));
        const t = performance.now();
        // A file with nothing to report gets no publish at all (an empty list only clears old ones).
        if (!/\p{L}{3}/u.test(text.replace(/^---[\s\S]*?---/, ''))) await client.open(uri, text);
        else {
          const p = await Promise.race([client.openAndWait(uri, text), new Promise<never>((_, no) => setTimeout(() => no(new Error('no diagnostics within 20 s')), 20_000))]);
          if (text.length > 2 * 1024 * 1024) assert.match(p.diagnostics.map((d) => String(d.message)).join('\n'), /checks files up to 2 MB/);
        }
        assert.ok(performance.now() - t < 20_000);
        const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
        await Promise.race([hover, new Promise<never>((_, no) => setTimeout(() => no(new Error('hover not answered within 20 s')), 20_000))]);
        await client.close(uri);
        assert.ok(peakMB(client.proc.pid!) < 800, `peak memory ${peakMB(client.proc.pid!).toFixed(0)} MB`);
      });
    });
  });

  describe('CLI', () => {
    it('lints every hostile file in one run within 60 s, skipping the 10 MB file with a notice', () => {
      const t = performance.now();
      const res = star(dir, ['--format', 'json', '.']);
      assert.ok(performance.now() - t < 60_000);
      assert.ok(res.code === 0 || res.code === 1, res.stderr);
      assert.match(res.stderr, /h0\.star\.md/);
      assert.match(res.stderr, /5 MB/);
      const results = JSON.parse(res.stdout) as Array<{ filePath: string }>;
      assert.ok(!results.some((x) => x.filePath.endsWith('h0.star.md')));
      assert.ok(results.some((x) => x.filePath.endsWith('h4.star.md')), 'the 10,000-heading file is linted');
    });
  });
});
