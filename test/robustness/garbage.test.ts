import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, applyEdits, buildOnce, editsOf, uriOf } from '../lsp/client';
import { buildOnce as buildCli } from '../cli/helpers';
import { cli, within } from './helpers';

/*
 * A server that ignores garbage and stays correct. Generated malformed
 * document notifications are dropped with a log line and never stored, so
 * later configuration changes still re-check every document; a change that is
 * not newer than the text the server holds is dropped, and the quick fixes then
 * still edit the right text; a byte-order mark sent by a client is counted; and
 * the config lookup stops at the workspace folder.
 */

const HEDGE_STORY = [
  '## The importer',
  '',
  '**Situation:** Imports failed every night.',
  '',
  '**Action:** I rewrote the parser. It was maybe the encoding.',
  '',
  '**Result:** Failures fell from 30 a week to 2.',
  '',
].join('\n');

const garbageValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 5 }),
  fc.constant({ uri: 7 }),
);

/** A document notification with one field broken (or missing), in the ways a confused client sends them. */
const malformed = fc.oneof(
  fc
    .record({ uri: garbageValue, languageId: fc.constant('markdown'), version: fc.constant(1), text: fc.constant(HEDGE_STORY) })
    .filter((td) => typeof td.uri !== 'string')
    .map((td) => ({ method: 'textDocument/didOpen', params: { textDocument: td } })),
  fc
    .record({ field: fc.constantFrom('text', 'version', 'languageId'), value: garbageValue })
    .filter(({ field, value }) => (field === 'version' ? !Number.isInteger(value) : typeof value !== 'string'))
    .map(({ field, value }) => ({
      method: 'textDocument/didOpen',
      params: {
        textDocument: { uri: 'file:///tmp/garbage.star.md', languageId: 'markdown', version: 1, text: HEDGE_STORY, [field]: value },
      },
    })),
  fc
    .record({
      version: garbageValue,
      changes: fc.oneof(garbageValue, fc.constant([{ text: 5 }]), fc.constant([{ range: 'all', text: 'x' }])),
    })
    .filter(({ version }) => !Number.isInteger(version))
    .map(({ version, changes }) => ({
      method: 'textDocument/didChange',
      params: { textDocument: { uri: 'VALID', version }, contentChanges: changes },
    })),
  garbageValue.filter((v) => typeof v !== 'string').map((v) => ({ method: 'textDocument/didClose', params: { textDocument: { uri: v } } })),
  garbageValue.map((v) => ({ method: 'textDocument/didOpen', params: v })),
);

describe('a server that ignores garbage and stays correct', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    buildOnce();
    buildCli();
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'star-coach-garbage-')));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('drops generated malformed notifications with a log line; configuration changes still re-check every document', async () => {
    const client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 } });
    try {
      const uri = uriOf(join(dir, 'valid.star.md'));
      await within(client.openAndWait(uri, HEDGE_STORY), 'diagnostics on open');
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(malformed, { minLength: 1, maxLength: 6 }), async (batch) => {
          for (const { method, params } of batch) {
            const p = JSON.parse(JSON.stringify(params).replaceAll('"VALID"', JSON.stringify(uri)));
            await client.connection.sendNotification(method, p);
            sent++;
          }
          // The valid document is checked again after a configuration change, and only it.
          const again = client.nextDiagnostics(uri);
          await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
          const p = await within(again, 'diagnostics after a configuration change');
          assert.equal(p.version, 1);
          assert.ok(p.diagnostics.some((d) => d.code === 'hedging'));
        }),
        { numRuns: 25, seed: 5 },
      );
      // A document opened after all that garbage is checked like any other.
      const later = uriOf(join(dir, 'later.star.md'));
      const opened = await within(client.openAndWait(later, HEDGE_STORY), 'diagnostics of a document opened later');
      assert.ok(opened.diagnostics.some((d) => d.code === 'hedging'));
      const ignored = client.logs.filter((l) => /^Ignored textDocument\/did(Open|Change|Close)/.test(l.message));
      assert.equal(ignored.length, sent, 'one log line per dropped notification');
      assert.deepEqual(
        client.logs.filter((l) => /failed|is not a function|TypeError/.test(l.message)),
        [],
      );
      // Nothing malformed was stored: only the valid document was ever published.
      assert.deepEqual([...new Set(client.diagnostics.map((d) => d.uri))], [uri, later]);
    } finally {
      await client.stop();
    }
  });

  it('ignores a change that repeats or goes back on the version, and its quick fix edits the text the server holds', async () => {
    const client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 } });
    try {
      const uri = uriOf(join(dir, 'versions.star.md'));
      await within(client.openAndWait(uri, HEDGE_STORY), 'diagnostics on open');
      // Version 2: the hedge moves to the Situation.
      const textA = HEDGE_STORY.replace('Imports failed', 'Imports maybe failed').replace(
        'It was maybe the encoding.',
        'It was the encoding.',
      );
      const v2 = client.nextDiagnostics(uri, (p) => p.version === 2);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: textA }],
      });
      const diagnostics = (await within(v2, 'diagnostics of version 2')).diagnostics;
      // Version 2 again, and then version 1: both out of date, both dropped.
      for (const version of [2, 1]) {
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ text: `${HEDGE_STORY}\nWe probably shipped it.\n` }],
        });
        await within(
          client.nextLog((l) => l.message.includes(`version ${version} is not newer than version 2`)),
          `the log line for version ${version}`,
        );
      }
      const hedge = diagnostics.find((d) => d.code === 'hedging') as Diagnostic;
      assert.equal(hedge.range.start.line, 2);
      const actions = (await within(client.codeActions(uri, hedge.range, [hedge]), 'code actions')) ?? [];
      // The fix for an estimate hedge is a prompt (never a deletion); it must land in the text the server
      // holds (version 2), right after the hedged sentence.
      const preferred = actions.find((a) => a.title.startsWith('Insert prompt'));
      assert.ok(preferred, JSON.stringify(actions.map((a) => a.title)));
      const edits = editsOf(preferred, uri);
      const fixed = applyEdits(textA, edits);
      const sentenceEnd = textA.indexOf('Imports maybe failed every night.') + 'Imports maybe failed every night.'.length;
      assert.equal(fixed.slice(0, sentenceEnd), textA.slice(0, sentenceEnd));
      assert.ok(fixed.length > textA.length && fixed.endsWith(textA.slice(sentenceEnd)), fixed);
      assert.doesNotMatch(fixed, /We probably shipped it/);
    } finally {
      await client.stop();
    }
  });

  it('counts a byte-order mark a client sends, and writes "in this file" after it', async () => {
    const client = await TestClient.start({ rootPath: dir, settings: { debounceMs: 0 } });
    try {
      const uri = uriOf(join(dir, 'bom.star.md'));
      // No title: the first line is the Situation, so a hedge sits on the line that holds the mark.
      const text = `\uFEFF${HEDGE_STORY.replace('## The importer\n\n', '').replace('Imports failed', 'Maybe imports failed')}`;
      const p = await within(client.openAndWait(uri, text), 'diagnostics');
      const hedges = p.diagnostics.filter((d) => d.code === 'hedging');
      const lines = text.split('\n');
      for (const h of hedges) {
        const line = lines[h.range.start.line];
        assert.match(line.slice(h.range.start.character, h.range.end.character), /^maybe$/i, JSON.stringify(h.range));
      }
      assert.ok(hedges.some((h) => h.range.start.line === 0 && h.range.start.character === 16));
      const actions = (await within(client.codeActions(uri, hedges[0].range, [hedges[0]]), 'code actions')) ?? [];
      const inFile = actions.find((a) => a.title === 'Ignore hedging in this file');
      assert.ok(inFile);
      assert.deepEqual(editsOf(inFile, uri)[0].range.start, { line: 0, character: 1 });
      assert.ok(applyEdits(text, editsOf(inFile, uri)).startsWith('\uFEFF<!-- star-coach-disable-file hedging -->'));
    } finally {
      await client.stop();
    }
  });

  it('looks for .starcoach.json no further up than the workspace folder; the CLI walks on to the root', async () => {
    // parent/.starcoach.json switches hedging off; parent/workspace is the workspace folder.
    const parent = join(dir, 'parent');
    const workspace = join(parent, 'workspace');
    mkdirSync(join(workspace, 'inner'), { recursive: true });
    writeFileSync(join(parent, '.starcoach.json'), JSON.stringify({ rules: { hedging: 'off' }, unknownKeyFromAbove: 1 }));
    writeFileSync(join(workspace, 'story.star.md'), HEDGE_STORY);
    writeFileSync(join(workspace, 'inner', '.starcoach.json'), JSON.stringify({ rules: { hedging: 'error' } }));
    writeFileSync(join(workspace, 'inner', 'story.star.md'), HEDGE_STORY);
    const client = await TestClient.start({ rootPath: workspace, settings: { debounceMs: 0 } });
    try {
      const outer = await within(client.openAndWait(uriOf(join(workspace, 'story.star.md')), HEDGE_STORY), 'diagnostics');
      assert.ok(
        outer.diagnostics.some((d) => d.code === 'hedging' && d.severity === 2),
        'the parent config is not applied',
      );
      assert.ok(!outer.diagnostics.some((d) => /unknownKeyFromAbove/.test(String(d.message))), 'nor reported');
      const inner = await within(client.openAndWait(uriOf(join(workspace, 'inner', 'story.star.md')), HEDGE_STORY), 'diagnostics');
      assert.ok(
        inner.diagnostics.some((d) => d.code === 'hedging' && d.severity === 1),
        'a config inside the workspace applies',
      );
    } finally {
      await client.stop();
    }
    // The CLI, as ESLint: the nearest config walking up to the root, here the parent's.
    const r = cli(workspace, ['--format', 'json', 'story.star.md']);
    const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.ok(!result.messages.some((m) => m.ruleId === 'hedging'));
    assert.match(r.stderr, /unknownKeyFromAbove is not a setting/);
  });
});
