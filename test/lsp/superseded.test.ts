import assert from 'node:assert/strict';
import { fullCollection, LARGE_TEXT, SupersededTexts } from '../../server/src/lsp/superseded';

describe('superseded texts of long documents', () => {
  /** A counter of collections, run when the test says the scheduled moment has come. */
  function setup(budget: number) {
    let collections = 0;
    const scheduled: Array<() => void> = [];
    const texts = new SupersededTexts(
      () => collections++,
      budget,
      (fn) => scheduled.push(fn),
    );
    const runScheduled = () => {
      for (const fn of scheduled.splice(0)) fn();
      return collections;
    };
    return { texts, runScheduled };
  }

  it('asks for a collection once replaced large texts pass the budget, after the diagnostics go out', () => {
    const { texts, runScheduled } = setup(3 * LARGE_TEXT);
    texts.replaced(LARGE_TEXT);
    texts.replaced(LARGE_TEXT);
    texts.published();
    assert.equal(runScheduled(), 0, 'under the budget');
    texts.replaced(LARGE_TEXT);
    assert.equal(runScheduled(), 0, 'due, but the diagnostics have not gone out yet');
    texts.published();
    assert.equal(runScheduled(), 1);
    texts.published();
    assert.equal(runScheduled(), 1, 'the count starts again after a collection');
  });

  it('never counts the texts of short documents, however many edits they get', () => {
    const { texts, runScheduled } = setup(3 * LARGE_TEXT);
    for (let i = 0; i < 10_000; i++) {
      texts.replaced(LARGE_TEXT - 1);
      texts.published();
    }
    assert.equal(runScheduled(), 0);
  });

  it('gets V8 to collect in this process', () => {
    const collect = fullCollection();
    assert.equal(typeof collect, 'function');
    collect?.();
  });
});
