// The CLI as a whole process over the folder of 1,000 story files, against markdownlint-cli2 and remark-cli.
import { spawnSync } from 'node:child_process';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeProcess(cmd, args, runs = 5) {
  spawnSync(cmd, args, { stdio: 'ignore' });
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { stdio: 'ignore', maxBuffer: 1 << 30 });
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
  return [
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
