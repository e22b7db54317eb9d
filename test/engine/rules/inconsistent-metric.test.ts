import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';

const ID = 'inconsistent-metric';

function resultOf(result: string) {
  const md = story({
    situation: 'Shoppers abandoned checkout on slow days.',
    action: 'I profiled the service and removed two blocking calls.',
    result,
  });
  const findings = lintWith(ID, md);
  return { md, findings, flagged: flagged(md, findings) };
}

describe(ID, () => {
  describe('fires on', () => {
    const fires: Array<[string, string, string, string]> = [
      ['a percentage after the pair', 'I cut P99 latency from 850 ms to 285 ms, an 80% reduction.', '80%', '66%'],
      ['mixed units, seconds to milliseconds', 'Average response time went from 2.3 seconds to 340ms, a 95% improvement.', '95%', '85%'],
      ['a multiple that overstates the speed-up', 'Builds went from 30 minutes to 12, 5x faster.', '5x', '2.5'],
      ['money with different scales', 'Cost fell from $1.2M to $800K, a 50% saving.', '50%', '33%'],
      ['a percentage before the pair ("by 80% from …")', 'I reduced P99 latency by 80% from 850 ms to 285 ms.', '80%', '66%'],
      ['a change noun that leads the sentence', 'An 80% reduction in P99 latency, from 850 ms to 285 ms.', '80%', '66%'],
      ['a next sentence that points back', 'P99 went from 850 ms to 285 ms. That is an 80% reduction.', '80%', '66%'],
      ['points that do not match a change in a rate', 'Conversion rose from 2.0% to 2.6%, a 6-point gain.', '6-point', '0.6'],
      ['a signed percentage in brackets', 'Throughput went from 1,000 to 1,500 orders a minute (+80%).', '80%', '50%'],
      ['an increase stated as a multiple', 'Signups grew from 400 to 1,000 a week, a 4x increase.', '4x', '2.5'],
      ['a percentage of percentages that fits neither points nor relative change', 'Errors fell from 5% to 1%, a 40% drop.', '40%', '80%'],
      ['"times faster" in digits', 'Page loads went from 600 ms to 200 ms, 5 times faster.', '5 times', '3'],
      ['a count pair with a unit', 'Average route length rose from 84 km to 97 km, a 25% increase.', '25%', '15%'],
      ['tripling called a 300% increase', 'Throughput went from 1,200 to 3,600 orders a minute, a 300% increase.', '300%', '200%'],
      ['the new level of a rate called the uplift', 'Conversion went from 2% to 3.2% over September, a 160% uplift.', '160%', '60%'],
    ];
    for (const [name, sentence, stated, actual] of fires) {
      it(name, () => {
        const { findings, flagged: got } = resultOf(sentence);
        assert.deepEqual(got, [stated]);
        assert.equal(findings[0].data.actual.toString().replace(/x$/, ''), actual);
      });
    }
  });

  describe('stays silent on', () => {
    const silent: Array<[string, string]> = [
      [
        'a correct percentage with mixed units (85.2% stated as 85%)',
        'Average response time went from 2.3 seconds to 340ms, an 85% improvement.',
      ],
      ['a correct multiple, hedged with "almost"', 'Response time went from 2.3 seconds to 340ms, almost 7x faster.'],
      ['a relative change of a rate', 'Conversion rose from 3.2% to 4.1%, a 28% increase.'],
      ['a point change of a rate', 'Errors fell from 5% to 1%, a 4-point drop.'],
      ['the new level as a share of the old, after "to"', 'Throughput went from 1,200 to 3,600 orders a minute, to 300% of before.'],
      ['"300% increase" meaning +300%', 'Throughput went from 1,200 to 4,800 orders a minute, a 300% increase.'],
      ['"3x more" meaning 3x', 'Throughput went from 1,200 to 3,600 orders a minute, 3x more.'],
      ['"300% faster" as a speed-up of a time', 'Latency went from 800 ms to 200 ms, 300% faster.'],
      ['an approximate figure within a few points', 'Latency went from 850 ms to 285 ms, about 70% lower.'],
      ['a lower bound that holds', 'Cost went from $10K to $6K, over 35% lower.'],
      ['a percentage about a different metric, after "and"', 'Latency fell from 850 ms to 285 ms, and conversion rose 12%.'],
      ['a share that is a level, not a change', 'Latency fell from 850 ms to 285 ms and 95% of requests now finish in time.'],
      ['a next sentence about another metric', 'Latency went from 850 ms to 285 ms. That lifted conversion by 12%.'],
      ['a range', 'I cut latency by 30-40%, from 850 ms to 500 ms.'],
      ['a share of the old size after "to"', 'The queue shrank from 400 to 100 items, to 25% of its old size.'],
      ['occasions counted with "times"', 'I rolled back 3 times as latency climbed from 200 ms to 600 ms.'],
      ['the right figure for the nearer of two pairs', 'Latency went from 850 to 285 ms and errors from 4% to 1%, a 75% drop.'],
      ['a duration between the pair and its figure', 'P99 went from 850 ms to 285 ms in 3 weeks, a 66% drop.'],
    ];
    for (const [name, sentence] of silent) {
      it(name, () => assert.deepEqual(resultOf(sentence).flagged, []));
    }
  });

  it('names the stated figure, the pair and the real change in the message', () => {
    const { findings } = resultOf('I cut P99 latency from 850 ms to 285 ms, an 80% reduction.');
    const [f] = findings;
    assert.equal(f.messageId, 'percent');
    assert.deepEqual(
      { stated: f.data.stated, pair: f.data.pair, actual: f.data.actual, change: f.data.change },
      { stated: '80%', pair: '850 ms → 285 ms', actual: '66%', change: 'reduction' },
    );
    assert.equal(f.message, '`80%` does not match 850 ms → 285 ms, which is a 66% reduction. Use 66% or check the numbers.');
  });

  it('uses the points and multiple messages', () => {
    assert.equal(resultOf('Conversion rose from 2.0% to 2.6%, a 6-point gain.').findings[0].messageId, 'points');
    assert.equal(resultOf('Builds went from 30 minutes to 12, 5x faster.').findings[0].messageId, 'multiple');
  });

  it('offers the computed figure as a replacement, preferred: it is arithmetic, not a judgement', () => {
    const { md, findings } = resultOf('I cut P99 latency from 850 ms to 285 ms, an 80% reduction.');
    const [s] = findings[0].suggestions;
    assert.equal(s.kind, 'replace');
    assert.equal(s.preferred, true);
    assert.equal(s.title, 'Replace `80%` with `66%`');
    const fixed = md.slice(0, s.edits[0].start) + s.edits[0].newText + md.slice(s.edits[0].end);
    assert.match(fixed, /285 ms, a 66% reduction\./);
    assert.deepEqual(lintWith(ID, fixed), []);
  });

  it('fixes the article with the figure', () => {
    const { md, findings } = resultOf('Page loads went from 1,000 ms to 180 ms, a 60% drop.');
    const [e] = findings[0].suggestions[0].edits;
    assert.equal(md.slice(e.start, e.end), 'a 60%');
    assert.equal(e.newText, 'an 82%');
  });

  it('keeps the unit words of the stated figure in the replacement', () => {
    const { findings } = resultOf('Builds went from 30 minutes to 12, 5 times faster.');
    assert.equal(findings[0].suggestions[0].edits[0].newText, '2.5 times');
  });
});

describe(`${ID}: numbers in every shape`, () => {
  const fires: Array<[string, string, string]> = [
    ['a word multiple against its pair', 'Signups doubled, from 300 to 450 a week.', 'doubled'],
    ['"halved" against its pair', 'I halved page weight, from 3.2 MB to 2.1 MB.', 'halved'],
    ['"more than doubled" that is less than double', 'Ticket volume more than doubled, from around 900 a day to 1,600.', 'doubled'],
    ['note form with a rate and an arrow', 'Cost $12K/mo → $9K/mo (-40%).', '40%'],
    ['a multiple in brackets after an arrow', 'Throughput 800 → 1,900 rows/s (3x).', '3x'],
    ['a reversed pair around a share', '27 of 40 passed in the summer, up from 18, a 65% increase in the pass rate.', '65%'],
    ['a figure after a long time phrase', 'The pledge rate went from 6% to 9% over the next six weeks, which is a 30% increase.', '30%'],
    ['a figure after a spoken filler', 'So the close went from nine working days to six, which is, um, about a 50% improvement.', '50%'],
    [
      'shares that add to more than the whole',
      'Of the new opportunities, 60% came from referrals, 35% from outbound and 20% from the roundtables.',
      '20%',
    ],
    ['shares of a count named with a colon', 'New tickets: 44% billing, 61% login and 19% everything else.', '19%'],
    ['shares of one payment', 'I could pay 40% on signing, 20% against a guarantee, 50% on delivery, 30% after commissioning.', '30%'],
    ['note form with when the before was, before the arrow', 'Rack alarms: 48 in June \u2192 12 in August, cut by 60%.', '60%'],
    ['money in naira', 'Monthly diesel spend went down from \u20a646m to \u20a631m, roughly a 45% saving.', '45%'],
    ['money in won', 'The licence bill fell from \u20a9900K to \u20a9600K a year, a 50% cut.', '50%'],
  ];
  for (const [name, result, figure] of fires) {
    it(`fires on ${name}`, () => assert.deepEqual(resultOf(result).flagged, [figure]));
  }
  it('offers no replacement for a word multiple (it would not leave a sentence)', () => {
    assert.deepEqual(resultOf('Signups doubled, from 300 to 450 a week.').findings[0].suggestions, []);
  });

  const silent: Array<[string, string]> = [
    ['a word multiple that fits', 'Signups doubled, from 300 to 610 a week.'],
    ['a correct note-form cut', 'Cost $12K/mo → $9K/mo (-25%).'],
    ['a correct note-form cut with months', 'Rack alarms: 48 in June \u2192 12 in August, cut by 75%.'],
    ['a correct cut in naira', 'Monthly diesel spend went down from \u20a646m to \u20a631m, roughly a 33% saving.'],
    ['shares that add to 100%', 'Of the new opportunities, 50% came from referrals, 35% from outbound and 15% from the roundtables.'],
    ['levels of different metrics', 'Uptime went to 99.9%, p95 errors to 0.1% and accuracy to 97%.'],
    [
      'answers to separate survey questions',
      'Of the patients surveyed, 80% said they felt heard, 75% said waits were shorter and 90% would recommend us.',
    ],
    ['shares of different wholes, said so', 'Android and iOS grew 60%, 45% and 30% respectively across the three regions.'],
    ['one rate named for each arm of a test', 'Opt-in: 44% (the old flow), 61% (the new one), 19% (no prompt at all).'],
    [
      'a share refused, then the shares offered instead',
      'I could not pay 40% on signing, but I could do 20% against a guarantee, 50% on delivery, 30% after commissioning.',
    ],
    ['the steps of a staged rollout', 'I planned a staged rollout (5%, 25%, 100%) with a crash-free threshold of 99.5% to advance.'],
  ];
  for (const [name, result] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(resultOf(result).flagged, []));
  }
});

describe(`${ID}: spoken figures and rates`, () => {
  const fires: Array<[string, string, string]> = [
    ['a percentage in words after "so like a"', 'It went from forty minutes to twenty-five, so like a fifty percent cut.', 'fifty percent'],
    ['a rate per thousand on both sides', 'Mis-picks went from 14 per 1,000 to 5 per 1,000, a 75% reduction.', '75%'],
    ['a rate per thousand after the pair', 'Mis-picks went from 14 to 5 per 1,000, a 75% reduction.', '75%'],
  ];
  for (const [name, result, figure] of fires) {
    it(`fires on ${name}`, () => assert.deepEqual(resultOf(result).flagged, [figure]));
  }
  it('offers no replacement for a percentage in words (the message gives the figure)', () => {
    const { findings } = resultOf('It went from forty minutes to twenty-five, so like a fifty percent cut.');
    assert.deepEqual(findings[0].suggestions, []);
    assert.match(findings[0].message, /38% reduction/);
  });
  const silent: Array<[string, string]> = [
    ['an approximate figure with its article, close enough', 'Waits went from 40 minutes to 25, about a 40% cut.'],
    ['an approximate percentage in words, close enough', 'Waits went from forty minutes to twenty-five, about a forty percent cut.'],
    ['a rate per thousand that fits', 'Mis-picks went from 14 per 1,000 to 5 per 1,000, a 64% reduction.'],
    ['certainty, not a change', 'I was a hundred percent sure the fix would hold, and load went from 40 to 20 ms.'],
    ['a figure of another change after "so"', 'Demand went from 40 orders to 25, so I cut the night shift by 50% of its hours.'],
  ];
  for (const [name, result] of silent) {
    it(`stays silent on ${name}`, () => assert.deepEqual(resultOf(result).flagged, []));
  }
});

describe(`${ID}: a before and an after in two sentences, then the change`, () => {
  const fires: Array<[string, string]> = [
    ['Last year the fair raised £3,200. This year it raised £5,100, up 80%.', '59%'],
    ['Last year the fair raised £3,200. This year we raised £5,100 → +80% on last year.', '59%'],
    ['Before the redesign, checkout took 50 seconds. Now it takes 40 seconds, a 50% cut.', '20%'],
  ];
  for (const [result, actual] of fires)
    it(`fires on: ${result}`, () =>
      assert.deepEqual(
        resultOf(result).findings.map((f) => f.data.actual),
        [actual],
      ));
  const silent = [
    'Last year the fair raised £3,200. This year it raised £5,100, up 59%.',
    'Last year we had 40 volunteers. This year we raised £5,100, up 80% on the volunteer hours.',
    'The fair raised £3,200. The raffle raised £900, up 80%.',
    'Before the redesign, checkout took 50 seconds. Now it takes 40 seconds, a 25% speed-up.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(resultOf(result).findings, []));
});

describe(`${ID}: notes that give the before lines earlier`, () => {
  const notes = (change: string, before = "- last year's fair: £3,200 raised, lots of cash-handling problems") =>
    `# PTA summer fair\n\n- I was fair lead after the chair stepped down\n${before}\n` +
    '- this year: 2 card readers, raffle pre-sold online\n' +
    `- ${change}\n- parents loved the shorter queues\n\n**Situation:** The fair lost money on cash handling.\n\n` +
    '**Action:** I brought in card readers.\n\n**Result:** See the notes above.\n';
  const findings = (md: string) => lintWith(ID, md).map((f) => f.data.actual);
  it('checks "+80% on last year" against the earlier line that says last year', () =>
    assert.deepEqual(findings(notes('raised £5,100 → +80% on last year')), ['59%']));
  it('stays silent when the change fits', () => assert.deepEqual(findings(notes('raised £5,100 → +59% on last year')), []));
  it('stays silent when the earlier line is about something else', () =>
    assert.deepEqual(findings(notes('raised £5,100 → +80% on last year', '- last year: 40 volunteers')), []));
  it('stays silent when no earlier line names last year', () =>
    assert.deepEqual(findings(notes('raised £5,100 → +80% on last year', '- the first fair: £3,200 raised')), []));
});

describe('inconsistent-metric: sizes across units and money in millions written "£1.2m"', () => {
  const checked = (result: string) =>
    lintWith(
      'inconsistent-metric',
      story({ situation: 'Our product pages loaded slowly on mobile.', action: 'I split the bundle.', result }),
    ).map((f) => f.data.stated);
  it('fires on 1.2 MB → 900 KB told as 40% smaller (it is 25%)', () =>
    assert.deepEqual(checked('The bundle went from 1.2 MB to 900 KB, 40% smaller.'), ['40%']));
  it('stays silent on 1.2 MB → 900 KB told as 25% smaller', () =>
    assert.deepEqual(checked('The bundle went from 1.2 MB to 900 KB, 25% smaller.'), []));
  it('fires on £1.2m → £1.5m told as a 30% increase (it is 25%)', () =>
    assert.deepEqual(checked('Revenue went from £1.2m to £1.5m, which is a 30% increase.'), ['30%']));
  it('stays silent on £1.2m → £1.5m told as a 25% increase', () =>
    assert.deepEqual(checked('Revenue went from £1.2m to £1.5m, a 25% increase.'), []));
});

describe(`${ID}: the change stated later in the clause, and "instead of"`, () => {
  const fires: Array<[string, string]> = [
    ['Mis-picks went from 3.2% to 1.1% in about two months, so we cut errors by 80% overall.', '66%'],
    ['Covers went from 900 a week to 720 a week for a couple of months after the rating went up (-25%).', '20%'],
    ['Handovers now take 3 hours instead of 8 hours, a 40% cut.', '63%'],
  ];
  for (const [result, actual] of fires)
    it(`fires on: ${result}`, () =>
      assert.deepEqual(
        resultOf(result).findings.map((f) => f.data.actual),
        [actual],
      ));
  const silent = [
    'Mis-picks went from 3.2% to 1.1% in about two months, so we cut errors by 66% overall.',
    'Covers went from 900 a week to 720 a week for a couple of months after the rating went up (-20%).',
    'Handovers now take 3 hours instead of 8 hours, a 63% cut.',
    'Mis-picks went from 3.2% to 1.1% in two months; the team later cut overtime by 80% on its own.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(resultOf(result).findings, []));
});

describe(`${ID}: a bare before after the figure ("12 late trucks, from 40"), and figures in degrees`, () => {
  const fires: Array<[string, string]> = [
    ['In the last two weeks we had 12 late trucks, from 40, so 80% better.', '80%'],
    ['After the correction the estimate went from 1.1 °C to 0.7 °C, a 57% reduction.', '57%'],
  ];
  for (const [result, figure] of fires)
    it(`fires on: ${result}`, () => assert.deepEqual(flagged(story({ result }), lintWith(ID, story({ result }))), [figure]));
  const silent = [
    'In the last two weeks we had 12 late trucks, from 40, so 70% fewer.',
    'After the correction the estimate went from 1.1 °C to 0.7 °C, a 36% reduction.',
    'We served 120 families in March, from 40 volunteers, and 96% said they would come back.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, story({ result })), []));
});

describe(`${ID}: "a reduction of N%", a multiple that sums up the pair ("so we tripled it"), and the base of a rate`, () => {
  const fires: Array<[string, string]> = [
    ['Damaged parcels went from 340 a month to 120 a month, a reduction of 75%.', '75%'],
    ['Damaged parcels went from around 340 per month to 120 per month, so this is reduction of 75 percent.', '75 percent'],
    ['Picks per hour went from 60 to about 90, so we basically tripled productivity on the floor.', 'tripled'],
    ['Putaway went from 80 items an hour per person to 120, so we doubled the putaway rate.', 'doubled'],
  ];
  for (const [result, figure] of fires)
    it(`fires on: ${result}`, () => assert.deepEqual(flagged(story({ result }), lintWith(ID, story({ result }))), [figure]));
  const silent = [
    'Damaged parcels went from 340 a month to 120 a month, a reduction of 65%.',
    'Picks per hour went from 45 to 90, so we doubled productivity on the floor.',
    'The falls rate was 3.9 per 1,000 bed days, down from 6.1, a 36% fall.',
    'Signups went from 300 to 450 a week, and the referral scheme tripled its share of them.',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, story({ result })), []));
});

describe(`${ID}: "almost" leaves little room below, a cut is no speed-up, "that's like a …", "(≈ -40%)"`, () => {
  const fires: Array<[string, string]> = [
    ['The p95 latency came down from 1200 ms to 400 ms, almost 80% reduction.', '80%'],
    ['We got the close from nine days to six, a 50% improvement.', '50%'],
    ['The pack now takes me four days a month instead of six, a 50% reduction.', '50%'],
    ["So it went from about six hours to about forty-five minutes, so that's like a 95% saving.", '95%'],
    ['Monthly spend $410k → $290k (≈ -40%).', '40%'],
  ];
  for (const [result, figure] of fires)
    it(`fires on: ${result}`, () => assert.deepEqual(flagged(story({ result }), lintWith(ID, story({ result }))), [figure]));
  const silent = [
    'The p95 latency came down from 1200 ms to 400 ms, almost a 70% reduction.',
    'The nightly build went from 60 minutes to 20, 200% faster.',
    'The pack now takes me four days a month instead of six, a 33% reduction.',
    "So it went from about six hours to about forty-five minutes, so that's like an 85% saving.",
    'Monthly spend $410k → $290k (≈ -30%).',
  ];
  for (const result of silent) it(`stays silent on: ${result}`, () => assert.deepEqual(lintWith(ID, story({ result })), []));
});

describe(`${ID}: "about" leaves room by a share of the figure, not a flat five points`, () => {
  const result = (r: string) => lintWith(ID, `## Menu prices\n\n**Action:** I reviewed the menu.\n\n**Result:** ${r}\n`);
  it('fires on "about a 15% rise" for £14.50 to £16.00 (10%)', () =>
    assert.equal(result('We moved the average main from £14.50 to £16.00, which was about a 15% rise.').length, 1));
  for (const r of [
    'Sales went from 200 to 224 a week, about a 10% rise.',
    'Covers went from 400 to 500 a week, about a 20% rise.',
    'Waste went from 90 kg to 55 kg a week, about a 40% cut.',
  ])
    it(`stays silent on: ${r}`, () => assert.deepEqual(result(r), []));
});

describe(`${ID}: "so we more than tripled it" checked against its pair`, () => {
  const result = (r: string) => lintWith(ID, `## Lettings\n\n**Action:** I rewrote the lettings policy.\n\n**Result:** ${r}\n`);
  it('fires on "more than tripled" for £9,000 to £21,000 (2.3x)', () =>
    assert.equal(result('Lettings income went from £9,000 a year to £21,000, so we more than tripled it.').length, 1));
  it('stays silent on "more than tripled" for £9,000 to £30,000', () =>
    assert.deepEqual(result('Lettings income went from £9,000 a year to £30,000, so we more than tripled it.'), []));
});

describe(`${ID}: a pair told with "versus", a change told as a verb, "almost double", "something like"`, () => {
  const result = (r: string) => lintWith(ID, `## Parcel sorter\n\n**Action:** I ran the sorter go-live.\n\n**Result:** ${r}\n`);
  const fires: Array<[string, string]> = [
    ['Sorter pipeline was £1.2m vs £800k the year before, a 66% jump.', '£800k to £1.2m is a 50% rise'],
    ['Throughput is 2,500 parcels an hour versus 1,600 on the manual line, so almost double.', '1.6x, not 2x'],
    ['The mis-sort rate went down from 4.2% to 1.5%, reduce almost 80%.', '64%'],
    ['Scan time went from 1.9 s down to 600 ms, which is something like an 80% improvement.', '68%'],
  ];
  for (const [r, why] of fires) it(`fires on: ${r} (${why})`, () => assert.equal(result(r).length, 1, r));
  const silent = [
    'Sorter pipeline was £1.2m vs £800k the year before, a 50% jump.',
    'Throughput is 3,100 parcels an hour versus 1,600 on the manual line, so almost double.',
    'The mis-sort rate went down from 4.2% to 1.5%, reduced almost 64%.',
    'Scan time went from 1.9 s down to 600 ms, which is something like a 68% improvement.',
    'We closed the year at a 21% margin against the 18% target, up 3 points.',
    'I wanted to double-check the mis-sort numbers before the review.',
  ];
  for (const r of silent) it(`stays silent on: ${r}`, () => assert.deepEqual(result(r), [], r));
});

describe(`${ID}: a figure before a pair it does not describe: one clause apart, or the load measured under`, () => {
  const result = (r: string) => lintWith(ID, `## Parcel sorter\n\n**Action:** I ran the sorter go-live.\n\n**Result:** ${r}\n`);
  const fires = ['Mis-sorts were 30% lower: 12 a day vs 40 before the go-live.', 'p99 scan time fell 3x, 1.8 s → 900 ms.'];
  for (const r of fires) it(`fires on: ${r}`, () => assert.equal(result(r).length, 1, r));
  const silent = [
    'The second quote was ~12% lower but gave 2 collections a week vs 6, so I turned it down.',
    'p99 scan time at 3x load: 1.8 s → 420 ms (-77%).',
  ];
  for (const r of silent) it(`stays silent on: ${r}`, () => assert.deepEqual(result(r), [], r));
});

describe(`${ID}: a pair after a rate's time ("Pages/week 140 → 50")`, () => {
  const result = (r: string) => lintWith(ID, `## Paging noise\n\n**Action:** I cleaned up the alerts.\n\n**Result:** ${r}\n`);
  it('fires on a wrong percentage', () => assert.equal(result('Pages/week 140 → 50, that is a 75% reduction.').length, 1));
  it('stays silent on the right one', () => assert.deepEqual(result('Pages/week 140 → 50, that is a 64% reduction.'), []));
});

describe(`${ID}: a duration told in two units, or with "and a half"`, () => {
  const result = (r: string) => lintWith(ID, `## Discharges\n\n**Action:** I moved the pharmacy check earlier.\n\n**Result:** ${r}\n`);
  const silent = [
    'Median turnaround fell from 3 hours 10 minutes to 1 hour 25 minutes, a 55% reduction.',
    'Lead time fell from six days to a day and a half, a 75% drop.',
  ];
  for (const r of silent) it(`stays silent on: ${r}`, () => assert.deepEqual(result(r), [], r));
  const fires = ['Median turnaround fell from 3 hours 10 minutes to 1 hour 25 minutes, a 70% reduction.'];
  for (const r of fires) it(`fires on: ${r}`, () => assert.equal(result(r).length, 1, r));
});

describe(`${ID}: a level reached in the Result, against the one before in its own unit earlier in the story`, () => {
  const told = (situation: string, result: string) => {
    const md = story({ situation, action: 'I moved the high-lift pumps onto the night tariff.', result });
    return lintWith(ID, md).map((f) => f.data.actual);
  };
  it('fires on "came down to 320 MWh, a 28% saving" after "used about 410 MWh"', () =>
    assert.deepEqual(
      told(
        'In 2022/23 high-lift pumping alone used about 410 MWh.',
        'Pumping came down to 320 MWh over the following twelve months, a 28% saving.',
      ),
      ['22%'],
    ));
  it('stays silent when the figure matches', () =>
    assert.deepEqual(told('Pumping used 400 MWh a year.', 'Pumping came down to 300 MWh, a 25% saving.'), []));
  it('stays silent when the unit is given twice before: which one is the before is unclear', () =>
    assert.deepEqual(
      told('Pumping used 400 MWh a year, and treatment another 900 MWh.', 'Pumping came down to 300 MWh, a 40% saving.'),
      [],
    ));
  it('stays silent on money, which a story names too often to pair so', () =>
    assert.deepEqual(told('Energy cost us £90,000 a year.', 'The bill came down to £60,000, a 40% saving.'), []));
  it('stays silent on "up to", which is a ceiling', () =>
    assert.deepEqual(told('The pumps moved 400 tonnes a day.', 'They now move up to 600 tonnes, a 20% gain.'), []));
});

describe(`${ID}: a change told as "up about 70%", and an after reached by a clause that points back to the before`, () => {
  const told = (result: string) =>
    lintWith(ID, story({ situation: 'Our ground crews ran short all summer.', action: 'I rebuilt the shift pattern.', result })).map(
      (f) => f.data.actual,
    );
  it('fires on "up about 70%" for £18k to £27k', () =>
    assert.deepEqual(told('Penalties went from £18k in June to £27k in August, up about 70%.'), ['50%']));
  it('stays silent on "up about 50%" for the same pair', () =>
    assert.deepEqual(told('Penalties went from £18k in June to £27k in August, up about 50%.'), []));
  it('fires on "that had risen to 21,900, a 25% increase" after 18,200', () =>
    assert.deepEqual(
      told('In the first year 18,200 households signed up, and by the second year that had risen to 21,900, a 25% increase.'),
      ['20%'],
    ));
  it('stays silent when the figure matches', () =>
    assert.deepEqual(
      told('In the first year 18,200 households signed up, and by the second year that had risen to 21,900, a 20% increase.'),
      [],
    ));
  it('stays silent on a new subject rising to the second figure', () =>
    assert.deepEqual(
      told('In the first year 18,200 households signed up, and our renewal fee rose to 21 pounds, a 25% increase on the year.'),
      [],
    ));
});

describe(`${ID}: an amount set against its goal, and a change told as a hit or a shortfall`, () => {
  const actual = (result: string) => resultOf(result).findings.map((f) => f.data.actual);
  for (const [result, real] of [
    ['The first month we did $310,000 in sales against a forecast of $260,000, 30% over plan.', '19%'],
    ["The port came in at £46k against the £70k we'd budgeted, a 45% saving.", '34%'],
    ['We raised £42,000 against the £60k target, so only 20% short.', '30%'],
    ['Weekly completions went from 12,000 to 9,000, roughly a 40% hit.', '25%'],
  ])
    it(`fires on: ${result}`, () => assert.deepEqual(actual(result), [real]));
  for (const result of [
    // The goal's figure stated truly, a percentage set beside its goal, a goal told with no amount, and a hit rate.
    "The port came in at £46k against the £70k we'd budgeted, a 34% saving.",
    'We hit a 21% margin against the 18% target, our best quarter.',
    'We raised £42,000 against the odds, 20% more than the year before.',
    'The cache hit rate went from 40% to 90%, a 50% hit rate gain on the old one.',
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(actual(result), []));
});

describe(`${ID}: "short" states a shortfall, not a short-term figure`, () => {
  const actual = (result: string) => resultOf(result).findings.map((f) => f.data.actual);
  it('stays silent on "30% short-term" after an amount set against its goal', () =>
    assert.deepEqual(actual('We raised £48,000 against the £60k target, 30% short-term pledges.'), []));
  it('fires on "30% short" when the shortfall is 20%', () =>
    assert.deepEqual(actual('We raised £48,000 against the £60k target, 30% short.'), ['20%']));
});

describe(`${ID}: a count told earlier in the story and its level later, counted in other words`, () => {
  const told = (situation: string, result: string) =>
    lintWith(ID, story({ situation, action: 'I added an idempotency key to the payment request and a retry guard.', result }));
  for (const [name, situation, result, actual] of [
    [
      '"there were 310 … so about 85% less" against 1,240 earlier (75%)',
      'Support logged about 1,240 duplicate-charge cases in August.',
      'In September there were 310 duplicate cases, so about 85% less.',
      '75%',
    ],
    [
      '"down to 8 open items … a 90% reduction" against "40 items open" earlier (80%)',
      'On the Wednesday we still had 40 items open on the audit list.',
      'By Friday we were down to 8 open items, a 90% reduction.',
      '80%',
    ],
    [
      '"640 mince pies sold, up 50% on last year" against "sold 400 mince pies" the year before (60%)',
      'We had a stall in 2022 too and sold 400 mince pies.',
      '640 mince pies sold, up 50% on last year.',
      '60%',
    ],
  ])
    it(`fires on ${name}`, () => {
      const found = told(situation, result);
      assert.equal(found.length, 1);
      assert.equal(found[0].data.actual, actual);
    });
  for (const [situation, result] of [
    ['Support logged about 1,240 duplicate-charge cases in August.', 'In September there were 310 duplicate cases, 75% fewer.'],
    ['Support logged about 1,240 duplicate-charge cases in August.', 'By October it came down to 310 refund cases, about 85% less.'],
    ['On the Wednesday we still had 40 items open on the audit list.', 'There were 12 new starters, 50% more than last year.'],
    ['We had a stall in 2022 too and sold 400 mince pies.', '640 mince pies sold, up 60% on last year.'],
    ['We sold 400 mince pies in 2022 and 500 mince pies in 2021.', '640 mince pies sold, up 50% on last year.'],
  ])
    it(`stays silent on: ${result}`, () => assert.deepEqual(told(situation, result), []));
});

describe(`${ID}: a change told as the pair's effect, after "so … are"`, () => {
  figuresIn(
    [
      ['The average query time went from 1,200 ms to 400 ms, so the reports are 75% faster.', '75%'],
      ['Returns went from 80 a week to 60, so our refunds were 40% lower.', '40%'],
    ],
    [
      'The average query time went from 1,200 ms to 400 ms, so the reports are 67% faster.',
      'Returns went from 80 a week to 60, so our refunds were 25% lower.',
      'Returns went from 80 a week to 60, so the team had 50% more time for the new line.',
    ],
  );
});

describe(`${ID}: a point difference told as a relative change`, () => {
  for (const [sentence, figure, points, relative] of [
    ['14-day activation went from 18% to 24% in the test group, a 6% lift.', '6%', '6', '33%'],
    ['The sign-up rate went from 3% to 4.5%, so a 1.5% increase.', '1.5%', '1.5', '50%'],
  ] as const)
    it(`fires on: ${sentence}`, () => {
      const { findings, flagged: marked } = resultOf(sentence);
      assert.deepEqual(marked, [figure]);
      assert.match(findings[0].message, new RegExp(`${points.replace('.', '\\.')} percentage points, an? ${relative}`));
    });
  for (const sentence of [
    'Conversion went from 18% to 24%, up 6%.',
    'Conversion went from 18% to 24%, a 6-point lift.',
    'Conversion went from 18% to 24%, a 6 percentage point increase.',
    'Conversion went from 18% to 24%, a 33% lift.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(resultOf(sentence).flagged, []));
});

describe(`${ID}: a note that is only the change of the pair before it`, () => {
  figuresIn(
    [
      ['Overtime went from 640 hours to 410 hours a month. 45% less.', '45%'],
      ['Dumped batches went from 9 to 3. Down 80%.', '80%'],
    ],
    [
      'Overtime went from 640 hours to 410 hours a month. 36% less.',
      'Overtime went from 640 hours to 410 hours a month. 45% of it was weekend work.',
      'Overtime went from 640 hours to 410 hours a month. Sickness fell 45% less than I expected.',
    ],
  );
});

describe(`${ID}: a pair and the figure it was presented as`, () => {
  figuresIn(
    [
      ['Return on ad spend went from 2.1 to 3.4, which we called out on the first slide as a 90% improvement.', '90%'],
      ['Refunds fell from 400 to 300 a week, which I reported to the board as a 40% drop.', '40%'],
    ],
    [
      'Return on ad spend went from 2.1 to 3.4, which we called out on the first slide as a 62% improvement.',
      'Refunds fell from 400 to 300 a week, which I reported to the board as a 25% drop.',
      'Refunds fell from 400 to 300 a week, which we described as a good start; 90% of the rest were duplicates.',
    ],
  );
});

/** Each sentence, told as a Result, flags its figure; each look-alike flags nothing. */
function figuresIn(fires: ReadonlyArray<readonly [string, string]>, silent: readonly string[]): void {
  for (const [sentence, figure] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(resultOf(sentence).flagged, [figure]));
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(resultOf(sentence).flagged, []));
}

describe('inconsistent-metric: a figure someone brought down or up to, pointed back to ("we got it down to 30")', () => {
  const fires = [
    ["Their days sales outstanding was 45 days and we got it down to 30, so that's a 50% improvement.", '50%'],
    ['Response time was 40 minutes, and I brought it down to 10, a 60% cut.', '60%'],
  ] as const;
  const silent = [
    'Their days sales outstanding was 45 days and I got it down to 30 days, a 33% improvement.',
    'Response time was 40 minutes, and I brought it down to 10, a 75% cut.',
  ];
  figuresIn(fires, silent);
});

describe('inconsistent-metric: "one and a half" with its unit left to the figure before it', () => {
  const fires = [['The review went from about six engineering days to one and a half per quarter (50% less).', '50%']] as const;
  const silent = ['The review went from about six engineering days to one and a half per quarter (75% less).'];
  figuresIn(fires, silent);
});

describe('inconsistent-metric: a word multiple said in passing between the pair and its figure ("nearly halved, so about 60%")', () => {
  const fires = [['Average wait at the till went from 9 min to 5 min, nearly halved, so about 60% quicker.', '60%']] as const;
  const silent = [
    'Average wait at the till went from 9 min to 5 min, nearly halved, so about 44% quicker.',
    'Average wait at the till went from 9 min to 5 min, nearly halved, and 60% of customers now pay by card.',
  ];
  figuresIn(fires, silent);
});

describe('inconsistent-metric: a currency after its country letters, a currency code in capitals, an arrow after the noun', () => {
  const fires = [
    ['Monthly spend went from S$41,000 to S$33,500, which is a 25% saving.', '25%'],
    ['Inventory adjustments went from R$ 48 mil per month to R$ 12 mil, so a reduction of 60%.', '60%'],
    ['The compute bill went from 96k EUR to 71k EUR per month, a 35% reduction.', '35%'],
    ['Snag list 120 items → 45 items, down 75%.', '75%'],
    ['Questions the kitchen could not answer: 12 a month → 3 a month, a 90% drop.', '90%'],
    ['Energy cost per bus per week £310 (diesel equivalent) → £190, nearly a 50% saving.', '50%'],
  ] as const;
  const silent = [
    'Monthly spend went from S$41,000 to S$33,500, which is an 18% saving.',
    'The compute bill went from 96k EUR to 71k EUR per month, a 26% reduction.',
    'Snag list 120 items → 45 items, down 62%.',
    // A share of the first count, not a change: 25 of 38 accepted, 7 of 86 with errors.
    '38 offers → 25 accepted (66%).',
    'Resurveyed 86 PDUs → 7 with drawing errors (8%).',
    'Energy cost per bus per week £310 (diesel equivalent) → £190, nearly a 40% saving.',
  ];
  figuresIn(fires, silent);
});

describe('inconsistent-metric: a bare number written in full beside a figure with a scale word takes its unit, not its scale', () => {
  const fires = [['Paper bills went from 1.2 million to 780,000 per cycle, a 45% reduction.', '45%']] as const;
  const silent = [
    'Paper bills went from 1.2 million to 780,000 per cycle, a 35% reduction.',
    'Visits went from 1.2 to 1.6 million a year, a 33% increase.',
    'Overtime 1,900 → 1,150 hrs a month (-39%).',
  ];
  figuresIn(fires, silent);
});

describe('inconsistent-metric: a filler before the figure, a recovery, and "cut it by" in the next sentence', () => {
  const fires = [
    ['Visitor-to-trial went from 3.1% to 4.4%, so basically a 60% lift.', '60%'],
    ['The unit went from 20 kids to 30, which is, what, a 60% jump.', '60%'],
    ['Monthly loans went from 1,200 in April to 1,500, a 40% recovery.', '40%'],
  ] as const;
  const silent = [
    'Visitor-to-trial went from 3.1% to 4.4%, so basically a 42% lift.',
    'The unit went from 20 kids to 30, which is, what, a 50% jump.',
    'Monthly loans went from 1,200 in April to 1,500, a 25% recovery.',
  ];
  figuresIn(fires, silent);
  it('fires on the figure of "Cut it by about 60%." after "from 140 hours to 35 a year"', () =>
    assert.deepEqual(resultOf('Downtime went from 140 hours to 35 a year. Cut it by about 60%.').flagged, ['60%']));
  it('stays silent on "Cut it by about 75%." after "from 140 hours to 35 a year"', () =>
    assert.deepEqual(resultOf('Downtime went from 140 hours to 35 a year. Cut it by about 75%.').flagged, []));
});

describe('inconsistent-metric: how or when the change was made, said between the pair and its figure', () => {
  const fires = [
    ['I reduced the analysis time from 5 hours to 2 hours by moving the routine runs from HPLC to TOC, which is a 40% saving.', '40%'],
    ['The backlog went from 18,000 orders down to 4,500 within 24 hours of the power coming back, a 90% reduction.', '90%'],
  ] as const;
  const silent = [
    'I reduced the analysis time from 5 hours to 2 hours by moving the routine runs from HPLC to TOC, which is a 60% saving.',
    'The backlog went from 18,000 orders down to 4,500 within 24 hours of the power coming back, a 75% reduction.',
    // A clause of its own, with a figure of something else.
    'Energy costs had gone from £1.1m to £2.3m in a year and the owners were asking each manager for a 10% cut in total costs.',
  ];
  figuresIn(fires, silent);
});

describe('inconsistent-metric: a part of a whole said to be a percentage it is not ("11 out of the 14, which is 85%")', () => {
  const fires = [
    ['11 out of the 14 CAPAs were closed before the audit, which is 85%.', '85%'],
    ['We had to remove 900 of our 3,600 registered adults, roughly 33% of the list.', '33%'],
    ['By Friday 148 of the 400 thermostats had stopped reporting, so more than 40% of the trial was offline.', '40%'],
    ['I placed 27 of 40 leavers in work within three months, or 80%.', '80%'],
  ] as const;
  const silent = [
    '11 out of the 14 CAPAs were closed before the audit, which is 79%.',
    'We had to remove 900 of our 3,600 registered adults, roughly a quarter, 25% of the list.',
    'By Friday 148 of the 400 thermostats had stopped reporting, so more than 35% of the trial was offline.',
    // A step of a sequence, not a part of a whole.
    'In week 3 of 4, 60% of the class had finished the module.',
    // The figure is of another part, said in its own clause.
    '198 of the 212 shots were final and 14 were temps, which is 6.6%.',
    // A change after the figure: a shortfall is not the part cleared.
    'We cleared 6,300 of the 9,000 by Sunday, so a 30% shortfall on the forecast.',
  ];
  figuresIn(fires, silent);
  it('offers the computed share as a fix', () => {
    const { md, findings } = resultOf('11 out of the 14 CAPAs were closed before the audit, which is 85%.');
    const edit = findings[0].suggestions[0].edits[0];
    assert.equal(md.slice(0, edit.start) + edit.newText + md.slice(edit.end), md.replace('85%', '79%'));
  });
});

describe('inconsistent-metric: a hedge before the figure still states it ("so maybe around a 50% cut?")', () => {
  const fires = [
    ['Approval time went from like nine days to about three days, so maybe around a 50% cut?', '50%'],
    ['Complaints went from 40 a month to 10, so I think about a 50% drop.', '50%'],
  ] as const;
  const silent = [
    'Approval time went from like nine days to about three days, so maybe around a 65% cut?',
    'Complaints went from 40 a month to 10, so I think about a 75% drop.',
  ];
  figuresIn(fires, silent);
});

describe('inconsistent-metric: an amount set against the same one a while before, and a figure set beside its pair alone', () => {
  const fires = [
    ['£14,200 on the night against £9,000 the year before, a 48% jump.', '48%'],
    ['212 guests came against 180 the year before, a 40% rise.', '40%'],
    ['We took inventory from £3.1m down to £2.2m, around 40%, and service held.', '40%'],
    ['Waste went from 120 loaves a week to 30, about 50%.', '50%'],
  ] as const;
  const silent = [
    // The change right, a goal rather than the past, a share of something else, or the figure going on as a level.
    '£14,200 on the night against £9,000 the year before, a 58% jump.',
    'We sold £310,000 against a forecast of £260,000, 19% over plan.',
    'We took inventory from £3.1m down to £2.2m, around 30%, and service held.',
    'Stores went from 12 to 30, 40% of the estate.',
    'Tickets went from 120 to 80 a week, 95% of them answered the same day.',
  ];
  figuresIn(fires, silent);
});
