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
      const before = shape(buildDocument(text, principles));
      const { findings } = lint(text, { force: true });
      let applied = 0;
      for (const f of findings) {
        for (const s of f.suggestions) {
          const fixed = apply(text, s.edits);
          const after = shape(buildDocument(fixed, principles));
          const where = `${f.ruleId} "${s.title}" at ${text.slice(0, f.start).split('\n').length}`;
          const inserted = /^Insert prompt: (\w+) section$/.exec(s.title)?.[1].toLowerCase();
          assert.equal(after.length, before.length, `${where}: ${before.length} stories became ${after.length}`);
          after.forEach((kinds, i) => {
            const expected =
              inserted && !before[i].includes(inserted) && kinds.includes(inserted) ? kinds.filter((k) => k !== inserted) : kinds;
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
