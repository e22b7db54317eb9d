import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';
import { DOUBLE_INVOICES, LOST_RENEWAL_NOTES, PANTRY_ROTA, SCHOOL_TRIP, STRONG_STORIES } from '../fixtures/issue8-stories';

const ID = 'no-reflection';
const lines = (...ls: string[]) => `${ls.join('\n')}\n`;

/** What each finding names as the setback. */
const signals = (text: string) => lintWith(ID, text).map((f) => f.data.signal);
const failure = (body: string, type = 'failure') => `---\ntype: ${type}\n---\n\n${body}`;

describe(ID, () => {
  describe('fires', () => {
    it('on a story whose front matter says it is a failure, told without a lesson', () => {
      assert.deepEqual(
        signals(
          failure(
            story({
              title: 'The partner API',
              situation: 'I had committed to a ten-week delivery of a menu API for our largest restaurant partner.',
              action: 'I wrote the spec, split the work into 14 tickets and built the main endpoints myself.',
              result: 'We delivered the API three weeks late, and the partner has used it since.',
            }),
          ),
        ),
        ['type: failure'],
      );
    });

    it('on a "mistake" type', () => {
      assert.deepEqual(
        signals(
          failure(
            story({
              title: 'Pricing import',
              situation: 'I owned the nightly price import for 3,000 stores.',
              action: 'I changed the currency parser and deployed it on a Friday evening.',
              result: 'Prices in two countries were wrong for six hours before I reverted it.',
            }),
            'mistake',
          ),
        ),
        ['type: mistake'],
      );
    });

    it('on a title that names the mistake', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'My biggest mistake as a new manager',
            situation: 'I took over a team of six when my manager left.',
            action: 'I kept every meeting she had run and added a weekly status report.',
            result: 'Two engineers asked to move teams within the quarter.',
          }),
        ),
        ['My biggest mistake'],
      );
    });

    it('on a title phrased as the interview question', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Tell me about a time you failed',
            situation: 'I led the first mobile release of our booking app.',
            action: 'I scheduled the release for the week of a conference and ran the store review myself.',
            result: 'The app was rejected twice and launched a month after the conference.',
          }),
        ),
        ['you failed'],
      );
    });

    it("on a transcript under a heading that names no story, from the interviewer's opening question, reported there", () => {
      const text =
        "# Mock panel\n\n## Question 2\n\n**Q:** Tell me about a project that didn't go to plan.\n\n**A:** I ran the " +
        'kitchen refit for our second site. The fitters found asbestos behind the old extraction hood in week two.\n\n' +
        '**Q:** What happened then?\n\n**A:** The site stayed shut for five weeks instead of two, and we lost the Christmas ' +
        'party bookings.\n';
      const found = lintWith(ID, text);
      assert.deepEqual(
        found.map((f) => f.data.signal),
        ["didn't go to plan"],
        'the question names the setback',
      );
      assert.deepEqual(flagged(text, found), ["**Q:** Tell me about a project that didn't go to plan."], 'underlined on the question');
    });

    it('on a title about missing a deadline', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Missing the Q3 migration deadline',
            situation: 'Our group had to leave the old data centre by the end of Q3.',
            action: 'I planned the move of 40 databases and ran the cut-overs on weekends.',
            result: 'The last database moved in the second week of Q4.',
          }),
        ),
        ['Missing the Q3 migration deadline'],
      );
    });

    it('on a title about losing an account, with "an" before it', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Tell me about a time you lost an important customer.',
            situation: 'Harwood Hotels had bought our linen service for six years.',
            action: 'I moved their deliveries to our new depot and kept their weekly call.',
            result: 'They signed with another laundry in March.',
          }),
        ),
        ['lost an important customer'],
      );
    });

    it('on a question that asks for a decision the writer got wrong', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Tell me about a hiring decision you got wrong.',
            situation: 'I ran a riding school with four instructors and needed cover for Saturday lessons.',
            action: 'I hired the first applicant after one phone call because the season was starting.',
            result: 'She left after six weeks and I taught the Saturday lessons myself until May.',
          }),
        ),
        ['decision you got wrong'],
      );
    });

    it('on two first-person setbacks in an untyped story', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Search relaunch',
            situation: 'I led the relaunch of site search for the spring sale.',
            action: 'I underestimated how long the reindex would take on the full catalogue.',
            result: 'We missed the launch date by nine days.',
          }),
        ),
        ['I underestimated'],
      );
    });

    it('on a skipped test and a release that was rolled back', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Pick-list batching',
            situation: 'I led a change to how the warehouse system batches pick lists.',
            action: 'I skipped the load test because the change looked small, and I signed the release off myself.',
            result: 'The release was rolled back after pickers stood idle for 70 minutes.',
          }),
        ),
        ['I skipped'],
      );
    });

    it('on an admission and a lost customer', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Renewal call',
            situation: 'I was the account engineer for a logistics client up for renewal.',
            action: 'I was wrong about their main complaint and spent the month on report speed instead of data accuracy.',
            result: 'We lost the account at renewal.',
          }),
        ),
        ['I was wrong'],
      );
    });

    it('when the only "should have" is about another team', () => {
      assert.deepEqual(
        signals(
          failure(
            story({
              title: 'The Friday payout outage',
              situation: 'A payout run failed halfway and 4,300 sellers were not paid on time.',
              action: 'I found a migration without an index, added the index and restarted the run.',
              result: 'Payouts landed four hours late. The ledger team should have tested their change.',
            }),
          ),
        ),
        ['type: failure'],
      );
    });

    it("reports on the title line and offers a Learning section in the story's marker style", () => {
      const text = failure(
        story({
          title: 'The partner API',
          situation: 'I committed to a ten-week delivery.',
          action: 'I built the endpoints myself.',
          result: 'We delivered three weeks late.',
        }),
      );
      const [f] = lintWith(ID, text);
      assert.deepEqual(flagged(text, [f]), ['## The partner API']);
      const [s] = f.suggestions;
      assert.equal(s.title, 'Insert prompt: Learning section');
      assert.equal(s.edits[0].newText, '\n\n**Learning:** What I would do differently: ${1:…}');
    });

    it('offers a story told in prose a closing sentence, not a label its prose never had', () => {
      const text = failure(
        '## The partner API\n\nI committed to a ten-week delivery for our biggest partner, without asking their team what ' +
          'they needed first.\n\nI built the endpoints myself over the next eight weeks and tested them against our own ' +
          'client.\n\nWe delivered three weeks late, and the partner moved its launch to the next quarter.\n',
      );
      const [f] = lintWith(ID, text);
      const [s] = f.suggestions;
      assert.equal(s.title, 'Insert prompt: Learning section');
      assert.deepEqual(s.edits[0], {
        start: text.indexOf('next quarter.') + 'next quarter.'.length,
        end: text.indexOf('next quarter.') + 'next quarter.'.length,
        newText: ' What I would do differently now is ${1:what I would change}.',
      });
    });
  });

  describe('stays silent', () => {
    it('on a transcript under a heading whose opening question asks for a success', () => {
      const text =
        '# Mock panel\n\n## Question 2\n\n**Q:** Tell me about a time you went beyond what was asked.\n\n**A:** I ran the ' +
        'kitchen refit for our second site. The fitters found asbestos behind the old extraction hood in week two.\n\n' +
        '**Q:** What happened then?\n\n**A:** I moved the Christmas party bookings to our first site, and the refit ' +
        'reopened two days early.\n';
      assert.deepEqual(lintWith(ID, text), []);
    });

    it('on failures in the Situation that the writer was brought in to fix', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Payment retries',
            situation: 'Failed payments were costing us 3% of orders, and the last two attempts to fix them had failed.',
            action: 'I traced the failures to a bank timeout and added idempotent retries.',
            result: 'Failures fell from 3% to 0.4%.',
          }),
        ),
        [],
      );
    });

    it('on setback outcomes told as background: a cancelled project and a missed deadline before the writer joined', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Restarting the billing rewrite',
            situation: 'The first billing rewrite was cancelled, and the team had missed the deadline twice before I joined.',
            action: 'I cut the scope to invoices only and shipped every two weeks.',
            result: 'Invoices moved to the new system in three months.',
          }),
        ),
        [],
      );
    });

    it('on a failure story with a Learning section', () => {
      assert.deepEqual(
        signals(
          failure(
            story({
              situation: 'I owned the nightly price import.',
              action: 'I deployed a parser change on a Friday and it broke prices in two countries.',
              result: 'Prices were wrong for six hours.',
              learning: 'I no longer deploy imports on Fridays, and every parser change now runs against a day of real files first.',
            }),
          ),
        ),
        [],
      );
    });

    it('on a failure story with "I learned" in the Result', () => {
      assert.deepEqual(
        signals(
          failure(
            story({
              situation: 'I committed to a ten-week delivery.',
              action: 'I built the endpoints myself and left integration testing to the end.',
              result: "We delivered three weeks late. I learned to test against the partner's system from the first week.",
            }),
          ),
        ),
        [],
      );
    });

    it('on "next time" and "I would have"', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'My biggest mistake as a new manager',
            situation: 'I took over a team of six.',
            action: 'I kept every meeting my predecessor had run.',
            result:
              'Two engineers asked to move teams. I would have kept them if I had asked what they needed in my first week; next time I ' +
              'will.',
          }),
        ),
        [],
      );
    });

    it('on "since then" changed practice', () => {
      assert.deepEqual(
        signals(
          failure(
            story({
              situation: 'My schema change took down checkout for 20 minutes.',
              action: 'I rolled it back and wrote the incident review.',
              result: 'Since then, every schema change I write goes through a canary first.',
            }),
          ),
        ),
        [],
      );
    });

    it('on failover: "we failed over to the replica" is not a failure', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Database failover',
            situation: 'Our primary database lost a disk during the evening peak.',
            action: 'We failed over to the replica within two minutes, and I missed nothing in the runbook.',
            result: 'Orders kept flowing with 40 seconds of errors.',
          }),
        ),
        [],
      );
    });

    it('on near misses: "almost missed" and "nearly failed"', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Launch week',
            situation: 'The launch was set for Monday.',
            action: 'We almost missed the date when the vendor API changed, and the build nearly failed twice.',
            result: 'We launched on Monday.',
          }),
        ),
        [],
      );
    });

    it('on one admission in a success story', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Search speed',
            situation: 'Search took four seconds.',
            action: 'At first I misread the traces, then found the N+1 query and fixed it.',
            result: 'Search takes 300 ms now.',
          }),
        ),
        [],
      );
    });

    it("on setbacks in someone else's quoted words", () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Audit readiness',
            situation: 'My director told me "we failed the audit last year and we missed every deadline".',
            action: 'I mapped every control to its evidence and automated the access reviews.',
            result: 'We passed with no findings.',
          }),
        ),
        [],
      );
    });

    it('on a title about a technical failure rate', () => {
      assert.deepEqual(
        signals(
          story({
            title: 'Cutting the payment failure rate',
            situation: 'One in twenty card payments failed.',
            action: 'I added retries with backoff for the two flaky gateways.',
            result: 'Failures fell to one in two hundred.',
          }),
        ),
        [],
      );
    });

    it('on a success story in a file of several whose front matter says failure', () => {
      const text = failure(
        [
          story({
            title: 'Price import',
            situation: 'I owned the price import.',
            action: 'I deployed a broken parser.',
            result: 'Prices were wrong for six hours. I learned to test on real files.',
          }),
          story({
            title: 'Search speed',
            situation: 'Search took four seconds.',
            action: 'I fixed the N+1 query.',
            result: 'Search takes 300 ms.',
          }),
        ].join('\n'),
      );
      assert.deepEqual(signals(text), []);
    });
  });
});

describe('no-reflection: more ways to tell a setback', () => {
  it('reads a title such as "A project that failed"', () => {
    const text =
      '# A project that failed\n\nI led the billing migration to a new provider over one quarter.\n\nWe went live in March and partial ' +
      'refunds failed for 2% of payments, so I rolled the release back the same week.\n\nIt was a tough experience and I am proud of ' +
      'how the team handled it.\n';
    assert.equal(lintWith('no-reflection', text).length, 1);
  });
  it('counts "the project was eventually paused" with a roll back as two setbacks', () => {
    const text = story({
      situation: 'I led the billing migration.',
      action: 'We had to roll back after a week of refund errors, and the project was eventually paused.',
      result: 'The old provider stayed for 6 more months.',
    });
    assert.equal(lintWith('no-reflection', text).length, 1);
  });
  it('stays silent when the same story says what I learned', () => {
    const text = story({
      situation: 'I led the billing migration.',
      action: 'We had to roll back after a week of refund errors, and the project was eventually paused.',
      result: 'The old provider stayed for 6 more months.',
      learning: 'I learned to test refunds against the real sandbox before any cut-over.',
    });
    assert.deepEqual(lintWith('no-reflection', text), []);
  });
});

describe(`${ID}: failures told without admitting them, and lessons that name no change`, () => {
  const messages = (text: string) => lintWith(ID, text).map((f) => f.messageId);
  const fires: Array<[string, Parameters<typeof story>[0], string]> = [
    [
      'a lost account',
      {
        situation: 'Brightline was one of our ten largest accounts, worth $210K a year.',
        action: 'I set up a call with their IT lead and sent the roadmap.',
        result: 'They went to a competitor at renewal and we lost the account.',
      },
      'noLesson',
    ],
    [
      'a rollback and a paused launch',
      {
        situation: 'I owned the rollout of the new ranking model.',
        action: 'I ramped it to 25% of traffic on Monday.',
        result: 'Latency spiked, the change was rolled back within the hour, and we paused the launch for a month.',
      },
      'noLesson',
    ],
    [
      'a failure with a platitude for a lesson',
      {
        situation: 'I was running the migration of our billing jobs.',
        action: 'I moved the jobs in one weekend.',
        result: 'Two jobs did not run, customers were double-charged, and we missed the go-live date.',
        learning: 'I learned that communication is key.',
      },
      'platitude',
    ],
  ];
  for (const [name, parts, id] of fires) {
    it(`fires on ${name}`, () => assert.deepEqual(messages(story(parts)), [id]));
  }

  it("reads a transcript question that asks for a failure as the story's title", () => {
    const text =
      '# Mock loop\n\n**Interviewer:** Tell me about a deal you lost.\n\n**Me:** Brightline was a top-ten account. Their renewal ' +
      'came up in Q3 and they signed with a competitor.\n\n**Interviewer:** What did you do?\n\n**Me:** I escalated to our VP and ' +
      'offered a discount.\n';
    assert.deepEqual(signals(text), ['deal you lost']);
  });

  const silent: Array<[string, Parameters<typeof story>[0]]> = [
    [
      'a lost account with a changed habit',
      {
        situation: 'Brightline was one of our ten largest accounts.',
        action: 'I set up a call with their IT lead and sent the roadmap.',
        result: 'They went to a competitor at renewal and we lost the account.',
        learning: 'Since then I ask every top-20 account for their hard requirements a year before renewal.',
      },
    ],
    [
      'a rollback that was the plan working',
      {
        situation: 'Checkout errors were at 2% of orders.',
        action: 'I shipped the new retry logic behind a flag and ramped it to 50% of traffic.',
        result: 'Errors fell from 2% to 0.3% of orders.',
      },
    ],
    [
      'a title about reducing outages',
      {
        title: 'Reducing outages in the payments platform',
        situation: 'Payments had 6 outages a quarter.',
        action: 'I added load shedding and a runbook.',
        result: 'Outages fell to 1 a quarter.',
      },
    ],
  ];
  for (const [name, parts] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(messages(story(parts)), []));
  }
});

describe(`${ID}: more failures told as a timeline`, () => {
  const result = (r: string) =>
    story({
      situation: 'I owned the payments migration for our largest client.',
      action: 'I planned the cutover and ran the rehearsals.',
      result: r,
    });
  for (const r of [
    'The migration overran by three weeks and the client moved their go-live.',
    'The customer churned at the end of the quarter.',
    'Our biggest client left for a competitor.',
    'Two of the five pilots ended early.',
    'Nobody used the feature, and we switched it off in June.',
  ]) {
    it(`fires on: ${r}`, () => assert.equal(lintWith(ID, result(r)).length, 1));
  }
  it('stays silent on a churn that did not happen', () =>
    assert.deepEqual(lintWith(ID, result('None of the 14 accounts churned, and the biggest renewed in September.')), []));
  it('stays silent on retiring a feature on purpose', () =>
    assert.deepEqual(lintWith(ID, result('I switched the old report builder off after 95% of accounts had moved to the new one.')), []));
});

describe(`${ID}: a lesson names the writer's change, not a truism, a defence or someone else's act`, () => {
  const messages = (text: string) => lintWith(ID, text).map((f) => f.messageId);
  const migration = (learning: string) =>
    failure(
      story({
        title: 'The ledger migration',
        situation: 'I led the move of our ledger database to Aurora.',
        action: 'We started the cutover at 01:00, and at 02:30 replication lag spiked and writes timed out.',
        result: 'The migration was rolled back at 03:15 and rescheduled.',
        learning,
      }),
    );
  const noChange: Array<[string, string]> = [
    ['a defence of the plan', 'Honestly, I think the plan was sound. The process was followed.'],
    ['a counterfactual about another team', "If the DBA team's job hadn't been run, it would have gone through first time."],
    [
      'a counterfactual about another party, with "we" in it',
      'If the studio had hit their handoff date, we would have had a proper QA cycle.',
    ],
    ['a truism without the writer in it', 'Looking back, migrations are always risky and it is very hard to predict load.'],
    ['"a learning experience"', 'It was a learning experience for everyone involved.'],
    ['doubt that anything could change', "Um, honestly, I'm not sure there's a lot we could have done differently."],
  ];
  for (const [name, learning] of noChange) {
    it(`fires on ${name}`, () => assert.deepEqual(messages(migration(learning)), ['platitude']));
  }
  const lessons: Array<[string, string]> = [
    ['a change the writer now makes', 'I now check the DBA maintenance calendar before I book a window.'],
    ['what the writer should have done', 'Looking back, I should have asked the DBA team for their calendar.'],
    [
      'a lesson that opens with doubt and then names a change',
      "There's a lot I would do differently: I now write the rollback plan first.",
    ],
  ];
  for (const [name, learning] of lessons) {
    it(`stays silent on ${name}`, () => assert.deepEqual(messages(migration(learning)), []));
  }
  it('stays silent on a mechanism put in place after the setback, told in the Result', () => {
    const text = story({
      title: 'Address autocomplete',
      situation: 'We shipped a new address autocomplete behind a flag.',
      action: 'What I missed: the component used an API that older Safari does not support. I switched the flag off.',
      result: 'We lost about 260 orders. Every ramp now has a conversion guardrail per browser family.',
    });
    assert.deepEqual(messages(text), []);
  });
});

describe(`${ID}: setbacks told in the passive or as a fallback`, () => {
  it('fires on errors "were made" and depots that "ended up understaffed"', () => {
    const text = story({
      title: 'Peak forecast',
      situation: 'Every year the network plans staffing for peak.',
      task: 'I was responsible for updating the peak forecast.',
      action: 'The model was updated with the latest figures and sent out to the depots.',
      result: 'Volume came in higher than forecast and some depots ended up understaffed. Errors were made in the growth assumptions.',
    });
    assert.deepEqual(signals(text), ['ended up understaffed']);
  });
  it('fires on the old page put back, in a story typed as a failure', () => {
    const text = failure(
      story({
        title: 'Homepage relaunch',
        situation: 'We had a homepage redesign planned for the spring sale.',
        action: 'My team built the new carousel and product grid over four sprints.',
        result: 'The grid images never loaded for some people until we put the old homepage back in the afternoon.',
      }),
    );
    assert.equal(lintWith(ID, text).length, 1);
  });
  it('stays silent on a new page put in place of the old one, with nothing gone wrong', () => {
    const text = story({
      title: 'Homepage relaunch',
      situation: 'We had a homepage redesign planned for the spring sale.',
      action: 'My team built the new carousel and product grid over four sprints, and I moved the old homepage to an archive URL.',
      result: 'The new homepage went live on the first morning of the sale.',
    });
    assert.deepEqual(lintWith(ID, text), []);
  });
});

describe(`${ID}: setbacks that cost money, were cancelled by others, fell through or failed an audit`, () => {
  const inResult = (result: string) =>
    story({
      title: 'The checkout project',
      situation: 'I led the checkout team at a retailer.',
      action: 'I planned the work and built the first version myself.',
      result,
    });
  const setbacks = [
    'The outage cost us about $40,000 in refunds.',
    'The client pulled the contract in April.',
    'Leadership shelved the project after the second review.',
    'The deal fell through in the last week of the quarter.',
    'The store failed its audit in June.',
    'Our bid lost to a cheaper vendor.',
  ];
  for (const result of setbacks) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, inResult(result)).length, 1));
  const notSetbacks = [
    'The new tool cost us about $2,000 to build and saved $40,000 a year.',
    'We cancelled the old contract and moved to a cheaper vendor, saving 30%.',
    'The pilot went so well that finance pulled the funding forward by a quarter.',
    'We failed over to the second region in 40 seconds.',
    'The store passed its audit in June with no findings.',
  ];
  for (const result of notSetbacks) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, inResult(result)), []));
});

/*
 * Issue #8: a failure story is one whose outcome went badly, admitted or not, and a lesson is a changed behaviour,
 * not a platitude. Every story and sentence here is new, written for this family.
 */
describe(`${ID}: failure read from the outcome, not from an admission`, () => {
  const told = (action: string, result: string) =>
    story({ title: 'Spring release', situation: 'I owned the nightly billing run for 300 business clients.', action, result });
  const failures: Array<[string, string, string]> = [
    ['payroll late by a stated time', 'I pushed a config change on a Friday evening.', 'Payroll went out two days late for 40 clients.'],
    [
      'a pilot ended by the customer',
      'I trained the receptionists and checked in every Monday.',
      'After eight weeks the clinics ended the pilot.',
    ],
    [
      'a feature pulled by another team',
      'I wrote the rollout plan and set the date.',
      'Two days after launch the risk team paused the feature.',
    ],
    ['money paid out for the trouble', 'I re-ran the job by hand over the weekend.', 'We paid $18,000 in late-payment credits.'],
    ['a budget overrun by a stated amount', 'I chaired the weekly steering meeting.', 'The project came in £120K over budget.'],
    [
      'a programme dropped after poor uptake',
      'I defined the points scheme.',
      'Only 2% of customers installed it, and the chain dropped the programme.',
    ],
  ];
  for (const [name, action, result] of failures) {
    it(`fires on ${name}`, () => assert.equal(lintWith(ID, told(action, result)).length, 1, result));
  }

  const notFailures: Array<[string, string, string]> = [
    [
      'a pilot the writer ended to roll out',
      'I ran the trial in four stores.',
      'We ended the pilot after six weeks and rolled it out to all 40 stores.',
    ],
    [
      'a dip on the way to a gain',
      'I shipped the new checkout flow.',
      'Conversion dropped at first, then rose 12% above the old flow by week three.',
    ],
    [
      'data that arrives late, as a fact of the domain',
      'I used the chargeback data, which arrives six weeks late.',
      'Fraud losses fell 31%.',
    ],
    [
      'a hurdle in the Action, cleared',
      'The regulator paused the feature for a review, so I wrote the audit pack in a week.',
      'It went live on 3 May.',
    ],
    ['a bad measure that fell', 'I rewrote the retry logic.', 'Errors dropped from 2% to 0.3%.'],
  ];
  for (const [name, action, result] of notFailures) {
    it(`stays silent on ${name}`, () => assert.deepEqual(lintWith(ID, told(action, result)), [], result));
  }
});

describe(`${ID}: a lesson is a changed behaviour, not a platitude`, () => {
  const withLearning = (learning: string) =>
    story({
      title: 'Dental clinic pilot',
      situation: 'I ran the pilot of our scheduling tool with six dental clinics.',
      action: 'I set up the accounts, trained the receptionists and checked in every Monday.',
      result: 'After eight weeks the clinics ended the pilot and we lost the contract.',
      learning,
    });
  const platitudes = [
    "Looking back, I'm proud of how calmly the team handled it.",
    'In hindsight, it was just bad timing.',
    'I learned a lot about vendor management.',
    'It taught me to be more careful.',
    'It was a humbling experience, and I grew a lot as a leader.',
    'Looking back, I think we did everything we could.',
    'I realised how important it is to keep stakeholders informed.',
    'I think the timeline was simply too ambitious, and the vendor delay was outside our control.',
    'This showed me that quality always has to come first and that teamwork between departments is vital.',
    'The biggest thing I took away is how much trust between teams matters.',
  ];
  for (const learning of platitudes) {
    it(`fires on: ${learning}`, () =>
      assert.deepEqual(
        lintWith(ID, withLearning(learning)).map((f) => f.messageId),
        ['platitude'],
      ));
  }
  const lessons = [
    'These days I book the load test before I book the launch date.',
    'What I changed: every vendor contract I sign now has a 30-day exit clause.',
    'I should have asked the clinics to run a shadow week before go-live, and that is the first thing I plan now.',
    'My rule now is that no pilot starts without a written success measure.',
    'The pre-mortem template I wrote afterwards is now used by all four product teams.',
    'If I faced it again I would cap the first release at 5% of traffic.',
    'Next time I would agree the go-live criteria with the customer in writing before the kickoff.',
    'I learned that our Android users on older phones abandon any form longer than two screens.',
    'I would have asked the clinics for a sample of their booking data in week one.',
  ];
  for (const learning of lessons) it(`stays silent on: ${learning}`, () => assert.deepEqual(lintWith(ID, withLearning(learning)), []));

  it('does not take "I always …" in the Situation for a lesson', () => {
    const text = story({
      title: 'Billing run',
      situation: 'I always ran the billing job myself on the first of the month.',
      action: 'I pushed a config change on a Friday evening without a dry run.',
      result: 'Payroll went out two days late for 40 clients, and we paid $18,000 in credits.',
    });
    assert.equal(lintWith(ID, text).length, 1);
  });
});

describe(`${ID}: whole stories in other formats`, () => {
  it('fires on a transcript whose lesson is a platitude', () =>
    assert.deepEqual(
      lintWith(ID, DOUBLE_INVOICES).map((f) => f.messageId),
      ['platitude'],
    ));
  it('fires on notes whose customer went with a competitor and whose lesson declines to reflect', () =>
    assert.deepEqual(
      lintWith(ID, LOST_RENEWAL_NOTES).map((f) => f.data.signal),
      ['went with a competitor'],
    ));
  it('fires on one paragraph that loses a deposit, with a deflection for a coda', () =>
    assert.deepEqual(
      lintWith(ID, SCHOOL_TRIP).map((f) => f.data.signal),
      ['lost the deposit'],
    ));
  it('stays silent on a success told in one paragraph', () => assert.deepEqual(lintWith(ID, PANTRY_ROTA), []));
});

describe(`${ID}: strong stories in other formats stay silent`, () => {
  for (const [name, text] of Object.entries(STRONG_STORIES)) it(name, () => assert.deepEqual(lintWith(ID, text), []));
});

describe(`${ID}: more outcomes that went badly, admitted or not`, () => {
  const told = (result: string, title = 'Refund automation') =>
    story({ title, situation: 'Refund requests piled up after a price change.', action: 'I rolled out an automatic refund rule.', result });
  const fires: Array<[string, string]> = [
    ['a tool switched off and a return to manual work', 'The automation was switched off after a week and we went back to manual checks.'],
    ['a good measure falling in the Result', 'Bookings dropped 14% that quarter.'],
    ['a launch put off', 'The go-live was pushed to January.'],
    ['business moved to a rival', 'They moved their whole order book to a rival supplier.'],
  ];
  for (const [name, result] of fires) it(`fires on ${name}`, () => assert.equal(lintWith(ID, told(result)).length, 1, result));
  it('fires on a title that names the work stopped', () =>
    assert.equal(lintWith(ID, told('Refunds went out on the usual schedule.', 'Postponing the payroll cutover')).length, 1));
  it('stays silent on a dip told with its recovery', () =>
    assert.deepEqual(lintWith(ID, told('Bookings dropped 3% in the first week, then rose to 11% above plan.')), []));
});

describe(`${ID}: goals missed, bids rejected, harm done and bad hires; lessons told as what is done now`, () => {
  const inResult = (result: string) =>
    story({
      title: 'The spring campaign',
      situation: 'I ran marketing for a chain of garden centres.',
      action: 'I planned the campaign and wrote the briefs for the agency myself.',
      result,
    });
  const setbacks = [
    'The campaign underperformed and we never hit the target.',
    'The grant application was rejected in March.',
    'Two patients got the wrong dose before the pharmacist caught it.',
    'The new hire left after three months; it was a bad fit.',
  ];
  for (const result of setbacks) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, inResult(result)).length, 1));
  const silent = [
    'The campaign underperformed at first. What I do differently now is agree the success measure with the sponsor first.',
    'The first bid was rejected. The next time we bid, I priced the maintenance separately and we won the contract.',
    'The campaign never underperformed a single month, and sales rose 14%.',
    'We hit the target in week six, and the agency kept the account.',
    'The application was funded in March, and the lab hired two technicians.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, inResult(result)), []));
});

describe(`${ID}: titles that name a miss or a collapse, and a lesson that only declines to reflect`, () => {
  const titled = (title: string, learning?: string) =>
    story({
      title,
      situation: 'I coordinated volunteers for a food bank in a market town.',
      action: 'I planned the rota and called every volunteer myself.',
      result: 'About half the usual families came.',
      ...(learning ? { learning } : {}),
    });
  const fires = [
    'Missed launch: the winter appeal',
    'Losing the county catering framework bid',
    'The volunteer drive that fell apart',
    'A hire that didn\u2019t work out',
    'The donor that walked out the door',
    'A time something went wrong on my team',
    'The accident in the loading yard',
    'The scaffold board near miss',
    'CDN degradation on Black Friday',
    'The opening that slipped',
    'The caterer who did not turn up',
    'The wrong offer email',
    'Losing the Thursday after-school club',
    'Ransomware at a client site',
  ];
  for (const title of fires) it(`fires on the title: ${title}`, () => assert.equal(lintWith(ID, titled(title)).length, 1));
  it('fires when the lesson is only how important something is', () =>
    assert.equal(
      lintWith(ID, titled('Missed launch: the winter appeal', 'It showed me how important it is to have proper training before a launch.'))
        .length,
      1,
    ));
  it('fires when the only "lesson" declines to reflect: "not sure what more I could have done"', () =>
    assert.equal(
      lintWith(ID, titled('Missed launch: the winter appeal', 'I am not sure what more I could have done from my side.')).length,
      1,
    ));
  const silent = [
    ['Missed launch: the winter appeal', 'Changed: I book the hall before I announce a date, and I did it for the next three appeals.'],
    ['The volunteer drive that fell apart', 'Since then I call every new volunteer in their first week.'],
  ];
  for (const [title, learning] of silent)
    it(`stays silent with a real change: ${learning}`, () => assert.deepEqual(lintWith(ID, titled(title, learning)), []));
  const notSetbacks = [
    'Walking the donors through the new rota',
    'Things that went well at the winter appeal',
    'Launch week at the food bank',
    'Accident prevention training for the drivers',
    'Reducing near misses in the warehouse',
    'The volunteer who never missed a shift',
    'Wrong-footing a competitor with a faster menu',
  ];
  for (const title of notSetbacks) it(`stays silent on the title: ${title}`, () => assert.deepEqual(lintWith(ID, titled(title)), []));
});

/*
 * Endings that went badly in everyday words: a loss made, a hit taken, a wave of bad reviews, those served walking
 * away, "a nightmare". Each story is new; each silent one is the same ending with a real change, or the same words
 * about a problem the writer then solved.
 */
describe(`${ID}: endings that went badly in everyday words`, () => {
  const ending = (result: string, learning?: string) =>
    story({
      situation: 'Our community theatre runs one fundraising night a year, and I chaired it this time.',
      action: 'I booked the venue, set the ticket price at £40 and ran the mailing to our 600 members.',
      result,
      ...(learning ? { learning } : {}),
    });
  const fires = [
    'Ticket sales came in under what we needed, and after the venue fee the night made a loss for the first time.',
    'Bookings took a real hit for the rest of the season. The committee moved on to the summer show.',
    'A wave of angry emails followed about the seating. The committee moved on to the summer show.',
    'A handful of members cancelled their subscriptions the following week. The box office was quiet after that.',
    'The night itself was a shambles from start to finish. The committee moved on to the summer show.',
  ];
  for (const result of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, ending(result)).length, 1));
  it('stays silent when the same loss comes with a changed habit', () =>
    assert.deepEqual(
      lintWith(
        ID,
        ending(
          'Ticket sales came in under what we needed, and after the venue fee the night made a loss for the first time.',
          'Since then I set a break-even ticket count before I sign any venue, and we have cleared it for two years.',
        ),
      ),
      [],
    ));
  const silent = [
    'The night sold out in nine days and raised £14,200, against £9,800 the year before.',
    'None of the members cancelled, and 41 renewed at the higher rate.',
    'It was no loss at all: the night raised £14,200.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, ending(result)), []));
});

/** A reading-club story that ended with half the usual children, under `title`: only a failure title makes it a setback. */
const readingClubTitled = (title: string) =>
  story({
    title,
    situation: 'I ran the Saturday reading club at the town library.',
    action: 'I planned the sessions and phoned every family myself.',
    result: 'About half the usual children came.',
  });

/** One finding for each title that names a setback, none for each that does not, in the reading club's story. */
function titlesIn(fires: readonly string[], silent: readonly string[]): void {
  for (const title of fires) it(`fires on the title: ${title}`, () => assert.equal(lintWith(ID, readingClubTitled(title)).length, 1));
  for (const title of silent) it(`stays silent on the title: ${title}`, () => assert.deepEqual(lintWith(ID, readingClubTitled(title)), []));
}

/*
 * Titles that name one trouble by its noun, a plan that never came off, or a list item's setback. New titles; the
 * silent ones name a standing problem the story solves, or work against a trouble.
 */
describe(`${ID}: titles that name one trouble, a plan that never came off, or a numbered setback`, () => {
  const fires = [
    'The insulin dosing error',
    'Roof membrane delay (Block C)',
    'Footfall drop, spring term',
    'Cash-up discrepancy: the Friday float',
    'A complaint about a late refund',
    'The summer fair that lost money',
    'The author visit that never happened',
    'The grant bid that was turned down',
    'When the print supplier went bust',
    'Losing two Saturday volunteers',
    'Expired DBS checks at the holiday club',
    'B. Missed deadline for the library grant',
    '3. The sponsorship that fell through',
  ];
  const silent = [
    'Late returns',
    'Reducing the booking delay',
    'Error-free issue desk',
    'Cutting the overdue-book backlog',
    'The reading club that grew',
    'Fixing the cash-up discrepancy',
  ];
  titlesIn(fires, silent);
});

/*
 * Questions and titles that ask for the writer's own call gone wrong, an incident review, a breakdown, or what the writer
 * left undone. New titles; the silent ones name a fix, a forecast that someone else got wrong, or a question with no
 * setback in it.
 */
describe(`${ID}: a plan that was off, an incident review, a breakdown asked for, and what the writer left undone`, () => {
  const fires = [
    'Tell me about a time your estimate was wrong.',
    'Give me an example of when your planning was way off.',
    'A time my forecast turned out too optimistic',
    'RCA: the Saturday booking-system outage',
    'Post-mortem - the lost reservation list',
    'Tell me about a time a piece of equipment failed at the worst moment.',
    'The email I never sent',
    "Reading club - the volunteer check I didn't chase",
  ];
  const silent = [
    "Fixing the county's forecast, which was wrong",
    'When the booking system went down',
    'A time you improved a plan',
    'Tell me about a time you kept a project on track.',
    'The reading list I never expected to love',
  ];
  titlesIn(fires, silent);
});

describe(`${ID}: a lesson under "What I took from it", and a habit told with its occasion first`, () => {
  const md = (label: string, lesson: string) =>
    [
      '## The near miss in aisle 9',
      '',
      '**Situation:** On a busy night I let a reach truck work an aisle while two pickers were still in it.',
      '',
      '**Action:** A case fell from the top level a metre from a picker. I stopped all replenishment and reported it myself.',
      '',
      '**Result:** Output dipped for a week; there have been no aisle-sharing incidents since.',
      '',
      `**${label}:** ${lesson}`,
      '',
    ].join('\n');
  it('stays silent with a real change under "What I took from it"', () =>
    assert.deepEqual(
      lintWith(ID, md('What I took from it', "Now when we're behind, I tell the crew at the start that we still cone every aisle.")),
      [],
    ));
  it('still fires when the section holds only a platitude', () =>
    assert.equal(lintWith(ID, md('What I took from it', 'Safety always comes first, whatever the pressure.')).length, 1));
});

describe(`${ID}: an outcome short of the plan, work that could not be finished, and a title naming a mess`, () => {
  const ending = (result: string, title = 'The spring grant round') =>
    story({
      title,
      situation: 'I ran the spring grant round for community groups in the district.',
      action: 'I wrote the rules, opened applications and chased the late assessors myself.',
      result,
    });
  const fires: Array<[string, string | undefined]> = [
    ['Fewer applications came in than we had anticipated, and the panel moved on to the autumn round.', undefined],
    ['We got only 140 applications instead of the 400 planned. The panel moved on to the autumn round.', undefined],
    ['Part of the budget could not be committed before the year end. The panel moved on to the autumn round.', undefined],
    ['The panel met in May and agreed the awards.', 'The assessment mess'],
  ];
  for (const [result, title] of fires)
    it(`fires on: ${title ?? result}`, () => assert.equal(lintWith(ID, ending(result, title)).length, 1));
  const silent = [
    'Fewer groups dropped out than last year: 3 against 11.',
    'We funded 61 projects against the 40 planned, and every penny was committed by March.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, ending(result)), []));
  it('stays silent on a title that fixes a mess', () =>
    assert.deepEqual(lintWith(ID, ending('The panel met in May and agreed the awards.', 'Cleaning up the assessment mess')), []));
});

/*
 * Endings that went badly told only by what followed: a formal complaint or a service credit, a target missed by a wide
 * margin, work not finished in time, part of the money recovered, those served going elsewhere, harm counted.
 */
describe(`${ID}: what the trouble brought, work not finished, and those served going elsewhere`, () => {
  const ending = (result: string) =>
    story({
      title: 'The Monday go-live',
      situation: 'I led a team of 26 agents on an energy supplier’s customer service line.',
      action: 'I moved the team onto the new phone platform over one weekend and ran the floor myself on the Monday.',
      result,
    });
  const fires = [
    'We lost the service level for the whole week and the client issued a formal service credit.',
    'Eleven sample bags missed the cut-off and the hospital raised a formal complaint.',
    'The branch came in at around 28 appointments a month, well short of the target.',
    'The retender did not complete in time, so the incumbent was extended for a year.',
    'Only £2,100 was recovered, and the practice moved its accounts to another bank.',
    'We probably lost a few regulars to the big chain pharmacy in town.',
    'We cancelled 38 flights over the two days, which affected around 6,000 passengers.',
    'The flag was turned off on the Monday and the affected orders were reviewed.',
    'I guess it sort of never really launched in the end.',
  ];
  for (const result of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, ending(result)).length, 1));
  const silent = [
    'Complaints fell from 40 a week to 12, and the client extended the contract for two years.',
    'We answered 94% of calls within the service level that week, against 71% the week before.',
    'The branch came in at 44 appointments a month, just over the target of 40.',
    'We finished the migration on time and no bookings were affected.',
    'I had never launched a contact-centre platform before, so I ran two dry runs first, and it went live on time.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, ending(result)), []));
});

describe(`${ID}: an inspection, a grade or an offer that went badly`, () => {
  const ending = (result: string) =>
    story({
      title: 'The inspection',
      situation: 'As deputy ward manager I had to take the inspector round our 28-bed ward.',
      action: 'I answered the questions on care planning and staffing and showed the audit folders.',
      result,
    });
  const fires = [
    'The ward was rated "Requires improvement" for the Safe domain.',
    'It went badly, and the report named our medicines records.',
    'Twelve students dropped a grade, and three missed their university offers.',
    'Our coursework marks were adjusted down by the moderator.',
  ];
  for (const result of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, ending(result)).length, 1));
  const silent = [
    'The ward was rated "Good" in every domain, up from "Requires improvement" two years before.',
    'All twelve students kept their predicted grades and every one met their university offer.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, ending(result)), []));
});

describe(`${ID}: what someone else changed since is no lesson of the writer's`, () => {
  const lost = (lesson: string) =>
    failure(
      story({
        situation: 'Our Hong Kong agent shipped the spring knitwear three weeks late.',
        action: 'I moved the launch date and told the stores.',
        result: `We missed the season and marked down 40% of the range. ${lesson}`,
      }),
    );
  it('fires when only the business changed since', () =>
    assert.equal(lintWith(ID, lost('Since then the business has moved to a different agent.')).length, 1));
  it('stays silent when the writer changed what they do since', () =>
    assert.deepEqual(lintWith(ID, lost('Since then I book a mid-production check with every agent.')), []));
});

describe(`${ID}: a date that moved is a setback, and "not sure there's much I'd change" is no lesson`, () => {
  const slipped = (result: string, learning?: string) =>
    story({
      situation: 'I led the migration of 400 reporting jobs to the cloud warehouse.',
      action: 'I moved the transformations to dbt and set up the scheduling in Airflow.',
      result,
      learning,
    });
  it('fires when go-live moved twice and nothing was learned', () =>
    assert.equal(
      lintWith(ID, slipped('Go-live was planned for March, then got shifted to May, and then to July. The old server is off now.')).length,
      1,
    ));
  it('fires when the writer declines to change anything', () =>
    assert.equal(
      lintWith(ID, slipped('The launch slipped from March to June.', "Honestly, I'm not sure there's much I'd change on my side.")).length,
      1,
    ));
  it('stays silent when the date moved and the writer changed what they do', () =>
    assert.deepEqual(
      lintWith(ID, slipped('The launch slipped from March to June.', 'Since then I agree a port-opening date with infra at kickoff.')),
      [],
    ));
  it('stays silent on a go-live that went to plan', () =>
    assert.deepEqual(lintWith(ID, slipped('Go-live was planned for March and happened on the day, with all 400 jobs moved.')), []));
});

describe(`${ID}: failures nobody names: findings raised, a rollback noted, a defect that reached customers, work wound down`, () => {
  const ending = (action: string, result: string) =>
    story({
      title: 'The spring release',
      situation: 'I ran quality and operations for the bookings team at a travel marketplace.',
      action,
      result,
    });
  const plain = 'I prepared the records, walked the reviewer through them and answered the questions on the day.';
  const fires: Array<[string, string]> = [
    [plain, 'Non-conformances were raised against the yard and a corrective plan was signed off six weeks later.'],
    ['I launched the test on a Monday, 50/50 split, and presented the early read on day 5.', 'Rollback to v2 done in week 4.'],
    [plain, 'A bug got through to production where the amount field took negative numbers, and it was fixed the next day.'],
    [plain, 'The trust received a "requires improvement" rating for medicines management.'],
    [plain, 'Budget for phase two was cut, and the decision was taken to wind the pilot down.'],
    [plain, 'The client chose not to renew at the end of the year.'],
    [plain, 'The trip was postponed and then eventually called off, and the deposits were refunded to families.'],
    [plain, 'I closed $291K in Q3, 71% of the number, and the account team moved on.'],
  ];
  for (const [action, result] of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, ending(action, result)).length, 1));
  const silent: Array<[string, string]> = [
    [plain, 'No non-conformances were raised, and the auditor used our yard as the example for the region.'],
    ['I wrote a tested rollback to v2 into the release plan before the launch.', 'The launch went out on the day with no incidents.'],
    [plain, 'Hotfix lead time fell from 70 minutes to 25, and the reviewer signed off with no findings.'],
    [plain, 'I closed $520K in Q3, 127% of the number, the best quarter on the team.'],
    // The same failures with a lesson that changed what the writer does.
    [
      plain,
      'A bug got through to production and was fixed the next day. Since then I add a negative-amount case to every release checklist.',
    ],
  ];
  for (const [action, result] of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, ending(action, result)), []));
});

describe(`${ID}: a measure told as a before and an after that went the wrong way`, () => {
  const ending = (result: string) =>
    story({
      title: 'The onboarding flow',
      situation: 'New users at our budgeting app were dropping out before they linked a bank account.',
      action: 'I redesigned the five onboarding screens and ran the new flow for all new users from March.',
      result,
    });
  const fires = [
    'Over the next two quarters, thirty-day churn for new users went from 3.1% to 4.0% a month.',
    'Click-through on the carousel went from 4.1% to 3.6% over the first month, and the old layout was put back.',
    'By the June audit the missed-dose rate had gone from 4.2% to 5.8% of prescribed doses.',
    'Out-of-stock orders (people ordering what we had already run out of) went from 0.8% of orders to 2.4%.',
  ];
  for (const result of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, ending(result)).length, 1));
  const silent = [
    // The right way, a measure whose head is good although a bad word follows it, and a cost accepted for a gain.
    'Thirty-day churn for new users went from 4.0% to 3.1% a month.',
    'CSAT on escalated tickets rose from 71% to 86% within two quarters.',
    'Out-of-stock orders (people ordering what we had already run out of) fell from 2.4% of orders to 0.8%.',
    'Latency went from 80 ms to 95 ms, a trade-off we accepted for a 30% cut in server cost.',
    'Weekend conversion fell from 24% to 21%, against a wage saving of £3,000 a week.',
    // The same setback with the writer's change after it.
    'Thirty-day churn went from 3.1% to 4.0% a month. Since then I test every onboarding change on retention, not only on sign-up.',
    // An amount that barely moved holds steady: told as no loss.
    'Average weekly sign-ups went from 318 to 310 in the first month, so the new flow lost us nobody to speak of.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, ending(result)), []));
});

describe(`${ID}: titles that say the work fell behind or underperformed, after a story number`, () => {
  const titled = (title: string) =>
    story({
      title,
      situation: 'I managed the fit-out of a primary school extension for a regional contractor.',
      action: 'I chased the electrical subcontractor every week and moved the decorators to other rooms.',
      result: 'The extension opened in the October half-term with every room in use.',
    });
  const fires = [
    'Electrical sub fell behind on the school job',
    'The Christmas appeal that underperformed',
    'Story 2: The dashboard that went dark',
    'Story E: the failed placement',
  ];
  for (const title of fires) it(`fires on the title: ${title}`, () => assert.equal(lintWith(ID, titled(title)).length, 1));
  const silent = ['Recovering a school job that fell behind', 'Story 2: The dashboard that went live', 'The placement I organised'];
  for (const title of silent) it(`stays silent on the title: ${title}`, () => assert.deepEqual(lintWith(ID, titled(title)), []));
});

describe(`${ID}: a passive admission, a delay in note form and a title naming a gap`, () => {
  const told = (result: string, title = 'The Q3 roadmap') =>
    story({
      title,
      situation: 'Our fraud team needed new rules before the peak season.',
      action: 'I cut the roadmap to the fraud work and told the stakeholders in July.',
      result,
    });
  it('fires on "Mistakes had been made in the original estimates"', () =>
    assert.deepEqual(signals(told('Mistakes had been made in the original estimates. The redesign went out two months late.')), [
      'Mistakes had been made',
    ]));
  it('fires on "funnel delivered ~4 wks late"', () =>
    assert.equal(lintWith(ID, told('funnel delivered ~4 wks late, marketing split the budget w/o it')).length, 1));
  it('fires on the title "Decontamination log gap"', () =>
    assert.equal(lintWith(ID, told('Both autoclaves passed revalidation.', 'Decontamination log gap')).length, 1));
  it('stays silent on mistakes made by another team', () =>
    assert.deepEqual(lintWith(ID, told('Mistakes had been made in their change process, and the fraud work shipped on time.')), []));
  it('stays silent on a delivery early by weeks', () =>
    assert.deepEqual(lintWith(ID, told('funnel delivered ~4 wks early, marketing used it for the Q4 budget')), []));
  it('stays silent on a title that closes a gap', () =>
    assert.deepEqual(lintWith(ID, told('Both autoclaves passed revalidation.', 'Closing the decontamination log gap')), []));
});

describe(`${ID}: work halted by a manager, a demo that did not work, regulars lost, a launch that went badly`, () => {
  const ending = (result: string) =>
    story({
      title: 'The small-plates menu',
      situation: 'I run a family restaurant of 60 covers for a group that owns four sites.',
      action: 'I put the new menu in, trained the kitchen on it and briefed the floor team every morning.',
      result,
    });
  const fires = [
    'By the end of the year my director asked me to pause it, and we went back to the old structure.',
    'Unfortunately it never really got going.',
    "By Sunday morning the demo didn't actually work and we had to present screenshots.",
    "We didn't place, and the judges said the idea was hard to follow.",
    'The launch went pretty badly in the first month.',
    "By then we'd lost some of the regulars.",
    'Our Sunday trade went from about 240 covers to 150.',
  ];
  for (const result of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, ending(result)).length, 1));
  const silent = [
    'My director asked me to present it to the other three sites, and all of them took it up.',
    'The fix worked on the first try and we got going on the spring menu.',
    'We placed second out of 40 teams.',
    'The launch went really well, with 30 more covers on Sundays.',
    "We'd lost some of the regulars the year before, and 20 of them came back for the new menu.",
    'Our Sunday trade went from about 150 covers to 240.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, ending(result)), []));
});

describe(`${ID}: those served left unhappy, complaints, deliveries that reached them late`, () => {
  const ending = (result: string) =>
    story({
      title: 'The broken-down van',
      situation: 'I supervise the evening shift at a parcel depot with 30 routes.',
      action: 'I sent a spare van out with a second driver and rang the customers on the route myself.',
      result,
    });
  const fires = [
    'Customers were annoyed and there was complaints but it got sorted.',
    'A full route of parcels was late, and the client was understandably upset.',
    'There were a lot of complaints about the missed evening slots.',
    'Half the orders arrived late and the parents were frustrated.',
  ];
  for (const result of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, ending(result)).length, 1));
  const silent = [
    'Every parcel arrived the same evening and there were no complaints.',
    'Customers were pleased with the call ahead, and two wrote in to thank the driver.',
    'The client was upset at first, but renewed the contract for two years.',
    'Late parcels fell from 40 a week to 6.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, ending(result)), []));
});

describe(`${ID}: a lesson denied in would-words, a trait given as a reason`, () => {
  const ending = (learning: string) =>
    story({
      title: 'The gala that never happened',
      situation: 'I chaired the committee for a rescue charity whose spring gala raised most of its year.',
      action: 'I booked the venue, the caterer and the auction lots, and sold 140 tickets.',
      result: `The venue double-booked us, the gala was cancelled and we lost the deposits. ${learning}`,
    });
  const fires = [
    "Looking back, I really don't think there's anything I would have done differently.",
    'Honestly there was not much more I could have done on the day.',
    'I think we did probably everything we could have.',
    'We got things back as fast as we could with what we had.',
    'Nobody told me the flags existed, so there was no way I could have spotted it sooner.',
    'It showed Ownership, because I always take ownership of my projects.',
  ];
  for (const learning of fires) it(`fires on: ${learning}`, () => assert.equal(lintWith(ID, ending(learning)).length, 1));
  const silent = [
    'Looking back, I would have asked for the venue contract in writing before we sold a ticket.',
    'There was a lot I could have done sooner: I should have held a second venue on a refundable deposit.',
    'I now always get a written hold on the venue before tickets go on sale.',
    'Because the deposits were lost, I now never sign a venue without a cancellation clause.',
    // The reason is the setback, and the habit follows it: not a trait.
    'Because we lost the deposits, I always get a written hold on the venue before tickets go on sale.',
  ];
  for (const learning of silent) it(`stays silent on: ${learning}`, () => assert.deepEqual(lintWith(ID, ending(learning)), []));
});

/** One test per result: it is flagged once, and the setback named starts with the expected words. */
function firesOnce(told: (result: string) => string, fires: Array<[string, string]>): void {
  for (const [result, signal] of fires)
    it(`fires on: ${result}`, () => {
      const found = signals(told(result));
      assert.equal(found.length, 1);
      assert.ok(String(found[0]).startsWith(signal), String(found[0]));
    });
}

describe(`${ID}: a measure down on the year, a complaint over the writer's head, work not ready, someone served who went elsewhere`, () => {
  const told = (result: string) =>
    story({
      title: 'The winter across the area',
      situation: 'I managed eight stores across the area through the Christmas peak.',
      action: 'I moved colleagues between stores each week and worked the tills myself on the busiest days.',
      result,
    });
  const fires: Array<[string, string]> = [
    ['We got through it. Sales were slightly down on the year before.', 'Sales were slightly down on the year'],
    ['One store had a complaint from a customer about queues on the 23rd that went to head office.', 'complaint'],
    ['The new rota was not ready for the peak, it came a week after.', 'was not ready for the peak'],
    ['After four visits he stopped booking, and later I heard he had gone to another salon nearby.', 'stopped booking'],
    ['In December my director asked me to pause it until the new year.', 'asked me to pause'],
  ];
  firesOnce(told, fires);
  const silent = [
    // Down where down is good, a group in the data, the writer's own choice, and a setback with a real lesson.
    'Costs were down on the year before, and every store stayed open.',
    'In the test, a higher share of shoppers who stopped paying by card used the new self-checkouts.',
    'I stopped booking agency staff and every store stayed open.',
    'Sales were slightly down on the year before. Since then I plan the peak rota in October, not December.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, told(result)), []));
  it('reads a principle given ", as I always …" as a trait, not a lesson', () =>
    assert.equal(
      lintWith(ID, told('Sales were down on the year before. It showed Ownership, as I always take responsibility for my work.')).length,
      1,
    ));
});

describe(`${ID}: a moment missed, stock left over, a slot lost, a rating that fell, a patient's fall, marks lower than last year`, () => {
  const told = (result: string) =>
    story({
      title: 'The spring term',
      situation: 'I led the department through the spring term and the Easter range launch.',
      action: 'I sent the plans three weeks early and chased every supplier and office each day.',
      result,
    });
  const fires: Array<[string, string]> = [
    ['Half the range missed the weekend and went live the Tuesday after.', 'missed the weekend'],
    ['About 600k of stock carried over into next season.', 'stock carried over'],
    ['By the time it came back the coach company had given our slot to another school.', 'given our slot to another'],
    ['Our hygiene rating dropped from 5 to 3.', 'rating dropped'],
    ["She'd had a fall and nobody had told the family until the morning.", 'had a fall'],
    ['The coursework marks were lower than the year before.', 'marks were lower than the year'],
  ];
  firesOnce(told, fires);
  const silent = [
    // Falls and ratings that went the right way, and a setback with the change it taught.
    'Complaints dropped from 20 to 4, and we had a fall in waiting times too.',
    'Our hygiene rating rose from 3 to 5.',
    'Half the range missed the weekend. Since then I send product data five weeks before a bank holiday, not three.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, told(result)), []));
});

describe(`${ID}: a title tagged with its kind of story, and a check failed told as a noun`, () => {
  const titled = (title: string) =>
    story({
      title,
      situation: 'Our console build had to pass the platform certification before the holiday release.',
      action: 'I ran the checklist and submitted the build on the Friday.',
      result: 'The build came back with two blocking issues and the release moved by three weeks.',
    });
  const fires: Array<[string, string]> = [
    ['Black Friday stockout (failure question)', 'failure'],
    ['Holiday release — a mistake', 'a mistake'],
    ['Console cert fail (2023)', 'cert fail'],
  ];
  for (const [title, signal] of fires) it(`fires on: ${title}`, () => assert.deepEqual(signals(titled(title)), [signal]));
  const silent = ['Failover drill (failure modes)', 'Console cert pass (2023)', 'Holiday release — a success'];
  for (const title of silent) it(`stays silent on: ${title}`, () => assert.deepEqual(signals(titled(title)), []));
});

describe(`${ID}: a setback told by the recovery from it`, () => {
  const told = (result: string) =>
    story({
      title: 'The certificate on the Friday',
      situation: 'I was the on-call lead for the practice booking system over a long weekend.',
      action: 'I rotated the certificate, restarted the gateways and called the three largest practices myself.',
      result,
    });
  const fires: Array<[string, string]> = [
    ['Everything was back to normal by Saturday morning.', 'was back to normal'],
    ['The post-incident review was shared with leadership on Monday.', 'post-incident'],
    ['The resubmission was accepted a month later.', 'The resubmission'],
    ['Bookings went through in the end, but quality did suffer that week.', 'quality did suffer'],
  ];
  firesOnce(told, fires);
  const silent = [
    // The same, with the change it taught; and a normal that was never lost.
    'Everything was back to normal by Saturday. Since then I renew certificates a month before they expire, from a calendar.',
    'Bookings rose from 400 to 520 a week, and the practices said the normal Monday rush felt calmer.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, told(result)), []));
});

describe(`${ID}: a lesson that concedes a plan failed`, () => {
  const told = (result: string) =>
    story({
      title: 'The Q3 roadmap',
      situation: 'I ran the payments roadmap for a team of eight.',
      action: 'I moved the checkout redesign to Q4 and put the team on the fraud rules.',
      result,
    });
  firesOnce(told, [
    ['Looking back, it shows that things do not always go to plan and you have to be flexible.', 'things do not always go to plan'],
    ["Plans don't always go as planned, and the redesign went out later in the year.", "Plans don't always go as planned"],
  ]);
  const silent = [
    'Things do not always go to plan, so I now size every epic with the engineers before it goes on the roadmap.',
    'The fraud rules shipped on time and chargebacks fell from 0.9% to 0.4% of orders.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, told(result)), []));
});

describe(`${ID}: money asked for and not given, in the story or its title`, () => {
  const grant = (title: string, result: string) =>
    story({
      title,
      situation: 'I led a three-university application to a national funder for a study of sleep in teenagers.',
      action: 'I wrote the work plan, ran the budget and collected the letters of support.',
      result,
    });
  const fires: Array<[string, string, string]> = [
    ['The sleep study', 'Unfortunately, it was not funded.', 'was not funded'],
    ['The sleep study', "The business case wasn't approved by the board.", "business case wasn't approved"],
    ['When my grant application was rejected', 'The panel scored it in the bottom third.', 'application was rejected'],
  ];
  for (const [title, result, signal] of fires)
    it(`fires on: ${title} / ${result}`, () => assert.deepEqual(signals(grant(title, result)), [signal]));
  const silent: Array<[string, string]> = [
    ['The sleep study', 'It was funded in full, £420,000 over three years.'],
    ['The sleep study', 'Unfortunately, it was not funded. I now pilot every design with 20 families before I write the case.'],
    ['When my grant application was approved', 'The panel ranked it first of 40.'],
  ];
  for (const [title, result] of silent)
    it(`stays silent on: ${title} / ${result}`, () => assert.deepEqual(signals(grant(title, result)), []));
});

describe(`${ID}: a school lesson is no lesson learned`, () => {
  const told = (action: string) =>
    failure(
      '## Year 9 worded questions\n\n**Situation:** My Year 9 set failed the worded questions in the autumn mock, 31% against 58% on ' +
        `number work.\n\n**Action:** ${action}\n\n**Result:** The spring mock was no better, 33%, and two parents complained.\n`,
    );
  for (const action of [
    'I started every lesson with one worded question we annotated together.',
    'I rewrote the lesson plans around worded questions and used them in maths lessons.',
  ])
    it(`fires when the only "lesson" is a class: ${action}`, () => assert.equal(signals(told(action)).length, 1));
  it('stays silent on a lesson the writer took', () =>
    assert.deepEqual(signals(told('The lesson I took from it: I now check the reading age before I set a worded test.')), []));
});

describe(`${ID}: a would-act that names only a manner ("next time I'd over-communicate") is no change`, () => {
  const told = (learning: string) =>
    failure(
      '## The Accountex launch\n\n**Situation:** I led the launch of invoice payments, timed for the autumn trade show.\n\n' +
        '**Action:** I built the launch plan, wrote the messaging and trained 35 salespeople.\n\n' +
        `**Result:** The launch slipped five weeks and three press briefings were cancelled.\n\n**Learning:** ${learning}\n`,
    );
  for (const learning of [
    "Next time I'd over-communicate.",
    'Next time I would plan better and communicate more.',
    "I'd push back harder next time.",
  ])
    it(`fires on: ${learning}`, () => assert.equal(signals(told(learning)).length, 1));
  for (const learning of [
    "Next time I'd plan the briefings for after the release date is signed off.",
    "I'd communicate the freeze date to every account manager a week earlier.",
    'Next time I would push back on the date and ask engineering for a demo build a month before.',
  ])
    it(`stays silent on: ${learning}`, () => assert.deepEqual(signals(told(learning)), []));
});

describe(`${ID}: "I'd booked" is what was done before, and a maxim told to "you" is no lesson of this setback`, () => {
  const told = (closing: string) =>
    failure(
      '## The scrimshaw loan\n\n**Situation:** I led the learning programme for a loan of thirty pieces from a national collection.\n\n' +
        "**Action:** I had the learning programme written by then, and I'd booked a carver for live demonstrations.\n\n" +
        '**Result:** The opening was pushed back to the autumn, and then the exhibition was folded into the permanent gallery. ' +
        `${closing}\n`,
    );
  for (const closing of [
    'It showed me that in museums time is the one resource you never have enough of, and that patience is half the job.',
    'I learned that you cannot count on a national lender\u2019s registrar during the summer holidays.',
    '',
  ])
    it(`fires on: ${closing || '(no closing line)'}`, () => assert.equal(signals(told(closing)).length, 1));
  for (const closing of [
    'I learned that the lender\u2019s registrar needs a full year of humidity logs before the paperwork starts.',
    "Next time I'd book the carver only once the loan agreement is signed.",
    'I would have asked for the facilities report a year earlier.',
  ])
    it(`stays silent on: ${closing}`, () => assert.deepEqual(signals(told(closing)), []));
});

describe(`${ID}: a wish for others and a reason with "every time" in it are no changed habit`, () => {
  const told = (looking: string) =>
    failure(
      '## Outsourcing Tier 1 chat\n\n**Situation:** The contract with a chat outsourcer was signed before the pilot numbers were in.\n\n' +
        '**Action:** I set up a weekly quality review with the vendor and a monthly scorecard for the leadership team.\n\n' +
        '**Result:** CSAT on chat went from 86% to 71%, and the contract was wound up after seven months.\n\n' +
        `**Looking back:** ${looking}\n`,
    );
  for (const looking of [
    "If there's one thing I'd want people to take from it, it's that procurement should involve support.",
    'It is about Earn Trust, because customers have to be able to rely on us every time they get in touch.',
  ])
    it(`fires on: ${looking}`, () => assert.equal(signals(told(looking)).length, 1));
  for (const looking of [
    'I now sit in on every support contract before it is signed, every time.',
    'I go to the floor before I go to the data. Every time.',
    "I'd want a four-week pilot with our own quality targets before any contract, and I now ask for one every time.",
  ])
    it(`stays silent on: ${looking}`, () => assert.deepEqual(signals(told(looking)), []));
});

describe(`${ID}: a question that asks for a setback in other words, and a would-act excused in the same breath`, () => {
  const asked = (question: string, lesson: string) =>
    `## ${question}\n\nI ran the stock count for our store and changed the count sheet so each aisle had an owner. The count ` +
    `took two hours instead of four, but the auditor still found 40 lines wrong. ${lesson}\n`;
  for (const question of [
    "Describe a time when a project you were part of didn't succeed",
    'Tell me about a time you got something wrong',
    'What is a decision you regret?',
    'Tell me about a time a project failed',
    'Tell me about a time you could not meet a commitment',
    'Describe a time you let a customer down',
    'Tell me about a time you underestimated something',
  ])
    it(`fires under: ${question}`, () => assert.equal(signals(asked(question, 'It was a long week.')).length, 1));
  for (const question of [
    'Tell me about a time you were successful',
    'Tell me about a time you met a tough deadline',
    'Regret-free returns',
  ])
    it(`stays silent under: ${question}`, () => assert.deepEqual(signals(asked(question, 'It was a long week.')), []));
  const failed = 'Tell me about a time you got something wrong';
  it('fires on a would-act taken back by what someone else did', () =>
    assert.equal(signals(asked(failed, 'I guess I could have checked the sheets more, but he kept saying they were fine.')).length, 1));
  for (const lesson of [
    'I could have checked the sheets more, but I now walk two aisles myself before every count.',
    'I should have checked the sheets against the system myself the night before.',
  ])
    it(`stays silent on: ${lesson}`, () => assert.deepEqual(signals(asked(failed, lesson)), []));
});

describe(`${ID}: time a trouble cost, work that had to be done again, and a check failed after another verb`, () => {
  const story = (result: string) =>
    `## Retaining wall\n\n**Situation:** I was the client-side engineer on a 4 m retaining wall for a new access road.\n\n` +
    `**Action:** I checked each of the six bays against the drawings as they were poured.\n\n**Result:** ${result}\n`;
  for (const result of [
    'Bay 4 had to be broken out and recast, which cost about six weeks on the road works.',
    'The sign-off sat with the warehouse for a week, and 4 days lost meant the road crew stood down.',
  ])
    it(`fires on: ${result}`, () => assert.equal(signals(story(result)).length, 1));
  // An admission is one signal wherever it is told: read alone, with one signal enough.
  const once = (text: string) => lintWith(ID, text, { minSignals: 1 }).map((f) => f.data.signal);
  it('reads "we got an inspection and failed it" as the writer failing', () =>
    assert.deepEqual(once(story('We got a surprise county inspection in the spring and failed it on three criticals.')), [
      'We got a surprise county inspection in the spring and failed it',
    ]));
  it('reads "we tested the standby and failed over" as no failure', () =>
    assert.deepEqual(once(story('We tested the standby every month and failed over to it in under a minute.')), []));
  for (const result of [
    'All six bays passed, and none of the concrete had to be broken out.',
    'The new checklist cost two weeks of planning and the road started on the planned day.',
    'Bay 4 had to be broken out and recast, which cost about six weeks. Since then I hold every backfill until the 28-day cubes are in.',
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(signals(story(result)), []));
});

describe(`${ID}: a release held back, and a launch that "didn't go great"`, () => {
  const story = (result: string) =>
    `## The Black Friday release\n\n**Situation:** Version 4.2 of our Android app was due for the Black Friday sale.\n\n` +
    `**Action:** I finished the wishlist screens and the release notes.\n\n**Result:** ${result}\n`;
  for (const result of [
    'The build crashed on launch for anyone with a saved wishlist, so the release was held and the sale ran on 4.1.',
    "The launch didn't go great, and the wishlist went out the following Tuesday instead.",
  ])
    it(`fires on: ${result}`, () => assert.equal(signals(story(result)).length, 1));
  for (const result of [
    'The release was held up by a store review for a day and went out on Thursday, a day before the sale.',
    'The release was held back by a day, as planned, so support had the notes first. Since then I ship notes a day early.',
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(signals(story(result)), []));
});

describe(`${ID}: a wish for others told past an adverb ("I'd also want IT to …") is no act of the writer's`, () => {
  const told = (looking: string) =>
    failure(
      '## Helpdesk migration\n\n**Situation:** We were moving 180 agents to a new helpdesk before the winter peak.\n\n' +
        '**Action:** I chaired the weekly check-ins with IT and the vendor and signed off the training plan.\n\n' +
        '**Result:** We went live four weeks late and the backlog reached 22,000 tickets.\n\n' +
        `**Learnings:** ${looking}\n`,
    );
  for (const looking of [
    "I'd also want IT to ring-fence capacity for a programme of that size.",
    'I would really like the vendor to test on old tickets before go-live.',
  ])
    it(`fires on: ${looking}`, () => assert.equal(signals(told(looking)).length, 1));
  for (const looking of [
    "I'd also test the migration tool on a copy of our oldest tickets before agreeing a date.",
    'I would probably book a dry run with the vendor a month out, and I now do that on every migration.',
  ])
    it(`stays silent on: ${looking}`, () => assert.deepEqual(signals(told(looking)), []));
});

describe(`${ID}: a change others made, told in the Result, is not the writer's lesson`, () => {
  const told = (closing: string) =>
    failure(
      '## Cushion promotion forecast\n\n**Situation:** I built the forecast for a spring cushion promotion.\n\n' +
        '**Action:** I took the uplift the commercial team gave me and planned stock against it.\n\n' +
        `**Result:** Around 19,000 units went to the outlet channel at a loss. ${closing}\n`,
    );
  for (const closing of [
    'Since then commercial have to sign their own uplift assumptions off with finance before planning takes them.',
    'It was decided that uplifts would be signed off by finance from then on.',
  ])
    it(`fires on: ${closing}`, () => assert.equal(signals(told(closing)).length, 1, closing));
  for (const closing of [
    'Since then I ask for the last three promotions before I take any uplift.',
    'The planning team uses my uplift check now for every promotion.',
  ])
    it(`stays silent on: ${closing}`, () => assert.deepEqual(signals(told(closing)), []));
});

describe(`${ID}: a release put off more than once and a partnership that did not go on are setbacks`, () => {
  const told = (result: string) =>
    '## Checkout release\n\n**Situation:** The product owner kept changing the acceptance criteria for the new checkout.\n\n' +
    '**Action:** I wrote the test plan, ran the regression suite each sprint and raised the changes in every stand-up.\n\n' +
    `**Result:** ${result}\n`;
  for (const result of [
    'The release was pushed twice, and we finally shipped in March.',
    'Maison Vert kept the range in 60 stores, but the partnership for the autumn did not continue.',
  ])
    it(`fires on: ${result}`, () => assert.equal(signals(told(result)).length, 1, result));
  for (const result of [
    'The release went out on the planned Tuesday with no defects, after we pushed twice for a freeze.',
    'The partnership for the autumn was renewed with 80 stores.',
    'The release was pushed twice, and since then I agree acceptance criteria in writing before the first sprint.',
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(signals(told(result)), []));
});

describe(`${ID}: blame presupposes a failure, so blame closed by a truism or a lesson for others has no lesson`, () => {
  const told = (result: string, learning: string) =>
    '## Exhibition labels\n\n**Situation:** Our museum opened a new gallery of local textiles in May, with 40 printed labels.\n\n' +
    '**Task:** I coordinated the label copy between the curators and the print agency.\n\n' +
    '**Action:** I collected the texts, sent them to the agency and chased the proofs.\n\n' +
    `**Result:** ${result}\n\n**Learning:** ${learning}\n`;
  const blamed = 'Nobody at the agency spotted the wrong dates on two labels, and the curators were not pleased.';
  const cases: Array<[string, string]> = [
    [blamed, 'Agencies need much tighter proofreading if they want to work with museums.'],
    [blamed, 'I learned that communication is key.'],
  ];
  for (const [result, learning] of cases)
    it(`fires on: ${learning}`, () => {
      const found = lintWith(ID, told(result, learning));
      assert.equal(found.length, 1, learning);
      assert.equal(found[0].messageId, 'blamedPlatitude');
      assert.equal(found[0].data.signal, 'Nobody at the agency spotted');
    });
  const silent: Array<[string, string]> = [
    // The writer's own change is a lesson, blame or not.
    [blamed, 'Since then I proofread every label against the object file myself before anything goes to print.'],
    // A truism with nobody blamed is not read as a failure story.
    ['The labels went up on time and the opening drew 600 visitors.', 'I learned that communication is key.'],
    // Another party's slip, owned by what the writer did next: context, not blame.
    [
      'The agency printed two dates wrong, so I checked all 40 labels against the object files and had two reprinted in a day.',
      'I learned that communication is key.',
    ],
  ];
  for (const [result, learning] of silent)
    it(`stays silent on: ${result} / ${learning}`, () => assert.deepEqual(signals(told(result, learning)), []));
  it('honours the ignore option for the blamed phrase', () =>
    assert.deepEqual(
      lintWith(ID, told(...cases[0]), { ignore: ['agency'] }).map((f) => f.messageId),
      [],
    ));
});

describe(`${ID}: a complaint that went badly, work put back to the old version, and criticism of the writer are setbacks`, () => {
  const told = (title: string, result: string) =>
    `## ${title}\n\n**Situation:** Our support desk handled about 300 calls a day for a broadband provider.\n\n` +
    '**Action:** I took the call, logged the fault and booked an engineer for the next morning.\n\n' +
    `**Result:** ${result}\n`;
  for (const title of [
    'Tell me about a complaint that went badly',
    'The checkout redesign that went back to the old version',
    'A time you received critical feedback',
  ])
    it(`fires on: ${title}`, () => assert.equal(signals(told(title, 'The customer was called back the next day.')).length, 1, title));
  const silent: Array<[string, string]> = [
    ['Tell me about a complaint that went badly', 'The customer left us. I still read the whole account history before every call back.'],
    ['A time you received critical feedback', 'My calls got shorter. To this day I confirm the fault in the first two minutes.'],
    ['The complaint line that went live in March', 'The customer was called back the next day.'],
    ['Feedback from the new starters', 'The customer was called back the next day.'],
  ];
  for (const [title, result] of silent)
    it(`stays silent on: ${title} / ${result}`, () => assert.deepEqual(signals(told(title, result)), []));
});

describe(`${ID}: "I no longer …" is a changed habit, a rollback plan is no setback, "What changed after:" holds the lesson`, () => {
  it('stays silent on a lesson told as "I no longer …"', () =>
    assert.deepEqual(
      signals(
        failure(
          story({
            title: 'The lost skincare account',
            situation: 'I ran the pick-and-pack operation for a skincare brand, about 6,000 orders a week.',
            action: 'I reported the missed dispatches as carrier delays at the monthly review.',
            result: 'The client moved to another warehouse at renewal. I no longer report a miss as external until I have broken it down.',
          }),
        ),
      ),
      [],
    ));
  it('stays silent on a rollback plan and rollback netcode in a story that went well', () =>
    assert.deepEqual(
      signals(
        story({
          title: 'Chose between 2 approaches: rollback vs delay netcode',
          situation: 'Our fighting game used delay netcode, and input lag was the top complaint in beta reviews.',
          action: 'I wrote a rollback plan for the switch and moved the game to rollback netcode over six weeks.',
          result: 'Input lag fell from 31% of negative reviews to 6% in the first month.',
        }),
      ),
      [],
    ));
  it('reads a "What changed after:" section as the lesson', () => {
    const text =
      '## Patch 1.2 wiped inventories\n\n**Situation:** Our farming game had 40,000 daily players.\n\n' +
      '**Action:** I wrote the save migration and shipped it on a Thursday; we rolled it back within 3 hours.\n\n' +
      '**Result:** 2,200 players lost their inventories and 41 asked for refunds.\n\n' +
      '**What changed after:** I built a corpus of real saves from every version, and CI now loads every one on every build.\n';
    assert.deepEqual(signals(text), []);
  });
});

describe('no-reflection: a date missed in other words, with no lesson', () => {
  const migration = (result: string) =>
    story({
      title: 'Moving the club website',
      situation: 'Our running club kept member records in a spreadsheet and a 2012 website.',
      action: 'I planned the move to a hosted members platform and ran the cutover over a weekend.',
      result,
    });
  for (const result of [
    'The move took far longer than we had planned, and renewals were late that spring.',
    'It went live in the end, several weeks late, and the committee signed it off.',
  ])
    it(`fires on: ${result}`, () => assert.equal(lintWith('no-reflection', migration(result)).length, 1, result));
  for (const result of [
    'The move took far longer than we had planned, so I now book a test weekend before every cutover.',
    'It went live on the planned date, and renewals went from 60% to 85%.',
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith('no-reflection', migration(result)), [], result));
});

describe('no-reflection: a budget overrun, days of lateness, an audit finding, customers gone to competitors', () => {
  const told = (title: string, result: string) =>
    story({
      title,
      situation: 'I ran merchant payouts for a payments start-up with 2,000 merchants.',
      action: 'I escalated to the partner bank and set up a daily status message to our top merchants.',
      result,
    });
  const fires: Array<[string, string]> = [
    ['December payouts', 'Payouts ran late for about 9 days in total, and the bank sent an apology letter.'],
    ['December payouts', 'Around 140 merchants moved to competitors over January.'],
    ['The partner fair', 'The fair came in £8,000 over budget, and the board signed it off.'],
    ['Audit finding on payout cut-off', 'The accounts were signed in March.'],
  ];
  for (const [title, result] of fires)
    it(`fires on: ${title} / ${result}`, () => assert.equal(lintWith(ID, told(title, result)).length, 1, result));
  const silent: Array<[string, string]> = [
    ['December payouts', 'Revenue churn fell from 3.1% to 2.2% a month after the status messages started.'],
    ['December payouts', 'Payouts ran late for about 9 days, so I now hold a holiday-cover call with the bank every November.'],
    ['The partner fair', 'The fair came in £2,000 under budget, and 40 merchants signed up on the day.'],
  ];
  for (const [title, result] of silent)
    it(`stays silent on: ${title} / ${result}`, () => assert.deepEqual(lintWith(ID, told(title, result)), [], result));
});

describe('no-reflection: a habit told by what everything the writer owns now gets, and a change listed under "What I changed"', () => {
  /** The allergen mix-up, with `lesson` as its Learning section under `label`. */
  const told = (lesson: string, label = 'Learning') =>
    `## Allergen mix-up\n\n**Situation:** I run the kitchen of a 70-cover restaurant.\n\n**Action:** I swapped a dressing and did not ` +
    `update the allergen card. A guest with a sesame allergy had a reaction at the table.\n\n**Result:** The guest was checked ` +
    `by paramedics and recovered that evening.\n\n**${label}:** ${lesson}\n`;
  const fires: Array<[string, string]> = [
    ['Learning', 'Communication is key, and everyone needs to respect the allergen process.'],
    ['What I changed', 'Honestly, communication is key.'],
    ['What changed after', 'The allergen card was reprinted and a new binder was put on the pass.'],
    ["What I'd do differently", 'Be more careful.'],
  ];
  for (const [label, lesson] of fires)
    it(`fires on: ${label} / ${lesson}`, () => assert.equal(lintWith(ID, told(lesson, label)).length, 1, lesson));
  const silent: Array<[string, string]> = [
    ['Learning', 'Every recipe change I sign off now starts with the allergen card.'],
    ['Learning', 'Each menu we print now goes through a second check by the sous chef.'],
    ['What I changed', 'No recipe change reaches the pass until the card is updated and signed by two chefs.'],
    ['What I do differently now', 'Allergen codes print on the kitchen ticket from the till, so the line sees them too.'],
  ];
  for (const [label, lesson] of silent)
    it(`stays silent on: ${label} / ${lesson}`, () => assert.deepEqual(lintWith(ID, told(lesson, label)), [], lesson));
});

describe('no-reflection: a lesson dated from the setback by name, in the Result', () => {
  const told = (closing: string) =>
    story({
      title: 'Allergen mix-up',
      situation: 'I run the kitchen of a 70-cover restaurant.',
      action: 'I swapped a dressing and did not update the allergen card, and a guest had a reaction at the table.',
      result: `The guest was checked by paramedics and recovered that evening. ${closing}`,
    });
  it('stays silent on "Since that incident, I check …"', () =>
    assert.deepEqual(lintWith(ID, told('Since that incident, I check every recipe change against the card before service.')), []));
  it('fires on "Since that week the guest has eaten with us twice."', () =>
    assert.equal(lintWith(ID, told('Since that week the guest has eaten with us twice.')).length, 1));
});

describe('no-reflection: a story with no lesson that puts its setback on others after its setting', () => {
  const told = (action: string, result: string) =>
    story({
      title: 'Gallery labels',
      situation: 'Our museum opened a textiles gallery with 40 printed labels.',
      action,
      result,
    });
  const sent = 'I collected the label texts and sent them to the print agency.';
  it('fires on blame in the Result, naming it', () => {
    const found = lintWith(ID, told(sent, 'The gallery opened on time, but nobody at the agency spotted the wrong dates on two labels.'));
    assert.deepEqual(
      found.map((f) => [f.messageId, f.data.signal]),
      [['blamedNoLesson', 'nobody at the agency spotted']],
    );
  });
  it('stays silent on blame in the Action of a story that ended well', () =>
    assert.deepEqual(
      lintWith(
        ID,
        told(
          `${sent} Nobody at the agency spotted the wrong dates on two labels, so I checked every proof against the catalogue myself.`,
          'All 40 labels went up correct, and the curators asked me to run the proofs for the next gallery.',
        ),
      ),
      [],
    ));
  it('fires on blame in the Action of a story with no lesson, naming it', () =>
    assert.deepEqual(
      lintWith(
        ID,
        told(
          `${sent} The agency sat on the proofs for three weeks and then printed two labels with the wrong dates.`,
          'The gallery opened with tape over two of the labels.',
        ),
      ).map((f) => [f.messageId, f.data.signal]),
      [['blamedNoLesson', 'The agency sat on the proofs']],
    ));
  it('stays silent on the same blame in the Situation, the hard start the writer then handled', () =>
    assert.deepEqual(
      lintWith(
        ID,
        story({
          title: 'Gallery labels',
          situation: 'Our museum opened a textiles gallery, and the agency sat on the proofs for three weeks.',
          action: sent,
          result: 'The gallery opened with all 40 labels in place.',
        }),
      ),
      [],
    ));
  it('stays silent on blame in a near miss in the Action', () =>
    assert.deepEqual(
      lintWith(
        ID,
        told(
          `${sent} We nearly missed the opening because the agency sat on the proofs for three weeks.`,
          'The gallery opened with all 40 labels in place.',
        ),
      ),
      [],
    ));
  it('stays silent on blame in the Result with a lesson of the writer', () =>
    assert.deepEqual(
      lintWith(
        ID,
        told(
          sent,
          'Nobody at the agency spotted the wrong dates on two labels. Since then I check every proof against the catalogue myself.',
        ),
      ),
      [],
    ));
});

describe('no-reflection: a title that asks for something the writer built that broke, and "What I do differently:" as the lesson', () => {
  const told = (title: string, closing = '') =>
    `## ${title}\n\n**Situation:** I look after the nightly orders pipeline behind the sales dashboard.\n\n**Action:** I renamed a ` +
    `column in the loader and shipped it on a Friday.\n\n**Result:** The dashboard showed zero orders for Sunday until I ` +
    `patched it on Monday.\n${closing}`;
  it('fires on "something you built broke in production"', () =>
    assert.equal(lintWith(ID, told('Tell me about a time something you built broke in production')).length, 1));
  it('fires on "a change I shipped caused an outage"', () =>
    assert.equal(lintWith(ID, told('A change I shipped caused an outage')).length, 1));
  it('stays silent on a title about what the writer built that worked', () =>
    assert.deepEqual(lintWith(ID, told('Tell me about something you built that you are proud of')), []));
  it('stays silent with a "What I do differently:" section that names the change', () =>
    assert.deepEqual(
      lintWith(
        ID,
        told(
          'Tell me about a time something you built broke in production',
          "\n**What I do differently:** I don't ship loader changes on a Friday any more, and every rename goes through a " +
            'contract test first.\n',
        ),
      ),
      [],
    ));
});

describe('no-reflection: "something went wrong" asked for, "not sure there\'s loads I could have done", "I\'d have to check"', () => {
  const told = (title: string, closing: string) =>
    story({
      title,
      situation: 'I look after new-starter paperwork for three warehouse sites.',
      action: 'I emailed the hiring manager twice about the missing bank details form.',
      result: `A new team leader was paid a week late. ${closing}`,
    });
  it('fires on a title asking about a time something went wrong', () =>
    assert.equal(lintWith(ID, told('Tell me about a time something went wrong at work', 'He got an emergency payment.')).length, 1));
  it("fires when the only look back says there's not loads the writer could have done", () =>
    assert.equal(lintWith(ID, told('Late pay for a new starter', "I'm not sure there's loads I could have done differently.")).length, 1));
  it('fires when "I\'d have to check" is the only thing that sounds like a lesson', () =>
    assert.equal(
      lintWith(ID, told('Tell me about a time something went wrong at work', "The payment came a week later, I'd have to check.")).length,
      1,
    ));
  it('stays silent when the writer says what they would have done', () =>
    assert.deepEqual(
      lintWith(ID, told('Tell me about a time something went wrong at work', "I'd have checked the forms on the Monday, and now I do.")),
      [],
    ));
});

describe(`${ID}: a disclaimer broken by a filler is no lesson, and a mistake the writer caught is no setback`, () => {
  const told = (title: string, closing: string) =>
    story({
      title,
      situation: 'I prepared the audit file for a charity client on my placement.',
      action: 'I redid the lead schedules each time a new trial balance came in.',
      result: `The file reached the manager five days late. ${closing}`,
    });
  for (const closing of [
    "So honestly it wasn't something I could have, um, done much about.",
    "It wasn't really something I could have done much about.",
    'I could have, um, done it faster, I suppose, but nobody was free.',
  ])
    it(`fires when the only look back is: ${closing}`, () => assert.equal(lintWith(ID, told('The late audit file', closing)).length, 1));
  for (const closing of ["I guess in hindsight maybe I should have, I don't know.", 'I should have asked for the final balances first.'])
    it(`stays silent on a would-act: ${closing}`, () => assert.deepEqual(lintWith(ID, told('The late audit file', closing)), []));
  const caught = (title: string) =>
    story({
      title,
      situation: 'I was reconciling the bank account for a garden-centre client.',
      action: 'I traced a difference of 4,000 pounds to a payment posted twice.',
      result: 'The client corrected the ledger before year end.',
    });
  for (const title of [
    'Tell me about a time you spotted a mistake that other people had missed',
    'A time I caught a mistake in a client ledger',
  ])
    it(`stays silent on a title asking for a mistake caught: ${title}`, () => assert.deepEqual(lintWith(ID, caught(title)), []));
  it("still fires on a title naming the writer's own mistake", () =>
    assert.equal(lintWith(ID, caught('My biggest mistake on placement')).length, 1));
});

describe(`${ID}: a goal named before its miss, a thing let expire, "What changed for me", and starting earlier`, () => {
  const told = (title: string, result: string, extra = '') =>
    story({
      title,
      situation: 'I looked after the internal certificates for our payments gateway.',
      action: 'I issued the certificates by hand from our CA, with a year of validity.',
      result,
    }) + extra;
  for (const title of ["Tell me about a target you didn't reach", 'The cert I let expire', 'A deadline we could not make'])
    it(`fires on a title naming a failure: ${title}`, () =>
      assert.equal(lintWith(ID, told(title, 'Billing calls failed for 29 minutes.')).length, 1));
  it('stays silent on a target the writer reached', () =>
    assert.deepEqual(lintWith(ID, told('A target I reached early', 'Billing calls never failed.')), []));
  it('reads the lines under "What changed for me" as the writer\'s change', () =>
    assert.deepEqual(
      lintWith(
        ID,
        told(
          'The cert I let expire',
          'Billing calls failed for 29 minutes.',
          '\n**What changed for me:** anything with an expiry gets a monitored expiry before I close the ticket.\n',
        ),
      ),
      [],
    ));
  it('reads "next time I\'d try to get started a bit earlier" as naming no change', () =>
    assert.deepEqual(
      lintWith(
        ID,
        told('The cert I let expire', "Billing calls failed for 29 minutes. Next time I'd try to get started a bit earlier."),
      ).map((f) => f.messageId),
      ['platitude'],
    ));
});

describe(`${ID}: a trait carried into any job is no change`, () => {
  const told = (closing: string) =>
    story({
      title: 'The stores inspection I failed',
      situation: 'I took over the technical stores account two weeks before its inspection.',
      action: 'I checked the controlled items with the team and listed every serial mismatch.',
      result: `The inspection graded the account unsatisfactory. ${closing}`,
    });
  for (const closing of [
    "It taught me the importance of detail, and that's something I'd bring into any retail role where stock matters.",
    "That's something I would take with me to my next job.",
  ])
    it(`fires: ${closing}`, () => assert.equal(lintWith(ID, told(closing)).length, 1));
  for (const closing of [
    'Since then I take a full serial check into every handover I do.',
    "I'd bring the stock count forward to September next time.",
  ])
    it(`stays silent on a change: ${closing}`, () => assert.deepEqual(lintWith(ID, told(closing)), []));
});

describe(`${ID}: the writer's change told as what they did after the setback`, () => {
  const told = (closing: string) =>
    story({
      title: 'Tell me about a mistake you made',
      situation: 'I sent the kitchen an old dietary list for a 90-guest wedding.',
      action: 'I went to the table myself, apologised and had a gluten-free starter out in 12 minutes.',
      result: `The guest ate safely and the couple stayed with us. ${closing}`,
    });
  for (const closing of [
    'After that wedding I changed how dietary requirements work at the venue: one locked sheet per wedding.',
    'Following the complaint, we introduced a second check of every dietary plate.',
  ])
    it(`stays silent on: ${closing}`, () => assert.deepEqual(lintWith(ID, told(closing)), []));
  for (const closing of ['After that I changed the sheet back to the old layout.', 'After that the couple sent us a card.'])
    it(`still fires on: ${closing}`, () => assert.equal(lintWith(ID, told(closing)).length, 1));
});

describe(`${ID}: a habit dated from the setback or told over every order since, and people moved off a task`, () => {
  const told = (closing: string) =>
    story({
      title: 'Tell me about a time you missed a deadline',
      situation: "I logged a child performer's licence against the wrong council, and it came nine days late.",
      action: 'I moved her two scenes to the last week and sent the complete application within a day.',
      result: `The licence came in 11 days and the extra location day cost about £3,500. ${closing}`,
    });
  for (const closing of [
    "From that production on, I check every child's home address against the council myself.",
    'These days every kit order I send goes back to the head of department as an itemised sheet.',
  ])
    it(`stays silent on: ${closing}`, () => assert.deepEqual(lintWith(ID, told(closing)), []));
  for (const closing of [
    'From that production on, the producer checks every address.',
    'These days every coordinator I know has the same problem.',
  ])
    it(`still fires on: ${closing}`, () => assert.equal(lintWith(ID, told(closing)).length, 1));
  const process = (closing: string) =>
    lines(
      '## Give me an example of a process you improved',
      '',
      'Deliveries from the depot came at random times, often in the lunchtime rush, which meant staff were pulled off the tills ' +
        'to unload cages. I got the depot to agree fixed delivery windows for my stores, before 9am or after 7pm, and I brought in ' +
        `a sign-off sheet so missing cages were reported the same day. ${closing}`,
    );
  it('stays silent on people pulled off a task in a story that went well', () =>
    assert.deepEqual(lintWith(ID, process('Lunchtime queues were shorter and the depot manager was pleased.')), []));
  it('still reads windows that were pulled as a setback', () =>
    assert.equal(lintWith(ID, process('The new windows were pulled after a week.')).length, 1));
});

describe(`${ID}: times that fell, and people who stopped coming to complain, went well`, () => {
  const went = (result: string) =>
    story({
      title: 'Night cover in the dispensary',
      situation: 'Night prescriptions waited hours because one pharmacist covered the whole hospital.',
      action: 'I rebuilt the rota so two technicians covered the night shift from 20:00.',
      result,
    });
  for (const result of [
    'The nurses stopped coming to the office to complain, and the medical director thanked the team.',
    'Median solve time on the hardest puzzles for all players dropped from 48 s to 39 s.',
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, went(result)), []));
  for (const result of ['The regular wards stopped coming to us and went to another pharmacy.', 'Sales fell from 74 to 51 a month.'])
    it(`still fires on: ${result}`, () => assert.equal(lintWith(ID, went(result)).length, 1));
});

describe(`${ID}: a sales cycle that fell is a deal closed sooner`, () => {
  it('stays silent on "the median sales cycle fell from 74 days to 51"', () =>
    assert.deepEqual(
      lintWith(
        ID,
        story({
          title: 'Repackaging our pricing',
          situation: 'Our per-seat pricing confused mid-market buyers and deals stalled in procurement.',
          action: 'I moved mid-market accounts to three usage tiers with a calculator sales could quote from.',
          result:
            'Over the next four quarters NRR went from 98% to 106%, and the median mid-market sales cycle fell from 74 days to 51. ' +
            'Billing tickets dropped from roughly 180 a month to 45.',
        }),
      ),
      [],
    ));
});

describe(`${ID}: a habit kept now told in the present, and what the writer wrote becoming how things are done`, () => {
  const told = (closing: string) =>
    story({
      title: 'Tell me about a time you missed a date you had promised',
      situation: 'I promised a customer an export feature for their audit before it had shipped.',
      action: 'I told the customer the same day and gave them a manual export to cover the audit.',
      result: `The feature shipped five weeks late and the customer asked for a discount. ${closing}`,
    });
  for (const closing of [
    "I don't give a customer a date for anything that hasn't shipped until the product manager puts it in writing.",
    'What I do now in any deal is put the product manager\u2019s name next to every date.',
    "I've used the same rule on every deal since.",
    'The date check is now in our standard deal template.',
    'The team uses that checklist now for every customer date.',
  ])
    it(`stays silent on: ${closing}`, () => assert.deepEqual(lintWith(ID, told(closing)), []));
  for (const closing of [
    "I don't think there was much else to do.",
    "I've been with the company ever since.",
    'The customer is now in our biggest segment.',
    "I don't know what happened to the order until the review.",
    "I've worked with that customer ever since.",
  ])
    it(`still fires on: ${closing}`, () => assert.equal(lintWith(ID, told(closing)).length, 1));
});

describe(`${ID}: an analysis, a price paid against a dearer quote and memory that fell are no setbacks; more habits kept now`, () => {
  const went = (action: string, result: string) =>
    lintWith(ID, story({ title: 'Energy and queues', situation: 'Our branch queues and bills were both too high.', action, result }));
  it('stays silent on "I broke the ticket data down by transaction type"', () =>
    assert.deepEqual(went('I broke the ticket data down by transaction type and by hour.', 'The wait fell from 48 to 22 minutes.'), []));
  const queues = (result: string) =>
    signals(story({ title: 'Queues', situation: 'Queues were long.', action: 'I rewrote the queue system.', result }));
  it('still reads "I broke the ticket printer" as the writer\'s setback', () =>
    assert.deepEqual(queues('I broke the ticket printer on launch day, and two customers made formal complaints.'), ['I broke']));
  it('reads past "I broke the ticket data down" to the complaints beside it', () =>
    assert.deepEqual(queues('I broke the ticket data down by hour, and two customers made formal complaints.'), ['formal complaints']));
  it('stays silent on a price paid against a dearer quote', () =>
    assert.deepEqual(
      went('I moved the school to a basket energy contract.', 'We paid £71,400, against £97,000 on the fixed quote, a saving of £25,600.'),
      [],
    ));
  it('stays silent on memory usage that went down', () =>
    assert.deepEqual(went('I rewrote the list adapters.', 'Scrolling got smoother, and memory usage went down by 30%.'), []));
  const missed = (closing: string) =>
    lintWith(
      ID,
      story({
        title: 'Tell me about a time you missed a date',
        situation: 'I gave a customer a date for a feature that had not shipped.',
        action: 'I told them the same day and offered a manual export.',
        result: `The feature shipped five weeks late. ${closing}`,
      }),
    );
  for (const closing of [
    "I've done that on every deal since, about fifteen of them.",
    'When I take over any account now, I read every promise in the contract in week 1.',
    'Any date I give now goes on the mutual action plan with the product manager\u2019s name.',
  ])
    it(`stays silent on: ${closing}`, () => assert.deepEqual(missed(closing), []));
  it('stays silent on a habit dated from the setback ("from that night"), told among what came after', () =>
    assert.deepEqual(
      missed(
        'For me, from that night: any date I give goes on the shared plan, and I read it back to the customer every time. ' +
          'It took a week to rebuild trust. The account renewed in March. Sales liked the new plan template.',
      ),
      [],
    ));
  it('still fires when "from that day" only dates how things were', () =>
    assert.deepEqual(missed('From that day until launch the customer rang twice a week. The account renewed in March.').length, 1));
  it('stays silent on a habit told with its occasion first, followed by what came of it', () =>
    assert.deepEqual(
      missed(
        'Before I sign off a quote now, I check every date in it against the release plan. It takes ten minutes a deal. ' +
          'The account renewed in March. Sales liked the new quote template.',
      ),
      [],
    ));
});

/*
 * A story told in the past that closes in the present has told the habit the setback left ("On nights I close, I sign
 * the log before I sign anything else"), whatever its words. A present verb in a condition, a view, or a verb that reads
 * the same in both tenses is no such habit. New sentences, written for this family.
 */
describe(`${ID}: a habit told by a switch to the present at the end`, () => {
  const closing = (end: string) =>
    lintWith(
      ID,
      failure(
        story({
          title: 'The failed fridge check',
          situation: 'I ran the kitchen at a 90-cover cafe, and the inspector failed us on a warm fridge.',
          action: 'I threw out the stock, called the engineer and rewrote the closing checklist with the team.',
          result: `We passed the re-inspection a week later. ${end}`,
        }),
      ),
    ).map((f) => f.messageId);
  for (const end of [
    'On the nights I close, I test the fridge probe before I lock the back door.',
    "We sign the cold-room log together at close, and I keep the engineer's number on the fridge door.",
  ])
    it(`stays silent on: ${end}`, () => assert.deepEqual(closing(end), []));
  for (const end of [
    'The owner was relieved, and I think the team took it seriously.',
    'It cost us about £400 in stock before we reopened.',
    'I put the new checklist on the wall.',
  ])
    it(`still fires on: ${end}`, () => assert.deepEqual(closing(end), ['noLesson']));
});

describe(`${ID}: a transcript's answer to "What did you change afterwards?" is its lesson`, () => {
  const transcript = (question: string) =>
    lines(
      'Interviewer: Tell me about a mistake you made that affected production.',
      '',
      'Me: I ran a cleanup script against the production flags table from a laptop shell I thought was staging, and the checkout ' +
        'fell back to default flags for 47 minutes.',
      '',
      `Interviewer: ${question}`,
      '',
      'Me: Production credentials now come only from a short-lived token requested by name, and I open a fresh terminal per ' +
        'environment with a red prompt for production.',
    );
  for (const question of ['What did you change afterwards?', 'What have you put in place since then?'])
    it(`stays silent when asked: ${question}`, () => assert.deepEqual(lintWith(ID, transcript(question)), []));
  it('still fires when the follow-up only asks what happened next and the answer tells the clean-up', () => {
    const text = lines(
      'Interviewer: Tell me about a mistake you made that affected production.',
      '',
      'Me: I ran a cleanup script against the production flags table from a laptop shell I thought was staging, and the checkout ' +
        'fell back to default flags for 47 minutes.',
      '',
      'Interviewer: What happened next?',
      '',
      'Me: I restored the table from point-in-time recovery and the risk team reviewed the transactions from that window.',
    );
    assert.equal(lintWith(ID, text).length, 1);
  });
});

describe(`${ID}: a wish is no lesson, a mechanism that "now needs" one is, and notes tell the writer's past acts without "I"`, () => {
  const bid = (closing: string) =>
    story({
      title: "Tell me about a time you didn't succeed",
      situation: 'I led our bid to a foundation for £120,000 over three years for the mentoring programme.',
      action: 'I wrote the case for support and pulled together the evidence from the last two cohorts.',
      result: `The panel turned the bid down at stage 2. ${closing}`,
    });
  for (const closing of ["The budget section was rushed and not how I'd have wanted it.", "It was not the pitch I'd have liked."])
    it(`fires on a wish: ${closing}`, () => assert.equal(lintWith(ID, bid(closing)).length, 1));
  for (const closing of [
    "I'd have asked finance for the accounts a month earlier.",
    'Every bid now needs a costed budget signed off by finance a week before the deadline.',
  ])
    it(`stays silent on: ${closing}`, () => assert.deepEqual(lintWith(ID, bid(closing)), []));
  it('still fires when "now needs to" names only a need', () =>
    assert.equal(lintWith(ID, bid('The team now needs to plan earlier.')).length, 1));

  const notes = (acts: string) =>
    lines(
      '## Isolation near miss',
      '',
      '**Situation:** I issued a permit off the drawing without walking the cables back to the source.',
      '',
      `**Action:** ${acts}`,
      '',
      '**Result:** 0 injuries, logged as a high-potential near miss. I walk every isolation to the source before I sign.',
    );
  it('stays silent on a habit kept now after acts told in note form', () =>
    assert.deepEqual(lintWith(ID, notes('Stopped the job. Resurveyed 86 PDUs and found 7 drawing errors. Went to the other sites.')), []));
  it('still fires when the note-form lines tell no past act', () =>
    assert.equal(lintWith(ID, notes('Drawing dated 2016, tie added 2019. Contractor on site. Permit open.')).length, 1));
});

/** A hospice gala that lost money after a price rise, closing on `learning` under the bold `label`. */
function springGala(learning: string, label = 'Learning'): string {
  return lines(
    '## The spring gala',
    '',
    '**Situation:** Our hospice gala had lost £2,000 two years running.',
    '',
    '**Action:** I raised the ticket price to £85 without asking anyone who had come before.',
    '',
    '**Result:** We sold 120 tickets against 180 the year before and lost £3,100.',
    '',
    `**${label}:** ${learning}`,
  );
}

describe(`${ID}: a habit kept now, in note form under a Learning label`, () => {
  const gala = (learning: string) => springGala(learning);
  for (const learning of ['Also now ask past attendees before changing any price.', 'Now always survey 40 past guests first.'])
    it(`stays silent on: ${learning}`, () => assert.deepEqual(lintWith(ID, gala(learning)), []));
  for (const learning of ['Now the team is more careful.', 'Now everyone knows pricing is hard.'])
    it(`still fires on: ${learning}`, () => assert.equal(lintWith(ID, gala(learning)).length, 1));
});

describe(`${ID}: a habit told by what the writer has not done since without it`, () => {
  const walk = (closing: string) =>
    story({
      title: 'A reach-truck injury after my layout change',
      situation: 'I approved a new racking layout that narrowed a walkway at our largest site.',
      action: 'I reverted the walkway within 48 hours and went in on nights to see the traffic myself.',
      result: `Lost-time injuries went from 4 to 1 the next year. ${closing}`,
    });
  it('stays silent on "I haven\'t signed a layout change since without walking it on that shift"', () =>
    assert.deepEqual(lintWith(ID, walk("I haven't signed a layout change since without walking it on that shift.")), []));
  it('still fires on "I haven\'t spoken to the site manager since"', () =>
    assert.equal(lintWith(ID, walk("I haven't spoken to the site manager since.")).length, 1));
});

describe(`${ID}: a target missed by its own name, a penalty paid, a complaint upheld, work given to another firm`, () => {
  const told = (result: string) =>
    story({
      title: 'The autumn quarter',
      situation: 'I ran the regional sales and service team through the autumn quarter.',
      action: 'I moved two reps onto the largest accounts and reviewed every open deal with them each Friday.',
      result,
    });
  const fires: Array<[string, string]> = [
    ['Sales missed the quarter by 9%.', 'missed the quarter'],
    ['Leads fell from 140 the year before to 98.', 'Leads fell'],
    ['Damage claims went from about 0.3% of parcels to 1.1% over the next six weeks.', 'Damage claims went from'],
    ['Penalty of £42k paid by the company.', 'Penalty of £42k paid'],
    ['The complaint was upheld, and the council paid her £250 for the distress.', 'complaint was upheld'],
    ['The customer chose another agency for the renewal.', 'chose another agency'],
    ['The contract went out to tender and was awarded to the other handler on the field.', 'awarded to the other'],
    ['The programme was put on hold after the second prototype.', 'The programme was put on hold'],
    ['The leftover stock went to the outlet channel at a loss.', 'at a loss'],
    ['On the Monday it was decided to pull the release.', 'pull the release'],
    ['The rollout was halted and a hotfix was put together.', 'The rollout was halted'],
  ];
  firesOnce(told, fires);
  const silent = [
    // The writer's own choice of firm, a release branch, a loss for words, a measure that fell the right way, and a
    // setback told with the change it taught.
    'We went with another supplier, and every delivery landed on time.',
    'I pulled the release branch and tagged the build the same day.',
    'I was at a loss for words when the region came top.',
    'Damage claims fell from 1.1% of parcels to 0.3%.',
    'Sales missed the quarter by 9%. Since then I review the pipeline with finance every month, not every quarter.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, told(result)), []));
});

describe(`${ID}: maxims of the trade are no lesson`, () => {
  const told = (learning: string) =>
    story({
      title: 'A pallet of the wrong size',
      situation: 'I ran goods-in at a regional distribution centre.',
      action: 'I signed for a delivery without checking the pallet sizes.',
      result: 'Two pallets of the wrong size blocked bay 4 for a day, and we missed the delivery deadline for three stores.',
      learning,
    });
  for (const learning of [
    'The experience taught me that attention to detail is very important in operations.',
    'It showed me how far a personal touch goes in this business.',
    'I learned that one should never compromise on policy.',
  ])
    it(`fires on: ${learning}`, () => assert.equal(lintWith(ID, told(learning)).length, 1));
  for (const learning of [
    'Since then I measure two pallets from every delivery before I sign.',
    'I learned that our bay 4 racking cannot take a 1.2 m pallet, so I added the size to the booking form.',
  ])
    it(`stays silent on: ${learning}`, () => assert.deepEqual(lintWith(ID, told(learning)), []));
});

describe(`${ID}: a habit begun in the Result, a rule set for oneself, a step now on a checklist`, () => {
  const story = (action: string, result: string) =>
    '## The wrong weight\n\n**Situation:** I was admitting cats for a Tuesday dental list.\n\n' +
    `**Action:** ${action}\n\n**Result:** The cat was sedated at twice his dose and his dental was put off by a week. ${result}\n`;
  const calm = 'I told the vet at once and sat with him until he woke.';
  for (const result of [
    'I started reading every weight aloud with its unit before any drug is drawn up.',
    'For myself I made a rule I still keep: a weight goes on the sheet only with its unit read back.',
    "The other nurses agreed to do the same, and it's now a line on our anaesthetic checklist.",
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(signals(story(calm, result)), []));
  it('still fires on a push made in the Action ("I started working every weekend"), with no change after', () =>
    assert.equal(signals(story('I started working every weekend to clear the list.', 'The owner complained to the practice.')).length, 1));
  it('still fires on a rule someone else made', () =>
    assert.equal(signals(story(calm, 'The practice manager made a rule that weights are read back.')).length, 1));
  it('still fires on a line on a checklist that was always there', () =>
    assert.equal(signals(story(calm, 'The unit was already a line on the old checklist, and nobody read it.')).length, 1));
});

describe(`${ID}: the question written under a story's title says what kind of story it is`, () => {
  const told = (question: string, result: string) =>
    `# Footbridge bearings\n\n${question}\n\n### Situation\nI ran the two abutments on a footbridge over the expressway.\n\n` +
    '### Task\nHave the bearing seats ready for the lift.\n\n### Action\nOn the night the truss would not sit, and I had the plinths ' +
    `broken out and recast.\n\n### Result\n${result}\n`;
  const plain = 'The bridge opened to the public in the spring.';
  for (const question of [
    '*Question: Tell me about a time something went wrong on one of your projects.*',
    'Q: "Tell us about a project that didn\'t go to plan"',
  ])
    it(`fires on the title line under: ${question}`, () => {
      const text = told(question, plain);
      const found = lintWith(ID, text);
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), '# Footbridge bearings');
    });
  it('stays silent when the story names the change made since', () =>
    assert.deepEqual(
      lintWith(
        ID,
        told(
          '*Question: Tell me about a time something went wrong.*',
          `${plain} Since then I level every seat myself the day before a lift.`,
        ),
      ),
      [],
    ));
  it('stays silent when the question asks for no failure', () =>
    assert.deepEqual(lintWith(ID, told('*Question: Tell me about a time you delivered under pressure.*', plain)), []));
});

describe(`${ID}: titles naming downtime, a rejection or a misload, a check failed with its owner named, work that was paused`, () => {
  titlesIn(
    [
      'Booking system downtime over the Easter holiday',
      'Grant rejection before the summer term',
      'Misload: 46 boxes on the wrong van',
      'Failed H&S inspection, the children’s corner',
      'The reading app that was paused',
    ],
    [
      'Reducing booking system downtime',
      'Zero-downtime catalogue move',
      'Failed payments, recovered',
      'The reading club that was expanded',
    ],
  );
});

describe(`${ID}: titles asking for a client let down, a goal not achieved, something that had gone wrong, an overrun`, () => {
  titlesIn(
    [
      'Tell me about a time you had to let a client down',
      "A time you didn't achieve your goal",
      'Describe a time you had to tell a customer something had gone wrong',
      'Informing the board of a cost overrun',
    ],
    [
      'Tell me about a time you had to let a volunteer go early',
      'A time you achieved a stretch goal',
      'Describe a time you had to tell a customer something good',
    ],
  );
});

describe(`${ID}: a question that asks for taking on too much`, () => {
  titlesIn(
    ['Tell me about a time you took on too much.', 'Tell me about a time the workload got too much.'],
    ['Taking on the Saturday club as well', 'A time the workload grew and I hired two volunteers'],
  );
});

describe(`${ID}: a single story the writer typed as a success`, () => {
  const body = story({
    title: 'Incident reviews in half an hour',
    situation: 'Our three teams had 17 incidents that needed a review last year, and only 6 got one.',
    action: 'I ran the first reviews myself, including one for an outage I had caused, and cut the meeting to 30 minutes.',
    result: 'We lost the Northgate account before the format settled; after that 14 of 15 incidents got a review.',
  });
  it('fires on the same story typed as a failure', () => assert.deepEqual(signals(failure(body)), ['type: failure']));
  it('fires on the same story with no type, from its setback words', () => assert.equal(signals(body).length, 1));
  it('stays silent when it is typed as a success', () => assert.deepEqual(signals(failure(body, 'success')), []));
  it('still fires when a success-typed story names a failure in its title', () =>
    assert.equal(signals(failure(body.replace('Incident reviews in half an hour', 'My biggest mistake'), 'success')).length, 1));
});

describe(`${ID}: a title naming a practice built around incidents, not an incident`, () => {
  titlesIn(
    ['The incident that took the booking site down', 'Outage at the branch over Easter'],
    ['Incident reviews in 30 minutes', 'An outage log the whole library uses'],
  );
});

describe(`${ID}: a question that names a change as the cause of trouble`, () => {
  titlesIn(
    ['Tell me about a time a release caused complaints', 'The booking change that caused an outage'],
    ['A booking change that led to fewer complaints', 'The change that led to no complaints'],
  );
});

describe(`${ID}: a note-form "Learnt:" label, and a habit after "Now:"`, () => {
  const gala = (label: string, learning: string) => springGala(`the price was my call, not the committee's. ${learning}`, label);
  for (const label of ['Learnt', 'Learned', 'Key lessons'])
    it(`stays silent on a "${label}:" label with "Now: survey past guests before every price change."`, () =>
      assert.deepEqual(lintWith(ID, gala(label, 'Now: survey past guests before every price change.')), []));
  it('still fires on "Learnt:" with a truism and no change', () =>
    assert.equal(lintWith(ID, gala('Learnt', 'Pricing is hard.')).length, 1));
});

/** A subscription launch whose Result is `result`: what the story ended on decides. */
function subscription(result: string): string {
  return story({
    title: 'The subscription plan',
    situation: 'Our coffee-chain app needed a subscription plan before the spring promotion.',
    action: 'I put the plan at the top of the sprint and wrote the stories that night.',
    result,
  });
}

describe(`${ID}: a trial stopped, a miss said with emphasis, and work that went out later than wanted`, () => {
  const fires = [
    'The decision was taken to stop the trial at Christmas, and most families went back to worksheets.',
    'It went out a week after the bank holiday, so we did miss the promotion. The crash fix also went out later than ops wanted.',
  ];
  for (const result of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, subscription(result)).length, 1));
  const silent = [
    'We stopped the small trial and launched the full plan to all 40 shops the next week; sign-ups went from 120 to 410.',
    'We did lose two weeks to testing, and the plan still went out a day before the promotion.',
    'It went out two days earlier than planned, and 1,900 customers signed up in the first month.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, subscription(result)), []));
});

/*
 * Exclusions once written with a backspace character where `\b` was meant, so they never applied: a failover ("failed it
 * over to the standby"), days of leave lost (and, in blame-shifting, a time of day: "the late opening").
 */
describe(`${ID}: a failover and days of leave lost are no setback`, () => {
  const fires = [
    'We lost two weeks to a payments bug, and the plan went out after the promotion.',
    'We missed the spring promotion, and 300 customers cancelled their trial.',
  ];
  for (const result of fires) it(`fires on: ${result}`, () => assert.equal(lintWith(ID, subscription(result)).length, 1));
  const silent = [
    'We moved the plan to the new cluster on the Friday and failed it over to the standby region in 40 seconds; 1,900 customers signed up.',
    'I lost two days of annual leave to the launch, and 1,900 customers signed up in the first month.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, subscription(result)), []));
});

describe(`${ID}: something that went out wrong, a slip named after a dash, a misprint`, () => {
  titlesIn(
    [
      'Tell me about a time something you were responsible for went out wrong',
      "Tell me about a time something went out to parents that shouldn't have",
      'Birthday cake — wrong name on the order',
      'Chutney labels – wrong allergen panel',
      'Open day brochure misprint',
    ],
    [
      'Tell me about a time a parcel went out early to a customer who needed it',
      'Tell me about a time something went out to parents that made them smile',
      'Birthday cake — the right name in two days',
      'Passbook printer withdrawal',
    ],
  );
});

describe(`${ID}: a figure of the writer's that was wrong, and a slip told by how it went out`, () => {
  titlesIn(
    [
      'Tell me about a time you sent out a number that turned out to be wrong',
      'Tell me about a time a figure you submitted was wrong',
      'Royalty return converted at the wrong rate',
      'Parcels shipped to the wrong depot',
    ],
    [
      'Tell me about a time you told your manager she was wrong',
      'Tell me about a time a forecast you made turned out right',
      'Royalty return converted at the agreed rate',
      'Tell me about a time you caught a figure that was wrong before it went out',
    ],
  );
});

describe(`${ID}: a title naming stock the story let go to waste ("Insulin pens that expired in the fridge")`, () => {
  const titled = (title: string) =>
    story({
      title,
      situation: 'I ran the dispensary stock at a busy community pharmacy.',
      action: 'I checked the fridge every morning and moved the older cartons to the front.',
      result: 'We got through the winter without running out of any insulin.',
    });
  const fires = ['Insulin pens that expired in the fridge', 'The bread that went in the bin', 'Vaccine stock which went out of date'];
  for (const title of fires) it(`fires on the title: ${title}`, () => assert.equal(lintWith(ID, titled(title)).length, 1));
  const silent = ['Insulin pens that nearly expired', 'The stock I rotated before it expired', 'Bread that sold out by ten'];
  for (const title of silent) it(`stays silent on the title: ${title}`, () => assert.deepEqual(lintWith(ID, titled(title)), []));
});
