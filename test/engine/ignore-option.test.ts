import assert from 'node:assert/strict';
import { RULES, ruleById } from '../../server/src/engine/rules';
import { flagged, lintWith, story } from '../helpers';

/*
 * Every rule that a listed word sets off takes an `ignore` option with one
 * meaning: the words or phrases to accept, matched as whole words in any case.
 * Sentence rules drop an occurrence whose underlined text holds one; story
 * rules stop counting the sentence or phrase that held one.
 */

/** Rules that flag something missing: nothing is underlined that a writer could accept, so they take no `ignore`. */
const ABSENCE_RULES = [
  'level-scope',
  'missing-star-section',
  'no-customer-context',
  'result-without-metric',
  'story-length',
  'unbalanced-star',
];

function example(id: string): string {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.examples.invalid[0].text;
}

/** [rule, story, ignore list, what is still flagged with it] */
const CASES: Array<[string, string, string[], string[]]> = [
  ['hedging', example('hedging'), ['sort of'], ['Um', 'probably', 'I guess', "I'm not sure"]],
  ['hedging', example('hedging'), ['I GUESS', 'I’m not sure'], ['Um', 'probably', 'sort of']],
  ['passive-voice', example('passive-voice'), ['restarted'], ['had been deployed', 'was added']],
  ['unquantified-claim', example('unquantified-claim'), ['happier'], ['significantly improved', 'more reliable']],
  ['shallow-principle', example('shallow-principle'), ['ownership'], ['Customer Obsession', 'Bias for Action']],
  ['principle-stacking', example('principle-stacking'), ['dive deep'], []],
  ['blame-shifting', example('blame-shifting'), ['dropped  the ball'], ["wasn't my fault"]],
  ['inconsistent-metric', example('inconsistent-metric'), ['20%'], []],
  ['no-alternatives', example('no-alternatives'), ['designed'], []],
  [
    'we-overuse',
    story({
      situation: 'Our checkout page timed out for a tenth of shoppers.',
      action: 'We profiled the page. Our team rewrote the slow query. We added a cache in front of it.',
      result: 'Timeouts fell from 10% to 0.5% of sessions.',
    }),
    ['our'],
    ['We', 'We'],
  ],
  [
    'no-reflection',
    story({
      title: 'Cutover weekend',
      situation: 'We moved the billing database to a new cluster over a weekend.',
      action: 'I ran the cutover. The replication lag grew and we had to roll back on Sunday night, and the launch slipped a week.',
      result: 'We finished the move the following weekend.',
    }),
    ['roll back', 'slipped'],
    [],
  ],
];

describe('the ignore option', () => {
  for (const [id, text, ignore, still] of CASES) {
    it(`${id}: ignore ${JSON.stringify(ignore)} keeps only the rest`, () => {
      const before = lintWith(id, text);
      const after = lintWith(id, text, { ignore });
      // The case must show the option doing something: more was flagged without it.
      assert.ok(before.length > after.length, `${id} flagged ${before.length} without the option and ${after.length} with it`);
      assert.deepEqual(flagged(text, after), still);
    });
  }

  it('matches whole words only: a stem does not silence its inflections', () => {
    const text = example('passive-voice');
    assert.deepEqual(flagged(text, lintWith('passive-voice', text, { ignore: ['deploy', 'add'] })), [
      'had been deployed',
      'was added',
      'was restarted',
    ]);
  });

  it('no-reflection still fires when only an unrelated word is ignored', () => {
    const [, text] = CASES.find(([id]) => id === 'no-reflection')!;
    assert.equal(lintWith('no-reflection', text, { ignore: ['billing'] }).length, 1);
  });

  it('is on every rule that a listed word sets off, and only the absence rules lack it', () => {
    const without = RULES.filter((r) => !('ignore' in (r.meta.defaultOptions as object))).map((r) => r.id);
    assert.deepEqual(without.sort(), [...ABSENCE_RULES].sort());
    for (const r of RULES) {
      if (!('ignore' in (r.meta.defaultOptions as object))) continue;
      assert.deepEqual((r.meta.defaultOptions as { ignore: unknown }).ignore, [], r.id);
      assert.ok(
        CASES.some(([id]) => id === r.id),
        `${r.id} has an ignore case here`,
      );
    }
  });
});
