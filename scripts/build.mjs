// One esbuild call bundles the client, the server and the CLI to CommonJS:
// unified and remark are ESM-only, while VS Code loads extensions with require().
import { build, transform } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

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

/*
 * V8 holds a script's source as a string for as long as the script lives, one byte a character when every character
 * is Latin-1 and two otherwise: the server's 1.4 MB bundle took 2.8 MB of its heap for a few hundred characters.
 * esbuild escapes strings but keeps comments, and the sources write the few characters their regular expressions
 * and raw templates need as escapes, so what is left is in comments: they become `?`, one for each UTF-16 unit, which
 * keeps every column of the source map. The same bundle with its whitespace and comments removed is compared before
 * and after, so a character outside a comment fails the build rather than change what the code does.
 */
const NON_ASCII = /[^\x00-\x7f]/;
for (const name of Object.keys(entryPoints)) {
  const file = `dist/${name}.js`;
  const code = readFileSync(file, 'utf8');
  if (!NON_ASCII.test(code)) continue;
  const ascii = code.replace(/[^\x00-\x7f]/g, '?');
  const bare = async (js) => (await transform(js, { loader: 'js', minifyWhitespace: true, charset: 'utf8', logLevel: 'silent' })).code;
  if ((await bare(code)) !== (await bare(ascii))) {
    const lines = code.split('\n').flatMap((l, i) => (NON_ASCII.test(l) ? [`${file}:${i + 1}: ${l.trim().slice(0, 100)}`] : []));
    throw new Error(`Non-ASCII characters outside comments; write them as escapes in the source:\n${lines.join('\n')}`);
  }
  writeFileSync(file, ascii);
}
