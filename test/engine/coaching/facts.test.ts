import assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/engine/document/model';
import { principlesOf } from '../../../server/src/engine/config';
import { StoryFactsCache } from '../../../server/src/engine/coaching/facts';
import { storyStats, storyStrengths } from '../../../server/src/engine/document/stats';
import type { StoryDocument } from '../../../server/src/engine/types';
import { story } from '../../helpers';

const principles = principlesOf({});
const BANK = [1, 2, 3]
  .map((n) =>
    story({
      title: `Story ${n}`,
      situation: 'Checkout timed out for one order in twenty.',
      action: `I profiled the service and rewrote ${n} slow queries.`,
      result: 'Timeouts fell from 5% to 0.2%.',
    }),
  )
  .join('\n');

/** The document, counting how many stories get built. */
function counted(text: string): { doc: StoryDocument; built: () => number } {
  const doc = buildDocument(text, principles);
  let n = 0;
  const storyOf = doc.storyOf.bind(doc);
  return {
    doc: Object.assign(Object.create(doc), {
      storyOf: (i: number) => {
        n++;
        return storyOf(i);
      },
    }) as StoryDocument,
    built: () => n,
  };
}

describe('coaching: story facts kept across edits', () => {
  it('gives the same facts as the story model, placed where each story is', () => {
    const cache = new StoryFactsCache();
    const doc = buildDocument(BANK, principles);
    const placed = cache.all(doc, 150, '');
    assert.equal(placed.length, 3);
    doc.stories.forEach((s, i) => {
      assert.equal(placed[i].start, s.titleStart);
      assert.deepEqual(placed[i].facts.stats, storyStats(s));
      assert.deepEqual(placed[i].facts.strengths, storyStrengths(s));
      assert.deepEqual(
        placed[i].facts.sections.map((x) => [x.kind, x.start + placed[i].start, x.words]),
        s.sections.map((x) => [x.kind, x.start, x.words]),
      );
    });
  });

  it('builds only the story an edit changed, and moves the others', () => {
    const cache = new StoryFactsCache();
    const first = counted(BANK);
    cache.all(first.doc, 150, '');
    assert.equal(first.built(), 3);
    const edited = BANK.replace('rewrote 2 slow queries', 'rewrote 2 slow queries and one index');
    const second = counted(`Notes first.\n\n${edited}`);
    const placed = cache.all(second.doc, 150, '');
    assert.equal(second.built(), 1, 'one story changed');
    const fresh = buildDocument(`Notes first.\n\n${edited}`, principles);
    assert.deepEqual(
      placed.map((p) => p.start),
      fresh.stories.map((s) => s.titleStart),
    );
  });

  it('counts again when the pace or the principles change', () => {
    const cache = new StoryFactsCache();
    cache.all(buildDocument(BANK, principles), 150, '');
    const again = counted(BANK);
    cache.all(again.doc, 120, '');
    assert.equal(again.built(), 3);
    const other = counted(BANK);
    cache.all(other.doc, 120, '["Craft"]');
    assert.equal(other.built(), 3);
  });
});
