// Writes the extension's contributed settings into package.json (see server/src/engine/meta/manifest.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/engine/rules';
import { manifestConfiguration } from '../server/src/engine/meta/manifest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration = manifestConfiguration(RULES);
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
console.log('updated package.json contributes.configuration');
