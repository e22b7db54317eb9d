// In-process tests of the session behind the handlers, for what a real client
// cannot provoke in the shipped server: a rule that throws.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { Session } from '../../server/src/lsp/session';
import { ruleById } from '../../server/src/engine/rules';
import type { AnyRule } from '../../server/src/engine/rule';
import { WE_STORY, ofRule } from './fixtures';

const broken: AnyRule = {
  ...ruleById('we-overuse')!,
  id: 'always-throws',
  check() {
    throw new Error('broken on purpose');
  },
};

function harness() {
  const docs = new Map<string, TextDocument>();
  const published: PublishDiagnosticsParams[] = [];
  const errors: string[] = [];
  let notify: ((p: PublishDiagnosticsParams) => void) | undefined;
  const session = new Session({
    sendDiagnostics: (p) => {
      published.push(p);
      notify?.(p);
    },
    log: { warn: () => undefined, error: (m) => errors.push(m) },
    document: (uri) => docs.get(uri),
    documents: () => [...docs.values()],
    workspaceFolders: () => [],
    docsDir: '/docs/rules',
    editSupport: { snippets: 'none', documentChanges: true },
    rules: [broken, ruleById('we-overuse')!],
  });
  const open = (uri: string, text: string) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      notify = resolve;
      const doc = TextDocument.create(uri, 'markdown', 1, text);
      docs.set(uri, doc);
      session.changed(doc, true);
    });
  return { session, open, published, errors };
}

describe('lsp: session', () => {
  it('logs a rule that throws once, skips it, and still publishes the other rules', async () => {
    const h = harness();
    const first = await h.open('untitled:one.md', WE_STORY);
    const second = await h.open('untitled:two.md', WE_STORY);
    assert.equal(ofRule(first, 'we-overuse').length, 2);
    assert.equal(ofRule(second, 'we-overuse').length, 2);
    assert.equal(h.errors.length, 1);
    assert.match(h.errors[0], /^Rule always-throws failed and is skipped: Error: broken on purpose/);
  });

  it('lints untitled buffers by their STAR markers', async () => {
    const h = harness();
    const p = await h.open('untitled:Untitled-1', WE_STORY);
    assert.equal(ofRule(p, 'we-overuse').length, 2);
  });
});
