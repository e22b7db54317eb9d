import assert from 'node:assert/strict';
import { buildBank, BankCache, type BankInput, type Bank } from '../../../server/src/engine/bank';
import { lint } from '../../../server/src/engine/lint';
import { storyStats } from '../../../server/src/engine/document/stats';
import type { StarConfig } from '../../../server/src/engine/config';
import * as f from './fixtures';

const files = (stories: Record<string, string>, config: StarConfig = {}): BankInput[] =>
  Object.entries(stories).map(([name, text]) => ({ file: `stories/${name}.md`, text, config }));
const bankOf = (stories: Record<string, string>, config: StarConfig = {}) => buildBank(files(stories, config), { config });
const story = (bank: Bank, title: string) => {
  const s = bank.stories.find((x) => x.title === title);
  assert.ok(s, `no story "${title}" in ${bank.stories.map((x) => x.title).join(', ')}`);
  return s;
};
const notes = (bank: Bank, kind: string) => bank.notes.filter((n) => n.kind === kind);

describe('story bank', () => {
  describe('each story', () => {
    it('is listed once, with its file, title line, claims and evidence', () => {
      const bank = bankOf({ customer: f.customer, diveDeep: f.diveDeep });
      assert.deepEqual(
        bank.stories.map((s) => [s.file, s.line, s.title]),
        [
          ['stories/customer.md', 5, 'Fixing refill reminders for pharmacy patients'],
          ['stories/diveDeep.md', 1, 'The payout mismatch'],
        ],
      );
      assert.deepEqual(story(bank, 'Fixing refill reminders for pharmacy patients').claimed, ['Customer Obsession']);
      assert.deepEqual(story(bank, 'Fixing refill reminders for pharmacy patients').shown, ['Customer Obsession']);
      assert.deepEqual(story(bank, 'The payout mismatch').claimed, ['Dive Deep']);
      assert.deepEqual(story(bank, 'The payout mismatch').shown, ['Dive Deep']);
    });

    it('takes claims from the title, and from front matter in a one-story file', () => {
      const bank = bankOf({
        titled: f.crossTeam.replace('## One number for on-time delivery', '## Earn Trust: one number for on-time delivery'),
        fm: `---\nprinciples: [Backbone]\n---\n\n${f.conflict}`,
      });
      assert.deepEqual(story(bank, 'Earn Trust: one number for on-time delivery').claimed, ['Earn Trust']);
      // An alias in front matter maps to the configured name.
      assert.deepEqual(story(bank, 'Disagreeing about the launch date').claimed, ['Have Backbone; Disagree and Commit']);
    });

    it('reports level, type, spoken seconds and findings from the shared story facts', () => {
      const text = `---\nlevel: L6\n---\n\n${f.teamStory}`;
      const bank = bankOf({ team: text });
      const s = story(bank, 'Rebuilding the search index');
      const linted = lint(text, { path: 'stories/team.md' });
      assert.equal(s.level, 'L6');
      assert.equal(s.type, 'success');
      assert.equal(s.seconds, storyStats(linted.doc!.stories[0]).seconds);
      assert.ok(linted.findings.length > 0);
      assert.equal(s.findings, linted.findings.length);
    });

    it('takes the level from the config when the front matter has none', () => {
      assert.equal(bankOf({ c: f.customer }, { level: 'L7' }).stories[0].level, 'L7');
      assert.equal(bankOf({ c: f.customer }).stories[0].level, null);
    });

    it('infers failure, conflict and customer types, and keeps a front matter type', () => {
      const bank = bankOf({ failure: f.failure, conflict: f.conflict, customer: f.customer, dive: f.diveDeep });
      assert.equal(story(bank, 'The release I did not load-test').type, 'failure');
      assert.equal(story(bank, 'Disagreeing about the launch date').type, 'conflict');
      assert.equal(story(bank, 'Fixing refill reminders for pharmacy patients').type, 'customer');
      assert.equal(story(bank, 'The payout mismatch').type, 'success');
      const typed = bankOf({ t: `---\ntype: leadership\n---\n\n${f.diveDeep}` });
      assert.equal(typed.stories[0].type, 'leadership');
    });

    it('shows nothing for a story told in "we", even with the signals of a principle', () => {
      const s = bankOf({ team: f.teamStory }).stories[0];
      assert.deepEqual(s.shown, []);
    });

    it('does not count a principle named with a generic reason as evidence', () => {
      const s = bankOf({ shallow: f.shallow }).stories[0];
      assert.deepEqual(s.claimed, ['Ownership']);
      assert.deepEqual(s.shown, []);
    });

    it('does not read a product promotion, user onboarding or a service "called" something as principle evidence', () => {
      const text = `## The loyalty ledger

**Situation:** Our shoppers were about to get a points promotion, and user onboarding had to show the new balance.

**Action:** I built the ledger on a service called Atlas and wrote the onboarding screen for it.

**Result:** The promotion launched with 0 balance errors across 2 million accounts.
`;
      assert.deepEqual(bankOf({ t: text }).stories[0].shown, []);
    });

    it('counts a named principle backed by the writer’s action and a measured result', () => {
      const text = f.stretched.replace(
        'I moved the build to a remote cache.',
        'I moved the build to a remote cache, which shows Frugality: I reused our storage.',
      );
      assert.ok(bankOf({ s: text }).stories[0].shown.includes('Frugality'));
    });
  });

  describe('the matrix', () => {
    it('lists every configured principle, with shown and claimed cells', () => {
      const bank = bankOf({ customer: f.customer, stretched: f.stretched });
      assert.equal(bank.principles.length, 16);
      const co = bank.principles.find((p) => p.name === 'Customer Obsession');
      assert.deepEqual(co?.stories, [
        { file: 'stories/customer.md', line: 5, title: 'Fixing refill reminders for pharmacy patients', evidence: 'shown' },
      ]);
      const tb = bank.principles.find((p) => p.name === 'Think Big');
      assert.deepEqual(tb?.stories, [{ file: 'stories/stretched.md', line: 1, title: 'Migrating the build system', evidence: 'claimed' }]);
    });
  });

  describe('notes', () => {
    it('gap: a principle no story shows', () => {
      const bank = bankOf({ customer: f.customer, diveDeep: f.diveDeep });
      assert.ok(bank.gaps.includes('Frugality'));
      assert.ok(!bank.gaps.includes('Dive Deep'));
      assert.equal(bank.gaps.length, 14);
      const gap = notes(bank, 'gap').find((n) => n.message.startsWith('No story shows Frugality.'));
      assert.ok(gap);
      assert.equal(gap.file, undefined);
    });

    it('thin: a principle only one story shows', () => {
      const one = bankOf({ diveDeep: f.diveDeep, customer: f.customer });
      assert.deepEqual(
        notes(one, 'thin')
          .filter((n) => n.message.includes('Dive Deep'))
          .map((n) => [n.file, n.line]),
        [['stories/diveDeep.md', 1]],
      );
      const two = bankOf({ diveDeep: f.diveDeep, again: f.diveDeep.replace('The payout mismatch', 'The invoice mismatch') });
      assert.equal(notes(two, 'thin').filter((n) => n.message.includes('Dive Deep')).length, 0);
    });

    it('unbacked-claim: a principle claimed and not shown', () => {
      const bank = bankOf({ stretched: f.stretched, customer: f.customer });
      const unbacked = notes(bank, 'unbacked-claim');
      assert.equal(unbacked.length, 5);
      assert.match(unbacked[0].message, /^"Migrating the build system" claims Invent and Simplify but shows no evidence of it\./);
      assert.equal(unbacked[0].line, 1);
      assert.equal(notes(bankOf({ customer: f.customer }), 'unbacked-claim').length, 0);
    });

    it('stretched: one story claimed for more than three principles', () => {
      const bank = bankOf({ stretched: f.stretched, customer: f.customer });
      assert.deepEqual(
        notes(bank, 'stretched').map((n) => n.message),
        [
          '"Migrating the build system" is claimed for 5 principles (Invent and Simplify, Hire and Develop the ' +
            'Best, Think Big, Frugality, Earn Trust). Keep the 3 it shows best; follow-ups on each would stretch ' +
            'it thin.',
        ],
      );
      const three = f.stretched.replace(', Invent and Simplify, Hire and Develop the Best', '');
      assert.equal(notes(bankOf({ three }), 'stretched').length, 0);
    });

    it('missing-type: the failure, conflict and customer stories a loop asks for', () => {
      const none = bankOf({ dive: f.diveDeep });
      assert.deepEqual(
        notes(none, 'missing-type').map((n) => n.message.split('.')[0]),
        ['No failure story', 'No conflict or disagreement story', 'No customer story'],
      );
      const all = bankOf({ failure: f.failure, conflict: f.conflict, customer: f.customer });
      assert.deepEqual(notes(all, 'missing-type'), []);
    });

    it('level-scope: no story reaches the scope the level asks', () => {
      const l7 = bankOf({ customer: f.customer, dive: f.diveDeep }, { level: 'L7' });
      assert.deepEqual(
        notes(l7, 'level-scope').map((n) => n.message.split('.')[0]),
        ['At L7 the loop looks for work that reaches several teams, and no story does'],
      );
      const reached = bankOf({ customer: f.customer, cross: f.crossTeam }, { level: 'L7' });
      assert.deepEqual(notes(reached, 'level-scope'), []);
      // Below L6 the writer's own task is enough.
      assert.deepEqual(notes(bankOf({ dive: f.diveDeep }, { level: 'L5' }), 'level-scope'), []);
    });

    it('level-scope: a front matter level is checked too', () => {
      const bank = bankOf({ dive: `---\nlevel: L6\n---\n\n${f.diveDeep}` });
      assert.deepEqual(
        notes(bank, 'level-scope').map((n) => n.message.split('.')[0]),
        ['At L6 the loop looks for work that reaches your team, and no story does'],
      );
    });

    it('level-scope: "senior" alone names no rung, as in the rule', () => {
      assert.deepEqual(notes(bankOf({ dive: `---\nlevel: senior\n---\n\n${f.diveDeep}` }), 'level-scope'), []);
    });

    it('an empty bank has no notes', () => {
      const bank = buildBank([{ file: 'notes.md', text: '# Notes\n\nNothing here.\n', config: {} }]);
      assert.deepEqual(bank.stories, []);
      assert.deepEqual(bank.notes, []);
    });
  });

  describe('a custom principle list', () => {
    const config: StarConfig = {
      principles: [
        { name: 'Frugal Innovation', definition: 'Do more with less.', evidence: 'Show what you built without new spend.' },
        { name: 'Radical Candor', definition: 'Say the hard thing kindly.', aliases: ['candor'] },
        { name: 'Customer Obsession', definition: 'Start from the customer.' },
      ],
    };
    const ours = `## Rebuilding the build cache

Values: Frugal Innovation, Radical Candor

**Situation:** Builds took 40 minutes.

**Action:** This shows Frugal Innovation: I moved the build cache onto storage we already paid for.

**Result:** Builds took 12 minutes, and the bill did not grow by $1.
`;

    it('makes the matrix of the configured values only, in their order', () => {
      const bank = bankOf({ ours, customer: f.customer }, config);
      assert.deepEqual(
        bank.principles.map((p) => p.name),
        ['Frugal Innovation', 'Radical Candor', 'Customer Obsession'],
      );
      assert.deepEqual(story(bank, 'Rebuilding the build cache').claimed, ['Frugal Innovation', 'Radical Candor']);
      assert.deepEqual(story(bank, 'Rebuilding the build cache').shown, ['Frugal Innovation']);
      assert.deepEqual(bank.gaps, ['Radical Candor']);
      assert.match(notes(bank, 'unbacked-claim')[0].message, /claims Radical Candor/);
      assert.ok(notes(bank, 'thin').some((n) => n.message.includes('Frugal Innovation')));
    });

    it('ignores Amazon names that are not configured', () => {
      const bank = bankOf({ dive: f.diveDeep }, config);
      assert.deepEqual(bank.stories[0].claimed, []);
      assert.ok(!bank.principles.some((p) => p.name === 'Dive Deep'));
    });
  });

  describe('cache', () => {
    it('reuses an unchanged file’s stories and recomputes a changed one', () => {
      const cache = new BankCache();
      const input = files({ dive: f.diveDeep })[0];
      const first = cache.profiles(input);
      assert.equal(cache.profiles({ ...input }), first);
      const changed = cache.profiles({ ...input, text: input.text.replace('The payout mismatch', 'The ledger mismatch') });
      assert.notEqual(changed, first);
      assert.equal(changed?.[0].title, 'The ledger mismatch');
      const bank = buildBank([input], { cache });
      assert.equal(bank.stories[0].title, 'The payout mismatch');
    });
  });
});
