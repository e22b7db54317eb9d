// Writes docs/rules/<id>.md for every rule from its metadata and examples.
import { writeFileSync, mkdirSync } from 'node:fs';
import { RULES } from '../server/src/engine/rules';
import { rulePage } from '../server/src/engine/meta/docs';

mkdirSync('docs/rules', { recursive: true });
for (const rule of RULES) writeFileSync(`docs/rules/${rule.id}.md`, rulePage(rule));
console.log(`wrote ${RULES.length} rule pages`);
