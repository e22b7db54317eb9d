import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce as buildCli } from '../cli/helpers';
import { TestClient, buildOnce as buildServer, uriOf } from '../lsp/client';
import { cli, DEADLINE_MS, peakMB, peakPreload, seeded, within } from './helpers';

/*
 * Hostile documents through the real server (stdio) and the CLI (child process):
 * each is answered within the deadline, the process stays alive (the server
 * answers a hover after each), peak memory stays bounded, and what is skipped
 * is said plainly.
 * Limits: the server checks files up to 2 MB, the CLI up to 5 MB; a server
 * check stops after 4 s at a story boundary and says from where.
 */
const MAX_PEAK_MB = 600;
/** The CLI reports every finding (the server shows the first 5,000), so its worst case, 280,000 findings in 1.9 MB, needs more. */
const MAX_CLI_PEAK_MB = 800;
const MB = 1024 * 1024;
const STORY = '## Story\n\n**Situation:** It was slow.\n\n**Action:** We maybe fixed it.\n\n**Result:** Better.\n\n';
const rnd = seeded(7);
const JUNK = Buffer.from(Array.from({ length: 400_000 }, () => (rnd() < 0.05 ? 0 : Math.floor(rnd() * 256))));

/**
 * `server`: what the server publishes. `skip`: one notice that the file was not
 * checked; `lint`: diagnostics of a check; `capped`: the first 5,000 findings and
 * a notice saying how many there are; `any`: a publish is not required (a file
 * with nothing to report gets none). `cli`: the same for the CLI, which reports all.
 */
interface Hostile {
  name: string;
  content: string | Buffer;
  server: 'skip' | 'lint' | 'capped' | 'any';
  cli: 'skip' | 'lint' | 'binary' | 'any';
}

const HOSTILE: Hostile[] = [
  { name: 'a 10 MB file', content: STORY.repeat(Math.ceil((10 * MB) / STORY.length)), server: 'skip', cli: 'skip' },
  {
    name: 'a 3 MB file (over the server limit, under the CLI one)',
    content: `${STORY}${'The service answered requests all through the quarter. '.repeat((3 * MB) / 56)}\n`,
    server: 'skip',
    cli: 'lint',
  },
  {
    name: 'a 1.9 MB story of 140,000 flagged sentences',
    content: `${STORY}**Action:** ${'We maybe did. '.repeat(140_000)}\n`,
    server: 'capped',
    cli: 'lint',
  },
  {
    name: 'a 1 MB single line',
    content: `## Story\n\n**Action:** ${'We maybe improved it a lot. '.repeat(37_500)}\n`,
    server: 'lint',
    cli: 'lint',
  },
  {
    // Once looped forever: a run of adverbs after the writer in a principle's reason (writer-clauses.ts).
    name: "a principle's reason with a run of adverbs after the writer",
    content: `## Story\n\n**Action:** I cut the courier bill. This shows Frugality, because I'm always really conscious of cost.\n`,
    server: 'lint',
    cli: 'lint',
  },
  { name: '100,000 emoji', content: `## Story\n\n**Action:** ${'👩‍💻 we '.repeat(100_000)}\n`, server: 'lint', cli: 'lint' },
  { name: 'random bytes with NULs', content: JUNK, server: 'any', cli: 'binary' },
  { name: 'random bytes without NULs', content: Buffer.from(JUNK.map((b) => b || 0x20)), server: 'any', cli: 'any' },
  {
    name: '10,000 headings',
    content: Array.from({ length: 10_000 }, (_, i) => `## H${i}\n\n**Action:** We did ${i}.\n`).join('\n'),
    server: 'lint',
    cli: 'lint',
  },
  // Nesting by indentation grows as the square of the depth, so the depth comes from markers on one line.
  {
    name: '5,000 nested list levels',
    content:
      `## Story\n\n**Action:** We did it.\n\n${'- 1. * '.repeat(1667)}we maybe did ` +
      `it\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- we maybe`).join('\n')}\n`,
    server: 'lint',
    cli: 'lint',
  },
  {
    name: '5,000 nested quotes',
    content: `## Story\n\n**Action:** x\n\n${'> '.repeat(5000)}We maybe did it.\n`,
    server: 'lint',
    cli: 'lint',
  },
  {
    name: '100,000 unclosed emphasis and link openers',
    content: `## Story\n\n**Action:** We ${'*_[`<!-- '.repeat(100_000)}\n`,
    server: 'lint',
    cli: 'lint',
  },
  // In a Result section, where result-without-metric reads the raw text: each was quadratic there.
  ...(['`', '<!-- ', '[^', '```\n'] as const).map(
    (unit): Hostile => ({
      name: `a Result section of 1.5 MB of ${JSON.stringify(unit)}`,
      content: `## Story\n\n**Situation:** It was slow.\n\n### Result\n\n${unit.repeat(Math.floor((1.5 * MB) / unit.length))}\n`,
      server: 'lint',
      cli: 'lint',
    }),
  ),
  {
    name: 'a 1.5 MB run-on sentence of principle names',
    content:
      `## Story\n\n### Situation\n\nIt was slow.\n\n### ` +
      `Action\n\n${'Ownership Dive Deep '.repeat((1.5 * MB) / 20)}\n\n### Result\n\nBetter.\n`,
    server: 'lint',
    cli: 'lint',
  },
  {
    name: '20,000 suppression comments',
    content: `## Story\n\n${'<!-- star-coach-disable-next-line we-overuse -->\n'.repeat(20_000)}**Action:** We maybe did it.\n`,
    server: 'any',
    cli: 'any',
  },
  {
    name: 'a YAML alias bomb in the front matter',
    content: `---\na: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ).join('\n')}\nstar: true\n---\n${STORY}`,
    server: 'lint',
    cli: 'lint',
  },
  { name: '1 MB of front matter', content: `---\nstar: true\nnotes: "${'x'.repeat(MB)}"\n---\n${STORY}`, server: 'lint', cli: 'lint' },
  { name: 'an empty file', content: '', server: 'any', cli: 'any' },
  { name: 'only front matter', content: '---\nstar: true\n---\n', server: 'any', cli: 'any' },
  {
    name: 'unclosed fences',
    content: '## Story\n\n**Action:** We did it.\n\n```\nwe maybe\n\n~~~~\n````js\n',
    server: 'lint',
    cli: 'lint',
  },
  {
    name: 'lone surrogates',
    content: '## Story\n\n**Action:** \ud800 We \udc00 maybe did it. \udbff\n**Result:** \udfff\n',
    server: 'lint',
    cli: 'lint',
  },
  {
    name: 'CR-only line endings',
    content: '## Story\r\r**Situation:** Slow.\r\r**Action:** We maybe fixed it.\r\r**Result:** Better.\r',
    server: 'lint',
    cli: 'lint',
  },
];

/** The text an editor holds for the file: its bytes read as UTF-8. */
const textOf = (c: string | Buffer) => (typeof c === 'string' ? c : c.toString('utf8'));

describe('hostile documents', function () {
  this.timeout(120_000);
  let dir: string;
  const fileOf = (i: number) => join(dir, `h${i}.star.md`);
  before(() => {
    buildCli();
    buildServer();
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'star-coach-hostile-')));
    HOSTILE.forEach(({ content }, i) => {
      writeFileSync(fileOf(i), content);
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Opens a hostile document, checks what is published and that a hover is answered, and closes it. */
  async function serve(client: TestClient, i: number): Promise<void> {
    const { content, server } = HOSTILE[i];
    const uri = uriOf(fileOf(i));
    const text = textOf(content);
    const published = client.nextDiagnostics(uri);
    await client.open(uri, text);
    // Hover needs the same check as the diagnostics, so its answer bounds the check's time too.
    await within(client.hover(uri, 2, 3), 'hover');
    if (server !== 'any') {
      const p = await within(published, 'diagnostics');
      const messages = p.diagnostics.map((d) => String(d.message));
      if (server === 'skip')
        assert.deepEqual(messages, [`This file is ${(Buffer.byteLength(text) / MB).toFixed(1)} MB; STAR Coach checks files up to 2 MB.`]);
      else
        assert.ok(
          p.diagnostics.some((d) => d.code !== undefined),
          `no rule findings: ${messages.join(' | ').slice(0, 500)}`,
        );
      if (server === 'capped') {
        assert.match(
          messages[0],
          /^This file has [\d,]+ findings; the first 5,000 are shown\. Splitting it into smaller story files shows them all\.$/,
        );
        assert.equal(p.diagnostics.filter((d) => d.code !== undefined).length, 5000);
      }
    }
    await client.close(uri);
    await within(client.hover(uri, 0, 0), 'hover after close');
    assert.equal(client.proc.exitCode, null, 'still running');
  }

  // V8 grows its heap lazily, so one server's high-water mark adds up garbage from
  // every earlier document; the peak for one document is measured in a fresh server.
  describe(
    `server, one fresh server per document (each answer within ${DEADLINE_MS / 1000} s, peak memory ` + `under ${MAX_PEAK_MB} MB)`,
    () => {
      HOSTILE.forEach(({ name, server }, i) => {
        it(`${name}: answered, alive, bounded${
          server === 'skip' ? ', and the skip is ' + 'said' : server === 'capped' ? ', and the cap is ' + 'said' : ''
        }`, async () => {
          const client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 } });
          try {
            await serve(client, i);
            const peak = peakMB(client.proc.pid!);
            assert.ok(peak < MAX_PEAK_MB, `peak memory ${peak.toFixed(0)} MB`);
          } finally {
            assert.equal(await client.stop(), 0, 'a clean exit');
          }
        });
      });
    },
  );

  describe('server, all of them in a row', () => {
    it('answers after each, and still lints a story correctly at the end', async () => {
      const client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 } });
      try {
        for (let i = 0; i < HOSTILE.length; i++) await serve(client, i);
        const p = await within(client.openAndWait(uriOf(join(dir, 'after.star.md')), STORY), 'diagnostics');
        assert.ok(p.diagnostics.some((d) => d.code === 'hedging'));
      } finally {
        assert.equal(await client.stop(), 0, 'a clean exit');
      }
    });
  });

  describe(`CLI (each run within ${DEADLINE_MS / 1000} s, peak memory under ${MAX_CLI_PEAK_MB} MB)`, () => {
    HOSTILE.forEach(({ name, cli: expected }, i) => {
      it(`${name}: ${
        expected === 'skip'
          ? 'skipped over 5 MB, and says ' + 'so'
          : expected === 'binary'
            ? 'skipped as binary, and says ' + 'so'
            : 'checked'
      }`, () => {
        const peakFile = join(dir, `peak-${i}`);
        const preload = join(dir, 'peak.cjs');
        writeFileSync(preload, peakPreload(peakFile));
        const r = cli(dir, ['--format', 'json', `h${i}.star.md`], { nodeArgs: ['--require', preload] });
        assert.equal(r.signal, null, `killed after ${r.ms.toFixed(0)} ms`);
        assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
        const results = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
        if (expected === 'skip') {
          assert.match(r.stderr, new RegExp(`^h${i}\\.star\\.md: skipped, 10\\.0 MB is over the 5 MB limit for a story file$`, 'm'));
          assert.deepEqual(results, []);
        } else if (expected === 'binary') {
          assert.match(r.stderr, new RegExp(`^h${i}\\.star\\.md: skipped, it contains NUL bytes and looks binary`, 'm'));
          assert.deepEqual(results, []);
        } else {
          assert.equal(r.stderr, '');
          if (expected === 'lint')
            assert.ok(
              results[0].messages.some((m) => m.ruleId !== null),
              'rule findings',
            );
          if (HOSTILE[i].server === 'capped') assert.ok(results[0].messages.length > 100_000, 'the CLI reports every finding');
        }
        const peak = Number(readFileSync(peakFile, 'utf8'));
        assert.ok(peak < MAX_CLI_PEAK_MB, `peak memory ${peak.toFixed(0)} MB`);
      });
    });
  });
});
