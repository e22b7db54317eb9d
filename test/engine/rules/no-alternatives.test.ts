import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';
import { DOUBLE_INVOICES, MACRO_CLEANUP, PANTRY_ROTA, STRONG_STORIES } from '../fixtures/issue8-stories';

const ID = 'no-alternatives';

/** The decision phrase each finding names. */
const decisions = (text: string) => lintWith(ID, text).map((f) => f.data.decision);

/** One test per action told between `situation` and `result`: the story's decisions are exactly the one named. */
function decidesIn(situation: string, result: string, fires: ReadonlyArray<readonly [string, string]>): void {
  for (const [action, decision] of fires)
    it(`fires on: ${action}`, () => assert.deepEqual(decisions(story({ situation, action, result })), [decision]));
}

/** One test per action told between `situation` and `result`: the story makes no decision the rule reads. */
function decidesNothingIn(situation: string, result: string, silent: readonly string[]): void {
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(decisions(story({ situation, action, result })), []));
}

describe(ID, () => {
  describe('fires', () => {
    it('on a pipeline "designed" with nothing beside it (the order-taker)', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'The product team asked us to build a recommendation feature.',
            action: 'I designed a machine-learning pipeline in TensorFlow and deployed it on Kubernetes.',
            result: 'The model reached good accuracy on the test set.',
          }),
        ),
        ['designed'],
      );
    });

    it('on "I decided to migrate" with no option named', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Our job queue dropped messages under load.',
            action: 'I decided to migrate the queue to Kafka. I wrote the producers and moved one topic a week.',
            result: 'No messages have been lost in six months.',
          }),
        ),
        ['decided'],
      );
    });

    it('on "we went with" a database', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Sessions were stored in the main database and slowed it down.',
            action: 'We went with DynamoDB for the session store, and I wrote the migration script.',
            result: 'Database CPU fell from 80% to 35%.',
          }),
        ),
        ['went with'],
      );
    });

    it('on an architecture "chose" with no reason against anything', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'The booking system was one large Rails app.',
            action: 'I chose an event-driven design for the new payments module and wrote the first three handlers.',
            result: 'The module shipped in a quarter.',
          }),
        ),
        ['chose'],
      );
    });

    it('on a proposal told as the plan alone', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'The monolith took 50 minutes to deploy.',
            action: 'I proposed splitting it into three services along the checkout, catalog and account lines, and led the first split.',
            result: 'Deploys of the catalog service now take 8 minutes.',
          }),
        ),
        ['proposed'],
      );
    });

    it('on a strategy call: recommending a delay', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Two weeks before launch, load tests showed the search service falling over at 2,000 requests a second.',
            action: 'I recommended that we delay the launch by two weeks, and I rewrote the query layer in that time.',
            result: 'We launched at 6,000 requests a second with headroom.',
          }),
        ),
        ['recommended'],
      );
    });

    it('on "made the call" for a rollout plan', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'The new pricing page was ready a day before the sale.',
            action: 'I made the call to ship it to every region at once and watched the dashboards all night.',
            result: 'Checkout errors stayed under 0.1%.',
          }),
        ),
        ['made the call'],
      );
    });

    it('on "settled on" after an adverb', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Our orders table had grown past two billion rows.',
            action: 'I eventually settled on sharding by merchant id and wrote the routing layer.',
            result: 'Query times dropped by 70%.',
          }),
        ),
        ['settled on'],
      );
    });

    it('on a decision stated as a noun: "my recommendation was"', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Ingestion broke every time a partner changed a file format.',
            action: 'My recommendation was to rewrite the ingestion layer around a schema registry. I built the first version.',
            result: 'Format changes no longer break ingestion.',
          }),
        ),
        ['My recommendation'],
      );
    });

    it('on "picked" a vendor (not "picked up")', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Our helpdesk contract was ending.',
            action: 'I picked the new vendor after one demo and planned the migration around their import tool.',
            result: 'The move took four weeks.',
          }),
        ),
        ['picked'],
      );
    });

    it('when "comparison" only names a test harness, not options', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'We had to move 42 lab interfaces to a new engine before the old contract ended.',
            action:
              'We decided to move the interfaces busiest first. I built a comparison harness that replayed a day of messages through ' +
              'both engines.',
            result: 'All 42 moved a month early.',
          }),
        ),
        ['decided'],
      );
    });

    it('when "compared to" only frames a metric', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Our image service was slow.',
            action: 'I chose to resize images at upload time and store three sizes.',
            result: 'Pages load 40% faster compared to last year.',
          }),
        ),
        ['chose'],
      );
    });

    it('reports on the title line and suggests a prompt after the decision sentence', () => {
      const text = story({
        title: 'Session store',
        situation: 'Sessions slowed the main database down.',
        action: 'We went with DynamoDB for the sessions. I wrote the migration.',
        result: 'CPU fell from 80% to 35%.',
      });
      const [f] = lintWith(ID, text);
      assert.deepEqual(flagged(text, [f]), ['## Session store']);
      const at = text.indexOf('for the sessions.') + 'for the sessions.'.length;
      assert.deepEqual(
        f.suggestions.map((s) => [s.title, s.edits]),
        [
          [
            'Insert prompt: I also considered …',
            [{ start: at, end: at, newText: ' I also considered ${1:alternative}, but ${2:trade-off}.' }],
          ],
        ],
      );
    });
  });

  describe('stays silent', () => {
    it('on "picked up" a ticket: a phrasal verb, not a choice', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'A customer reported that exports failed for large accounts.',
            action: 'I picked up the ticket, found the timeout and raised it.',
            result: 'Exports of 10,000 rows now finish.',
          }),
        ),
        [],
      );
    });

    it('on "I was selected to lead": chosen by others, not a decision', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'I was selected to lead the reliability working group.',
            action: 'I ran the weekly review and wrote the incident template.',
            result: 'Repeat incidents fell by half.',
          }),
        ),
        [],
      );
    });

    it("on someone else's decision that the writer carried out", () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'The architect decided to move our events to Kafka.',
            action: 'I wrote the producers and moved one topic a week.',
            result: 'All 14 topics moved in a quarter.',
          }),
        ),
        [],
      );
    });

    it('on a decision to have a conversation', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'A senior engineer kept blocking my pull requests without comments.',
            action: 'I decided to talk to him one-on-one and asked what worried him about the change.',
            result: 'We agreed on a review checklist and my next three changes merged within a day.',
          }),
        ),
        [],
      );
    });

    it('when the decision sentence says what lost: "chose Postgres over MongoDB"', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'We needed a store for billing records.',
            action: 'I chose Postgres over MongoDB for its transactions and wrote the schema.',
            result: 'Billing has had no double charges since.',
          }),
        ),
        [],
      );
    });

    it('when the trade-off is named', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Duplicate charges hit a few customers every week.',
            action: 'I chose idempotency keys; the trade-off was a two-week migration.',
            result: 'Duplicate charges went to zero.',
          }),
        ),
        [],
      );
    });

    it('when options are compared', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Search took four seconds.',
            action: 'I compared a read replica with a search index, and I went with the index.',
            result: 'Search takes 300 ms now.',
          }),
        ),
        [],
      );
    });

    it('when "instead of" names the road not taken', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'The nightly report timed out.',
            action: 'I decided to pre-build the report at 5 a.m. instead of moving it to a new database.',
            result: 'It loads in 4 seconds.',
          }),
        ),
        [],
      );
    });

    it('when the next sentence gives a comparison as the reason', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'We needed a queue for order events.',
            action: 'I went with the managed queue. It was cheaper than running our own brokers and needed no on-call.',
            result: 'It has handled every peak since.',
          }),
        ),
        [],
      );
    });

    it('on a decision quoted from someone else', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'The VP wrote to us: "we decided to freeze all launches in December".',
            action: 'I moved our launch to November and cut two features to make it.',
            result: 'It shipped on 20 November.',
          }),
        ),
        [],
      );
    });

    it('on a background decision in the Situation', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'In 2019 we had decided to move every service to Kubernetes.',
            action: 'I wrote the Helm charts for the twelve services I owned.',
            result: 'They all moved in two quarters.',
          }),
        ),
        [],
      );
    });

    it('on a hindsight decision in the Learning section', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'Our first release of the sync feature lost data.',
            action: 'I found the race condition and fixed it with a version check.',
            result: 'No data has been lost since.',
            learning: 'Next time I chose a design, I wrote the failure cases down first.',
          }),
        ),
        [],
      );
    });

    it('on either … or', () => {
      assert.deepEqual(
        decisions(
          story({
            situation: 'We could not keep both the old and the new API.',
            action: 'It was either a hard cut-over or a six-month overlap; I proposed the overlap and wrote the adapter.',
            result: 'All partners moved with no outage.',
          }),
        ),
        [],
      );
    });
  });
});

describe('no-alternatives: a data comparison is not weighing options', () => {
  it('fires when the only "compared" is a job comparing data', () => {
    const text = story({
      situation: 'The loyalty launch needed a points ledger for 600 stores and their customers.',
      action: 'I went with Postgres for the ledger. I added a nightly job that compared each balance with the till data.',
      result: 'The ledger launched on time with zero balance errors.',
    });
    assert.deepEqual(lintWith('no-alternatives', text).map((f) => f.messageId).length, 1);
  });
  it('stays silent when I compared the options myself', () => {
    const text = story({
      situation: 'The loyalty launch needed a points ledger for 600 stores and their customers.',
      action: 'I compared Postgres with DynamoDB for the ledger and went with Postgres for its transactions.',
      result: 'The ledger launched on time with zero balance errors.',
    });
    assert.deepEqual(lintWith('no-alternatives', text), []);
  });
});

describe(`${ID}: decisions told as the move itself`, () => {
  const situation = 'Our nightly event pipeline kept missing its 6 a.m. deadline.';
  const fires: Array<[string, string, string]> = [
    ['a move to another technology', 'I moved the whole pipeline to Kafka over three sprints.', 'moved the whole pipeline'],
    ['a rewrite in another language', 'I rewrote the ingest service in Go over five weeks.', 'rewrote the ingest service'],
    ['a replacement', 'I replaced the cron scripts with a single Airflow DAG.', 'replaced the cron scripts'],
    ['a proposal', 'I proposed a single shared schema for all three squads.', 'proposed'],
    ['a move by the writer and their team', 'My team and I moved the shared features to Feast.', 'moved the shared features'],
    [
      'a move of a long-named thing',
      'I moved all the baseline compute for the databases and the Kafka brokers onto three-year reserved instances.',
      'moved all the baseline compute for the databases and the Kafka brokers',
    ],
  ];
  for (const [name, action, decision] of fires) {
    it(`fires on ${name}`, () => assert.deepEqual(decisions(story({ situation, action, result: 'Runs finish by 4 a.m.' })), [decision]));
  }
  const silent: Array<[string, string]> = [
    ['the same move with the option it beat', 'I moved the whole pipeline to Kafka rather than scaling the cron host.'],
    [
      'a move weighed in the next sentence',
      'I moved the pipeline to Kafka. I had weighed it against a bigger cron host, which was cheaper but would not scale.',
    ],
    ['a rescheduling, not a design', 'I moved the team sync to Thursday mornings.'],
    ["one step among the team's many", 'Our team also moved the thumbnails to the CDN.'],
    ['a rewrite of a text, not a system', 'I rewrote my opening so it asked about their week first.'],
    // A clause of its own between the verb and "to" is no object of the move.
    ['a seat moved for a reason told after', 'I moved Jordan two rows over so they were not sat back to back.'],
  ];
  for (const [name, action] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(decisions(story({ situation, action, result: 'Runs finish by 4 a.m.' })), []));
  }
});

describe(`${ID}: decisions told without "I decided" in front`, () => {
  const situation = 'Our nightly export to the finance team kept missing its 6 a.m. deadline.';
  const result = 'The export now finishes by 4 a.m.';
  const fires: Array<[string, string, string]> = [
    [
      'a replacement carried on from an earlier verb of the writer',
      'I profiled the job, rewrote the merge step, and replaced the hand-rolled retry loop with the client library’s backoff.',
      'replaced the hand-rolled retry loop',
    ],
    ['a decision carried on after "and"', 'I read the query plans and decided to partition the table by region.', 'decided'],
    ['note form with the writer left out', 'Moved the export from cron + Python to a Spark job on EMR.', 'Moved the export'],
    [
      'bulleted notes that start with the verb',
      '\n\n- spent a weekend on the logs\n- replaced the shared staging database with a container per job\n',
      'replaced the shared staging database',
    ],
    ['"it was decided that"', 'It was decided that all shared stocks would be discarded and rebuilt.', 'was decided'],
    [
      '"it was agreed" with the time between',
      'It was agreed in the first fortnight that the app would be built in React Native.',
      'was agreed',
    ],
    ['a process introduced in the passive', 'A new reminder process was introduced, with texts sent 48 hours ahead.', 'was introduced'],
    ['a replacement in the passive', 'The cron scripts were replaced with a single Airflow DAG.', 'were replaced'],
    ['a suggestion of a design', 'I suggested using the barcode on the back of the card with a scanner.', 'suggested'],
    ['a course taken as self-evident', 'The obvious move was a third, twilight shift, so I booked 45 agency pickers.', 'The obvious move'],
  ];
  for (const [name, action, decision] of fires) {
    it(`fires on ${name}`, () => assert.deepEqual(decisions(story({ situation, action, result })), [decision]));
  }
  const silent: Array<[string, string]> = [
    ['a move by someone else after the writer asked', 'I asked the platform team, and they moved the export to a Spark job.'],
    ['a move made before the writer joined', 'I joined after the team had migrated the database to Postgres.'],
    [
      'a relocation that is one edit among several',
      'I removed the old questionnaire and moved its two questions into the first booking step.',
    ],
    ['note form that moves the writer, not a system', 'Moved to the data team in 2021 and took over the export.'],
    ['a passive about the writer', 'I was introduced to the finance lead in my first week.'],
    ['a replacement that is only possible', 'The cron scripts could be replaced with a single Airflow DAG.'],
    ['a meeting moved in the passive', 'The weekly sync was moved to Thursday mornings.'],
    ['a suggestion to talk', 'I suggested we talk it through with the finance lead first.'],
    ['a replacement with the option it beat', 'I replaced the cron scripts with Airflow instead of scaling the cron host.'],
    [
      'a passive decision weighed',
      'It was decided that we would rebuild the stocks; we weighed buying new lines, which cost twice as much.',
    ],
  ];
  for (const [name, action] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(decisions(story({ situation, action, result })), []));
  }
  it('stays silent on note form in the Situation, which is background', () =>
    assert.deepEqual(
      decisions(story({ situation: 'Moved the export to a Spark job last year.', action: 'I tuned its memory.', result })),
      [],
    ));
});

describe(`${ID}: decisions told as advocacy, a call or an approach`, () => {
  const situation = 'Our nightly export to the finance team kept missing its 6 a.m. deadline.';
  const result = 'The export now finishes by 4 a.m.';
  const fires: Array<[string, string]> = [
    ['I pushed for a monorepo and wrote the migration plan.', 'pushed for'],
    ['I argued for a single shared schema, and the other leads agreed.', 'argued for'],
    ['I bet on server-side rendering for the landing pages.', 'bet on'],
    ['I standardised the team on Terraform.', 'standardised the team'],
    ['My call was to ship without the export feature.', 'My call'],
    ['My approach was to batch the writes per region.', 'My approach'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I went with the team to the customer site.',
    'I made the call to the customer myself.',
    'I pushed for more time and got two extra days.',
    'I argued for a single shared schema rather than one per squad, since one per squad meant three migrations.',
  ];
  decidesNothingIn(situation, result, silent);
});

/*
 * Issue #8: a decision is the writer changing the shape of a system, process or plan, with or without "decided";
 * only a real alternative or trade-off silences it. Every sentence here is new, written for this family.
 */
describe(`${ID}: decisions told as the change itself`, () => {
  const situation = 'Our store managers spent an hour every morning reconciling stock by phone.';
  const result = 'Reconciliation time fell from 60 to 15 minutes a day.';
  const fires: Array<[string, string]> = [
    ['I split the checkout form into three short steps with a progress bar.', 'split the checkout form'],
    ['I merged the two support queues into one with a shared triage rota.', 'merged the two support queues'],
    ['I made the medication list optional and kept the rest of the form as it was.', 'made the medication list optional'],
    ['I turned the 40-page onboarding wiki into a five-step checklist.', 'turned the 40-page onboarding wiki'],
    ['I centralised the stock counts in one spreadsheet that every store updates by 9 am.', 'centralised'],
    ['After a week of shadowing, I moved the price check up to the start of the shift.', 'moved the price check up'],
  ];
  decidesIn(situation, result, fires);

  const silent = [
    'I split the work into 14 tickets and took the hardest four myself.',
    'I moved the meeting to Thursday so the night shift could join.',
    'I moved to the payments team in 2021.',
    'I merged the pull request after two reviews.',
    'I made the case to my director with the support data.',
    'I turned down the offer to lead the second project.',
    'I fixed the broken index and re-ran the import.',
    'I split the checkout form into three steps instead of one long page, at the cost of one more page load.',
  ];
  decidesNothingIn(situation, result, silent);
});

describe(`${ID}: loose words far from the decision are no trade-off`, () => {
  const situation = 'About 30% of patients gave up halfway through the intake form.';
  it('fires when "instead" and "gave up" are about something else', () => {
    const text = story({
      situation,
      action: 'I split the form into five short steps with a progress bar.',
      result: 'Abandonment fell from 30% to 12%. The receptionists now greet patients instead.',
    });
    assert.deepEqual(decisions(text), ['split the form']);
  });
  it('stays silent when "instead" sits beside the decision', () => {
    const text = story({
      situation,
      action: 'I split the form into five short steps instead.',
      result: 'Abandonment fell from 30% to 12%.',
    });
    assert.deepEqual(decisions(text), []);
  });
  it('stays silent on a fallback the story kept, which is an alternative path', () => {
    const text = story({
      situation: 'Our SMS provider started rejecting messages on a sale day.',
      action: 'I switched the notifications to email within 40 minutes.',
      result: 'The email fallback has since handled two smaller vendor incidents.',
    });
    assert.deepEqual(decisions(text), []);
  });
});

describe(`${ID}: a change of design the team chose`, () => {
  const situation = 'Half of new sign-ups left before connecting a bank account.';
  const result = 'Bank connections rose from 41% to 58% of sign-ups.';
  it('fires on "we" right before the move', () =>
    assert.deepEqual(decisions(story({ situation, action: 'We moved the bank step to after the first shared budget.', result })), [
      'moved the bank step',
    ]));
  const silent = [
    'We added a cache in front of the catalogue.',
    'We moved the standup to 10 am so the designers could join.',
    'We moved on to the second round of interviews.',
    'We moved offices to Leeds in the spring.',
  ];
  decidesNothingIn(situation, result, silent);
});

describe(`${ID}: a decision told with spoken fillers`, () => {
  const situation = 'Month-end close took eleven working days across three plants.';
  const result = 'Close came down to six working days.';
  const fires: Array<[string, string]> = [
    ['I, um, basically moved all the accruals into one template.', 'moved all the accruals'],
    ['I sort of merged the two recharge sheets into one.', 'merged the two recharge sheets'],
  ];
  decidesIn(situation, result, fires);
});

describe(`${ID}: whole stories in other formats`, () => {
  it('fires on a decision told inside a one-paragraph story', () => assert.deepEqual(decisions(PANTRY_ROTA), ['moved the whole rota']));
  it('fires on macros merged in a structured story', () => assert.deepEqual(decisions(MACRO_CLEANUP), ['merged the refund macros']));
  it('stays silent on a failure transcript with no change of design', () => assert.deepEqual(decisions(DOUBLE_INVOICES), []));
});

describe(`${ID}: strong stories in other formats stay silent`, () => {
  for (const [name, text] of Object.entries(STRONG_STORIES)) it(name, () => assert.deepEqual(lintWith(ID, text), []));
});

describe(`${ID}: a cost accepted beside the decision`, () => {
  const situation = 'Our school newsletter kept landing in spam for 600 families.';
  const result = 'Open rates went from 22% to 61% in the first term.';
  it('stays silent on "even though" in the decision sentence', () =>
    assert.deepEqual(
      decisions(
        story({
          situation,
          action: 'I moved the list to a platform the office could run, even though its templates were plainer.',
          result,
        }),
      ),
      [],
    ));
  it('still fires when "even though" is about something else, far from the decision', () =>
    assert.deepEqual(
      decisions(
        story({
          situation: 'Even though the office tried three times, the newsletter kept landing in spam for 600 families.',
          action: 'I moved the list to a new mailing platform.',
          result,
        }),
      ),
      ['moved the list'],
    ));
});

describe(`${ID}: a layout redone for a purpose, a launch postponed, items chosen`, () => {
  const situation = 'Mis-picks at our warehouse were twice the contract limit.';
  const result = 'Mis-picks fell from 14 to 5 per 1,000 orders.';
  const fires: Array<[string, string]> = [
    ['I rearranged the fast movers on the two busiest aisles so that look-alike items sat three bays apart.', 'rearranged the fast movers'],
    ['After the pilot, the launch was postponed until the new payment screen was ready.', 'was postponed'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I chose the sample of 40 orders in the last week of the month and checked each one with the shift lead.',
    'I picked the date for the stock count with the two shift leads.',
    'I rebuilt the broken shelving unit over the weekend.',
  ];
  decidesNothingIn(situation, result, silent);
});

describe(`${ID}: rules and mechanisms put in, moves led, and words that only look like options`, () => {
  const inAction = (action: string, result = 'Complaints about the desk fell from 30 a week to 4.') =>
    story({ situation: 'Guests got a different answer from every agent at the front desk.', action, result });
  const fires: Array<[string, string]> = [
    ['I set a flat rule of 13:00 for every guest, free for loyalty members.', 'set a flat rule'],
    ['I rolled out an auto-refund macro for requests under $50.', 'rolled out an auto-refund macro'],
    ['I led the move of our booking database from a rented server to a managed one.', 'led the move of our booking database'],
    ['I moved lunches to either side of the peak and split the counter.', 'moved lunches'],
    ['I moved the nightly load to the new warehouse and ran both warehouses side by side for two weeks.', 'moved the nightly load'],
  ];
  for (const [action, decision] of fires) {
    it(`fires on: ${action}`, () => assert.deepEqual(decisions(inAction(action)), [decision]));
  }
  const silent = [
    'I set a flat rule of 13:00 rather than leaving it to each agent, because agents were bargaining with guests.',
    'It was either a fixed 13:00 or a sliding fee; I proposed the fixed time because agents could explain it in one line.',
    'I trialled the two rotas side by side for a week and kept the split shift.',
    'I brought it up in the team meeting and asked the agents what they were telling guests.',
  ];
  for (const action of silent) it(`stays silent on: ${action}`, () => assert.deepEqual(decisions(inAction(action)), []));
  it('a count missed is not another course: "with 2 donors instead of 3"', () =>
    assert.deepEqual(
      decisions(inAction('I switched the study to a single donor panel.', 'We submitted on time with 2 donors instead of 3.')),
      ['switched the study'],
    ));
});

describe(`${ID}: measurements side by side are not options weighed`, () => {
  const inStory = (action: string, result: string) =>
    story({ situation: 'Mobile shoppers left the pricing page far more often than desktop shoppers.', action, result });
  it('fires when the only "vs" compares two numbers', () =>
    assert.deepEqual(
      decisions(inStory('I moved the pricing table to a lighter component.', 'Conversion on mobile is now 3.6% vs 3.9% on desktop.')),
      ['moved the pricing table'],
    ));
  it('fires when the only "compared with" measures a result against the old one', () =>
    assert.deepEqual(
      decisions(inStory('I moved the pricing table to a lighter component.', 'Conversion went way up compared with the old page.')),
      ['moved the pricing table'],
    ));
  it('stays silent when two options are compared', () =>
    assert.deepEqual(
      decisions(
        inStory(
          'I compared a lighter component with server rendering and moved the pricing table to the lighter one.',
          'Conversion rose 0.9 points.',
        ),
      ),
      [],
    ));
  it('stays silent on "a banner vs a modal"', () =>
    assert.deepEqual(
      decisions(inStory('It was a banner vs a modal; I moved the pricing table into a banner.', 'Conversion rose 0.9 points.')),
      [],
    ));
});

/*
 * A free-prose story often tells its setting and the writer's first move in one paragraph. Once the writer acts there,
 * the rest of the paragraph is what they did, so a decision in it counts; context before it, or a paragraph of context
 * only, stays the Situation. Every story here is new, written for this family.
 */
describe(`${ID}: a decision in a prose story's opening paragraph`, () => {
  const prose = (...paragraphs: string[]) => `## A story\n\n${paragraphs.join('\n\n')}\n`;
  it('fires on a move told right after the setting', () => {
    assert.deepEqual(
      decisions(
        prose(
          'Our mobile test suite took forty minutes and people stopped running it. I moved the slow device tests from ' +
            'every pull request to a nightly job. I also tagged the flaky ones so they could be tracked.',
          'Pull requests now get a green tick in nine minutes and the nightly run catches the rest.',
        ),
      ),
      ['moved the slow device tests'],
    );
  });
  it('fires on "we settled on" after a sentence of context', () => {
    assert.deepEqual(
      decisions(
        prose(
          'The clinic reception kept losing paper referrals. After two lost referrals in a month we settled on a shared ' +
            'inbox with one owner per day. I wrote the rota and showed each receptionist how to file a referral.',
          'Since March no referral has gone missing, against two a month before.',
        ),
      ),
      ['settled on'],
    );
  });
  it('fires on "I went with" once the writer has taken the problem on', () => {
    assert.deepEqual(
      decisions(
        prose(
          'For years the allotment society kept its waiting list in a notebook. In my first year as secretary I took it ' +
            'on. I went with a shared spreadsheet that every committee member could see, and I typed in the 140 names.',
          'The list has been current since, and we now offer plots within a week of one coming free.',
        ),
      ),
      ['went with'],
    );
  });
  it('stays silent when the only "decision" is the setting told before the writer acts', () => {
    assert.deepEqual(
      decisions(
        prose(
          'When I joined, the warehouse had chosen a pick-by-paper process years before. The pickers used printed lists.',
          'I timed forty picks, found the slowest aisle, and rewrote its labels so each matched the list order.',
          'Average pick time fell from 94 to 71 seconds over the next month.',
        ),
      ),
      [],
    );
  });
  it('stays silent when the opening decision is weighed in the next sentence', () => {
    assert.deepEqual(
      decisions(
        prose(
          'Support answered the same billing question forty times a week. I moved the answer into the invoice email ' +
            'itself. The other option was a help-centre article, but our data showed few customers ever opened one.',
          'Billing questions fell to six a week within a month.',
        ),
      ),
      [],
    );
  });
});

/* A mechanism brought in, or work moved onto one tool: decisions told without a decision verb. New sentences. */
describe(`${ID}: a mechanism brought in, and work moved onto one tool`, () => {
  const situation = 'The library desk lost track of inter-library loan requests every term.';
  const result = 'Lost requests fell from nine a term to one.';
  const fires: Array<[string, string]> = [
    ['I brought in a rule that every request is logged before the reader leaves the desk.', 'brought in a rule'],
    [
      'I took every loan request onto a shared spreadsheet that the whole desk could see.',
      'took every loan request onto a shared spreadsheet',
    ],
    ['I put all the requests into one tracker and checked it each morning.', 'put all the requests into one tracker'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I brought in cakes for the desk team on the last day of term.',
    'I took the complaint to the head librarian that afternoon.',
    'I put the returned books into the sorting trolley.',
    'I brought in a rule that every request is logged first, rather than a weekly audit, which would have caught losses too late.',
  ];
  decidesNothingIn(situation, result, silent);
});

describe(`${ID}: one of several chosen, or other people's ideas beside the decision`, () => {
  const situation = 'The two shift leads disagreed on how to run Saturday distribution at the food bank.';
  const result = 'Waiting time fell from 50 to 20 minutes.';
  const silent = [
    "I proposed a three-week test: dry food prepacked in the morning (Marc's idea) and fresh food chosen at a table (Leen's idea).",
    'I showed both apps with a screen reader in the review. We went with the native one, with our styling on top.',
  ];
  decidesNothingIn(situation, result, silent);
  const fires: Array<[string, string]> = [
    ['I proposed a three-week test of prepacked bags.', 'proposed'],
    ['I went with the new booking form and trained the volunteers on it.', 'went with'],
  ];
  decidesIn(situation, result, fires);
});

describe(`${ID}: a limit tightened, a method chosen, one tool dropped for another`, () => {
  const situation = 'Card-not-present fraud spiked on Black Friday for our online shoppers.';
  const result = 'Fraud losses fell from £40k to £6k a day.';
  const fires: Array<[string, string]> = [
    ['I tightened the velocity rule to three payments in ten minutes per card.', 'tightened the velocity rule'],
    ['Tightened velocity rule → max 3 txns per card; pushed it live Sat 7am.', 'Tightened velocity rule'],
    ['I used a survival model on four years of renewals.', 'used a survival model'],
    ['We removed moment.js and used date-fns.', 'removed moment.js and used'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I raised the issue with the fraud team that morning.',
    'I used the model to score every order.',
    'I lowered the threshold rather than blocking cards outright, since blocking would have hit genuine shoppers.',
    'I removed the duplicate orders from the report.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: a decision taken in the passive, an offer changed into another shape, a model trained`, () => {
  const situation = 'Weekend occupancy at our hotel had fallen to 60%.';
  const result = 'Occupancy rose to 81% within two months.';
  const fires: Array<[string, string]> = [
    ['The decision was made to close the restaurant on Mondays.', 'The decision was made'],
    ['A decision was taken to close the upper floor.', 'A decision was taken'],
    ['I then changed our Saturday rate to a package with breakfast and parking included.', 'changed our Saturday rate to a package'],
    ['I trained an XGBoost model on three years of booking data.', 'trained an XGBoost model'],
  ];
  decidesIn(situation, result, fires);
  it('a measure against another ("stale by hours instead of minutes") is no alternative', () =>
    assert.equal(
      lintWith(
        ID,
        story({ situation, action: 'I moved the booking sync to a queue. Rates were stale by hours instead of minutes.', result }),
      ).length,
      1,
    ));
  const silent = [
    'I moved the booking sync to a queue instead of the nightly cron, which would have kept rates stale for hours.',
    'The decision was made to close on Mondays rather than cut the menu, since Monday covers barely paid the chef.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: a price or a lever changed, a date put back, a rewrite with a technique`, () => {
  const situation = 'Diesel costs rose and our margin on the supermarket account turned negative.';
  const result = 'Margin on the account was back above 6% within a month.';
  const fires: Array<[string, string]> = [
    ['I increased the per-drop rate for the account by 15% from the first of July.', 'increased the per-drop rate'],
    ['I cut the delivery windows from four a day to two, so each truck carried more.', 'cut the delivery windows'],
    ['I raised our prices by 8% for every new contract.', 'raised our prices'],
    ['I pushed the launch back to January so the stores could finish training.', 'pushed the launch back'],
    ['The go-live was moved to Q3 while the integration was finished.', 'The go-live was moved'],
    ['I rewrote the report query by hand with a window function and a covering index.', 'rewrote the report query by hand'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    // Outcomes, not levers: a rate that measures what happened.
    'I cut the error rate from 5% to 1% by fixing the address lookup.',
    'I reduced the complaint rate by 30% over the quarter.',
    // Weighed beside the change.
    'I raised our prices by 8% rather than cut the delivery windows, since the stores valued the windows more.',
    // A date put back by someone else, or a launch moved to a place.
    'The supplier moved the delivery to Tuesday.',
    'I postponed the launch until January rather than ship without the returns flow, which support said would double their calls.',
    'I rebuilt the remaining screens with the designer over two weeks.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: a long move, a move in note form with an arrow, a migration done, a price set, a rollout order, a call made`, () => {
  const situation = 'Failed card payments were retried by a cron job every 15 minutes, and merchants waited a day for settlement.';
  const result = 'Settlement delays fell from 26 hours to 40 minutes.';
  const fires: Array<[string, string]> = [
    ['I moved the whole of Years 3 and 4 over to a daily online programme.', 'moved the whole of Years 3 and 4 over'],
    ['- switched Prophet → LightGBM w/ lag feats', 'switched Prophet'],
    [
      'I have done the migration of the retry logic from the cron job to RabbitMQ with delayed queues.',
      'done the migration of the retry logic',
    ],
    ['I set the annual charge at £52 per bin, with a £5 discount for early sign-up.', 'set the annual charge at'],
    ['So I launched us in Manchester first, with two vans on lease.', 'launched us in Manchester first'],
    ['- test stopped on day 5, call was made to ship v3 to 100%', 'call was made'],
    ['I put the whole sign-up process online through the customer portal.', 'put the whole sign-up process online'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    // Another course named beside the move.
    'I moved the retries to RabbitMQ rather than shortening the cron interval, which would have tripled the load on the bank gateways.',
    'Went with B, kept A as fallback if the dwell time stayed over ten hours.',
    // Not decisions: a phone call, a step started first, an amount measured.
    'A call was made to the merchant the same afternoon.',
    'I started with the logs first and found the retry storm at 02:00.',
    'I set the alert at the on-call rota so it reached whoever was on shift.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
  it('"twice a day instead of once" is a new frequency, not another course', () =>
    assert.equal(
      lintWith(ID, story({ situation, action: 'I moved our main account to Medisource and ordered twice a day instead of once.', result }))
        .length,
      1,
    ));
  it('"a fallback" the writer built is no alternative weighed', () =>
    assert.equal(
      lintWith(ID, story({ situation, action: 'I moved all the OTP traffic to TextBridge and added a fallback to WhatsApp.', result }))
        .length,
      1,
    ));
});

describe(`${ID}: a pitch, a shorter version made, a change told with its purpose, a setting made role-only`, () => {
  const situation = 'Our QA form had 32 items and each call evaluation took 25 minutes.';
  const result = 'Evaluations took 9 minutes by the end of the quarter.';
  const fires: Array<[string, string]> = [
    ['We pitched a central review platform to leadership in March.', 'pitched'],
    ['I sort of made a shorter version, around 12 items, focused on what the client cares about.', 'made a shorter version'],
    ['I changed the booking so patients book a block of six sessions.', 'changed the booking so'],
    ['Made it manager-only in the POS.', 'Made it manager-only'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I pitched in on the weekend evaluations when the team was short.',
    'I made a shorter version rather than retraining the analysts on the long one, which would have taken a month.',
    'I changed the date so the whole team could attend.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: a rewrite down to a new shape, a share of work switched, a pricing model and a price in notes`, () => {
  const situation = 'Our behaviour policy ran to eleven pages and staff applied it differently in every year group.';
  const result = 'Detentions fell from 410 to 260 in the autumn term.';
  const fires: Array<[string, string]> = [
    ['I rewrote the policy down to a four-step consequence system and launched it at the September INSET day.', 'rewrote the policy down'],
    ['switched 40% of parcel volume to DPX from 14 Nov', 'switched 40% of parcel volume'],
    ['moved to per-seat: \u00a349 for the first 3 seats, \u00a39 per extra seat', 'moved to per-seat'],
    ['School plan: \u00a33 \u2192 \u00a34 per pupil per year.', 'plan: \u00a33 \u2192 \u00a34'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I rewrote the policy down to a four-step system rather than keeping the eleven pages, which staff said nobody read.',
    'I rewrote the policy to a tight deadline over the summer.',
    'Error rate: 4% \u2192 2% after the fix.',
    'We moved 30% of the budget from Instagram to Shopping after I built a one-page comparison of cost per first purchase.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: people put on the work, a supplier signed up with, a rule laid down, a budget moved, a rebuild by hand`, () => {
  const situation = 'Trucks to the stores left late on 40 nights out of the first 60 of peak.';
  const result = 'Late departures fell from 40 to 12 over the last two weeks of peak.';
  const fires: Array<[string, string]> = [
    ['I put the experienced people on loading and the agency people on wrapping.', 'put the experienced people'],
    ['I put a pharmacist on the wards in the afternoons to screen discharges early.', 'put a pharmacist'],
    ['Once the slot was approved I put her straight onto the ledger rewrite.', 'put her straight'],
    ['I signed us up with a cloud device-farm vendor and moved the regression cases there.', 'signed us up'],
    ['I set the rule that a release candidate is blocked unless the nightly run is green.', 'set the rule'],
    ["I used the second slot's budget for a contractor for six months.", "used the second slot's budget"],
    ['I went through the spreadsheet I had inherited and rebuilt it myself.', 'rebuilt it myself'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I put the slides on the shared drive before the review.',
    'I put the experienced people on loading rather than spreading them across every bay, which would have slowed the wrapping.',
    'I signed up for a course on warehouse planning in my own time.',
    'I set the table for the team breakfast on the last night of peak.',
    'I checked the budget for the quarter with finance every Friday.',
    'I rebuilt trust with the night shift by working three of their shifts myself.',
    'I asked whether we could use the budget for a contractor, but finance said no.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: a course thought about in any English, and a disagreement that sets two courses against each other`, () => {
  const situation = 'My manager wanted to put the whole summer budget into one festival sponsorship.';
  const result = 'The smaller events brought in 310 new newsletter sign-ups against 120 from the festival.';
  const silent = [
    'I thought about to use a bigger tool like Great Expectations, but it was more setup, so I kept the tests in dbt.',
    'I was thinking of moving the events to a street market, and in the end I proposed three smaller events.',
    "I told her I didn't agree, and I suggested we split it with some smaller events.",
    'I disagreed and proposed a two-week test with 10% of new subscribers.',
    'I pushed back on the plan and proposed we split the budget across three events.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
  const fires: Array<[string, string]> = [
    // A thought about a thing, a launch pushed back, and agreement are no other course.
    ['I thought about the festival crowd and proposed three smaller events.', 'proposed'],
    ['I pushed back the launch by a week and proposed three smaller events.', 'proposed'],
    ['I agreed with her and proposed three smaller events on top of the festival.', 'proposed'],
  ];
  decidesIn(situation, result, fires);
});

describe(`${ID}: outside help hired for the work, and an idea of the writer's own made into the plan`, () => {
  const situation = 'Pickers at our busiest warehouse walked 14 km a shift, and same-day orders missed the last truck.';
  const result = 'Walking fell to 9 km a shift and same-day misses from 30 to 6 a week.';
  const fires: Array<[string, string]> = [
    ['I brought in a slotting consultant to re-map the fast movers.', 'brought in a slotting consultant'],
    ['I hired two temps for the peak and put them on replenishment.', 'hired two temps'],
    ['I came up with the "pick by zone" idea and ran it on the night shift first.', 'came up with the "pick by zone" idea'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    // The same choices weighed, and help or ideas that are no design.
    'I brought in a slotting consultant rather than re-mapping it ourselves, since we had no one with the software.',
    'I brought in coffee for the night shift every Friday.',
    'I came up with a list of questions for the pickers and walked the floor with them.',
    'I hired a van for the weekend to move the spare racking.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: decisions told in plain words: a new way of working, resources put behind one thing, a swap, a price, a cut`, () => {
  const situation = 'Night shifts on the ward were short by two nurses most weeks, and agency cover kept falling through.';
  const result = 'Unfilled night shifts fell from 9 to 2 a month.';
  const fires: Array<[string, string]> = [
    ['We moved to a "core plus flex" model on nights.', 'moved to a "core plus flex" model'],
    ['I put more staff onto nights and fewer onto the late shift.', 'put more staff'],
    ['I took the paper rota out and put a shared sheet in its place.', 'put a shared sheet in its place'],
    ['I reviewed the bank rates and put prices up for agency cover.', 'put prices up'],
    ['I dropped the weekend twilight shift and kept the two long days.', 'dropped the weekend twilight shift and kept'],
    ['I moved the core rota (the 40 regular staff) to a four-week pattern.', 'moved the core rota (the 40 regular staff)'],
    // A bracketed aside with commas in it is one word of the object.
    ['I moved the three rotas (days, lates, and nights) to a four-week pattern.', 'moved the three rotas (days, lates, and nights)'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    // The same moves weighed, and look-alikes that are no design.
    'We moved to a "core plus flex" model on nights rather than paying agency rates, which would have cost twice as much.',
    'I moved to a new flat near the hospital that winter.',
    'I put more effort into the handover notes after a bad week.',
    'I dropped my daughter at school and kept my phone on for the night staff.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: "instead of" a count is a new measure, not another course`, () => {
  const situation = 'Our annual engagement survey had sixty questions and a third of depot staff answered it.';
  const result = 'Response rates rose from 34% to 71% across the six depots.';
  it('fires when "instead of" only sets one count against another', () =>
    assert.equal(
      lintWith(ID, story({ situation, action: 'I moved us to a quarterly pulse survey with twelve questions instead of sixty.', result }))
        .length,
      1,
    ));
  it('stays silent when "instead of" names another course', () =>
    assert.deepEqual(
      lintWith(ID, story({ situation, action: 'I moved us to a quarterly pulse survey instead of shortening the annual one.', result })),
      [],
    ));
});

describe(`${ID}: spending cut by a stated amount, and a purchase or a refresh put back`, () => {
  const situation = 'Energy costs for the school rose by £90,000 when the fixed-price contract ended in October.';
  const result = 'The school finished the year £4,000 inside its budget.';
  const fires: Array<[string, string]> = [
    ['I cut discretionary spending in every department by 10%.', 'cut discretionary spending'],
    ['I delayed the IT refresh to the next year.', 'delayed the IT refresh'],
  ];
  for (const [action, decision] of fires)
    it(`fires on: ${action}`, () => {
      const found = decisions(story({ situation, action, result }));
      assert.ok(String(found[0]).startsWith(decision), `${action} → ${found.join(', ')}`);
    });
  const silent = [
    // Weighed, and a cut that is an outcome measured, not a lever pulled.
    'I cut discretionary spending by 10% rather than delay the IT refresh, which the exam season needed.',
    'The new boiler controls cut the energy bill in every block by 12%.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: what the writer would do next time is no option weighed`, () => {
  const situation = 'About 30% of patients gave up halfway through the intake form.';
  const withResult = (result: string) =>
    decisions(story({ situation, action: 'I split the form into five short steps with a progress bar.', result }));
  it('fires when the only "would add" is hindsight', () =>
    assert.deepEqual(withResult('Abandonment fell from 30% to 12%. Maybe I would add the reminder texts earlier.'), ['split the form']));
  it('fires on "we would need" said of the writer', () =>
    assert.deepEqual(withResult('Abandonment fell from 30% to 12%. Next time we would need the nurses in the room earlier.'), [
      'split the form',
    ]));
  it('stays silent when an option would add a cost', () =>
    assert.deepEqual(withResult('Abandonment fell from 30% to 12%. A paper form would add a day of typing for the desk.'), []));
});

describe(`${ID}: a change of design told with its decider left out`, () => {
  const situation = 'River data for every flood model sat in spreadsheets, four or five versions per gauging station.';
  const result = 'Setting up a model went from two days to half a day.';
  const fires: Array<[string, string]> = [
    ['The gauge spreadsheets became a small Postgres database on one of the office servers.', 'The gauge spreadsheets became'],
    ['The nightly export turned into a stream that the models read from directly.', 'The nightly export turned into'],
    ['The design was revised and the old folders were archived.', 'was revised'],
    ['The three project trackers were consolidated into one.', 'were consolidated'],
  ];
  for (const [action, decision] of fires)
    it(`fires on: ${action}`, () => {
      const found = decisions(story({ situation, action, result }));
      assert.ok(String(found[0]).startsWith(decision), `${action} → ${found.join(', ')}`);
    });
  const silent = [
    'The weekly data meeting became a shouting match about whose file was right.',
    'The shared drive became a mess of duplicate folders by March.',
    'The spreadsheets became a small database rather than the vendor tool, which cost £3,000 a seat.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: a way of working changed as a whole, a line of work shut down, a layout redone "so" it works, schemes brought in`, () => {
  const situation = 'Boarding at our busiest gate took 40 minutes and a third of flights left late.';
  const result = 'Boarding time fell from 40 minutes to 26.';
  const fires: Array<[string, string]> = [
    ['We changed how we board at the gate.', 'changed how we'],
    ['I shut the paper check-in line down and moved its two agents to the gate.', 'shut the paper check-in line down'],
    ['I reworked the boarding groups so the window seats went first.', 'reworked the boarding groups so'],
    ['I rewrote the gate script to use seat rows.', 'rewrote the gate script to use'],
    ['I brought in one of the standard zone-boarding schemes from our partner airline.', 'brought in one of the standard'],
    ['I changed the app to show each passenger their boarding group on the home screen.', 'changed the app to show'],
    ['I moved the queue barriers around so families boarded from the second lane.', 'moved the queue barriers around so'],
    ['I launched a monthly briefing series for the gate agents.', 'launched a monthly briefing series'],
  ];
  for (const [action, decision] of fires)
    it(`fires on: ${action}`, () => {
      const found = decisions(story({ situation, action, result }));
      assert.ok(String(found[0]).startsWith(decision), `${action} → ${found.join(', ')}`);
    });
  const silent = [
    'I changed how I plan my week: every Monday I now walk the gate before the first flight.',
    'I shut the laptop down and went to the gate.',
    'I changed the date to Friday so the whole crew could attend.',
    'I moved the chairs around so I could see the whole gate, and counted the late boarders myself.',
    'We changed how we board at the gate, rather than adding a second door, which needed a new jet bridge.',
    'I reworked the boarding groups so the window seats went first, instead of boarding by zone, which would have meant new signs.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: a channel brought in or launched for the people served is a decision`, () => {
  const situation = 'Support was almost all email, and the first response to a customer sat at around 11 hours.';
  const result = 'First response time went from 11 hours to 4.';
  const fires: Array<[string, string]> = [
    ['I brought in live chat for order-status questions, staffed from the email team.', 'brought in live chat'],
    ['I launched a helpline for delivery questions.', 'launched a helpline'],
    ['I set up a partner portal for the installers.', 'set up a partner portal'],
  ];
  for (const [action, decision] of fires)
    it(`fires on: ${action}`, () => {
      const found = decisions(story({ situation, action, result }));
      assert.ok(String(found[0]).startsWith(decision), `${action} → ${found.join(', ')}`);
    });
  const silent = [
    'I brought in live chat for order-status questions rather than a second phone line, which would have cost twice as much.',
    'I brought in the post from the mailroom before the morning huddle.',
    'I joined the new chat channel the product team had set up.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: "whether" weighs a course only as a choice, not as a request`, () => {
  const situation = 'Wards ran out of stock items most weekends, and nurses borrowed from other wards.';
  const action = 'I brought in a two-bin system on all six wards.';
  it('fires when "whether we could" only asks for more of the same', () =>
    assert.deepEqual(
      decisions(
        story({ situation, action, result: 'Weekend stock-outs fell from 14 to 2, and the division asked whether we could roll it out.' }),
      ),
      ['brought in a two-bin system'],
    ));
  for (const result of [
    'Weekend stock-outs fell from 14 to 2; I had weighed whether to top up daily instead, but that needed a porter.',
    'Weekend stock-outs fell from 14 to 2, after a month of arguing whether we should just add a weekend porter.',
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: the course named as what the writer arrived at`, () => {
  const situation = 'Sellers had only a spreadsheet export to track their orders, and support got 200 calls a week about it.';
  const result = 'Calls about orders fell from 200 to 60 a week.';
  const fires: Array<[string, string]> = [
    ['The plan I landed on was to build every screen from the components of our design system.', 'The plan I landed on'],
    ['The setup we landed on was one nightly export of every order.', 'The setup we landed on'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'The plan I landed on was to build every screen from our design system, rather than new components that would take a month.',
    'The plan I was given was to build every screen from our design system.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: a decision in notes, with no verb`, () => {
  const notes = (line: string) =>
    '# De-icing night\n\n**S:** Freezing fog, 23 departures in the evening bank, two de-icing rigs for the night.\n\n' +
    `**T:** Get the bank away.\n\n**A:**\n- Escalated to the contractor twice. No extra rig.\n- ${line}\n\n` +
    '**R:**\n- 6 cancellations, 14 departures delayed over 2 h.\n';
  it('fires on "Decision taken to cancel the last 6 departures."', () =>
    assert.deepEqual(decisions(notes('Decision taken to cancel the last 6 departures.')), ['Decision taken']));
  for (const line of [
    'Decision taken to cancel the last 6 departures rather than hold crews past their hours.',
    'Decision taken to the duty manager at 20:00.',
  ])
    it(`stays silent on: ${line}`, () => assert.deepEqual(lintWith(ID, notes(line)), []));
});

describe(`${ID}: a thing built or set up, a rota changed to a new shape, a fix named, a thing cut down to a smaller one`, () => {
  const situation = 'Shift handovers on the loading bay were a photo of the whiteboard, and two pallets a week went missing.';
  const result = 'Missing pallets fell from two a week to one a month.';
  const fires: Array<[string, string]> = [
    ['I built a new Excel template for the handover that pulls the main numbers from the WMS export.', 'built a new Excel template'],
    ['I set up a new framework with Playwright and TypeScript for the handover checks.', 'set up a new framework'],
    ['I made a buddy system, every new picker with an experienced one for their first three shifts.', 'made a buddy system'],
    ['I changed the rota to 4 on / 4 off, 12-hour shifts, for the whole team.', 'changed the rota'],
    ['My fix was to put the handover sheet on the bay door.', 'My fix was'],
    ['I cut the handover script down to a one-page checklist.', 'cut the handover script down to a one-page checklist'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I built a new Excel template for the handover rather than buying a WMS add-on, which would have cost £8,000.',
    'I changed the date of the handover meeting to Friday so the whole team could come.',
    'I cut the handover time down to 4 minutes by reading the sheet aloud at the bay door.',
    'I filled in the handover template every night and walked the bay with the next shift lead.',
  ];
  for (const action of silent)
    it(`stays silent on: ${action}`, () => assert.deepEqual(lintWith(ID, story({ situation, action, result })), []));
});

describe(`${ID}: courses laid out as what the writer could do, the road not taken, and a result against its past`, () => {
  const situation = 'We were oversold by 11 rooms on a festival Saturday.';
  const action = 'I went with walking guests early and booked them into our sister hotel.';
  const silent = [
    'I could wait for no-shows, which would be a gamble. Or I could call the last guests before they travelled.',
    'If I had gone straight to the overbooking limit, I would have fixed the wrong problem.',
  ];
  for (const extra of silent)
    it(`stays silent with: ${extra}`, () =>
      assert.deepEqual(lintWith(ID, story({ situation, action: `${extra} ${action}`, result: 'No guest was walked at the desk.' })), []));
  it('fires when the only comparison is the result against the year before', () =>
    assert.deepEqual(
      decisions(story({ situation, action, result: 'We had one complaint, compared with six from a similar oversell the year before.' })),
      ['went with'],
    ));
});

describe(`${ID}: an option's upside named as what it would have bought`, () => {
  const situation = 'We were oversold by 11 rooms on a festival Saturday.';
  const action = 'I went with walking guests early and booked them into our sister hotel.';
  const silent = [
    'I could have let the night manager walk guests at the desk, which would have been quicker, but it meant angry arrivals.',
    'Holding rooms for no-shows saved money, but I was not willing to trade that for eleven angry families.',
  ];
  for (const extra of silent)
    it(`stays silent with: ${extra}`, () =>
      assert.deepEqual(lintWith(ID, story({ situation, action: `${extra} ${action}`, result: 'No guest was walked at the desk.' })), []));
  it('fires when what it would have been names no upside of another course', () =>
    assert.deepEqual(
      decisions(story({ situation, action: `${action} Doing it a day earlier would have been kinder.`, result: 'No guest was walked.' })),
      ['went with'],
    ));
});

describe(`${ID}: an answer to a question that asks for a decision tells one, in whatever words`, () => {
  const answer = (
    title: string,
    action = 'I rang three coach firms, booked the one that could come at 7am and told the parents by text.',
  ) =>
    lintWith(
      ID,
      story({
        title,
        situation: 'On the morning of the Year 6 residential, the coach firm rang to say their vehicle had failed its check.',
        action,
        result: 'We left 40 minutes late and all 58 children arrived before lunch.',
      }),
    );
  for (const title of [
    'Tell me about a time you had to make a quick decision under pressure',
    'Describe a curriculum decision you have taken',
    'A tough call on the residential',
  ])
    it(`fires on an answer with no alternative under: ${title}`, () =>
      assert.deepEqual(
        answer(title).map((f) => f.messageId),
        ['askedDecision'],
      ));
  it('stays silent when the answer names what else was weighed', () =>
    assert.deepEqual(
      answer(
        'Tell me about a time you had to make a quick decision under pressure',
        'The alternative was to cancel the trip, which meant refunds for 58 families, so I rang three coach firms instead.',
      ),
      [],
    ));
  for (const title of ['Tell me about a time you used data to change a decision', 'The residential trip'])
    it(`stays silent under a title that asks for no decision of the writer's: ${title}`, () => assert.deepEqual(answer(title), []));
});

describe(`${ID}: a new supplier brought in, and spending frozen or capped across the board`, () => {
  const told = (action: string) =>
    lintWith(
      ID,
      story({
        situation: 'Our hotel laundry came back late and stained, and costs ran over budget.',
        action,
        result: 'Late linen fell from 9 days a month to 1, and spending came in £40k under budget.',
      }),
    );
  for (const action of [
    'I brought in a new laundry company on a 12-month contract and set up a count sheet at the bay.',
    'I froze all non-customer travel with immediate effect and reviewed every open order myself.',
    'I capped all agency overtime at 10 hours a week per person.',
  ])
    it(`fires on: ${action}`, () => assert.equal(told(action).length, 1));
  for (const action of [
    // The same acts with what else was weighed, and look-alikes that are no choice of a supplier or a lever.
    'I brought in a new laundry company rather than fine the old one, since fines had not worked twice before.',
    'I froze all non-customer travel instead of cutting the training budget, which the new starters needed.',
    'I brought in a new starter on Mondays to learn the count sheet.',
    'The pipes froze all night, so I rang the plumber at six and dried the linen store.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(told(action), []));
});

describe(`${ID}: a transcript where the interviewer asked for the options`, () => {
  const told = (followUp: string, answer: string) =>
    '## Standups across time zones\n\n**Q:** Tell me about a change you made to how your team works.\n\n' +
    '**A:** I led seven developers split between Manchester and Vancouver, and the Vancouver half missed 19 of 48 standups.\n\n' +
    `${followUp}**A:** ${answer}\n\n**Q:** How did you run the change?\n\n` +
    '**A:** I moved the standup to a Slack thread with a fixed template and a bot that posts it every morning.\n\n' +
    '**Q:** What was the result?\n\n**A:** Blockers waited about three hours instead of a day, and the team voted to keep it.\n';
  const options =
    'Three. I could keep the time and push on attendance, which felt unfair on parents. I could rotate the time weekly, ' +
    'but then half the team always has a bad slot. Or go async, with one live call on Fridays.';
  it('stays silent when the answer tells the options in its own words', () =>
    assert.deepEqual(lintWith(ID, told('**Q:** What options did you look at?\n\n', options)), []));
  it('fires when the answer says there were none', () =>
    assert.equal(
      lintWith(ID, told('**Q:** Did you consider any other ways of doing it?\n\n', 'Um... not really, a thread is what I knew would work.'))
        .length,
      1,
    ));
  it('fires when nobody asked and no option is named', () =>
    assert.equal(
      lintWith(ID, told('**Q:** What did you try first?\n\n', 'I asked the Vancouver developers what time suited them.')).length,
      1,
    ));
});

describe(`${ID}: a switch to a new supplier or tool, and a return to the old way, told as the writer's step`, () => {
  const told = (action: string) =>
    lintWith(
      ID,
      story({
        situation: 'School lunches arrived cold twice a week, and parents had started to complain.',
        action,
        result: 'Cold lunches fell from 8 days a month to 1, and complaints stopped by half term.',
      }),
    );
  for (const action of [
    'I ran a tender, and we moved to a new caterer from September.',
    'I changed all our outerwear zippers to a new supplier in Ningbo.',
    'When the booking system kept failing, I went back to the paper diary for our patch.',
  ])
    it(`fires on: ${action}`, () => assert.equal(told(action).length, 1));
  for (const action of [
    'We moved to a new office in March, so I rebooked the delivery slots.',
    'I compared three caterers on price and distance, and we moved to a new caterer that could deliver by 11:30 instead of ' +
      'the cheaper one.',
    'I went back to the old caterer and asked them to deliver forty minutes later.',
  ])
    it(`stays silent on: ${action}`, () => assert.deepEqual(told(action), []));
});

describe(`${ID}: a new practice the writer took up`, () => {
  const situation = 'Discharge prescriptions reached the pharmacy in one rush between eleven and two.';
  const result = 'Turnaround fell from about four hours to under two.';
  const fires: Array<[string, string]> = [
    ['I started screening the prescriptions on the ward as soon as they were written.', 'started screening'],
    ['I began batching the afternoon discharges into two porter runs.', 'began batching'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I started working nights in March to see the rush for myself.',
    'I started to look at when the prescriptions were written.',
    'I started talking to the ward sisters every morning.',
    'I started screening the prescriptions on the ward rather than waiting for them to reach the dispensary.',
  ];
  decidesNothingIn(situation, result, silent);
});

describe(`${ID}: a change of design told as "changed X to Y"`, () => {
  const situation = 'Tomato traders said the prices we texted them were out of date by the time they reached the market.';
  const result = 'Traders opening the alerts went from 1,200 to 1,800 a week.';
  const fires: Array<[string, string]> = [
    ['I changed the price alert to daily, sent at 6am with the previous evening price.', 'changed the price alert'],
    ['I changed the truck count to part of every morning alert.', 'changed the truck count'],
  ];
  decidesIn(situation, result, fires);
  const silent = [
    'I changed the price alert to daily rather than adding a second supplier, which would have doubled the cost.',
    'I changed my shift to the early one so I could be at the market by five.',
    'I changed the alert to Monday after the union asked.',
  ];
  decidesNothingIn(situation, result, silent);
});

describe(`${ID}: a passive that is denied decides nothing ("wasn't selected")`, () => {
  const situation = 'Two depots were merged and each had its own shift lead.';
  const result = 'The merged depot kept all 40 drivers through the year.';
  decidesIn(situation, result, [['A single rota was introduced across both depots in the first month.', 'was introduced']]);
  decidesNothingIn(situation, result, [
    "The Dunmore shift lead wasn't selected for the combined role, and I told him myself the same afternoon.",
    'The old rota was never replaced, and I met both leads every Monday to keep the two in step.',
  ]);
});

describe(`${ID}: a setting moved between two figures written with thousands separators`, () => {
  const situation = 'The cash-deposit scenario raised 1,200 alerts a month, almost all closed as not suspicious.';
  const result = 'Alerts fell from 1,200 to 780 a month.';
  decidesIn(situation, result, [['I moved the lower threshold from €8,000 to €9,000 for retail shops.', 'moved the lower threshold']]);
  decidesNothingIn(situation, result, ['I moved the lower threshold from €8,000 to €9,000, rather than dropping the scenario.']);
});

describe(`${ID}: one course costed against another, or a choice made after the demos or quotes, weighs alternatives`, () => {
  const situation = 'The church hall we rehearse in lost its heating three weeks before the show.';
  const result = 'We kept all 24 rehearsal hours and opened on the planned night.';
  decidesIn(situation, result, [
    ['I went with four hired radiators and moved the children into the vestry.', 'went with'],
    ['I went with OrisCloud once the trial month ended, as the staff found it easy to use.', 'went with'],
  ]);
  decidesNothingIn(situation, result, [
    'I costed moving to a school hall nearby — about £840 for the hours left — against hiring four radiators for £140. I went ' +
      'with the radiators.',
    'I went with OrisCloud after the demos, as the staff found it easiest to use.',
    'I went with the cheapest hire firm from three quotes.',
  ]);
  decidesIn('Three of my best players left for the county side.', 'The season ended mid-table.', [
    ['After the county trials I went with a back three for the rest of the season.', 'went with'],
  ]);
});
