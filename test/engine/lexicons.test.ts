import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phraseRegex } from '../../server/src/engine/language/phrases';

/*
 * Word lists have one format (lexicons/words.ts): single words in a `words`
 * template, phrases as regular-expression sources. These tests keep it that way.
 */

const ENGINE = join(__dirname, '../../server/src/engine');
const LEXICONS = join(ENGINE, 'lexicons');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('lexicons', () => {
  const modules = readdirSync(LEXICONS)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f, require(join(LEXICONS, f)) as Record<string, unknown>] as const);

  it('hold single lower-case words in every word list', () => {
    let lists = 0;
    for (const [file, mod] of modules) {
      for (const [name, value] of Object.entries(mod)) {
        if (!(value instanceof Set)) continue;
        lists++;
        for (const w of value) {
          assert.equal(typeof w, 'string', `${file} ${name}`);
          assert.match(w, /^\S+$/, `${file} ${name}: "${w}" is not one word`);
          assert.equal(w, w.toLowerCase(), `${file} ${name}: "${w}" is not lower case`);
          assert.doesNotMatch(w, /[’‘]/, `${file} ${name}: "${w}" has a curly apostrophe`);
        }
      }
    }
    assert.ok(lists > 50, `found ${lists} word lists`);
  });

  it('hold phrase lists whose every entry compiles as a phrase pattern', () => {
    let lists = 0;
    for (const [file, mod] of modules) {
      for (const [name, value] of Object.entries(mod)) {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) continue;
        lists++;
        for (const p of value) assert.doesNotThrow(() => phraseRegex([p]), `${file} ${name}: ${p}`);
      }
    }
    assert.ok(lists > 20, `found ${lists} phrase lists`);
  });

  it('are the only way the engine writes a list of words: no Set literal of strings anywhere', () => {
    const offenders = sourceFiles(ENGINE).filter((f) => /new Set(?:<string>)?\(\s*\[\s*['"]/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('keep one copy of the closed word classes: no module spells out its own determiners', () => {
    const copies = sourceFiles(ENGINE)
      .filter((f) => !f.endsWith('function-words.ts'))
      .filter((f) => /words`\s*(?:the a an|a an the)\b/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(copies, []);
  });
});
