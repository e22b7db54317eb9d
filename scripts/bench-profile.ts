// Where the time goes, by stage, on the four bench inputs (issue #12): `npm run bench -- --profile`.
// Runs the engine from source (tsx) with its stage probes on, plus the server's diagnostic
// conversion and the JSON the connection writes. Prints one Markdown table, milliseconds per run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint, LintCache, type LintResult } from '../server/src/engine/lint';
import { buildBank, BankCache } from '../server/src/engine/bank';
import { startProfile, stopProfile, beginStage, endStage } from '../server/src/engine/profile';
import { computeLineStarts } from '../server/src/engine/document/positions';
import { diagnosticsOf } from '../server/src/lsp/diagnostics';
import { jsonEncoder } from '../server/src/lsp/encoder';
import type { Analysis } from '../server/src/lsp/analysis';
import { generate } from './bench-corpus.mjs';

const paths = generate(join('.bench', 'corpus')) as Record<'story' | 'bank' | 'large' | 'folder', string>;
const DOCS = join(process.cwd(), 'docs', 'rules');

/** What the server does with a lint result: diagnostics in LSP positions, then the JSON it writes. */
let version = 0;
function serialise(text: string, path: string, result: LintResult): void {
  const t = beginStage();
  const a = {
    uri: pathToFileURL(path).href,
    version: ++version,
    text,
    lineStarts: computeLineStarts(text),
    kind: 'story',
    result,
    configProblems: [],
  } as unknown as Analysis;
  const diagnostics = diagnosticsOf(a, DOCS);
  // Encoded as the server writes it over stdio (lsp/encoder.ts).
  void jsonEncoder.encode(
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: a.uri, version: a.version, diagnostics } } as never,
    { charset: 'utf-8' },
  );
  endStage('LSP serialisation', t);
}

type Column = { name: string; runs: number; stages: Map<string, number>; total: number };

function profile(name: string, runs: number, once: () => void): Column {
  once();
  once();
  startProfile();
  const t = performance.now();
  for (let i = 0; i < runs; i++) once();
  const total = (performance.now() - t) / runs;
  const stages = stopProfile();
  for (const [k, v] of stages) stages.set(k, v / runs);
  return { name, runs, stages, total };
}

const text = (p: string) => readFileSync(p, 'utf8');
const columns: Column[] = [];
for (const [key, runs] of [
  ['story', 50],
  ['bank', 8],
  ['large', 3],
] as const) {
  const t = text(paths[key]);
  columns.push(
    profile(key, runs, () => {
      serialise(t, paths[key], lint(t, { path: paths[key] }));
    }),
  );
}

// One word swapped back and forth in the middle of the large file, with the server's per-document cache.
{
  const path = paths.large;
  let t = text(path);
  const cache = new LintCache();
  lint(t, { path, cache });
  const at = t.indexOf(' the ', Math.floor(t.length / 2)) + 1;
  let word = 'the';
  columns.push(
    profile('large: one-word edit', 15, () => {
      const next = word === 'the' ? 'our' : 'the';
      t = t.slice(0, at) + next + t.slice(at + 3);
      word = next;
      serialise(t, path, lint(t, { path, cache }));
    }),
  );
}

// The story bank over 1,000 files from nothing: every file checked.
{
  const inputs = readdirSync(paths.folder)
    .sort()
    .map((name) => ({ file: join(paths.folder, name), text: text(join(paths.folder, name)), config: {} }));
  columns.push(profile('folder: bank of 1,000 files', 2, () => buildBank(inputs, { cache: new BankCache() })));
}

const order = [
  'front matter',
  'chunking',
  'markdown parse',
  'section markers',
  'chunk cache and blocks (includes parse)',
  'story assembly',
  'story model',
  'story model: tokens',
  'story model: quantities',
  'story model: actors',
  'story model: principles',
];
const names = new Set<string>();
for (const c of columns) for (const k of c.stages.keys()) names.add(k);
const rows = [...order.filter((n) => names.has(n)), ...[...names].filter((n) => !order.includes(n)).sort()];
const nested = (n: string) => n.startsWith('story model:') || n === 'markdown parse' || n === 'section markers';
const topLevel = (c: Column) => [...c.stages].reduce((sum, [k, v]) => (nested(k) ? sum : sum + v), 0);
const fmt = (ms: number | undefined) => (ms === undefined ? '' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(2));
const lines = [
  `| stage (ms per run) | ${columns.map((c) => c.name).join(' | ')} |`,
  `| --- | ${columns.map(() => '---:').join(' | ')} |`,
  ...rows.map((r) => `| ${r} | ${columns.map((c) => fmt(c.stages.get(r))).join(' | ')} |`),
  `| everything else (outside the stages) | ${columns.map((c) => fmt(c.total - topLevel(c))).join(' | ')} |`,
  `| **whole run** | ${columns.map((c) => `**${fmt(c.total)}**`).join(' | ')} |`,
];
console.log(lines.join('\n'));
console.log(
  '\nStages nest: "chunk cache and blocks" includes "markdown parse" and "section markers"; "story model" includes its four parts;',
  'rules run inside the lint after the story model. Timing probes add a little to each stage.',
);
