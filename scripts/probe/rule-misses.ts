// One rule's false alarms and misses on a part of the labelled corpus, each with the text of its line, for reading
// what a rule gets wrong on the blind dev part (never the test part, which is only ever scored).
// Usage: npx tsx scripts/probe/rule-misses.ts RULE [dev|holdout|team|DIR] [--fp] [--fn]
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type LabelFile, type RuleScore, corpusFiles, scoredFindings, tallyFile } from '../../test/engine/corpus-score';

const [rule, part = 'dev'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!rule) throw new Error('usage: rule-misses.ts RULE [dev|holdout|team|DIR] [--fp] [--fn]');
const root = join(__dirname, '..', '..');
const dir = ['dev', 'holdout'].includes(part)
  ? join(root, 'test/corpus/blind', part)
  : part === 'team'
    ? join(root, 'test/corpus/team')
    : part;
const showFp = process.argv.includes('--fp') || !process.argv.includes('--fn');
const showFn = process.argv.includes('--fn') || !process.argv.includes('--fp');
const scores = new Map<string, RuleScore>([[rule, { tp: 0, fp: 0, fn: 0, falsePositives: [], misses: [] }]]);
const lines = new Map<string, string[]>();
for (const file of corpusFiles(dir)) {
  const labels = JSON.parse(readFileSync(file.replace(/\.md$/, '.labels.json'), 'utf8')) as LabelFile;
  const text = readFileSync(file, 'utf8');
  const rel = relative(dir, file);
  lines.set(rel, text.split(/\r?\n/));
  tallyFile(scores, rel, labels, scoredFindings(text, `stories/${rel}`));
}
const s = scores.get(rule);
if (!s) throw new Error(`no rule ${rule}`);
const withLine = (x: string): string => {
  const m = /^(.*?):(\d+) /.exec(x);
  const line = m ? ((lines.get(m[1]) ?? [])[Number(m[2]) - 1] ?? '') : '';
  return `${x}\n    | ${line.slice(0, 300)}`;
};
if (showFp) for (const x of s.falsePositives) console.log(`FP ${withLine(x)}`);
if (showFn) for (const x of s.misses) console.log(`FN ${withLine(x)}`);
const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
console.log(`${rule}: found ${s.tp}, false alarms ${s.fp}, missed ${s.fn}; precision ${p.toFixed(3)}, recall ${r.toFixed(3)}`);
