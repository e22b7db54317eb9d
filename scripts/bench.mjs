// The benchmark: STAR Coach side by side with remark-lint (recommended preset) and markdownlint
// (default rules) on the same generated files, in one run. Prints one table of medians and ratios.
// Usage: npm run bench   (builds first; writes .bench/results.md); npm run bench -- --profile for the stage profile
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generate, words } from './bench-corpus.mjs';
import { benchServer } from './bench-server.mjs';
import { benchCli } from './bench-cli.mjs';
import { benchBank } from './bench-bank.mjs';

// `npm run bench -- --profile`: where the time goes, stage by stage (scripts/bench-profile.ts), instead of the comparison.
if (process.argv.includes('--profile')) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/bench-profile.ts'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const require = createRequire(import.meta.url);
// The engine rows run under the V8 flag the CLI and the server set for their own processes (server/src/v8-flags.ts),
// so they measure the engine as users run it; remark-lint and markdownlint run in this process under it too. Without it,
// V8 compiles each large pattern twice and the in-process bank over 1,000 files takes about 2.3 s instead of 1.6 s.
setFlagsFromString('--no-regexp-tier-up');
const engine = require('../dist/engine.js');
const { remark } = await import('remark');
const recommended = (await import('remark-preset-lint-recommended')).default;
const { lint: markdownlint } = await import('markdownlint/sync');

const DIR = '.bench';
mkdirSync(DIR, { recursive: true });
const paths = generate(join(DIR, 'corpus'));
const texts = {
  story: readFileSync(paths.story, 'utf8'),
  bank: readFileSync(paths.bank, 'utf8'),
  large: readFileSync(paths.large, 'utf8'),
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn, runs, warmup = runs) {
  for (let i = 0; i < warmup; i++) await fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const remarkLint = remark().use(recommended);
const rows = [];
const runsFor = { story: 101, bank: 15, large: 5 };
for (const key of ['story', 'bank', 'large']) {
  const text = texts[key];
  const path = paths[key];
  const star = await time(() => engine.lint(text, { path }), runsFor[key]);
  const rl = await time(() => remarkLint.process(text), runsFor[key]);
  const ml = await time(() => markdownlint({ strings: { [path]: text } }), runsFor[key]);
  rows.push({
    what: `engine, ${key} (${words(text).toLocaleString('en')} words)`,
    star,
    vs: [
      ['remark-lint', rl],
      ['markdownlint', ml],
    ],
  });
}

rows.push(...benchBank(engine, paths));
rows.push(...(await benchServer(paths)));
rows.push(...(await benchCli(paths)));

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const lines = ['| measurement | STAR Coach | compared with | ratio |', '| --- | --- | --- | --- |'];
for (const r of rows) {
  if (!r.vs?.length) lines.push(`| ${r.what} | ${r.unit === 'MB' ? `${r.star.toFixed(0)} MB` : fmt(r.star)} | ${r.note ?? ''} | |`);
  for (const [name, ms] of r.vs ?? []) lines.push(`| ${r.what} | ${fmt(r.star)} | ${name}: ${fmt(ms)} | ${(r.star / ms).toFixed(2)}× |`);
}
const table = lines.join('\n');
console.log(table);
writeFileSync(join(DIR, 'results.md'), `${table}\n`);
