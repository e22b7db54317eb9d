import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, buildOnce, uriOf } from '../lsp/client';
import { lint } from '../../server/src/engine/lint';
import { ROOT, within } from './helpers';

/*
 * Random edit sequences on the example stories, sent as incremental didChange
 * to the real server (debounceMs 0), end in exactly the diagnostics of opening
 * the final text in a new document: the server's per-story caches never leave
 * a stale finding, a wrong position or a lost one behind, and the quick fixes
 * offered for them are the same too.
 */
const read = (p: string) => readFileSync(join(ROOT, 'examples', p), 'utf8');
const EXAMPLES = [read('weak-stories.star.md'), read('strong-story.star.md'), read('stories/on-call-handoff.md')];
const BASES = [...EXAMPLES, EXAMPLES.join('\n\n'), EXAMPLES[0].replace(/\n/g, '\r\n'), EXAMPLES.join('\n').replace(/\n/g, '\r\n')];

const WORDS = [
  'we ',
  'We ',
  'I ',
  'maybe ',
  'really ',
  'about ',
  '40% ',
  'from 900 ms to 250 ms ',
  'customers ',
  'was decided ',
  'Ownership ',
  '👩‍💻 ',
  '🚀',
  'é',
  'İ',
];
const LINES = [
  '## A new story\n',
  '### Situation\n',
  '### Action\n',
  '### Result\n',
  '**Result:** Latency fell from 900 ms to 250 ms for 2 million users.\n',
  '**Action:** We maybe fixed it. We rewrote the job. I reviewed it.\n',
  'It was decided that the team would wait. 🎉\n',
  '<!-- star-coach-disable-next-line -->\n',
  '\n',
  '\r\n',
];

/** One edit, placed by a random fraction of the text so it fits any length. */
type Edit =
  | { kind: 'insert-word'; at: number; word: string }
  | { kind: 'delete-word'; at: number }
  | { kind: 'insert-line'; at: number; line: string }
  | { kind: 'delete-line'; at: number }
  | { kind: 'crlf'; at: number }
  | { kind: 'replace'; at: number; length: number; text: string };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert-word' as const), at, word: fc.constantFrom(...WORDS) }),
  fc.record({ kind: fc.constant('delete-word' as const), at }),
  fc.record({ kind: fc.constant('insert-line' as const), at, line: fc.constantFrom(...LINES) }),
  fc.record({ kind: fc.constant('delete-line' as const), at }),
  fc.record({ kind: fc.constant('crlf' as const), at }),
  fc.record({
    kind: fc.constant('replace' as const),
    at,
    length: fc.nat({ max: 40 }),
    text: fc.oneof(fc.constantFrom(...WORDS, ...LINES), fc.string({ maxLength: 8 })),
  }),
);

/** The offsets an edit replaces and its new text, on word and line boundaries where it names them. */
function place(text: string, e: Edit): { start: number; end: number; text: string } {
  const i = Math.floor(e.at * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const nextLine = text.indexOf('\n', i);
  const lineEnd = nextLine < 0 ? text.length : nextLine + 1;
  switch (e.kind) {
    case 'insert-word': {
      const s = text.indexOf(' ', i);
      const p = s < 0 ? text.length : s + 1;
      return { start: p, end: p, text: e.word };
    }
    case 'delete-word': {
      const m = /\S+\s?/.exec(text.slice(i));
      return m ? { start: i + m.index, end: i + m.index + m[0].length, text: '' } : { start: i, end: i, text: '' };
    }
    case 'insert-line':
      return { start: lineStart, end: lineStart, text: e.line };
    case 'delete-line':
      return { start: lineStart, end: lineEnd, text: '' };
    case 'crlf': {
      // Turns the line ending at this line into CRLF, or a CRLF back into LF.
      if (nextLine < 0) return { start: i, end: i, text: '' };
      return text[nextLine - 1] === '\r'
        ? { start: nextLine - 1, end: nextLine, text: '' }
        : { start: nextLine, end: nextLine, text: '\r' };
    }
    case 'replace':
      return { start: i, end: Math.min(text.length, i + e.length), text: e.text };
  }
}

/** What legitimately differs between an edited document and a fresh one: the version in `data`. */
/** Diagnostics without what differs between two documents of the same text: the version, and the URI related locations point into. */
const comparable = (ds: Diagnostic[]) =>
  ds.map((d) => ({
    ...d,
    ...(d.data ? { data: { ...(d.data as object), version: 0 } } : {}),
    ...(d.relatedInformation
      ? { relatedInformation: d.relatedInformation.map((r) => ({ ...r, location: { ...r.location, uri: 'this document' } })) }
      : {}),
  }));

describe('incremental edits through the server equal a fresh open', function () {
  this.timeout(120_000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    buildOnce();
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'star-coach-incremental-')));
    mkdirSync(join(dir, 'stories'));
    client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('for random edit sequences on the example stories, waiting for each edit or sending them in a burst', async () => {
    let n = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: BASES.length - 1 }),
        fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 12 }),
        async (base, edits) => {
          n++;
          // Under stories/, so every base is a story file by the default globs.
          const path = `stories/edited-${n}.md`;
          const uri = uriOf(join(dir, path));
          let doc = TextDocument.create(uri, 'markdown', 1, BASES[base]);
          // The strong example has nothing to report, and a text with nothing to report publishes nothing.
          if (isFlagged(doc.getText(), path)) await within(client.openAndWait(uri, doc.getText()), 'diagnostics on open');
          else await client.open(uri, doc.getText());
          let last: Promise<PublishDiagnosticsParams> | undefined;
          for (const [e, wait] of edits) {
            const { start, end, text } = place(doc.getText(), e);
            const change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text };
            // The server applies the change with the same library; the test follows it to know the final text.
            doc = TextDocument.update(doc, [change], doc.version + 1);
            const version = doc.version;
            last = client.nextDiagnostics(uri, (p) => p.version === version);
            await client.change(uri, [change]);
            if (wait && isFlagged(doc.getText(), path)) await within(last, `diagnostics of version ${version}`);
          }
          const finalText = doc.getText();
          if (!isFlagged(finalText, path)) {
            await client.close(uri);
            return;
          }
          const edited = await within(last!, 'diagnostics of the last version');
          const freshUri = uriOf(join(dir, `stories/fresh-${n}.md`));
          const fresh = await within(client.openAndWait(freshUri, finalText), 'diagnostics of the fresh open');
          assert.deepEqual(comparable(edited.diagnostics), comparable(fresh.diagnostics));
          // The quick fixes too: they are computed from the cached findings' suggestions, which diagnostics do not carry.
          const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(finalText.length) };
          const actions = async (u: string, ds: Diagnostic[]) =>
            JSON.stringify(await within(client.codeActions(u, whole, ds), 'code actions'))
              .replaceAll(u, 'URI')
              .replace(/"version":\d+/g, '"version":0');
          assert.equal(await actions(uri, edited.diagnostics), await actions(freshUri, fresh.diagnostics));
          checked++;
          await client.close(uri);
          await client.close(freshUri);
        },
      ),
      { numRuns: 100, seed: 42 },
    );
    assert.ok(checked >= 60, `only ${checked} of 100 sequences ended in a text with diagnostics`);
  });

  for (const [name, lineBreak] of [
    ['a line break', '\n'],
    ['a lone carriage return (a line break to LSP, not to grouping)', '\r'],
  ]) {
    it(`moves what a story says to its new lines when ${name} replaces a space before it, at the same offsets`, async () => {
      // Each story's diagnostics are converted once and reused while its findings and first line stay put:
      // a same-length edit that adds a line before a story keeps its offsets but not its lines.
      const text = BASES[3];
      const uri = uriOf(join(dir, `stories/same-offsets-${lineBreak.charCodeAt(0)}.md`));
      let doc = TextDocument.create(uri, 'markdown', 1, text);
      await within(client.openAndWait(uri, text), 'diagnostics on open');
      const space = text.indexOf(' ', text.indexOf('\n## ', text.length / 2));
      const change = { range: { start: doc.positionAt(space), end: doc.positionAt(space + 1) }, text: lineBreak };
      doc = TextDocument.update(doc, [change], 2);
      const next = client.nextDiagnostics(uri, (p) => p.version === 2);
      await client.change(uri, [change]);
      const edited = await within(next, 'diagnostics of the edit');
      const freshUri = uriOf(join(dir, `stories/same-offsets-fresh-${lineBreak.charCodeAt(0)}.md`));
      const fresh = await within(client.openAndWait(freshUri, doc.getText()), 'diagnostics of the fresh open');
      assert.ok(fresh.diagnostics.length > 10);
      assert.deepEqual(comparable(edited.diagnostics), comparable(fresh.diagnostics));
      await client.close(uri);
      await client.close(freshUri);
    });
  }
});

/** Whether the server will publish something for this text (a story with findings or notices). */
function isFlagged(text: string, path: string): boolean {
  const r = lint(text, { path });
  return r.isStory && r.findings.length + r.notices.length > 0;
}
