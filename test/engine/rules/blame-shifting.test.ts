import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';
import { DOUBLE_INVOICES, PANTRY_ROTA, SCHOOL_TRIP, STRONG_STORIES } from '../fixtures/issue8-stories';

const ID = 'blame-shifting';

/** Blame findings in a club race cancelled before its start, with `excuse` closing the Result (and `situation` its own). */
function inCancelledRace(excuse: string, situation = 'I coordinated the 80 marshals for a club race that raises money for a hospice.') {
  return lintWith(
    ID,
    story({
      title: 'The charity 10k that never started',
      situation,
      action: 'I built the rota, sent the briefing pack and ran the marshal briefing the night before.',
      result: `The race was cancelled ninety minutes before the start. ${excuse}`,
    }),
  );
}

/** Blame findings in a van breakdown, with `excuse` closing the Action; a setback unless `result` says otherwise. */
function inVanBreakdown(excuse: string, result = 'Customers were annoyed and 40 of them complained.') {
  return lintWith(
    ID,
    story({
      title: 'The broken-down van',
      situation: 'A van broke down and a full route of parcels was late.',
      action: `I sent a spare van with a second driver. ${excuse}`,
      result,
    }),
  );
}

/** Lints one sentence placed in the given part of a failure story and returns the flagged phrases. */
function flaggedIn(sentence: string, part: 'situation' | 'action' | 'result' | 'learning' = 'action'): string[] {
  const parts = {
    situation: 'Our SMS provider stopped sending order codes on the busiest sale day of the year.',
    action: 'I switched notifications to email within 40 minutes.',
    result: 'Texts were flowing again by 13:00.',
    [part]: sentence,
  };
  const text = story(parts);
  return flagged(text, lintWith(ID, text));
}

describe(ID, () => {
  describe('fires on', () => {
    const cases: Array<[string, string[]]> = [
      ["Honestly, the outage wasn't my fault.", ["wasn't my fault"]],
      ["It's not my fault that QA missed the regression.", ['not my fault']],
      ["The vendor's team dropped the ball by changing their rate limits without telling anyone.", ['dropped the ball']],
      ['The gateway arrived in week 9, which was entirely their fault, not mine.', ['entirely their fault, not mine']],
      ["The slip was the other team's fault.", ["the other team's fault"]],
      [
        "The delay happened because the platform team dropped the ball and the partner's engineers never gave us a schema.",
        ['dropped the ball', "the partner's engineers never gave"],
      ],
      ['The migration came from the ledger team and they never ran it against production-sized data.', ['they never ran']],
      ['Honestly, this outage was not on me.', ['was not on me']],
      ['The contractors messed up the data model.', ['The contractors messed up']],
      ["My manager didn't do his job.", ["didn't do his job"]],
      ['The launch slipped because of their incompetence.', ['because of their incompetence']],
      ['It was out of my hands.', ['out of my hands']],
      ['There was nothing I could have done.', ['nothing I could have done']],
      ['I was just following the spec.', ['I was just following the spec']],
      ['The vendor was to blame for the delay.', ['The vendor was to blame']],
      ['Product let us down again.', ['let us down']],
      ['I blamed the design team for the slip.', ['I blamed the design team']],
      ['The blame fell on QA.', ['blame fell on']],
      ['The schema change was their mistake, not mine.', ['was their mistake, not mine']],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepEqual(flaggedIn(sentence), expected));
    }
    it('the ledger team should have tested their change (in the Result)', () => {
      assert.deepEqual(flaggedIn('The ledger team should have tested their change properly.', 'result'), [
        'The ledger team should have tested',
      ]);
    });
    it('what I told people at the time is still my own deflection', () => {
      assert.deepEqual(flaggedIn("I told the director it wasn't my fault."), ["wasn't my fault"]);
    });
  });

  describe('stays silent on', () => {
    const cases: Array<[string, string]> = [
      ['owning the mistake: "I dropped the ball"', 'I dropped the ball on the handover.'],
      ['owning the mistake: "it was my fault"', 'It was my fault: I skipped the load test.'],
      ['a shared fault that includes mine', "It was partly my fault and partly the vendor's fault."],
      ['refusing to blame: "rather than blaming the vendor"', 'Rather than blaming the vendor, I built a stub of their API.'],
      ['a blameless review', 'Instead of pointing fingers, I ran a blameless postmortem.'],
      ['"no one was to blame"', 'No one was to blame; the process had a gap.'],
      ['"nobody\'s fault"', "It was nobody's fault."],
      ['someone else telling me it was not my fault', "My manager told me it wasn't my fault, but I still wrote up what I missed."],
      ['"out of my hands" followed by what I did', 'The decision was out of my hands, so I focused on the rollback plan.'],
      ['"not my job" followed by doing it anyway', "It wasn't my job to test it, but I ran the suite anyway."],
      ['defending others: "it wasn\'t their fault"', "It wasn't their fault: the spec was ambiguous."],
      ['"fault tolerance" is not fault', 'We improved fault tolerance in their fault-tolerance layer.'],
      ["a customer's words in quotation marks", 'The customer wrote "it\'s not my fault the export broke".'],
      ['"our team dropped the ball" is the team owning it', 'Our team dropped the ball on monitoring.'],
      ['"nobody dropped the ball" is a good outcome', 'Nobody dropped the ball after that.'],
      ['a good outcome: "they never complained again"', 'They never complained again.'],
      ['a good outcome: "the team never shipped late again"', 'The team never shipped late again.'],
      ["a dependency's failure followed by what I did", 'The vendor failed to deliver the SDK, so I wrote a shim myself.'],
      ['my own first, mistaken suspicion', 'At first I blamed the network team, but the logs showed the bug was mine.'],
      ['users blaming themselves, reported', 'Customers assumed it was their own fault.'],
      ['helping others learn from their mistake', 'I helped the new hires learn from their mistake and wrote a checklist.'],
      ['a neutral statement of who owned what', "Keeping the API stable was the platform team's responsibility."],
      [
        '"not my responsibility" setting up what I did next',
        'Strictly speaking, the billing service was not my responsibility. I fixed it anyway.',
      ],
    ];
    for (const [name, sentence] of cases) {
      it(name, () => assert.deepEqual(flaggedIn(sentence), []));
    }
    it("a neutral statement of a dependency's delay in the Situation", () => {
      assert.deepEqual(flaggedIn('The partner API slipped by three weeks, and the vendor never sent the new schema.', 'situation'), []);
    });
  });

  it('puts the phrase in the message data and offers a prompt for what I could have done', () => {
    const text = story({ action: "The outage wasn't my fault." });
    const [f] = lintWith(ID, text);
    assert.equal(f.messageId, 'blame');
    assert.equal(f.data.phrase, "wasn't my fault");
    assert.deepEqual(
      f.suggestions.map((s) => s.title),
      ['Insert prompt: What I could have done differently was …'],
    );
    assert.equal(f.suggestions[0].edits[0].start, text.indexOf('fault.') + 'fault.'.length);
  });

  it('reads curly apostrophes', () => {
    const text = story({ action: 'Honestly, it wasn’t my fault.' });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['wasn’t my fault']);
  });

  it('keeps exact offsets after a letter whose lower case is longer (İ)', () => {
    const text = story({ action: 'İlkay and the İstanbul office shipped late, but it wasn’t my fault.' });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['wasn’t my fault']);
  });
});

describe('blame-shifting: an opinion frame is not the writer acting', () => {
  it('flags blame wrapped in "I think"', () => {
    const text = story({ action: 'I think the main problem was that the QA team never tested the refund flows.' });
    const found = flagged(text, lintWith('blame-shifting', text));
    assert.equal(found.length, 1);
    assert.match(found[0], /QA team never tested$/);
  });
  it('stays silent when I act in the same sentence', () => {
    const text = story({ action: 'The QA team never tested the refund flows, so I wrote the refund tests myself.' });
    assert.deepEqual(lintWith('blame-shifting', text), []);
  });
  it('flags blame followed only by its consequence ("which is why we slipped")', () => {
    const text = story({ action: 'The vendor never delivered what they promised, which is why we slipped.' });
    assert.equal(lintWith('blame-shifting', text).length, 1);
  });
});

describe(`${ID}: blame told as cause and effect`, () => {
  const fires: Array<[string, string, 'situation' | 'action' | 'result' | 'learning']> = [
    ['a setback and another team as its cause', 'The release slipped because design handed over the mockups two weeks late.', 'result'],
    [
      'another party sitting on it, and what that killed',
      'Legal sat on the contract for a month, and that is what killed the deal.',
      'result',
    ],
    ['a counterfactual about another party', 'If the vendor had shipped the patch when they said, we would have been fine.', 'result'],
    ['a loss their act would have averted', "If the agency had warned us, we wouldn't have lost the Hartley account.", 'result'],
    ['a cause named as their change', "The outage was caused by the networking team's change.", 'situation'],
    [
      'a request another party kept pushing back',
      'They asked for single sign-on a year earlier and product kept pushing it back.',
      'situation',
    ],
    ['"down to" another party', 'That was down to finance sitting on the agency request for three weeks.', 'result'],
    ['nobody told the writer', 'Nobody had told us that the feed was being retired.', 'action'],
    ['the timing blamed', 'In the end the timing was against us.', 'result'],
  ];
  for (const [name, sentence, part] of fires) {
    it(`fires on ${name}`, () => assert.equal(flaggedIn(sentence, part).length, 1, sentence));
  }

  const silent: Array<[string, string, 'situation' | 'action' | 'result' | 'learning']> = [
    [
      'context with ownership in the same sentence',
      "The vendor's API changed without notice, so I added a contract test that now catches it.",
      'action',
    ],
    [
      'another party changing without notice, then the writer acting',
      'The vendor changed their API without warning, so I wrote a contract test for it.',
      'action',
    ],
    ['a cause the writer owns', 'The release slipped because I underestimated the data migration.', 'result'],
    ['a neutral cause', 'The release slipped because the scope doubled after the merger.', 'result'],
    ['another party helping', 'The launch went ahead because legal signed off early.', 'result'],
    ['the writer sitting on something', 'I sat on the contract for a week before I raised it, which I would not do again.', 'learning'],
    ['a hypothetical about the writer', 'If I had checked the vendor changelog, we would have caught it.', 'learning'],
  ];
  for (const [name, sentence, part] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(flaggedIn(sentence, part), [], sentence));
  }
});

describe(`${ID}: a cause beside the writer's own share is context`, () => {
  it('stays silent when the story owns its part ("I should have checked …")', () => {
    const text = story({
      situation: 'I ran the spring release of the booking app.',
      action: 'I planned the release for 14 March and briefed the two designers.',
      result: 'The release slipped because design handed over the mockups two weeks late. I should have checked the handover date myself.',
    });
    assert.deepEqual(flagged(text, lintWith(ID, text)), []);
  });
  it('still fires when nothing in the story is owned', () => {
    const text = story({
      situation: 'I ran the spring release of the booking app.',
      action: 'I planned the release for 14 March and briefed the two designers.',
      result: 'The release slipped because design handed over the mockups two weeks late.',
    });
    assert.equal(lintWith(ID, text).length, 1);
  });
});

describe(`${ID}: blame told through what another party passed on, a root cause, or a counterfactual`, () => {
  const fires: Array<[string, string, 'situation' | 'action' | 'result' | 'learning']> = [
    [
      'another party signing off a build that still had the bug',
      'Then QA signed off a build that still had the lazy-loading bug on the product grid.',
      'action',
    ],
    ['a vendor shipping a patch that broke things', 'The vendor shipped a patch that broke the login page for a day.', 'result'],
    ['the root cause named as another party', "The root cause was the vendor's rate-limit change.", 'result'],
    [
      'a counterfactual about an event another party caused',
      'If that job hadn’t been run, it would have gone through first time.',
      'learning',
    ],
  ];
  for (const [name, sentence, part] of fires) {
    it(`fires on ${name}`, () => assert.equal(flaggedIn(sentence, part).length, 1, sentence));
  }
  it('fires on "that was the root cause" after a sentence about another team', () => {
    const text = story({
      situation: 'I led the database migration for our payments platform.',
      action: 'We started the cutover at 01:00 and rolled back at 03:15.',
      result: "The DBA team's index rebuild ran inside our window. So that was really the root cause.",
    });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['that was really the root cause']);
  });
  it('fires on "down to" another party when "my call" only gave the writer\'s authority', () => {
    const text = story({
      situation: 'Last winter we were short of nurses at weekends.',
      action: 'I went ahead with the new rota, because it was my call as manager.',
      result: "The rota didn't hold up. That was down to finance sitting on the agency request for three weeks.",
    });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['was down to finance']);
  });

  const silent: Array<[string, string, 'situation' | 'action' | 'result' | 'learning']> = [
    ['the writer signing off a build with a bug', 'I signed off a build that still had a known bug, which was my mistake.', 'learning'],
    ['another party signing off in time', 'QA signed off the build with two days to spare.', 'result'],
    ['a root cause in the writer’s own code', 'The root cause was a race in my own retry code.', 'result'],
    ['a counterfactual about the writer', 'If I had checked the maintenance calendar, it would have gone through first time.', 'learning'],
    ['a counterfactual with a bad outcome', 'If the load test had failed, we would have rolled back.', 'result'],
    // What another party's act would have cost is a risk weighed, not blame for what happened.
    [
      'a loss that a colleague leaving would have caused',
      'If the night porter had quit over it, we would have lost our only cover.',
      'result',
    ],
    ['a deadline that a supplier could have cost', 'If the printer had walked away, we would probably have missed the fair.', 'action'],
  ];
  for (const [name, sentence, part] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(flaggedIn(sentence, part), [], sentence));
  }
  it('stays silent on "that was the root cause" after a sentence about a thing', () => {
    const text = story({
      situation: 'I led the database migration for our payments platform.',
      action: 'We started the cutover at 01:00 and rolled back at 03:15.',
      result: 'The replica had run out of disk. So that was really the root cause, and I added a disk alert the next day.',
    });
    assert.deepEqual(flagged(text, lintWith(ID, text)), []);
  });
});

describe(`${ID}: the problem named as another party, their lateness, their neglect`, () => {
  const fires: Array<[string, string]> = [
    ['the problem named as a person', 'Honestly the problem was the PM, who kept changing the requirements.'],
    ['QA never catching it', 'QA never caught it, so it went to production.'],
    ['a contractor delivering code that did not compile', 'Our contractor delivered code that did not compile.'],
    ['another team late, and the slip as the consequence', 'The design team was two weeks late with the mockups, so we slipped.'],
    ['warnings ignored', 'The ops team ignored my alerts for three days.'],
    ['a delay put on another team', 'That delay was entirely on the platform team.'],
    ['the blame sitting with someone, with an adverb', 'The blame really sits with the vendor.'],
  ];
  for (const [name, sentence] of fires) it(`fires on ${name}`, () => assert.equal(flaggedIn(sentence, 'result').length, 1, sentence));
  const silent: Array<[string, string]> = [
    ['the problem named, then the writer acting', "The problem was the payments team's retry logic, so I paired with them on a fix."],
    ['the problem named as a thing', 'The problem was the database, not the team.'],
    ['a team in a possessive', "It was on the platform team's roadmap for Q3."],
    ['another team late, then the writer re-planning', 'The design team was late with the mockups, so I reordered the sprint.'],
    ['ignored emails, then the writer acting', 'The client ignored our emails for a week, so I drove to their office.'],
    ['a contractor delivering good code', 'Our contractor delivered code that passed every test.'],
    ['a cutover nobody noticed', 'The support team never noticed the cutover.'],
    ['the blame taken', 'The blame sits with me: I skipped the load test.'],
  ];
  for (const [name, sentence] of silent) it(`stays silent on ${name}`, () => assert.deepEqual(flaggedIn(sentence, 'result'), [], sentence));
});

/*
 * Issue #8: blame told in the writer's own words, read from its structure (a setback, another party as its
 * cause, no ownership near it) rather than from set phrases. Every sentence here is new, written for this family.
 */
describe(`${ID}: a setback put on another party, in any wording`, () => {
  const fires: Array<[string, string]> = [
    ['effect, then "because" another team', 'We missed the March launch because the payments team merged an untested schema change.'],
    [
      'a deal falling through after procurement stalled',
      'The pilot fell through after procurement took six weeks to approve the purchase order.',
    ],
    ['"which is why" after another team acted', 'Marketing announced the feature a week early, which is why the support queue exploded.'],
    ["a vendor's update as the culprit", "The vendor's firmware update bricked forty scanners over the weekend."],
    [
      'a change made without telling anyone, then the breakage',
      'The data team changed the column names without telling anyone, and the dashboard broke.',
    ],
    ['a client moving the goalposts', 'Honestly, the client kept moving the goalposts, so the project overran by two months.'],
    ['a new executive as the reason a deal was lost', 'We lost the account because their new CTO had already made up his mind.'],
    ['"thanks to" a department', 'The launch got pushed twice thanks to legal, who kept asking for new wording.'],
    ['another squad slow to review', 'It slipped mainly because the other squad was slow to review our pull requests.'],
    ['the cause as the next clause', 'The deal died in procurement; their legal team took nine weeks over the data addendum.'],
    ['a budget cut and what it sank', 'Management cut the budget halfway through, and that is what sank the project.'],
    ['an inverted counterfactual', 'Had the infrastructure team scaled the cluster when we asked, the outage would never have happened.'],
    ['a wrong script', 'The migration failed because the DBA ran the wrong script.'],
    ['a skipped review', 'The outage happened because ops skipped the change review.'],
    ['the cause first, then the setback', 'Because the vendor shipped a broken driver, the kiosks were down for a day.'],
    [
      'a refusal that stalled a rollout',
      'The rollout stalled for six weeks: the security team refused to sign off until the pen test was redone.',
    ],
    ['a month of waiting for access', "We blew the deadline because the client's IT department took a month to give us VPN access."],
  ];
  for (const [name, sentence] of fires) it(`fires on ${name}`, () => assert.equal(flaggedIn(sentence, 'result').length, 1, sentence));

  const silent: Array<[string, string]> = [
    ['the writer as the cause', 'We missed the March launch because I underestimated the data migration.'],
    ['another party helping', 'Procurement approved the order in two days, so the pilot started on time.'],
    ['a neutral step by another party', 'Design handed over the mockups on Monday, and I started the build that afternoon.'],
    ['a cause that is a thing', 'The outage happened because a certificate expired, so I added an expiry alert.'],
    ['a counterfactual with a bad outcome', 'If the tests had failed, we would have rolled back.'],
    [
      'another party as the cause, the writer acting on it',
      'The launch slipped a week because legal needed more time, and I used it to run a usability round.',
    ],
    ['the writer reacting to a customer', 'The client asked for three new reports, so I re-planned the sprint and we shipped two on time.'],
    ['the writer deciding after a dependency', 'Because marketing had already announced the date, I cut scope to keep the launch.'],
    ['a setback measure that improved', 'Late deliveries dropped because the courier changed their pickup time to 4 pm.'],
    ['a setback ended by another party', 'The outage ended when the platform team rolled back their change.'],
    ['fewer setbacks thanks to another party', 'We had fewer outages because the platform team added canary deploys.'],
    ['another party early, to our gain', 'Because the vendor shipped the driver early, we launched a week ahead of plan.'],
    ['a customer leaving for its own reason', 'We lost the account because they moved their fleet to another country.'],
    ['a feature we lacked as the cause', 'The customer churned because our product lacked SSO, which I had flagged but never escalated.'],
  ];
  for (const [name, sentence] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(flaggedIn(sentence, 'result'), [], sentence));
  }

  it('stays silent in the Situation, where the problem the writer took on is set out', () => {
    const text = story({
      situation: 'Two incidents ran long because the on-call engineer spent 20 minutes working out what the alert meant.',
      action: 'I wrote an alert standard with a runbook link for every page.',
      result: 'Pages with a runbook went from 38% to 97%.',
    });
    assert.deepEqual(lintWith(ID, text), []);
  });

  it('stays silent when the next sentence admits a share', () => {
    const text = story({
      situation: 'I ran the spring release of the booking app.',
      action: 'I planned the release for 14 March.',
      result: 'We missed the date because the payments team merged a schema change the night before. I had not asked for a freeze.',
    });
    assert.deepEqual(lintWith(ID, text), []);
  });

  it('stays silent when the next sentence puts a lasting change in place', () => {
    const text = story({
      situation: 'I ran the spring release of the booking app.',
      action: 'I planned the release for 14 March.',
      result: 'The QA team never ran the refund tests, so refunds broke. I now run them in CI on every merge.',
    });
    assert.deepEqual(lintWith(ID, text), []);
  });

  it('still fires when the next sentence only fixes the incident', () => {
    const text = story({
      situation: 'I ran the spring release of the booking app.',
      action: 'I planned the release for 14 March.',
      result: 'We missed the date because the payments team merged a schema change the night before. I rolled it back by noon.',
    });
    assert.equal(lintWith(ID, text).length, 1);
  });
});

describe(`${ID}: blame told through an agent, a reason or "if only"`, () => {
  const fires: Array<[string, string]> = [
    ['We were held up for a month by procurement.', 'held up for a month by procurement'],
    [
      "The reason we missed the date was the payments team's schema change.",
      "reason we missed the date was the payments team's schema change",
    ],
    ['In the end it came down to procurement dragging their feet.', 'came down to procurement dragging their feet'],
    ["If only legal had signed earlier, we'd have made it.", "If only legal had signed earlier, we'd have"],
    ['The vendor, as usual, delivered late and the whole timeline slipped.', 'The vendor, as usual, delivered late'],
  ];
  for (const [sentence, phrase] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, 'result'), [phrase]));
  const silent = [
    'The launch was delayed by two weeks.',
    'We were held up by the snow for a day, so I moved the training online.',
    "The reason we won the deal was the pricing team's flexible offer.",
    "It came down to the customer's budget cycle.",
    'We were blocked by a missing index, which I added that night.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, 'result'), []));
});

describe(`${ID}: whole stories in other formats`, () => {
  it('fires on a transcript answer that puts a double run on another team', () => {
    const found = lintWith(ID, DOUBLE_INVOICES).map((f) => f.data.phrase);
    assert.equal(found.length, 1);
    assert.match(String(found[0]), /^because the billing team's retry job/);
  });
  it('fires on a one-paragraph story whose coda deflects', () =>
    assert.deepEqual(
      lintWith(ID, SCHOOL_TRIP).map((f) => f.data.phrase),
      ["wasn't really anything I could have controlled"],
    ));
  it('stays silent on a success told in one paragraph', () => assert.deepEqual(lintWith(ID, PANTRY_ROTA), []));
});

describe(`${ID}: strong stories in other formats stay silent`, () => {
  for (const [name, text] of Object.entries(STRONG_STORIES)) it(name, () => assert.deepEqual(lintWith(ID, text), []));
});

describe(`${ID}: a measure lost, a start missed, a counterfactual about timing`, () => {
  const fires: Array<[string, string]> = [
    ['If the landlord had fixed the heating on time, we would have opened the hall in October.', 'a counterfactual about timing'],
    ['Sales fell 9% that month because marketing changed the prices without telling the stores.', 'a good measure falling'],
    ['Because the courier was late, the pharmacy could not open on Monday.', 'a start that could not happen'],
    ['If they had warned us even a week earlier, none of this would have happened.', '"none of this would have"'],
  ];
  for (const [sentence, name] of fires) it(`fires on ${name}: ${sentence}`, () => assert.equal(flaggedIn(sentence, 'result').length, 1));
  const silent = [
    'If the weather had held, we would have finished the fair outside.',
    'If the train had been on time, I would have made the first session, so now I travel the night before.',
    'Sales fell 9% that month because the prices changed, which I had not modelled, so I rebuilt the forecast.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, 'result'), []));
});

describe(`${ID}: trouble that came back, figures that were off, and another party's poor work`, () => {
  const fires: Array<[string, string]> = [
    ['Of course, the other shift ignored the new checklist, so the errors came back.', 'the other shift ignored'],
    ['The night team never read the handover notes, so the same mistake happened again.', 'the night team never read'],
    ['The numbers were off because finance sent me the wrong export.', 'because finance sent'],
    ["My manager's poor planning meant we were always firefighting.", "my manager's poor planning meant"],
  ];
  for (const [sentence, phrase] of fires) {
    it(`fires on: ${sentence}`, () => {
      const hits = flaggedIn(sentence, 'result');
      assert.equal(hits.length, 1, `flagged ${JSON.stringify(hits)}`);
      assert.ok(hits[0].toLowerCase().includes(phrase.split(' ').slice(-1)[0]), `flagged ${JSON.stringify(hits)}`);
    });
  }
  const silent = [
    'The errors came back after the holiday, so I added the check to the daily close.',
    'The night shift picked up the new checklist within a week.',
    "My manager's careful planning meant we never missed a delivery.",
    'Complaints came back down to 3 a week.',
    'The numbers were off because I had filtered the wrong month; I reran the report the same day.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, 'result'), []));
});

describe(`${ID}: lessons only for others, sarcasm, "anyone would have", and tools that could not cope`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ['Going forward the landscapers need to confirm the soil report before they quote.', 'result'],
    ['The lesson for me was that area managers have to treat stock counts as seriously as sales.', 'result'],
    ['The wholesaler needed six weeks of notice that nobody had bothered to mention.', 'result'],
    ['If the letting agent had actually read the inventory, the deposit dispute would have been avoided.', 'result'],
    ["The courier's tracking portal was useless and nobody answered the phone.", 'result'],
    ['The rostering software we had simply could not handle split shifts, so the rota went out wrong.', 'result'],
    ['Honestly, I am not sure what more I could have done from my side.', 'learning'],
    ['With the budget we had, anyone would have ended up in the same place.', 'learning'],
    ['The stall collapsed because the frame was never bolted, and that was Priya\u2019s part.', 'result'],
    ['It was frustrating, because we did everything right on our side.', 'result'],
    ['Head office had been warned about the freezer for a year and never replaced it.', 'result'],
    // What was possible or done to the writer is not the writer taking it up.
    ["The courier's support was useless, so there wasn't much I could do but wait.", 'result'],
    ['The agency sat on the proofs for a week, and by the time I was allowed to print, the fair was over.', 'result'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.ok(flaggedIn(sentence, part).length >= 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'situation' | 'action' | 'result' | 'learning']> = [
    ['Going forward the landscapers need to confirm the soil report, so I added it to the quote checklist myself.', 'result'],
    ['The patients need to see the dose on the first screen, so I moved it to the top.', 'action'],
    ['The customers have to scan the code before they pay.', 'result'],
    ['The courier needed six weeks of notice, which I had not asked about; I now check lead times at kickoff.', 'result'],
    ['The rostering software we had could not handle split shifts, so I built a spreadsheet that did.', 'action'],
    ['I think anyone would have enjoyed that project.', 'learning'],
    ['That was my part, and I got it wrong.', 'result'],
    ['Head office had been asked for a new freezer, and it arrived in March.', 'situation'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

describe(`${ID}: any other party in a counterfactual, "nobody at …", and a lesson that others need better`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ['If the haulier had just kept to the delivery slots, none of it would have happened.', 'result'],
    ['If the charity had given us a contact who knew their books, we would not have been in that position.', 'result'],
    ['The alarm issue is a known problem that nobody in facilities has ever prioritised.', 'result'],
    ['Nobody at the print shop spotted that half the dates were swapped.', 'result'],
    ['Honestly, there was not much more a small crew could have done.', 'learning'],
    ['The recruitment agency had not given him any induction before his first shift.', 'result'],
    ['Designers need much tighter proofreading if they want museum work.', 'learning'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.ok(flaggedIn(sentence, part).length >= 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'result' | 'learning']> = [
    ['If the pilot had failed, we would have gone back to the paper forms.', 'result'],
    ['If the weather had held, we would have finished a day early.', 'result'],
    ['The night staff never noticed the switch to the new system.', 'result'],
    ['Nobody at the depot needed overtime that month.', 'result'],
    ['The new hires need better onboarding, so I wrote a first-week plan and ran it myself.', 'learning'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

describe(`${ID}: a failure on their side, what others could have been, and nothing we could have prevented`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ['It was a process failure on the finance side, not ours.', 'result'],
    ['Mistakes were made in their change process.', 'result'],
    ['The forecast was off through no fault of the modelling.', 'result'],
    ['Finance could have been a lot more flexible about the deadline.', 'result'],
    ['Nothing on our side could have prevented it.', 'result'],
    ["The lesson is that you can't count on third parties to hit their dates.", 'learning'],
    ['Nobody posted the release notes in the support channel, so agents were caught out.', 'result'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.ok(flaggedIn(sentence, part).length >= 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'result' | 'learning']> = [
    ['Mistakes were made in my estimate, and I now check the export files before I commit to a date.', 'learning'],
    ['I found the failure on the reporting side and fixed the query the same day.', 'result'],
    ['I could have been clearer about the date, so I now send a written plan.', 'learning'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

describe(`${ID}: a thought that stands, another department's issue, "on them", a system as the real issue`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ["The couple asked for part of the fee back, which I thought was unfair since it was entirely the florist's fault.", 'result'],
    ['Honestly, it was a supply chain issue and not really a buying issue.', 'result'],
    ['The robot was never safe in that mode, and to be blunt that was on them.', 'result'],
    ['The real issue was the student records system.', 'result'],
    ['Not much a head chef can do when the fish does not turn up.', 'learning'],
    ['Suppliers just need to be more transparent about their lead times.', 'learning'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.ok(flaggedIn(sentence, part).length >= 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'result' | 'learning']> = [
    ["I thought it was the florist's fault, but it turned out I had sent the wrong date.", 'result'],
    ['The real issue was my own estimate, which I had never checked.', 'learning'],
    ['I need to be more careful with lead times, so I now ask every supplier for them in writing.', 'learning'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

/* Counterfactuals are spoken with contractions as often as not: "they'd", "would've", "we'd've". New sentences. */
describe(`${ID}: counterfactuals about another party, told with contractions`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ["If they'd stuck to the freeze, none of this happens.", 'learning'],
    ["If their account manager had read the brief, it would've been a two-day job.", 'result'],
    ["Honestly, if the courier had turned up on time we'd've been fine.", 'result'],
    ["If the client had signed off when they promised, we would've opened in May.", 'result'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.ok(flaggedIn(sentence, part).length >= 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'result' | 'learning']> = [
    ["If I'd asked for the freeze dates, I would've moved the cutover, so now I ask before every plan.", 'learning'],
    ["If we'd tested on Safari, we would've caught it; I added Safari to the release checklist.", 'learning'],
    ["If the weather had held, we'd've finished the pour by Friday, so I now book a spare day in every plan.", 'learning'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

/*
 * Blame in other tones: helpless ("my hands were tied"), polite ("with all due respect to her"), another party's state
 * or slowness, a lesson only for them, the mess a predecessor left, and luck. Every sentence is new; the silent ones are
 * the same shapes with the writer acting on it, or the same words about something that is no failure.
 */
describe(`${ID}: blame told as helplessness, politeness, their state or slowness, a predecessor's mess, or luck`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ["There wasn't a great deal I could do once the ticketing system went down.", 'result'],
    ['My hands were completely tied on the budget.', 'result'],
    ["Payroll cut-off dates aren't something HR controls.", 'learning'],
    ['With all due respect to her, the brief she sent was two lines long.', 'result'],
    ['To put it politely, the agency was not listening.', 'result'],
    ['The removals firm was badly understaffed on the day.', 'result'],
    ["The landlord's agent took nearly three weeks to send a quote.", 'result'],
    ["The signed form sat in the bursar's tray for two weeks.", 'result'],
    ['Hopefully the night team learned from it.', 'learning'],
    ['It was a good lesson for the rest of the department.', 'learning'],
    ['The stock sheets had been set up by the previous manager and never balanced.', 'result'],
    ['Honestly, the whole process was against us from the start.', 'result'],
    ['We were just unlucky with the timing.', 'result'],
    ["They'd ignored what the drivers told them for months.", 'result'],
    ['The council took three weeks to reply, which meant we missed the grant window.', 'result'],
    ['The rating was unfair given they had ignored what we told them.', 'result'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.ok(flaggedIn(sentence, part).length >= 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'result' | 'learning']> = [
    ['My hands were tied on the budget, so I found the money by dropping the printed programme.', 'result'],
    ["Payroll cut-off dates aren't something we control, so I now send the changes a week early.", 'learning'],
    ['With respect to the budget, the fair came in £300 under.', 'result'],
    ['The printers took three weeks, so I now order proofs before the design is final.', 'learning'],
    ['The council took three weeks to reply, so I drafted the application in parallel.', 'result'],
    ['The stock sheets had been set up by the previous manager, and I rebuilt them in the first month.', 'result'],
    ['We were lucky with the weather and sold out by noon.', 'result'],
    ['The lesson for me was to ask for the proof date in writing.', 'learning'],
    ['I ignored the first dashboard alert, which was my mistake, and I now page on the second.', 'learning'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

/*
 * What the writer does next decides whether blame was context: taking up a duty they disowned, owning the cause, or a
 * lasting change does; getting through the day does not. New sentences.
 */
describe(`${ID}: a next sentence that only gets through the day does not turn blame into context`, () => {
  const twoSentences = (first: string, second: string) =>
    lintWith(
      ID,
      story({ situation: 'Our depot runs forty vans a day.', action: `${first} ${second}`, result: 'We delivered 31 of 40 rounds.' }),
    );
  it('fires when the writer only copes with it', () =>
    assert.equal(
      twoSentences('Head office had known for weeks that the strike was coming.', 'On the day I re-routed six vans and called every shop.')
        .length,
      1,
    ));
  it('stays silent when the next sentence changes something for good', () =>
    assert.deepEqual(
      twoSentences(
        'Head office had known for weeks that the strike was coming.',
        'I now keep a strike plan for every depot and review it each quarter.',
      ),
      [],
    ));
  it('stays silent when a disowned duty is taken up', () =>
    assert.deepEqual(twoSentences('Strictly, the van rota was not my job.', 'I rebuilt it over the weekend anyway.'), []));
  it('stays silent when the next sentence turns on "But" to take the duty up', () =>
    assert.deepEqual(
      twoSentences(
        'Escorting transfer passengers is not my job on paper.',
        'But if nobody walked him over, he would miss the last flight.',
      ),
      [],
    ));
  it('still fires when the next sentence only goes on about it', () =>
    assert.equal(twoSentences('Escorting transfer passengers is not my job on paper.', 'He missed the last flight.').length, 1));
});

describe(`${ID}: control disowned, "could've", compound and possessive counterfactuals`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ['None of that was in our control.', 'result'],
    ["Honestly there was not much more I could've done.", 'result'],
    ['If they had a proper sign-off process, this would not happen.', 'learning'],
    ['If the caterer and the florist had done their jobs, we would have opened the doors on time.', 'result'],
    ["If she'd read the brief in the first place it probably wouldn't have happened.", 'result'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.ok(flaggedIn(sentence, part).length >= 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'result' | 'learning']> = [
    ['The rota was not in my control, so I now agree the hours with the supervisor every Monday.', 'learning'],
    ["If I'd read the brief properly it probably wouldn't have happened, so I now summarise every brief back in writing.", 'learning'],
    ['If we had a proper sign-off process, this would not happen, so I wrote one and the team has used it since.', 'learning'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

describe(`${ID}: another shift named bare, late delivery as the cause, not caring, and "not on us"`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ['The launch slipped to a webinar because the printers delivered late.', 'result'],
    ['Most of the problems were outside of my control.', 'result'],
    ['The real problem was that night shift never followed the plan.', 'result'],
    ["I raised it with the night supervisor twice, but he just didn't care.", 'result'],
    ["If nights had stuck to the plan it would've been fixed for good.", 'result'],
    ["Everyone knew the backlog wasn't on day shift.", 'result'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.ok(flaggedIn(sentence, part).length >= 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'result' | 'learning']> = [
    ['The printers delivered late, so I now order proofs two weeks ahead and keep a spare set.', 'learning'],
    ['Night shift never missed a handover after the new board went up.', 'result'],
    ['The fix was on day shift, so I trained both day leads on it myself.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

/*
 * In a story of a setback, what others left wanting explains it away: what the writer was handed, work others scoped or
 * signed off, someone away when needed. The same words in a story that went well are only where the work started.
 */
describe(`${ID}: in a setback, what the writer was handed, what others signed off, and who was away`, () => {
  const failed = (situation: string) =>
    lintWith(
      ID,
      story({
        title: 'The cutover that went wrong',
        situation,
        action: 'I ran the cutover on Thursday night and rolled it back at 3 am when the totals did not match.',
        result: 'The release slipped two weeks and the finance team reran the month-end by hand.',
      }),
    );
  const went = (situation: string) =>
    lintWith(
      ID,
      story({
        title: 'Moving the accrual job',
        situation,
        action: 'I rewrote the plan, tested it against two months of data and ran the cutover on a Thursday night.',
        result: 'The job has run 240 nights without a mismatch, against four a month before.',
      }),
    );
  const excuses = [
    'The runbook we were handed by the platform team was last updated in 2019.',
    'The work had been scoped by the previous tech lead before he left.',
    'Our release manager had been off for a month, so the plan was never reviewed.',
  ];
  for (const situation of excuses) {
    it(`fires in a setback: ${situation}`, () => assert.ok(failed(situation).length >= 1, situation));
    it(`stays silent in a story that went well: ${situation}`, () => assert.deepEqual(went(situation), []));
  }
});

/*
 * A counterfactual about a party named by name or initials, a disowning softened by an adverb, and a discovery
 * ("so we found out when …") that is not the writer acting on the blamed cause.
 */
describe(`${ID}: named parties in "if only", softened disowning, and a discovery after the cause`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ["Honestly, if CAMHS had picked up the phone at any point we wouldn't have ended up where we did.", 'result'],
    ['If IT had done a proper pilot with one team first, most of it would have been caught.', 'result'],
    ['If Priya had passed on the new date, the handover would have gone fine.', 'learning'],
    ["If they'd followed basic change management it just wouldn't have happened.", 'result'],
    ["But it wasn't really on me, the timing just fell badly with the holiday.", 'result'],
    ["It wasn't kind of on our side, we'd priced what we were given.", 'result'],
    ["It wasn't strictly my job to check the rota.", 'result'],
    ['Once head office had decided not to bring in a replacement, my hands were really tied.', 'result'],
    [
      'The real issue was the records system: registry scheduled an upgrade in our busiest fortnight, so we found out ' +
        "when it wouldn't print letters.",
      'result',
    ],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence, part).length, 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'result' | 'learning']> = [
    ['If it had rained, we would have moved the stalls indoors.', 'result'],
    ['If I had called CAMHS sooner, we would have avoided the admission.', 'learning'],
    ['If Monday had been quieter, the rota would have worked.', 'result'],
    ['If Anna had not been on shift, we would have lost the patient.', 'result'],
    ['If Priya had been free, she would have joined the call.', 'result'],
    ['If Priya had been free, she would just have joined the call.', 'result'],
    ['It was really on me, so I now check the rota every Friday.', 'learning'],
    ['It was kind of on us, so I now price every change the architect sends the same day.', 'learning'],
    ['The real issue was the records system, so I moved the letters to a mail merge.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

/*
 * In a story of a setback, what another party left undone in any verb, changed again and again, or changed without the
 * checks it needed; a predecessor, some of a group, or someone's part of the work named as that party. The same sentence
 * in a story that went well, or with the writer acting on it, is context.
 */
describe(`${ID}: in a setback, what another party left undone, kept changing, or changed untested`, () => {
  // The sentence is told in the Result, after how the week ended: another party's failing in the Situation is the
  // problem the writer took on (tested below).
  const inStory = (ending: string, excuse: string) =>
    lintWith(
      ID,
      story({
        title: 'The go-live week',
        situation: 'I led a team of 26 agents on an energy supplier’s customer service line.',
        action: 'I moved the team onto the new platform over one weekend and ran the floor myself on the Monday.',
        result: `${ending} ${excuse}`,
      }),
    );
  const failed = (excuse: string) => inStory('We lost the service level for the week and the client issued a service credit.', excuse);
  const went = (excuse: string) => inStory('We answered 94% of calls within the service level, against 71% before.', excuse);
  it("stays silent on another party's failing told as the Situation of a setback", () =>
    assert.deepEqual(
      lintWith(
        ID,
        story({
          situation: 'The error happened because the night staff didn’t check the label against the chart.',
          action: 'I treated the hypo per protocol and moved the patient near the station.',
          result: 'The patient recovered, but the incident was reported as a serious dispensing error.',
        }),
      ),
      [],
    ));
  const excuses = [
    'The bank office had not filled any of the gaps on the rota.',
    'The handover notes from my predecessor did not mention the new routing rules.',
    'The IT team also hadn’t switched on the call recording for the new queues.',
    'A couple of colleagues didn’t run the practice sessions at all.',
    'The client kept changing the list of sites every few days.',
    'Head office IT had pushed an update two days before without testing it on our hardware.',
  ];
  for (const situation of excuses) {
    it(`fires in a setback: ${situation}`, () => assert.equal(failed(situation).length, 1, JSON.stringify(failed(situation))));
    it(`stays silent in a story that went well: ${situation}`, () => assert.deepEqual(went(situation), []));
  }
  const context = [
    'The bank office had not filled the gaps, so I called in two of our own part-timers.',
    'Even if they never called the old number, every customer got the text about the change.',
    'The client kept changing the list of sites, so I set up a shared sheet they edited directly.',
    'The vendor never had an outage again after that.',
    'The client did not renew in March.',
  ];
  for (const situation of context) it(`stays silent in a setback: ${situation}`, () => assert.deepEqual(failed(situation), []));
  it('fires on someone\'s part of the work named as the cause ("Security\'s review queue is what killed the timeline")', () =>
    assert.equal(failed("Security's review queue is what killed the timeline.").length, 1));
  it('reads a clause of time as no act of the writer ("… whenever I imported more than 25 stops")', () =>
    assert.equal(
      failed('Our routing software kept crashing whenever I imported more than 25 stops, and the client kept changing the list.').length,
      1,
    ));
});

describe(`${ID}: "which was on them", "not on my side", everyone who did not pull their weight, a unit or a trade as the party`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ["The council pulled the permit because the route hadn't been signed off, which was on them really.", 'result'],
    ['I mean, not really on my side?', 'learning'],
    ['Honestly, if everybody had pulled their weight it would have been a first.', 'learning'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence, part).length, 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  // What a unit or a trade left undone is blame in a story of a setback.
  const inSetback = (excuse: string) =>
    lintWith(
      ID,
      story({
        situation: 'I led a platform group of 14 engineers.',
        action: 'I ran the reorganisation into two platform teams and wrote the new intake process.',
        result: `By the end of the year my director asked me to pause it, and the reorg was rolled back. ${excuse}`,
      }),
    );
  for (const situation of [
    'The product org never bought in either.',
    "The instructors didn't step in even though we told them about it.",
    "The professor didn't really take into account who had done what.",
    "Design delivered the final mocks two weeks later than we'd agreed.",
    "Josh's backend part came in four days late.",
  ])
    it(`fires in a setback: ${situation}`, () => assert.equal(inSetback(situation).length, 1, JSON.stringify(inSetback(situation))));
  const silent: Array<[string, 'result' | 'learning']> = [
    ['If everyone had come, we would have raised more.', 'result'],
    ['The fix was on my side, so I now test every template change against the old codes.', 'learning'],
    ["The instructors didn't step in, so I set up a rota of pair sessions myself.", 'result'],
    ['The timing company arrived an hour late, so I started the race by hand.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

describe(`${ID}: late against the writer's own promise, and a co-op feature that is no party`, () => {
  const silent: Array<[string, 'result' | 'learning']> = [
    ["The co-op update shipped 36 days after launch, one day later than I'd promised, and crashes stayed under 1 in 200.", 'result'],
    ['The refund fix went out two days later than I had planned, because I added a test for the old codes first.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
  it('still fires on a co-op that is the other party', () =>
    assert.equal(flaggedIn('The release slipped because the co-op sat on the contract for a month.', 'result').length, 1));
});

describe(`${ID}: poor work, refusals and "if it had been done properly" in a setback nobody owns; a relative clause is no act`, () => {
  const inSetback = (excuse: string, owned = '') =>
    lintWith(
      ID,
      story({
        situation: `The inspectors arrived unannounced in March. ${excuse}`,
        action: 'I walked the inspectors through the drug fridge logs and the trolley checks.',
        result: `We failed the inspection and lost our teaching-ward status for a year. ${owned}`,
      }),
    );
  for (const excuse of [
    'The previous ward manager had left the care plan audits months out of date.',
    'The bank office had not filled any of the gaps we had requested a week earlier.',
    'Of course the trust management had refused for two years to buy the new monitors.',
    'The agency sent us the wrong paperwork and never chased it.',
    'If the handover from Priya had been better, it would never have got that far.',
    'It would have gone fine if the agency had done their job.',
  ])
    it(`fires in a setback: ${excuse}`, () => assert.equal(inSetback(excuse).length, 1, JSON.stringify(inSetback(excuse))));
  for (const excuse of [
    'The agency sent us the wrong paperwork, so I rebuilt the checklist with the matron that night.',
    'If the data had been cleaned properly, I would have caught it sooner myself.',
  ])
    it(`stays silent in a setback: ${excuse}`, () => assert.deepEqual(inSetback(excuse), []));
  it('stays silent when the story owns a share of the cause', () =>
    assert.deepEqual(
      inSetback(
        'The previous ward manager had left the care plan audits months out of date.',
        'I should have audited the care plans in my first week, and I now do that on day one.',
      ),
      [],
    ));
  // Denying there was more to do is no share of the cause: the excuse still blames, and so does the denial.
  for (const denial of [
    "Honestly, there wasn't a lot I could have done differently.",
    'Not a lot more I could have done on the day.',
    "I'm not sure there's loads I could have done differently.",
    'There was nothing more I could have done.',
  ])
    it(`fires when the story only denies a share: ${denial}`, () =>
      assert.ok(
        inSetback('The previous ward manager had left the care plan audits months out of date.', denial).some((f) =>
          f.message.includes('previous ward manager'),
        ),
      ));
  it('still reads a share admitted beside a denial as owning: "I could have audited them sooner"', () =>
    assert.deepEqual(
      inSetback(
        'The previous ward manager had left the care plan audits months out of date.',
        'I could have audited the care plans in my first week, and I now do that on day one.',
      ),
      [],
    ));
  it('stays silent on poor work of others in a story that went well', () =>
    assert.deepEqual(
      lintWith(
        ID,
        story({
          situation: 'The previous ward manager had left the care plan audits months out of date.',
          action: 'I audited all 28 care plans in two weeks and set a monthly audit rota with the charge nurses.',
          result: 'The next inspection rated the ward "good" for safety, and every care plan was in date.',
        }),
      ),
      [],
    ));
  it('still reads "rather than blaming" as no blame, and another "rather than" as no excuse', () => {
    assert.deepEqual(flaggedIn('Rather than blaming the vendor, I built a stub of their API.'), []);
    assert.equal(
      inSetback('The contract had an auto-expiry clause rather than rolling over, which the previous procurement team never flagged.')
        .length,
      1,
    );
  });
});

describe(`${ID}: departments named bare, sarcasm about judgement, time lost waiting, "only so much", "no help", their own thing`, () => {
  const fires: Array<[string, 'result' | 'learning']> = [
    ['Payroll, in their infinite wisdom, changed the cut-off the week of the launch.', 'result'],
    ['We lost almost three weeks waiting on their procurement team to sign the order form.', 'result'],
    ['Until estates fix the heating there is only so much a ward can do.', 'learning'],
    ['Central treasury were no help at all during the close.', 'result'],
    ['Going forward networking need a proper change freeze around big sales.', 'learning'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence, part).length, 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const inSetback = (excuse: string) =>
    lintWith(
      ID,
      story({
        situation: 'I rewrote the school behaviour policy as head of year.',
        action: 'I launched a four-step consequence system at the September training day.',
        result: `The policy was withdrawn at Christmas and the school failed its behaviour review. ${excuse}`,
      }),
    );
  for (const excuse of [
    'Half of them never read the policy past the first page.',
    'The heads of year nodded along in meetings, but they quietly carried on doing their own thing.',
    'The publisher kept sending us new requirements every playtest.',
  ])
    it(`fires in a setback: ${excuse}`, () => assert.equal(inSetback(excuse).length, 1, JSON.stringify(inSetback(excuse))));
  const silent: Array<[string, 'result' | 'learning']> = [
    ['There is only so much time in a sprint, so I cut the two lowest-value stories myself.', 'result'],
    ['Payroll were a huge help during the close, and I thanked them in the review.', 'result'],
    ['We lost two weeks waiting on the parts, which I had ordered late; I now order on day one.', 'result'],
    ['Most patients could not find how to cancel, so they did not bother.', 'result'],
    ['The publisher signed the deal in March.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
});

describe(`${ID}: blame wrapped in praise, in any story; what the writer was left with is no act; a habit is the writer's`, () => {
  const fires: Array<[string, 'action' | 'result']> = [
    ['IT were supportive, honestly great guys, but they never got the WMS interface right, so we had two weeks on paper.', 'action'],
    ["The staff are wonderful, genuinely, but I'd say half of them never read the policy past the first page.", 'action'],
    ['The contractors were lovely but never read the spec.', 'result'],
  ];
  for (const [sentence, part] of fires) {
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence, part).length, 1, JSON.stringify(flaggedIn(sentence, part))));
  }
  const silent: Array<[string, 'action' | 'result']> = [
    ['The new tool was great, but I never found time to train the night shift on it.', 'action'],
    ['The team was great, but we never found a slot for the retro.', 'result'],
    ["Our mentors were lovely, but they couldn't give us more than an hour a week, so I set up a peer review rota.", 'action'],
    ['The pilot was great, but the client did not need the second phase after the merger.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, part), []));
  it('reads "on every request" in a clause about a thing as no lasting change that owns the cause', () => {
    const text = story({
      situation: 'Checkout was too slow for the peak season.',
      action:
        "We lost three weeks because the platform team still hadn't provisioned the cluster by the date they had promised. " +
        'I also took out two logging calls that were serialising the cart on every request.',
      result: 'p95 went from 1.8 s to 900 ms.',
    });
    assert.equal(lintWith(ID, text).length, 1);
  });
});

describe(`${ID}: slowness idioms, duties skipped again and again, acts done without the check, "our side was fine"`, () => {
  const failed = (excuse: string, part: 'action' | 'result' = 'result') =>
    lintWith(
      ID,
      story({
        title: 'The login outage',
        situation: 'I was the senior Android engineer on a banking app with 1.2 million users.',
        action: `Release 7.3 went out on a Thursday and logins failed for a fifth of users.${part === 'action' ? ` ${excuse}` : ''}`,
        result: `We lost about 4,000 sign-ins before the hotfix.${part === 'result' ? ` ${excuse}` : ''}`,
      }),
    );
  const fires: Array<[string, 'action' | 'result']> = [
    ['Deal Desk took their sweet time as usual, so the quote expired.', 'action'],
    ['The agency nurses kept not signing the register.', 'action'],
    ['QA had signed off 7.3 without running the login regression on a single Android 12 device.', 'result'],
    ['The platform team had rotated the certificate that afternoon without telling any of the teams behind it.', 'action'],
    ['Honestly, from our side the code was fine.', 'result'],
    ['My screens were signed off on time, so honestly the design side held up.', 'result'],
    ["It's always the same lot who can't manage to read a checklist.", 'result'],
    ['There was very little my team could have done about that.', 'result'],
    ['I can only do so much from the mobile side.', 'result'],
    ['Nobody on their side bothered to check the tracking plan.', 'result'],
  ];
  for (const [excuse, part] of fires) it(`fires on: ${excuse}`, () => assert.equal(failed(excuse, part).length, 1));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I took my time over the review, which is why it slipped a day.', 'result'],
    ['I signed off 7.3 without running the login regression on Android 12, which was my mistake.', 'result'],
    ['The vendor changed the API without telling us, so I added a contract test that now catches it.', 'action'],
    ['The team shipped the hotfix without any incidents.', 'result'],
    ['We kept missing the Friday cut-off, so I moved the release train to Thursday.', 'action'],
    ['Every release that goes through my team now has to pass the login regression on three Android versions.', 'result'],
  ];
  for (const [excuse, part] of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(failed(excuse, part), []));
});

describe(`${ID}: duties done not the way they always were, the share handed round, others slow to act, notes with no verb`, () => {
  const failed = (excuse: string) =>
    lintWith(
      ID,
      story({
        title: 'The audit we nearly failed',
        situation: 'I ran the Newman yard, 40 heavy vehicles and a workshop of six.',
        action: 'I had the service records printed a week before and walked the auditor round on the day.',
        result: `Four non-conformances were raised against the yard. ${excuse}`,
      }),
    );
  const fires = [
    "The supervisor hadn't been keeping the books the way we always had, so that was where it came unstuck.",
    "If they'd done their homework it never would have got to the GM.",
    "I wasn't the one coding it.",
    'Some of the consumer teams were slow to migrate, which dragged the timeline out.',
    'Shopfitters way behind from week 2, their project manager useless.',
    "Property dept didn't chase them either.",
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(failed(excuse).length, 1));
  it('underlines both the reviewer who missed it and "it wasn\'t just me"', () =>
    assert.deepEqual(
      failed("The reviewer didn't pick it up either, to be fair, so it wasn't just me.").map((f) => f.data.phrase),
      ["The reviewer didn't pick", "it wasn't just me"],
    ));
  const silent = [
    'I was slow to escalate, which cost us two days.',
    "It wasn't just me who noticed the pattern; the night team saw it too, and I now share the audit checklist with them.",
    "I wasn't the one who found the gap, but I owned the fix and now check the books every Friday.",
    'I had not been checking the books the way we always had, which was my mistake; I now check them every Friday.',
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(failed(excuse), []));
});

describe(`${ID}: cleared in someone else's words, a control denied, a decision above the writer's head`, () => {
  const failed = (excuse: string) =>
    lintWith(
      ID,
      story({
        title: 'Missing the December SLA',
        situation: 'I led a team of 14 agents on a retail client’s support queue.',
        action: 'I moved two agents to chat and ran overtime on the weekends before Christmas.',
        result: `We missed the 80% first-response SLA for three weeks in December. ${excuse}`,
      }),
    );
  const fires = [
    'My operations manager said it was not my fault because the forecast was wrong from the start.',
    "The district manager said it wasn't really a reflection on me since I'd only been there a few months.",
    "Looking back there really wasn't a lot that could be done with so many outside factors.",
    'The decision had basically been made above my head.',
    "The helpdesk also didn't escalate overnight.",
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(failed(excuse).length, 1));
  // IT, the department, is a party: its slowness and the control disowned after it are two blames.
  it('fires twice on: Also IT was slow to give access, which is not something I can control.', () =>
    assert.deepEqual(
      failed('Also IT was slow to give access, which is not something I can control.').map((f) => f.data.phrase),
      ['IT was slow to give', 'is not something I can control'],
    ));
  const silent = [
    'My manager said it was my fault, and she was right; I now check the forecast against the promo calendar myself.',
    'I told the client it was not their fault and took the miss on myself.',
    'The team said the miss was on me, and it was: I now plan holiday cover in October.',
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(failed(excuse), []));
});

describe(`${ID}: others' agreement cited as backing, and a reported clause ended by a dash`, () => {
  const fires = [
    'The other two organisers agreed that Tom let the group down.',
    'The forecast had said light rain \u2014 the Met Office basically got it wrong.',
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(inCancelledRace(excuse).length, 1));
  const silent = [
    // Agreeing a plan with others, and someone else's claim repeated without endorsing it.
    'I agreed with the council that any future closure would be decided by the safety officer.',
    'The club chair claimed that Tom let the group down, but the gap in the rota was mine to fill.',
    'The forecast had said the Met Office got it wrong, and I now check the hourly warnings myself.',
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
});

describe(`${ID}: another party told as late in a setback`, () => {
  const fires = [
    'Design was also late.',
    'The driver was also late reporting it.',
    'The supplier was two weeks late with the parts.',
    // Trades and roles named by their work.
    'The joiners were late with the stud walls.',
    'The site accountant was also late with the invoices.',
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(inVanBreakdown(excuse).length, 1));
  const silent = [
    // The writer's own team, the writer, a thing rather than a party, a late party followed by the writer's act.
    'The team was late getting the van loaded.',
    'I was late with the handover note myself.',
    'The train was late, so I drove the second driver to the depot.',
    'The supplier was late, so I switched the order to a second supplier.',
    'The joiners were late, so I re-sequenced our first fix to the finished plots.',
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inVanBreakdown(excuse), []));
  it('stays silent on a late party in a story that went well', () =>
    assert.deepEqual(
      inVanBreakdown('Design was also late.', 'Every parcel arrived the same evening, and the client renewed for two years.'),
      [],
    ));
});

describe(`${ID}: a counterfactual in any tense against a problem that would not have happened`, () => {
  const learning = (lesson: string) =>
    lintWith(
      ID,
      story({
        title: 'The temperature alerts we could not deliver',
        situation: 'Our sales team had promised a cold-chain customer temperature alerts that the product did not support.',
        action: 'I built a workaround that exported sensor readings every 15 minutes and emailed the customer a daily report.',
        result: `The customer did not renew after the first year. ${lesson}`,
      }),
    );
  const fires = [
    'If sales did this, the whole problem would not happen.',
    'If they had a proper change process, this would not happen.',
    'But honestly, if the agency do their job this never happen.',
  ];
  for (const lesson of fires) it(`fires on: ${lesson}`, () => assert.equal(learning(lesson).length, 1));
  const silent = [
    // The writer's own act, an event that is no party, and the writer acting on it in the same sentence.
    'If we had checked with product first, this would not have happened.',
    'If the tests had covered the export, this would not have happened.',
    'If sales did this again, it would not happen twice, because I now review every promise with them before signing.',
  ];
  for (const lesson of silent) it(`stays silent on: ${lesson}`, () => assert.deepEqual(learning(lesson), []));
});

describe(`${ID}: nothing the writer's side could have done, said as it is written`, () => {
  const fires = [
    'So it wasnt really anything we could of done on our side.',
    'Not much you can do when your contractor takes six hours to turn up, to be fair.',
    "The team can't really be held responsible for that.",
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(inVanBreakdown(excuse).length, 1));
  const silent = [
    // Someone else cleared, the writer acting on it in the same sentence, and a thing the writer could do.
    'The supplier cannot be held responsible for the delay under the contract.',
    'Not much you can do about a gearbox, so I rebooked the drops for the morning and rang each customer.',
    'There was a lot we could have done sooner, and I now check the service dates every Monday.',
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inVanBreakdown(excuse), []));
});

describe(`${ID}: another party told with a sneer, in any story and any part`, () => {
  // A story that went well: the tone alone is the blame, wherever it is told.
  const told = (sentence: string, where: 'situation' | 'action' = 'action') =>
    lintWith(
      ID,
      story({
        title: 'The new events template',
        situation:
          where === 'situation' ? `I joined as product manager for live ops. ${sentence}` : 'I joined as product manager for live ops.',
        action:
          where === 'action' ? `I put every event on one template with three variants. ${sentence}` : 'I put every event on one template.',
        result: 'Event build time fell from three weeks to four days, and revenue per event rose 18%.',
      }),
    );
  const fires: Array<[string, 'situation' | 'action']> = [
    ['Before signing, our sales, as usual, promised them an integration the product did not support.', 'situation'],
    ['As usual nobody posted release notes in the support channel.', 'action'],
    ['As usual they were late with the agency rota.', 'action'],
    ['The art team were slow to adapt, as they always are when you ask them to reuse anything.', 'action'],
    ["My predecessor had, let's say, a relaxed attitude to documentation.", 'situation'],
    ['Their head of operations was, frankly, difficult to work with.', 'situation'],
    ['The supplier, who frankly could have been more flexible, would not extend the contract.', 'action'],
    ["Let's just say two of the group discovered the project existed the night before.", 'action'],
  ];
  for (const [sentence, where] of fires) it(`fires on: ${sentence}`, () => assert.equal(told(sentence, where).length, 1));
  const silent: Array<[string, 'situation' | 'action']> = [
    // Praise, the writer's own habit or team, someone else's words, a concession.
    ['The team, as always, pulled together over the launch week.', 'action'],
    ['Our nurses, as always, were brilliant with the families.', 'situation'],
    ['As usual, I checked the rota with the leads first.', 'action'],
    ['Their manager told me frankly they had no capacity to absorb more referrals.', 'situation'],
    ['Frankly, the client was right to push back on the first draft.', 'action'],
    ['The vendor was, frankly, brilliant once we had a shared channel.', 'action'],
    // Things handled as they always are, in the passive: no party told with a sneer.
    ['The referral forms arrived in June and, as usual, they were filed by ward, so only the ward sisters read them.', 'situation'],
  ];
  for (const [sentence, where] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(told(sentence, where), []));
});

describe(`${ID}: the writer's earlier act given as the reason the blame holds`, () => {
  it("fires when the reason is what the writer had done: ', because we'd sent it to them weeks before'", () =>
    assert.equal(
      inCancelledRace("The permit was pulled, which was on them really, because we'd sent the route to them weeks before.").length,
      1,
    ));
  it("fires on 'because I had asked' as a reason", () =>
    assert.equal(inCancelledRace('The permit was pulled, which was on them really, because I had asked for it in March.').length, 1));
  it('stays silent when the reason clause is a step the writer took for good', () =>
    assert.deepEqual(
      inCancelledRace('The permit was pulled, which was on them, so I now book the route sign-off three months ahead.'),
      [],
    ));
});

describe(`${ID}: the writer's own act earlier in the sentence does not take up blame told after it`, () => {
  const failed = (excuse: string) =>
    lintWith(
      ID,
      story({
        title: 'The gala that never happened',
        situation: 'I chaired the committee for a rescue charity whose spring gala raised most of its year.',
        action: 'I booked the barn, the caterer and the auction lots.',
        result: `The barn double-booked us and the gala was cancelled. ${excuse}`,
      }),
    );
  const fires = [
    'We refunded all 140 tickets, and the venue never returned the deposit.',
    'We had sold 140 tickets at 35 pounds, which the venue never refunded to us.',
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(failed(excuse).length, 1));
  const silent = [
    // The writer acting in the same clause as the blame, or after it.
    'I found the failure on the venue side and rebooked the gala at the village hall within a week.',
    'The barn never returned the deposit, so I now pay deposits only against a written cancellation clause.',
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(failed(excuse), []));
});

describe(`${ID}: corrections hoped for from others, their duty in the passive, and clients who would not do their part`, () => {
  const fires = [
    // A correction hoped for from another party, not a lesson of the writer's.
    'Hopefully the agency will be more careful with their contracts in future.',
    'Hopefully the church office has tightened up how they take bookings.',
    'I hope head office will vet suppliers more carefully next time.',
    // The writer's side set against another, with nothing it could do.
    "There wasn't much anyone on our side could do.",
    "Honestly there wasn't much anyone below her level could have done, she'd committed before any of us were asked.",
    // Their duty, in the passive, with them as its agent.
    'The venue had no cover for an event our size, which honestly should have been flagged by the church office when we booked.',
    // A duty done by "do", named by its noun; a habit of neglect in the present.
    "Then the clinic managers didn't do the user training we'd scheduled.",
    "The CRM export had a lot of duplicate accounts because the sales people don't clean their data.",
    // Clients who would not do their part.
    "Customers like that are quite common, they want it fixed quickly and don't put the work in.",
    'I think he just wanted someone to tell him what he wanted to hear.',
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(inCancelledRace(excuse).length, 1));
  const silent = [
    // Hopes with no correction in them, or for the writer's own team.
    'Hopefully the new marshal rota will make next year easier for everyone.',
    'I hope the hospice will let us run the race again in the autumn.',
    'Hopefully our team will be more careful with the weather checks next year.',
    // The writer acting after it, in the same sentence.
    "There wasn't much anyone on our side could do about the weather, so I rang every runner myself that evening.",
    // No other party as the agent, and the writer's own duty.
    'It should have been caught by our own checklist, and I now run it a week before every race.',
    'The course should have been checked by me the evening before, and I now walk it myself.',
    "The marshals didn't do the briefing twice, because I recorded it for them.",
    // The writer not putting the work in is owning it.
    "I didn't put the work in on the weather plan, and that is on me.",
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
});

describe(`${ID}: what the writer could not do because of it is the consequence, not the writer taking it up`, () => {
  const fires = [
    "Nobody told me the start had been brought forward, so I hadn't had the marshals briefed.",
    "The council never sent the road-closure notice, so we didn't have the signs out in time.",
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(inCancelledRace(excuse).length, 1));
  const silent = [
    'Nobody told me the start had been brought forward, so I rang the council and briefed the marshals by phone that night.',
    "The council never sent the road-closure notice, and I hadn't chased it, which is on me.",
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
});

describe(`${ID}: the cause placed on another's patch, a call disowned, waits and changes on their side, hedged "down to her"`, () => {
  const fires = [
    "Most of the delay came from the course not being swept the night before, which was the council's side.",
    'The old race director left with no handover, his decision not mine.',
    'The road closure order took eleven weeks longer than the council said it would.',
    'Honestly the whole thing came from their permit process.',
    "The council changed the route in the middle and didn't tell us.",
    'Looking back, the sponsorship was too far gone by the time it got to me.',
    "She just didn't get how race timing works.",
    'Then it sat with the events team for three weeks.',
    'Their licensing team was also very slow to reply.',
    'It was sort of down to her, to be honest.',
    "Which isn't really something I can control.",
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(inCancelledRace(excuse).length, 1));
  const silent = [
    // The writer acting on it, the writer's own promise, our own process, a change told in time, the writer's own gap.
    "That was the council's side, so I rang their events officer every morning until it was sorted.",
    'It took two weeks longer than I said it would, which is on me.',
    'The change came from our own release process, and I now run a rehearsal first.',
    'The council changed the route and told us the same day.',
    "I didn't get how race timing works until I shadowed the timekeeper.",
    "I sat with the council's events team for two days to plan the closures.",
    'The final call was down to her to make, so I prepared three options.',
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
});

describe(`${ID}: no act in an opinion softened by an adverb, an object clause on "anything", or what the writer must do`, () => {
  const fires: Array<[string, string]> = [
    ["The race committee didn't follow up on anything I sent them.", "The race committee didn't follow"],
    ["The council moved the closure in the middle and didn't tell us, so we must redo the whole route plan.", 'moved the closure'],
    ['The committee cut the budget, which I still think was unfair given they ignored what we told them.', 'they ignored'],
    ['The problem was the timing crew, so I guess it was bad luck.', 'The problem was the timing crew'],
    [
      "Before the race, our sponsor, as usual, promised them a water station, which actually we don't have on that course.",
      'our sponsor, as usual, promised them',
    ],
  ];
  const silent = [
    // The writer acting in the blame's own clause or after it still takes it up.
    'The race committee never followed up, so I rang every marshal myself that night.',
    "The council moved the closure and didn't tell us, so I redrew the route plan by midnight.",
    'The committee cut the budget, and I still found a second sponsor for the water stations.',
    'The timing crew never tested the chips, so I tested all 300 myself the next morning.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: "since" giving a reason is no lasting good outcome`, () => {
  it('fires when "since" opens their reason', () =>
    assert.equal(
      inCancelledRace("The timing crew also didn't check the mats overnight since their contract only covered race day.").length,
      1,
    ));
  for (const excuse of [
    'The timing crew never turned up late since the change.',
    'The timing crew never turned up late since we moved the briefing.',
  ])
    it(`stays silent on a good outcome since a change: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
});

describe(`${ID}: a mistake disowned, what the writer's side could not have prevented, a lesson for another unit, a job not done`, () => {
  const fires: Array<[string, string]> = [
    ["It wasn't really my mistake, to be honest.", "wasn't really my mistake"],
    ["It wasn't something the club could have prevented.", "wasn't something the club could have prevented"],
    ['The lesson for the operations centre is that exception reports have to go out on time.', 'The lesson for the operations centre'],
    ['If catering had done their job properly it would never have been an issue.', 'If catering had done their job'],
    ['None of it would have happened if the permits had been done properly in the first place.', 'None of it would have happened'],
  ];
  const silent = [
    'It was my mistake: I never confirmed the closure in writing.',
    "It wasn't my first mistake that season, and I now keep a checklist.",
    'The lesson for me is that I confirm closures in writing a week out.',
    'The takeaway for the club is that we now confirm every closure in writing.',
    'The takeaway for the organisation is that closures need a named owner.',
    'If I had done my job properly it would never have been an issue.',
    'None of it would have happened if I had checked the permits properly.',
  ];
  inRaceFamily(fires, silent);
});

/** Each excuse closing the cancelled race's Result: one of `fires` flags its phrase, none of `silent` flags anything. */
function inRaceFamily(fires: Array<[string, string]>, silent: string[]): void {
  for (const [excuse, phrase] of fires)
    it(`fires on: ${excuse}`, () =>
      assert.ok(
        inCancelledRace(excuse).some((f) => String(f.data.phrase).includes(phrase)),
        excuse,
      ));
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
}

describe(`${ID}: disowning the problem for the writer's own group ("my shift's problem", "my team's fault")`, () => {
  const fires: Array<[string, string]> = [
    ["Honestly it wasn't my shift's problem, I was cleaning up after them.", "wasn't my shift's problem"],
    ["It wasn't my team's fault, the permit office lost the form.", "wasn't my team's fault"],
    ['That was not my department’s responsibility in the first place.', 'not my department’s responsibility'],
  ];
  const silent = [
    "It wasn't my shift's problem, so I took it on and marshalled the car park myself.",
    "It wasn't my team's fault alone; I had signed off the route without walking it.",
    'My shift’s job was to hand out the water, and we had it ready by 7:00.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: in a setback, a check another party was there to make, told in the passive ("never covered by QA")`, () => {
  const fires: Array<[string, string]> = [
    ['The stacking case was never covered by QA, so it got through.', 'never covered by QA'],
    ['The missing permit was not picked up by the council until the morning of the race.', 'not picked up by the council'],
    ['The bad batch was never properly checked by the supplier before it shipped.', 'never properly checked by the supplier'],
  ];
  const silent = [
    'The route change was not reviewed by me before I sent it, and I now walk every change myself.',
    'The water stations were never checked by anyone but me, so I added a second marshal to each.',
    'Runners were never covered by the insurance in the first place, so I bought event cover for the next race.',
    'The timing mats were never tested by the hire company, so I tested every mat myself and now do it the night before.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: the setback shared out to everyone it hit ("it wasn't only us")`, () => {
  const fires: Array<[string, string]> = [
    ["Everybody using the timing system was stuck, it wasn't only us.", "wasn't only us"],
    ['That was not just our fault; three other races lost their permits that week.', 'not just our fault'],
  ];
  const silent = [
    "It wasn't only us who noticed the gap; the marshals saw it too, and I now walk the course with them the night before.",
    'The permit was only ours to lose, and I now file it a month earlier.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: another party's help called no use, and sarcasm about their effort`, () => {
  const fires: Array<[string, string]> = [
    ["Head office support was, if I'm honest, not much use.", 'Head office support was'],
    ['The council was no use at all once the permit lapsed.', 'The council was no use'],
    ["The timing firm's idea of a rehearsal was a phone call the night before.", 'idea of a rehearsal was'],
    ['The marshals arrived at 8:30, as anyone who has run a race could have told them was too late.', 'as anyone who has run'],
  ];
  const silent = [
    'I was not much use on the first night, so I asked the race director to pair me with a marshal.',
    'My idea of a fix was a second start line, and I now plan one into every course.',
    'As anyone who has run a race will know, the first mile is where runners bunch up, so I widened it.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: in a setback, the writer cleared by what no one else could have done, and others slow as the whole complaint`, () => {
  const fires: Array<[string, string]> = [
    ["With the weather and the permit both against us, I don't think any director could have done much more.", "don't think any director"],
    ['Two of the clubs underestimated their entries, which nobody could have known until the day.', 'nobody could have known'],
    ['We did everything we could with the week we were given.', 'We did everything we could'],
    ['The timing firm was also very slow.', 'The timing firm was also very slow'],
    ['The council were slow because their licensing officer was off.', 'The council were slow'],
  ];
  const silent = [
    'I did everything I could to get the runners home, and I now keep a minibus on call for every race.',
    "I don't think any director could have done much more, but I now book the timing firm six months out.",
    'The first mile was slow because the start was too narrow, so I widened it.',
    'I was slow to see it, and I now walk the course a week before.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: in a setback, what a predecessor left, and another party's state given as the cause`, () => {
  const fires: Array<[string, string]> = [
    ['The previous race director had left the permits two years out of date.', 'The previous race director had left'],
    ['My predecessor had apparently agreed a date with the council without a course plan.', 'My predecessor had apparently agreed'],
    ['The timing agency was clearly understaffed that weekend.', 'The timing agency was clearly understaffed'],
    ['The timing vendor had constant connection problems on the day.', 'The timing vendor had constant connection problems'],
    ['The council kept changing what they wanted from the course plan.', 'The council kept changing'],
    ['The safety team checked only the first two miles.', 'The safety team checked only'],
    ['The entry list sat with the council for nearly three weeks.', 'The entry list sat with the council for nearly three weeks'],
    ['The closure form sat with legal for a month.', 'sat with legal for a month'],
  ];
  const silent = [
    'The previous race director had left a good set of notes, and I built the course plan from them.',
    'The runners had many problems with the old start line, so I moved it to the park gate.',
    'The team lead sat with the new marshals for a week before the race.',
    'I was understaffed on the water stations, and I now recruit two reserves for each.',
    'The previous race director had agreed a date with the council, so I checked it the first week and I now confirm every permit myself.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: what another party or product could not do, told while weighing options, is why an option lost`, () => {
  const silent = [
    'I had three options. I could move the race a week, which the council ruled out. I could hire a second timing firm, but they ' +
      "didn't run chip timing on trail courses.",
    'The alternative was the county timing firm, but their team had never timed a trail race, so I kept ours and added a backup.',
    'I looked at two options: stay with the printer and ask for credits for late deliveries, or move to a local one. The cheaper ' +
      "printer didn't deliver to our area.",
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
  it('still fires on blame told with no options weighed', () =>
    assert.equal(inCancelledRace('The council was no use at all once the permit lapsed.').length, 1, 'one finding'));
});

describe(`${ID}: people named bare by their work leaving their part undone in a setback`, () => {
  const fires: Array<[string, string]> = [
    ["The instructors didn't step in even though we told them about it.", "instructors didn't step"],
    ['Instructors never followed up on the complaint.', 'Instructors never followed'],
    ['Two of the marshals had not turned up, and supervisors never chased them.', 'supervisors never chased'],
    ["Site supervisors hadn't rebooked the minibus.", "Site supervisors hadn't rebooked"],
  ];
  const silent = [
    "Our donors didn't renew after the race was cancelled.",
    'The competitors never got their start numbers, so I now post them a week early.',
    "Two of the marshals hadn't turned up, so I rang the reserves and I now confirm every marshal the day before.",
    'Visitors never found the new entrance.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: any change another party made and never told anyone about`, () => {
  const fires: Array<[string, string]> = [
    ['The council had set up the diversion when they resurfaced the bridge and never told us.', 'never told us'],
    ["Marketing launched a second fun run on the same morning and didn't inform us.", "didn't inform us"],
    ['The timing firm rotated the chip readers between events and never told anybody.', 'never told anybody'],
  ];
  const silent = [
    'The council set up the diversion and told us the same week.',
    'The council set up the diversion and never told us, so I now ring their highways team a month before every race.',
    'I set up the diversion myself and never told the committee, which was my mistake.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: the main reason put on another party, their duty hedged with "probably", their work disowned as theirs`, () => {
  const fires: Array<[string, string]> = [
    ['The main reason was the timing vendor.', 'The main reason was the timing vendor'],
    ['The designer should probably have had a backup route ready.', 'The designer should probably have had'],
    ["The route plan was the council's, not ours.", "was the council's, not ours"],
  ];
  const silent = [
    'The main reason was the weather, and I now book a covered start area every year.',
    'The main reason was my own late permit application.',
    'I should probably have had a backup route ready.',
    "The route plan was the council's, and I checked it against our marshal map.",
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: someone away is blame only as one more cause or with what it cost`, () => {
  const fires: Array<[string, string]> = [
    ["Then their events manager was off sick for a month, so I couldn't get the closure signed.", 'was off'],
    ['Also the timing firm was on holiday that week.', 'was on holiday'],
  ];
  const silent = [
    'One of our two race marshals was off sick that morning.',
    'She was off work for a week with a sprained ankle.',
    'Our race director was on holiday, so I ran the briefing myself and I now keep a deputy briefed for every race.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: pleading one's own case, others' say over the outcome, the set-up blamed, others behind or changing scope`, () => {
  const fires: Array<[string, string]> = [
    ['To be fair to me, the council only sent the road closure on the Thursday.', 'To be fair to me'],
    ['In my defence, nobody had walked the new route with me.', 'In my defence'],
    ["With road events you're at the mercy of the council.", 'at the mercy of the council'],
    ['I wish the council would move a bit quicker on closures.', 'wish the council would'],
    ['Honestly the real problem was how the permit side was set up.', 'real problem was how the permit side was set up'],
    ['The timing firm was behind almost from day one.', 'The timing firm was behind'],
    ['The sponsor changed the route three times.', 'The sponsor changed the route three times'],
    ['Nobody let us know about the second event on the same road.', 'Nobody let us know'],
    ['Councils need to publish their event calendars earlier.', 'Councils need to publish'],
  ];
  const silent = [
    'To be fair to the council, they had warned us about the resurfacing in March, and I should have checked.',
    'I wish I had walked the new route myself, and I now walk every route the week before.',
    'The real problem was how I had set up the marshal rota: nobody covered the second junction.',
    'The timing firm was behind, so I borrowed the club chip mats and ran the timing myself.',
    'The sponsor changed the route three times, and I now freeze the route six weeks out.',
    'Nobody let us know about the second event, so I now ask the council for their calendar at every booking.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: criticism of the writer's work is a setback, so pleading one's case against it is blame`, () => {
  const told = (title: string, answer: string) =>
    lintWith(
      ID,
      story({
        title,
        situation: 'In my first year as a sales engineer my manager sat in on four of my discovery calls.',
        action: `He said I went into the architecture far too early. ${answer}`,
        result: 'I rebuilt my first call around three questions about the buyer.',
      }),
    ).map((f) => f.data.phrase);
  it('fires in a critical-feedback story', () =>
    assert.deepEqual(told('A time you received critical feedback', 'To be fair to me, nobody had said who would be on the call.'), [
      'To be fair to me',
    ]));
  it('stays silent when the story tells no setback', () =>
    assert.deepEqual(told('A time you coached a new hire', 'To be fair to me, nobody had said who would be on the call.'), []));
});

describe(`${ID}: the duty placed on someone else, a missing piece told as what lost it, others not telling the writer`, () => {
  const fires: Array<[string, string]> = [
    ['Dave was responsible for checking the marshal list.', 'Dave was responsible'],
    ['The timing firm was responsible for the start gantry.', 'The timing firm was responsible'],
    ["If the permit had been ready we'd have made it.", "If the permit had been ready we'd have made"],
    ["Honestly the PMs weren't always telling me when the route changed.", "the PMs weren't always telling"],
  ];
  const silent = [
    'I was responsible for the marshal list, and I had not checked it.',
    'A blocked drain was responsible for the flooding at the start.',
    'Dave was responsible for the start gantry, and I now walk the gantry with him the night before.',
    "The PMs weren't always telling me when the route changed, so I now send them the route every Friday.",
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: whose number it is, said in a story that went well, gives credit rather than blame`, () => {
  const told = (title: string, result: string) =>
    lintWith(
      ID,
      story({
        title,
        situation: 'Churn on our broadband base was 23% a year, and retention offers went to customers at random.',
        action: 'I built a churn model and ran it as an A/B test on half of the base for 90 days.',
        result,
      }),
    ).map((f) => f.data.phrase);
  it('stays silent on credit given in a success', () =>
    assert.deepEqual(
      told('Churn model', 'Churn fell from 22.9% to 18.4%. Finance put the saving at £310k a year; that figure is theirs, not mine.'),
      [],
    ));
  it('fires on the same disowning in a setback', () =>
    assert.deepEqual(
      told(
        'My biggest failure: the churn model',
        'Churn did not move, and the offer budget was lost. The forecast was finance’s, not mine.',
      ),
      ['was finance’s, not mine'],
    ));
});

describe(`${ID}: others who never came on board, told as part of why it failed`, () => {
  const fires: Array<[string, string]> = [
    [
      'A few of the volunteers were, to be honest, never fully on board.',
      'A few of the volunteers were, to be honest, never fully on board',
    ],
    ['The club committee was never really bought in.', 'The club committee was never really bought in'],
  ];
  const silent = [
    'The club committee was fully on board from the first meeting.',
    'The club committee was never really bought in, so I now walk them through the plan before I book anything.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: nothing more could have been done, with no one named; others to be held to account, as the lesson`, () => {
  const fires: Array<[string, string]> = [
    ['Honestly not much more could have been done on the morning with two marshals.', 'not much more could have been done'],
    ['Caterers need to be held to their contracts.', 'Caterers need to be held'],
  ];
  const silent = [
    'Not much more could have been done on the morning, but I now book a second timing firm as a backup.',
    'I should be held to the same standard as the timing firm.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a hope that others had acted otherwise, and the set-up fronted as the excuse`, () => {
  const fires: Array<[string, string]> = [
    ['And hopefully next time the council would move a bit quicker on closures.', 'hopefully next time the council would'],
    [
      'Honestly, the way the permit system was set up, the closure sat in a different queue.',
      'Honestly, the way the permit system was set up',
    ],
  ];
  const silent = [
    'I hope the council will approve the new route next year, and I have booked the closure in March.',
    'The way the permit system was set up, closures sat in a different queue, so I now file both forms on the same day.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: another party's pace, absence or shifting mind left standing as why it failed`, () => {
  const fires: Array<[string, string]> = [
    ['The timing firm were slow to send the chip mats, and the start slipped.', 'The timing firm were slow'],
    ['Their procurement was also very slow to sign anything.', 'Their procurement was also very slow'],
    ['The council basically disappeared for two weeks in May.', 'The council basically disappeared'],
    ['The council never bought into the new route either.', 'The council never bought'],
    ['The sponsor kept changing what she wanted on the start banner.', 'The sponsor kept changing'],
  ];
  const silent = [
    'The timing firm were slow to send the chip mats, so I drove to their depot and collected them myself.',
    'I was slow to spot it, and I now check the permit portal every Monday.',
    'The weather was slow to clear, which nobody could plan for.',
    'The sponsor kept their banner at the finish line, as agreed.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: someone named by name who left a duty undone`, () => {
  const fires: Array<[string, string]> = [
    ['Priya never sent the marshal rota to the council.', 'Priya never sent'],
    ['Dave, who ran the water station, forgot to order the cups.', 'Dave, who ran the water station, forgot to order'],
  ];
  const silent = [
    'Priya never missed a briefing, and she ran the water station on the day.',
    'Churn did not move in the first month.',
    'Traffic never recovered on the ring road that morning.',
    'Monitoring didn’t catch the closure notice either.',
    'Priya never sent the marshal rota, so I rang every marshal myself that night.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: another party run down, and the trouble placed on their ground`, () => {
  const fires: Array<[string, string]> = [
    ["The council's permit line was useless.", "The council's permit line was useless"],
    ["Their support desk was, if I'm honest, not much use.", "Their support desk was, if I'm honest, not much use"],
    ['Honestly the problem was with the council.', 'the problem was with the council'],
    ["The real hold-up was on the timing firm's side.", "The real hold-up was on the timing firm's side"],
  ];
  const silent = [
    'The old paper form was useless, so I moved sign-up online.',
    'The problem was with my own permit application, which I sent a week late.',
    'The hold-up was in my plan: I had left no slack for the closure.',
    'The council was no help at first, so I walked the route with their officer and we agreed a new start.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: what another party fed the writer, called worthless, and a share of the trouble put down to them`, () => {
  const fires: Array<[string, string]> = [
    [
      'Honestly the real issue was the entries. The timing firm was sending us garbage all season.',
      'The timing firm was sending us garbage',
    ],
    ['The entries they were passing us were junk, half of them duplicates.', 'The entries they were passing us were junk'],
    ['Their marshal list was rubbish.', 'Their marshal list was rubbish'],
    ['Honestly, a lot of it came down to the timing firm.', 'a lot of it came down to the timing firm'],
  ];
  const silent = [
    'I cleaned the junk entries out of the sign-up sheet before the draw.',
    'The timing firm sent us a list with 40 duplicate entries, so I matched them by bib number myself.',
    'My first marshal plan was rubbish, so I rewrote it with the course director.',
    'We asked the council to send us their rubbish collection times for race day.',
    'In the end it came down to the two timing firms, and I picked the cheaper one.',
    "Our regional manager held it up as an example at the next branch managers' meeting.",
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a setback told as a slipped date makes the story a failure`, () => {
  /** A migration whose Action holds the blame and whose Result is `result`. */
  const inMigration = (result: string) =>
    lintWith(
      ID,
      story({
        title: 'Moving the club website',
        situation: 'Our running club kept member records in a spreadsheet and a 2012 website.',
        action: 'I planned the move to a hosted members platform. The hosting firm was slow to set up the domain.',
        result,
      }),
    );
  for (const result of [
    'The move took far longer than we had planned.',
    'It went live in the end, several weeks late.',
    'Go-live moved to 10 October.',
    'That dragged the timeline out by a couple of months.',
  ])
    it(`fires after: ${result}`, () => assert.equal(inMigration(result).length, 1, result));
  for (const result of [
    'It went live on the planned date, and renewals went from 60% to 85%.',
    'I moved the launch to a Saturday so members could try it at the club night, and 140 signed up that week.',
    'The late shift took longer than planned to learn it, but all 12 volunteers use it now.',
  ])
    it(`stays silent after: ${result}`, () => assert.deepEqual(inMigration(result), [], result));
});

describe(`${ID}: others sneered at as shared knowledge, the trouble placed before the writer's time or on another's system`, () => {
  const fires: Array<[string, string]> = [
    ['You know how councils are in December.', 'You know how councils are'],
    ['You know what these timing firms are like with their extras.', 'You know what these timing firms are like'],
    ['You know how these events firms work.', 'You know how these events firms work'],
    ['The council are not famous for their turnaround.', 'The council are not famous for their turnaround'],
    ['The route survey was done from a car, so that tells you how thorough it was.', 'so that tells you how thorough'],
    ['The council kept putting it behind the bin-collection work.', 'The council kept putting'],
    ['At the end of the day the road closure was never really in our hands.', 'was never really in our hands'],
    ['The permit gap pre-dated my time as race director.', 'pre-dated my time'],
    ['The closure process after that wasn’t mine.', 'wasn’t mine'],
    ["That was the council's system, not ours.", "That was the council's system"],
    ['Honestly the main lesson was for the council side.', 'the main lesson was for the council side'],
    ['Timing firms need to get their backup kit sorted before race season.', 'Timing firms need to get their backup kit sorted'],
    [
      'The chip timing was licensed per runner, which nobody at the timing firm thought to mention.',
      'nobody at the timing firm thought to mention',
    ],
  ];
  const silent = [
    'You know how nervous first-time runners are, so I added a walk-through video to the briefing pack.',
    'The permit system was set up before I joined, and I rewrote our checklist for it in my first month.',
    'I joined the club after the course map was drawn, and I walked the route myself the week before.',
    'The main lesson was for me: I now book the road closure before I book the timing firm.',
    'The closure process after that wasn’t mine, so I asked the council to add me to it, and I now get every notice.',
    // Work the writer took on although it was someone else's: ownership, not blame.
    'This shows Ownership because I took responsibility for something that wasn’t mine.',
    "I picked up a job that wasn't my job, because the runners' packs had to go out that week.",
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: "to be fair" before what others did, their work sneered at, outside factors, whose job it was`, () => {
  const fires: Array<[string, string]> = [
    ['To be fair, nobody mentioned the bridge closure to the marshals.', 'To be fair, nobody mentioned'],
    ['To be fair, the council moved the start line twice that week.', 'To be fair, the council moved'],
    ['To be fair, in March I had asked for a second permit officer, but it was turned down.', 'To be fair, in March I had asked'],
    ["The council's traffic plans were, let's say, optimistic.", "The council's traffic plans were, let's say, optimistic"],
    ['A good deal of that came down to outside factors.', 'down to outside factors'],
    ['The barrier check was the council team’s job.', 'was the council team’s job'],
    ['The timing firm’s engineer took about two hours to respond.', 'took about two hours to respond'],
    ['The permit reminders went to an old inbox which nobody had checked since the merger.', 'which nobody had checked'],
    ['In hindsight the council should have been far clearer about the closure times.', 'the council should have been far clearer'],
    ["My manager agreed it wasn't really something I could have seen coming.", "wasn't really something I could have seen coming"],
  ];
  const silent = [
    'To be fair to the council, they had warned us about the roadworks in January, so I now walk the route a week out.',
    'To be fair, the timing firm was brilliant on the day once the mats arrived.',
    "My own traffic plan was, let's say, optimistic, so I now ask the police to check it.",
    'The barrier check was my job, and I had skipped it to brief the marshals.',
    'The permit reminders went to an old inbox which I had not checked, so I now forward it to my phone.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a setback held up or over its time, with another party's work not ready as its cause`, () => {
  const fires: Array<[string, string]> = [
    [
      'The finisher medals were stuck at the port for nine days because the courier classified them under the wrong code.',
      'because the courier',
    ],
    [
      "The sign-up site ran two weeks over because the agency's payment page wasn't ready until the week before.",
      "because the agency's payment page wasn't ready",
    ],
  ];
  const silent = [
    'The finisher medals were stuck at the port for nine days, so I ordered a local batch and posted the originals on.',
    'The sign-up site ran two weeks over because I had not scoped the payment page.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a firm named bare, as notes name it`, () => {
  const fires: Array<[string, string]> = [['Timing supplier never rang back when the mats were late.', 'supplier never rang']];
  const silent = ['Timing supplier never rang back, so I borrowed mats from the harriers club and started on time.'];
  inRaceFamily(fires, silent);
});

describe(`${ID}: whose kit it was, a defence of what the writer had done, a lesson for a firm of two words`, () => {
  const fires: Array<[string, string]> = [
    ["It was Park Timing's kit that went down, not my marshals.", "It was Park Timing's kit"],
    ['It was their contract, their van and their route.', 'It was their contract'],
    ["Not a lot more I could have done on the day, I'd warned them, I'd chased them.", 'Not a lot more I could have done'],
    ["Not a lot more I could have done on the day, I'd the marshals ready.", 'Not a lot more I could have done'],
    ['Honestly the lesson is for Park Timing.', 'the lesson is for Park Timing'],
  ];
  const silent = [
    'It was my kit that went down, so I now carry a spare timing mat.',
    'The lesson is for next time: I now book two timing firms.',
    "Not a lot more I could have done on the day, so I rebuilt the start procedure and we've run it twice since.",
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a sneer with the verb cut short, and what sat outside the team's control`, () => {
  const fires = [
    "The agency sent temps again, and honestly they're useless at weekends.",
    "The courier's hopeless with rural drops.",
    "A lot of it sat outside the team's control.",
  ];
  for (const excuse of fires) it(`fires on: ${excuse}`, () => assert.equal(inVanBreakdown(excuse).length, 1));
  const silent = [
    "They're incredibly helpful at weekends, so I moved the deliveries to Saturday.",
    "The vendor's hopeful the patch lands next week.",
    "I asked what sat outside the vendor's control and planned around it.",
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inVanBreakdown(excuse), []));
});

describe(`${ID}: a lesson for a team named bare, and none for the writer's own team`, () => {
  it('fires on a lesson for a team named bare in notes', () =>
    assert.equal(inVanBreakdown('Learning: design team needs to issue drawings on time.').length, 1));
  for (const lesson of ['Our team needs to plan better.', 'My whole team needs to own the handover.'])
    it(`stays silent on a lesson for the writer's own team: ${lesson}`, () => assert.deepEqual(inVanBreakdown(lesson), []));
});

describe(`${ID}: a maxim for every team, and everyone's responsibility past an adverb`, () => {
  const silent = [
    'It taught me that coordination between departments is critical and every team has to take ownership of their part.',
    "What I learned is that safety is really everyone's responsibility, not only one person's.",
  ];
  for (const lesson of silent) it(`stays silent on: ${lesson}`, () => assert.deepEqual(inVanBreakdown(lesson), []));
  const fires = ['The lesson is that the depot team has to take ownership of its part.', "Relabelling was really the night team's job."];
  for (const lesson of fires) it(`still fires on: ${lesson}`, () => assert.equal(inVanBreakdown(lesson).length, 1));
});

describe(`${ID}: the writer's own shift named as where it happened, and a share owned in the same breath`, () => {
  const silent = [
    'I told the manager what had happened, that the miss was on my shift, and when to expect feed again.',
    'That delay was on our own team, so I moved the check into my daily list.',
    "The late drawings weren't my doing, but having no slack for them was.",
    "The outage wasn't my fault, but the slow rollback was mine.",
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inVanBreakdown(excuse), []));
  const fires = ['That delay was on the night shift.', "The outage wasn't my fault, but there it is."];
  for (const excuse of fires) it(`still fires on: ${excuse}`, () => assert.equal(inVanBreakdown(excuse).length, 1));
});

describe(`${ID}: a counterfactual about another party is a verdict even where the story sets its scene`, () => {
  const told = (second: string) =>
    [
      '## Tell me about a time something did not go to plan',
      '',
      `We had the autumn reset across the district, where every store re-lays its front to new planograms in one weekend. ${second} ` +
        'The drawings came on the Thursday night, and half the fixture sizes did not match our older stores.',
      '',
      'I spent the Friday driving round the stores to help them make the best of it. Sales for the weekend were down on last year.',
      '',
    ].join('\n');
  it('fires on a counterfactual in the opening paragraph', () =>
    assert.equal(
      lintWith(ID, told("Had the merchandising team at head office sent the planograms on the Monday, we'd have been fine.")).length,
      1,
    ));
  it('stays silent on the same paragraph with the party named as plain context', () =>
    assert.deepEqual(lintWith(ID, told('The merchandising team at head office sends the planograms every Monday.')), []));
});

describe(`${ID}: the writer's side named as their unit with its hands tied, and a stock-out story that went back to normal`, () => {
  it('fires on "in a case like this the pharmacy\'s hands are tied"', () =>
    assert.equal(inVanBreakdown("Honestly, in a case like this the depot's hands are tied.").length, 1));
  for (const excuse of ["The depot's hands were full, so I took the calls myself.", 'I tied the load down and drove it over.'])
    it(`stays silent on: ${excuse}`, () => assert.deepEqual(inVanBreakdown(excuse), []));
  const stockOut = (result: string) =>
    lintWith(
      ID,
      story({
        title: 'Antimalarial stock-out',
        situation: 'In June our hospital ran out of the first-line malaria treatment at the peak of the rainy season.',
        action: 'Our requisition went in on time in March. They simply did not supply it.',
        result,
      }),
    );
  it("fires on a supplier's failure in a story whose Result says things went back to normal", () =>
    assert.equal(stockOut('When the supply finally arrived, things went back to normal.').length, 1));
});

describe(`${ID}: what the writer's own mechanism makes others do, a place of two words, and an omission owned`, () => {
  for (const excuse of [
    'I added a lint step that flags index drops so reviewers have to acknowledge them.',
    'Most of the rest were how-to questions that nobody at the depot needed answered in an hour.',
  ])
    it(`stays silent on: ${excuse}`, () => assert.deepEqual(inVanBreakdown(excuse), []));
  it('still fires on "nobody at head office followed up"', () =>
    assert.equal(inVanBreakdown('Nobody at head office followed up on the fault report.').length, 1));
  it('reads "it was my omission" after another party\'s lapse as owning the cause', () =>
    assert.deepEqual(
      inVanBreakdown("The water pressure was something the design hadn't allowed for. I told my director that day it was my omission."),
      [],
    ));
});

describe(`${ID}: "I don't think there was much more I could have done", "not sure there was much more we could have done"`, () => {
  it("fires on: Honestly, I'm not sure there was much more we could have done.", () =>
    assert.equal(inVanBreakdown("Honestly, I'm not sure there was much more we could have done.").length, 1));
  // The closing "it was really a systems problem" files the trouble under another party too: two phrases, each underlined.
  it("fires on: Looking back I don't think there was much more I could have done; it was really a systems problem.", () =>
    assert.equal(
      inVanBreakdown("Looking back I don't think there was much more I could have done; it was really a systems problem.").length,
      2,
    ));
  it('stays silent when the writer then says what they changed', () =>
    assert.deepEqual(
      inVanBreakdown("I don't think there was much more I could have done on the day, so I rebuilt the spare-van rota that week."),
      [],
    ));
});

describe(`${ID}: a relative clause of the writer's is no act that takes the blame up, and "is our problem" takes it on`, () => {
  it('fires on "Not in my control really; the forecast was correct on the data I had."', () =>
    assert.equal(inVanBreakdown('Not in my control really; the forecast was correct on the data I had.').length, 1));
  it('stays silent on "That was the vendor\'s change, but a silent error in our confirmations is our problem."', () =>
    assert.deepEqual(inVanBreakdown("That was the vendor's change, but a silent error in our confirmations is our problem."), []));
  it('still fires on "It was the vendor\'s change, and it isn\'t our problem."', () =>
    assert.equal(inVanBreakdown("It was the vendor's change, and honestly it isn't our problem.").length, 1));
});

describe(`${ID}: a setback put on how things are`, () => {
  for (const excuse of [
    "Vans break down in winter, that's how it is.",
    'The van needed three levels of sign-off, which is just how things work at group.',
  ])
    it(`fires on: ${excuse}`, () => assert.equal(inVanBreakdown(excuse).length, 1));
  for (const excuse of [
    "That's how it works now: every spare van is checked on Fridays.",
    'I asked the fleet manager how things work at group.',
  ])
    it(`stays silent on: ${excuse}`, () => assert.deepEqual(inVanBreakdown(excuse), []));
});

/*
 * Whose duty something was, conceded after what the writer did anyway ("…, even though it was the bereavement team's job"),
 * is the extra the writer took on; the same duty named as the reason for a miss, or any other blame after "although",
 * still blames. New sentences, written for this family.
 */
describe(`${ID}: a duty conceded after the writer's own act`, () => {
  for (const sentence of [
    "I rebooked all 40 customers onto the Friday slots myself, even though technically it was the scheduling team's job.",
    "I rang the supplier every morning until the parts came, although it was really the buyer's responsibility.",
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  for (const [sentence, phrase] of [
    ["The confirmations never went out, even though it was the scheduling team's job.", "it was the scheduling team's job"],
    [
      'I built the screens on time, although the vendor delivered the API three weeks late.',
      'the vendor delivered the API three weeks late',
    ],
  ])
    it(`still fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence).length, 1, phrase));
});

/* "IT", the department, is a party; "it", the pronoun, and a sentence in capitals are not. New sentences. */
describe(`${ID}: IT, the department, told apart from "it"`, () => {
  for (const sentence of [
    'IT were three months late with the billing API, so the chatbot could not answer bill questions.',
    'IT never opened the firewall port, so the pilot slipped a month.',
  ])
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence).length, 1));
  for (const sentence of [
    'It was three months late, so I rebuilt the billing export myself that weekend.',
    'I asked IT for the logs and traced the failure to my own retry code.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

/* Goods left on a shelf are no party's delay; work left in someone's inbox is. New sentences. */
describe(`${ID}: goods that sat unsold, and work that sat with someone`, () => {
  const inSetback = (sentence: string) =>
    lintWith(
      ID,
      story({
        situation: 'Our charity shop missed its takings target three months running, and the area manager put us on a plan.',
        action: `I repriced the bric-a-brac with the longest-serving volunteer. ${sentence}`,
        result: 'Takings were back on target by June.',
      }),
    );
  it('stays silent on: Anything over £3 sat on the shelf for weeks and then got binned.', () =>
    assert.deepEqual(inSetback('Anything over £3 sat on the shelf for weeks and then got binned.'), []));
  it("still fires on: The new pricing guide sat in head office's inbox for weeks.", () =>
    assert.equal(inSetback("The new pricing guide sat in head office's inbox for weeks.").length, 1));
});

describe(`${ID}: a story that disowns its failure makes the complaints beside it excuses too`, () => {
  /** A disagreement the setbacks do not read as a failure, `complaint` in its opening paragraph and `close` after it. */
  const pricing = (complaint: string, close: string) => {
    const text =
      '## Tell me about a time you disagreed with a stakeholder\n\n' +
      'I ran the pricing page refresh for our self-serve plans, and the head of sales and I disagreed about whether to show ' +
      `annual prices first. The launch date had been fixed before I took the project over. ${complaint} ${close}\n\n` +
      'We showed monthly prices first, and annual sign-ups held at 31% of new plans over the next quarter.\n';
    return flagged(text, lintWith(ID, text));
  };
  const complaints = [
    'Marketing was also late with the plan descriptions, so the comparison table only went up the day before launch.',
    'The head of sales kept changing which plans he wanted on the page, right up to the last week.',
  ];
  for (const c of complaints) {
    it(`fires on the complaint and the disowning: ${c}`, () =>
      assert.equal(pricing(c, 'My director agreed afterwards that it wasn\u2019t really on me.').length, 2));
    it(`stays silent on the complaint alone, with no failure and nothing disowned: ${c}`, () =>
      assert.deepEqual(pricing(c, 'I wrote the test plan for the weekend myself.'), []));
  }
  it('still flags only the disowning when no complaint stands beside it', () =>
    assert.deepEqual(
      pricing('I took the two options to the head of sales with last year\u2019s numbers.', 'It wasn\u2019t really on me.'),
      ['wasn\u2019t really on me'],
    ));
});

describe(`${ID}: the responsibility, the fault or the cause placed on another party's side`, () => {
  for (const excuse of [
    'The resin supplier had changed grade, and the responsibility was on their side.',
    'The fault was squarely on the courier, who left the pallets in the rain.',
  ])
    it(`fires on: ${excuse}`, () => assert.equal(inCancelledRace(excuse).length, 1));
  for (const excuse of [
    'The fault was on our side: I had not checked the route permit.',
    'The responsibility was on my team, and I own that.',
  ])
    it(`stays silent on: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
});

describe(`${ID}: a party word that is only the first half of a hyphenated word names no party`, () => {
  for (const cause of [
    'The root cause was the contact-tip change interval on cell 4, which had drifted to 400 welds.',
    'The root cause was the supplier-side retry setting, which I had copied from the old config.',
  ])
    it(`stays silent on: ${cause}`, () => assert.deepEqual(inCancelledRace(cause), []));
  for (const cause of [
    'The root cause was the contact at the courier, who never passed the permit on.',
    'The root cause was the supplier.',
  ])
    it(`still fires on: ${cause}`, () => assert.equal(inCancelledRace(cause).length, 1));
});

describe(`${ID}: a good outcome told with "never ran dry" or "never ran out" is no duty left undone`, () => {
  const inSetback = (result: string) =>
    lintWith(
      ID,
      story({
        situation: 'A trunk main burst on Good Friday and the district hospital was on its reserve tanks.',
        action: 'I committed to cutting out the corroded section and put two welding crews on shifts.',
        result: `Water was back after 31 hours, two days later than the hospital had been told. ${result}`,
      }),
    );
  for (const result of [
    'The hospital never ran dry; its tanks went down to about 15% before the tankers topped them up.',
    'The warehouse never ran out of bottled water for the wards.',
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(inSetback(result), []));
  for (const result of [
    "The tanker firm never ran the top-up they'd promised, so the tanks went down to 15%.",
    'The warehouse never ran the stock check, so the bottled water ran out.',
  ])
    it(`still fires on: ${result}`, () => assert.equal(inSetback(result).length, 1, JSON.stringify(inSetback(result))));
});

/**
 * Blame findings in a clinic opening that missed its date, with `action` closing the Action (and `task` as its Task, if
 * given): a setback nobody owns.
 */
function inClinicSetback(action: string, task?: string) {
  return lintWith(
    ID,
    story({
      situation: 'We were opening a second clinic in Leeds, and the launch date was fixed with the landlord.',
      task,
      action: `I wrote the staffing plan and booked the fit-out.${action ? ` ${action}` : ''}`,
      result: 'We missed the launch date by three weeks and lost the anchor client.',
    }),
  );
}

describe(`${ID}: in a setback, another party's slowness told as how long they took, and a duty nobody did`, () => {
  for (const action of [
    'HR took ages to approve the two nurse roles.',
    'The council took six weeks to reply to the signage request.',
    'Nobody told the reception team that the booking system had moved.',
    'Nobody from their side flagged the change to the floor plan.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    'I took six weeks to rebuild the rota, longer than I had promised.',
    'HR took ages to approve the roles, so I rang the director and got them signed the same day.',
    'If the council took six weeks to reply, we would miss the date, so I applied in January.',
    'Nobody was hurt, and the clinic stayed open.',
    'Nobody told me, so I now check the landlord portal every Monday.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: "none of it was down to me", and developers called devs`, () => {
  for (const action of ['Honestly, none of it was down to me.', 'The devs never mentioned the booking API had changed.'])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    'None of it was down to luck: I had booked the inspector a month ahead.',
    'The devs mentioned it on the Monday, so I rebooked.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: the limits of what could be done, with any doer between the limit and its "could"`, () => {
  for (const sentence of [
    'Honestly there was not much more planning could have done with inputs like that.',
    "Honestly, there wasn't a lot more anyone in my seat could have done.",
    "So honestly it wasn't something I could have, um, done much about.",
    "They had changed the token expiry, so there's not really much QA could have done there.",
    'Looking back, there was little more the school could have done with the information it was given.',
  ])
    it(`fires on: ${sentence}`, () => assert.equal(flaggedIn(sentence, 'result').length, 1, JSON.stringify(flaggedIn(sentence, 'result'))));
  for (const sentence of [
    "There wasn't much more the nurse could do for him, so I called his daughter and stayed until she came.",
    "There was not much planning could do without the forecast, so I built a rough one myself from last year's tills.",
    'It was a little more than we could do in one sprint, so I split the work with the platform team.',
    'Very little of the old code could be reused, which I had flagged in the estimate.',
    'I was not sure how much the team could do in a week, so I asked each of them.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence, 'result'), []));
});

describe(`${ID}: the Task sets out the gap the writer took on`, () => {
  const withTask = (task: string, action = '') => inClinicSetback(action, task);
  for (const task of [
    "Get the second nurse hired before the freeze so the team didn't lose the role.",
    'No one had flagged the lease as at risk, so I set out to find out why.',
  ])
    it(`stays silent on the Task: ${task}`, () => assert.deepEqual(withTask(task), []));
  it('still fires on the same words in the Action', () =>
    assert.equal(withTask('Open on the agreed date.', 'Nobody had flagged the lease as at risk.').length, 1));
  it('still fires on a fault denied in the Task', () =>
    assert.equal(withTask("Open on the agreed date, though honestly the delay wasn't my fault.").length, 1));
});

describe(`${ID}: "that's on them, not me", a counterfactual whose consequence has any subject, and clauses that only describe`, () => {
  for (const sentence of [
    "The buyer's solicitor was painfully slow, but that's on them, not me.",
    'Honestly, that one was on the courier, not us.',
    'If the mobile team had fixed their client the first time I asked, there would have been no need for any filter.',
  ])
    it(`fires on: ${sentence}`, () => assert.equal(inClinicSetback(sentence).length, 1, JSON.stringify(inClinicSetback(sentence))));
  for (const sentence of [
    'The cost of it was on them under the lease, and I checked the clause before signing.',
    'It was on the agenda for the Monday meeting.',
    "Clinics didn't leave over price; they left because they'd bought add-ons they never switched on.",
    'Dani was great, but she had never costed a menu, so I paired her with our head chef for the first month.',
    'The fit-out plan was approved by my supervisor in March.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(inClinicSetback(sentence), []));
});

describe(`${ID}: a pronoun after a verb in -s still opens a clause of its own`, () => {
  const excuse = 'The agent lost the paperwork, which means they never sent the keys.';
  it(`fires on: ${excuse}`, () => assert.equal(inClinicSetback(excuse).length, 1, JSON.stringify(inClinicSetback(excuse))));
});

/*
 * Who owned what, told in the Situation of a setback, is the set-up; an option named as "the easy route" is weighed; and a
 * rule the writer has since put in place names what it asks of others without blaming them. New sentences.
 */
describe(`${ID}: duties set out before anything went wrong, the easy route weighed, and a rule now in place`, () => {
  const raceWith = (situation: string, result: string) => inCancelledRace(result, situation).map((f) => f.data.phrase);
  it('stays silent on who owned what, told in the Situation', () =>
    assert.deepEqual(
      raceWith('The timing firm was responsible for the start gantry, so the start depended on them.', 'We refunded every runner.'),
      [],
    ));
  it('still fires on the same duty put on them in the Result', () =>
    assert.deepEqual(raceWith('I coordinated 80 marshals.', 'The timing firm was responsible for the start gantry.'), [
      'The timing firm was responsible',
    ]));
  it('still fires on a duty told in the Situation of a story that disowns the failure', () =>
    assert.equal(
      raceWith('The timing firm was responsible for the start gantry.', "It wasn't my fault: the gantry never arrived.").length > 1,
      true,
    ));
  const silent = [
    'The easy route, and the way it had been done before I arrived, was to send the marshal list by post. I phoned every marshal.',
    'The obvious choice was the firm the club had used before I joined, but their kit had never timed a trail race.',
  ];
  for (const excuse of silent) it(`stays silent on: ${excuse}`, () => assert.deepEqual(inCancelledRace(excuse), []));
  it('still fires on a mess inherited, with no option weighed', () =>
    assert.equal(inCancelledRace('The permit had been left unsigned before I arrived.').length, 1));
  const learning = (text: string) =>
    lintWith(
      ID,
      story({
        title: 'The charity 10k that never started',
        situation: 'I coordinated the 80 marshals for a club race that raises money for a hospice.',
        action: 'I built the rota and ran the marshal briefing the night before.',
        result: 'The race was cancelled ninety minutes before the start because the gantry was not signed off.',
        learning: text,
      }),
    ).map((f) => f.data.phrase);
  it('stays silent on a rule the writer has since put in place', () =>
    assert.deepEqual(learning('Now, before any race I sign off, the timing firm has to walk the course with me the day before.'), []));
  it('stays silent on a rule told as how the work is now done, before the demand', () =>
    assert.deepEqual(
      learning('A race start is now treated like a product launch in our club: the timing firm has to walk the course the day before.'),
      [],
    ));
  it('still fires on the same demand made of others as a lesson', () =>
    assert.deepEqual(learning('Timing firms have to walk the course the day before.'), ['Timing firms have to walk']));
});

/*
 * Only so much that could have been saved, a remit disowned and then taken up, and a word not passed on that tells how
 * the writer found out. New sentences.
 */
describe(`${ID}: only so much anyone could have saved, a remit taken up, and finding it out oneself`, () => {
  const fires: Array<[string, string]> = [
    ['There was only so much anyone could have salvaged by then.', 'only so much anyone could have salvaged'],
    ['The permit was outside my remit.', 'outside my remit'],
    ['Nobody told me about the road closure.', 'Nobody told me'],
  ];
  const silent = [
    'This was outside my remit. I offered to run the marshal briefing myself and the committee agreed.',
    'Nobody told me about the closure. I noticed it myself on the council map the night before.',
    'Nobody told me; I spotted the closure myself on the council map.',
  ];
  inRaceFamily(fires, silent);
});

/*
 * A course of one's own left unfinished is how things ended, and meeting people is no duty left undone. New sentences.
 */
describe(`${ID}: an apprenticeship left unfinished, and people never met`, () => {
  const fires: Array<[string, string]> = [
    ["The timing firm didn't finish the gantry in time.", "The timing firm didn't finish"],
    ['The timing firm never met the deadline for the gantry.', 'The timing firm never met'],
  ];
  const silent = [
    "In the end she didn't finish her apprenticeship and left in the spring.",
    'The agency staff never met their supervisors before the race.',
  ];
  inRaceFamily(fires, silent);
});

/* A counterfactual whose consequence is the harm it would have done is a near miss told, not blame. New sentences. */
describe(`${ID}: a near miss told as what would have happened`, () => {
  const fires: Array<[string, string]> = [
    ['If the timing firm had turned up on time, we would have started.', 'If the timing firm had turned up on time'],
  ];
  const silent = ['If the two chemicals had mixed in the tank, it would have released chlorine gas over the start line.'];
  inRaceFamily(fires, silent);
});

describe(`${ID}: an agency named bare, as notes do`, () => {
  const inHire = (action: string) =>
    lintWith(
      ID,
      story({
        title: 'Agency groundsman, first week',
        situation: 'I needed a groundsman for the summer fixtures at short notice.',
        action,
        result: 'The pitches were ready for the first fixture.',
      }),
    ).map((f) => f.data.phrase);
  it('fires on "Agency hadn\'t checked"', () =>
    assert.deepEqual(inHire("Agency hadn't checked a single thing."), ["Agency hadn't checked"]));
  it('stays silent on agency staff the writer briefed', () =>
    assert.deepEqual(inHire('Agency staff were briefed by me on the first morning.'), []));
});

describe(`${ID}: a view the writer held, and a regression test that is no setback`, () => {
  const fires: Array<[string, string]> = [
    ['The timing firm were, frankly, the problem.', 'The timing firm were, frankly, the problem'],
    ['We had two regressions because the timing firm shipped an untested update.', 'because the timing firm shipped'],
  ];
  const silent = [
    'I came in with the view that the timing firm were, frankly, the problem.',
    'I asked the timing lead to run the regression check with me, because her people knew the chip mats better than anyone.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: goalposts moved, a decision handed to someone named, a party impossible to please, hours kept`, () => {
  const fires: Array<[string, string]> = [
    ['Then the timing firm moved the goalposts twice in a month.', 'the timing firm moved the goalposts'],
    ['It was not our decision, it was the council.', 'It was not our decision, it was the council'],
    ['The club CMO had been impossible to please since day one.', 'The club CMO had been impossible to please'],
  ];
  const silent = [
    'The timing firm moved the goal posts, so I rebuilt the course plan with them that afternoon.',
    'It was not my decision to make, so I took it to the race committee with both options.',
    'The finish was impossible to see from the start line.',
    'Runners were stuck at the start because the timing firm’s shift ends at 6 and nobody had planned for an evening start.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: "that's really on" a party, a titled person in "if only", and the deal lost as the consequence`, () => {
  const fires: Array<[string, string]> = [
    ["And the timing lead should have been on top of it, that's really on the timing team.", "that's really on the timing team"],
    ['If Dr Hale had sent the permit, we would have started on time.', 'If Dr Hale had sent the permit, we would have'],
    ['If the timing firm had fixed the mats when we asked, that start would have been easy.', 'that start would have'],
  ];
  const silent = [
    "That was on the timing team's list for the spring.",
    'That was on the committee agenda for March.',
    'If Dr Hale had not been away, I would have asked her to check the route with me.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a concession after "to be fair", and a duty taken on "even if" it was not the writer's`, () => {
  const fires: Array<[string, string]> = [
    ['To be fair, the timing firm had never sent the chip list.', 'the timing firm had never sent'],
    ['Honestly it was not my job, the timing firm owned the mats.', 'was not my job'],
  ];
  const silent = [
    'The runners were upset and, to be fair, they had a point.',
    'I think this shows Ownership, because I take responsibility for things even if they are not my job.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: the fault denied for the writer's whole group ("not down to us", "our fault")`, () => {
  const fires: Array<[string, string]> = [
    ['Not down to us really, the timing firm and the council.', 'Not down to us'],
    ["It wasn't our fault, it was the timing firm.", "wasn't our fault"],
  ];
  const silent = [
    "It wasn't our fault alone; I had signed off the route without walking it.",
    'The late start was down to us, so I now walk the route the week before.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: the duty handed to a party by name ("that's really for operations to pick up")`, () => {
  const fires: Array<[string, string]> = [
    [
      "The marshals could have briefed the runners, but that's really for operations to pick up.",
      "that's really for operations to pick up",
    ],
    ['That was for the timing firm to sort out.', 'That was for the timing firm to sort out'],
  ];
  const silent = [
    "That's for the timing firm to sort, so I rang their lead and we fixed the mats together that night.",
    'Next year that is for me to pick up, and I have booked the mats already.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: the writer's own side, lapse or gap told beside the cause, a condition conceded, people off work`, () => {
  const fires: Array<[string, string]> = [
    ['A good part of the problem was on their side.', 'the problem was on their side'],
    ['Nobody told me the permit had changed, and there was no way I could have spotted it sooner.', 'Nobody told me'],
  ];
  const silent = [
    'A good part of the problem was on my side: the briefing pack had no map.',
    'The timing firm had never sent the chip list, and I hadn’t chased it.',
    'Nobody told us, but our contract never asked them to.',
    'I always deliver, even when the conditions are not in my hands.',
    'Registration ran 40 minutes late because the people who set up the timing mats were off.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: trouble filed under another department ("an estates issue"), "not my area", an excuse undercut`, () => {
  const fires: Array<[string, string]> = [
    ['Not really, it was an estates issue, the generator.', 'it was an estates issue'],
    ["That's really a council thing, not ours.", "That's really a council thing"],
    ["It's the timing firm's job to make sure the mats actually work.", "It's the timing firm's job"],
    ["That's their side of things.", "That's their side of things"],
    ["It's not really my area since I only ran the marshals.", 'not really my area'],
    ['To be fair, the route was never really my call.', 'was never really my call'],
  ];
  const silent = [
    "It was the timing firm's job to lay the mats, so I walked the course with their lead the night before and we fixed two.",
    'The council said it was the charity’s problem.',
    'I told the committee it was a council problem, which was only partly true: I had not booked the road closure in time.',
    'It was a small thing, but it shows how much the marshals cared.',
    'That was her call to make as the race director, and I backed it.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a thing cut "down to" a size is no cause`, () => {
  it('stays silent on a table cut down to the features people used, in a setback', () =>
    assert.deepEqual(
      flaggedIn('I cut the plans to three, killed the table down to the eight features people actually clicked on, and shipped it.'),
      [],
    ));
  it('still fires on a setback put down to another party', () =>
    assert.ok(
      flaggedIn('The launch slipped a week, mostly down to the agency people who never sent the copy.', 'result').some((p) =>
        p.includes('down to the agency people'),
      ),
    ));
});

describe(`${ID}: what another party supplied, told as late ("came late from our IT department")`, () => {
  const fires: Array<[string, string]> = [
    ['The chip list came two days late from the timing firm, so there was no time to test the mats.', 'came two days late from'],
    ['Also the road plan came late from our events department.', 'came late from our events department'],
  ];
  const silent = [
    'The chip list came late from the timing firm, so I printed paper numbers and checked every runner in by hand.',
    'The chip list came from the timing firm two days before the race.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a framing the writer declined ("I did not present it as the timing firm's fault")`, () => {
  const fires: Array<[string, string]> = [["I told the committee it was the timing firm's fault.", "the timing firm's fault"]];
  const silent = [
    "So I did not present it to the committee as the timing firm's fault.",
    "I never framed it as the timing firm's fault; I had not checked their mats myself.",
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: "my section's fault" owns it; "our timing firm's fault" blames`, () => {
  const fires: Array<[string, string]> = [
    ["It was really our timing firm's fault.", "timing firm's fault"],
    ["It was my contractor's fault.", "contractor's fault"],
  ];
  const silent = ["One runner was missed at the finish, my section's fault.", "It was partly our team's fault."];
  inRaceFamily(fires, silent);
});

describe(`${ID}: the flawed standard owned ("That was my standard, …"), an issue "on their side", an option weighed`, () => {
  const fires: Array<[string, string]> = [
    ['Nobody checked the chip list before the start. That was the timing firm’s process.', 'Nobody checked'],
    ['The chip list was wrong, but it was a data issue on their side.', 'issue on their side'],
  ];
  const silent = [
    'Nobody checked the chip list before the start. That was my standard: I wrote the race-day checklist and it had no sign-off step.',
    "One option was to cancel every club's entry, but it would have punished runners for mats they didn't own.",
    "That part wasn't anyone on site's fault; the gap in the chip list was mine.",
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a party's refusal with what it offered instead is no blame`, () => {
  it('stays silent on "couldn\'t finish early, but could strip the scaffold …"', () =>
    assert.deepEqual(
      flaggedIn(
        "The contractor couldn't finish early, but could strip the scaffold from the west door for one weekend if they lost no more " +
          'than a day.',
      ),
      [],
    ));
  it('still fires on "couldn\'t finish early, and we lost the weekend"', () =>
    assert.notDeepEqual(flaggedIn("The contractor couldn't be bothered to finish early, and we lost the whole weekend."), []));
});

describe(`${ID}: in a setback, another party said to have been no help ("the college were not much help")`, () => {
  const fires: Array<[string, string]> = [
    ['Legal was not much help in getting the entry fees back.', 'Legal was not much help'],
    ['To be honest the college were not much help.', 'the college were not much help'],
    ["The schools weren't much help either.", "schools weren't much help"],
  ];
  const silent = [
    "The old route map wasn't much help, so I walked the course myself with a wheel.",
    'The council was a lot of help: they lent us barriers for the finish.',
    "My team wasn't much help at first because I hadn't briefed them, which is on me.",
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: "not much more that could be done", and a denial after "there was much more" that owns nothing`, () => {
  const fires: Array<[string, string]> = [
    ['There was honestly not much more that could be done on our side with that timing system.', 'not much more that could be done'],
    ['Not much you can do when the council changes the route that late.', 'Not much you can do'],
  ];
  const silent = [
    'There was not much more that could be done on the night, so I rang every runner to apologise myself.',
    'I listed what could be done differently and put it in the race manual.',
  ];
  inRaceFamily(fires, silent);
  it('still fires when the next sentence denies there was much more to do ("I\'m not sure there was much more I could have done")', () => {
    const found = inCancelledRace(
      "Not much you can do when the council changes the route that late. I'm not sure there was much more I could have done.",
    );
    assert.ok(
      found.some((f) => String(f.data.phrase).includes('Not much you can do')),
      JSON.stringify(found.map((f) => f.data.phrase)),
    );
  });
});

describe(`${ID}: staff named bare, crews called "lads", and forum moderators are other parties`, () => {
  const fires: Array<[string, string]> = [
    ['Staff need to be more open to new ways of marshalling.', 'Staff need to be more open'],
    ['The agency lads were slow setting up the barriers.', 'agency lads were slow'],
    ['If the old mods had been consistent, we would never have had to cancel.', 'If the old mods had been consistent'],
  ];
  const silent = [
    'Staff turnover was low that year, so I briefed the same 80 marshals myself.',
    'The agency lads were quick, and I had them set up the finish by seven.',
    'If the mods had questions, I answered them in the forum the same day.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a share of the failure told as a party's slowness ("part of that was the payment provider taking ages")`, () => {
  const fires: Array<[string, string]> = [
    ['Part of that was the timing supplier taking ages to send the chips.', 'timing supplier taking ages'],
  ];
  const silent = [
    'I remember the timing supplier taking ages to answer, so I rang them every morning until the chips came.',
    'The timing supplier took ages because I had sent them the wrong entry list, which was my mistake.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a counterfactual whose consequence is a plural named after its words ("the APAC quotas wouldn't have")`, () => {
  const fires: Array<[string, string]> = [
    [
      "If the timing company had sent the chips on Monday, the Saturday heats wouldn't have been cancelled.",
      'If the timing company had sent',
    ],
  ];
  const silent = [
    'If I had sent the entry packs out a week earlier, runners would have had time to collect them.',
    'If the tests had run overnight, marshals would have known by breakfast.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a diagnosis that names the real problem, and praise told with "also"`, () => {
  const fires: Array<[string, string]> = [
    ["Honestly it wasn't a marshalling problem, so not really ours to fix.", "it wasn't a marshalling problem"],
  ];
  const silent = [
    'So it was not a marshalling problem, it was a start-time problem.',
    'The timing crew said the finish was a lot calmer, and complaints about late results also went down.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: where a thing came from, and a cause named inside a relative clause`, () => {
  const fires: Array<[string, string]> = [
    ['The timing supplier set the chips up wrong. That was the main cause.', 'That was the main cause'],
    ['The delay was caused by the timing supplier.', 'caused by the timing supplier'],
  ];
  const silent = [
    'The fun-run category was started by the marketing team years ago and has its own finish funnel.',
    'The timing crew stayed on after the cancellation. They fixed the chip firmware bug that was the main cause.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: "no way for the site team to tell", and not "no way to tell which bank was the cause"`, () => {
  const fires: Array<[string, string]> = [
    ['Honestly there was no way for the marshals to tell the route had changed.', 'no way for the marshals to tell'],
  ];
  const silent = ['I kept the old start list, with no way to tell which runners had swapped, so I rang each of them that evening.'];
  inRaceFamily(fires, silent);
});

describe(`${ID}: a first guess the writer corrects, and a late opening that is a time of day`, () => {
  const fires: Array<[string, string]> = [
    ['We blamed the timing supplier, and we never checked our own chip list.', 'We blamed the timing supplier'],
  ];
  const silent = [
    'I had blamed the timing supplier, and it was our own start list that was wrong.',
    'The council dropped two of the road closures, and the marshal plan I drew up is now used for the late opening race too.',
  ];
  inRaceFamily(fires, silent);
});

describe(`${ID}: in a setback, a duty left undone, and look-alikes: a state, a test not passed, a sanction, a refusal denied`, () => {
  for (const action of [
    'Unfortunately the landlord never really got to grips with the fit-out schedule.',
    'The fit-out firm never returned our calls that month.',
    'Nobody told me the landlord had moved the date.',
    'The fit-out firm let us down badly in the last week.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    'The two teams had never spoken about the floor plan before.',
    'Several patients never returned after the first week, and we lost their referrals.',
    'The fit-out firm did not return anything, because the refunds were sent by us.',
    'Nobody had told the nurses to stay late, but my rota had them on until eight.',
    'The two new nurses had not passed their competency assessments, so I kept them on the first site.',
    'The practice manager did not refuse, because she did not want to let the patients down.',
    'Our equipment supplier never put us on stop, even with the invoices late.',
    'I do the same now whenever a supplier lets us down: I ring the next one on the list.',
    'The store room moved to the annexe, which was on the dry side of the car park.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: a setback put down to "them" or "him" ("Because of them the release went out broken"), and no setback told`, () => {
  for (const action of [
    'Because of them the March release went out with a broken export, and support got flooded.',
    'We missed the opening date because of him.',
    'The fit-out slipped three weeks, all because of them.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    'A nurse was going to leave because of her hours at the other site, so I moved her shifts.',
    'Because of them, I now agree every fit-out date in writing with the landlord.',
    'I kept the two agency nurses on because of them knowing the patients.',
    'Because of them the referrals held up, and the partners asked me to write it up.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: cause and effect told in a later clause that opens on the other party, and "not on us" after waiting on someone`, () => {
  for (const action of [
    "The fit-out sat with the landlord's contractor, and they handed over the keys only two days before opening, so the first " +
      'clinics were cancelled.',
    'I chased the supplier every day; the supplier shipped the chairs late, so the opening slipped a week.',
    'The delay was not on us, it was the courier.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    "I booked the fit-out early, and the landlord's contractor finished two days before opening, so I ran the first clinics " +
      'from the old site.',
    'The fit-out was done by the contractor, and they finished a week early, so we opened on time.',
    'I found 38 of the referrals were waiting on letters from the hospital, not on us, so I rang the hospital each morning.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

/**
 * Blame findings in a story of mislabelled trays at a bakery, `situation` told in its Situation; the title names the supplier
 * (a story about a supplier that let the writer down) unless `title` says otherwise.
 */
function inLabelSupplierStory(situation: string, title = 'Wrong labels from the printer supplier') {
  const text =
    `# ${title}\n\n## Situation\n\nI lead the packing line at a bakery that sends 300 trays a night to 20 shops. ${situation} On ` +
    'the first night two shops refused their trays because the allergen labels were unreadable.\n\n## Task\n\nLabels that ' +
    'can be read are my responsibility on my shift, and I had to fix it the same week.\n\n## Action\n\nI checked every roll ' +
    'against the order and sent photos to the supplier. I moved the printer to the old rolls for allergen lines and ordered ' +
    'more from a second supplier.\n\n## Result\n\nNo shop refused a tray after the second night, and the supplier credited ' +
    'us for the wrong rolls.\n';
  return flagged(text, lintWith(ID, text));
}

describe(`${ID}: a story about a supplier that let the writer down tells their failing in the Situation as its premise`, () => {
  const premises = [
    'In May our label supplier started sending a cheaper roll without telling anybody, and the order still said the old grade.',
    'The supplier delivered the new rolls two weeks late.',
    'The supplier kept changing the delivery day.',
  ];
  for (const situation of premises) {
    it(`stays silent on: ${situation}`, () => assert.deepEqual(inLabelSupplierStory(situation), []));
    it(`fires in a failure story whose title names no other party: ${situation}`, () =>
      assert.equal(inLabelSupplierStory(situation, 'Wrong allergen labels on the night shift').length, 1));
  }
  for (const situation of [
    'Our launch slipped three weeks because the supplier delivered the rolls late.',
    'The supplier delivered the rolls late, and we missed the shop opening.',
    'The rolls came two weeks late, and that delay was entirely on the supplier.',
  ])
    it(`fires on the writer's loss put down to them, or a plain verdict: ${situation}`, () =>
      assert.equal(inLabelSupplierStory(situation).length, 1, JSON.stringify(inLabelSupplierStory(situation))));
});

describe(`${ID}: the failure denied as the writer's doing in other words ("it wasn't anything I did")`, () => {
  for (const action of [
    "To be honest it wasn't really anything the team did.",
    "It wasn't anything I did, it was the landlord's contractor.",
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    "There wasn't anything I did that first week except phone the landlord.",
    'It was something I did: I booked the fit-out too late, and I book them a month earlier now.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: a failure put down to what a group left undone ("because the product team did not loop us in")`, () => {
  for (const action of [
    'We only heard about the change two weeks before it shipped, because the product team did not loop us in.',
    "The tanker could not get up the lane because the council hadn't cleared the fallen trees.",
    'The release went out four days late, mostly because the SDK team did not give the devices back until Monday.',
    "The outage happened because another team didn't follow the change process.",
    // Groups named in the plural.
    'The auditors raised three observations, but that was only because the other departments did not keep to their deadlines.',
    'Two of the sites went live late because the regional offices never sent their staff lists.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    // The writer's own choice, for which the group's stance is the reason.
    'I dropped the hologram because legal did not like it.',
    // No group: a thing that did not fit.
    'The banner was cut because it did not fit on the graphic.',
    // The writer acting in the same sentence: the group's stance is the reason for what they did.
    'I moved the fit-out to weekdays because the landlord did not want builders in at weekends.',
    'I delayed the rollout to January because the other departments did not want a change before year end.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: the setback said to have been avoidable by another's act ("could have been avoided if product had")`, () => {
  for (const action of [
    'The whole thing could have been avoided if product had given us proper notice.',
    'It was a stressful week that could have been avoided if marketing had talked to us.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    'The whole thing could have been avoided if I had checked the lease myself, and now I do.',
    'It could have been avoided if we had booked the fit-out a month earlier, which I now do.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: a party dismissed with "just" ("head office just don't see what it's like on the floor")`, () => {
  for (const action of [
    "Honestly, head office just don't see what it's like on the floor.",
    "And on their side, the ops leads just didn't engage.",
    "Some people just aren't made for running a clinic this size.",
    "Their account manager just wasn't on top of it.",
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    // What a thing did, not a party.
    "The booking page just didn't load on older phones.",
    // Inability, and a state: context, not a failing.
    "The agencies just couldn't find enough nurses that month.",
    "The landlord just didn't know about the fire door rule.",
    // The writer acting in the same clause takes it up.
    "The ops leads just didn't engage, so I ran the three sessions myself.",
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: the outcome told first, another party's act after it ("I'd have done it earlier if management had let me")`, () => {
  for (const action of [
    "I'd have opened a month earlier if management had let me.",
    'The launch would have been a clear win if the fit-out firm had finished the rooms on time.',
    'We would have had the evidence ready if anyone had explained what the landlord needed.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    // What the other party saw or knew, not an act they owed.
    "The practice manager said she'd have done the same if she'd seen the plans.",
    // The writer's own act, or a thing that held.
    'We would have opened on time if I had booked the fit-out a month earlier, which I now do.',
    'We would have opened on time if the weather had held.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: in a setback, a duty nobody over there did ("nobody in HR ever sent out the reminders")`, () => {
  for (const action of [
    'Nobody in HR ever sent out the renewal reminders.',
    'Nobody in estates had documented the alarm codes anywhere.',
    'Nobody over there thought to post in the incident channel.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    // The writer takes it up in the same sentence.
    'Nobody in estates had documented the alarm codes, so I wrote them up in the first week.',
    // Not a party: nobody in general, and a state rather than a duty.
    'Nobody in the waiting room seemed to mind the move.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: who consented or did a step in the story, a request not made, and a lesson in a relative clause are no blame`, () => {
  for (const action of [
    // A plain past tells who did what; "agreed by" tells who consented.
    'The portal was set up by the platform team and launched at the June all-hands.',
    'The commercial side had been agreed by our finance director a few months earlier.',
    // What the patient did not ask for is no duty she skipped.
    "I decided against a free check-up on top: she hadn't asked for it.",
    // "One they have to investigate" is a kind of ticket, not a lesson for them.
    'A bug report the partner can reproduce in ten minutes gets fixed; one they have to investigate waits in the queue.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    // The work done before it reached the writer, and a lesson for others in its own clause.
    'The fit-out had been scoped by the previous project manager before he left.',
    'Going forward the landlord needs to give us the keys on the agreed date.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});

describe(`${ID}: a party's change found as the cause, then a guard against its coming back, and sales told as figures`, () => {
  for (const action of [
    // The writer's guard in the next sentence: a check that fails "if it changes again", "whenever" it recurs.
    'The bank had cut the per-client limit from 50 to 20 requests a second without telling partners. ' +
      'I added a contract test against their sandbox that fails our build if the limit changes again.',
    'The landlord had changed the alarm codes without telling anyone. ' +
      'I set up a reminder that asks them for the codes whenever they change.',
    // Sales counted by a day or a channel are figures, not the sales team.
    'The issue was that the weekend sales were loaded late, so the Monday model ran on Friday data.',
    'The problem was that the online sales were double-counted in the report.',
    // Named bare, with no article before them.
    'Online sales never showed up in the ledger until I traced the job.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    // No guard: the writer only fixed the day.
    'The bank had cut the per-client limit from 50 to 20 requests a second without telling partners. I restarted the job.',
    // The sales team itself.
    'The problem was that the sales team never logged the orders.',
    // The team named bare.
    'Sales never told us the client had cancelled, so the kit shipped anyway.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});

describe(`${ID}: an angry person's words, an insult received, and a part the writer took after disowning a system`, () => {
  for (const action of [
    // What someone else kept saying is their words, not the writer's verdict.
    'The driver was saying the machine is a thief and our bank is useless, and he hit the counter glass.',
    'The member kept saying the staff were useless.',
    // An insult the writer received.
    'Member raging at the desk. Called the staff useless, said he would cancel.',
    // Not the writer's system, then what the writer could own.
    "The identity service isn't mine, and I couldn't promise a fix time. What I could own was getting the clinics back in.",
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    // The writer's own verdict.
    'Honestly, the staff were useless that weekend.',
    // Disowned with nothing taken up after it.
    "The identity service isn't mine, and I couldn't promise a fix time. The clinics waited two days.",
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});

describe(`${ID}: a habit of neglect another group lost is the change the writer made, not a loss put on them`, () => {
  for (const action of [
    'The trade: days lost bucket counts (their foreman had done it that way for 20 years); nights lost the habit of ' +
      'ignoring internal moves — my lads now radio in every stock-to-stock move.',
    'The trade: the day crew kept their sheets; nights lost the habit of skipping the handover — I now sign it off each morning.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    // A habit of the job lost, and what it cost.
    'The night shift lost the habit of logging transfers, so the stock count was wrong for a month.',
    'The night shift lost the pallets we had staged, so we missed the collection.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});

describe(`${ID}: "so it was down to them", and the spec or the boss made answerable ("I did what the spec said")`, () => {
  for (const action of [
    "The near miss happened because the contractor's shotfirer never gave the warning on our channel, so it was down to them.",
    'Most of the delays were really down to them.',
    'I mean, I did what the spec said.',
    'We only did what the brief told us.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    'Whether we reopened was down to them, so I sent the council our plan that afternoon.',
    'I did what the customer asked for and checked it with her on the Friday.',
    "It wasn't down to them; I had booked the wrong date.",
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: the duty or the slip put on them with a word of degree or repetition, and the error disowned by name`, () => {
  for (const action of [
    'The fit-out certificates were overdue as well, which again was his job.',
    'It was sort of their mistake because they set up the booking link.',
    'It was pointed out to them that the error wasn\u2019t ours.',
    "The signage was wrong, but it wasn't our mistake.",
    'Those mistakes were not ours, whatever the landlord said.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    // The writer's own share, and a duty the writer took on.
    'It was also my job to check the floor plan, and I did not.',
    'It was partly our mistake: I had not read the lease.',
    'The mistake was ours, and I told the landlord that on the day.',
    'Which partner to use was really their call, so I gave them the costs of both.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: a working pattern is no duty left undone, and the writer's own queue owns the wait`, () => {
  for (const action of [
    "What broke: the new supplier doesn't deliver Mondays, so the first Monday three sites were short on cod.",
    'The plant operator does not work weekends, so I set up a Saturday check with the caretaker.',
    'The request sat in my queue for 19 days before I got to it.',
    'The change sat in our backlog for three sprints, which was my call.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    "The supplier didn't deliver the cod on Monday, so three sites ran out.",
    'Legal sat on our redlines for three weeks, and we lost the slot.',
    'Our invoice sat in their accounts queue for six weeks, and the supplier put us on stop.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});

describe(`${ID}: the writer counted among those who failed ("nobody had told him, me included")`, () => {
  for (const action of [
    'He was eyeballing it off the brick below, and nobody on site had told him different, me included.',
    'Nobody had read that changelog, myself included, so the cutover broke the exports.',
    'Everyone on the ward, including me, had missed the expiry date on the chart.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    'Nobody on site had told him, so the wall had to come down.',
    'The night team never checked the expiry date, including on the chart I left them.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});

describe(`${ID}: the people on the floor named by their job (the caretaker, the cook, the teller) as the party blamed`, () => {
  for (const action of [
    'The caretaker should have flagged it as well, because the indicator lights had been out for months.',
    "The rating was only low because the caterer's cook never kept the paperwork.",
    'The teller never checked the renewal instruction, so the deposit rolled over at the old rate.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
  for (const action of [
    'The caretaker let me into the plant room at six, so I could test every fitting before the pupils came in.',
    'I should have asked the receptionist for the list myself.',
    'The cook never kept the paperwork, so I set up a daily sheet and checked it with her every morning.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
});

describe(`${ID}: a neglect told of what the writer's own act took up, and a call said to be shared ("not my call alone")`, () => {
  for (const action of [
    'Instead I pulled two years of clinic records out of the old system, which nobody had looked at, and sorted them by month.',
    "When I set the alerts up, I put in the clinic's old shared address, which nobody had checked since the last manager left.",
    'I got our safety adviser to sign off the change first, because that was not my call alone.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    'The reminders went to an old distribution list, which nobody had updated after the re-org.',
    'It was not my call, and the practice manager went ahead with it anyway.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});

describe(`${ID}: what the writer could not control, said of an option weighed ("which was right but not in our control")`, () => {
  for (const action of [
    'I had three options. We could push the supplier to fix its portal, which was right but not in our control.',
    'Costed options: agency nurses at £38k a month; push the trust for more beds (not in our control); move the clinic times.',
    'I put 3 options to the practice manager, and waiting for the lab to speed up was outside our control.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    'Waiting for the lab to send the results back was not in our control.',
    'Honestly, the whole delay was outside my control.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});

describe(`${ID}: a slip of paper is no slipped date, and a duty handed on to its owner with the reason why`, () => {
  for (const action of [
    'I drafted the slip and trained the porters on it, because they were the ones I had not thought about at first.',
    'I signed the delivery slips myself, because the agency drivers had no access to the system.',
    'That one I passed to the practice manager, because a possible fraud was not mine to investigate as a locum.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(inClinicSetback(action), []));
  for (const action of [
    'The fit-out slipped because the agency delivered the drawings late.',
    'I stopped chasing it, because the fit-out was not my job.',
  ])
    it(`fires on: ${action}`, () => assert.equal(inClinicSetback(action).length, 1, JSON.stringify(inClinicSetback(action))));
});
