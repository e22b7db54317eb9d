import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { TestClient, buildOnce, workspace, uriOf } from './client';
import { WE_STORY, ofRule } from './fixtures';
import { version } from '../../package.json';

describe('lsp: lifecycle', () => {
  let root: string;
  before(() => {
    buildOnce();
    root = workspace();
  });

  it('advertises only what it implements: sync, hover, quick fixes, code lens, outline, completion, folder changes', async () => {
    const client = await TestClient.start({ rootPath: root });
    try {
      assert.deepEqual(client.initializeResult, {
        capabilities: {
          textDocumentSync: { openClose: true, change: 2 },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: ['quickfix'] },
          codeLensProvider: { resolveProvider: false },
          documentSymbolProvider: { label: 'STAR Coach' },
          completionProvider: { resolveProvider: false, triggerCharacters: [':', '[', ','] },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'star-coach-language-server', version },
      });
    } finally {
      await client.stop();
    }
  });

  it('exits with 0 after shutdown and exit', async () => {
    const client = await TestClient.start({ rootPath: root });
    assert.equal(await client.stop(), 0);
  });

  it('exits when its stdin closes (the editor went away without a shutdown)', async () => {
    const client = await TestClient.start({ rootPath: root });
    client.proc.stdin!.end();
    assert.equal(typeof (await client.exit()), 'number');
  });

  it('exits when the editor process named by --clientProcessId dies', async () => {
    const editor = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const client = await TestClient.start({ rootPath: root, args: ['--stdio', `--clientProcessId=${editor.pid}`] });
      editor.kill();
      assert.equal(typeof (await client.exit()), 'number');
    } finally {
      editor.kill();
    }
  });

  it('speaks over stdio when started with no transport flag', async () => {
    const client = await TestClient.start({ rootPath: root, args: [] });
    try {
      const p = await client.openAndWait(uriOf(join(root, 'stories/no-flag.md')), WE_STORY);
      assert.equal(ofRule(p, 'we-overuse').length, 2);
    } finally {
      await client.stop();
    }
  });

  it('survives bad requests and odd input, and goes on answering', async () => {
    const client = await TestClient.start({ rootPath: root });
    try {
      await assert.rejects(client.connection.sendRequest('starCoach/unknown', {}), (e: unknown) => e instanceof ResponseError);
      assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 42 } }), null);
      const odd = uriOf(join(root, 'stories/odd.md'));
      await client.open(odd, '\u0000\uFFFF\uD800 **Situation:**\r\r\n**Action:** \u202E we \uDC00\n**Result:**');
      await assert.rejects(
        client.connection.sendRequest('textDocument/hover', { textDocument: { uri: odd } }),
        (e: unknown) => e instanceof ResponseError,
      );
      await assert.rejects(
        client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: odd } }),
        (e: unknown) => e instanceof ResponseError,
      );
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uriOf(join(root, 'stories/not-open.md')), version: 2 },
        contentChanges: [{ text: 'x' }],
      });
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: odd, version: 2 },
        contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: -1, character: 5 } }, text: 'We did it.' }],
      });
      // Still alive, and still right on a real story.
      const p = await client.openAndWait(uriOf(join(root, 'stories/after-bad.md')), WE_STORY);
      assert.equal(ofRule(p, 'we-overuse').length, 2);
      assert.equal(client.proc.exitCode, null);
    } finally {
      await client.stop();
    }
  });
});
