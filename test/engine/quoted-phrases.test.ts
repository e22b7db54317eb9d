import assert from 'node:assert/strict';
import { keptLength } from '../../server/src/engine/language/text';
import { lintWith, story } from '../helpers';

describe('quoted phrases in messages do not end on an article, a preposition or a possessive', () => {
  const cases: Array<[string, string]> = [
    ['lost about 230 kg of', 'lost about 230 kg'],
    ['moved their business to', 'moved their business'],
    ['through no fault of the', 'through no fault'],
    ['avoided a', 'avoided'],
    ['blame fell on', 'blame fell on'],
    ['the', 'the'],
  ];
  for (const [phrase, kept] of cases) it(`"${phrase}" reads "${kept}"`, () => assert.equal(phrase.slice(0, keptLength(phrase)), kept));

  it('a setback quoted by no-reflection ends on its noun', () => {
    const text = story({
      title: 'The chiller that failed',
      situation: 'I ran the Saturday session at a food bank.',
      action: 'I checked the fridges on Friday night and locked up.',
      result: 'The chiller tripped overnight and we lost about 230 kg of chilled stock.',
    });
    const [finding] = lintWith('no-reflection', text);
    assert.match(finding.message, /^`lost about 230 kg` marks a setback/);
  });

  it('a claim quoted and underlined by unquantified-claim ends on its verb', () => {
    const text = story({
      situation: 'Late trucks cost us fines.',
      action: 'I moved the cut-off to 14:00.',
      result: 'It avoided a repeat of the fines.',
    });
    const found = lintWith('unquantified-claim', text);
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['avoided'],
    );
  });
});
