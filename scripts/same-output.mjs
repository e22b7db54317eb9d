// Writes every output a speed change must keep byte-identical, for `diff -r` against the same run on main:
// the CLI's lint and bank JSON, and from the engine every finding with its data and fixes (plain, and with a
// lint cache and released stories as the server lints) and each file's drill, over the team corpus, the blind
// dev part, the examples and the bench's generated files (with the server bench's 1.5 MB journal).
// Usage: node scripts/same-output.mjs OUTDIR [DIST]   (DIST: a built dist folder, default dist; build first)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { generate } from './bench-corpus.mjs';

const [out, dist = 'dist'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/same-output.mjs OUTDIR [DIST]');
  process.exit(2);
}
const engine = createRequire(import.meta.url)(resolve(dist, 'engine.js'));
mkdirSync(out, { recursive: true });

// The bench's files, written afresh (deterministic), and the journal the server bench writes.
generate(join('.bench', 'corpus'));
const sentences = [
  'We maybe fixed the checkout flow for customers.',
  'I rewrote the queue and latency fell from 900 ms to 250 ms.',
  'The decision was made to wait.',
  'Uh, it was probably fine.',
];
const paragraphs = [];
for (let n = 0, size = 0; size < 1_500_000; n++) {
  paragraphs.push(`${sentences[n % 4]} ${sentences[(n * 7) % 4]} Entry ${n}.`);
  size += paragraphs.at(-1).length + 2;
}
mkdirSync(join('.bench', 'corpus', 'stories'), { recursive: true });
writeFileSync(join('.bench', 'corpus', 'stories', 'journal.md'), paragraphs.join('\n\n'));

const cli = (args) => {
  try {
    return execFileSync(process.execPath, [join(dist, 'cli.js'), ...args], { maxBuffer: 1 << 30, encoding: 'utf8' });
  } catch (err) {
    return err.stdout; // exit 1 when there are errors: the report is still the output
  }
};
const walk = (d) =>
  readdirSync(d)
    .sort()
    .flatMap((n) => {
      const p = join(d, n);
      if (statSync(p).isDirectory()) return walk(p);
      return p.endsWith('.md') ? [p] : [];
    });

for (const set of ['test/corpus/team', 'test/corpus/blind/dev', 'examples', '.bench/corpus']) {
  const tag = set.replace(/[/.]/g, '_');
  writeFileSync(join(out, `cli-${tag}.json`), cli(['--format', 'json', set]).replaceAll(process.cwd(), '.'));
  writeFileSync(join(out, `bank-${tag}.json`), cli(['bank', '--format', 'json', set]).replaceAll(process.cwd(), '.'));
  const lines = [];
  for (const f of walk(set)) {
    const text = readFileSync(f, 'utf8');
    const plain = engine.lint(text, { path: f, force: true });
    lines.push(JSON.stringify({ f, findings: plain.findings, notices: plain.notices }));
    const cached = engine.lint(text, { path: f, force: true, cache: new engine.LintCache(), releaseStories: true });
    lines.push(JSON.stringify({ f, cached: cached.findings }));
    if (text.length < 300_000) lines.push(JSON.stringify({ f, drill: engine.drillJson(f, text, engine.drillDocument(text)) }));
  }
  writeFileSync(join(out, `engine-${tag}.jsonl`), lines.join('\n'));
}
