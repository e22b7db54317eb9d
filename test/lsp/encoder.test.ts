// In-process tests of the bytes the server writes for a publish.
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import type { Message } from 'vscode-languageserver/node';
import { Writable } from 'node:stream';
import { encodable, encodableRun, jsonEncoder, PiecesMessageWriter } from '../../server/src/lsp/encoder';

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

describe('lsp: the stdio writer', () => {
  /** What the writer writes for `messages`, as one string, and how many writes it took. */
  async function writtenBy(messages: Message[]): Promise<{ text: string; chunks: number }> {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      writev(list, done) {
        for (const { chunk } of list) chunks.push(Buffer.from(chunk));
        done();
      },
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    const writer = new PiecesMessageWriter(stream);
    await Promise.all(messages.map((m) => writer.write(m)));
    return { text: Buffer.concat(chunks).toString('latin1'), chunks: chunks.length };
  }

  it('writes each message as its header and the bytes the encoder gives, in order, a long list in few pieces', async () => {
    const make = (line: number): Diagnostic => ({
      range: range(line, 0, 4),
      severity: 4,
      code: 'hedging',
      source: 'star-coach',
      message: `${line} — é`,
    });
    // 200 stories of three diagnostics each, encoded once; then one story changed and one diagnostic never encoded.
    const stories = Array.from({ length: 200 }, (_, s) => encodableRun([make(3 * s), make(3 * s + 1), make(3 * s + 2)]));
    const publish = (diagnostics: Diagnostic[], version: number) =>
      ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///s.md', version, diagnostics } }) as Message;
    const edited = stories.slice();
    edited[77] = encodableRun([make(1000)]);
    const messages = [
      publish(stories.flat(), 1),
      { jsonrpc: '2.0', id: 1, result: { é: 'ok' } } as Message,
      publish([...edited.flat(), make(5000)], 2),
      publish([], 3),
    ];
    const { text, chunks } = await writtenBy(messages);
    let expected = '';
    for (const m of messages) {
      const bytes = Buffer.from(await jsonEncoder.encode(m, { charset: 'utf-8' }));
      expected += `Content-Length: ${bytes.length}\r\n\r\n${bytes.toString('latin1')}`;
      if (m !== messages[1])
        assert.ok(
          bytes.every((b) => b < 0x80),
          'a publish is written in ASCII',
        );
    }
    assert.equal(text, expected);
    const second = JSON.parse(text.split('Content-Length: ')[3].split('\r\n\r\n')[1]);
    assert.deepEqual(second.params.diagnostics, JSON.parse(JSON.stringify([...edited.flat(), make(5000)])));
    // 600 diagnostics in 200 runs are written in segments of runs, not a write per story.
    assert.ok(chunks < 60, `${chunks} pieces written`);
  });
});
