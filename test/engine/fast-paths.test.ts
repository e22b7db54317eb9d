import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phraseRegex, nearRegex, straighten } from '../../server/src/engine/language/phrases';
import { requiredLiterals, mayMatch } from '../../server/src/engine/language/required-text';
import { countLetterRuns, countWords, lowerSameLength, tokenize, WORD } from '../../server/src/engine/language/text';
import { ProbeIndex, MayMatchIndex } from '../../server/src/engine/language/probes';
import { leadsOf, LedPattern, PartyStarts } from '../../server/src/engine/language/starts';
import { BLAME_PATTERNS } from '../../server/src/engine/lexicons/blame';
import { blameRegex, isLed, PARTIES, patternMatches } from '../../server/src/engine/rules/blame-shifting';
import { DECISION_PATTERNS } from '../../server/src/engine/rules/no-alternatives';
import { asciiWords } from '../../server/src/engine/quantities/words';
import { byFirstWord, IDIOMS, phraseStartingAt, RESULT_IDIOMS, RISES } from '../../server/src/engine/language/outcomes';
import { mayStateChange, percentagesIn, sharesOverWholeInFull, statedChangesInFull } from '../../server/src/engine/quantities/changes';
import { lint } from '../../server/src/engine/lint';
import { inconsistentMetric } from '../../server/src/engine/rules/inconsistent-metric';
import type { Token } from '../../server/src/engine/types';
import { isI, isWe, SUBJECT_STARTS, teamAndI, teamSubjectEnd } from '../../server/src/engine/language/actors';

/*
 * Fast paths that must give the same answers as the slow ones they replace.
 * The phrase helpers skip a pattern on text that lacks every literal the
 * pattern requires (language/required-text.ts): these tests hold it to never
 * skipping text the pattern matches. Word counts are counted without slicing.
 */

const LEXICONS = join(__dirname, '../../server/src/engine/lexicons');

/** Every phrase list of every lexicon, as the rules compile them. */
function phraseLists(): Array<[string, readonly string[]]> {
  const out: Array<[string, readonly string[]]> = [];
  const add = (name: string, value: unknown) => {
    if (Array.isArray(value) && value.length && value.every((v) => typeof v === 'string')) out.push([name, value]);
    else if (value && typeof value === 'object' && !(value instanceof Set) && !Array.isArray(value))
      for (const [k, v] of Object.entries(value)) add(`${name}.${k}`, v);
    else if (Array.isArray(value)) for (const [i, v] of value.entries()) add(`${name}[${i}]`, v);
  };
  for (const f of readdirSync(LEXICONS).filter((x) => x.endsWith('.ts'))) {
    for (const [name, value] of Object.entries(require(join(LEXICONS, f)) as Record<string, unknown>)) add(`${f}:${name}`, value);
  }
  return out;
}

/** The repository's stories and docs, whole and straightened, as the bank searches a story. */
function wholeTexts(): string[] {
  return storyFiles().map((f) => straighten(readFileSync(f, 'utf8')));
}

/** Sentences of the repository's stories and docs, straightened as the rules search them. */
function sentences(): string[] {
  return storyFiles()
    .flatMap((f) => readFileSync(f, 'utf8').split(/(?<=[.!?])\s+|\n\n/))
    .map(straighten);
}

/** The strings of the blame rule's tests: the sentences that blame, where the stories mostly hold ones that do not. */
function blameTestStrings(): string[] {
  const tests = readFileSync(join(__dirname, 'rules/blame-shifting.test.ts'), 'utf8');
  return [...tests.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)].map((m) => (m[1] ?? m[2]).replace(/\\'/g, "'"));
}

function storyFiles(): string[] {
  const roots = [join(__dirname, '../corpus/team'), join(__dirname, '../../examples'), join(__dirname, '../../docs')];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md')) files.push(join(d, e.name));
    }
  };
  for (const r of roots) walk(r);
  return files;
}

describe('required text of a pattern', function () {
  // Every phrase list is run over every sentence of the team corpus, the examples and the docs (about 6.5 s alone here),
  // and the docs grow each session: a loaded CI run once took over the default 20 s.
  this.timeout(120_000);
  it('reads the literal every match must hold', () => {
    assert.deepEqual(requiredLiterals('(?:i|we) (?:was|were|had been) (?:wrong|mistaken)'), ['wrong', 'mistaken']);
    assert.deepEqual(requiredLiterals('root[- ]cause|traced (?:it|the \\w+)?\\s?(?:back )?to'), ['cause', 'traced ']);
    assert.deepEqual(requiredLiterals('x(?:foo|bar)?baz'), ['baz']);
    assert.deepEqual(requiredLiterals('Lost (?:The )+DEAL'), ['lost ']);
    assert.deepEqual(requiredLiterals('1:1s?'), ['1:1']);
  });

  it('gives no test when some alternative requires nothing long enough', () => {
    assert.equal(requiredLiterals('vs\\.?|v\\.'), undefined);
    assert.equal(requiredLiterals('ab+c'), undefined);
    assert.equal(requiredLiterals('deadline|\\w+ly'), undefined);
    assert.equal(requiredLiterals('deadline|(?:late)?'), undefined);
    assert.equal(requiredLiterals('deadline|(?=late)'), undefined);
  });

  it('never skips text a lexicon pattern matches', () => {
    const texts = sentences();
    assert.ok(texts.length > 1000, `only ${texts.length} sentences`);
    let skipped = 0;
    let tested = 0;
    for (const [name, list] of phraseLists()) {
      const re = phraseRegex(list);
      for (const text of texts) {
        re.lastIndex = 0;
        const matches = re.test(text);
        const may = mayMatch(re, text);
        if (matches) assert.ok(may, `${name} matches "${text}" but mayMatch said no`);
        if (!may) skipped++;
        tested++;
      }
    }
    // The test is worth having only if it skips most of the searches.
    assert.ok(skipped > tested / 2, `skipped ${skipped} of ${tested}`);
  });

  it("never skips a sentence no-alternatives' decision patterns match", () => {
    const texts = sentences();
    let skipped = 0;
    let matched = 0;
    for (const re of DECISION_PATTERNS) {
      for (const text of texts) {
        re.lastIndex = 0;
        const matches = re.test(text);
        const may = mayMatch(re, text);
        if (matches) assert.ok(may, `${re.source.slice(0, 60)}… matches "${text}" but mayMatch said no`);
        if (!may) skipped++;
        if (matches) matched++;
      }
    }
    assert.ok(matched > 100, `only ${matched} matches`);
    assert.ok(skipped > (texts.length * DECISION_PATTERNS.length) / 2, `skipped ${skipped}`);
  });

  it('marks, for many patterns at once, what mayMatch says of each, on sentences and on whole stories', () => {
    const lists = phraseLists();
    const res = lists.map(([, list]) => phraseRegex(list));
    const index = new MayMatchIndex(res);
    const texts = [...sentences(), ...wholeTexts()];
    let skipped = 0;
    let long = 0;
    for (const text of texts) {
      const marks = index.patternsIn(text);
      for (const [k, re] of res.entries()) {
        re.lastIndex = 0;
        if (re.test(text)) assert.equal(marks[k], 1, `${lists[k][0]} matches "${text.slice(0, 200)}" but was not marked`);
        // mayMatch searches long text in full without testing it; the index tests it the same way.
        if (text.length <= 1000) assert.equal(marks[k] === 1, mayMatch(re, text), `${lists[k][0]} on "${text}"`);
        else if (!marks[k]) long++;
        if (!marks[k]) skipped++;
      }
    }
    assert.ok(skipped > (texts.length * res.length) / 2, `skipped ${skipped}`);
    assert.ok(long > 1000, `skipped ${long} searches of whole stories`);
    // Every phrase list on every sentence and whole file of the repository's stories and docs: it grows with them (about
    // 47 s alone here with 7,348 corpus files, and 90 s was passed in a loaded full run, with another job beside it).
  }).timeout(240_000);

  it('searches text in full when a character folds to an ASCII letter without lower-casing to it', () => {
    const re = phraseRegex(['setbacks?', 'kick-?off']);
    for (const text of ['a real ſetback', 'the \u212Aickoff slipped']) {
      re.lastIndex = 0;
      assert.ok(re.test(text), text);
      assert.ok(mayMatch(re, text), text);
    }
    const near = nearRegex(['deadline'], ['missed'], 3);
    assert.equal(mayMatch(near, 'nothing here at all'), false);
    assert.equal(mayMatch(near, 'the DEADLINE was missed'), true);
    const index = new MayMatchIndex([phraseRegex(['setbacks?']), near]);
    assert.deepEqual([...index.patternsIn('a real ſetback')], [1, 1]);
    assert.deepEqual([...index.patternsIn('a real setback')], [1, 0]);
  });
});

describe('probes of the blame patterns', () => {
  /** A sentence as blame-shifting searches it: lower case, straight apostrophes, every space one space. */
  const asSearched = (text: string) => lowerSameLength(text.replace(/[’‘]/g, "'").replace(/\s/g, ' '));
  const includesSome = (probes: readonly string[], text: string) => probes.some((w) => text.includes(w));

  it('marks exactly the patterns whose probes a text holds, as one includes per probe would', () => {
    const index = new ProbeIndex(BLAME_PATTERNS.map((p) => p.probe));
    const texts = sentences().map(asSearched);
    let marked = 0;
    for (const text of texts) {
      const marks = index.patternsIn(text);
      for (const [k, p] of BLAME_PATTERNS.entries()) {
        assert.equal(marks[k] === 1, includesSome(p.probe, text), `${p.name} on "${text}"`);
        marked += marks[k];
      }
    }
    // Worth having only if most patterns are passed over on most sentences.
    assert.ok(marked < (texts.length * BLAME_PATTERNS.length) / 4, `marked ${marked}`);
  });

  it('finds probes that overlap, nest or start inside one another', () => {
    // Every string of up to 7 characters over a small alphabet, against probes that are prefixes,
    // suffixes and overlaps of each other.
    const lists = [['ab'], ['a b', 'ba'], ['abab'], ['b', 'bb '], ['aba'], [' a'], [], ['bab', 'ab'], ['b b'], ['', 'zz']];
    const index = new ProbeIndex(lists);
    const texts = [''];
    for (let n = 0; n < 7; n++) for (const t of texts.filter((x) => x.length === n)) texts.push(`${t}a`, `${t}b`, `${t} `);
    for (const text of texts) {
      const marks = index.patternsIn(text);
      for (const [k, list] of lists.entries()) assert.equal(marks[k] === 1, includesSome(list, text), `${list} on "${text}"`);
    }
  });

  it('lets through every sentence a blame pattern matches', () => {
    // The probes are data beside each pattern: a probe that a match can lack would silently lose findings.
    const texts = [...sentences(), ...blameTestStrings()].map(asSearched);
    let matches = 0;
    for (const p of BLAME_PATTERNS) {
      // As the rule compiles them.
      const re = blameRegex(p.source);
      for (const text of texts) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          assert.ok(includesSome(p.probe, m[0]), `${p.name}: "${m[0]}" holds no probe`);
          if (p.alsoProbe) assert.ok(includesSome(p.alsoProbe, m[0]), `${p.name}: "${m[0]}" holds no second probe`);
          matches++;
        }
      }
    }
    assert.ok(matches >= 10, `only ${matches} matches`);
    // Every blame pattern over every sentence of the stories and docs (about 25 s alone here, and the docs grow each
    // session): the default 20 s was passed once in a loaded full run.
  }).timeout(180_000);
});

describe('blame patterns searched only where they can start', () => {
  const asSearched = (text: string) => lowerSameLength(text.replace(/[’‘]/g, "'").replace(/\s/g, ' '));
  /** Every match of `re` in `text`, as start:end:text. */
  const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m.index + m[0].length}:${m[0]}`);
  function globalMatches(re: RegExp, text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
    return out;
  }

  it('reads what each alternative opens with', () => {
    const parties = ['(?:they|the (?:vendor|client))', '(?:(?:they|the (?:vendor|client))|the previous (?:lead|owner))'];
    assert.deepEqual(leadsOf(`${parties[0]} never ran it`, parties), [{ party: 0 }]);
    assert.deepEqual(leadsOf(`(?<!\\bif )${parties[1]} had|\\blost (?:a|the) (?:${parties[0]})'s? day`, parties), [
      { party: 1 },
      { literal: 'lost ' },
    ]);
    assert.deepEqual(leadsOf(`(?:(?:${parties[0]})'s (?:code)|(?:their|his) (?:code)) was bad`, parties), [
      { party: 0 },
      { literal: 'their' },
      { literal: 'his' },
    ]);
    // The last letter of "depts?" may be missing; a party that may be left out leads nothing.
    assert.deepEqual(leadsOf('depts? said', parties), [{ literal: 'dept' }]);
    assert.equal(leadsOf(`(?:${parties[0]} )?never ran it`, parties), undefined);
    assert.equal(leadsOf(`${parties[0]}? never`, parties), undefined);
    assert.equal(leadsOf(String.raw`they did|[\w-]+ed it`, parties), undefined);
    assert.equal(leadsOf('(?:a )?b|x', parties), undefined);
  });

  it('finds the same matches as a search from every position, on the stories and the rule tests', () => {
    const texts = [...sentences(), ...blameTestStrings()].map(asSearched);
    // Each pattern on the sentences that hold its probes, as the rule searches them.
    const probes = new ProbeIndex(BLAME_PATTERNS.map((p) => p.probe));
    const probed = texts.map((t) => [...probes.patternsIn(t)]);
    let led = 0;
    let matches = 0;
    for (const [k, p] of BLAME_PATTERNS.entries()) {
      if (!isLed(k)) continue;
      led++;
      const re = blameRegex(p.source);
      for (const [i, text] of texts.entries()) {
        if (!probed[i][k]) continue;
        const expected = spans(globalMatches(re, text));
        assert.deepEqual(spans(patternMatches(k, text)), expected, `${p.name} on "${text}"`);
        matches += expected.length;
      }
    }
    // Worth having only if the patterns that open on a party, the slowest to search from everywhere, are led.
    assert.ok(led >= 25, `only ${led} patterns led`);
    assert.ok(matches >= 150, `only ${matches} matches`);
  });

  it("finds each party's starts as a search for the whole party would, one party found through another", () => {
    const starts = new PartyStarts(PARTIES);
    const texts = sentences().map(asSearched);
    let found = 0;
    for (const [k, party] of PARTIES.entries()) {
      const re = new RegExp(String.raw`(?<![\w'])(?:${party})`, 'g');
      for (const text of texts) {
        const expected: number[] = [];
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          expected.push(m.index);
          re.lastIndex = m.index + 1;
        }
        assert.deepEqual(starts.of(k, text), expected, `party ${k} in "${text}"`);
        found += expected.length;
      }
    }
    assert.ok(found > 1000, `only ${found} starts`);
  });

  it('finds matches that overlap a party, start inside one or follow one another', () => {
    const party = "(?:they|the (?:[\\w'-]{1,30} ){0,2}?(?:team|vendor)|[\\w-]{1,30}'s team)";
    const sources = [
      `${party} (?:never|did not) (?:run|ran|test)`,
      `${party} (?:kept|had) [\\w-]+|lost (?:a )?day`,
      `(?<!\\bif )${party}(?: team)? (?:said|sent)`,
    ];
    const texts = [
      'they never ran it and they never ran it',
      "the vendor's team never ran the tests, then the vendor team did not test",
      'the old vendor team team said so, and they kept going; lost a day, lost day',
      'if they sent it, then they sent it. the team sent the team said',
      "bob's team bob's team never ran they never test",
    ];
    const starts = new PartyStarts([party]);
    let matches = 0;
    for (const source of sources) {
      const re = blameRegex(source);
      const leads = leadsOf(source, [party]);
      assert.ok(leads, source);
      const led = new LedPattern(re, leads, starts);
      for (const text of texts) {
        const expected = spans(globalMatches(re, text));
        assert.deepEqual(spans(led.matchesIn(text)), expected, `${source} on "${text}"`);
        matches += expected.length;
      }
    }
    assert.ok(matches >= 10, `only ${matches} matches`);
  });
});

describe('tokenizing', () => {
  /** Tokens as WORD's global search finds them, one match at a time: what tokenize did before it scanned. */
  function byGlobalSearch(text: string, base = 0) {
    const tokens = [];
    let quoted = false;
    let single = -1;
    const re = new RegExp(WORD.source, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const t = m[0];
      if (t === '“' || t === '”' || t === '"') {
        quoted = t === '"' ? !quoted : t === '“';
        continue;
      }
      // Single quotes around words, as tokenize reads them (an apostrophe opens nothing; one never closed is undone).
      if (t === "'" || t === '‘' || t === '’') {
        const before = text[m.index - 1];
        const after = text[m.index + 1] ?? '';
        if (!quoted && (m.index === 0 || /[\s([]/.test(before)) && /\p{L}/u.test(after)) {
          quoted = true;
          single = tokens.length;
          continue;
        }
        if (single >= 0 && m.index > 0 && /[\p{L}\p{N}.!?]/u.test(before) && !/\p{L}/u.test(after)) {
          quoted = false;
          single = -1;
          continue;
        }
      }
      if (/^\s$/u.test(t) || /^[\p{Cf}]$/u.test(t)) continue;
      const lower = t.toLowerCase();
      tokens.push({ text: t, norm: lower.replace(/’/g, "'"), start: base + m.index, end: base + m.index + t.length, quoted });
    }
    if (single >= 0) for (const tok of tokens.slice(single)) tok.quoted = false;
    return tokens;
  }

  it('finds the tokens the global search finds, on every short string of the characters that matter', () => {
    // Word characters, joiners, quotes, ASCII and other spaces, marks (one astral), a format character, surrogates (paired and lone).
    const chars = [
      'a',
      '1',
      "'",
      '’',
      '-',
      '‑',
      '.',
      ',',
      ' ',
      '\n',
      '\u00a0',
      '“',
      '”',
      '"',
      '\u0301',
      '\u200b',
      '𝒜',
      '\u{1D165}',
      '\uD835',
      '\uDC9C',
      '!',
      'B',
      'é',
      ')',
      '\u0085',
    ];
    let texts = [''];
    for (let n = 0; n < 3; n++) {
      texts = texts.flatMap((t) => chars.map((c) => t + c));
      for (const t of texts) assert.deepEqual(tokenize(t, 7), byGlobalSearch(t, 7), JSON.stringify(t));
    }
  });

  it('finds the tokens the global search finds on the sentences of the corpus and the docs', () => {
    for (const t of sentences()) assert.deepEqual(tokenize(t), byGlobalSearch(t), t);
  });
});

describe('counting words', () => {
  const byRegex = (t: string) => t.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

  it('counts what the regex finds, on every short string of the characters that matter', () => {
    // A letter, a digit, each joiner, a space, an accented letter, an astral letter, lone surrogates, a combining mark.
    const chars = ['a', '1', "'", '’', '.', ',', '-', ' ', 'é', '𝒜', '\uD835', '\uDC9C', '\u0301'];
    let texts = [''];
    for (let n = 0; n < 4; n++) {
      texts = texts.flatMap((t) => chars.map((c) => t + c));
      for (const t of texts) assert.equal(countWords(t), byRegex(t), JSON.stringify(t));
    }
  });

  it('counts what the regex finds on the sentences of the corpus and the docs', () => {
    for (const t of sentences()) assert.equal(countWords(t), byRegex(t), t);
  });
});

describe('the words the quantity finder reads', () => {
  const byRegex = (t: string) =>
    [...t.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)].map((m) => ({ w: m[0].toLowerCase(), s: m.index, e: m.index + m[0].length }));

  it('are what the regex finds, on every short string of the characters that matter', () => {
    // Letters at both ends of the ASCII ranges, their neighbours, a hyphen, a space, a non-ASCII letter and an astral one.
    let texts = [''];
    for (let n = 0; n < 4; n++) {
      texts = texts.flatMap((t) => ['a', 'Z', '@', '[', '`', '{', '-', ' ', 'é', '𝒜'].map((c) => t + c));
      for (const t of texts) assert.deepEqual(asciiWords(t), byRegex(t), JSON.stringify(t));
    }
  });

  it('are what the regex finds on the sentences of the corpus and the docs', () => {
    for (const t of sentences()) assert.deepEqual(asciiWords(t), byRegex(t), t);
  });
});

describe('counting runs of letters and digits', () => {
  it('counts what the regex finds, without slicing', () => {
    const texts = ['', 'one two  three', "it's 3.5x — naïve 𝒜𝒷 word", 'a\uD835', '\uDC9Cb c', 'ß_ẞ 12-34', 'tail 𝒜'];
    for (const t of texts) {
      for (let from = 0; from <= t.length; from++) {
        for (let to = from; to <= t.length + 1; to++) {
          const want = t.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
          assert.equal(countLetterRuns(t, from, to), want, `${JSON.stringify(t)} ${from}..${to}`);
        }
      }
    }
  });
});

describe('outcome phrases looked up by their first word', () => {
  const word = (t: Token | undefined) => (t && /^\p{L}/u.test(t.text) ? t.norm : '');
  const lists: Array<[string, ReadonlyArray<readonly string[]>]> = [
    ['RISES', RISES],
    ['IDIOMS', IDIOMS],
    ['RESULT_IDIOMS', RESULT_IDIOMS],
  ];

  it('finds the phrase a search of the whole list finds, at every word of the corpus and of sentences holding each phrase', () => {
    // Every phrase in a sentence of its own, twice (the second after a word that starts another phrase), and the corpus.
    const made = lists.flatMap(([, list]) => list.map((p) => `Then it ${p.join(' ')}, and made ${p.join(' ')} again.`));
    let found = 0;
    for (const [name, list] of lists) {
      const index = byFirstWord(list);
      for (const text of [...made, ...sentences()]) {
        const t = tokenize(text);
        for (let i = 0; i <= t.length; i++) {
          const want = list.find((words) => words.every((x, k) => word(t[i + k]) === x));
          assert.equal(phraseStartingAt(index, t, i), want, `${name} at ${i} of "${text}"`);
          if (want) found++;
        }
      }
    }
    assert.ok(found >= made.length * 2, `found ${found}`);
  });
});

describe('sentences passed over by inconsistent-metric', () => {
  it('are those in which the full search finds no stated change and no shares over the whole', () => {
    let sentencesSeen = 0;
    let skipped = 0;
    let stated = 0;
    let shares = 0;
    // The corpus and the docs, and the rule's own examples (the docs show them in code blocks, which are not story text).
    const texts: Array<[string, string]> = [
      ...storyFiles().map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
      ...[...inconsistentMetric.examples.valid, ...inconsistentMetric.examples.invalid].map((e): [string, string] => [e.name, e.text]),
      // A pair whose change the next sentence states: the pair's sentence holds no figure of its own.
      ['next', '## Latency\n\n**Result:** P99 fell from 850 ms to 285 ms. That is an 80% reduction.\n'],
    ];
    for (const [f, text] of texts) {
      const doc = lint(text, { force: true, rules: [] }).doc!;
      for (const story of doc.stories) {
        for (const s of story.sentences) {
          sentencesSeen++;
          const changes = statedChangesInFull(doc, story, s);
          if (!mayStateChange(s)) {
            skipped++;
            assert.deepEqual(changes, [], `${f}: "${s.text}"`);
          }
          stated += changes.length;
          const whole = sharesOverWholeInFull(doc, s);
          if (percentagesIn(s) < 3) assert.equal(whole, undefined, `${f}: "${s.text}"`);
          if (whole) shares++;
        }
      }
    }
    // Worth having only if most sentences are passed over, and the full search still finds some.
    assert.ok(skipped > sentencesSeen / 2, `skipped ${skipped} of ${sentencesSeen}`);
    assert.ok(stated > 10 && shares > 0, `found ${stated} stated changes and ${shares} shares`);
  });
});

describe('words that may start a subject', () => {
  it('hold every token at which a test of a subject (I, we, a team, everyone) succeeds', () => {
    // Sentences with each kind of subject, quoted and not, and the corpus.
    const made = [
      'I shipped it. We shipped it. Our team shipped it. The whole team shipped it. My team and I shipped it.',
      "Everyone agreed. Everybody left. \"We\" said it. I'm sure. We've done it. I'd say so. We'll see.",
    ];
    let subjects = 0;
    for (const text of [...made, ...sentences()]) {
      const t = tokenize(text);
      for (let i = 0; i < t.length; i++) {
        const any = isI(t, i) || isWe(t, i) || teamSubjectEnd(t, i) >= 0 || teamAndI(t, i) >= 0;
        if (any) {
          subjects++;
          assert.ok(SUBJECT_STARTS.has(t[i].norm), `"${t[i].text}" in "${text}"`);
        }
      }
    }
    assert.ok(subjects > 500, `only ${subjects} subjects`);
  });
});

describe('straightening', () => {
  it('gives what the replacements give, the first time and every time after', () => {
    const byReplace = (t: string) => t.replace(/[’‘]/g, "'").replace(/[\t\n\r\u00a0]/g, ' ');
    const texts = storyFiles().flatMap((f) => readFileSync(f, 'utf8').split(/(?<=[.!?])\s+|\n\n/));
    assert.ok(texts.filter((t) => byReplace(t) !== t).length > 100);
    for (let round = 0; round < 2; round++) for (const t of texts) assert.equal(straighten(t), byReplace(t), JSON.stringify(t));
  });
});
