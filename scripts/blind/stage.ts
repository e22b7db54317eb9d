// Stages a blind round outside the repository: one folder per writer, and the briefs the helpers read there (the general
// writer brief with only this round's section, and the labeller brief), so that no helper needs to open the repository.
// The round's section must already be in docs/blind-corpus/writer-brief.md, headed "## Round N (writers …)".
// Usage: npx tsx scripts/blind/stage.ts ROUND PREFIX [PREFIX …] --to DIR
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { roundBrief } from './brief';

const args = process.argv.slice(2);
const to = args.includes('--to') ? args[args.indexOf('--to') + 1] : undefined;
const [round, ...prefixes] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--to');
if (!to || !/^\d+$/.test(round ?? '') || !prefixes.length) {
  console.error('usage: stage.ts ROUND PREFIX [PREFIX …] --to DIR');
  process.exit(2);
}
if (resolve(to).startsWith(resolve(__dirname, '..', '..'))) {
  console.error(`${to} is inside the repository: writers and labellers must never see the engine`);
  process.exit(2);
}
mkdirSync(to, { recursive: true });
const docs = join(__dirname, '..', '..', 'docs', 'blind-corpus');
writeFileSync(join(to, 'writer-brief.md'), roundBrief(join(docs, 'writer-brief.md'), Number(round)), { flag: 'w' });
copyFileSync(join(docs, 'labeller-brief.md'), join(to, 'labeller-brief.md'));
for (const p of prefixes) {
  const dir = join(to, p);
  if (existsSync(dir) && readdirSync(dir).length) {
    console.error(`${dir} is not empty`);
    process.exit(1);
  }
  mkdirSync(dir, { recursive: true });
}
console.log(`staged round ${round} in ${to}: ${prefixes.join(', ')}`);
