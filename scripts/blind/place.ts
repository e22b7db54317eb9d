// Moves a checked writer's folder into the corpus: its story files and sidecars into test/corpus/blind/PART/, and a
// manifest (one line per file, the labeller's description) into docs/blind-corpus/manifest-PREFIX.md. It prints the
// writer's scores on arrival, before anyone tunes on them: the honest measure of stories nobody here has read (rule by
// rule for the dev part only).
// Usage: npx tsx scripts/blind/place.ts DIR --part dev|test|holdout --round N --voices "…"
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { type LabelFile, type RuleScore, labelProblems, microScore, scoredFindings, tallyFile } from '../../test/engine/corpus-score';
import { sidecarOf, storiesIn } from './folder';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = args[0];
const part = opt('--part');
const round = opt('--round');
const voices = opt('--voices');
if (!dir || !part || !['dev', 'test', 'holdout'].includes(part) || !round || !voices) {
  console.error('usage: place.ts DIR --part dev|test|holdout --round N --voices "…"');
  process.exit(2);
}
const root = join(__dirname, '..', '..');
const target = join(root, 'test', 'corpus', 'blind', part);
const prefix = basename(dir);
const ids = new Set(RULES.map((r) => r.id));
const names = storiesIn(dir);
const corpus = ['dev', 'test', 'holdout'].flatMap((p) => readdirSync(join(root, 'test', 'corpus', 'blind', p)));
for (const n of names) {
  const sidecar = sidecarOf(n);
  if (!n.startsWith(prefix)) fail(`${n} does not start with the writer's prefix ${prefix}`);
  if (corpus.includes(n)) fail(`${n} is already in the corpus`);
  if (!existsSync(join(dir, sidecar))) fail(`${n} has no sidecar: run check.ts first`);
  const problems = labelProblems(readFileSync(join(dir, n), 'utf8'), JSON.parse(readFileSync(join(dir, sidecar), 'utf8')), ids);
  if (problems.length) fail(`${n}: ${problems.join('; ')}: run check.ts first`);
}
const scores = new Map<string, RuleScore>(RULES.map((r) => [r.id, { tp: 0, fp: 0, fn: 0, falsePositives: [], misses: [] }]));
const manifest = [
  `# MANIFEST (writer ${prefix}, round ${round}, ${part} part)`,
  '',
  "Each line is the labeller's one-line description of the file.",
  `Voices: ${voices}.`,
  '',
];
for (const n of names) {
  const sidecar = sidecarOf(n);
  const text = readFileSync(join(dir, n), 'utf8');
  const labels = JSON.parse(readFileSync(join(dir, sidecar), 'utf8')) as LabelFile;
  tallyFile(scores, n, labels, scoredFindings(text, `stories/${n}`));
  copyFileSync(join(dir, n), join(target, n));
  copyFileSync(join(dir, sidecar), join(target, sidecar));
  manifest.push(`- ${n} — ${labels.description?.trim()}`);
}
writeFileSync(join(root, 'docs', 'blind-corpus', `manifest-${prefix}.md`), `${manifest.join('\n')}\n`);
const m = microScore(scores);
console.log(
  `${prefix}: ${names.length} files to ${part}/; on arrival P ${m.precision.toFixed(2)} R ${m.recall.toFixed(2)} F1 ${m.f1.toFixed(2)}`,
);
// Rule by rule only for the part that is tuned on: the test part and the holdout are scored, never read.
if (part === 'dev') {
  for (const [rule, s] of scores)
    if (s.tp + s.fp + s.fn) console.log(`  ${rule.padEnd(22)} ${s.tp} found, ${s.fp} false alarms, ${s.fn} missed`);
}

function fail(why: string): never {
  console.error(why);
  process.exit(1);
}
