import assert from 'node:assert/strict';
import { analyzeActors } from '../../server/src/engine/language/actors';
import { tokenize } from '../../server/src/engine/language/text';
import { lintWith, story } from '../helpers';

const actors = (sentence: string) => {
  const a = analyzeActors(tokenize(sentence));
  return { actor: a.actor, acts: a.acts, i: a.iActions, we: a.weActions, token: a.token?.text };
};

describe('who acts in a sentence', () => {
  describe('ownership that hides in more than "we"', () => {
    const cases: Array<[string, { i: number; we: number }]> = [
      ['My team and I rebuilt the ingest service.', { i: 0, we: 1 }],
      ['I helped with the migration to Postgres.', { i: 0, we: 0 }],
      ['I was involved in the vendor selection.', { i: 0, we: 0 }],
      ['I was part of the group that rewrote checkout.', { i: 0, we: 0 }],
      ['I supported the squads as they migrated their models.', { i: 0, we: 0 }],
      ['I think the cache was the real fix.', { i: 0, we: 0 }],
      ["I'm not sure the second rollout helped.", { i: 0, we: 0 }],
      ['I was on the team that handled payments.', { i: 0, we: 0 }],
      ['I was asked to lead the migration.', { i: 0, we: 0 }],
      ['I rewrote the parser and I load-tested it myself.', { i: 2, we: 0 }],
      ['I was able to cut the build to nine minutes.', { i: 1, we: 0 }],
      ['I had to rebuild the index twice.', { i: 1, we: 0 }],
      ['We had rebuilt the index before the sale.', { i: 0, we: 1 }],
      ['I had sought sign-off from legal first.', { i: 1, we: 0 }],
      ['I had a backlog of forty tickets.', { i: 0, we: 0 }],
      // How it ended for the group is an outcome, not a we-action.
      ['We came fourth out of six.', { i: 0, we: 0 }],
      ['We lost the framework to a cheaper bidder.', { i: 0, we: 0 }],
      ['We won the tender in March.', { i: 0, we: 0 }],
      ['We came up with a cheaper way to plane the road.', { i: 0, we: 1 }],
      ['We submitted the bid two days early.', { i: 0, we: 1 }],
    ];
    for (const [sentence, counts] of cases) {
      it(`${sentence} → ${counts.i} I, ${counts.we} we`, () => {
        const a = actors(sentence);
        assert.deepEqual({ i: a.i, we: a.we }, counts);
      });
    }
  });

  describe('states are not actions', () => {
    it('"we were a team of five" is context, not a we-action', () =>
      assert.deepEqual(actors('We were a team of five.'), { actor: 'we', acts: false, i: 0, we: 0, token: 'We' }));
    it('"everyone on the team was proud" is a feeling', () =>
      assert.equal(actors('Everyone on the team was proud of what we achieved.').acts, false));
    it('a state first, then an action: the acting subject is the actor', () => {
      const a = actors('We had a new VP who wanted a playbook, so we built one together.');
      assert.deepEqual({ actor: a.actor, acts: a.acts }, { actor: 'we', acts: true });
    });
    it('"My team and I" is counted against I, but the sentence is not underlined', () => {
      const text = story({
        situation: 'Five squads copied features between notebooks.',
        action: 'My team and I moved the shared features to Feast. We wrote the migration guide. We ran the workshops.',
        result: 'All five squads use the store now.',
      });
      const flagged = lintWith('we-overuse', text).map((f) => text.slice(f.start, f.end));
      assert.deepEqual(flagged, ['We', 'We']);
    });
    it('"My team and I …, we …": the first "we" that opens a clause of its own is underlined', () => {
      const text = story({
        situation: 'Email volume grew 8% a month during a hiring freeze.',
        action:
          'My team and I wrote the knowledge base, we set up the escalation path, and we trained the partner agents. ' +
          'We also changed our QA sampling.',
        result: 'First response went from 19 hours to 7.',
      });
      const flagged = lintWith('we-overuse', text).map((f) => text.slice(f.start, f.start + 12));
      assert.deepEqual(flagged, ['we set up th', 'We also chan']);
    });
    it('"My team and I …" with no "we" clause after it stays unmarked', () => {
      const a = actors('My team and I went through the edge cases together over three long meetings.');
      assert.deepEqual({ actor: a.actor, acts: a.acts }, { actor: 'we', acts: false });
    });
    for (const [sentence, actor] of [
      ['What we did was build a shared component library.', 'we'],
      ['What I did was rewrite the intake form over a weekend.', 'i'],
    ] as const) {
      it(`a pseudo-cleft tells the action as its subject's: ${sentence}`, () => {
        const a = actors(sentence);
        assert.deepEqual({ actor: a.actor, acts: a.acts }, { actor, acts: true });
      });
    }
    it('"what we did" inside a clause is no pseudo-cleft', () => {
      const a = actors('Nobody knew what we did was risky until the audit.');
      assert.notEqual(a.actor, 'we');
    });
  });
});

describe('a mark received, and a group named as an object, are no actions', () => {
  const cases: Array<[string, { i: number; we: number }]> = [
    ['We got 58 in the end, which pulled my average down.', { i: 0, we: 0 }],
    ['We got a B- for the project.', { i: 0, we: 0 }],
    ['We scored a first on the dissertation.', { i: 0, we: 0 }],
    ['We got the client to sign in May.', { i: 0, we: 1 }],
    ['We scored 71% on the group report.', { i: 0, we: 0 }],
  ];
  for (const [sentence, expected] of cases)
    it(sentence, () => {
      const a = actors(sentence);
      assert.deepEqual({ i: a.i, we: a.we }, expected);
    });
  it('"revision for everyone" does not make everyone the actor', () =>
    assert.notEqual(actors('Considered after-school revision for everyone, but attendance was low.').token, 'everyone'));
});

describe('something received is no action', () => {
  const cases: Array<[string, { i: number; we: number }]> = [
    ['We got lots of lovely messages from the families.', { i: 0, we: 0 }],
    ['We received thanks from every school.', { i: 0, we: 0 }],
    ['We got the hampers out by the 22nd.', { i: 0, we: 1 }],
  ];
  for (const [sentence, expected] of cases)
    it(sentence, () => {
      const a = actors(sentence);
      assert.deepEqual({ i: a.i, we: a.we }, expected);
    });
});

describe('who acts: states told with -ing adjectives, and how a group reacted', () => {
  const states = [
    'The teams were amazing and I was really proud of them.',
    'The ward staff were outstanding that week.',
    'Everyone in the department says it is so much better.',
    'The team loved the new rota.',
  ];
  for (const sentence of states) it(`reads no we-action in: ${sentence}`, () => assert.equal(actors(sentence).we, 0));
  const acts = [
    'We were running two shifts a day.',
    'Everyone on the ward pitched in.',
    'We said no to the second vendor.',
    'The team shipped it on Friday.',
  ];
  for (const sentence of acts) it(`reads a we-action in: ${sentence}`, () => assert.equal(actors(sentence).we, 1));
});

describe('a group or team right after a verb is its object, not a subject that acts', () => {
  const cases: Array<[string, { i: number; we: number }]> = [
    ['Chased everyone daily.', { i: 0, we: 0 }],
    ['I briefed the team before every shift.', { i: 1, we: 0 }],
    ['I told everyone the plan on Monday.', { i: 1, we: 0 }],
    ['Everyone chased the supplier daily.', { i: 0, we: 1 }],
    ['Then the team shipped the fix.', { i: 0, we: 1 }],
  ];
  for (const [sentence, expected] of cases)
    it(sentence, () => {
      const a = actors(sentence);
      assert.deepEqual({ i: a.i, we: a.we }, expected);
    });
});

describe('what a group received, lost, was spared or stopped suffering is no action', () => {
  const cases: Array<[string, { i: number; we: number }]> = [
    ['We received a recognition from the account director.', { i: 0, we: 0 }],
    ['By the time it was signed off we had lost nineteen days.', { i: 0, we: 0 }],
    ["We haven't had a single month-end outage since.", { i: 0, we: 0 }],
    ['After the cutover we stopped losing logs during spikes.', { i: 0, we: 0 }],
    ['We had moved the cutover to a Sunday.', { i: 0, we: 1 }],
    ['We stopped the nightly job during spikes.', { i: 0, we: 1 }],
  ];
  for (const [sentence, expected] of cases)
    it(sentence, () => {
      const a = actors(sentence);
      assert.deepEqual({ i: a.i, we: a.we }, expected);
    });
});

describe('a subject inside a condition has done nothing yet', () => {
  const cases: Array<[string, { i: number; we: number }]> = [
    ["Our biggest prospect said they'd sign, but only if we built a two-way sync.", { i: 0, we: 0 }],
    ['Unless I rang the depot first, the driver left without the pallets.', { i: 0, we: 0 }],
    ['I asked whether we could move the launch, and then we moved it to May.', { i: 1, we: 1 }],
    ['If we missed the slot, we rebooked it for the next morning.', { i: 0, we: 1 }],
    ['When we missed the slot, we rebooked it for the next morning.', { i: 0, we: 2 }],
  ];
  for (const [sentence, expected] of cases)
    it(sentence, () => {
      const a = actors(sentence);
      assert.deepEqual({ i: a.i, we: a.we }, expected);
    });
});

describe('the actor of a clause framed by a view, and a spoken opening before the subject', () => {
  const cases: Array<[string, { actor: string; acts: boolean }]> = [
    ['I guess we kind of all onboarded her together really.', { actor: 'we', acts: true }],
    ["I'd say we rebuilt most of the rota in the first week.", { actor: 'we', acts: true }],
    ['Probably, um, I think mostly I showed her how the weekly pack works.', { actor: 'i', acts: true }],
    ['Um, yeah, so we moved the stand-up to nine.', { actor: 'we', acts: true }],
    ["I think we'd make the same call again.", { actor: 'i', acts: false }],
    ['I think we might have gone too early.', { actor: 'i', acts: false }],
    ['I think about that launch a lot.', { actor: 'i', acts: false }],
    ['Maybe we should have looked at it more.', { actor: 'other', acts: false }],
  ];
  for (const [sentence, expected] of cases)
    it(sentence, () => {
      const a = actors(sentence);
      assert.deepEqual({ actor: a.actor, acts: a.acts }, expected);
    });
});

describe('a group that helped did something; a writer who helped only took part', () => {
  const cases: Array<[string, { i: number; we: number }]> = [
    ['We also helped to evacuate elderly residents from the care home.', { i: 0, we: 1 }],
    ['We supported the school through the move to the new site.', { i: 0, we: 1 }],
    ['I helped with the evacuation of the care home.', { i: 0, we: 0 }],
    ['We contributed to the council report.', { i: 0, we: 0 }],
  ];
  for (const [sentence, expected] of cases)
    it(sentence, () => {
      const a = actors(sentence);
      assert.deepEqual({ i: a.i, we: a.we }, expected);
    });
});

describe('a view or a road not taken ("I would say", "I would have started earlier") is no action', () => {
  const cases: Array<[string, { i: number; we: number }]> = [
    ['I would say that is Are Right, A Lot.', { i: 0, we: 0 }],
    ['Maybe I would have started the pods even earlier.', { i: 0, we: 0 }],
    ['We could have pushed back on the date.', { i: 0, we: 0 }],
    // Done: a habit told with "would", and the act itself.
    ['Every morning I would ring the three stores with the overnight figures.', { i: 1, we: 0 }],
    ['I started the pods two months earlier than planned.', { i: 1, we: 0 }],
  ];
  for (const [sentence, expected] of cases)
    it(sentence, () => {
      const a = actors(sentence);
      assert.deepEqual({ i: a.i, we: a.we }, expected);
    });
});
