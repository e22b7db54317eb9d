// Prints per-rule precision and recall on each part of the labelled corpus (team, blind dev, blind test),
// and micro precision, recall and F1. The README's accuracy table quotes the blind test part.
// Usage: npx tsx scripts/score.ts [--part team|blind-dev|blind-test|blind-holdout] [--verbose] [--markdown]
import { join } from 'node:path';
import { RULES } from '../server/src/engine/rules';
import { CORPUS_PARTS, microScore, scoreCorpus } from '../test/engine/corpus-score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const markdown = args.includes('--markdown');
const only = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
const root = join(__dirname, '..');
for (const part of CORPUS_PARTS) {
  if (only && part.name !== only) continue;
  const scores = scoreCorpus(
    join(root, part.dir),
    RULES.map((r) => r.id),
    { pathPrefix: part.pathPrefix },
  );
  if (markdown) {
    // The README's accuracy table: one row per rule that this part labels.
    console.log(
      `\n${part.name}\n\n| rule | severity | labelled | found | false alarms | precision | recall |\n| --- ` +
        `| --- | --- | --- | --- | --- | --- |`,
    );
    for (const [rule, s] of scores) {
      if (!s.tp && !s.fn && !s.fp) continue;
      const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
      const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
      const severity = RULES.find((x) => x.id === rule)?.meta.defaultSeverity;
      console.log(`| \`${rule}\` | ${severity} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${p.toFixed(2)} | ${r.toFixed(2)} |`);
    }
    const m = microScore(scores);
    console.log(`| **all (micro)** | | | | | **${m.precision.toFixed(2)}** | **${m.recall.toFixed(2)}** |`);
    continue;
  }
  console.log(`\n${part.name} (${part.dir})`);
  console.log('rule                    tp  fp  fn  precision recall');
  for (const [rule, s] of scores) {
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    const row = [rule.padEnd(22), String(s.tp).padStart(3), String(s.fp).padStart(3), String(s.fn).padStart(3)];
    console.log(`${row.join(' ')}  ${p.toFixed(2).padStart(8)} ${r.toFixed(2).padStart(6)}`);
    if (verbose) {
      for (const x of s.falsePositives) console.log(`    FP ${x}`);
      for (const x of s.misses) console.log(`    FN ${x}`);
    }
  }
  const m = microScore(scores);
  console.log(`micro: precision ${m.precision.toFixed(3)} recall ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`);
}
