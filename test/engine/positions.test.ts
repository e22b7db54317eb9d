import assert from 'node:assert/strict';
import { computeLineStarts, positionAt, offsetAt } from '../../server/src/engine/document/positions';
import { lintWith } from '../helpers';

describe('positions', () => {
  it('maps offsets to 0-based lines and characters', () => {
    const text = 'one\ntwo\nthree';
    assert.deepEqual(positionAt(text, 0), { line: 0, character: 0 });
    assert.deepEqual(positionAt(text, 3), { line: 0, character: 3 });
    assert.deepEqual(positionAt(text, 4), { line: 1, character: 0 });
    assert.deepEqual(positionAt(text, 10), { line: 2, character: 2 });
  });

  it('counts an emoji before a word as two UTF-16 code units', () => {
    const text = 'Shipped 🚀 faster';
    const offset = text.indexOf('faster');
    assert.deepEqual(positionAt(text, offset), { line: 0, character: 11 });
  });

  it('keeps the \\r of a CRLF on the line it ends', () => {
    const text = 'first\r\nsecond\r\n';
    assert.deepEqual(computeLineStarts(text), [0, 7, 15]);
    assert.deepEqual(positionAt(text, text.indexOf('\r')), { line: 0, character: 5 });
    assert.deepEqual(positionAt(text, text.indexOf('second')), { line: 1, character: 0 });
    assert.deepEqual(positionAt(text, text.length), { line: 2, character: 0 });
  });

  it('breaks lines at a lone \\r, as LSP clients do', () => {
    assert.deepEqual(computeLineStarts('a\rb\nc'), [0, 2, 4]);
    assert.deepEqual(positionAt('a\rb\nc', 2), { line: 1, character: 0 });
  });

  it('clamps offsets outside the text', () => {
    assert.deepEqual(positionAt('ab\ncd', -5), { line: 0, character: 0 });
    assert.deepEqual(positionAt('ab\ncd', 99), { line: 1, character: 2 });
    assert.deepEqual(positionAt('', 0), { line: 0, character: 0 });
  });

  it('reuses precomputed line starts', () => {
    const text = 'x\ny\nz';
    const starts = computeLineStarts(text);
    assert.deepEqual(positionAt(text, 4, starts), { line: 2, character: 0 });
  });

  it('converts positions back to offsets, clamping to the line before its break', () => {
    const text = 'ab\r\ncd\nef';
    for (let i = 0; i <= text.length; i++) {
      if (text[i - 1] === '\r' && text[i] === '\n') continue; // between \r and \n is not a position
      assert.equal(offsetAt(text, positionAt(text, i)), i, `offset ${i}`);
    }
    assert.equal(offsetAt(text, { line: 0, character: 40 }), 2);
    assert.equal(offsetAt(text, { line: 9, character: 0 }), text.length);
    assert.equal(offsetAt(text, { line: -1, character: 3 }), 0);
  });

  it('places a finding after an emoji on a CRLF line where an editor shows it', () => {
    const text = [
      '## Search relaunch 🔎',
      '',
      '**Situation:** Our search page lost users.',
      '',
      '**Action:** 🚀 We rebuilt the ranking. We tuned the index. I wrote the tests.',
      '',
      '**Result:** Searches per visit rose from 1.2 to 1.9.',
      '',
    ].join('\r\n');
    const findings = lintWith('we-overuse', text);
    assert.ok(findings.length >= 1);
    const first = findings[0];
    assert.equal(text.slice(first.start, first.end), 'We');
    // '**Action:** ' is 12 code units, the rocket 2 more, then a space.
    assert.deepEqual(positionAt(text, first.start), { line: 4, character: 15 });
    assert.deepEqual(positionAt(text, first.end), { line: 4, character: 17 });
  });
});
