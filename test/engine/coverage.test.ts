import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSkeleton, documentOf } from '../../server/src/engine/document/model';
import { parseChunk } from '../../server/src/engine/document/markdown';
import { readFrontMatter } from '../../server/src/engine/document/frontmatter';
import { principlesOf } from '../../server/src/engine/config';
import { corpusFiles } from './corpus-score';

/*
 * No prose a writer meant as a story is silently left unchecked (SPEC §2): in
 * every corpus file, each paragraph of a dozen words or more is read as part
 * of a story (or is its title), or set aside with a reason (collection title, intro, notes,
 * interviewer line, tag line).
 */
const CORPUS = join(__dirname, '..', 'corpus');

describe('every paragraph of a story file is read or classified', () => {
  for (const file of corpusFiles(CORPUS)) {
    it(file.slice(CORPUS.length + 1), () => {
      const text = readFileSync(file, 'utf8');
      const skeleton = buildSkeleton(text);
      const doc = documentOf(skeleton, principlesOf({}));
      const read: Array<[number, number]> = doc.stories.flatMap((s) => [
        [s.titleStart, s.titleEnd] as [number, number],
        ...s.sentences.map((x): [number, number] => [x.start, x.end]),
      ]);
      const covered = [...read, ...skeleton.asides.map((a): [number, number] => [a.start, a.end])];
      const body = readFrontMatter(text).frontMatter?.end ?? 0;
      for (const b of parseChunk(text, body, text.length).blocks) {
        if (b.type !== 'paragraph' || (b.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 12) continue;
        const inside = covered.some(([s, e]) => s < b.end && b.start < e);
        const line = text.slice(0, b.start).split('\n').length;
        assert.ok(inside, `line ${line} is in no story and not classified: ${b.text.slice(0, 80)}`);
      }
    });
  }
});
