import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';
import { lint } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules';
import { MACRO_CLEANUP, PANTRY_ROTA, STRONG_STORIES } from '../fixtures/issue8-stories';

const ID = 'shallow-principle';

/** Lints text placed in the Result of a story whose Action is concrete, and returns the flagged principles. */
function flaggedIn(result: string): string[] {
  const text = story({
    situation: 'Dispatchers at our courier company booked 2,000 pickups a day by phone.',
    action: 'I rebuilt the booking form in React and added address autofill.',
    result,
  });
  return flagged(text, lintWith(ID, text));
}

describe(ID, () => {
  describe('fires on a named principle with a reason that fits any story', () => {
    const cases: Array<[string, string[]]> = [
      ['This is Customer Obsession, because the whole thing was for the customer.', ['Customer Obsession']],
      ['It also shows Ownership, since I owned the work from start to end.', ['Ownership']],
      ['Bias for Action as well, because we went fast.', ['Bias for Action']],
      ['I showed Ownership by fixing it.', ['Ownership']],
      ['Customer Obsession: we always put the customer first.', ['Customer Obsession']],
      ['For Ownership, I made sure the project got done.', ['Ownership']],
      ['I took ownership of the whole thing, which shows Ownership.', ['Ownership']],
      ['Dive Deep: I really dug into the details.', ['Dive Deep']],
      ['This shows Earn Trust because I was honest with the team.', ['Earn Trust']],
      ['This reflects Bias for Action since we acted fast and delivered results.', ['Bias for Action']],
      ['It shows Frugality because we saved money.', ['Frugality']],
      ['This shows Think Big because I had a big vision for the product.', ['Think Big']],
      ['This demonstrates Deliver Results because I always deliver results on time.', ['Deliver Results']],
      ['This story shows Customer Obsession because we always put merchants first.', ['Customer Obsession']],
      ['As an example of Ownership, I stayed late to finish the work.', ['Ownership']],
      ['This shows Ownership because I treated it like my own.', ['Ownership']],
      ['This shows customer obsession and ownership because I cared about the outcome.', ['customer obsession', 'ownership']],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepEqual(flaggedIn(sentence), expected));
    }
  });

  it('fires on each of three generic lines in a row: the next line naming a principle generically is no evidence', () => {
    const found = flaggedIn(
      'This is Customer Obsession, because the whole thing was for the customer. It was Ownership too, since I owned the work from ' +
        'start to end. Bias for Action as well, because we went fast.',
    );
    assert.deepEqual(found, ['Customer Obsession', 'Ownership', 'Bias for Action']);
  });

  it('fires when the next sentence is only a slogan', () => {
    assert.deepEqual(
      flaggedIn('I showed Customer Obsession because customers always come first for me. That mindset guides everything I do.'),
      ['Customer Obsession'],
    );
  });

  describe('fires on a name dropped with no reason at all', () => {
    const cases: Array<[string, string[]]> = [
      ['This story shows Ownership.', ['Ownership']],
      ['It showed Customer Obsession, Ownership and Bias for Action.', ['Customer Obsession', 'Ownership', 'Bias for Action']],
      ['Classic Bias for Action.', ['Bias for Action']],
      ['Ownership all the way.', ['Ownership']],
      ['Pure Customer Obsession.', ['Customer Obsession']],
    ];
    for (const [sentence, expected] of cases) it(sentence, () => assert.deepEqual(flaggedIn(sentence), expected));
  });

  describe('stays silent on a dropped name backed by evidence', () => {
    const cases: Array<[string, string]> = [
      [
        'evidence in the next sentence',
        'This story shows Ownership. I rewrote the on-call runbook myself and cut pages from 40 to 9 a month.',
      ],
      ['a claim with its evidence in the same sentence', 'It showed Dive Deep when I traced the 3% of failed payouts to one bank code.'],
      ['a tag line', 'Principles shown: Ownership.'],
      [
        'a long sentence that merely mentions a principle',
        'I kept the runbook current, paired with each new engineer, and moved the flaky checks out of the deploy path, which is what I ' +
          'think Ownership means.',
      ],
    ];
    for (const [name, sentence] of cases) it(name, () => assert.deepEqual(flaggedIn(sentence), []));
  });

  describe('stays silent on', () => {
    const cases: Array<[string, string]> = [
      ['a quantity in the reason', 'This shows Customer Obsession: I interviewed 12 dispatchers who kept retyping addresses.'],
      [
        'a specific verb and object in the reason',
        'This shows Customer Obsession because I interviewed merchants about their refund flow.',
      ],
      ['a specific action after "by"', 'I demonstrated ownership by rewriting the flaky deploy scripts.'],
      ['a named system in the reason', 'It shows Frugality because I reused the old Jenkins boxes instead of buying new ones.'],
      [
        'specific evidence in the next sentence',
        'This shows Dive Deep because I looked into the data. I pulled three weeks of Kafka consumer lag and found one partition stuck.',
      ],
      ['a number in the next sentence', 'It also shows Bias for Action because we went fast. We shipped the fix in 2 days.'],
      ['an ordinary phrase, not a principle named', 'I had to dive deep into the logs because the alerts were noisy.'],
      ['"took ownership" as an ordinary phrase', 'I took ownership of the incident because nobody else was on call.'],
      ['a tag line listing principles', 'Principles: Ownership, Dive Deep.'],
      ['a principle inside a quotation', 'My manager called it "Ownership" because I stayed late.'],
      ['a sentence that only says why I joined', 'Customer Obsession is why I joined the payments team.'],
      ['"since then" is time, not a reason', 'I have practised Bias for Action since then.'],
      ['a code span as evidence', 'This shows Dive Deep because I traced it to `retry_backoff_ms` being zero.'],
    ];
    for (const [name, sentence] of cases) {
      it(name, () => assert.deepEqual(flaggedIn(sentence), []));
    }
  });

  it('does not take evidence from the next section', () => {
    const text = story({
      action: 'This shows Ownership because I owned the work end to end.',
      result: 'Booking time fell from 4 minutes to 40 seconds.',
    });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['Ownership']);
  });

  it('reports the principle as written and its canonical name', () => {
    const text = story({ action: 'This shows bias for action because we moved fast.' });
    const [f] = lintWith(ID, text);
    assert.equal(f.messageId, 'generic');
    assert.equal(f.data.principle, 'bias for action');
    assert.equal(f.data.name, 'Bias for Action');
  });

  it('offers a prompt for one thing I did and its result, after the sentence', () => {
    const text = story({ action: 'This shows Ownership because I owned it.' });
    const [f] = lintWith(ID, text);
    const [s] = f.suggestions;
    assert.equal(s.kind, 'prompt');
    assert.equal(s.title, 'Insert prompt: For example, I … and …');
    assert.match(s.edits[0].newText, /^ For example, I \$\{1:[^}]+\} and \$\{2:[^}]+\}\.$/);
    assert.equal(text.slice(s.edits[0].start - 1, s.edits[0].start), '.');
  });

  it("reads a company's own values from the config", () => {
    const text = story({ action: 'This shows Radical Candor because I was honest with the team.' });
    assert.deepEqual(lintWith(ID, text), []);
    const config = { principles: [{ name: 'Radical Candor', definition: 'Say the hard thing kindly.' }], rules: {} };
    const found = lint(text, { force: true, rules: [ruleById(ID)!], config }).findings;
    assert.deepEqual(flagged(text, found), ['Radical Candor']);
  });
});

describe(`${ID}: name-drops in other words`, () => {
  const fires: Array<[string, string[]]> = [
    ['You could say this was Ownership, since I always see things through.', ['Ownership']],
    ['Earn Trust came into it as well, because people rely on me.', ['Earn Trust']],
    ['It showed a bit of everything: Bias for Action, Frugality and Dive Deep.', ['Bias for Action', 'Frugality', 'Dive Deep']],
    [
      'Customer Obsession is really the core of how I work, because at the end of the day everything we do is for the customer.',
      ['Customer Obsession'],
    ],
    // A slogan after a list, however long the sentence runs.
    [
      'For me that whole story is Ownership, Customer Obsession and Insist on the Highest Standards all in one.',
      ['Ownership', 'Customer Obsession', 'Insist on the Highest Standards'],
    ],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  const silent = [
    'This was Ownership because I stayed for the 2 a.m. cutover and wrote the rollback script myself.',
    'Earn Trust came into it because I shared the incident timeline with all 40 dispatchers the same day.',
    'I kept the inventory, the rota and the supplier contacts all in one sheet, which was my Ownership of the handover.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a reason that names things but no act of the writer's`, () => {
  const fires: Array<[string, string[]]> = [
    [
      'This is my Earn Trust story, because the whole point was building trust with the drivers, and that is how trust gets earned.',
      ['Earn Trust'],
    ],
    ['It also shows Customer Obsession, since the dock is the first thing anyone sees of the site.', ['Customer Obsession']],
    ['It shows Ownership, because the warehouse was my responsibility.', ['Ownership']],
    ['This was Invent and Simplify because I came up with a simpler solution.', ['Invent and Simplify']],
    ['Insist on the Highest Standards, because I care about quality.', ['Insist on the Highest Standards']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  const silent = [
    'It shows Dive Deep, since I read every query plan on the orders database.',
    'It shows Frugality, since the old Jenkins boxes were reused instead of bought.',
    'I have practised Bias for Action since the launch of the new depot.',
    'Principles shown: Ownership.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

/*
 * Issue #8: a reason about what the writer is like ("since I always see things through", "because people rely on
 * me") is generic in any words; a past act on a particular thing, a number or a name is evidence. Every sentence
 * here is new, written for this family.
 */
describe(`${ID}: character told as the reason`, () => {
  const fires: Array<[string, string]> = [
    ['You could say this was Ownership, since I always see things through.', 'Ownership'],
    ['Earn Trust came into it as well, because people rely on me.', 'Earn Trust'],
    ['For me this is really Customer Obsession, as I genuinely care about our users.', 'Customer Obsession'],
    ["I think it fits Have Backbone, because I'm someone who says what I think.", 'Have Backbone'],
    ['Deliver Results is probably the main one here, since I never miss a deadline.', 'Deliver Results'],
    ['There is some Invent and Simplify in there too, as I like finding simpler ways of doing things.', 'Invent and Simplify'],
    ["I'd map it to Learn and Be Curious, since I'm always reading about new tools.", 'Learn and Be Curious'],
    ["That was Ownership, since I'd always take the hard jobs.", 'Ownership'],
    ['It was Bias for Action really, because I just get on with things.', 'Bias for Action'],
  ];
  for (const [sentence, principle] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [principle]));
  it('fires on every name in "a bit of everything"', () =>
    assert.deepEqual(flaggedIn('It showed a bit of everything: Bias for Action, Frugality and Dive Deep.'), [
      'Bias for Action',
      'Frugality',
      'Dive Deep',
    ]));

  const silent = [
    'Dive Deep, because I traced the failed payments to a timeout setting at one bank.',
    'That was Ownership, since I rewrote the handover notes for the night shift myself.',
    'Customer Obsession, because I sat with the dispatchers for a shift and watched them retype addresses.',
    "That was Ownership, since I'd already written the runbook for the cutover.",
    'Earn Trust, because I send the clinic managers a written summary of every incident.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a name dropped with no reason at all`, () => {
  const fires: Array<[string, string]> = [
    ['This story is really about Ownership.', 'Ownership'],
    ['I think it fits Customer Obsession best.', 'Customer Obsession'],
    ['Earn Trust came into it too.', 'Earn Trust'],
  ];
  for (const [sentence, principle] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [principle]));
  it('stays silent when the next sentence gives the act', () =>
    assert.deepEqual(flaggedIn('This story is really about Ownership. I took the pager for the payments API for six months.'), []));
  it('stays silent on "about" with its ordinary sense', () =>
    assert.deepEqual(flaggedIn('I wrote a short note about ownership of the booking service for the new team.'), []));
});

describe(`${ID}: whole stories in other formats`, () => {
  it('fires on a coda that names a principle with a habit of character', () =>
    assert.deepEqual(flagged(PANTRY_ROTA, lintWith(ID, PANTRY_ROTA)), ['Customer Obsession']));
  it('fires on "since I\'m someone who …" after concrete work', () =>
    assert.deepEqual(flagged(MACRO_CLEANUP, lintWith(ID, MACRO_CLEANUP)), ['Dive Deep']));
});

describe(`${ID}: strong stories in other formats stay silent`, () => {
  for (const [name, text] of Object.entries(STRONG_STORIES)) it(name, () => assert.deepEqual(lintWith(ID, text), []));
});

describe(`${ID}: a name that points back at the work before it`, () => {
  const action =
    'I pulled a usage log of every scheduled job for 60 days and turned off the 131 nobody claimed. ' +
    "This is what I'd point to for Frugality: the cheapest fix was to stop paying for work nobody used.";
  it('stays silent when the sentence before, in the same paragraph, holds the evidence', () =>
    assert.deepEqual(
      lintWith(ID, story({ situation: 'Our data bill had doubled in a year.', action, result: 'The bill fell by 38%.' })),
      [],
    ));
  it('still fires when the evidence is in another section', () => {
    const text = story({
      situation: 'Our data bill had doubled in a year.',
      action: 'I turned off the 131 scheduled jobs nobody claimed.',
      result: "This is what I'd point to for Frugality, because I hate waste.",
    });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['Frugality']);
  });
});

describe(`${ID}: a view held, or a generic push, told as the reason`, () => {
  const fires: Array<[string, string]> = [
    [
      'It is a good example of Insist on the Highest Standards, because I believe small details set a good clinic apart.',
      'Insist on the Highest Standards',
    ],
    ['That showed Ownership, because I felt the ward was my responsibility.', 'Ownership'],
    ['For me it demonstrated Deliver Results, because I drove it through and made sure it landed.', 'Deliver Results'],
    ['It was Have Backbone, because I stood up for what was right.', 'Have Backbone'],
  ];
  for (const [sentence, principle] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [principle]));
  const silent = [
    'It shows Insist on the Highest Standards, because I rejected two batches of leaflets with the wrong dosage table.',
    'That was Have Backbone, because I stood up in the regional review and showed the 14 rural branches were missing the target.',
    'Ownership, because I thought through every handover and rewrote the night checklist myself.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a generic reason followed by another principle's reason, not by evidence`, () => {
  it('flags both names when the next sentence only names another principle with its own reason', () =>
    assert.deepEqual(
      flaggedIn(
        'This really shows Customer Obsession, because at the end of the day everything we do is for the guest. ' +
          'It also shows Ownership, because it was my restaurant and I treated it like my own business.',
      ),
      ['Customer Obsession', 'Ownership'],
    ));
  it('stays silent when the next sentence is the evidence', () =>
    assert.deepEqual(
      flaggedIn(
        'This shows Customer Obsession, because everything we do is for the guest. ' +
          'I rang every guest who had been turned away that month and booked 31 of them in.',
      ),
      [],
    ));
});

describe(`${ID}: "a great example of" a principle, with nothing behind it`, () => {
  it('fires on "It was a great example of Ownership and Think Big."', () =>
    assert.deepEqual(flaggedIn('It was a great example of Ownership and Think Big.'), ['Ownership', 'Think Big']));
  it('stays silent when the example is told', () =>
    assert.deepEqual(flaggedIn('A good example of Dive Deep was when I read 300 tickets myself to find the pattern.'), []));
});

describe(`${ID}: a reason made of pressure, blockers and being asked is as generic as any`, () => {
  it('fires on "because I kept pushing the program through despite all the blockers"', () =>
    assert.deepEqual(
      flaggedIn('This shows Ownership and Dive Deep, because I kept pushing the program through despite all the blockers.'),
      ['Ownership', 'Dive Deep'],
    ));
  it('fires on "since we took it on without being asked and got it done under pressure"', () =>
    assert.deepEqual(flaggedIn('It also shows Bias for Action, since we took it on without being asked and got it done under pressure.'), [
      'Bias for Action',
    ]));
  it('stays silent when the reason names what was pushed through', () =>
    assert.deepEqual(flaggedIn('This shows Ownership, because I pushed the SSO cutover through the security review myself.'), []));
});

describe(`${ID}: a reason clause of its own is answered only by the writer's own next act`, () => {
  const fires: Array<[string, string[]]> = [
    [
      'This is Customer Obsession, because at the end of the day everything we build is for the shopper. ' +
        'We shipped it before the spring campaign.',
      ['Customer Obsession'],
    ],
    [
      'For me it shows Earn Trust, because trust is the base of every partnership. The feedback from the partners was very positive.',
      ['Earn Trust'],
    ],
    ['I would say it demonstrates Customer Obsession, as everything we do is for the residents.', ['Customer Obsession']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  const silent = [
    'This is Customer Obsession, because everything we do is for the rider. I rode 40 routes with drivers and moved 12 stops.',
    'That is Frugality, since it cost nothing. I reused the two spare Pi boards from the lab and wrote the script in an evening.',
    'It shows Earn Trust: the ops lead asked for my review as the template, because she could see what had happened within the hour. ' +
      'Every change I make now goes in with a dry-run diff.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  it('fires when the sentence that names it gives a reason of its own after work told just before it', () => {
    const text = story({
      situation: 'Our season pass was not selling.',
      action:
        'I pushed for a 30-tier pass with a free track. This is Customer Obsession, because at the end of the day everything we do ' +
        'is for the players.',
      result: 'Pass sales rose by 22%.',
    });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['Customer Obsession']);
  });
});

describe(`${ID}: names said to be important, key or at play, with nothing behind them`, () => {
  const fires: Array<[string, string[]]> = [
    ['Bias for Action and Deliver Results were all important on this project.', ['Bias for Action', 'Deliver Results']],
    ['Dive Deep was key.', ['Dive Deep']],
    ['Customer Obsession came into play too.', ['Customer Obsession']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  const silent = [
    'Dive Deep was key: I read 300 refund tickets myself and found that 41% named the same courier.',
    'Frugality was important, so I reused the spare scanners from the Leeds depot instead of buying eight new ones.',
    'It was important to me that the night team could read the runbook.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: each name with a reason of its own is held to that reason`, () => {
  const fires: Array<[string, string[]]> = [
    // The evidence in the first reason does not back the second name.
    [
      'It shows Invent and Simplify because I merged the triage queues in Zendesk, and Deliver Results because it was delivered on time.',
      ['Deliver Results'],
    ],
    [
      'Dive Deep, because I read 300 refund tickets myself, and Customer Obsession, since everything we do is for the customer.',
      ['Customer Obsession'],
    ],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  const silent = [
    // Each reason holds its own evidence; names in a list share the reason after them; evidence before the names.
    'Dive Deep, because I read 300 refund tickets myself, and Frugality, because I reused the Leeds scanners instead of buying new ones.',
    'Ownership and Dive Deep, because I traced the duplicate refunds to the Stripe webhook retries myself.',
    'I read 300 refund tickets myself and merged the Zendesk queues, which shows Dive Deep and Invent and Simplify.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a feeling or a wish given as the reason is no act`, () => {
  const fires: Array<[string, string[]]> = [
    ['I think this was Ownership because I really cared about the depot working properly.', ['Ownership']],
    ['It was also Earn Trust because I wanted people to trust the rota again.', ['Earn Trust']],
    ['Customer Obsession, because I love making the shop better for the regulars.', ['Customer Obsession']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  const silent = [
    // An act told in the past, even beside a feeling.
    'Ownership, because I cared enough to rebuild the Tilbury night rota myself over two weekends.',
    'Earn Trust, because I posted the new rota on the canteen board every Thursday for six weeks.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a definition claimed, a principle worn as a trait, and what it "meant for me"`, () => {
  const fires: Array<[string, string[]]> = [
    ["Customer Obsession is about putting the customer first, and that's exactly what we did.", ['Customer Obsession']],
    ['Bias for Action is pretty much my whole personality.', ['Bias for Action']],
    ['Earn Trust is second nature to me, honestly.', ['Earn Trust']],
    ['Customer Obsession for me meant always putting the customer first.', ['Customer Obsession']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  const silent = [
    'Customer Obsession is about the customer, and I rang all 40 clinics myself on the night of the outage.',
    'Customer Obsession for me meant ringing all 40 clinics myself on the night of the outage.',
    'Bias for Action was the right call here: I shipped the Leeds rota fix in two days instead of waiting for the review.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a creed in place of a reason`, () => {
  for (const sentence of [
    'Customer Obsession is at the heart of everything I do, and I think this shows it.',
    'For me Customer Obsession is really the heart of it, I always start from the customer.',
  ])
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence).length, 1));
  it('stays silent when the same words lead into what the writer did', () =>
    assert.deepEqual(flaggedIn('Customer Obsession is at the heart of the 40% drop: I rang every complainant myself.'), []));
});

/*
 * What the writer always or never does is what they are like, however particular its words ("because I always look at the
 * bigger picture rather than my own quota"); a habit told without "always", with a concrete object, is still evidence.
 * New sentences, written for this family.
 */
describe(`${ID}: a trait told with "always" or "never" is no evidence`, () => {
  for (const sentence of [
    'I would say this shows Think Big, because I always look at the wider picture rather than my own targets.',
    'It was Ownership, since I never leave a loose end for the next shift.',
  ])
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence).length, 1));
  for (const sentence of [
    'It was Ownership, since I send the clinic managers a summary of every incident myself.',
    'It was Ownership, since I rang all 40 clinics myself on the night of the outage.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: what the writer refuses to do, told as a rule they live by, is no evidence`, () => {
  for (const sentence of [
    "This story shows Deliver Results, because I don't walk away from a signal fault until the line is handed back.",
    "It was Insist on the Highest Standards, since I won't sign off a permit without checking it myself.",
    'I would call it Ownership, because I do not leave a handover note half written.',
  ])
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence).length, 1));
  for (const sentence of [
    'It was Bias for Action, because I did not wait for the survey and re-cabled the two worst racks that night.',
    'It was Ownership, since I rang all 40 clinics myself and did not stop until each had a plan.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

/*
 * A run of adverbs after the writer ("I'm always really conscious of cost") once never left the loop that reads them:
 * the step sat inside a `||=` that stopped running once the first adverb was a habit. Run in a child process, so a
 * loop that never ends fails the test at its deadline instead of stopping the suite.
 */
describe(`${ID}: a run of adverbs after the writer`, () => {
  const sentences = [
    "This shows Frugality, because I'm always really conscious of cost.",
    'It shows Ownership, since we never really let a ticket go stale.',
  ];
  for (const sentence of sentences)
    it(`reads "${sentence}" and flags its principle, in under ten seconds`, () => {
      const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
      const script =
        `const { lintWith, flagged, story } = require(${JSON.stringify(require.resolve('../../helpers'))});` +
        `const text = story({ situation: 'Our courier desk booked pickups by phone.', action: 'I rebuilt the booking form.', ` +
        `result: ${JSON.stringify(sentence)} });` +
        `process.stdout.write(JSON.stringify(flagged(text, lintWith(${JSON.stringify(ID)}, text))));`;
      const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8', timeout: 10_000 });
      assert.equal(run.signal, null, 'the lint did not finish in 10 s');
      assert.equal(run.status, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).length, 1, run.stdout);
    });
});

describe(`${ID}: a reason whose verb says the principle's name again`, () => {
  const fires: Array<[string, string[]]> = [
    [
      'This story demonstrates Ownership and Deliver Results, because we owned the whole migration end to end and delivered it.',
      ['Ownership', 'Deliver Results'],
    ],
    ["That's Ownership for me: I owned the platform, so I don't wait for someone else to fix what's mine.", ['Ownership']],
    ['It shows Invent and Simplify because I simplified the triage process.', ['Invent and Simplify']],
    ['It was Earn Trust as well, because I earned the warehouse team’s trust over the project.', ['Earn Trust']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  for (const sentence of [
    'It shows Invent and Simplify: I simplified the returns form from 12 fields to 4.',
    'That was Ownership: I owned the on-call rota and rang all 40 clinics myself.',
    'It was Dive Deep, because I read three months of gateway logs and found the retry storm.',
    'It was Deliver Results, because I moved the Leeds cutover forward and we shipped on 3 May.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a stock phrase of character told in the past ("because I just got on with it") is no act`, () => {
  const fires: Array<[string, string[]]> = [
    ["I'd say it also shows Bias for Action, because I just got on with it rather than waiting to be told.", ['Bias for Action']],
    ['This shows Have Backbone because I did not back down in front of a senior leader.', ['Have Backbone']],
    ['It was Ownership, since I took responsibility for the rota when the supervisor left.', ['Ownership']],
    ['That is Bias for Action, because I stepped up when the warehouse lost its manager.', ['Bias for Action']],
    ['It shows Deliver Results, because I stood firm and got it over the line.', ['Deliver Results']],
    ['It also shows Earn Trust since I built a good rapport with the finance lead.', ['Earn Trust']],
    ["This was Think Big, because I wasn't satisfied with the status quo.", ['Think Big']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  for (const sentence of [
    'It shows Bias for Action, because I got on with the Leeds cutover that weekend and moved 14 depots.',
    'That was Ownership: I took the on-call rota from the vendor and rang all 40 clinics myself.',
    'It shows Have Backbone, because I did not back down when the CFO asked to cut the fraud checks.',
    'Showing Ownership, I took it on myself to write a style guide for the 40 dbt models.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a job title in capitals ("as a CFO") names a role, not a particular thing`, () => {
  const fires: Array<[string, string[]]> = [
    ['This story shows Frugality, because as a CFO I believe every pound matters.', ['Frugality']],
    ['It was Ownership, since as the GM I hold myself accountable for everything.', ['Ownership']],
    ['For me it shows Earn Trust, because as a VP you have to be open with people.', ['Earn Trust']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  for (const sentence of [
    'It shows Frugality, because I told the CFO about the £40k overspend on the same day.',
    'That was Earn Trust: I walked the VP through all 12 failed payroll runs myself.',
    'It was Ownership, since I took the Leeds cutover from the GM and ran it that weekend.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a creed in place of a reason ("I'm a great believer in …", "it came down to …", "it's just who I am")`, () => {
  const fires: Array<[string, string[]]> = [
    ["I'm a great believer in Customer Obsession.", ['Customer Obsession']],
    ['What I would say is that this really came down to Ownership and Earn Trust, all at the same time.', ['Ownership', 'Earn Trust']],
    ["I'd say that's Have Backbone, and honestly it's just who I am.", ['Have Backbone']],
    ['Insist on the Highest Standards is something I have always lived by.', ['Insist on the Highest Standards']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  for (const sentence of [
    "I'm a great believer in Customer Obsession, so I sat with six dispatchers for a shift each and rebuilt the booking form.",
    'It came down to Dive Deep: I read 40 of the failed orders and found the postcode check rejecting new estates.',
    "That's Have Backbone, and it's just who I am: I told the CFO in the March review that the fraud checks stayed.",
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});
