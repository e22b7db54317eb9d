// `npx mocha` runs every tier but the real-editor one; `npx mocha <path>` runs just that path.
// (A spec in this file would be added to the paths given on the command line, so it is set
// only when none is given.)
const { existsSync } = require('node:fs');

const paths = process.argv.slice(2).filter((a) => !a.startsWith('-') && existsSync(a));
module.exports = {
  require: ['tsx/cjs'],
  extension: ['ts'],
  recursive: true,
  timeout: 20000,
  ...(paths.length ? {} : { spec: ['test/engine', 'test/lsp', 'test/cli', 'test/extension', 'test/robustness'] }),
};
