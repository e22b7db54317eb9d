// How far two blind readers agree on the test part, next to the engine on the same files. A second reader, who saw
// neither the engine nor the first reader's labels, labelled every other file of the test part from the same brief
// (test/corpus/blind/second-reader/). Each side is scored as the engine is, with the first reader's labels as the
// reference, then the other way round.
// Usage: npx tsx scripts/agreement.ts [--rules]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/engine/rules';
import { type LabelFile, microScore, type RuleScore, type ScoredFinding, scoredFindings, tallyFile } from '../test/engine/corpus-score';

const root = join(__dirname, '..');
const testDir = join(root, 'test/corpus/blind/test');
const secondDir = join(root, 'test/corpus/blind/second-reader');
const fresh = () => new Map<string, RuleScore>(RULES.map((r) => [r.id, { tp: 0, fp: 0, fn: 0, falsePositives: [], misses: [] }]));
const secondVsFirst = fresh();
const firstVsSecond = fresh();
const engineVsFirst = fresh();
const engineVsSecond = fresh();
const asFound = (labels: LabelFile): ScoredFinding[] => labels.expect.map((l) => ({ rule: l.rule, from: l.line, to: l.line, message: '' }));
let files = 0;
for (const name of readdirSync(secondDir).filter((n) => n.endsWith('.labels.json'))) {
  const story = join(testDir, name.replace(/\.labels\.json$/, '.md'));
  if (!existsSync(story)) continue;
  files++;
  const first = JSON.parse(readFileSync(join(testDir, name), 'utf8')) as LabelFile;
  const second = JSON.parse(readFileSync(join(secondDir, name), 'utf8')) as LabelFile;
  const found = scoredFindings(readFileSync(story, 'utf8'), `stories/${name.replace(/\.labels\.json$/, '.md')}`);
  tallyFile(secondVsFirst, name, first, asFound(second));
  tallyFile(firstVsSecond, name, second, asFound(first));
  tallyFile(engineVsFirst, name, first, found);
  tallyFile(engineVsSecond, name, second, found);
}
const show = (what: string, scores: Map<string, RuleScore>) => {
  const m = microScore(scores);
  console.log(`${what.padEnd(44)} P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`);
};
console.log(`${files} files of the test part, labelled by two readers\n`);
show('second reader, against the first', secondVsFirst);
show('first reader, against the second', firstVsSecond);
show('engine, against the first reader', engineVsFirst);
show('engine, against the second reader', engineVsSecond);
if (process.argv.includes('--rules')) {
  console.log('\nrule                   second vs first (tp fp fn)   engine vs first (tp fp fn)');
  for (const [rule, s] of secondVsFirst) {
    const e = engineVsFirst.get(rule)!;
    if (!s.tp && !s.fp && !s.fn && !e.tp && !e.fp && !e.fn) continue;
    console.log(`${rule.padEnd(22)} ${cells(s)}             ${cells(e)}`);
  }
}

function cells(x: RuleScore): string {
  return `${String(x.tp).padStart(4)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}`;
}
