import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitChunks, lineHash } from '../../server/src/engine/document/markdown';

/*
 * splitChunks skips slicing and matching lines that cannot matter (it was most
 * of an edit's cost in a 1 MB file). This is the plain line-by-line reading it
 * replaced, kept as the reference: both must cut every text at the same places.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
function reference(text: string, from = 0, to = text.length, minSize = 1024): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let chunkStart = from;
  let fence: string | undefined;
  let inComment = false;
  let afterBlank = false;
  let pos = from;
  while (pos < to) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > to) eol = to;
    const line = text.slice(pos, Math.min(eol, pos + 200));
    const f = FENCE.exec(line);
    const size = pos - chunkStart;
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = undefined;
    } else if (f) {
      fence = f[1];
    } else if (size >= minSize && ATX.test(line)) {
      chunks.push([chunkStart, pos]);
      chunkStart = pos;
    } else if (size >= 4 * 1024 && afterBlank && !inComment && /^[^\s>]/.test(line) && (size >= 16 * 1024 || lineHash(line) % 8 === 0)) {
      chunks.push([chunkStart, pos]);
      chunkStart = pos;
    }
    if (!fence) {
      const open = line.lastIndexOf('<!--');
      if (open >= 0) inComment = line.indexOf('-->', open) < 0;
      else if (inComment && line.includes('-->')) inComment = false;
    }
    afterBlank = line.trim() === '';
    pos = eol + 1;
  }
  if (chunkStart < to || chunks.length === 0) chunks.push([chunkStart, to]);
  return chunks;
}

const lines = [
  '',
  ' ',
  '   ',
  ' \t',
  '\u00a0',
  '\r',
  '## Story',
  '   ### Action',
  '    # indented code',
  '#hashtag',
  '```',
  '```js',
  '~~~',
  '  ````',
  '<!--',
  '<!-- note',
  '-->',
  'end -->',
  '<!-- note -->',
  '> quote',
  'We shipped it.',
  'I fixed the queue and latency fell, and the team was happier for it. '.repeat(3),
  `${'x'.repeat(198)}<!--`,
  `${'y'.repeat(197)}-->`,
  'Zoë was there 😀',
];
const proseOnly = lines.filter((l) => !l.includes('#'));
const doc = fc
  .tuple(fc.boolean(), fc.array(fc.nat(), { minLength: 50, maxLength: 1500, size: 'max' }))
  .map(([headings, picks]) => picks.map((k) => (headings ? lines : proseOnly)[k % (headings ? lines : proseOnly).length]).join('\n'));

describe('chunking', () => {
  it('cuts every text where the line-by-line reading cuts it', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom(16, 64, 1024), fc.nat(), (text, minSize, from) => {
        const start = text.length ? from % text.length : 0;
        assert.deepEqual(splitChunks(text, start, text.length, minSize), reference(text, start, text.length, minSize));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts long prose with no heading where the line-by-line reading cuts it', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `${i % 7 === 0 ? '<!-- a note -->\n' : ''}Entry ${i}: we maybe shipped it.`);
    const text = paragraphs.join('\n\n');
    const chunks = splitChunks(text);
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    assert.deepEqual(chunks, reference(text));
  });
});
