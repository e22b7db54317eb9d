import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';

const ID = 'unquantified-claim';
const SITUATION = 'Partners said our order API was slow during their nightly syncs.';

/** The flagged phrase of one Result (or Action) sentence in a minimal story. */
function claimIn(text: string, part: 'action' | 'result' = 'result'): string[] {
  const md = story({ situation: SITUATION, [part]: text });
  return flagged(md, lintWith(ID, md));
}

describe(ID, () => {
  describe('fires on', () => {
    const fires: Array<[string, string, 'action' | 'result', string]> = [
      [
        'an intensified improvement verb',
        'I significantly improved the performance of the sync endpoint.',
        'result',
        'significantly improved',
      ],
      ['a reliability comparative', 'The new batching made the nightly sync more reliable.', 'result', 'more reliable'],
      ['happier users', 'Partners were happier with the new endpoint.', 'result', 'happier'],
      ['fewer outages', 'We had fewer outages after the migration.', 'result', 'fewer outages'],
      ['a vague outcome noun', 'We saw great results across every partner.', 'result', 'great results'],
      ['a metric that dropped', 'Sync latency dropped dramatically.', 'result', 'dropped'],
      ['a change verb with a metric object', 'This reduced our database costs.', 'result', 'reduced'],
      [
        'a claim in a relative clause of the Action',
        'I rewrote the pagination, which cut latency for every partner.',
        'action',
        'cut latency',
      ],
      ['a huge success', 'The launch was a huge success with partners.', 'result', 'huge success'],
      ['a phrasal change verb', 'Support tickets went down after the release.', 'result', 'went down'],
      ['"much faster" as a predicate', 'The sync is now much faster for large partners.', 'result', 'much faster'],
      ['"helped reduce" as a realised change', 'The runbook helped reduce churn among small partners.', 'result', 'reduce churn'],
      ['"was able to cut"', 'I was able to cut build times before the freeze.', 'result', 'cut'],
      ['a predicative metric comparative', 'Retention was higher in the pilot region.', 'result', 'higher'],
      ['"saved … a lot of time"', 'This saved the support team a lot of time.', 'result', 'saved'],
      [
        'a year is not a number that backs a claim',
        'In 2021 the new pipeline dramatically reduced deploy failures.',
        'result',
        'dramatically reduced',
      ],
      ['"the results were great"', 'The results were great.', 'result', 'results were great'],
      [
        'an improvement verb without a metric, in the Result',
        'The new format streamlined the handoff between shifts.',
        'result',
        'streamlined',
      ],
    ];
    for (const [name, sentence, part, expected] of fires) {
      it(name, () => assert.deepEqual(claimIn(sentence, part), [expected]));
    }

    it('reports each claim in a clause of its own, and a claim once', () => {
      assert.deepEqual(claimIn('Latency dropped sharply and partners were much happier.'), ['dropped', 'much happier']);
      assert.deepEqual(claimIn('Partners were much happier with the much faster syncs.'), ['much happier']);
    });

    it('fires when only the sentence before has a number', () => {
      const md = story({ situation: SITUATION, result: 'The error rate went from 4% to 1%. Partners were happier with the new endpoint.' });
      assert.deepEqual(flagged(md, lintWith(ID, md)), ['happier']);
    });
  });

  describe('stays silent on', () => {
    const silent: Array<[string, string, 'action' | 'result']> = [
      ['a number in the same sentence', 'I improved P99 latency from 850 ms to 285 ms.', 'result'],
      ['a number in the next sentence', 'Conversion increased. It went from 3.2% to 4.1% within a month.', 'result'],
      ['a multiple in words', 'Checkout is now twice as fast.', 'result'],
      ['a share in words', 'We cut costs by a third.', 'result'],
      ['a change of rate told in words', 'The team shipped faster. Releases went from weekly to daily.', 'result'],
      ['a goal after "wanted to"', 'I wanted to improve the reliability of the payment service.', 'action'],
      ['a purpose clause', 'To reduce latency, I added a read-through cache.', 'action'],
      ['a plan with "would"', 'I proposed a design that would make checkout more reliable.', 'action'],
      ['an infinitive of purpose', 'I added an index to make the query faster.', 'action'],
      ['"how to better understand" (better without a metric)', 'I wrote a proposal on how to better understand our users.', 'action'],
      ['a negated change', 'The first fix did not improve latency at all, so I rolled it back.', 'result'],
      ['a contracted negation', "The rewrite wasn't faster than the old service.", 'result'],
      ['context after "due to"', 'Due to higher traffic during the sale, I added two read replicas.', 'action'],
      ['background in the past perfect', 'Costs had grown every quarter.', 'action'],
      ['a problem told in the Action', 'Latency spiked during the sale, so I paged the database team.', 'action'],
      ['a rate named by what it counts, rising in the Action', 'On the Friday the crash rate sort of jumped on older phones.', 'action'],
      ['an error count that spiked, told in the Action', 'Then the error count spiked, so I rolled the release back.', 'action'],
      ['a reason for a choice', 'I chose Redis over Memcached because it was faster for our access pattern.', 'action'],
      ['"cut" as a release branch and scope', 'I cut a release branch and trimmed the scope to the two must-have features.', 'action'],
      ['"cut over" as a migration step', 'I cut over the interfaces one site at a time.', 'action'],
      ['"raised" as raising an issue', 'I raised the issue with my manager.', 'action'],
      ['settings changed in the Action', 'I reduced the batch size and increased the timeout.', 'action'],
      ['personal growth', 'I grew significantly as a leader.', 'result'],
      ['"the priority of tickets" is not a ticket count', 'I lowered the priority of the old tickets.', 'action'],
      ['a comparative that describes a tool', 'I switched to a faster serializer.', 'action'],
      ['the writer being happier', 'I was happier once the plan was written down.', 'action'],
      ['an improvement verb without a metric in the Action', 'I improved the runbook and shared it with on-call.', 'action'],
      ['a question', 'Did it make checkout faster?', 'result'],
      ["a customer's words in quotes", 'A partner wrote "it feels much faster now" in the survey.', 'result'],
      ['reported speech', 'My manager said the process felt smoother.', 'result'],
      ['the old state, told after "Before"', 'Before the change, pages loaded faster on desktop than on mobile.', 'action'],
      ['a metric that got worse, told in the Action', 'The bad config caused higher latency for EU users.', 'action'],
    ];
    for (const [name, sentence, part] of silent) {
      it(name, () => assert.deepEqual(claimIn(sentence, part), []));
    }

    it('goals in the Situation and the Task', () => {
      const md = story({
        situation: 'Our checkout was slower than every competitor and customers were unhappy.',
        task: 'I owned making checkout faster and more reliable before peak season.',
        action: 'I profiled the service and replaced the N+1 queries with one batched call.',
        result: 'P99 fell from 850 ms to 285 ms.',
      });
      assert.deepEqual(lintWith(ID, md), []);
    });

    it('a claim that restates the number just before it', () => {
      const md = story({
        situation: SITUATION,
        result: 'P99 fell from 850 ms to 285 ms. That made the sync noticeably faster for every partner.',
      });
      assert.deepEqual(lintWith(ID, md), []);
    });

    it('the Learning section', () => {
      const md = story({
        situation: SITUATION,
        action: 'I added 3 indexes.',
        result: 'Syncs finished in 12 minutes.',
        learning: 'Small, steady releases are far more reliable than big ones.',
      });
      assert.deepEqual(lintWith(ID, md), []);
    });
  });

  it('puts the claim in the message data', () => {
    const md = story({ situation: SITUATION, result: 'We had fewer outages after the migration.' });
    const [f] = lintWith(ID, md);
    assert.equal(f.messageId, 'claim');
    assert.equal(f.data.claim, 'fewer outages');
    assert.match(f.message, /^`fewer outages` has no number/);
  });

  it('offers a before/after prompt right after the sentence', () => {
    const md = story({ situation: SITUATION, result: 'We had fewer outages after the migration.' });
    const [f] = lintWith(ID, md);
    const [s] = f.suggestions;
    assert.equal(s.kind, 'prompt');
    assert.equal(s.title, 'Insert prompt: It went from … to …');
    const sentenceEnd = md.indexOf('migration.') + 'migration.'.length;
    assert.equal(s.edits[0].start, sentenceEnd);
    assert.match(s.edits[0].newText, /\$\{1:before\}.*\$\{2:after\}/);
  });

  it('honours the ignore option', () => {
    const md = story({ situation: SITUATION, result: 'The new format streamlined the handoff between shifts.' });
    assert.equal(lintWith(ID, md).length, 1);
    assert.deepEqual(lintWith(ID, md, { ignore: ['streamlined'] }), []);
  });

  it('reads the ending of a free-prose story', () => {
    const md =
      '# Nightly sync\n\nPartners said our order API was slow during their nightly syncs.\n\nI rewrote the pagination and added a ' +
      'cache in front of the catalogue.\n\nIn the end, the syncs were much faster and partners were happier.\n';
    assert.deepEqual(flagged(md, lintWith(ID, md)), ['much faster', 'happier']);
  });
});

describe('unquantified-claim: reactions and phrasal changes', () => {
  const flaggedResult = (sentence: string) => {
    const text = story({ action: 'I shipped the new booking flow.', result: sentence });
    return flagged(text, lintWith('unquantified-claim', text));
  };
  it('flags a reaction told as the outcome', () =>
    assert.deepEqual(flaggedResult('Users loved it, and the team moved on.'), ['Users loved']));
  it('flags a change with an intensifier inside the phrasal verb', () =>
    assert.deepEqual(flaggedResult('Reliability went way up after the launch.'), ['went way up']));
  it('stays silent on a reaction backed by a number in the next sentence', () =>
    assert.deepEqual(flaggedResult('Customers loved it. The app rating rose from 3.1 to 4.5.'), []));
  it('stays silent on "loved" said of something else', () =>
    assert.deepEqual(flaggedResult('I loved working with the support leads on it.'), []));
});

describe(`${ID}: evaluative outcomes (how it went, how people felt)`, () => {
  const fires: Array<[string, string, 'action' | 'result', string]> = [
    ['how an event went', 'The launch went really smoothly.', 'result', 'went really smoothly'],
    ['"worked out"', 'In the end the new rota worked out okay for everyone.', 'result', 'worked out okay'],
    ['an idiom of silence', 'The pager went dead quiet once the fix was out.', 'result', 'went dead quiet'],
    ['a reaction adjective', 'Finance was thrilled with it.', 'result', 'thrilled'],
    ['a reaction with a degree word', 'My supervisor was really happy with the new layout.', 'result', 'really happy'],
    ['a reaction verb with its audience', 'The children enjoyed it.', 'result', 'children enjoyed'],
    ['praise as feedback', 'We got really positive feedback from the store managers.', 'result', 'positive feedback'],
    ['a problem that vanished', 'Support tickets basically disappeared.', 'result', 'disappeared'],
    ['a degree comparative', 'The handover notes were much cleaner.', 'result', 'much cleaner'],
    ['"a lot" with a comparative', 'Month-end close was a lot shorter after that.', 'action', 'a lot shorter'],
    ['"way" with a direction', 'Runtime way down after the rewrite.', 'result', 'way down'],
    ['a superlative against history', "Everyone agreed it was the best release we'd had.", 'result', "best release we'd"],
    [
      'a measured thing named without its value',
      'The model achieved good accuracy metrics on the holdout set.',
      'result',
      'good accuracy metrics',
    ],
    ['a problem headed off', 'The review avoided a security issue in production.', 'result', 'avoided'],
  ];
  for (const [name, sentence, part, expected] of fires) {
    it(`fires on ${name}`, () => assert.deepEqual(claimIn(sentence, part), [expected]));
  }

  const silent: Array<[string, string, 'action' | 'result']> = [
    ['willingness, not a reaction', 'I was happy to take the extra on-call shifts.', 'result'],
    ['what each averted thing stood for', 'Every late delivery we prevented was a patient who got their insulin on time.', 'result'],
    ["the writer's own enjoyment", 'I enjoyed working with the warehouse leads.', 'result'],
    ['recognition of the writer', 'My manager praised the work in my year-end review.', 'result'],
    ['a reaction in the Action is a step, not the outcome', 'The team loved the idea, so I wrote the proposal that week.', 'action'],
    ['"well" as a degree', 'The project went well beyond its original scope.', 'result'],
    ['an action on someone', 'Calmed down a customer who was shouting at the counter.', 'action'],
    ['stopping something is an action', 'I stopped the nightly job until the fix was ready.', 'action'],
    ['a reaction with its number', 'Finance was thrilled: the close took 3 days instead of 9.', 'result'],
    ['praise backed by a count', 'We got positive feedback from 14 of the 15 store managers.', 'result'],
    ['a negated outcome is context', 'The first rollout did not go smoothly, so I wrote a checklist.', 'result'],
    ['"went" with a place', 'I went down to the loading bay to watch the scanners.', 'action'],
    ['a comparative that is not an outcome', 'A lot more people than usual joined the call.', 'action'],
  ];
  for (const [name, sentence, part] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(claimIn(sentence, part), []));
  }
});

describe(`${ID}: verdicts and receptions with no measure`, () => {
  const fires: Array<[string, string]> = [
    ['The refit was finished on time and the store looked fantastic.', 'fantastic'],
    ['The new rota was brilliant.', 'brilliant'],
    // Verdicts that are no word of praise before feedback: the outcome pre-check must still let them through.
    ['The new rota was flawless.', 'flawless'],
    ['Honestly, the launch was superb.', 'superb'],
    ['Honestly the pilot felt amazing afterwards.', 'amazing'],
    ['The whole crew did an amazing job over peak.', 'did an amazing job'],
    ['The new intake form went down really well with the lab managers.', 'went down really well'],
    ["The regional director couldn't stop talking about it.", "couldn't stop talking about"],
    ['Drivers stopped losing scans in dead zones.', 'stopped losing'],
    ['After that, parents stopped complaining about the pick-up queue.', 'stopped complaining'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, 'result'), [expected]));
  const silent: Array<[string, string]> = [
    ['a verdict that frames what follows', 'It was great to see two of the temps stay on.'],
    ['a verdict about a person, with its object', 'Our new hire was brilliant with the younger pupils.'],
    ['a verdict limited by what follows', 'The old spreadsheet was fine for five stores but not for fifty.'],
    ['the writer about themself', 'I was great at hiding how worried I was.'],
    ['a verdict on the weather, joined to what happened', 'The weather was perfect and the event sold out in two days.'],
    ['a verdict with its number', 'The store looked fantastic: footfall rose 12% in the first month.'],
    ['a fall "well below" a mark', 'The unit price went down well below what we had paid.'],
    ['a verdict in the Action is a step', 'The draft looked great, so I sent it to the union rep.'],
    ['"a great job" that is no verdict', 'I took a great job offer at another hospital the next spring.'],
    ['the writer stopping a habit of their own', 'I stopped chasing the vendor by email and booked a weekly call instead.'],
    ['trouble that ended, with its number', 'Drivers stopped losing scans: lost scans fell from 40 a week to 2.'],
  ];
  for (const [name, sentence] of silent) {
    const part = name.includes('Action') ? 'action' : 'result';
    it(`stays silent on ${name}`, () => assert.deepEqual(claimIn(sentence, part), []));
  }
});

describe(`${ID}: idioms, praise and superlatives in other shapes`, () => {
  const fires: Array<[string, string]> = [
    ['It was a real step change for the team.', 'step change'],
    ['The difference was night and day.', 'night and day'],
    ['The feedback from store managers was really positive.', 'feedback from store managers was really positive'],
    ['We had the calmest November on record.', 'calmest November'],
    ['It was one of the best releases of the year.', 'best releases of the year'],
    ['The team did fine overall.', 'did fine'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'The feedback from store managers was that the form was too long, so I cut it to 6 fields.',
    'It was the best option we had, because the vendor could ship in 2 weeks.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, 'action'), []));
});

describe(`${ID}: results told as a comparison, a success or a rise`, () => {
  const fires: Array<[string, string]> = [
    ['The new flow made onboarding easier for new hires.', 'easier'],
    ['Customers noticed the difference right away.', 'noticed the difference'],
    ['We saw a big uptick in signups.', 'big uptick'],
    ['The pilot was a success.', 'was a success'],
    ['It helped the team a lot.', 'helped the team a lot'],
    ['Sales picked up again in May.', 'picked up'],
    ['Bookings picked up as well.', 'picked up'],
    ['The relationship with the depot completely turned around.', 'turned around'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I made the form shorter by cutting 6 fields.', 'result'],
    ['I picked up the on-call pager from Priya.', 'action'],
    ['The pilot was a success: 40 of 50 clinics renewed.', 'result'],
    ['Sales picked up, from 120 to 180 orders a week.', 'result'],
    // Noticed or collected, not a measure rising.
    ['The missing checks were picked up as a weakness at the inspection.', 'result'],
    ['Her laptop got picked up by the courier on Friday.', 'result'],
    ['I turned around a depot that had lost three contracts.', 'result'],
    ['Complaints turned around, from 40 a month to 6.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a change made in the Action is no outcome`, () => {
  it('stays silent on "we also made the code more modular" in the Action', () =>
    assert.deepEqual(claimIn('I also made the code more modular so next year’s team can reuse it.', 'action'), []));
});

describe(`${ID}: an attempt that went fine, and an event that went off without trouble`, () => {
  const fires: Array<[string, string, string]> = [
    ['an attempt that went through fine', 'The second attempt went through fine.', 'went through fine'],
    ['a plan that went well', 'Our plan went really well in the end.', 'went really well'],
    [
      'an event that went through without its old trouble',
      'Peak went through without the backlog we had the year before.',
      'went through without the backlog',
    ],
    ['"without a hitch"', 'The launch went off without a hitch.', 'went off without a hitch'],
    ['"went live without any issues"', 'The new rota went live without any issues.', 'went live without any issues'],
    // The course told in the perfect: "has run", "has gone".
    ['a process that has run well since', 'The new booking line has run smoothly since.', 'run smoothly'],
    ['a change that has gone really well', 'The switch to paper-free rounds has gone really well.', 'gone really well'],
    // "Grand", as Irish English says fine.
    ['a launch that went grand', 'The new booking line went grand.', 'went grand'],
    ['an inspection that went off fine', 'The inspection went off fine.', 'went off fine'],
  ];
  for (const [name, sentence, expected] of fires) it(`fires on ${name}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, string, 'action' | 'result']> = [
    ['a goal with an intent word', 'Our goal was to make the launch go smoothly.', 'result'],
    ['an attempt to make it go well', 'I attempted to make the rollout go smoothly.', 'result'],
    ['going ahead without a plan, which is no outcome', 'The migration went through without a rollback plan.', 'result'],
    ['going without trouble in the Action', 'The first batch went through without errors, so I started the second.', 'action'],
    ['an event without trouble, with its number', 'Peak went through without the backlog: orders cleared within 24 hours.', 'result'],
    ['the writer running something ahead of time', 'I have run the stock take well ahead of the audit since.', 'result'],
    ['an alarm that went off', 'The fire alarm went off twice during the inspection.', 'result'],
  ];
  for (const [name, sentence, part] of silent) it(`stays silent on ${name}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: idioms of a big result, and praise with a strong degree word`, () => {
  const fires: Array<[string, string]> = [
    ['The feedback from the pilot stores was overwhelmingly positive.', 'feedback from the pilot stores was overwhelmingly positive'],
    ['Morale went through the roof.', 'through the roof'],
    ['It really moved the needle on retention.', 'moved the needle'],
    ['The release was a resounding success.', 'was a resounding success'],
    ['The clinic ran like clockwork after that.', 'like clockwork'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'The feedback was overwhelmingly positive: 14 of 15 stores rated it 4 or 5.',
    "It didn't move the needle on retention, so I went back to the interviews.",
    'Morale went through the roof: sick days fell from 30 to 12 a quarter.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: speed-ups, end states, idioms and bare comparisons in the Result`, () => {
  const fires: Array<[string, string]> = [
    ['The new layout sped things up.', 'sped things up'],
    ['The shared drive sped up the month-end checks.', 'sped up'],
    ['Response times came down considerably.', 'came down'],
    ['It freed up a lot of time for the nurses.', 'freed up'],
    ['The new rota made handovers painless.', 'made handovers painless'],
    ['Handovers became painless.', 'painless'],
    ['After that, the ward manager was over the moon.', 'over the moon'],
    ['By spring the backlog was finally under control.', 'under control'],
    ['The label printer paid for itself.', 'paid for itself'],
    ['Downtime was minimal after the switch.', 'Downtime was minimal'],
    ['Stock-outs became rare.', 'Stock-outs became rare'],
    ['Sales were up across the board.', 'Sales were up'],
    ['The process got leaner.', 'got leaner'],
    ['Nights on the ward became calmer than ever.', 'became calmer'],
    ['Attendance picked up nicely.', 'picked up'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I sped through the backlog on my own before the audit.', 'action'],
    ['A question came up about the refund policy, so I called legal.', 'action'],
    ['I freed up the meeting room for the night shift.', 'action'],
    ['The new manager came up with a better rota later.', 'result'],
    ['The label printer paid for itself in eight weeks.', 'result'],
    ['Sales were up from 40 to 52 a day.', 'result'],
    ['I made the call painless for her by preparing the answers in advance.', 'result'],
    ['The old process was simpler, but it did not scale.', 'result'],
    ['Returns were up, which worried me, so I looked into why.', 'result'],
    ['I was over the moon when I got the offer.', 'result'],
    ['My manager said the process felt leaner.', 'result'],
    ['The room was up on the fourth floor.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: outcomes after "after that", reactions that see a result, and a time frame that measures nothing`, () => {
  const fires: Array<[string, string]> = [
    ['After that the stockroom ran like clockwork.', 'like clockwork'],
    ['The porters took the new rota on board after that and the rest of the winter went well.', 'went well'],
    ['Once the scanners were fixed, things settled down.', 'settled down'],
    ['The ward sisters were glad to see the back of the paper register.', 'glad'],
    ['Tenants who had waited months were grateful that someone finally called them back.', 'grateful'],
    ['The billing team was really appreciative of the new export.', 'really appreciative'],
    ['Parents were thankful for the earlier pick-up slot.', 'thankful'],
    ['The ward manager was happy the new rota held over Christmas.', 'happy'],
    ['Things calmed down a lot after that.', 'calmed down'],
    ['The night shift quietened down quickly once the new rota was in.', 'quietened down'],
    ['The auditor said it was one of the cleanest closes they had seen.', 'cleanest closes they had'],
    ['The rest of the weekend was fine.', 'fine'],
    ['Within a couple of months the reviews were way better.', 'way better'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  it('fires on each clause: "Check-out became painless and the night porters stopped complaining."', () =>
    assert.deepEqual(claimIn('Check-out became painless and the night porters stopped complaining.'), ['painless', 'stopped complaining']));
  const silent: Array<[string, 'action' | 'result']> = [
    ['After the outage, latency rose for every partner.', 'action'],
    ['I was glad to help the night team with the count.', 'result'],
    ['I was happy that the plan held.', 'result'],
    ['I was thankful the night team stayed on to help.', 'result'],
    ['We were relieved it held through the weekend.', 'result'],
    ['Things calmed down a lot, from 30 calls a night to 6.', 'result'],
    ['I calmed down a patient who was shouting at the desk.', 'result'],
    ['Our grade was fine, but what stayed with me was the feedback from the volunteers.', 'result'],
    ['The old rota was fine for one ward and not for four.', 'result'],
    ['Orders cleared much faster, within 24 hours of the cut-off.', 'result'],
    ['Within a couple of months the reviews were way better: the average went from 3.1 to 4.4 stars.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a verdict content with the result, a clause after a verdict, and a setting that is no outcome`, () => {
  const fires: Array<[string, string]> = [
    ['The promoter was fine with how it went in the end.', 'fine'],
    ['Once the vendor fixed the feed, check-in became painless, but the damage to our reviews was done.', 'painless'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The new sidecar had a lower memory limit, so the payment pods kept restarting.', 'action'],
    ['I set a higher spend cap for the two busiest stores.', 'action'],
    ['Our new hire was brilliant with the younger pupils.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a subject with a pronoun in it, a plan that held, and a claim inside a conditional`, () => {
  const fires: Array<[string, string]> = [
    ['Tickets about it dropped a lot.', 'dropped'],
    ['The programme held up fine as well.', 'held up fine'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['Closing cases faster would free capacity, but only if every closure was safe.', 'action'],
    ['I held up the release until the audit was fine.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: reactions in the present and "raised the bar"`, () => {
  const fires: Array<[string, string]> = [
    ['These days couples rave about us.', 'couples rave'],
    ['Parents love the new pick-up rota.', 'Parents love'],
    ['It really raised the bar on communication.', 'raised'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = ['I love working with the night team.', 'The children love reading aloud, so I built the rota around it.'];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a measure back where it was, an ending that "worked out", and a verdict in the present`, () => {
  const fires: Array<[string, string]> = [
    ['The falls rate came back down over the winter.', 'came back down'],
    ['It all worked out in the end.', 'worked out in the end'],
    ['The refurbished reading room looks fantastic.', 'fantastic'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The falls rate came back down from 4.1 to 2.6 per thousand bed days.', 'result'],
    ['It worked out at £4 a head.', 'result'],
    ['I came back to the plan in the end.', 'result'],
    ['The draft looks fantastic on paper, so I tested it with six readers first.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a count cut with no count, feedback that was broadly positive, and a record amount`, () => {
  const fires: Array<[string, string]> = [
    ['I reduced the number of forms a new tenant has to fill in.', 'reduced'],
    ['Feedback from the parish councils was broadly positive.', 'Feedback from the parish councils was broadly positive'],
    ['The appeal raised a record amount for the shelter.', 'record amount'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I reduced the number of forms from nine to three.', 'result'],
    ['Feedback from the parish councils was broadly positive: 41 of 45 said they would use it again.', 'result'],
    ['The appeal raised a record amount: £18,400 against £11,000 the year before.', 'result'],
    ['I counted the number of forms each tenant filled in.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a result said to speak for itself, held up as a model, or a reaction in note form`, () => {
  const fires: Array<[string, string]> = [
    ['The feedback spoke for itself.', 'spoke for itself'],
    ['The rota was held up as one of the better examples in the trust.', 'held up as one'],
    ['Matron happy.', 'Matron happy'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The numbers spoke for themselves: 41 bookings against 12.', 'result'],
    ["My manager wasn't thrilled.", 'result'],
    ['Matron happy with the 4 falls a month, down from 11.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: results judged positive, good feedback, a bare "worked out", a fast recovery, a smoother process`, () => {
  const fires: Array<[string, string]> = [
    ['Honestly the results were really positive for the business.', 'results were really positive'],
    ['People gave good feedback on it.', 'good feedback'],
    ['It kind of worked out.', 'worked out'],
    ['Things went back to normal pretty quickly.', 'back to normal pretty quickly'],
    ['Planning felt a lot smoother after that.', 'a lot smoother'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'The test results were positive for flu, so we isolated the bay.',
    'The following week was back to normal.',
    'It worked out that we needed two more vans.',
    'Planning was the hard part.',
    'The results were positive: 41 of 50 partners synced overnight, against 12 before.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a big step up, a real leap forward`, () => {
  const fires: Array<[string, string]> = [
    ['Everyone agreed it was a big step up from what we had before.', 'was a big step up'],
    ['It was a real leap forward for the ward.', 'was a real leap forward'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'It was a step up in responsibility for me, so I asked for a mentor.',
    'It was a big step up in scope from my last role.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: reactions seen from outside, notes with no verb, "with" in the subject, "since" as when`, () => {
  const fires: Array<[string, string]> = [
    ['The sports centre people seemed to really like it.', 'seemed to really like'],
    ['The ward managers were really into it.', 'really into it'],
    ['Drivers were rapt.', 'rapt'],
    ['Install conversion in India noticeably up after the release.', 'noticeably up'],
    ['Engagement with order tracking went up.', 'went up'],
    ['Complaints have been lower since.', 'lower'],
    ['The store looks great now.', 'great'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'Tools like Jira were already in place.',
    'I seemed to like it more than the others did.',
    'We scaled significantly up for the peak, to 40 pickers.',
    'Complaints have been lower since, from 23 a month to 6.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
  it('a claim in a Result told first is not measured by the Situation after it', () => {
    const text =
      '## Kafka\n\n### Result\n\nThe downstream teams are much happier.\n\n### Situation\n\nFifteen consumers read from a ' +
      'six-year-old cluster.\n\n### Action\n\nI moved them to Kafka one at a time.\n';
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['much happier']);
  });
});

describe(`${ID}: in free prose, what came of the writer's work at the end of an Action paragraph reads as a Result`, () => {
  const prose = (middle: string) =>
    `## The Harbourline escalation\n\nHarbourline Bank, one of our five biggest accounts, was unhappy with the reporting module.\n\n` +
    `${middle}\n\nThis story shows Customer Obsession, because I flew out to their office in week one.\n\n` +
    'They renewed for three years the following spring.\n';
  it('fires on the reaction after the writer acted', () =>
    assert.deepEqual(
      flagged(
        prose(
          'I flew out, listened to their concerns and committed to a roadmap of fixes. The client was thrilled with the new dashboards.',
        ),
        lintWith(
          ID,
          prose(
            'I flew out, listened to their concerns and committed to a roadmap of fixes. The client was thrilled with the new dashboards.',
          ),
        ),
      ),
      ['thrilled'],
    ));
  it('stays silent on a reaction before the writer acts, which is part of the story told', () =>
    assert.deepEqual(
      lintWith(ID, prose('Their head of operations was pleased with the pilot. I flew out and committed to a roadmap of fixes.')),
      [],
    ));
  it('stays silent on how a problem grew', () =>
    assert.deepEqual(
      lintWith(ID, prose('I pulled the records and found 38 missed exports, most on the old reports, which made it worse.')),
      [],
    ));
});

describe(`${ID}: success told as a kind of thing or as a verdict, with no measure`, () => {
  const fires: Array<[string, string]> = [
    ['Opened on time and it was a really successful first summer.', 'was a really successful'],
    ['It was a successful launch for the whole group.', 'was a successful'],
    ['The migration was successful.', 'successful'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'She was successful in getting the grant renewed for a second year.',
    'It was a successful pilot with 12 users, and 9 of them kept using it.',
    'The launch was really successful, and 40 stores took it up in the first month.',
    'It was successful.\n\nSign-ups rose from 300 to 450 a week.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: how the work was received, with no measure`, () => {
  const fires: Array<[string, string]> = [
    ['The new interview loop was received really well.', 'was received really well'],
    ['The launch was well received.', 'was well received'],
    ['It was very well received by the partners.', 'was very well received'],
    ['The new format got warmly received across the region.', 'got warmly received'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    // Denied, a delivery, the writer receiving something, and a reception with its measure.
    'The proposal was not well received at first, so I rewrote it with the partners.',
    'The parcel was received at the depot on the Monday.',
    'We received a lot of feedback from the partners.',
    'It was received well, with partner NPS rising from 31 to 48.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a change made "a lot" or "a great deal" in the Action, and the writer's own growth`, () => {
  const fires: Array<[string, string]> = [
    ['My teams delivered most of the items on it and the relationship improved a lot.', 'improved'],
    ['Within the quarter, retention improved a great deal.', 'improved'],
    ['The handovers sped up a lot once the sheet was in place.', 'sped up'],
  ];
  for (const [sentence, expected] of fires)
    it(`fires in the Action on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, 'action'), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I improved a lot as a speaker over those months.', 'result'],
    ['I really improved as a manager because of it.', 'result'],
    ['The relationship improved a lot, and renewals rose from 61% to 80%.', 'action'],
    ['I improved it a lot before I shared it, which took two weeks.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a measure that recovered or came back, and measures of attendance, absence and lag`, () => {
  const fires: Array<[string, string]> = [
    ['CSAT recovered.', 'recovered'],
    ['Gross margin came back over the summer.', 'came back'],
    ['Bookings bounced back.', 'bounced back'],
    ['Lag came down and stayed low for the rest of peak.', 'came down'],
    ['Sickness absence dropped right off.', 'dropped'],
    ['Footfall recovered.', 'recovered'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I recovered the lost files from the backup.', 'result'],
    ['The engineer came back from leave the week after.', 'result'],
    ['Replication lag spiked and writes started timing out, so I rolled back.', 'action'],
    ['Attendance came back to 95% by March.', 'result'],
    ['CSAT recovered from 3.1 to 4.4 within the quarter.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: safety measures (near misses, accidents, injuries) that went down with no number`, () => {
  const fires: Array<[string, string]> = [
    ['After that I guess the near misses went down quite a bit.', 'went down'],
    ['Accidents on the loading bay dropped.', 'dropped'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = ['Near misses went down from 9 a quarter to 2.', 'Two near misses in March made me look at the aisle ends.'];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: savings found and a budget balanced, with no size`, () => {
  const fires: Array<[string, string, 'action' | 'result']> = [
    ['I went through the budget and found savings.', 'found savings', 'action'],
    ['We balanced the budget.', 'balanced the budget', 'result'],
    ['We delivered real savings across the estate.', 'delivered real savings', 'result'],
  ];
  for (const [sentence, expected, part] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I found £86,000 of recurring savings.', 'result'],
    ['I found the savings spreadsheet on the shared drive.', 'action'],
    ['We balanced the budget with a £62,000 draw from reserves.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: how far a measure moved told after it, crowds that came back, a win with no verb, time freed up`, () => {
  const fires: Array<[string, string]> = [
    ['Comps down a lot.', 'down a lot'],
    ['The queue times came down a bit after that.', 'came down'],
    ['Returns down loads.', 'down loads'],
    ['Lots of people came back.', 'Lots of people came back'],
    ['Quite a few said they would come back the following year.', 'Quite a few said they would come back'],
    ['Loads of parents signed up again.', 'Loads of parents signed up'],
    ['All in all a nice win and a good example of digging into the detail.', 'a nice win'],
    ['It freed up the team and was the right call.', 'freed up'],
    ['The walk went really rather well in the end.', 'went really rather well'],
    ['The new look tested well.', 'tested well'],
    ['The team was buzzing.', 'buzzing'],
    ['The difference was huge.', 'difference was huge'],
    ['The incident was handled well.', 'handled well'],
    ['The team handled it really well.', 'handled it really well'],
    ['It was a big step forward for the ward.', 'was a big step forward'],
    ['Things calmed down a lot and the two of them work well together now.', 'calmed down'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I turned the heating down a bit.', 'result'],
    ['We came down a bit on price.', 'result'],
    ["Lots of people didn't come back.", 'result'],
    ['Quite a lot of work went into getting the data back.', 'result'],
    ['It was not a big win.', 'result'],
    ['We handled well over 200 calls that night.', 'result'],
    ['I handled the complaint myself.', 'result'],
    ['Things calmed down a lot, and two of the three complaints were closed within the week.', 'result'],
    ['The team handled it really well, and complaints fell from 14 to 3.', 'result'],
    ['That freed up 6 hours a week for the leads.', 'result'],
    ['Lots of families came back, 212 of them on the Saturday alone.', 'result'],
    ['The old model performed well on the training set but I had not checked it on new data.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a verdict on how the whole thing went, given as the lesson`, () => {
  const learning = (sentence: string) => {
    const md = story({
      situation: SITUATION,
      action: 'I moved the release to Tuesdays.',
      result: 'Rollbacks fell from 6 to 1.',
      learning: sentence,
    });
    return flagged(md, lintWith(ID, md));
  };
  const fires: Array<[string, string]> = [
    ['Probably nothing, to be honest, it went really well.', 'went really well'],
    ['Maybe I would add the monitoring earlier, but in general it went well I think.', 'went well'],
    ['It went pretty well overall.', 'went pretty well'],
    // Told as only passable: still a verdict with nothing to measure it.
    ["Um... maybe get in a bit earlier? I'm not sure. It went okay in the end.", 'went okay'],
    ['Not much, it went fine in the end.', 'went fine'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(learning(sentence), [expected]));
  const silent = [
    'Bullet points worked much better for me than a script.',
    'The workshop version was better and got adopted quicker, so now I write standards with the people who use them.',
    'Getting ahead of the customer beats working the queue faster.',
    'Even when it went well on paper, I now check with the ward a week later.',
    'If the first week went fine, I would still book the review for week four.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(learning(sentence), []));
});

describe(`${ID}: a measure back to normal is a result with no number; a week back to normal is a state`, () => {
  const fires: Array<[string, string]> = [
    ['The SLA was back to normal.', 'SLA was back to normal'],
    ['Wait times were back to normal by Friday.', 'times were back to normal'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'The following week was back to normal.',
    'The SLA was back to normal, at 92% of tickets answered within four hours.',
    'I was back to normal duties by March.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a problem said to be over, thanks or a visible change as the evidence, a culture said to have moved`, () => {
  const fires: Array<[string, string]> = [
    ['Missed handovers became a thing of the past.', 'a thing of the past'],
    ['The practice manager couldn\u2019t thank us enough.', 'couldn\u2019t thank us enough'],
    ['Everybody on the floor could see the difference straight away.', 'could see the difference'],
    ['It really shifted the culture on the ward.', 'shifted the culture'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'Missed handovers became a thing of the past: 14 in March, none since June.',
    'Nobody could see the difference between the two label printers, so I asked the supplier.',
    'I wanted paper rotas to be a thing of the past, so I asked for a pilot.',
    'She said she could not see the difference, which is when I pulled the numbers: 31 late orders against 9.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: trouble rising is the problem growing, not a result claimed`, () => {
  const fires: Array<[string, string]> = [
    ['Online sales went through the roof.', 'through the roof'],
    ['After the relaunch, sign-ups took off.', 'took off'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['Then the client changed prices without telling us, and complaints went through the roof.', 'action'],
    ['We lost the contract in March, and complaints shot up.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: "worse" is a problem growing or one option set against another, not a claim of impact`, () => {
  const silent: Array<[string, 'action' | 'result']> = [
    ['Instagram had a much worse cost per acquisition than Google Shopping, so I moved the budget.', 'action'],
    ["The client's habit of moving things around at the last minute made it a lot worse.", 'result'],
    ['Waiting times got much worse over the winter.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
  it('still fires on "much better"', () => assert.deepEqual(claimIn('Waiting times got much better over the winter.'), ['much better']));
});

describe(`${ID}: a reaction in notes that closes on what it was to, or names two parties`, () => {
  const fires: Array<[string, string]> = [
    ['Ops manager pleased with it.', 'manager pleased'],
    ['Airport and airline both pleased.', 'both pleased'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'Ops manager pleased with it: late departures 14 → 3 a week.',
    'Airport, airline and the handling agent all signed the new plan on the first review.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a duration that says when is no measure, and a trial stopped is no trouble gone`, () => {
  const fires: Array<[string, string]> = [
    ['The partner rolled the limit back after two weeks, and sync times came down a bit after that.', 'came down'],
    ['I rolled the new client out during the first month, and the partners were much happier.', 'much happier'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'Syncs ran within four minutes after the change.',
    'The route was profitable within four months.',
    'The trial was stopped after five weeks and the machines went back.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: delight told as an idiom, the writer's verdict on how it went, and the team's own trouble gone`, () => {
  const fires: Array<[string, string]> = [
    ['The partner developers were really taken with it.', 'taken with it'],
    ['Honestly the children had a brilliant time.', 'had a brilliant time'],
    ["But overall I'm really happy with how it went.", "I'm really happy"],
    ['Head office happy with how the area handled it.', 'office happy'],
    ['We stopped losing orders during the nightly syncs.', 'stopped losing'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'We had a great time at the offsite, and I presented the sync numbers there: failures fell from 40 to 3 a night.',
    'I was taken with the idea of a partner sandbox, so I built one.',
    'I stopped chasing the partners by email and set up a shared status page.',
    'The partner developers were really taken with it: sync failures fell from 40 a night to 3.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a change told by how big it was, and being remembered, with no measure`, () => {
  const fires: Array<[string, string]> = [
    ['It changed the partner relationship completely.', 'changed the partner relationship completely'],
    ['That changed everything for the partner team.', 'changed everything'],
    ['People at the partners still talk about that release.', 'still talk about'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'I changed the sync schedule completely, moving every partner to a fifteen-minute window.',
    'The sync date changed twice before launch.',
    'The sync schedule has not changed completely since the launch.',
    'It changed the relationship completely: escalations from partners fell from 12 a month to 2.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a step up and a stronger position, told with no measure`, () => {
  const fires: Array<[string, string]> = [
    ['The partner team saw it as a real step up from the old sync.', 'as a real step up'],
    ['The partners described the new sync as a success.', 'as a success'],
    ['We go into next year in a much stronger position with the partners.', 'in a much stronger position'],
    ['The partner programme is in a better place now.', 'in a better place'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'I had to step up and run the partner calls myself.',
    'It was a real step up: partner escalations fell from 12 a month to 2.',
    'I was in a better position to judge once I had read the logs.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a team that coped well, and a note of a reaction closing on "in the end"`, () => {
  const fires: Array<[string, string]> = [
    ['The partner team coped really well with the new sync.', 'coped really well'],
    ['Partner happy in the end.', 'Partner happy'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = ['The partner team coped with the extra load for two weeks.', 'Partner happy to wait until the end of the month.'];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a verdict framed as the writer's view, closed by "in the end", and reactions in praise`, () => {
  const fires: Array<[string, string]> = [
    ["It's hard to measure, but I'd say it was a success.", 'was a success'],
    ['I would say the partner sync is much more reliable now.', 'much more reliable'],
    ['The partners were fine in the end.', 'fine'],
    ['The nightly sync was fine after that.', 'fine'],
    ['The partners were very complimentary about the new sync.', 'very complimentary'],
    ['The partner managers were enthusiastic.', 'enthusiastic'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    "I'd say we could make the sync faster next year.",
    'The sync was fine in the sense that nobody complained.',
    'I would have liked the sync to be faster.',
    'The partners were enthusiastic: 9 of the 12 signed up for the beta within a week.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: an option's merit conceded while options are weighed`, () => {
  const inAction = (...sentences: string[]) => claimIn(sentences.join(' '), 'action');
  const silent: Array<[string, string, string]> = [
    [
      '"X was faster, but" after two ways are named',
      'I had two ways to close the day: book it to suspense, or post the transfer that night.',
      'Suspense was faster, but it would sit as an open item on the next audit.',
    ],
    [
      'an option that looked cheaper, but, among three quotes',
      'I got prices three ways: our supplier, the council basket and a broker.',
      "The broker's offer looked cheaper, but it had a commission built into the unit rate.",
    ],
    [
      'a note-form option: "Cheaper in the short run, but"',
      'Option I looked at and dropped: lending the crew to another site.',
      'Cheaper in the short run, but we might not get them back.',
    ],
    [
      'the merit after its cost: "an hourly cost, but a much lower price per GB"',
      'I looked at three options.',
      'Interface endpoints for the registry had an hourly cost per zone, but a much lower price per GB.',
    ],
  ];
  for (const [name, options, conceded] of silent) it(`stays silent on ${name}`, () => assert.deepEqual(inAction(options, conceded), []));
  it('still fires on an outcome with "but" when no options are weighed', () =>
    assert.deepEqual(claimIn('Checkout got much faster, but refunds took longer to clear.'), ['much faster']));
  it('still fires on a merit after "but" when no options are weighed', () =>
    assert.deepEqual(claimIn('The rollout took a weekend, but checkout was much faster afterwards.'), ['much faster']));
  it('still fires on a conceded comparison whose options are in another part', () =>
    assert.deepEqual(
      lintWith(
        ID,
        story({
          situation: 'We had two options for the partner sync.',
          result: 'The sync got much faster, but partners still asked for weekly exports.',
        }),
      ).length,
      1,
    ));
});

describe(`${ID}: a verdict of use inflated by a degree word`, () => {
  for (const [sentence, claim] of [
    ['Ravi said the dashboard was really useful.', 'really useful'],
    ['The founder said it was super helpful.', 'super helpful'],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
  for (const sentence of ['The logs were useful for the rollback.', 'It was very useful to have the logs that night.'])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: an activity that stopped, and someone satisfied of a fact`, () => {
  for (const sentence of [
    'The trial ran to the end of August and then quietly stopped.',
    'The area manager was satisfied it was historical.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
  for (const [sentence, claim] of [
    ['The trial ran to the end of August and the complaints stopped.', 'stopped'],
    ['The area manager was satisfied.', 'satisfied'],
  ])
    it(`still fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
});

describe(`${ID}: an option's merit conceded with "but" and no comma, after approaches were tested`, () => {
  const weighed = (second: string) =>
    lintWith(
      ID,
      story({
        situation: 'One in nine parcels to flats failed delivery because the unit number was missing.',
        action:
          'I tested two approaches. Hard validation blocked checkout until the address matched, and cost 1.9 points of conversion ' +
          `in a 5% test. ${second}`,
        result: 'Failed deliveries fell from 11% to 4% in eight weeks.',
      }),
    ).map((f) => f.data.claim);
  it('stays silent on "It catches fewer errors but costs almost no conversion"', () =>
    assert.deepEqual(weighed('Soft validation catches fewer errors but costs almost no conversion, so I went with it.'), []));
  it('still fires on a claim with no "but" after it', () =>
    assert.deepEqual(weighed('Soft validation went live and support was much happier.'), ['much happier']));
});

describe(`${ID}: a milestone, an achievement or a breakthrough made big with no measure`, () => {
  for (const [sentence, claim] of [
    ['Getting the grant was a big milestone for the charity.', 'big milestone'],
    ['Passing the inspection was a great achievement for the whole clinic.', 'great achievement'],
    ['The new triage form was a real breakthrough for the front desk.', 'real breakthrough'],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
  for (const sentence of [
    'We hit the first milestone on 3 March, as planned.',
    'The next milestone was the board review in June.',
    'I listed each achievement in the handover note.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: "better" with no degree, closing its clause or set against before`, () => {
  for (const [sentence, claim] of [
    ['The night handovers were better than before.', 'were better than before'],
    ['The handovers were better for a while.', 'were better'],
    ['Things on the ward are hopefully better now.', 'are hopefully better'],
    ['The night handovers were better than it was last winter.', 'were better than it was'],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
  for (const sentence of [
    'It was better to wait for the vendor than to patch it ourselves.',
    'A spreadsheet is better than nothing.',
    'The pilot had not convinced him the new groups were better.',
    'We were better prepared for the second audit.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a thing that is working well, told with no measure`, () => {
  for (const [sentence, claim] of [
    ['The new booking system is working well now.', 'working well'],
    ["It's been working fine since the second release.", 'working fine'],
    ['The pilot is working really well for the night staff.', 'working really well'],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
  for (const sentence of [
    'We are working well together now.',
    'The team is working well with the vendor on the next phase.',
    'The old scanner is working again.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a verdict written as a note, with no verb`, () => {
  for (const [sentence, claim] of [
    ['Smooth transition, no gaps in service.', 'Smooth transition'],
    ['Flawless go-live.', 'Flawless go-live'],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
  for (const sentence of [
    'Smooth floors in the new wing, laid in 3 days.',
    'Clean audit.',
    'The smooth transition plan went to the board.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a verdict whose clause ends at "and" before a new subject`, () => {
  for (const [sentence, claim] of [
    ['The transition was seamless and nothing fell through the cracks.', 'seamless'],
    ['The handover went smoothly and the team carried on without me.', 'went smoothly'],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
  for (const sentence of [
    'The transition was seamless and quick for the 14 agents who moved.',
    'The cutover was seamless and the first night cleared 1,200 orders, against 700 on the old system.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: "even" before a comparative that is good news`, () => {
  for (const [sentence, claim] of [
    ['Our relationship with the vendor became even stronger.', 'even stronger'],
    ['Things got even better after the second release.', 'even better'],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
  for (const sentence of [
    'The second week was even busier.',
    'It was even harder than I expected.',
    'Our relationship became even stronger: renewals went from 6 to 9 of 10.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a version before what it names is no number`, () => {
  it('fires when the next sentence holds only a version', () =>
    assert.deepEqual(claimIn('Players loved the new tutorial. Co-op came back with the 1.0 update.'), ['Players loved']));
  it('stays silent when the next sentence holds an amount', () =>
    assert.deepEqual(claimIn('Players loved the new tutorial. Crash reports fell from 40 a day to 6.'), []));
});

describe(`${ID}: a saving told with no amount, in the singular too`, () => {
  for (const [sentence, claim] of [
    ['It was a huge saving for the trust.', 'huge saving'],
    ['Big saving on programme compared to the first estimate.', 'Big saving'],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [claim]));
  for (const sentence of ['It was a saving of £14k a year for the trust.', 'The clocks went back for daylight saving that weekend.'])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: free prose that says it tells the ending is read as the Result`, () => {
  const transcript = (middle: string) =>
    '## Difficult role\n\n**Interviewer:** Tell me about a time you filled a really difficult role.\n\n' +
    '**Me:** The role was a principal data engineer for a logistics client, and it had been open for months before it came to me.\n\n' +
    `**Interviewer:** And then?\n\n**Me:** ${middle}\n\n**Interviewer:** What was your part?\n\n` +
    '**Me:** I rewrote the brief with the hiring manager and ran every screening call myself.\n';
  const prose = (middle: string) =>
    '## Signed preorders\n\nOur shop took preorders for a local author, and the signed copies were going to be late.\n\n' +
    `${middle}\n\nI kept a list of every preorder and rang each customer myself.\n`;
  for (const [tell, text, claim] of [
    [transcript, 'We placed someone in the end, and the client was really pleased.', 'really pleased'],
    [prose, 'The customers were very satisfied with it since then, and the author asked us back.', 'very satisfied'],
    [prose, 'Overall the customers were very happy with it, and the author asked us back.', 'very happy'],
  ] as const)
    it(`fires on: ${text}`, () => {
      const md = tell(text);
      assert.deepEqual(flagged(md, lintWith(ID, md)), [claim]);
    });
  for (const [tell, text] of [
    [transcript, 'We placed someone in the end, and the client was really pleased: she had been open 9 months and took 3 weeks to fill.'],
    [transcript, 'The client was really pleased with the shortlist, so I booked the interviews for the Monday.'],
    [prose, 'The author was very happy to sign bookplates, so I posted them to her on the Friday.'],
  ] as const)
    it(`stays silent on: ${text}`, () => assert.deepEqual(lintWith(ID, tell(text)), []));
  it('keeps a labelled Action as the writer labelled it', () => {
    const md = story({ situation: SITUATION, action: 'In the end I rang the partner, who was really pleased to hear from me.' });
    assert.deepEqual(lintWith(ID, md), []);
  });
});

describe(`${ID}: a sentence that points back to a number restates its change, not a verdict of its own`, () => {
  const pointingBack = (claim: string) => {
    const md = story({ situation: SITUATION, result: `P99 fell from 850 ms to 285 ms over two weeks. ${claim}` });
    return flagged(md, lintWith(ID, md));
  };
  for (const [claim, phrase] of [
    ['It worked out fine in the end.', 'worked out fine'],
    ['It all went smoothly after that.', 'went smoothly'],
    ['It made a huge difference to the team.', 'huge difference'],
  ])
    it(`fires on: ${claim}`, () => assert.deepEqual(pointingBack(claim), [phrase]));
  for (const claim of [
    'That made checkout noticeably faster.',
    'It was a much smaller change than a rewrite.',
    'This meant fewer timeouts for partners.',
  ])
    it(`stays silent on: ${claim}`, () => assert.deepEqual(pointingBack(claim), []));
});

describe(`${ID}: comparisons written as notes, a degree said twice, a reception, a positive reaction, a plan noun as a subject`, () => {
  const fires: Array<[string, string]> = [
    ['Trolleys lighter, team like it.', 'lighter'],
    ['Bread miles better.', 'miles better'],
    ['Crumb more open.', 'more open'],
    ['Fewer gaps on the rota.', 'Fewer gaps'],
    ['Shorter SLA.', 'Shorter SLA'],
    ['It went really, really well.', 'went really, really well'],
    ['The open evening went over really well with families.', 'went over really well'],
    ['Parents were really positive about the new timetable.', 'really positive'],
    ['Everyone seemed kind of happy with it.', 'kind of happy'],
    ['The template was adopted for Q3 and planning felt a lot smoother.', 'a lot smoother'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['Longer queues.', 'result'],
    ['As controller, the numbers are mine.', 'result'],
    ['Since then, whenever I plan an outdoor event, I write the wet-weather version too.', 'result'],
    ['Trolleys lighter: 9 kg down to 6 kg.', 'result'],
    ['We went over the plan twice with the caretaker.', 'result'],
    ['The test was positive, so the bay was closed.', 'result'],
    ['I shipped it and planning was the hard part.', 'result'],
    ['Fewer gaps, from 14 a month to 3.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: growth told only by how much, and a fall told with when it came`, () => {
  const fires: Array<[string, string]> = [
    ['Membership grew massively.', 'grew'],
    ['The reading group grew a lot over the spring term.', 'grew'],
    ['Arrears came down massively by year end.', 'came down massively'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I grew massively as a leader.', 'result'],
    ['Membership grew massively, from 40 to 130.', 'result'],
    ['Arrears came down massively by year end, from £84,000 to £31,000.', 'result'],
    ['The waiting list grew a lot over the winter, so I opened a second session.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: better than ever, the best so far, a great deal more, and a saving told by no amount`, () => {
  const fires: Array<[string, string]> = [
    ['The team is stronger than ever.', 'stronger than ever'],
    ['Product manager on board. Called it the best launch so far.', 'best launch so far'],
    ['They became a great deal more self-sufficient.', 'a great deal more self-sufficient'],
    ['It saved them loads of time on every audit.', 'saved them loads'],
    ['Saved a fortune.', 'Saved a fortune'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The rota is busier than ever.', 'result'],
    ['It saved us 6 hours a week on the audit.', 'result'],
    ['I saved the file to the shared drive.', 'result'],
    ['It was the best launch so far: 1,200 bookings in the first week against 700 for the last one.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: "had an amazing time", and work that carried on without trouble`, () => {
  const fires: Array<[string, string]> = [
    ['The trip went ahead in June and the kids had an amazing time.', 'had an amazing time'],
    ['The volunteers had a blast.', 'had a blast'],
    ['We finished the migration on time and campaigns continued without problem.', 'continued without problem'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I had an amazing time on that team.', 'result'],
    ['The kids had an amazing time: 41 of 44 rated the trip five stars.', 'result'],
    ['Campaigns continued without the old dashboard, which I switched off.', 'result'],
    ['Sales continued without problems, at 212 orders a day against 205 before.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a negation reaches across "or"`, () => {
  const fires: Array<[string, string]> = [['Prices now rise every January, and the rise is a big jump.', 'big jump']];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I review prices every January, so a rise is never a surprise or a big jump.', 'result'],
    ['The handover happened without any fuss or a big backlog.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a relationship said to have grown stronger or better, with nothing to show how`, () => {
  const fires: Array<[string, string]> = [
    ['The relationship became much stronger after that.', 'much stronger'],
    ['Our relationship with the council is far better now.', 'far better'],
    ["The relationship is stronger than it's ever been.", 'relationship is stronger'],
    ['Our relationship with IT is stronger for it.', 'relationship with IT is stronger'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I wanted to build a stronger relationship with the vendor.', 'action'],
    ['We built a better relationship with the council, and complaints fell from 20 to 4.', 'result'],
    ['The relationship is much stronger now: they renewed for 3 years and added 2 sites.', 'result'],
    ['The relationship was never stronger than the contract allowed.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a noun in -er after "far" is no comparative ("the far counter")`, () => {
  const fires: Array<[string, string]> = [['After the move, picking was far quicker.', 'far quicker']];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['Cooked meats: moved ham and pies to the far counter, own slicer, own scale, own knives.', 'action'],
    ['I put the spare labels in the far container by the door.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a claim said with a rising tone is still a claim; a question is not`, () => {
  const fires: Array<[string, string]> = [
    ['I think the ward managers really liked it?', 'really liked'],
    ['And, um, yeah, I think it went well?', 'went well'],
    ['So the handovers got a lot faster?', 'a lot faster'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'Did the handovers get a lot faster?',
    'How much faster were the handovers after that?',
    'So was it really better for the ward?',
    "Wasn't the new rota much better?",
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: delight in British speech ("was made up with it") and trouble that "worked itself out"`, () => {
  const fires: Array<[string, string]> = [
    ['The head was made up.', 'made up'],
    ['The site manager was really made up with it.', 'really made up'],
    ["So it kind of worked itself out, I'd say.", 'worked itself out'],
    ['Things worked themselves out in the end.', 'worked themselves out'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent = [
    'The review panel was made up of four clinicians and a lay member.',
    'I was made up to shift lead in March.',
    'I worked it out with the site manager over two days.',
    'The figures were made up for the demo, so I replaced them with 3 weeks of real orders.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), []));
});

describe(`${ID}: a recovery told as a state ("delivery got back on track", "the campaign was back on its feet")`, () => {
  const fires: Array<[string, string]> = [
    ['The team settled down quickly and delivery got back on track.', 'back on track'],
    ['By the end the campaign was back on its feet.', 'back on its feet'],
    ['By the spring both shops were back on their feet.', 'back on their feet'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.ok(claimIn(sentence).includes(expected), sentence));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I needed to get the account back on track before the renewal.', 'result'],
    ['Delivery got back on track: 19 of 20 orders went out on time in March, against 11 in January.', 'result'],
    ['I got the rota back on track by moving two people onto lates.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a verdict closed by "though", and a claim after a span of time ("After a while the customers were happy")`, () => {
  const fires: Array<[string, string]> = [
    ['Afternoon tea was perfect though.', 'perfect'],
    ['After a while the big customers were happy with the faster answers.', 'happy'],
    ['After some weeks the night team was much calmer.', 'much calmer'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.ok(claimIn(sentence).includes(expected), sentence));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The feedback was fine though 3 of the 11 stores never replied.', 'result'],
    ['After a spike in complaints the night team was much calmer about escalating.', 'action'],
    ['After a while the big customers were happy: renewals went from 12 to 19.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: calls, enquiries, appointments and take-up that moved with no number, and a share given as an estimate`, () => {
  const fires: Array<[string, string]> = [
    ['Calls dropped off once the falls team had been round.', 'dropped'],
    ['Enquiries rose after the leaflet drop.', 'rose'],
    ['Cancellations fell.', 'fell'],
    ['Take-up went up over the summer.', 'went up'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['"Where is my card" calls fell by about half.', 'result'],
    ['Complaints dropped by roughly half in the first month.', 'result'],
    ['Enquiries rose from 40 a week to 65.', 'result'],
    ['I dropped the calls that nobody joined and kept the Monday one.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

/* Issue #8, blind dev part: how people or a thing got on since, and a measured thing judged by its state, with no number. */
describe(`${ID}: "doing well", "settled in well" and "adoption was strong"`, () => {
  const fires: Array<[string, string]> = [
    ['Joy is doing very well and the staff respect her.', 'doing very well'],
    ["She's doing well.", 'doing well'],
    ['The extract has been going out fine.', 'going out fine'],
    ['The team adjusted well to the new schedule.', 'adjusted well'],
    ['The new tenants have settled in well.', 'settled in well'],
    ['The fixed dashboards launched in Q4 and adoption was strong.', 'adoption was strong'],
    ['Attendance was really good and the managers joined in.', 'Attendance was really good'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ["I'm doing well in the new role.", 'result'],
    ['I settled in well.', 'result'],
    ['The bracket settled into place on the second try.', 'result'],
    ['The offline numbers were strong, so I wanted the savings before the peak.', 'action'],
    ['The team adjusted well to the new schedule: overtime fell from 60 hours a week to 12.', 'result'],
    ['Adoption was strong: 41 of the 50 branches used it in the first month.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a reaction noted with a short tail, things that settled "in the end", and a thing that held steady`, () => {
  const fires: Array<[string, string]> = [
    ['Site managers happy w/ new provider.', 'managers happy'],
    ['Ops manager happy at next review.', 'manager happy'],
    ['Things settled down in the end.', 'settled down'],
    ['We went live in October and the system has been stable since.', 'been stable'],
    ['The signal has been reliable since the replacement.', 'been reliable'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['Client happy with the draft but asked for two changes to the layout.', 'result'],
    ['Listings stayed stable at about 4,100 a week.', 'result'],
    ['I stayed on shift until the unit was stable.', 'action'],
    ['The system has been stable since: no pages in the 11 weeks after go-live.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: trouble that did not come, told with no measure`, () => {
  const fires: Array<[string, string]> = [
    ['Done on time, no problems.', 'no problems'],
    ['There were no complaints since.', 'no complaints'],
    ['No real harm done.', 'No real harm done'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['We had no problems with the vendor, but the budget ran out in March.', 'result'],
    ['No complaints in the 12 weeks after the change, against 9 in the 12 weeks before.', 'result'],
    ['I checked there were no issues with the old feed before switching.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a change said to have helped, with no measure of how much`, () => {
  const fires: Array<[string, string]> = [
    ['It probably helped, I would say.', 'helped'],
    ['I think it helped the crews a bit?', 'helped'],
    ['I rebuilt the screen so the threshold was easier to change, which helped, I guess.', 'helped'],
    ['The change helped across the board.', 'helped across the board'],
    ["It really helped the data team's credibility across the company.", 'helped'],
    ['It helped retention too.', 'helped'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The caretaker helped by noting when he switched zones on.', 'result'],
    ['It helped me understand how the ward runs at night.', 'result'],
    ['The new rota helped them to plan the week around the school run.', 'result'],
    ['The slot rules are now used at two more sites, which I helped their managers set up.', 'result'],
    ['It helped: repeat calls fell from 31 a week to 12.', 'result'],
    ['I think it helped the crews, since their late finishes went from 9 a month to 2.', 'result'],
    ['That helped the pickers, who had asked for it in every review.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a verdict noun after "was a" ("a big hit", "a triumph", "a real turning point")`, () => {
  const fires: Array<[string, string]> = [
    ['It was a big hit and became a core feature.', 'was a big hit'],
    ['The night itself was a triumph.', 'was a triumph'],
    ['The new search was a big upgrade.', 'was a big upgrade'],
    ['It was a real turning point for how the whole wedding came together.', 'was a real turning point'],
    ['We still finished on time, which was a big relief to everybody.', 'was a big relief'],
    ['The pricing page test was a clear winner.', 'was a clear winner'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['Checkout conversion took a hit for the first couple of months.', 'result'],
    ['It was a hit: 212 of 260 pupils borrowed from the new shelves in the first term.', 'result'],
    ['The first version was a big upgrade on paper, but nobody used it.', 'result'],
    ['The old scanner was a winner with the pickers, so I kept it for the trial.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a thing said to be better in one comparative after its verb ("the pack was clearer")`, () => {
  const fires: Array<[string, string]> = [
    ['The COO said the pack was clearer.', 'clearer'],
    ['From the next sprint all new stories had scenarios and refinement was shorter.', 'shorter'],
    ['The cut-off is more organised now.', 'more organised'],
    ['The relationship with the site team became much better.', 'much better'],
    ['On the ward the Monday mornings were much more calm.', 'much more calm'],
    ['For the credit analysts, the work became much easier.', 'much easier'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ["Mr Okafor said it hadn't convinced him mixed groups were better.", 'result'],
    ['That bay was busier, so she was more unsettled.', 'result'],
    ['The queue was longer than before.', 'result'],
    ['The pack was clearer: queries about it fell from 14 a month to 3.', 'result'],
    ['The night route was shorter, so I moved the two late drops onto it.', 'action'],
    ['The price was "more staff" every time I asked.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a clause of its own after "and the …" is out of reach of a context word before it`, () => {
  const fires: Array<[string, string]> = [
    ['The drains were finished before the heavy rains came and the client was satisfied.', 'satisfied'],
    ['We had the stock counted before the audit and the auditors were delighted with it.', 'delighted'],
    ["He's fine with it now and claims get paid much faster.", 'much faster'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['If the forms went in early and the client was happy, we would get the next contract.', 'result'],
    ['If the forms go in on time and claims get paid faster, the practice keeps the contract.', 'result'],
    ['My goal was to finish before the audit and the team happier for it.', 'result'],
    ['I planned to move the stock before Christmas so the staff would be happier.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: trouble said to be sorted, with no measure of it`, () => {
  const fires: Array<[string, string]> = [
    ['It was all sorted in the end.', 'sorted'],
    ["It's all sorted now, nobody's had the problem again.", 'sorted'],
    ['After that it was sorted.', 'sorted'],
    ['It all got sorted out in the end.', 'sorted out'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['I asked the third volunteer not to come in until it was sorted.', 'result'],
    ['The returned stock was sorted by size and colour.', 'result'],
    ['It was all sorted in the end: the 14 late refunds went out on the Monday.', 'result'],
    ['Once it was sorted, I rang every family on the list.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: trouble said to have settled down, a verdict in slang, a success hedged or shared`, () => {
  const fires: Array<[string, string]> = [
    ['Things settled down nicely after that and the parents stopped ringing.', 'settled down'],
    ['Eventually everything settled down and the new rota stuck.', 'settled down'],
    ['Things settled down in the end and the crews got used to the new rounds.', 'settled down'],
    ['Honestly we smashed it.', 'smashed it'],
    ['The new menu absolutely nailed it.', 'nailed it'],
    ["So I'd say it was, kind of, a success.", 'was, kind of, a success'],
    ['The open day was probably a success.', 'was probably a success'],
    ['It was a real team success for the whole village.', 'was a real team success'],
    ["I'd probably say the launch was a success overall.", 'was a success'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The readings never really settled down.', 'result'],
    ['She settled down and started her shift.', 'result'],
    ['Things settled down after that: calls fell from 40 a day to 12.', 'result'],
    ['It was, honestly, a nightmare for the first week.', 'result'],
    ['It was probably a mistake to wait for the second quote.', 'result'],
    ["I'd probably want a second supplier next time.", 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: an option conceded in free prose, its paragraph read partly as the Result`, () => {
  const answer = (options: string) =>
    '## Tell me about a time a supplier changed its prices\n\nI run the kitchens for a group of four cafés, and in spring our ' +
    "dairy supplier put its prices up by a third with a month's notice. Nobody owned the supplier list, so I took it on.\n\n" +
    `${options} I negotiated myself and got the rise down to 18%, which still didn't work. The cash-and-carry was cheaper but ` +
    'had no early delivery slot. The farms could, but meant more invoices and more drivers. My recommendation, which the ' +
    'owners took, was to split it.\n\nI set up the two farm accounts and rewrote the order sheet so each café orders by nine ' +
    'the day before.\n\nDairy now costs us £410 a week against £520 at the new prices, and no café has run out of milk since.\n';
  const claims = (text: string) => flagged(text, lintWith(ID, text));
  it('stays silent when the paragraph sets out the options', () =>
    assert.deepEqual(
      claims(
        answer(
          'I set the choice out as three options and shared it with the owners within a week: negotiate, move to ' +
            'the cash-and-carry, or split the order between two local farms.',
        ),
      ),
      [],
    ));
  it('fires when nothing in the paragraph weighs options', () =>
    assert.deepEqual(claims(answer('I met the owners within a week and talked it through.')), ['cheaper']));
});

describe(`${ID}: things counted in the plural after "fewer" or "less", with no number`, () => {
  const fires: Array<[string, string]> = [
    ['We got fewer angry emails from the parents.', 'fewer angry emails'],
    ['We had less hotfixes after the gate went in.', 'less hotfixes'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['Doing more with less is how the depot runs.', 'result'],
    ['We got 40% fewer angry emails than the spring before.', 'result'],
    ['More or less everyone signed up in the first week.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a course run "more smoothly", compared with before and measured by nothing`, () => {
  const fires: Array<[string, string]> = [
    ['Collections ran more smoothly and I moved the Friday route to Thursdays.', 'ran more smoothly'],
    ['Collections ran more smoothly after that.', 'ran more smoothly'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The pumps ran more often at night, so I moved the service window.', 'result'],
    ['Collections ran more smoothly: missed pickups fell from 14 a month to 3.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a result judged "popular", and a verdict after "remained" or "stayed"`, () => {
  const fires: Array<[string, string]> = [
    ['The September term started on time and the programme remained very popular.', 'very popular'],
    ['The Saturday lunch shift has been really popular.', 'really popular'],
    ['The new handover stayed painless after that.', 'painless'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The most popular slot was Saturday at ten, so I put two coaches on it.', 'action'],
    ['The programme remained popular: 212 of the 230 places were taken by September.', 'result'],
    ['I stayed popular with nobody that month, but the audit closed on time.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a group or a business said to be better off, with nothing to show by how much`, () => {
  const fires: Array<[string, string]> = [
    ['It was a tough quarter, but we came out the other side stronger.', 'out the other side stronger'],
    ['We came out of it stronger as a team.', 'stronger as a team'],
    ['The contract book was back in the black by the end of the year.', 'back in the black'],
    ['Moving the briefing to the mornings is what turned it around.', 'turned it around'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The contract book was back in the black by March: a £42k surplus against a £61k loss.', 'result'],
    ['I turned it around in two days and sent the revised quote to the client.', 'action'],
    ['We came out of it stronger as a team: sickness absence fell from 6% to 3% that year.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a reaction told with "also", and a claim after a clause of context ("during the day and staff found it…")`, () => {
  const fires: Array<[string, string]> = [
    ['The team felt proud and the GM was also very pleased.', 'very pleased'],
    ['Parents saw photos during the day and staff found it so much easier than the old folders.', 'much easier'],
    ['Orders went out during the evening and customers rated it much better than the old slot.', 'much better'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The GM was also very pleased: repeat bookings rose from 31 to 54 a month.', 'result'],
    ['Due to the rain and staff shortages we were slower on the Saturday.', 'result'],
    ['During the sale and the week after, complaints were much lower: 12 against 40.', 'result'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: in free prose, how someone else took it tells the ending wherever its paragraph falls`, () => {
  const answer = (middle: string) =>
    '## Landing page\n\n**Interviewer:** Tell me about a time you worked under pressure.\n\n' +
    '**Me:** At my internship the landing page for a launch was two days from the deadline and still half built.\n\n' +
    `**Interviewer:** And then?\n\n**Me:** I rebuilt the signup form and tested it on phones both nights. ${middle}\n\n` +
    '**Interviewer:** What was your part?\n\n**Me:** I wrote the form validation and ran every phone test myself.\n';
  for (const [text, claim] of [
    ['Everyone was really happy with it.', 'really happy'],
    ['The marketing lead was super pleased with it.', 'super pleased'],
  ] as const)
    it(`fires on: ${text}`, () => {
      const md = answer(text);
      assert.deepEqual(flagged(md, lintWith(ID, md)), [claim]);
    });
  for (const text of [
    // The writer goes on acting: the reaction is part of the story told, not how it ended.
    'The marketing lead was pleased with the first draft, so I added the two missing fields that night.',
    'The marketing lead was pleased with the form. I then moved on to the email that confirmed each signup.',
    // The writer's own feeling, and a measured reaction.
    'I was really happy with how the form came out.',
    'The marketing lead was really pleased: signups on launch day came to 1,240 against a target of 800.',
  ])
    it(`stays silent on: ${text}`, () => assert.deepEqual(lintWith(ID, answer(text)), []));
});

describe(`${ID}: trouble that did not come ("came across without any major problems"), with nothing to say what was at stake`, () => {
  const fires: Array<[string, string]> = [
    ['Our services came across without any major problems.', 'without any major problems'],
    ['We got through peak without any major issues, and the new supervisor started in January.', 'without any major issues'],
    ['The audit closed without big drama.', 'without big drama'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    // How someone took it, not how it went.
    ['The board took the correction without drama, but the CFO asked for a reconciliation every month.', 'result'],
    // Measured, and told in the Action as how the writer worked.
    ['Since then there have been 11 renewals without any incident.', 'result'],
    ['I moved the 40 partner accounts across one by one without any downtime for them.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a rank among others in the Result ("one of the smoothest migrations"), with no measure of it`, () => {
  const fires: Array<[string, string]> = [
    ['My manager said it was one of the smoothest migrations he saw in the company.', 'one of the smoothest'],
    ['It became one of the most used pages in the seller area.', 'one of the most used'],
    ["I'd probably say it was one of the better things we did that year.", 'one of the better'],
    ['The relationship turned and the buyer became one of our biggest advocates.', 'one of our biggest'],
    ['The area manager said Northgate was one of the best-prepared branches in the wave.', 'one of the best-prepared'],
    ['Our VP called it one of the most important changes in the org.', 'one of the most important'],
    ['It was probably one of the bigger wins for the growth org that half.', 'one of the bigger'],
    ['The acquirer said it was one of the smoother migrations they had worked on.', 'one of the smoother'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    // People ranked among others: who they are, not how it went.
    ['Marvin is one of my best agents, so I asked him to mentor the new starters.', 'result'],
    ['She was one of the strongest performers on the ward.', 'result'],
    // Measured, told as a choice in the Action, or no rank at all.
    ['It was one of the fastest closes on record: 9 days against a usual 30.', 'result'],
    ['I picked one of the cheapest couriers because the parcels were under 2 kg.', 'action'],
    ['The bug was one of the first we found, in the import job.', 'result'],
    ['I took one of the most senior nurses with me to the meeting.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: how people get on, judged with no measure ("team morale is good too")`, () => {
  const fires: Array<[string, string]> = [
    ['Team morale is good too.', 'morale is good'],
    ['The relationship is now very good.', 'relationship is now very good'],
    ['Our collaboration is strong again.', 'collaboration is strong'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    ['The relationship was strained for months after the outage.', 'result'],
    ['Morale is good now: sickness absence fell from 14 days a head to 6.', 'result'],
    ['Team morale was good, so I asked for two volunteers for the pilot.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: work told done and only how fast ("it was dealt with promptly", "the recall was done fast")`, () => {
  const fires: Array<[string, string]> = [
    ['It was dealt with promptly and the partners were understanding.', 'dealt with promptly'],
    ['The recall was done fast and correctly.', 'done fast'],
    ['The issue was fixed quickly and every partner was told.', 'fixed quickly'],
    ['The incident was handled really quickly.', 'handled really quickly'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    // Measured, not done, held to a bar, or in the Action.
    ['The issue was fixed quickly, within 40 minutes of the first alert.', 'result'],
    ['The ticket was not resolved quickly.', 'result'],
    ['It was never fixed quickly enough for the partners.', 'result'],
    ['I dealt with the two angry partners first.', 'result'],
    ['It was dealt with promptly, and I told the partners that afternoon.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: a vague verdict someone else gave the result ("the workshop said it made a big difference")`, () => {
  const fires: Array<[string, string]> = [
    ['The workshop said it made a big difference at their end too.', 'big difference'],
    ['The client said the new booking flow was a huge improvement.', 'huge improvement'],
    ['Everyone on the ward told me it was a real improvement on the old rota.', 'real improvement'],
    ['The regional manager said it was a great turnaround.', 'great turnaround'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    // A prediction, a denial, the writer's own words, a measured verdict, or not in the Result.
    ['The vendor said it would be a big improvement, and it was not.', 'result'],
    ['The auditor said it was not a big improvement on last year.', 'result'],
    ['I told the board it was a big win for the branch.', 'result'],
    ['The workshop said it made a big difference: turnaround fell from 9 days to 4.', 'result'],
    ['The workshop said it made a big difference, so I rolled it out to the other depots.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: in free prose, others taking to what was made ("the kids loved it") tells the ending`, () => {
  const transcript = (middle: string) =>
    '## Reading club\n\n**Interviewer:** Tell me about something you started that people took to.\n\n' +
    '**Me:** Our library had no after-school offer for older children, and the head asked me to look at it.\n\n' +
    `**Interviewer:** What happened?\n\n**Me:** ${middle}\n\n**Interviewer:** What was your part in it?\n\n` +
    '**Me:** I chose the books, booked the room and ran the first sessions myself.\n';
  for (const [text, claim] of [
    ['I set up a reading club on Thursdays after school, and the kids loved it.', 'kids loved'],
    ['I set up a reading club on Thursdays. I think the parents really liked it?', 'really liked'],
    ['I set up a reading club on Thursdays. The head teacher loved the new format.', 'teacher loved'],
    ['I set up a reading club on Thursdays. Honestly, the children seemed to really enjoy it.', 'seemed to really enjoy'],
  ] as const)
    it(`fires on: ${text}`, () => {
      const md = transcript(text);
      assert.deepEqual(flagged(md, lintWith(ID, md)), [claim]);
    });
  for (const text of [
    // Negated, the writer's own liking, an idea still to be tried, a trait, a number beside it, or the story goes on.
    'I set up a reading club on Thursdays. The older ones did not like it at first.',
    'I set up a reading club on Thursdays. We loved it as much as they did.',
    'I pitched a reading club on Thursdays. The head teacher loved the idea but had no budget for books.',
    'I set up a reading club. The old librarian liked it that way because nobody else could change the timetable.',
    'I set up a reading club on Thursdays. The kids loved it: 22 of the 30 came back every week.',
    'I set up a reading club on Thursdays. The kids loved it, so I asked the school for a second room.',
  ])
    it(`stays silent on: ${text}`, () => assert.deepEqual(lintWith(ID, transcript(text)), []));
});

describe(`${ID}: the result called the highlight of its kind ("it was the highlight of the school year")`, () => {
  const fires: Array<[string, string]> = [
    ['Everyone agreed it was the highlight of the school year.', 'was the highlight'],
    ["It's become the highlight of the calendar.", 'become the highlight'],
    ['It was a real highlight of their last term.', 'was a real highlight'],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(claimIn(sentence), [expected]));
  const silent: Array<[string, 'action' | 'result']> = [
    // What the highlight was, a number beside it, or not the Result.
    ['The highlight for me was the final night.', 'result'],
    ['It was the highlight of the school year: 270 tickets sold against 180 the year before.', 'result'],
    ['It has become the highlight of the calendar, so I booked the hall for next year.', 'action'],
  ];
  for (const [sentence, part] of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(claimIn(sentence, part), []));
});

describe(`${ID}: in a transcript, a reaction that "seemed" or names the writer's work as what pleased ("with how fast we moved")`, () => {
  const transcript = (middle: string) =>
    '## Region move\n\n**Interviewer:** Tell me about a migration you led.\n\n' +
    '**Me:** Our biggest client needed their data moved to an EU region before a new contract started.\n\n' +
    `**Interviewer:** What happened?\n\n**Me:** I planned the cutover and ran it over one weekend. ${middle}\n\n` +
    '**Interviewer:** What was your part in it?\n\n**Me:** I wrote the runbook and ran the rehearsal myself.\n';
  for (const [text, claim] of [
    ['They seemed really pleased with it.', 'really pleased'],
    ['The client was thrilled with how fast we moved.', 'thrilled'],
  ] as const)
    it(`fires on: ${text}`, () => {
      const md = transcript(text);
      assert.deepEqual(flagged(md, lintWith(ID, md)), [claim]);
    });
  for (const text of [
    'The client was thrilled with how fast we moved, so we booked the second region for March.',
    'They seemed pleased to have a date, and I started on the runbook.',
  ])
    it(`stays silent on: ${text}`, () => assert.deepEqual(lintWith(ID, transcript(text)), []));
});
