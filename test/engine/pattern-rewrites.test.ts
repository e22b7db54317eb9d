import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { straighten } from '../../server/src/engine/language/phrases';
import { lowerSameLength } from '../../server/src/engine/language/text';
import { BLAME_PATTERNS } from '../../server/src/engine/lexicons/blame';
import { blameRegex } from '../../server/src/engine/rules/blame-shifting';

/*
 * Patterns written in a form that V8 compiles faster must match exactly what
 * the plain form matches: the same spans, on the repository's stories and on
 * strings made to probe the one place where the two forms differ.
 */

/** A sentence as blame-shifting searches it: lower case, straight apostrophes, every space one space. */
const asSearched = (text: string) => lowerSameLength(text.replace(/[’‘]/g, "'").replace(/\s/g, ' '));

function storySentences(): string[] {
  const roots = [join(__dirname, '../corpus/team'), join(__dirname, '../../examples'), join(__dirname, '../../docs')];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md')) files.push(join(d, e.name));
    }
  };
  for (const r of roots) walk(r);
  return files.flatMap((f) => readFileSync(f, 'utf8').split(/(?<=[.!?])\s+|\n\n/)).map((s) => asSearched(straighten(s)));
}

/** Every match of `re` in `text`, as start:end:text. */
function spans(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m.index + m[0].length}:${m[0]}`);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

/** Whatever might follow the end of a match: word characters, an apostrophe, a hyphen, punctuation, the end. */
const FOLLOWERS = ['', ' ', '.', ',', '-', "'", '_', 'x', '9', '- now', "'s", ' and then'];

describe('blame patterns compiled with (?<=\\w) for a final \\b', () => {
  const rewritten = BLAME_PATTERNS.filter((p) => p.source.endsWith(String.raw`\b`));
  // Whole words, and not the first half of a hyphenated word.
  const plain = (source: string) => new RegExp(String.raw`(?<![\w'])(?:${source})(?![\w'-])`, 'g');

  it('rewrites the patterns that end in a word boundary, and only those', () => {
    assert.ok(rewritten.length >= 5, `${rewritten.length} patterns end in \\b`);
    for (const p of BLAME_PATTERNS) {
      const source = blameRegex(p.source).source;
      assert.equal(source.includes(String.raw`(?<=\w))(?![\w'-])`), rewritten.includes(p), p.name);
    }
    // A backslash escaped before the b is a letter b, not a boundary: left as it is.
    assert.equal(blameRegex(String.raw`a\\b`).source, String.raw`(?<![\w'])(?:a\\b)(?![\w'-])`);
  });

  it('matches the same spans as the plain form on the stories', () => {
    const texts = storySentences();
    let matches = 0;
    for (const p of rewritten) {
      const [a, b] = [plain(p.source), blameRegex(p.source)];
      for (const text of texts) {
        const expected = spans(a, text);
        assert.deepEqual(spans(b, text), expected, `${p.name} on "${text}"`);
        matches += expected.length;
      }
    }
    assert.ok(matches > 0, 'no story sentence exercises a rewritten pattern');
  });

  it('matches the same spans where a match may end in a hyphen or be followed by a word character', () => {
    // Phrases each rewritten pattern matches, ended in every way that a boundary and the lookbehind could tell apart:
    // "someone from co-" can end in a hyphen, where a boundary needs a word character after it.
    const phrases = [
      'that delay was on them',
      'that slip was all on the vendor',
      'it was on someone from co-',
      'the outage was on someone from ops-team',
      "that one was on bob's team",
      'the vendor never tested',
      'they failed to even tell',
      'qa had not signed',
      'the night shift never followed',
      'it was caused by a lack of co- ordination',
      'they meant',
      'it was on my shift',
      'it was not on my problem',
      'and it worked',
      'we landed',
    ];
    let matched = 0;
    for (const p of rewritten) {
      const [a, b] = [plain(p.source), blameRegex(p.source)];
      for (const phrase of phrases)
        for (const after of FOLLOWERS)
          for (const text of [`${phrase}${after}`, `so ${phrase}${after} again`, `${phrase.replaceAll(' ', '-')}${after}`]) {
            const expected = spans(a, text);
            assert.deepEqual(spans(b, text), expected, `${p.name} on "${text}"`);
            matched += expected.length;
          }
    }
    assert.ok(matched > 20, `only ${matched} matches`);
  });

  it('is not the same as dropping the boundary, which the hyphen case tells apart', () => {
    const p = BLAME_PATTERNS.find((x) => x.name === 'that delay was on them');
    assert.ok(p);
    const dropped = new RegExp(String.raw`(?<![\w'])(?:${p.source.slice(0, -2)})(?![\w'])`, 'g');
    const text = 'it was on someone from co-.';
    assert.notDeepEqual(spans(dropped, text), spans(plain(p.source), text));
    assert.deepEqual(spans(blameRegex(p.source), text), spans(plain(p.source), text));
  });
});
