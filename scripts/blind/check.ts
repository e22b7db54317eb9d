// Checks a writer's folder once its labeller is done: every story file has a label sidecar, and every sidecar is well
// formed (labelProblems in test/engine/corpus-score.ts). Exits 1 and names each problem, so labels are fixed by their
// reader before the files join the corpus.
// Usage: npx tsx scripts/blind/check.ts DIR
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { labelProblems } from '../../test/engine/corpus-score';
import { sidecarOf, storiesIn } from './folder';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: check.ts DIR');
  process.exit(2);
}
const ids = new Set(RULES.map((r) => r.id));
const stories = storiesIn(dir);
let problems = 0;
for (const name of stories) {
  const sidecar = join(dir, sidecarOf(name));
  let found: string[];
  if (!existsSync(sidecar)) found = ['no .labels.json sidecar'];
  else {
    try {
      found = labelProblems(readFileSync(join(dir, name), 'utf8'), JSON.parse(readFileSync(sidecar, 'utf8')), ids);
    } catch (e) {
      found = [`sidecar is not JSON: ${(e as Error).message}`];
    }
  }
  for (const p of found) console.log(`${name}: ${p}`);
  problems += found.length;
}
console.log(`${stories.length} story files, ${problems} problems`);
process.exit(problems || !stories.length ? 1 : 0);
