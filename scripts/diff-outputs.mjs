// Every output a change meant only for speed must keep byte-identical, saved to a folder or compared with one saved
// before: the built CLI's lint (also in one thread), bank and drill output, and from the built engine every finding
// with its data and fixes (plain, and with a lint cache and released stories as the server lints) and each file's
// drill. Over the team and blind dev corpus parts, examples/ and the benchmark corpus (generated here, with the
// server bench's 1.5 MB journal).
// Usage: npm run build && node scripts/diff-outputs.mjs save DIR     (before the change)
//        npm run build && node scripts/diff-outputs.mjs compare DIR  (after it: exit 1 on any difference)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generate, journal } from './bench-corpus.mjs';

const [mode, dir] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !dir) {
  console.error('usage: node scripts/diff-outputs.mjs save|compare DIR');
  process.exit(2);
}

const bench = generate(join('.bench', 'corpus'));
mkdirSync(join('.bench', 'corpus', 'stories'), { recursive: true });
writeFileSync(join('.bench', 'corpus', 'stories', 'journal.md'), journal());
const FOLDERS = ['test/corpus/team', 'test/corpus/blind/dev', 'examples', bench.folder];
const markdownIn = (folder) =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md') && statSync(join(folder, f)).isFile())
    .sort()
    .map((f) => join(folder, f));
// Drill every story file of the corpus parts and examples, and the benchmark's story, bank and large file
// (the 1,000 small files are linted and banked, not drilled one by one).
const DRILLED = [...FOLDERS.slice(0, 3).flatMap(markdownIn), bench.story, bench.bank, bench.large];

/** One run of the CLI: its exit code, stdout and stderr, as one text. */
function cli(args, env = {}) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  if (r.error) throw r.error;
  return `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

const outputs = new Map();
const name = (...parts) => parts.join(' ').replace(/[^\w.-]+/g, '_');
for (const folder of [...FOLDERS, bench.story, bench.bank, bench.large]) {
  outputs.set(name('lint', folder), cli(['--format', 'json', folder]));
}
// The 1,000 files once more in one thread: worker threads must not change a byte either.
outputs.set(name('lint-one-thread', bench.folder), cli(['--format', 'json', bench.folder], { STAR_COACH_THREADS: '1' }));
for (const folder of [...FOLDERS, join('.bench', 'corpus')]) {
  outputs.set(name('bank', folder), cli(['bank', '--format', 'json', folder]));
}
outputs.set(name('bank-text', 'test/corpus/team'), cli(['bank', 'test/corpus/team']));
for (const file of DRILLED) outputs.set(name('drill', file), cli(['drill', '--format', 'json', file]));

// The engine itself: findings with their data and fixes, plain and as the server lints (a cache, stories released).
const engine = createRequire(import.meta.url)('../dist/engine.js');
for (const folder of [...FOLDERS.slice(0, 3), join('.bench', 'corpus')]) {
  const lines = [];
  for (const f of markdownIn(folder)) {
    const text = readFileSync(f, 'utf8');
    const plain = engine.lint(text, { path: f, force: true });
    lines.push(JSON.stringify({ f, findings: plain.findings, notices: plain.notices }));
    const cached = engine.lint(text, { path: f, force: true, cache: new engine.LintCache(), releaseStories: true });
    lines.push(JSON.stringify({ f, cached: cached.findings }));
    if (text.length < 300_000) lines.push(JSON.stringify({ f, drill: engine.drillJson(f, text, engine.drillDocument(text)) }));
  }
  outputs.set(name('engine', folder), lines.join('\n'));
}

let differ = 0;
if (mode === 'save') mkdirSync(dir, { recursive: true });
for (const [key, text] of outputs) {
  const path = join(dir, `${key}.txt`);
  if (mode === 'save') {
    writeFileSync(path, text);
  } else if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    differ++;
    writeFileSync(`${path}.new`, text);
    console.log(`differs: ${key} (new output in ${path}.new)`);
  }
}
console.log(`${outputs.size} outputs ${mode === 'save' ? `saved to ${dir}` : `compared: ${differ} differ`}`);
process.exit(differ ? 1 : 0);
