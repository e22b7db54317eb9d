import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';

const ID = 'principle-stacking';

/** Lints one Result sentence of a small story and returns the flagged ranges. */
function flaggedIn(result: string): string[] {
  const text = story({ situation: 'Seller payouts failed twice a week.', action: 'I rotated the expired bank certificate.', result });
  return flagged(text, lintWith(ID, text));
}

describe(ID, () => {
  describe('fires on', () => {
    const cases: Array<[string, string]> = [
      [
        'This story shows Ownership, Bias for Action, Dive Deep and Deliver Results.',
        'Ownership, Bias for Action, Dive Deep and Deliver Results',
      ],
      [
        'I showed Ownership, Dive Deep and Bias for Action here: I deleted 14 alerts nobody acted on.',
        'Ownership, Dive Deep and Bias for Action',
      ],
      ['It shows customer obsession, ownership and frugality.', 'customer obsession, ownership and frugality'],
      ['This demonstrates Customer Obsession, Earn Trust and Think Big all at once.', 'Customer Obsession, Earn Trust and Think Big'],
      [
        'Through this project I practised Invent and Simplify, Frugality, and Insist on the Highest Standards.',
        'Invent and Simplify, Frugality, and Insist on the Highest Standards',
      ],
      [
        'It was Bias for Action that got it started, Dive Deep that found the cause, and Deliver Results that closed it.',
        'Bias for Action that got it started, Dive Deep that found the cause, and Deliver Results',
      ],
      [
        'Learn and Be Curious, Hire and Develop the Best, and Earn Trust all came together in the mentoring program.',
        'Learn and Be Curious, Hire and Develop the Best, and Earn Trust',
      ],
      [
        'I had to dive deep into the data, earn trust with the ops team, and take ownership of the rollout.',
        'dive deep into the data, earn trust with the ops team, and take ownership',
      ],
      [
        'My LPs here are Ownership, Frugality, Disagree and Commit and Are Right, A Lot.',
        'Ownership, Frugality, Disagree and Commit and Are Right, A Lot',
      ],
      [
        'This maps to Think Big, Bias for Action and Deliver Results because we moved fast.',
        'Think Big, Bias for Action and Deliver Results',
      ],
      [
        'Overall it reflected Ownership (I owned the rota), Dive Deep (I read the logs) and Frugality (no new hardware).',
        'Ownership (I owned the rota), Dive Deep (I read the logs) and Frugality',
      ],
    ];
    for (const [sentence, range] of cases) {
      it(sentence, () => assert.deepEqual(flaggedIn(sentence), [range]));
    }
  });

  describe('stays silent on', () => {
    const cases: Array<[string, string]> = [
      ['two principles', 'This shows Customer Obsession and Ownership.'],
      ['one principle named twice', 'It shows Ownership, and Ownership is what the role needs.'],
      [
        'two names of one principle (Have Backbone; Disagree and Commit)',
        'I had backbone: I showed Have Backbone and then Disagree and Commit with Ownership of the result.',
      ],
      ['a tag line listing principles', 'Leadership Principles: Customer Obsession, Ownership and Bias for Action.'],
      ['a bare list of principles', 'Customer Obsession, Ownership, Frugality.'],
      ['"the backbone of" as an ordinary noun', 'Kafka is the backbone of our platform, and I showed Ownership and Frugality.'],
      ['principles spread over sentences', 'I showed Ownership. I also showed Dive Deep. Frugality mattered too.'],
      [
        'one principle and ordinary words that only look like others',
        'I delivered the results early and thought about the big picture, which showed Ownership.',
      ],
      ['no principle at all', 'Failed payouts fell from 2 a week to none.'],
      ['a sentence with principles in quotations counted once each', 'The review praised my "Ownership" and my "Ownership" again.'],
    ];
    for (const [name, sentence] of cases) {
      it(name, () => assert.deepEqual(flaggedIn(sentence), []));
    }
  });

  it('counts the distinct principles and names them in order', () => {
    const text = story({ result: 'This shows Ownership, Dive Deep, Bias for Action and Deliver Results.' });
    const [f] = lintWith(ID, text);
    assert.equal(f.messageId, 'stacked');
    assert.equal(f.data.count, 4);
    assert.equal(f.data.names, 'Ownership, Dive Deep, Bias for Action, Deliver Results');
  });

  it('honours the min option', () => {
    const text = story({ result: 'This shows Customer Obsession and Ownership.' });
    assert.equal(lintWith(ID, text, { min: 2 }).length, 1);
    assert.equal(lintWith(ID, story({ result: 'It shows Ownership, Dive Deep and Frugality.' }), { min: 4 }).length, 0);
  });
});
