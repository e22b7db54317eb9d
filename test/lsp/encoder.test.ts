// In-process tests of the bytes the server writes for a publish.
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import type { Message } from 'vscode-languageserver/node';
import { encodable, encodableRun, jsonEncoder } from '../../server/src/lsp/encoder';

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

  it("writes a story's run of diagnostics as it is published now: whole, cut short, reordered or changed", async () => {
    const make = (line: number): Diagnostic => ({
      range: range(line, 0, 4),
      severity: 4,
      code: 'hedging',
      source: 'star-coach',
      message: `${line} — too`,
    });
    const run = encodableRun([make(1), make(2), make(3)]);
    const other = encodableRun([make(7), make(8)]);
    const lists = [
      [...run, ...other],
      [make(0), ...run],
      run.slice(0, 2),
      [run[1], run[0], run[2]],
      [...other, run[0]],
      [run[0], { ...run[1], message: 'changed' }, run[2]],
    ];
    for (const list of lists) {
      const { bytes, read } = await written(list);
      assert.ok(bytes.every((b) => b < 0x80));
      assert.deepEqual((read as { params: { diagnostics: Diagnostic[] } }).params.diagnostics, JSON.parse(JSON.stringify(list)));
    }
    run[2].message = 'changed after';
    const { read } = await written(run);
    assert.equal((read as { params: { diagnostics: Diagnostic[] } }).params.diagnostics[2].message, 'changed after');
  });
});
