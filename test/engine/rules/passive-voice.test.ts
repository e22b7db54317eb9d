import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';

const ID = 'passive-voice';

/** Lints one Action sentence of a small story and returns the flagged phrases. */
function flaggedIn(sentence: string): string[] {
  const text = story({
    situation: 'A payout run failed halfway on a Friday.',
    action: sentence,
    result: 'All 4,300 payouts landed the same day.',
  });
  return flagged(text, lintWith(ID, text));
}

describe(ID, () => {
  describe('fires on', () => {
    const cases: Array<[string, string[]]> = [
      ['The decision was made to roll back.', ['was made']],
      ['The old job was switched off after a week of running both versions.', ['was switched off']],
      ['During the first week some alerts were missed because the check paged the wrong channel.', ['were missed']],
      ['A banner was added to the order-tracking page.', ['was added']],
      ['The final definition was signed off at the steering meeting.', ['was signed off']],
      ['I found that a schema migration had been deployed that morning without an index.', ['had been deployed']],
      ["The sellers' emails were answered over the weekend.", ['were answered']],
      ['Costs were reduced by 40%.', ['were reduced']],
      ['The fix will be reviewed tomorrow.', ['will be reviewed']],
      ['The ticket was closed by Friday.', ['was closed']],
      ['It was decided that we would pause the launch.', ['was decided']],
      ['The outage was resolved by rolling back the deploy.', ['was resolved']],
      ['The fix was quickly tested and shipped.', ['was quickly tested']],
      ['Latency was cut by half.', ['was cut']],
      ['Two engineers were hired and the old cluster was shut down.', ['were hired', 'was shut down']],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepEqual(flaggedIn(sentence), expected));
    }
  });

  describe('stays silent on', () => {
    const cases: Array<[string, string]> = [
      ['an agent after "by"', 'The budget line was approved by the CFO the same week.'],
      ['an agent with a count: "by two staff engineers"', 'The design doc was reviewed and approved by two staff engineers.'],
      ['"I was asked": the subject is the writer', 'I was asked to lead the migration.'],
      ['"we were given": a personal subject', 'We were given two weeks to finish.'],
      ['a feeling, not an action: "I was excited"', 'The plan was ready and I was excited to start.'],
      ['a place: "is located in"', 'The support office is located in Pune.'],
      ['"supposed to"', 'The platform team was supposed to ship the gateway in March.'],
      ['a relative clause: "the rollback that was deployed"', 'The rollback that was deployed on Friday held.'],
      ['"made up of": what something consists of', 'The cluster is made up of 12 nodes.'],
      ['a passive inside a quotation', 'The customer wrote "I was told to wait a week" in the ticket.'],
      ['an adjective ending in -ed: "was outdated"', 'The runbook was outdated and the dashboard was complicated.'],
      ['an adjective made with un-: "was untested"', 'The failover path was untested.'],
      ['"was well received": no participle right after be', 'The new form was well received.'],
      ['a past tense in the active voice', 'I deployed the fix and restarted the run.'],
      ['"need"-like words that end in -ed: "the speed"', 'The real problem was speed.'],
    ];
    for (const [name, sentence] of cases) {
      it(name, () => assert.deepEqual(flaggedIn(sentence), []));
    }
  });

  it('leaves the Situation alone by default, and reads it when asked', () => {
    const text = story({
      situation: 'The ledger service was written in 2014.',
      action: 'I rewrote the nightly job.',
      result: 'Batch time fell by 80%.',
    });
    assert.deepEqual(lintWith(ID, text), []);
    assert.deepEqual(flagged(text, lintWith(ID, text, { sections: ['situation'] })), ['was written']);
  });

  it('honours the ignore option', () => {
    assert.deepEqual(lintWith(ID, story({ action: 'The fix was deployed at noon.' }), { ignore: ['deployed'] }), []);
  });

  it('puts the phrase in the data and offers an active rewrite with the writer as a placeholder actor', () => {
    const text = story({ action: 'The old job was switched off after a week.' });
    const [f] = lintWith(ID, text);
    assert.equal(f.messageId, 'passive');
    assert.equal(f.data.phrase, 'was switched off');
    const [s] = f.suggestions;
    assert.equal(s.title, 'Rewrite as `I switched off the old job`');
    assert.equal(s.kind, 'prompt');
    assert.equal(s.preferred, undefined);
    const [e] = s.edits;
    assert.equal(
      text.slice(0, e.start) + e.newText + text.slice(e.end),
      story({ action: 'I ${1:switched} off the old job after a week.' }),
    );
  });

  it('rewrites a passive after a clause break and gives an irregular verb its past tense', () => {
    const text = story({ action: 'I fixed the index, and the design doc was written over a weekend.' });
    const [f] = lintWith(ID, text);
    const [e] = f.suggestions[0].edits;
    assert.equal(
      text.slice(0, e.start) + e.newText + text.slice(e.end),
      story({ action: 'I fixed the index, and I ${1:wrote} the design doc over a weekend.' }),
    );
  });

  it('never makes the writer the actor over a person or team: "our team was asked" gets a prompt, not "I asked our team"', () => {
    const text = story({ action: 'The whole platform team was reorganised in March.' });
    const [f] = lintWith(ID, text);
    assert.ok(f, 'the passive is flagged');
    assert.deepEqual(
      f.suggestions.map((s) => s.title),
      ['Insert prompt: who acted, and what they did'],
    );
  });

  it('asks who acted when the subject cannot be lifted cleanly', () => {
    const text = story({ action: 'It was decided on Friday.' });
    const found = lintWith(ID, text);
    for (const f of found) assert.ok(!/ by \$\{/.test(f.suggestions[0].edits[0].newText), 'no "by [who]"');
  });
});

describe('passive-voice: states are not hidden actors', () => {
  it('stays silent on "what was still broken"', () => {
    const text = story({
      action: 'I fixed the job.',
      learning: 'Being candid about what was still broken did more for trust than any fix.',
    });
    assert.deepEqual(lintWith('passive-voice', text), []);
  });
});

describe(`${ID}: the writer's account, not a process or an event`, () => {
  const fires: Array<[string, string[]]> = [
    ['The new pricing page got approved in a week.', ['got approved']],
    ['A staging cluster was stood up for the load test.', ['was stood up']],
    ['By Friday the rollout was started and then rolled back.', ['was started']],
    ['Engineering got pulled onto the billing rewrite.', ['got pulled']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));

  const silent = [
    'Code is reviewed by one other developer and then it is deployed on Tuesdays.',
    'Each order is picked, packed and scanned before it leaves the dock.',
    'The data from the first week was lost.',
    'Two nurses were injured on the ward that night.',
    'Records went missing when the old ticketing system was replaced.',
    'I was asked to lead the migration.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: what could or should be done hides no one's act`, () => {
  const silent = [
    'Most rejections could be fixed with a manual override in the claim editor.',
    'Annual subscribers were meant to be charged once a year.',
    'The refunds should be processed within 48 hours, the contract says.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a passive inside a clause that describes a fact`, () => {
  const silent = [
    'I split the no-shows by weekday and by how the appointment had been booked.',
    'I added a screen that detects where the subscription was bought.',
    'I checked whether the refund had been issued before I called the customer.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  const fires: Array<[string, string[]]> = [
    ['The question of how to proceed was settled in a meeting I missed.', ['was settled']],
    ['I found out how it happened: the config was changed on Friday.', ['was changed']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
});

/* Issue #8: precision on stories written by others. Every sentence here is new, written for this family. */
describe(`${ID}: no act, or no one's act, behind the passive`, () => {
  const silent: Array<[string, string]> = [
    ['an act that did not happen', 'The old billing system never got migrated, so two plants still ran it.'],
    ['a check that was never run (it used to fire: no act, so no one hid it)', 'The suite was never run against production-sized data.'],
    ['a denied approval', "The extra shifts we'd requested weren't approved in time."],
    ['"none of them" as the subject', 'Almost none of the new accounts had been flagged by the health score.'],
    ['a gerund after "without"', 'Most errors came from returns going back on the shelf without being scanned.'],
    ['a state of people', 'Most of them were retired, and about half used an old phone.'],
    ['a routine in the subject', 'Every invoice was printed and posted by hand at month end.'],
    ['a routine in the verb group', 'Orders were usually picked from the front of the store.'],
    ['a gerund after a verb of liking', 'Of the 40 patients we asked, 33 said they preferred being included.'],
    ['a counterfactual', 'With a second check on the Friday, the error would have been caught.'],
  ];
  for (const [name, sentence] of silent) it(`stays silent on ${name}`, () => assert.deepEqual(flaggedIn(sentence), [], sentence));
  const fires: Array<[string, string[]]> = [
    ['The two old servers were retired in March.', ['were retired']],
    ['The change was reverted after forty minutes.', ['was reverted']],
    ['The rota was rewritten over the weekend.', ['was rewritten']],
  ];
  for (const [sentence, expected] of fires) it(`still fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
});

describe(`${ID}: an overloaded team, and nothing done`, () => {
  const silent = [
    'The care team lead disagreed, because her team was stretched, so I tested the call on half the new donors first.',
    'The night shift was swamped after the storm, so I came in at four to help with the backlog.',
    'I built the index concurrently so nothing was locked, then rewrote the query to use it.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  it('still fires on a hidden act next to them: "the rota was changed"', () =>
    assert.deepEqual(flaggedIn('Her team was stretched, and the rota was changed without a word to them.'), ['was changed']));
});

describe(`${ID}: how someone felt is a state, not a hidden act`, () => {
  const silent = [
    'Her mother was frightened and rang the branch twice that morning.',
    'The families were upset, so I called each of them myself before the letter went out.',
    'I was reassured by the second set of readings and signed the handover.',
    'The players were stoked, and the streamers were chuffed with the new map.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  it('still fires on a hidden act beside the feeling', () =>
    assert.deepEqual(flaggedIn('The families were upset because the visit was cancelled the night before.'), ['was cancelled']));
});

describe(`${ID}: a share as the subject is a measured fact, a count is not`, () => {
  const silent = [
    'I checked this and 72% of take-home prescriptions were written after 11 am.',
    'Over four months about 60% of the cancelled slots were filled from the short-notice list.',
    'Three of the four bids were rejected on price.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  const fires: Array<[string, string]> = [
    ['That night 174 passengers were put up in hotels.', 'were put up'],
    ['When we went to 25%, the flag was flipped for all users.', 'was flipped'],
  ];
  for (const [sentence, phrase] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [phrase]));
});

describe(`${ID}: a place shut for a span, what the writer believed, and what a complaint was about`, () => {
  const silent = [
    'The university GPU cluster was closed over the Christmas break, so I moved the training to my laptop.',
    'The Ashby branch was closed for roof repairs that month.',
    'I had assumed accessibility was covered because we used system components.',
    'Support found 23 tickets about promo codes being rejected late at night.',
    'With the form being reworked that week, I ran the interviews on paper.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  const fires: Array<[string, string]> = [
    ['The case was closed on Friday without a call to the tenant.', 'was closed'],
    ['The branch was closed in March after the review.', 'was closed'],
    ['I heard the budget was cut in the Q3 planning round.', 'was cut'],
  ];
  for (const [sentence, phrase] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [phrase]));
});

describe(`${ID}: an outcome someone else granted or remarked on hides no act of the writer's`, () => {
  const silent = [
    'The resubmission was accepted eventually and the students were fine.',
    'The promoter was not pleased and the sale was extended by a day.',
    'Falls risk was mentioned in only about half of the handovers.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  const fires: Array<[string, string]> = [
    ['The resubmission was rewritten overnight.', 'was rewritten'],
    ['The sale was moved to the Saturday.', 'was moved'],
  ];
  for (const [sentence, phrase] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [phrase]));
});

/* A compound participle that names its agent or makes an adjective ("team-based", "manager-led") hides no one. New sentences. */
describe(`${ID}: compounds that name who stands behind them`, () => {
  for (const sentence of ['Rostering on the ward was team-based and the handover was paper-based.', 'The old process was manager-led.'])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  it('still fires on a plain passive beside them: The handover sheet was rewritten.', () =>
    assert.deepEqual(flaggedIn('The handover sheet was rewritten.'), ['was rewritten']));
});

describe(`${ID}: a participle graded by a degree word is a quality, not a hidden act`, () => {
  for (const sentence of [
    'By the demo the prototype was really polished, and I walked the panel through it myself.',
    'The first handover was so rushed that I rewrote the checklist that night.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  for (const [sentence, passive] of [
    ['The rota was completely changed over the weekend.', 'was completely changed'],
    ['The payout file was quietly regenerated on Saturday.', 'was quietly regenerated'],
  ])
    it(`still fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [passive]));
});

describe(`${ID}: a concern or a ticket raised is an act with someone behind it; a person raised somewhere is not`, () => {
  for (const [sentence, expected] of [
    ['Concerns were raised with her at a meeting in June.', ['were raised']],
    ['A purchase order was raised for the replacement pumps the same afternoon.', ['was raised']],
    ['I was born and raised in Lagos, so I knew how agents there use the terminals.', []],
    ['She was raised in Leeds and knew every depot manager by name.', []],
  ] as Array<[string, string[]]>)
    it(sentence, () => assert.deepEqual(flaggedIn(sentence), expected));
});

describe(`${ID}: a hyphenated participle is read by its last part`, () => {
  for (const [sentence, expected] of [
    ['During the import the pods were OOM-killed and 2% of searches failed.', []],
    ['The vendor list was well-known to every buyer on the floor.', []],
    ['The invoices were hand-delivered to each site manager.', ['were hand-delivered']],
    ['The rota was re-approved at the next staff meeting.', ['was re-approved']],
  ] as Array<[string, string[]]>)
    it(sentence, () => assert.deepEqual(flaggedIn(sentence), expected));
});

/* Issue #8, blind dev part: 28 of 30 "being" passives and 15 of 15 bare "be" passives the engine flagged were not marked. */
describe(`${ID}: what was under way, and a "be" that tells no act`, () => {
  const silent: Array<[string, string]> = [
    ['a passive under way', 'Orders were being released in the order they arrived, so the lunch orders landed in the last wave.'],
    ['a present passive under way', 'The main ballroom is being refurbished, so I moved the plenary to the marquee.'],
    ['a programme "being imposed"', 'The heads of English were wary of a programme from the big school being imposed on them.'],
    ['"be" joined to an infinitive', 'I did not trust anyone else to arrive and be briefed before nine.'],
    ['a subjunctive "be"', "The lender said she'd rather the model be shown as it was than be rushed."],
    ['a modal with an adverb between', 'I checked which of the nine patients could still be seen without the scan.'],
    ['a counterfactual with "otherwise"', 'The breaker tripped 212 times, each a basket that would otherwise have been mischarged.'],
  ];
  for (const [name, sentence] of silent) it(`stays silent on ${name}`, () => assert.deepEqual(flaggedIn(sentence), [], sentence));
  const fires: Array<[string, string]> = [
    ['By ten the release had to be rolled back.', 'had to be rolled back'],
    ['Four calls to the carrier needed to be made before noon.', 'needed to be made'],
    ['The second batch will be reviewed on Monday.', 'will be reviewed'],
  ];
  for (const [sentence, phrase] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [phrase]));
});

describe(`${ID}: what was sold or refused, what a thing became, and a feeling`, () => {
  const silent = [
    'Out of 1,800 units, 1,310 were sold as new and the rest went to the outlet shop.',
    'Her visa was refused in the first round, so I moved her start date to March.',
    'Owen was mortified when he saw the figures on the board.',
    'Whatever had been published overnight I read at seven, line by line against the source.',
    'Sales had promised the prospect far more than what was scoped.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  it('still fires when "what" opens a clause of its own', () =>
    assert.deepEqual(flaggedIn('What happened was the date got released in the system by mistake.'), ['got released']));
});

describe(`${ID}: a "by", an "after" or a "not" that belongs to another part of the sentence`, () => {
  const fires: Array<[string, string[]]> = [
    ['The rollout was halted and a hotfix was put together by Tuesday.', ['was halted', 'was put']],
    ['After that the contractor was replaced.', ['was replaced']],
    ['Accounts that had not been remediated were placed on a restriction.', ['were placed']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  const silent = [
    'After the old system was replaced, records went missing.',
    'The rollout was halted by the duty manager and I took the calls.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a state the story found, told in the perfect with "already", "just" or "only", and a crowded place`, () => {
  const silent = [
    'By then some events had already been dropped, so I wrote a script to replay them.',
    'The insurer would not pay, because the fridge had just been switched off.',
    "The carrier's label API had only been tested in their sandbox.",
    'Southampton was cheaper but was already congested from other diverted traffic.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  const fires: Array<[string, string]> = [
    ['Only the first batch had been tested before the release.', 'had been tested'],
    ['The rota had been changed overnight.', 'had been changed'],
  ];
  for (const [sentence, phrase] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), [phrase]));
});

describe(`${ID}: the rewrite leaves a sentence`, () => {
  const rewritten = (sentence: string): string => {
    const text = story({ action: sentence });
    const [f] = lintWith(ID, text);
    const [e] = f.suggestions[0].edits;
    return (text.slice(0, e.start) + e.newText + text.slice(e.end)).replace(/\$\{\d:([^}]*)\}/g, '$1');
  };
  it('asks who acted when the subject opens on a time ("By ten the release …"), rather than lifting "by ten" into it', () =>
    assert.equal(
      rewritten('By ten the release had to be rolled back.'),
      story({ action: 'By ten the release had to be rolled back. Who acted and what they did.' }),
    ));
  it('lower-cases a number word that opened the sentence', () =>
    assert.equal(rewritten('Four calls were made before noon.'), story({ action: 'I made four calls before noon.' })));
  it('keeps a name that opened the sentence', () =>
    assert.equal(
      rewritten("Priya's report was rewritten over the weekend."),
      story({ action: "I rewrote Priya's report over the weekend." }),
    ));
});

describe(`${ID}: a thing's wear is its condition, not an act`, () => {
  for (const sentence of [
    "I checked the other two fridges' seals the same day: one more was worn, so I replaced it.",
    'The drive adaptor on the fixture was worn, and I fitted a new one.',
    'By week three people were worn out, so I brought in a second shift.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
  it('fires on a real passive beside it: The worn seals were replaced the same day.', () =>
    assert.deepEqual(flaggedIn('The worn seals were replaced the same day.'), ['were replaced']));
});

describe(`${ID}: "pleased with how it was handled" hides who handled it`, () => {
  for (const [sentence, expected] of [
    ['The client was satisfied with how it was handled.', ['was handled']],
    ['Matron was very pleased with how everything was handled.', ['was handled']],
    ['The councillor was happy with how the complaint had been handled.', ['had been handled']],
  ] as Array<[string, string[]]>)
    it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  for (const sentence of [
    // A fact described, not an act hidden: how it was run, or how a thing was booked.
    'The manager was pleased with how the investigation was run.',
    'I split the failures by how the payout had been booked.',
    // The writer names the one who handled it.
    'The client was satisfied with how I handled it.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a frequency that names the thing ("a new weekly checklist was introduced") is no routine`, () => {
  for (const [sentence, expected] of [
    ['A new weekly checklist was introduced.', ['was introduced']],
    ['The weekly sample meeting was moved to Monday morning.', ['was moved']],
    ['Our daily stand-up was cut to ten minutes.', ['was cut']],
  ] as Array<[string, string[]]>)
    it(`fires on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), expected));
  for (const sentence of [
    // A routine: how the process ran, told in the past.
    'Every invoice was printed and posted by hand.',
    'Orders were weekly checked against the pick list.',
    'Each delivery was logged on the sheet at the door.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(flaggedIn(sentence), []));
});

describe(`${ID}: a decision told with no one making it is flagged in the Situation and Task too`, () => {
  /** Lints a story whose Situation (or Task) holds the sentence and returns the flagged phrases. */
  const inBackground = (sentence: string, part: 'situation' | 'task' = 'situation') => {
    const text = story({ [part]: sentence, action: 'I moved the 40 bookings myself.', result: 'All 40 patients kept their slot.' });
    return flagged(text, lintWith(ID, text));
  };
  for (const [sentence, expected, part] of [
    ['It was decided that support would move onto Jira Service Management.', ['was decided'], 'situation'],
    ['At the trust meeting in November it was agreed that all schools would move to Arbor.', ['was agreed'], 'situation'],
    ['In the summer a decision was taken to move everything to a cloud CRM.', ['was taken'], 'situation'],
    ['The freeze meant the post could not be backfilled, and it was made clear that the timetable would not move.', ['was made'], 'task'],
    ['The call was made to close the branch in March.', ['was made'], 'task'],
  ] as Array<[string, string[], 'situation' | 'task']>)
    it(`fires on: ${sentence}`, () => assert.deepEqual(inBackground(sentence, part), expected));
  for (const sentence of [
    // Background with no decision in it, and a decision whose maker is named.
    'The ledger service was written in 2014 and was moved to AWS in 2019.',
    'The decision was made by the previous CMO together with my predecessor.',
    'The report came from an old job, it was made by a contractor years before.',
    // A decision nobody took: negated.
    'It was never decided who owned the rota.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(inBackground(sentence), []));
});
