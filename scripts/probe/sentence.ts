// What the engine flags in one sentence, told in a chosen part of a small STAR story: the quickest check of a reading.
// Usage: npx tsx scripts/probe/sentence.ts RULE|all "sentence" ["sentence" …]   (PART=situation|task|action|result)
import { lint } from '../../server/src/engine/lint';

const [rule, ...sentences] = process.argv.slice(2);
const part = (process.env.PART ?? 'action').toLowerCase();
for (const sentence of sentences) {
  const parts: Record<string, string> = {
    situation: 'Our clinic ran a weekly vaccination session for about 200 patients.',
    task: 'I was asked to fix the booking process before winter.',
    action: 'I mapped the booking steps and rewrote the reminder text.',
    result: 'No-shows fell from 18% to 9% over the next two months.',
  };
  parts[part] = sentence;
  const text = `# Story\n\n${Object.entries(parts)
    .map(([k, v]) => `## ${k[0].toUpperCase()}${k.slice(1)}\n\n${v}\n`)
    .join('\n')}`;
  const at = text.indexOf(sentence);
  const hits = lint(text, { path: 'stories/probe.md' }).findings.filter(
    (f) => (rule === 'all' || f.ruleId === rule) && f.start >= at && f.start < at + sentence.length,
  );
  console.log(`${hits.length ? 'FIRES ' : 'silent'} ${sentence}`);
  for (const f of hits) console.log(`       ${f.ruleId}: "${text.slice(f.start, f.end)}"`);
}
