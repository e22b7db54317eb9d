// The CLI as a whole process over the folder of 1,000 story files, against markdownlint-cli2 and remark-cli,
// and `star-coach bank` over the same folder.
import { spawnSync } from 'node:child_process';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeProcess(cmd, args, runs = 5, env = {}) {
  const options = { stdio: 'ignore', maxBuffer: 1 << 30, env: { ...process.env, ...env } };
  spawnSync(cmd, args, options);
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, options);
    if (r.error) throw r.error;
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export async function benchCli(paths) {
  const glob = `${paths.folder}/*.md`;
  const star = timeProcess('node', ['dist/cli.js', '--format', 'json', paths.folder]);
  const mdl = timeProcess('node', ['node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs', glob]);
  const rem = timeProcess('node', [
    'node_modules/remark-cli/cli.js',
    '--use',
    'remark-preset-lint-recommended',
    '--quiet',
    '--no-stdout',
    paths.folder,
  ]);
  // The bank as a user runs it: every file checked, in worker threads (2 cores here), then the matrix.
  const bank = timeProcess('node', ['dist/cli.js', 'bank', '--format', 'json', paths.folder]);
  const bankOne = timeProcess('node', ['dist/cli.js', 'bank', '--format', 'json', paths.folder], 3, { STAR_COACH_THREADS: '1' });
  return [
    {
      what: 'CLI bank, 1,000 story files (whole process, threads as the CLI picks them)',
      star: bank,
      note: `${bank < 2000 ? 'target under 2 s: met' : 'target under 2 s: MISSED'}; one thread: ${(bankOne / 1000).toFixed(2)} s`,
    },
    {
      what: 'CLI, 1,000 files (whole process)',
      star,
      vs: [
        ['markdownlint-cli2', mdl],
        ['remark-cli', rem],
      ],
    },
  ];
}
