import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, buildOnce, uriOf } from '../lsp/client';
import { lint, LintCache } from '../../server/src/engine/lint';
import { ROOT, within } from './helpers';

/*
 * A whole day of writing: thousands of edits to one story, and a 1.5 MB file of
 * short paragraphs with no heading. What the caches keep follows the document,
 * not the number of edits, and one edit re-checks a bounded amount of text.
 * Memory is read after a full garbage collection (--expose-gc), in a process of
 * its own; budgets are absolute and generous, never a ratio of two timings.
 */

const STORY = readFileSync(join(ROOT, 'examples', 'weak-stories.star.md'), 'utf8');
const WORDS = ['really ', 'maybe ', 'we ', 'I ', '40% ', 'customers '];

/** The n-th edit of a day of typing: a word in, a word out, around the story, keeping its length near the start. */
function typed(text: string, n: number): { start: number; end: number; text: string } {
  const at = text.indexOf(' ', (n * 7919) % text.length);
  const p = at < 0 ? 0 : at + 1;
  if (n % 2 === 0) return { start: p, end: p, text: WORDS[n % WORDS.length] };
  const m = /[A-Za-z%0-9]+ /.exec(text.slice(p));
  return m && text.length > STORY.length
    ? { start: p + m.index, end: p + m.index + m[0].length, text: '' }
    : { start: p, end: p, text: '' };
}
const apply = (text: string, e: { start: number; end: number; text: string }) => text.slice(0, e.start) + e.text + text.slice(e.end);

/** `size` characters (1.5 MB by default) of short paragraphs with no heading, the shape of a journal kept in one file. */
function journal(size = 1_500_000): string {
  const sentences = [
    'We maybe fixed the checkout flow for customers.',
    'I rewrote the queue and latency fell from 900 ms to 250 ms.',
    'The decision was made to wait.',
    'Uh, it was probably fine.',
  ];
  const paragraphs: string[] = [];
  for (let n = 0, length = 0; length < size; n++) {
    const p = `${sentences[n % 4]} ${sentences[(n * 7) % 4]} Entry ${n}.`;
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

describe('memory and work per edit are bounded by the document', function () {
  this.timeout(120_000);

  it('the caches hold a few versions of the document, however many edits came before', () => {
    const cache = new LintCache();
    let text = STORY;
    for (let n = 1; n <= 150; n++) {
      text = apply(text, typed(text, n));
      lint(text, { cache, path: 'stories/day.md' });
    }
    // The example has three stories in two chunks: a few versions of each, not 150.
    assert.ok(cache.chunks.size <= 6, `${cache.chunks.size} chunks held`);
    assert.ok(cache.size <= 12, `${cache.size} stories held`);
  });

  it('an edit in a 600 KB file of paragraphs with no heading re-parses and re-checks a bounded part of it', () => {
    let text = journal(600_000);
    const cache = new LintCache();
    const first = lint(text, { cache, path: 'stories/journal.md' });
    assert.ok(first.doc!.stories.length > 20, `${first.doc!.stories.length} units`);
    let edited = first;
    for (const fraction of [0.1, 0.5, 0.9]) {
      const at = text.indexOf(' ', Math.floor(text.length * fraction)) + 1;
      text = `${text.slice(0, at)}really ${text.slice(at)}`;
      edited = lint(text, { cache, path: 'stories/journal.md' });
      // Each unit is at most 24 KB past its last paragraph and each chunk 16 KB past its last line.
      assert.ok(cache.lastLint.parsed <= 40_000, `parsed ${cache.lastLint.parsed} characters for one edit`);
      assert.ok(cache.lastLint.checked <= 60_000, `checked ${cache.lastLint.checked} characters for one edit`);
    }
    // And the result is the same as checking the file afresh.
    assert.deepEqual(edited.findings, lint(text, { path: 'stories/journal.md' }).findings);
  });

  describe('through the server', () => {
    let dir: string;
    let client: TestClient;
    let heapFile: string;
    before(async () => {
      buildOnce();
      dir = realpathSync(mkdtempSync(join(tmpdir(), 'star-coach-memory-')));
      mkdirSync(join(dir, 'stories'));
      heapFile = join(dir, 'heap.txt');
      // On SIGUSR2 the server collects garbage and writes its heap size: measured inside, read outside.
      const preload = join(dir, 'heap.js');
      writeFileSync(
        preload,
        `process.on('SIGUSR2', () => { global.gc(); global.gc(); ` +
          `require('fs').writeFileSync(${JSON.stringify(heapFile)}, String(process.memoryUsage().heapUsed)); ` +
          `});\n`,
      );
      client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 }, nodeArgs: ['--expose-gc', '--require', preload] });
    });
    after(async () => {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    async function heapMB(): Promise<number> {
      rmSync(heapFile, { force: true });
      client.proc.kill('SIGUSR2');
      const deadline = Date.now() + 10_000;
      while (!existsSync(heapFile)) {
        if (Date.now() > deadline) throw new Error('the server did not report its heap');
        await new Promise((r) => setTimeout(r, 20));
      }
      return Number(readFileSync(heapFile, 'utf8')) / 2 ** 20;
    }

    async function edit(uri: string, text: string, n: number): Promise<string> {
      const e = typed(text, n);
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
      const pos = (o: number) => {
        let line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= o) line++;
        return { line, character: o - starts[line] };
      };
      const version = n + 1;
      const published = client.nextDiagnostics(uri, (p) => p.version === version);
      await client.change(uri, [{ range: { start: pos(e.start), end: pos(e.end) }, text: e.text }]);
      await within(published, `diagnostics of edit ${n}`);
      return apply(text, e);
    }

    it('1,500 edits of one story keep the server within 15 MB of its heap after 200', async () => {
      const uri = uriOf(join(dir, 'stories', 'day.md'));
      let text = STORY;
      await within(client.openAndWait(uri, text), 'diagnostics on open');
      for (let n = 1; n <= 200; n++) text = await edit(uri, text, n);
      const after200 = await heapMB();
      for (let n = 201; n <= 1500; n++) text = await edit(uri, text, n);
      const after1500 = await heapMB();
      // Holding every version's parse cost about 42 KB an edit: 55 MB here.
      assert.ok(after1500 - after200 < 15, `the server heap grew from ${after200.toFixed(1)} MB to ${after1500.toFixed(1)} MB`);
      await client.close(uri);
    });

    it('a 1.5 MB file with no heading answers each edit with its heap flat', async () => {
      const uri = uriOf(join(dir, 'stories', 'journal.md'));
      let text = journal();
      await within(client.openAndWait(uri, text), 'diagnostics on open');
      const heaps: number[] = [];
      for (let n = 1; n <= 8; n++) {
        text = await edit(uri, text, n);
        if (n === 3 || n === 8) heaps.push(await heapMB());
      }
      // Before units, each edit took 3–6 s and the heap went from 0.3 to 3.3 GB in 42 edits.
      assert.ok(heaps[1] - heaps[0] < 30, `the heap went from ${heaps[0].toFixed(0)} MB to ${heaps[1].toFixed(0)} MB in 5 edits`);
      await client.close(uri);
    });
  });
});
