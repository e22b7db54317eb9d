// Every finding, drill and bank output of the built CLI, saved to a folder or compared with one saved
// before, so a change meant only for speed can be shown to change no output byte.
// Usage: npm run build && node scripts/diff-outputs.mjs save DIR     (before the change)
//        npm run build && node scripts/diff-outputs.mjs compare DIR  (after it: exit 1 on any difference)
// It reads the team and blind dev corpus parts, examples/ and the benchmark corpus (generated here).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './bench-corpus.mjs';

const [mode, dir] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !dir) {
  console.error('usage: node scripts/diff-outputs.mjs save|compare DIR');
  process.exit(2);
}

const bench = generate(join('.bench', 'corpus'));
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
