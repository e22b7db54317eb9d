// Prints the story model of a Markdown file: stories, sections, sentences with their actor and quantities,
// and the text set aside as no story (collection titles, intros, notes, interviewer lines, tag lines).
// Usage: npx tsx scripts/explain.ts path/to/story.md
import { readFileSync } from 'node:fs';
import { buildSkeleton, documentOf } from '../server/src/engine/document/model';
import { principlesOf } from '../server/src/engine/config';
import { storyStats } from '../server/src/engine/document/stats';

const text = readFileSync(process.argv[2], 'utf8');
const skeleton = buildSkeleton(text);
const doc = documentOf(skeleton, principlesOf({}));
const line = (o: number) => text.slice(0, o).split('\n').length;
const clip = (s: string) => s.replace(/\s+/g, ' ').slice(0, 100);
console.log(`hasMarkers=${doc.hasMarkers} frontMatter=${JSON.stringify(doc.frontMatter ?? null)}`);
for (const a of skeleton.asides) console.log(`ASIDE ${a.kind} line ${line(a.start)}: ${clip(text.slice(a.start, a.end))}`);
for (const s of doc.stories) {
  const st = storyStats(s);
  console.log(
    `\nSTORY "${s.title ?? '(untitled)'}" title line ${line(s.titleStart)} structured=${s.structured} words=${s.words} ` +
      `~${st.seconds}s I=${st.iActions} we=${st.weActions}`,
  );
  for (const sec of s.sections) {
    const kinds = sec.kind + (sec.also.length ? `+${sec.also.join('+')}` : '');
    console.log(
      `  SECTION ${kinds} explicit=${sec.explicit} marker line ${line(sec.markerStart)} words=${sec.words} ` +
        `sentences=${sec.sentences.length}`,
    );
  }
  for (const x of s.sentences) {
    const q = x.quantities.map((q) => `${q.text}<${q.kind}>`).join(', ');
    const p = x.principles.map((p) => `${p.name}${p.named ? '' : '(plain)'}`).join(', ');
    const facts = [
      `actor=${x.actor}${x.actorActs ? '' : '(no action)'}`,
      `I=${x.iActions} we=${x.weActions}`,
      q && `qty=${q}`,
      x.pairs.length && `pairs=${x.pairs.length}`,
      p && `principles=${p}`,
    ].filter(Boolean);
    console.log(`  L${line(x.start)} [${x.part}] ${facts.join(' ')}\n      ${clip(x.text)}`);
  }
}
