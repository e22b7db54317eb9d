// In-process tests of the bytes the server writes for a publish.
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import type { Message } from 'vscode-languageserver/node';
import { encodable, jsonEncoder } from '../../server/src/lsp/encoder';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

/** A publish of `diagnostics` as the server's writer encodes it: its bytes, and those bytes read back. */
async function written(diagnostics: Diagnostic[]): Promise<{ bytes: Uint8Array; read: unknown }> {
  const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///s.md', version: 3, diagnostics } };
  const bytes = await jsonEncoder.encode(msg as Message, { charset: 'utf-8' });
  return { bytes, read: JSON.parse(Buffer.from(bytes).toString('utf8')) };
}

describe('lsp: the bytes of a publish', () => {
  it('writes every diagnostic as JSON.stringify would, in ASCII, whether encoded before or not', async () => {
    const texts = ['Name who did it — if it was you, say `I`.', '`kind of` 🚀 sounds unsure too (2 of 6; the first is on line 5).'];
    const make = (message: string, line: number): Diagnostic => ({
      range: range(line, 2, 9),
      severity: 4,
      code: 'hedging',
      source: 'star-coach',
      message,
      data: { repeat: true },
    });
    const diagnostics = [encodable(make(texts[0], 1)), make(texts[1], 2), encodable(make(texts[1], 3))];
    const { bytes, read } = await written(diagnostics);
    assert.ok(
      bytes.every((b) => b < 0x80),
      'pure ASCII: a client decodes it on its fast path',
    );
    assert.deepEqual(
      read,
      JSON.parse(
        JSON.stringify({
          jsonrpc: '2.0',
          method: 'textDocument/publishDiagnostics',
          params: { uri: 'file:///s.md', version: 3, diagnostics },
        }),
      ),
    );
  });

  it('writes a diagnostic changed after it was encoded as it is now', async () => {
    const d = encodable({ range: range(0, 0, 2), message: 'before', source: 'star-coach', code: 'hedging' });
    d.message = 'after';
    d.range = range(4, 0, 2);
    const { read } = await written([d]);
    assert.deepEqual((read as { params: { diagnostics: Diagnostic[] } }).params.diagnostics, [
      { range: range(4, 0, 2), message: 'after', source: 'star-coach', code: 'hedging' },
    ]);
  });
});
