import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/engine/lint';
import type { Finding } from '../../server/src/engine/types';
import { computeLineStarts, positionAt } from '../../server/src/engine/document/positions';
import { parseChunk } from '../../server/src/engine/document/markdown';
import { REFERENCES, render, storyShape as shapeArb } from './generators';

/*
 * One position mapping, proven exact. Generated stories mix the families that
 * used to shift ranges: a character reference followed by the character it
 * decodes to (`&copy;©`, astral references), continuation lines indented 13
 * or more spaces, a leading byte-order mark, CR and CRLF line endings in files
 * large enough to be parsed in pieces, and surrogate pairs. Every finding must
 * lie inside the document on whole characters and whole lines, appear once,
 * and cover the text its message quotes (a hedge exactly).
 */

/** Source text as the reader sees it: references decoded, line breaks and runs of spaces as one space. */
function readable(source: string): string {
  let out = source;
  for (const [ref, ch] of REFERENCES) out = out.split(ref).join(ch);
  return out.replace(/\s+/g, ' ').toLowerCase();
}

/** The text a message quotes between its first pair of backticks, for the sentence-level rules that quote the text they flag. */
const QUOTING = new Set(['hedging', 'blame-shifting', 'passive-voice', 'unquantified-claim', 'shallow-principle', 'inconsistent-metric']);
const quoteOf = (f: Finding) => (QUOTING.has(f.ruleId) ? /`([^`]+)`/.exec(f.message)?.[1] : undefined);
/** Story-level rules that sit on the title and quote a phrase of the story: the phrase must be in the story after the title. */
const QUOTING_STORY = new Set(['no-alternatives']);

function checkRanges(text: string, findings: readonly Finding[]): void {
  const starts = computeLineStarts(text);
  const lineLength = (line: number) => {
    const end = line + 1 < starts.length ? starts[line + 1] : text.length;
    return text.slice(starts[line], end).replace(/\r?\n$|\r$/, '').length;
  };
  const seen = new Set<string>();
  for (const f of findings) {
    const what = `${f.ruleId} ${f.start}-${f.end} ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`;
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `out of bounds: ${what}`);
    if (text.charCodeAt(0) === 0xfeff) assert.ok(f.start >= 1, `starts on the byte-order mark: ${what}`);
    for (const at of [f.start, f.end]) {
      assert.ok(!(text[at - 1] === '\r' && text[at] === '\n'), `splits a CRLF: ${what}`);
      const c = text.charCodeAt(at);
      assert.ok(
        !(c >= 0xdc00 && c <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff),
        `splits a surrogate pair: ${what}`,
      );
      const p = positionAt(text, at, starts);
      assert.ok(p.character <= lineLength(p.line), `past the end of line ${p.line + 1}: ${what}`);
    }
    const key = `${f.ruleId}\u0000${f.start}\u0000${f.end}\u0000${f.message}`;
    assert.ok(!seen.has(key), `reported twice: ${what}`);
    seen.add(key);
    if (QUOTING_STORY.has(f.ruleId)) {
      const phrase = /`([^`]+)`/.exec(f.message)?.[1];
      if (phrase) assert.ok(readable(text.slice(f.start)).includes(readable(phrase)), `the story does not hold its quote: ${what}`);
      continue;
    }
    const quote = quoteOf(f);
    if (quote === undefined) continue;
    const covered = readable(text.slice(f.start, f.end));
    if (f.ruleId === 'hedging') assert.equal(covered, readable(quote), `a hedge underlined inexactly: ${what}`);
    else assert.ok(covered.includes(readable(quote)), `the range does not cover its quote: ${what}`);
  }
}

describe('every reported range is exact', () => {
  it('on generated stories mixing references, deep continuation indents, a BOM, CR/CRLF and surrogate pairs', () => {
    let hedges = 0;
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const text = render(shape);
        const { findings } = lint(text, { force: true });
        checkRanges(text, findings);
        hedges += findings.filter((f) => f.ruleId === 'hedging').length;
      }),
      { numRuns: 150, seed: 11 },
    );
    // The property means something only if the generated stories are flagged.
    assert.ok(hedges > 100, `only ${hedges} hedges found`);
  });

  it('a reference followed by the character it decodes to shifts nothing after it', () => {
    for (const [ref, ch] of REFERENCES) {
      const text =
        `**Situation:** A ${ref}${ch}${ref}${ch} thing. Uh, maybe it was the queue.\n\n**Action:** I fixed ` +
        `it.\n\n**Result:** It worked.\n`;
      const hedges = lint(text, { force: true }).findings.filter((f) => f.ruleId === 'hedging');
      assert.deepEqual(
        hedges.map((f) => text.slice(f.start, f.end)),
        ['Uh', 'maybe'],
        ref,
      );
    }
  });

  it('a continuation line indented 13 or more spaces underlines the word, not the spaces', () => {
    for (const indent of [13, 20, 64]) {
      const text =
        `**Situation:** A thing happened\n${' '.repeat(indent)}and maybe it was the queue.\n\n**Action:** I ` +
        `fixed it.\n\n**Result:** It worked.\n`;
      const hedges = lint(text, { force: true }).findings.filter((f) => f.ruleId === 'hedging');
      assert.deepEqual(
        hedges.map((f) => text.slice(f.start, f.end)),
        ['maybe'],
      );
    }
  });

  it('a leading byte-order mark moves nothing, and "in this file" writes after it', () => {
    const plain = '## Story\n\n**Situation:** maybe it was the queue.\n\n**Action:** I fixed it.\n\n**Result:** It worked.\n';
    const a = lint(plain, { force: true }).findings;
    const b = lint(`\uFEFF${plain}`, { force: true }).findings;
    assert.deepEqual(
      b.map((f) => [f.ruleId, f.start - 1, f.end - 1]),
      a.map((f) => [f.ruleId, f.start, f.end]),
    );
  });

  it('story-level flags in a large CRLF file end on their line', () => {
    const story = (n: number) =>
      `## Story ${n}\r\n\r\n**Situation:** It was slow.\r\n\r\n**Action:** I maybe fixed it.\r\n\r\n**Result:** It worked.\r\n\r\n`;
    const text = Array.from({ length: 120 }, (_, i) => story(i)).join('');
    assert.ok(text.length > 8 * 1024);
    checkRanges(text, lint(text, { force: true }).findings);
  });

  it('a CRLF blank line after a paragraph over 8 KB is no paragraph of its own', () => {
    const text = `${'I maybe rewrote it. '.repeat(500)}\r\n\r\n\r\nWe shipped it.\r\n`;
    const blocks = parseChunk(text, 0, text.length).blocks;
    assert.deepEqual(
      blocks.map((b) => text.slice(b.start, b.start + 2)),
      ['I ', 'We'],
    );
  });
});
