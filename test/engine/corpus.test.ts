import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { RULES } from '../helpers';
import { corpusFiles, scoreCorpus } from './corpus-score';

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
      const detail = `tp=${s.tp} fp=${s.fp} fn=${s.fn}\nfalse positives:\n  ${s.falsePositives.join('\n  ')}\nmisses:\n  ${s.misses.join('\n  ')}`;
      assert.ok(s.tp + s.fn > 0, `no story in the corpus is labelled for ${rule}`);
      assert.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(2)}; ${detail}`);
      assert.ok(recall >= MIN_RECALL, `recall ${recall.toFixed(2)}; ${detail}`);
    });
  }
});
