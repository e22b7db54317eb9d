import assert from 'node:assert/strict';
import { findQuantities } from '../../server/src/engine/quantities/find';
import { findPairs } from '../../server/src/engine/quantities/pairs';
import { splitSentences } from '../../server/src/engine/language/text';

/** Each quantity as `text|kind|value`. */
function qs(text: string): string[] {
  return findQuantities(text).map((q) => `${q.text}|${q.kind}|${+q.value.toFixed(3)}`);
}

/** Each before/after pair as `before -> after` with values in base units. */
function pairs(text: string): string[] {
  return findPairs(text, findQuantities(text)).map((p) => `${p.before.kind}:${+p.before.value.toFixed(3)} -> ${+p.after.value.toFixed(3)}`);
}

describe('quantities', () => {
  describe('digits and units', () => {
    it('reads percentages written with a sign or a word', () => {
      assert.deepEqual(qs('Support tickets fell by 60% and churn by 4 percent.'), ['60%|percent|60', '4 percent|percent|4']);
    });
    it('reads percentage points and basis points as points', () => {
      assert.deepEqual(qs('Conversion rose 2 percentage points, about 150 bps.'), ['2 percentage points|percent|2', '150 bps|percent|1.5']);
    });
    it('reads data sizes in bytes, attached or spaced, so a pair across units compares like with like', () => {
      assert.deepEqual(qs('The bundle went from 1.2 MB to 900KB.'), ['1.2 MB|count|1200000', '900KB|count|900000']);
      assert.deepEqual(pairs('The bundle went from 1.2 MB to 900KB.'), ['count:1200000 -> 900000']);
    });
    it('reads a lower-case m or b after money as million or billion, and leaves bare "5m" alone', () => {
      assert.deepEqual(qs('Revenue went from £1.2m to £1.5m; the round was $2b.'), [
        '£1.2m|money|1200000',
        '£1.5m|money|1500000',
        '$2b|money|2000000000',
      ]);
      assert.deepEqual(qs('We ran 5m of cable.'), []);
    });
    it('reads a currency sign after the letters of its country, and a currency code in capitals after a scale letter', () => {
      assert.deepEqual(qs('Spend went from S$41,000 to US$2m, then R$ 48.'), [
        'S$41,000|money|41000',
        'US$2m|money|2000000',
        'R$ 48|money|48',
      ]);
      assert.deepEqual(qs('The bill went from 96k EUR to 71k eur.'), ['96k EUR|money|96000', '71k eur|money|71000']);
      assert.deepEqual(qs('I met DS3 and ABC$ people.'), []);
    });
    it('pairs a bare number written in full with a scaled partner by its unit, not its scale', () => {
      assert.deepEqual(pairs('Bills went from 1.2 million to 780,000.'), ['count:1200000 -> 780000']);
      assert.deepEqual(pairs('Visits went from 1.2 to 1.6 million.'), ['count:1200000 -> 1600000']);
    });
    it('reads durations in base milliseconds, attached or spaced', () => {
      assert.deepEqual(qs('P95 went from 1.2s to 300ms in two weeks.'), [
        '1.2s|duration|1200',
        '300ms|duration|300',
        'two weeks|duration|1209600000',
      ]);
    });
    it('reads hyphenated durations', () => {
      assert.deepEqual(qs('I ran a 3-month pilot.'), ['3-month|duration|7776000000']);
    });
    it('reads money with k, M and currency words', () => {
      assert.deepEqual(qs('We saved $180K a year, €2.3M in revenue and 40 thousand dollars in licences.'), [
        '$180K|money|180000',
        '€2.3M|money|2300000',
        '40 thousand dollars|money|40000',
      ]);
    });
    it('reads money after any currency sign: naira, won, lira, pesos, hryvnia', () => {
      assert.deepEqual(qs('Diesel fell from \u20a646m to \u20a631m, the licence was \u20a9900K, and the fine \u20ba12,000.'), [
        '\u20a646m|money|46000000',
        '\u20a631m|money|31000000',
        '\u20a9900K|money|900000',
        '\u20ba12,000|money|12000',
      ]);
    });
    it('reads counts with thousands separators and their noun', () => {
      const [q] = findQuantities('We hit 1,200 requests per second.');
      assert.equal(q.kind, 'count');
      assert.equal(q.value, 1200);
      assert.equal(q.unit, 'requests');
    });
    it('reads multiples: 3x, 3×, 4-fold and "3 times faster"', () => {
      assert.deepEqual(qs('It served 3x the traffic, 3× the users, a 4-fold gain and ran 3 times faster.'), [
        '3x|multiple|3',
        '3×|multiple|3',
        '4-fold|multiple|4',
        '3 times|multiple|3',
      ]);
    });
    it('counts "3 times" as occasions when no comparison follows', () => {
      const [q] = findQuantities('I rolled it back 3 times.');
      assert.equal(q.kind, 'count');
    });
    it('reads ratings out of 5 or 10', () => {
      assert.deepEqual(qs('CSAT moved from 3.9/5 to 4.6/5.'), ['3.9/5|number|3.9', '4.6/5|number|4.6']);
    });
    it('reads a score out of a total that no date could be', () => {
      assert.deepEqual(qs('Checks done on time went from 28/36 to 36/36, and 14/20 pupils passed.'), [
        '28/36|number|28',
        '36/36|number|36',
        '14/20|number|14',
      ]);
    });
    it('skips a pair that could be a date, or a first number above the total', () => {
      assert.deepEqual(qs('On 3/14 and 9/12 we met; the log said 40/36.'), []);
    });
    it('starts a quantity at its digits, not at the space before', () => {
      const [, q] = findQuantities('Response time went from 2.3 seconds → 340ms.');
      assert.equal(q.text, '340ms');
    });
  });

  describe('number words', () => {
    it('reads counts and durations in words', () => {
      assert.deepEqual(qs('Three engineers worked for two weeks.'), ['Three|count|3', 'two weeks|duration|1209600000']);
    });
    it('joins scale words: "two hundred", "three million"', () => {
      assert.deepEqual(qs('We onboarded two hundred clinics and three million patients.'), [
        'two hundred|count|200',
        'three million|count|3000000',
      ]);
    });
    it('reads multiple words: doubled, halved, fivefold, twice', () => {
      assert.deepEqual(qs('Throughput doubled, errors halved, signups grew fivefold and twice as fast.'), [
        'doubled|multiple|2',
        'halved|multiple|0.5',
        'fivefold|multiple|5',
        'twice|multiple|2',
      ]);
    });
    it('reads shares: "by a third", "two-thirds of"', () => {
      assert.deepEqual(qs('I cut the bill by a third and two-thirds of the alerts went away.'), [
        'a third|percent|33.333',
        'two-thirds|percent|66.667',
      ]);
    });
    it('reads "in half", "half a day" and "a couple of weeks"', () => {
      assert.deepEqual(qs('We cut review time in half, to half a day, within a couple of weeks.'), [
        'half|multiple|0.5',
        'half a day|duration|43200000',
        'a couple of weeks|duration|1209600000',
      ]);
    });
    it('reads "an order of magnitude" as a multiple of ten', () => {
      assert.deepEqual(qs('Query time dropped by an order of magnitude.'), ['order of magnitude|multiple|10']);
    });
    it('reads "one" as an amount in "down to one" and "one day" after a preposition', () => {
      assert.deepEqual(qs('Outages fell to one a quarter and each fix took one day.'), ['one|number|1', 'one day|duration|86400000']);
    });
    it('reads "one and a half weeks" and "two and a half days" as spans of time', () => {
      assert.deepEqual(qs('We missed the sprint by one and a half weeks, and the fix took two and a half days.'), [
        'one and a half weeks|duration|907200000',
        'two and a half days|duration|216000000',
      ]);
    });
    it('reads a count past "more", "extra" or "new": "two more gaps", "3 extra drivers"', () => {
      assert.deepEqual(qs('The audit found two more gaps, so I hired 3 extra drivers.'), ['two|count|2', '3|count|3']);
    });
    it('reads a count after a word that merely holds a month\'s letters: "caught 3", "taught 4"', () => {
      assert.deepEqual(qs('I caught 3 double bookings, taught 4 classes and remarked 12 scripts.'), [
        '3|count|3',
        '4|count|4',
        '12|count|12',
      ]);
    });
    it('still reads a month before a number as a date: "Sept. 14", "Aug 3"', () => {
      assert.deepEqual(qs('By Aug 3 the backlog was clear, and on Dec 12 we shipped.'), []);
    });
    it('reads a star rating that measures: one review given, an average', () => {
      assert.equal(qs('She left a 5-star review, and our rating rose to a 4.6-star average.').length, 2);
    });
    it('reads "within a week" as a span of time', () => {
      assert.deepEqual(qs('I shipped the fix within a week.'), ['a week|duration|604800000']);
    });
    it('reads magnitude words: "double-digit", "sub-second", "seven-figure"', () => {
      assert.deepEqual(qs('We kept double-digit growth, sub-second search and a seven-figure contract.'), [
        'double-digit|number|50',
        'sub-second|duration|1000',
        'seven-figure|money|1000000',
      ]);
    });
  });

  describe('what is not a quantity', () => {
    const none: Array<[string, string]> = [
      ['a bare year', 'In 2019 I joined the payments team.'],
      ['a year range', 'I led it from 2018 to 2021.'],
      ['levels and identifiers', 'I was an L6 on the EC2 team, on call for P99 and Q3 goals.'],
      ['a date', 'On March 3 we froze the release, and again on 12 June.'],
      ['an ISO date', 'The cutover ran on 2021-03-04.'],
      ['times of day', 'The page came at 3:00 and again at 5 pm.'],
      ['ordinals', 'It was the 2nd outage and the 3rd escalation.'],
      ['"one day" as a way of telling', 'One day, the CEO called me.'],
      ['"one of" as a pronoun', 'One of the engineers asked me to review it.'],
      ['version numbers', 'We upgraded to version 3.11.2 and Node 18.'],
      ['a dotted version before what it names', 'Co-op came back with the 1.0 update, and the 8.2 release fixed the login.'],
      ['incident severities', 'We had a Sev-1 incident and a SEV2 that night.'],
      ['labels before a number', 'Phase 2 started in step 3 of the plan.'],
      ['school year groups and key stages', 'The Year 11s sat their mocks, and Year 9 classes and Key Stage 2 results came next.'],
      ['product and standard names', 'We passed SOC 2, moved to HTTP/2 and ran Windows 10 and Python 3.'],
      ['names joined by a hyphen', 'During COVID-19 we tested GPT-4 and Tier-1 support.'],
      ['round-the-clock and 1:1s', 'The service ran 24/7 and I held 1:1s every week.'],
      ['identifiers with letters', 'We added 2FA, 5xx alerts and a 3D viewer.'],
      ['HTTP status codes in the plural', 'Tickets about 429s dropped, and so did the 503s.'],
      ['a whole star rating naming a kind of review or place', '1-star reviews about speed dropped, and we stayed at a 4 star hotel.'],
      ['an ordinal word that looks like a fraction', 'I proposed a third option.'],
      ['"double" as a verb', 'I asked them to double-check and double down on tests.'],
      ['vague amounts', 'It took a few days and several months.'],
    ];
    for (const [name, text] of none) {
      it(`skips ${name}`, () => assert.deepEqual(qs(text), []));
    }
    it('still reads seconds written after a number that is no status code', () => {
      assert.deepEqual(qs('The job now takes 45s, not 400s.'), ['45s|duration|45000', '400s|duration|400000']);
    });
    it('still counts a decimal amount before a unit that is no release', () => {
      assert.deepEqual(qs('The 1.5 seconds saved held after the 2.0 release.'), ['1.5 seconds|duration|1500']);
    });
    it('reads a number with "-ish" after it as the amount it approximates, with its unit', () => {
      assert.deepEqual(qs('We came 2nd out of 30ish teams, after 3ish hours and 200-ish tickets.'), [
        '30|count|30',
        '3ish hours|duration|10800000',
        '200|count|200',
      ]);
    });
    it('still counts a year-like number with a plural noun', () => {
      assert.deepEqual(qs('I onboarded 2000 customers.'), ['2000|count|2000']);
    });
    it('still counts a value after a metric name such as NPS', () => {
      assert.deepEqual(qs('Our NPS 32 became the baseline.'), ['32|count|32']);
    });
    it('reads one duration told in two units, and "and a half"', () => {
      assert.deepEqual(pairs('Turnaround fell from 3 hours 10 minutes to 1 hour and 25 minutes.'), ['duration:11400000 -> 5100000']);
      assert.deepEqual(pairs('Lead time fell from six days to a day and a half.'), ['duration:518400000 -> 129600000']);
      assert.deepEqual(qs('Reviews took 4 days and 2 days.'), ['4 days|duration|345600000', '2 days|duration|172800000']);
    });
    it("still counts a number after a rate's time, which names no week or day", () => {
      assert.deepEqual(pairs('Pages/week 140 → 50 after the clean-up.'), ['number:140 -> 50']);
      assert.deepEqual(qs('Calls per day 300 at the peak, in week 14.'), ['300|number|300']);
    });
    it('still counts a label word followed by an amount with a unit', () => {
      assert.deepEqual(qs('We shipped the release 2 weeks early.'), ['2 weeks|duration|1209600000']);
    });
  });

  describe('before/after pairs', () => {
    it('reads "from X to Y" with the same unit', () => {
      assert.deepEqual(pairs('I cut P99 latency from 850 ms to 285 ms.'), ['duration:850 -> 285']);
    });
    it('reads mixed units: 2.3 seconds → 340ms', () => {
      assert.deepEqual(pairs('Response time went from 2.3 seconds → 340ms.'), ['duration:2300 -> 340']);
    });
    it('reads mixed units with "from … to": 3 days to under 4 hours', () => {
      assert.deepEqual(pairs('Lead time fell from 3 days to under 4 hours.'), ['duration:259200000 -> 14400000']);
    });
    it('carries the unit of the written one to a bare number ("from 40 minutes to 12")', () => {
      assert.deepEqual(pairs('I reduced the build from 40 minutes to 12.'), ['duration:2400000 -> 720000']);
      assert.deepEqual(pairs('P99 dropped from 850 to 285 ms.'), ['duration:850 -> 285']);
    });
    it('reads money with different scales', () => {
      assert.deepEqual(pairs('The bill went from $1.2M to $800K per year.'), ['money:1200000 -> 800000']);
    });
    it('reads percentages', () => {
      assert.deepEqual(pairs('Uptime went from 97.2% to 99.8%.'), ['percent:97.2 -> 99.8']);
    });
    it('reads counts written in words', () => {
      assert.deepEqual(pairs('The team grew from five to twelve people.'), ['count:5 -> 12']);
    });
    it('reads "Y, down from X" and "to Y from X"', () => {
      assert.deepEqual(pairs('P99 is now 285 ms, down from 850 ms.'), ['duration:850 -> 285']);
      assert.deepEqual(pairs('I brought the error rate to 0.4% from 2.1%.'), ['percent:2.1 -> 0.4']);
    });
    it('reads "cut X to Y" after a change verb', () => {
      assert.deepEqual(pairs('I cut deploys 45 minutes to 8 minutes.'), ['duration:2700000 -> 480000']);
    });
    it('reads a change of rate told in words', () => {
      assert.deepEqual(pairs('We moved from weekly to daily releases.'), ['duration:604800000 -> 86400000']);
    });
    it('does not pair a range after "by"', () => {
      assert.deepEqual(pairs('It cut costs by 10% to 15%.'), []);
    });
    it('does not pair numbers that are not before and after', () => {
      assert.deepEqual(pairs('It took 2 to 3 weeks with 4 engineers.'), []);
    });
  });
});

describe('sentences that end on a unit', () => {
  // text.ts treats "Ms." as a title; after a number it is milliseconds and the sentence ends.
  it('ends a sentence after "285 ms."', () => {
    const text = 'P99 went from 850 ms to 285 ms. That is a 66% reduction.';
    assert.deepEqual(
      splitSentences(text).map(([s, e]) => text.slice(s, e)),
      ['P99 went from 850 ms to 285 ms.', 'That is a 66% reduction.'],
    );
  });
  it('keeps "Ms. Rivera" in one sentence', () => {
    assert.equal(splitSentences('I met Ms. Rivera from legal.').length, 1);
  });
});

describe('sentences in notes written in lower case', () => {
  const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));
  it('starts a new sentence at a lower-case subject after a plain full stop', () => {
    assert.deepEqual(split('we put on extra shifts. we trained about 90 agency staff. i ran the huddles.'), [
      'we put on extra shifts.',
      'we trained about 90 agency staff.',
      'i ran the huddles.',
    ]);
  });
  it('keeps a lower-case continuation after an abbreviation, an ellipsis or a word that is no subject', () => {
    assert.equal(split('We cut costs, e.g. we dropped the courier.').length, 1);
    assert.equal(split('We waited... we had no choice.').length, 1);
    assert.equal(split('It took approx. three weeks.').length, 1);
    assert.equal(split('We met at 9 a.m. we agreed the plan.').length, 1);
    assert.equal(split('The fix shipped. weirdly, the alerts stayed.').length, 1);
  });
});
