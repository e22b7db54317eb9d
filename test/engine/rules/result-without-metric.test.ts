import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';

const ID = 'result-without-metric';

/** A story whose Result is `result`; returns the flagged text of each finding. */
function resultOf(result: string): string[] {
  const md = story({
    title: 'Driver app crashes',
    situation: 'Couriers lost deliveries when the app crashed on older phones.',
    action: 'I traced the crashes to image decoding and moved it off the main thread.',
    result,
  });
  return flagged(md, lintWith(ID, md));
}

const MARKER_LINE = (result: string) => `**Result:** ${result}`;

describe(ID, () => {
  describe('fires on', () => {
    const fires: Array<[string, string]> = [
      ['praise with no number', 'The fix was a big success and the couriers loved it.'],
      ['a claim of improvement with no number', 'Crashes dropped dramatically and deliveries were much more reliable.'],
      ['a year and a level, which are not quantities', 'In 2022 my director promoted me to L6, partly because of this work.'],
      ['a date, which is not a quantity', 'The fix shipped on March 3 and nobody complained after that.'],
      ['version numbers', 'The fix shipped in version 4.2.1 and now runs on Android 14.'],
      ['an ordinal', 'It was the 2nd release that quarter with no rollback.'],
      ['a label number', 'Phase 2 of the rollout reached every courier.'],
      ['"one day" as a way of telling', 'One day the head of operations thanked me for it in the all-hands.'],
      ['an incident severity', 'We never had another Sev-1 on the app.'],
      ['a time of day', 'The nightly release at 3:00 now goes out without anyone awake.'],
    ];
    for (const [name, result] of fires) {
      it(name, () => assert.deepEqual(resultOf(result), [MARKER_LINE(result)]));
    }

    it('sits on a Result heading line', () => {
      const md =
        '## Courier app\n\n### Situation\n\nThe app crashed on older phones.\n\n### Action\n\nI moved image decoding off the main ' +
        'thread.\n\n### Result\n\nThe couriers were happy and the crashes stopped.\n';
      assert.deepEqual(flagged(md, lintWith(ID, md)), ['### Result']);
    });

    it('sits on the title of a free-prose story', () => {
      const md =
        '# Courier app\n\nThe app crashed on older phones and couriers lost deliveries.\n\nI traced the crashes to image decoding and ' +
        'moved it off the main thread.\n\nAfter the release the couriers stopped complaining and dispatch was much calmer.\n';
      assert.deepEqual(flagged(md, lintWith(ID, md)), ['# Courier app']);
    });

    it('checks each story of a file on its own', () => {
      const one =
        '## Crashes\n\n**Situation:** The app crashed.\n\n**Action:** I fixed the decoder.\n\n**Result:** Crashes fell from 3% of ' +
        'sessions to 0.4%.\n';
      const two =
        '## Hiring\n\n**Situation:** Candidates dropped out.\n\n**Action:** I rewrote the loop.\n\n**Result:** Candidates liked it ' +
        'much better.\n';
      const md = `${one}\n${two}`;
      assert.deepEqual(flagged(md, lintWith(ID, md)), ['**Result:** Candidates liked it much better.']);
    });

    it('offers a prompt at the end of the Result', () => {
      const result = 'The couriers were happy.';
      const md = story({ situation: 'The app crashed.', action: 'I fixed it.', result });
      const [f] = lintWith(ID, md);
      assert.equal(f.messageId, 'noMetric');
      const [s] = f.suggestions;
      assert.equal(s.title, 'Insert prompt: This cut … from … to …');
      assert.equal(s.edits[0].start, md.indexOf(result) + result.length);
      assert.match(s.edits[0].newText, /from \$\{3:before\} to \$\{4:after\}/);
    });
  });

  describe('stays silent on', () => {
    const silent: Array<[string, string]> = [
      ['a percentage', 'The crash rate fell to 0.4% of sessions.'],
      ['a before/after pair', 'Crash-free sessions went from 96.9% to 99.6%.'],
      ['a count in words', 'Three other teams adopted the same decoder.'],
      ['a duration in words', 'Couriers stopped reporting crashes within two weeks.'],
      ['money', 'Support saved about $40K a year in lost-delivery refunds.'],
      ['a multiple in words', 'Delivery completion per shift doubled.'],
      ['a share in words', 'Lost deliveries fell by a third.'],
      ['a rating out of 5', 'The app rating rose from 3.9/5 to 4.5/5.'],
      ['a change of rate told in words', 'We went from weekly to daily releases.'],
      ['a number written in a code span', 'Cold start went from `2.4s` to `900ms`.'],
    ];
    for (const [name, result] of silent) {
      it(name, () => assert.deepEqual(resultOf(result), []));
    }

    it('a number in the second paragraph of the Result', () => {
      const md =
        '## Crashes\n\n**Situation:** The app crashed.\n\n**Action:** I fixed the decoder.\n\n**Result:** The couriers were ' +
        'happy.\n\nCrash reports fell from 120 a week to 9.\n';
      assert.deepEqual(lintWith(ID, md), []);
    });

    it('a number in a list under the Result heading', () => {
      const md =
        '## Crashes\n\n### Situation\n\nThe app crashed.\n\n### Action\n\nI fixed the decoder.\n\n### Result\n\n- Couriers were ' +
        'happy\n- Crash reports fell to 9 a week\n';
      assert.deepEqual(lintWith(ID, md), []);
    });

    it('a story with no Result section (missing-star-section covers it)', () => {
      const md = story({
        situation: 'The app crashed.',
        task: 'Fix it before peak.',
        action: 'I fixed the decoder and the couriers were happy.',
      });
      assert.deepEqual(lintWith(ID, md), []);
    });

    it('an empty Result section', () => {
      const md =
        '## Crashes\n\n### Situation\n\nThe app crashed.\n\n### Action\n\nI fixed the decoder.\n\n### Result\n\n### Learning\n\nI now ' +
        'test on old phones.\n';
      assert.deepEqual(lintWith(ID, md), []);
    });

    it('free prose that closes on a reflection, with the numbers just before it', () => {
      const md =
        '# Courier app\n\nThe app crashed on older phones and couriers lost deliveries.\n\nI traced the crashes to image decoding and ' +
        'moved it off the main thread. Crash reports fell from 120 a week to 9.\n\nLooking back, I learned to test on the cheapest ' +
        'phone our couriers carry.\n';
      assert.deepEqual(lintWith(ID, md), []);
    });

    it('free prose that closes on the change a night taught, with the numbers just before it', () => {
      const md =
        '# The boiler at three\n\nThe boiler failed at three in the morning and the manager did not answer.\n\nI called the ' +
        'contractor myself. Heat was back by 5:15 and only one guest of 64 rooms complained.\n\nAfter that night I asked the ' +
        'manager to let the porter call the contractor, and I started a list of rooms with babies at the start of every shift.\n';
      assert.deepEqual(lintWith(ID, md), []);
      // With no number in the paragraph before either, the story still has no result metric.
      const bare = md.replace('Heat was back by 5:15 and only one guest of 64 rooms complained.', 'The heat came back.');
      assert.equal(lintWith(ID, bare).length, 1);
    });

    it('numbers that sit only in the Action do not count, but the Result with one does', () => {
      const md = story({ situation: 'The app crashed.', action: 'I fixed 14 decoder bugs.', result: 'Crashes fell to 2 a week.' });
      assert.deepEqual(lintWith(ID, md), []);
    });
  });
});

describe(`${ID}: what counts as a metric`, () => {
  const results: Array<[string, string, boolean]> = [
    ['a count that measures nothing', 'The store managers liked it and asked for two more.', true],
    ['a count of others that measures nothing', 'Two more of them asked for it, and one other.', true],
    ['"more" before what it counts', 'Caught 3 more double bookings the first month, all before morning.', false],
    ["a count after a word holding a month's letters", 'I caught 3 double bookings before they went out.', false],
    ['a sprint number', 'We shipped it in sprint 14.', true],
    ['a version and a date', 'Version 2.1 went live on 3 March 2024.', true],
    ['a quarter and an ordinal', 'It was our 2nd release of Q3.', true],
    ['digits in a link', 'The write-up is at https://example.com/reports/2024/42.', true],
    ['a rate', 'Crash reports fell to 9 a week.', false],
    ['a count of people', 'We hired four engineers that quarter.', false],
    ['a score out of a total', 'Next quarter: 36/36 checks done on time (was 28/36 the quarter before).', false],
    ['a day and a month', 'It went live on 9/12 and nobody called the helpdesk.', true],
  ];
  for (const [name, result, fires] of results) {
    it(`${fires ? 'fires' : 'stays silent'} on ${name}`, () => {
      const md = story({
        situation: 'The courier app crashed on older phones.',
        action: 'I moved image decoding off the main thread.',
        result,
      });
      assert.equal(lintWith(ID, md).length, fires ? 1 : 0, result);
    });
  }
});

describe(`${ID}: free prose that closes on what the writer took from it`, () => {
  const prose = (closing: string) =>
    '# Year 9 worded questions\n\nMy Year 9 set did well on number work but failed the worded questions.\n\nI started every lesson ' +
    'with one worded question we annotated together. By the spring test the set had risen from 31% to 55%.\n\n' +
    `${closing}\n`;
  const openers = [
    'What I took from it: when results drop, I now check whether the task itself is the barrier.',
    'My biggest takeaway: I ask for reading data at the start of every year.',
    'Since then I ask the SENCo for reading ages before the first test.',
  ];
  for (const closing of openers) it(`stays silent on "${closing.slice(0, 30)}…"`, () => assert.deepEqual(lintWith(ID, prose(closing)), []));
  it('still fires when the paragraph before the closing thought has no number either', () => {
    const md =
      '# Year 9 worded questions\n\nMy Year 9 set struggled with worded questions.\n\nI started every lesson with one worded ' +
      'question we annotated together, and the set got much better at them.\n\nWhat I took from it: I now check the task first.\n';
    assert.equal(lintWith(ID, md).length, 1);
  });
});

describe(`${ID}: free prose that closes on a lesson told without an opener`, () => {
  const prose = (closing: string) =>
    '# Year 9 worded questions\n\nMy Year 9 set did well on number work but failed the worded questions.\n\nI rewrote the ' +
    'worksheets around worded questions and annotated two with the set in class. By the spring test the set had risen from 31% ' +
    `to 55%. I ran it twice a week after that.\n\n${closing}\n`;
  it('stays silent when the closing paragraph is a lesson with a changed habit', () =>
    assert.deepEqual(
      lintWith(
        ID,
        prose('What I carry into every class: a low score can be the task, not the pupil. I now read the question aloud first.'),
      ),
      [],
    ));
  it('still fires when the closing lesson is a platitude', () =>
    assert.equal(lintWith(ID, prose('It was a hard term, and I learned that communication is key.')).length, 1));
  it('still fires when the closing paragraph claims an outcome with no number', () =>
    assert.equal(lintWith(ID, prose('Parents were delighted with the progress. I now read the question aloud first.')).length, 1));
});

describe(`${ID}: notes whose measure comes one line before the ending`, () => {
  const notes = (line: string) =>
    '# PTA summer fair\n\n- I was fair lead this year\n- 2 card readers, raffle pre-sold online\n' +
    `- ${line}\n- parents loved it, head teacher thrilled\n- money went on new library books\n`;
  it('stays silent when the line before the ending holds a percentage', () =>
    assert.deepEqual(lintWith(ID, notes('raised £5,100 → +80% on last year')), []));
  it('stays silent when the line before the ending holds a before/after', () =>
    assert.deepEqual(lintWith(ID, notes('queue time from 40 min to 15 min')), []));
  it('still fires when the line before holds only a budget', () => assert.equal(lintWith(ID, notes('we had a £500 budget')).length, 1));
  it('still fires when the line before holds only a count', () =>
    assert.equal(lintWith(ID, notes('rota of 45 parent volunteers')).length, 1));
});

describe(`${ID}: a closing addressed to the reader is no outcome`, () => {
  // The outcome holds a count, not a percentage or a pair: a Result of its own, not one told a line early.
  const post = (closing: string, outcome = 'Crashes stopped, and 140 couriers got their full routes back.') =>
    '# The crash that taught me to profile first\n\nCouriers lost deliveries when our app crashed on older phones.\n\n' +
    `I traced the crashes to image decoding and moved it off the main thread. ${outcome}\n\n${closing}\n`;
  const closings = [
    'What is the one check you added after your worst outage? \ud83d\udc47',
    '\ud83d\udc47',
    'With warm wishes and thanks,\nRosalind',
    'Curious what hiring managers here think.',
  ];
  for (const closing of closings)
    it(`stays silent when the post ends on: ${closing.replace(/\n/g, ' ')}`, () => assert.deepEqual(lintWith(ID, post(closing)), []));
  it('still fires on an explicit Result made only of a question', () =>
    assert.deepEqual(resultOf('Who would not want fewer crashes?'), ['**Result:** Who would not want fewer crashes?']));
  it('still fires when the outcome before the closing has no number', () =>
    assert.equal(
      lintWith(ID, post('Curious what hiring managers here think.', 'It went really well and the couriers were happy.')).length,
      1,
    ));
  it('still fires when a vague outcome follows the question', () =>
    assert.equal(lintWith(ID, post('Thoughts welcome below.\n\nIt went really well and the couriers were happy.')).length, 1));
});

describe(`${ID}: an outcome that opens like a sign-off is still read`, () => {
  for (const result of ['Thanks to the new cache, checkout felt much faster.', 'Best of all, the couriers were happy again.'])
    it(`still fires on: ${result}`, () => assert.equal(resultOf(result).length, 1));
  const prose = (last: string) =>
    '# Driver app crashes\n\nCouriers lost deliveries when our app crashed on older phones.\n\nI traced the crashes to image ' +
    `decoding and moved it off the main thread.\n\n${last}\n`;
  it('reads a closing paragraph that opens with "Thanks to" as the outcome', () =>
    assert.equal(lintWith(ID, prose('Thanks to the fix, the couriers were much happier.')).length, 1));
});

/*
 * A long prose story that closes on a short paragraph about what came next ("Janet asked me to walk the CFO through it"):
 * the closing is too short to be the whole Result, and the figures in the paragraph before it count. New sentences.
 */
describe(`${ID}: free prose that closes on a short paragraph about what came next`, () => {
  const prose = (before: string, closing: string) =>
    `## Duplicate supplier payments\n\nI was covering accounts payable for two weeks and spotted an invoice we had paid before.\n\n` +
    'I exported 18 months of payments and matched them on supplier, invoice number and amount, then checked every hit by hand.\n\n' +
    `${before}\n\n${closing}\n`;
  it('stays silent when the paragraph before holds the figures', () =>
    assert.deepEqual(
      lintWith(
        ID,
        prose(
          'I found 23 duplicates across 9 suppliers, $48,600 in all, and we recovered $41,000 by the end of the quarter.',
          'My manager asked me to walk the finance director through it.',
        ),
      ),
      [],
    ));
  it('still fires when neither holds a number', () =>
    assert.equal(
      lintWith(
        ID,
        prose(
          'I found a good number of duplicates and we recovered most of the money.',
          'My manager asked me to walk the finance director through it.',
        ),
      ).length,
      1,
    ));
});

describe(`${ID}: a count told as "30ish" is a number`, () => {
  it('stays silent on "we came 2nd out of 30ish teams"', () =>
    assert.deepEqual(resultOf('We came 2nd in the mobile track out of 30ish teams.'), []));
  it('still fires when the only figure is the ordinal', () =>
    assert.equal(resultOf('We came 2nd in the mobile track, and the judges loved the demo.').length, 1));
});
