import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint } from '../../../server/src/engine/lint';
import { buildDocument } from '../../../server/src/engine/document/model';
import { principlesOf } from '../../../server/src/engine/config';
import { plainPlaceholders } from '../../../server/src/engine/fixes';
import type { Edit, StoryDocument } from '../../../server/src/engine/types';

const CORPUS = join(__dirname, '..', '..', 'corpus');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith('.md') ? [path] : [];
    });
}

function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + plainPlaceholders(e.newText) + out.slice(e.end);
  return out;
}

/** Each story's section kinds, in order: the shape a fix must keep. */
const SECTION_KINDS = ['situation', 'task', 'action', 'result', 'learning'];

/** Whether every item of `a` appears in `b`, in the same order. */
function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const x of b) if (j < a.length && a[j] === x) j++;
  return j === a.length;
}

const shape = (doc: StoryDocument) => doc.stories.map((s) => s.sections.map((x) => [x.kind, ...x.also].join('+')));
const words = (text: string, word: RegExp) => (text.match(word) ?? []).length;
const WE = /(?<![\p{L}'’])we(?![\p{L}'’])/giu;
const I = /(?<![\p{L}'’])I(?![\p{L}'’])/gu;

// Every fix offered on every corpus story, applied as a writer would: the
// file must still read as the same stories with the same sections (plus the
// section a fix inserts), and no fix may hand the team's work to the writer.
describe('coaching: every fix on every corpus story', () => {
  const principles = principlesOf({});
  for (const file of markdownFiles(CORPUS)) {
    it(relative(CORPUS, file), () => {
      const text = readFileSync(file, 'utf8');
      const doc = buildDocument(text, principles);
      const stories = doc.stories;
      const before = shape(doc);
      const { findings } = lint(text, { force: true });
      let applied = 0;
      for (const f of findings) {
        for (const s of f.suggestions) {
          const fixed = apply(text, s.edits);
          const after = shape(buildDocument(fixed, principles));
          const where = `${f.ruleId} "${s.title}" at ${text.slice(0, f.start).split('\n').length}`;
          const inserted = /^Insert prompt: (\w+) section$/.exec(s.title)?.[1].toLowerCase();
          assert.equal(after.length, before.length, `${where}: ${before.length} stories became ${after.length}`);
          // A prompt may insert a missing section under its label ("**Situation:** This mattered because …").
          const labelled = s.edits.flatMap((e) => SECTION_KINDS.filter((k) => new RegExp(`(?:\\*\\*|#+ )${k}\\b`, 'i').test(e.newText)));
          after.forEach((kinds, i) => {
            const added = [...(inserted ? [inserted] : []), ...labelled].filter((k) => !before[i].includes(k));
            const expected = kinds.filter((k) => !added.includes(k));
            // A prompt adds a sentence: in a story without labels for every part, where parts are read from the order of
            // its sentences, the new sentence may add a part the story lacked, but never loses or reorders one it had.
            if (s.kind === 'prompt' && !stories[i].structured) {
              assert.ok(isSubsequence(before[i], expected), `${where}: story ${i + 1}'s sections ${before[i]} became ${expected}`);
              return;
            }
            assert.deepEqual(expected, before[i], `${where}: story ${i + 1}'s sections changed`);
          });
          const replaced = s.edits.map((e) => text.slice(e.start, e.end)).join(' ');
          const added = s.edits.map((e) => e.newText).join(' ');
          assert.ok(
            !(words(replaced, WE) > words(added, WE) && words(added, I) > words(replaced, I)),
            `${where}: turns "we" into "I" (${JSON.stringify(replaced)} → ${JSON.stringify(added)})`,
          );
          assert.ok(!/\sby \[who\]/.test(plainPlaceholders(added)), `${where}: "by [who]" asks for a passive agent, not an active rewrite`);
          applied++;
        }
      }
      // A file with findings offers fixes; the corpus strong stories may have none.
      if (findings.some((f) => f.suggestions.length)) assert.ok(applied > 0);
    });
  }
});
