import assert from 'node:assert/strict';
import { compilePrinciples } from '../../server/src/engine/language/principles';
import { AMAZON_PRINCIPLES } from '../../server/src/engine/lexicons/principles';

const matcher = compilePrinciples(AMAZON_PRINCIPLES);
/** Each mention as `name` or `name(plain)`. */
const mentions = (text: string) => matcher.find(text).map((p) => `${p.name}${p.named ? '' : '(plain)'}`);

describe('principle mentions', () => {
  it('reads a Title Case name inside a sentence as a name', () => {
    assert.deepEqual(mentions('The launch was a lesson in Dive Deep for me.'), ['Dive Deep']);
  });

  it('reads a naming frame as a name, whatever the case', () => {
    assert.deepEqual(mentions('This shows ownership because I took it on.'), ['Ownership']);
    assert.deepEqual(mentions('I applied the principle of frugality here.'), ['Frugality']);
    assert.deepEqual(mentions('That story maps to bias for action.'), ['Bias for Action']);
  });

  it('reads an ordinary phrase as plain: "I had to dive deep into the logs"', () => {
    assert.deepEqual(mentions('I had to dive deep into the logs.'), ['Dive Deep(plain)']);
    assert.deepEqual(mentions('I took ownership of the billing module.'), ['Ownership(plain)']);
  });

  it('does not trust a capital at the start of a sentence for a one-word name', () => {
    assert.deepEqual(mentions('Ownership of the pager moved to my team.'), ['Ownership(plain)']);
  });

  it('reads a one-word label that opens a sentence as a name: "Ownership: I took the pager"', () => {
    assert.deepEqual(mentions('Ownership: I took the pager for the whole quarter.'), ['Ownership']);
  });

  it('reads a name in parentheses as a name', () => {
    assert.deepEqual(mentions('I kept the old servers running another year (Frugality).'), ['Frugality']);
  });

  it('names every item of a list that opens with a name', () => {
    assert.deepEqual(mentions('It showed customer obsession, ownership and frugality at once.'), [
      'Customer Obsession',
      'Ownership',
      'Frugality',
    ]);
    assert.deepEqual(mentions('Customer Obsession, ownership, and frugality all mattered.'), [
      'Customer Obsession',
      'Ownership',
      'Frugality',
    ]);
  });

  it('does not spread a name across a clause: "Earn Trust mattered, so I took ownership"', () => {
    assert.deepEqual(mentions('Earn Trust mattered, so I took ownership of the fix.'), ['Earn Trust', 'Ownership(plain)']);
  });

  it('is not fooled by "the backbone of our platform" (an ordinary noun, not Have Backbone)', () => {
    assert.deepEqual(mentions('Kafka is the backbone of our platform.'), []);
    assert.deepEqual(mentions('We replaced the backbone network in March.'), []);
  });

  it('still finds Have Backbone when it is named', () => {
    assert.deepEqual(mentions('This shows backbone: I pushed back on the launch date.'), ['Have Backbone; Disagree and Commit']);
    assert.deepEqual(mentions('I think it shows Disagree and Commit.'), ['Have Backbone; Disagree and Commit']);
  });

  it("matches a name with an apostrophe whole, written straight or curly: Earth's Best Employer", () => {
    const whole = (text: string) => matcher.find(text).map((p) => p.text);
    assert.deepEqual(whole("This showed Strive to be Earth's Best Employer."), ["Strive to be Earth's Best Employer"]);
    assert.deepEqual(whole('That was Earth\u2019s Best Employer in practice.'), ['Earth\u2019s Best Employer']);
  });

  it('reads the characters of a custom value literally: "C++ Craft", "Think (Big)"', () => {
    const custom = compilePrinciples([
      { name: 'C++ Craft', definition: 'Write code that lasts.' },
      { name: 'Think (Big)', definition: 'Aim high.' },
    ]);
    const names = (text: string) => custom.find(text).map((p) => p.text);
    assert.deepEqual(names('This story shows C++ Craft in the parser rewrite.'), ['C++ Craft']);
    assert.deepEqual(names('This story shows Think (Big) at work.'), ['Think (Big)']);
    assert.deepEqual(names('This story shows Cxx Craft and Think Big.'), []);
  });
});
