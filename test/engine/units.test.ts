import assert from 'node:assert/strict';
import { splitChunks } from '../../server/src/engine/document/markdown';
import { buildSkeleton, draftRange } from '../../server/src/engine/document/model';
import { PROSE_UNIT_MAX } from '../../server/src/engine/document/units';

/*
 * Long text with no heading is cut into bounded pieces: chunks for parsing,
 * units for checking. The cuts follow the text, so an edit changes only the
 * pieces around it, and chunks are never cut inside a fence or a comment.
 */

const SENTENCES = [
  'We maybe fixed the checkout flow for customers.',
  'I rewrote the queue and latency fell from 900 ms to 250 ms.',
  'The decision was made to wait.',
  'It was probably fine.',
];
function journal(size: number): string {
  const paragraphs: string[] = [];
  for (let n = 0, length = 0; length < size; n++) {
    paragraphs.push(`${SENTENCES[n % 4]} ${SENTENCES[(n * 7) % 4]} Entry ${n}.`);
    length += paragraphs[paragraphs.length - 1].length + 2;
  }
  return paragraphs.join('\n\n');
}
const texts = (text: string, pieces: Array<[number, number]>) => pieces.map(([s, e]) => text.slice(s, e));

describe('bounded pieces of long text with no heading', () => {
  it('chunks: at most 16 KB past their last line, cut before a paragraph', () => {
    const text = journal(200_000);
    const chunks = splitChunks(text);
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    for (const [s, e] of chunks) {
      assert.ok(e - s < 16 * 1024 + 200, `a chunk of ${e - s} characters`);
      assert.ok(s === 0 || text.slice(s - 2, s) === '\n\n', 'cut after a blank line');
    }
  });

  it('chunks: an edit changes the chunks around it, not the ones after', () => {
    const text = journal(200_000);
    const at = text.indexOf(' ', 50_000) + 1;
    const edited = `${text.slice(0, at)}really ${text.slice(at)}`;
    const before = new Set(texts(text, splitChunks(text)));
    const after = texts(edited, splitChunks(edited));
    const changed = after.filter((c) => !before.has(c));
    assert.ok(changed.length <= 2, `${changed.length} chunks changed`);
  });

  it('chunks: never cut inside a fence, a comment or before an indented line', () => {
    const filler = journal(6000);
    const text = [filler, '```', filler, '```', '', filler, '<!--', '', filler, '-->', '', filler, '- item', '', '    indented'].join('\n');
    const chunks = splitChunks(text);
    assert.ok(chunks.length > 2, `${chunks.length} chunks`);
    for (const [s] of chunks.slice(1)) {
      const before = text.slice(0, s);
      assert.equal((before.match(/^```/gm) ?? []).length % 2, 0, 'inside a fence');
      assert.ok(before.lastIndexOf('<!--') < before.lastIndexOf('-->') || !before.includes('<!--'), 'inside a comment');
      assert.match(text.slice(s, s + 1), /\S/);
    }
  });

  it('units: free prose past 24 KB is checked in units, each bounded; shorter prose stays one story', () => {
    const long = buildSkeleton(journal(300_000));
    assert.ok(long.drafts.length > 10, `${long.drafts.length} units`);
    for (const d of long.drafts) {
      const [s, e] = draftRange(d);
      assert.ok(e - s <= PROSE_UNIT_MAX + 200, `a unit of ${e - s} characters`);
    }
    assert.equal(buildSkeleton(journal(20_000)).drafts.length, 1);
  });

  it('units: an edit changes the units around it, not the ones after', () => {
    const text = journal(300_000);
    const at = text.indexOf(' ', 100_000) + 1;
    const edited = `${text.slice(0, at)}really ${text.slice(at)}`;
    const unitTexts = (t: string) => buildSkeleton(t).drafts.map((d) => t.slice(...draftRange(d)));
    const before = new Set(unitTexts(text));
    const changed = unitTexts(edited).filter((u) => !before.has(u));
    assert.ok(changed.length <= 2, `${changed.length} units changed`);
  });

  it('units: a long list is cut too, into bounded units', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `- I fixed item ${i} of the importer.`).join('\n\n');
    const { drafts } = buildSkeleton(items);
    assert.ok(drafts.length > 2, `${drafts.length} units`);
    for (const d of drafts) {
      const [s, e] = draftRange(d);
      assert.ok(e - s <= PROSE_UNIT_MAX + 200, `a unit of ${e - s} characters`);
    }
  });
});
