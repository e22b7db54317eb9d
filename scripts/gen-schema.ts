// Writes schema/starcoach.schema.json, the JSON Schema of .starcoach.json, from the rules' metadata.
import { writeFileSync, mkdirSync } from 'node:fs';
import { RULES } from '../server/src/engine/rules';
import { configSchemaText } from '../server/src/engine/meta/config-schema';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/starcoach.schema.json', configSchemaText(RULES));
console.log(`wrote schema/starcoach.schema.json (${RULES.length} rules)`);
