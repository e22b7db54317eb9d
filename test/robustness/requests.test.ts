import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, ResponseError } from 'vscode-languageserver-protocol/node';
import { buildOnce, SERVER } from '../lsp/client';

/* Requests out of order or out of shape get errors, never a crash (what lifecycle.test.ts does not cover). */
describe('requests out of order', function () {
  this.timeout(60_000);
  before(() => buildOnce());

  it('answers requests before initialize with an error and then initializes normally', async () => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.listen();
    try {
      const uri = `file://${join(__dirname, 'nowhere.star.md')}`;
      await assert.rejects(conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), (e: unknown) => e instanceof ResponseError);
      await assert.rejects(conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), (e: unknown) => e instanceof ResponseError);
      const init = (await conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as { capabilities: { hoverProvider?: boolean } };
      assert.ok(init.capabilities.hoverProvider);
      conn.sendNotification('initialized', {});
      assert.equal(await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
      await assert.rejects(conn.sendRequest('textDocument/hover', { position: { line: -1, character: 0 } }), (e: unknown) => e instanceof ResponseError);
      assert.equal(proc.exitCode, null, 'still running');
      await conn.sendRequest('shutdown');
      conn.sendNotification('exit');
      const code = await new Promise<number | null>((res) => proc.once('exit', res));
      assert.equal(code, 0);
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});
