import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, buildOnce, workspace, uriOf, applyEdits, editsOf, FULL_CAPABILITIES, ROOT } from './client';
import { WE_STORY, I_STORY, ofRule } from './fixtures';

const line4 = (start: number, end = start) => ({ start: { line: 4, character: start }, end: { line: 4, character: end } });
const weActions = (actions: CodeAction[] | null) => (actions ?? []).filter((a) => a.diagnostics?.some((d) => d.code === 'we-overuse'));

describe('lsp: code actions', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    buildOnce();
    root = workspace();
    client = await TestClient.start({ rootPath: root });
  });
  after(() => client.stop());

  /** Opens a story and returns its we-overuse diagnostics as published. */
  async function openStory(name: string, text = WE_STORY): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = uriOf(join(root, 'stories', name));
    return { uri, diagnostics: ofRule(await client.openAndWait(uri, text), 'we-overuse') };
  }

  it('offers the rule suggestions, then ignore on this line and in this file, with edits computed by the server', async () => {
    const { uri, diagnostics } = await openStory('actions.md');
    const d = diagnostics[0];
    const actions = await client.codeActions(uri, d.range, [d]);
    const textDocument = { uri, version: 1 };
    assert.deepEqual(actions, [
      {
        title: 'Insert prompt: My specific contribution was …',
        kind: 'quickfix',
        diagnostics: [d],
        isPreferred: true,
        edit: {
          documentChanges: [{ textDocument, edits: [{ range: line4(43), newText: ' My specific contribution was [what I did myself].' }] }],
        },
      },
      {
        title: 'Ignore we-overuse on this line',
        kind: 'quickfix',
        diagnostics: [d],
        edit: {
          documentChanges: [{ textDocument, edits: [{ range: line4(0), newText: '<!-- star-coach-disable-next-line we-overuse -->\n' }] }],
        },
      },
      {
        title: 'Ignore we-overuse in this file',
        kind: 'quickfix',
        diagnostics: [d],
        edit: {
          documentChanges: [
            {
              textDocument,
              edits: [
                {
                  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                  newText: '<!-- star-coach-disable-file we-overuse -->\n\n',
                },
              ],
            },
          ],
        },
      },
    ]);
  });

  for (const title of ['Ignore we-overuse on this line', 'Ignore we-overuse in this file']) {
    it(`"${title}" applied: the re-lint drops the finding it fixed`, async () => {
      const { uri, diagnostics } = await openStory(`apply-${title.split(' ')[0]}-${title.length}.md`);
      const actions = await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]]);
      const action = actions!.find((a) => a.title === title)!;
      const next = client.nextDiagnostics(uri);
      await client.change(uri, [{ text: applyEdits(WE_STORY, editsOf(action, uri)) }]);
      const after = await next;
      assert.deepEqual(ofRule(after, 'we-overuse'), []);
    });
  }

  it('never offers "we" → "I"; prefers the contribution prompt, never an ignore; offers nothing to source.fixAll', async () => {
    const { uri, diagnostics } = await openStory('fix-all.md');
    const all = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    assert.ok(all!.length > 0);
    for (const a of all!) {
      assert.ok(!/Replace `we`/i.test(a.title), a.title);
      for (const e of editsOf(a, uri)) assert.ok(!/^I$/.test(e.newText), 'no edit writes a bare I');
      assert.equal(a.isPreferred, a.title.startsWith('Insert prompt: My specific contribution') ? true : undefined, a.title);
    }
    assert.deepEqual(await client.codeActions(uri, diagnostics[0].range, diagnostics, ['source.fixAll']), []);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0].range, diagnostics, ['source']), []);
    assert.equal((await client.codeActions(uri, diagnostics[0].range, diagnostics, ['quickfix']))!.length, all!.length);
  });

  it('offers ignore on this line and in this file once for two findings of a rule on one line', async () => {
    const { uri, diagnostics } = await openStory('two-on-a-line.md');
    assert.equal(diagnostics.length, 2);
    const actions = await client.codeActions(uri, { start: line4(0).start, end: line4(60).end }, diagnostics);
    assert.deepEqual(
      actions!.map((a) => [a.title, a.diagnostics!.length]),
      [
        ['Insert prompt: My specific contribution was …', 1],
        ['Ignore we-overuse on this line', 2],
        ['Ignore we-overuse in this file', 2],
        ['Insert prompt: My specific contribution was …', 1],
      ],
    );
  });

  it('finds the finding by line when a client sends byte columns and drops data (Neovim 0.7), and edits in UTF-16', async () => {
    const text = WE_STORY.replace('**Action:** We', '**Action:** 🚀 We');
    const { uri, diagnostics } = await openStory('bytes.md', text);
    assert.deepEqual(diagnostics[0].range, line4(15, 17));
    // In UTF-8 the emoji is 4 bytes: the client reports the word at 17..19.
    const fromBytes: Diagnostic = { ...diagnostics[0], range: line4(17, 19), data: undefined };
    const actions = await client.codeActions(uri, fromBytes.range, [fromBytes]);
    assert.deepEqual(editsOf(actions![0], uri), [{ range: line4(46), newText: ' My specific contribution was [what I did myself].' }]);
  });

  it('fixes every occurrence as published, the first of a group and each repeat, from its rule, range and message alone', async () => {
    // The bundled weak stories, and hedges spread over three paragraphs of one story (a group whose repeats are elsewhere).
    const hedged = [
      '## Moving the billing importer',
      '',
      '**Situation:** The importer probably lost a few records each week.',
      '',
      '**Action:** I kind of rewrote the parser, and I added a check that counts each batch.',
      '',
      '**Result:** Lost records fell from 40 a week to 2, I think.',
      '',
    ].join('\n');
    const texts = [readFileSync(join(ROOT, 'examples/weak-stories.star.md'), 'utf8'), hedged];
    let apart = 0;
    for (const [n, text] of texts.entries()) {
      const uri = uriOf(join(root, `stories/every-occurrence-${n}.md`));
      const published = (await client.openAndWait(uri, text)).diagnostics.filter((d) => d.code !== undefined);
      const isRepeat = (d: Diagnostic) => (d.data as { repeat?: boolean } | undefined)?.repeat === true;
      let first: Diagnostic | undefined;
      assert.ok(published.some(isRepeat), `repeats in text ${n}`);
      // Published in document order, each group's first before its repeats.
      for (const d of published) {
        if (!isRepeat(d)) first = d;
        else if (first && first.code === d.code && first.range.start.line !== d.range.start.line) apart++;
        // Nothing but the repeat mark travels in data: the server finds the occurrence from what the editor hands back.
        assert.deepEqual(d.data, isRepeat(d) ? { repeat: true } : undefined);
        const actions = (await client.codeActions(uri, d.range, [d])) ?? [];
        const ignore = actions.find((a) => a.title === `Ignore ${d.code} on this line`);
        assert.ok(ignore, `an ignore action for ${d.code} on line ${d.range.start.line + 1}`);
        // The comment goes on the line above the occurrence's own (at its end, inside a paragraph), not the group's first.
        const [edit] = editsOf(ignore, uri);
        const line = d.range.start.line - (edit.newText.startsWith(' <!--') ? 1 : 0);
        assert.equal(edit.range.start.line, line, `${d.code}: ${d.message}`);
        for (const a of actions) assert.deepEqual(a.diagnostics, [d]);
      }
    }
    assert.ok(apart >= 3, `${apart} repeats on another line than their group's first`);
  });

  it('offers nothing for a diagnostic whose finding is gone, or one from another tool', async () => {
    const { uri, diagnostics } = await openStory('stale.md');
    await client.change(uri, [{ text: I_STORY }]);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0].range, diagnostics), []);
    const foreign: Diagnostic = { range: line4(12, 14), message: 'Line too long', source: 'markdownlint', code: 'MD013' };
    assert.deepEqual(await client.codeActions(uri, foreign.range, [foreign]), []);
    assert.deepEqual(await client.codeActions(uriOf(join(root, 'stories/unknown.md')), foreign.range, [diagnostics[0]]), []);
  });

  it('writes CRLF line endings in a CRLF file', async () => {
    const { uri, diagnostics } = await openStory('crlf.md', WE_STORY.replace(/\n/g, '\r\n'));
    const actions = await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]]);
    const ignore = actions!.find((a) => a.title === 'Ignore we-overuse on this line')!;
    assert.deepEqual(editsOf(ignore, uri), [{ range: line4(0), newText: '<!-- star-coach-disable-next-line we-overuse -->\r\n' }]);
  });
});

describe('lsp: code action edits by client capability', () => {
  let root: string;
  before(() => {
    buildOnce();
    root = workspace();
  });

  async function promptEdit(capabilities: typeof FULL_CAPABILITIES): Promise<CodeAction['edit']> {
    const client = await TestClient.start({ rootPath: root, capabilities });
    try {
      const uri = uriOf(join(root, 'stories/caps.md'));
      const [d] = ofRule(await client.openAndWait(uri, WE_STORY), 'we-overuse');
      const actions = weActions(await client.codeActions(uri, d.range, [d]));
      return actions.find((a) => a.title.startsWith('Insert prompt'))!.edit;
    } finally {
      await client.stop();
    }
  }

  it('uses an LSP 3.18 SnippetTextEdit with tab stops when the client supports snippet edits', async () => {
    const caps = {
      ...FULL_CAPABILITIES,
      workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
    };
    const edit = await promptEdit(caps);
    assert.deepEqual(edit!.documentChanges![0], {
      textDocument: { uri: uriOf(join(root, 'stories/caps.md')), version: 1 },
      edits: [{ range: line4(43), snippet: { kind: 'snippet', value: ' My specific contribution was ${1:what I did myself}.' } }],
    });
  });

  it('uses insertTextFormat 2 for clients with experimental.snippetTextEdit', async () => {
    const edit = await promptEdit({ ...FULL_CAPABILITIES, experimental: { snippetTextEdit: true } });
    assert.deepEqual(edit!.documentChanges![0], {
      textDocument: { uri: uriOf(join(root, 'stories/caps.md')), version: 1 },
      edits: [{ range: line4(43), newText: ' My specific contribution was ${1:what I did myself}.', insertTextFormat: 2 }],
    });
  });

  it('uses a plain `changes` map with [placeholders] for clients without documentChanges', async () => {
    const edit = await promptEdit({ ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: {} } });
    assert.deepEqual(edit, {
      changes: {
        [uriOf(join(root, 'stories/caps.md'))]: [{ range: line4(43), newText: ' My specific contribution was [what I did myself].' }],
      },
    });
  });
});
