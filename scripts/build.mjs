// One esbuild call bundles the client, the server and the CLI to CommonJS:
// unified and remark are ESM-only, while VS Code loads extensions with require().
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entryPoints = {
  server: 'server/src/server.ts',
  cli: 'server/src/cli.ts',
  extension: 'client/src/extension.ts',
  // The engine alone, for the benchmark and for embedding.
  engine: 'server/src/engine/index.ts',
};
for (const [name, file] of Object.entries(entryPoints)) if (!existsSync(file)) delete entryPoints[name];

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: 'linked',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
