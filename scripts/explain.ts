// Prints the story model of a Markdown file: stories, sections, sentences with their actor and quantities.
// Usage: npx tsx scripts/explain.ts path/to/story.md
import { readFileSync } from 'node:fs';
import { buildDocument } from '../server/src/engine/document/model';
import { principlesOf } from '../server/src/engine/config';

const text = readFileSync(process.argv[2], 'utf8');
const doc = buildDocument(text, principlesOf({}));
const line = (o: number) => text.slice(0, o).split('\n').length;
console.log(`hasMarkers=${doc.hasMarkers} frontMatter=${JSON.stringify(doc.frontMatter ?? null)}`);
for (const s of doc.stories) {
  console.log(`\nSTORY "${s.title ?? '(untitled)'}" title line ${line(s.titleStart)} structured=${s.structured} words=${s.words}`);
  for (const sec of s.sections)
    console.log(
      `  SECTION ${sec.kind}${sec.also.length ? '+' + sec.also.join('+') : ''} explicit=${sec.explicit} marker line ${line(sec.markerStart)} words=${sec.words} sentences=${sec.sentences.length}`,
    );
  for (const x of s.sentences) {
    const q = x.quantities.map((q) => `${q.text}<${q.kind}>`).join(', ');
    const p = x.principles.map((p) => `${p.name}${p.named ? '' : '(plain)'}`).join(', ');
    console.log(
      `  L${line(x.start)} [${x.part}] actor=${x.actor} I=${x.iActions} we=${x.weActions}${q ? ` qty=${q}` : ''}${x.pairs.length ? ` pairs=${x.pairs.length}` : ''}${p ? ` principles=${p}` : ''}\n      ${x.text.replace(/\s+/g, ' ')}`,
    );
  }
}
