// In-process test of the line starts the server takes from the text document on each edit.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStartsOf } from '../../server/src/lsp/analysis';
import { computeLineStarts } from '../../server/src/engine/document/positions';

describe('lsp: line starts across incremental edits', () => {
  it('equal a scan of the text after each edit, with \\n, \\r\\n and \\r line breaks split and joined', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['\n', '\r\n', '\r', 'word ', 'We fixed it. ', '', '\n\n', 'x\r', '\ny'];
    let doc = TextDocument.create('file:///s.md', 'markdown', 1, 'A title\r\n\r\nFirst line.\nSecond line.\rThird.\n');
    let before: { text: string; starts: () => readonly number[] } | undefined;
    for (let version = 2; version < 400; version++) {
      const text = doc.getText();
      const a = random(text.length + 1);
      const b = Math.min(text.length, a + random(4));
      const change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: pieces[random(pieces.length)] };
      doc = TextDocument.update(doc, [change], version);
      const now = doc.getText();
      const starts = lineStartsOf(doc, now);
      assert.deepEqual(starts(), computeLineStarts(now), `after edit ${version}: ${JSON.stringify(change)}`);
      // Read after the document moved on (it changes its own in place): the starts of the text it was taken for.
      if (before) assert.deepEqual(before.starts(), computeLineStarts(before.text), `the version before ${version}`);
      before = { text: now, starts };
    }
  });
});
