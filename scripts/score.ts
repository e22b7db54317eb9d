// Prints per-rule precision and recall on a labelled corpus folder (default test/corpus), and micro-F1.
// Usage: npx tsx scripts/score.ts [dir] [--verbose]
import { RULES } from '../server/src/engine/rules';
import { scoreCorpus } from '../test/engine/corpus-score';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'test/corpus';
const verbose = process.argv.includes('--verbose');
const scores = scoreCorpus(
  dir,
  RULES.map((r) => r.id),
);
let tp = 0,
  fp = 0,
  fn = 0;
console.log('rule                    tp  fp  fn  precision recall');
for (const [rule, s] of scores) {
  tp += s.tp;
  fp += s.fp;
  fn += s.fn;
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  console.log(
    `${rule.padEnd(22)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${p.toFixed(2).padStart(8)} ${r.toFixed(2).padStart(6)}`,
  );
  if (verbose) {
    for (const x of s.falsePositives) console.log(`    FP ${x}`);
    for (const x of s.misses) console.log(`    FN ${x}`);
  }
}
const P = tp / (tp + fp || 1),
  R = tp / (tp + fn || 1);
console.log(`micro: precision ${P.toFixed(3)} recall ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R || 1)).toFixed(3)}`);
