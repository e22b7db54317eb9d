import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../helpers';
import { corpusFiles, labelProblems, microScore, scoreCorpus } from './corpus-score';

const DIR = join(__dirname, '..', 'corpus', 'team');
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.8;

describe('labelled corpus: the team part', () => {
  const files = corpusFiles(DIR);

  it('holds at least 30 labelled stories whose labels point at real text', () => {
    assert.ok(files.length >= 30, `only ${files.length} labelled files`);
    for (const f of files) {
      const labels = JSON.parse(readFileSync(f.replace(/\.md$/, '.labels.json'), 'utf8'));
      const lines = readFileSync(f, 'utf8').split('\n');
      for (const l of labels.expect)
        if (l.text) assert.ok(lines[l.line - 1]?.includes(l.text), `${f}:${l.line} does not contain "${l.text}"`);
    }
  });

  const scores = scoreCorpus(
    DIR,
    RULES.map((r) => r.id),
  );
  for (const [rule, s] of scores) {
    it(`${rule}: precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
      const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
      const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
      const detail =
        `tp=${s.tp} fp=${s.fp} fn=${s.fn}\nfalse positives:\n  ${s.falsePositives.join('\n  ')}\nmisses:\n  ` + `${s.misses.join('\n  ')}`;
      assert.ok(s.tp + s.fn > 0, `no story in the corpus is labelled for ${rule}`);
      assert.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(2)}; ${detail}`);
      assert.ok(recall >= MIN_RECALL, `recall ${recall.toFixed(2)}; ${detail}`);
    });
  }
});

/*
 * The blind corpus: stories written and labelled by people who never saw the
 * engine. The dev part may be tuned on and must meet the targets; the test
 * part is only ever scored. Its floor below is a regression guard at the level
 * it has reached, under the targets (precision 0.90 on every warning rule,
 * micro recall 0.80) that the README reports it against.
 */
const WARNING_RULES = RULES.filter((r) => r.meta.defaultSeverity === 'warning').map((r) => r.id);
const BLIND = [
  { part: 'blind-dev', dir: join(__dirname, '..', 'corpus', 'blind', 'dev'), rulePrecision: 0.9, microPrecision: 0.9, microRecall: 0.8 },
  { part: 'blind-test', dir: join(__dirname, '..', 'corpus', 'blind', 'test'), rulePrecision: 0, microPrecision: 0.85, microRecall: 0.72 },
  {
    part: 'blind-holdout',
    dir: join(__dirname, '..', 'corpus', 'blind', 'holdout'),
    rulePrecision: 0,
    microPrecision: 0.85,
    microRecall: 0.72,
  },
];
for (const gate of BLIND) {
  describe(`labelled corpus: the ${gate.part} part`, () => {
    const scores = scoreCorpus(
      gate.dir,
      RULES.map((r) => r.id),
      { pathPrefix: 'stories/' },
    );
    it(`micro precision ≥ ${gate.microPrecision} and micro recall ≥ ${gate.microRecall}`, () => {
      const m = microScore(scores);
      assert.ok(m.precision >= gate.microPrecision, `micro precision ${m.precision.toFixed(3)}`);
      assert.ok(m.recall >= gate.microRecall, `micro recall ${m.recall.toFixed(3)}`);
    });
    if (gate.rulePrecision > 0) {
      for (const rule of WARNING_RULES) {
        it(`${rule} (a warning rule): precision ≥ ${gate.rulePrecision}`, () => {
          const s = scores.get(rule)!;
          const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
          assert.ok(p >= gate.rulePrecision, `precision ${p.toFixed(2)}; false positives:\n  ${s.falsePositives.join('\n  ')}`);
        });
      }
    }
  });
}

describe('labelled corpus: every blind label', () => {
  const ids = new Set(RULES.map((r) => r.id));

  it("names a rule, points at its story's real text, and is never both expected and silent", () => {
    const problems: string[] = [];
    for (const part of ['dev', 'test', 'holdout']) {
      for (const f of corpusFiles(join(__dirname, '..', 'corpus', 'blind', part))) {
        const labels = JSON.parse(readFileSync(f.replace(/\.md$/, '.labels.json'), 'utf8'));
        for (const p of labelProblems(readFileSync(f, 'utf8'), labels, ids)) problems.push(`${f}: ${p}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('is checked the way a new round is checked before it joins the corpus (scripts/blind/check.ts)', () => {
    const story = '## Title\n\nI think it went well.\n';
    assert.deepEqual(
      labelProblems(
        story,
        { description: 'a file', expect: [{ rule: 'hedging', line: 3, text: 'I think' }], silent: ['blame-shifting'] },
        ids,
      ),
      [],
    );
    assert.deepEqual(
      labelProblems(
        story,
        {
          description: 'a file',
          expect: [
            { rule: 'hedging', line: 3, text: 'I guess' },
            { rule: 'hedging', line: 9 },
            { rule: 'vagueness', line: 3 },
          ],
          silent: ['hedging', 'nope'],
        },
        ids,
      ),
      [
        'hedging: line 3 does not contain "I guess"',
        'hedging: line 9 is outside the story',
        'expect: no rule "vagueness"',
        'hedging is both expected and silent',
        'silent: no rule "nope"',
      ],
    );
    assert.deepEqual(labelProblems(story, { expect: [] }, ids), ['not { expect: [...], silent: [...] }']);
    assert.deepEqual(labelProblems(story, { expect: [], silent: [] }, ids), ['no description']);
  });
});

describe("labelled corpus: the test part's second reader", () => {
  const dir = join(__dirname, '..', 'corpus', 'blind');
  const names = readdirSync(join(dir, 'second-reader')).filter((n) => n.endsWith('.labels.json'));

  it('labels files of the test part, each label pointing at real text and naming a rule', () => {
    assert.ok(names.length >= 60, `only ${names.length} files read twice`);
    const ids = new Set(RULES.map((r) => r.id));
    for (const n of names) {
      const story = join(dir, 'test', n.replace(/\.labels\.json$/, '.md'));
      assert.ok(existsSync(story), `${n} labels no file of the test part`);
      const labels = JSON.parse(readFileSync(join(dir, 'second-reader', n), 'utf8'));
      const lines = readFileSync(story, 'utf8').split('\n');
      for (const l of labels.expect) {
        assert.ok(ids.has(l.rule), `${n}: no rule ${l.rule}`);
        if (l.text) assert.ok(lines[l.line - 1]?.includes(l.text), `${n}:${l.line} does not contain "${l.text}"`);
      }
    }
  });
});
