import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient, buildOnce, workspace, uriOf } from './client';
import * as f from '../engine/bank/fixtures';
import { buildBank, bankJson } from '../../server/src/engine/bank';
import { drillDocument, drillJson } from '../../server/src/engine/drill';

interface BankAnswer {
  principles: Array<{ name: string; stories: Array<{ file: string; line: number; title: string; evidence: string }> }>;
  stories: Array<{ file: string; title: string; shown: string[]; claimed: string[]; level: string | null }>;
  gaps: string[];
  notes: Array<{ kind: string; message: string }>;
}

const STORIES: Record<string, string> = { 'customer.md': f.customer, 'dive.md': f.diveDeep, 'conflict.md': f.conflict };

describe('lsp: starCoach/storyBank and starCoach/drill', () => {
  let client: TestClient;
  let root: string;
  const path = (name: string) => join(root, 'stories', name);
  before(async () => {
    buildOnce();
    root = workspace();
    mkdirSync(join(root, 'stories'));
    for (const [name, text] of Object.entries(STORIES)) writeFileSync(path(name), text);
    writeFileSync(join(root, 'README.md'), '# Not a story\n');
    client = await TestClient.start({ rootPath: root, settings: { level: 'L7' } });
  });
  after(() => client.stop());

  const storyBank = (params?: unknown) => client.connection.sendRequest<BankAnswer>('starCoach/storyBank', params);
  const drill = (params: unknown) => client.connection.sendRequest<unknown[]>('starCoach/drill', params);

  it('answers the bank of the workspace folder, as the engine computes it', async () => {
    const bank = await storyBank({});
    const expected = bankJson(
      buildBank(
        Object.keys(STORIES)
          .sort()
          .map((name) => ({ file: path(name), text: STORIES[name], config: { level: 'L7' } })),
        { config: { level: 'L7' } },
      ),
    );
    // Files come in path order, as the folder is walked.
    assert.deepEqual(bank, expected);
    assert.equal(bank.stories.length, 3);
    assert.equal(bank.stories[0].level, 'L7');
    assert.ok(bank.notes.some((n) => n.kind === 'level-scope' && n.message.startsWith('At L7 ')));
    assert.ok(bank.notes.some((n) => n.kind === 'missing-type' && n.message.startsWith('No failure story.')));
  });

  it('reads open documents from their unsaved text, and refreshes as they change', async () => {
    const uri = uriOf(path('dive.md'));
    await client.openAndWait(uri, f.diveDeep);
    await client.change(uri, [{ text: f.failure }]);
    const bank = await storyBank();
    assert.ok(bank.stories.some((s) => s.title === 'The release I did not load-test'));
    assert.ok(!bank.stories.some((s) => s.title === 'The payout mismatch'));
    assert.ok(!bank.notes.some((n) => n.message.startsWith('No failure story.')));
    await client.change(uri, [{ text: f.diveDeep }]);
    assert.ok((await storyBank()).stories.some((s) => s.title === 'The payout mismatch'));
    await client.close(uri);
  });

  it('follows workspace folders added and removed after start', async () => {
    const added = workspace();
    writeFileSync(join(added, 'one.star.md'), f.crossTeam);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: uriOf(added), name: 'more' }], removed: [] },
    });
    const both = (await storyBank()).stories.map((s) => s.title);
    assert.ok(both.includes('One number for on-time delivery'), both.join(', '));
    assert.ok(both.includes('The payout mismatch'), both.join(', '));
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [], removed: [{ uri: uriOf(root), name: 'stories' }] },
    });
    assert.deepEqual(
      (await storyBank()).stories.map((s) => s.title),
      ['One number for on-time delivery'],
    );
    // Back as it was, for the tests after this one.
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: uriOf(root), name: 'stories' }], removed: [{ uri: uriOf(added), name: 'more' }] },
    });
    assert.equal((await storyBank()).stories.length, 3);
  });

  it('ignores a malformed workspace folders event and keeps answering', async () => {
    for (const event of [null, 'x', { added: 'x', removed: 3 }, { added: [{ uri: 7 }, null], removed: [{}] }]) {
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event });
    }
    assert.equal((await storyBank()).stories.length, 3);
    assert.ok(!client.logs.some((l) => /TypeError/.test(l.message)), client.logs.map((l) => l.message).join('\n'));
  });

  it('takes the folders to read as URIs', async () => {
    const other = workspace();
    writeFileSync(join(other, 'one.star.md'), f.crossTeam);
    const bank = await storyBank({ folders: [uriOf(other)] });
    assert.deepEqual(
      bank.stories.map((s) => s.title),
      ['One number for on-time delivery'],
    );
  });

  it('answers InvalidParams for malformed parameters', async () => {
    await assert.rejects(storyBank({ folders: 'stories' }), (e: { code: number; message: string }) => {
      assert.equal(e.code, -32602);
      assert.equal(e.message, 'folders must be a list of file URIs');
      return true;
    });
    await assert.rejects(drill({}), (e: { code: number }) => e.code === -32602);
    await assert.rejects(drill({ textDocument: { uri: uriOf(path('dive.md')) }, story: 0 }), (e: { code: number }) => e.code === -32602);
  });

  it('drills a document: questions with 1-based lines and columns, and quotes', async () => {
    const uri = uriOf(path('conflict.md'));
    const answer = await drill({ textDocument: { uri } });
    assert.deepEqual(answer, drillJson(path('conflict.md'), f.conflict, drillDocument(f.conflict)));
    const [entry] = answer as Array<{ title: string; questions: Array<{ quote: string; depth: number; line: number }> }>;
    assert.equal(entry.title, 'Disagreeing about the launch date');
    assert.ok(entry.questions.some((q) => q.depth === 2));
    const second = (await drill({ textDocument: { uri }, story: 1 })) as unknown[];
    assert.equal(second.length, 1);
  });

  it('drills the unsaved text of an open document', async () => {
    const uri = uriOf(path('customer.md'));
    const edited = f.customer.replace('from 9% to 3%', 'from 12% to 2%');
    await client.openAndWait(uri, edited);
    const [entry] = (await drill({ textDocument: { uri } })) as Array<{ questions: Array<{ quote: string }> }>;
    assert.ok(entry.questions.some((q) => q.quote === '12% to 2%'));
    await client.close(uri);
  });

  it('shows the first three follow-ups in the title hover', async () => {
    const uri = uriOf(path('dive.md'));
    await client.openAndWait(uri, f.diveDeep);
    const hover = await client.hover(uri, 0, 5);
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;

    const opening = drillDocument(f.diveDeep)[0].questions.filter((q) => q.depth === 1);
    assert.ok(opening.length >= 3);
    const part = value.slice(value.indexOf('**Follow-ups to expect**'));
    assert.deepEqual(
      part.split('\n').filter((l) => /^\d\. /.test(l)),
      opening.slice(0, 3).map((q, i) => `${i + 1}. ${q.question} *(line ${f.diveDeep.slice(0, q.start).split('\n').length})*`),
    );
    await client.close(uri);
  });
});
