import assert from 'node:assert/strict';
import { lintWith, story } from '../../helpers';

const ID = 'unbalanced-star';
const words = (n: number, w = 'detail') => Array.from({ length: n }, () => w).join(' ') + '.';

describe(ID, () => {
  it('fires when Situation and Task outrun the Action, with both counts', () => {
    const text = story({ situation: words(40), task: words(20), action: words(30), result: 'Costs fell 20%.' });
    const [f] = lintWith(ID, text);
    assert.equal(f.messageId, 'unbalanced');
    assert.deepEqual(f.data, { setup: 60, action: 30 });
    assert.equal(text.slice(f.start, f.end), '## A story');
  });

  it('fires on a long Situation alone', () => {
    assert.equal(lintWith(ID, story({ situation: words(50), action: words(20), result: 'Done in 2 days.' })).length, 1);
  });

  it('counts a combined "Situation and Task" section once', () => {
    const text = `## S\n\n### Situation and Task\n\n${words(40)}\n\n### Action\n\n${words(30)}\n\n### Result\n\nUp 10%.\n`;
    assert.deepEqual(
      lintWith(ID, text).map((f) => f.data),
      [{ setup: 40, action: 30 }],
    );
  });

  it('fires for heading sections too', () => {
    const text = `# T\n\n## Context\n\n${words(30)}\n\n## Goal\n\n${words(10)}\n\n## What I did\n\n${words(20)}\n\n## Outcome\n\nOK.\n`;
    assert.equal(lintWith(ID, text).length, 1);
  });

  it('stays silent when the Action is the longest part', () => {
    assert.deepEqual(lintWith(ID, story({ situation: words(20), task: words(10), action: words(60), result: 'Up 10%.' })), []);
  });

  it('stays silent at exactly equal length', () => {
    assert.deepEqual(lintWith(ID, story({ situation: words(20), task: words(10), action: words(30) })), []);
  });

  it('stays silent without an Action section (missing-star-section covers it)', () => {
    assert.deepEqual(lintWith(ID, story({ situation: words(50), result: 'Up 10%.' })), []);
  });

  it('stays silent on free prose, where sections are only inferred', () => {
    const text = `# Prose\n\n${words(80)}\n\n${words(10)}\n\n${words(10)}\n`;
    assert.deepEqual(lintWith(ID, text), []);
  });

  it('ignores the Result and Learning when weighing the setup', () => {
    assert.deepEqual(lintWith(ID, story({ situation: words(10), action: words(20), result: words(80), learning: words(50) })), []);
  });

  it('honours the ratio option', () => {
    const text = story({ situation: words(25), action: words(20) });
    assert.equal(lintWith(ID, text).length, 1);
    assert.deepEqual(lintWith(ID, text, { ratio: 1.5 }), []);
  });

  it('judges each story in a bank on its own', () => {
    const one = story({ title: 'One', situation: words(50), action: words(10) });
    const two = story({ title: 'Two', situation: words(10), action: words(50) });
    const text = `${one}\n${two}`;
    const found = lintWith(ID, text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), '## One');
  });
});
