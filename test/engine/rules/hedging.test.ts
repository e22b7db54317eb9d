import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';

const ID = 'hedging';

/** Lints one Action sentence inside a small story and returns the flagged hedges. */
function hedgesIn(sentence: string): string[] {
  const text = story({
    situation: 'The billing service handled refunds for 3,000 merchants.',
    action: sentence,
    result: 'Refund errors fell by 40%.',
  });
  return flagged(text, lintWith(ID, text));
}

/** Applies the first suggestion of the first finding to the story and returns the Action line. */
function fixed(sentence: string): string {
  const text = story({ action: sentence });
  const [f] = lintWith(ID, text);
  const [e] = f.suggestions[0].edits;
  const out = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return out
    .split('\n')
    .find((l) => l.startsWith('**Action:**'))!
    .replace('**Action:** ', '');
}

describe(ID, () => {
  describe('fires on', () => {
    const cases: Array<[string, string[]]> = [
      ['Um, the queue would probably have needed a second worker.', ['Um', 'probably']],
      ['Uh... so... the cache would probably... maybe need a warm-up step?', ['Uh', 'probably', 'maybe']],
      ['I guess I sort of owned the capacity plan.', ['I guess', 'sort of']],
      ['Maybe I should have escalated to the director sooner.', ['Maybe']],
      ['The migration worked, I guess.', ['I guess']],
      ['The rollout was kind of slow at first.', ['kind of']],
      ['I kind of took over the incident call.', ['kind of']],
      ["I'm not sure how the extra load got absorbed.", ["I'm not sure"]],
      ['I am not entirely sure why the cache helped.', ['I am not entirely sure']],
      ['I think we might have lost the account without the fix.', ['I think we might']],
      ['Perhaps the biggest win was the new runbook.', ['Perhaps']],
      ['The cache probably saved the team a week of work.', ['probably']],
      ['Erm, the deploy failed twice before I noticed.', ['Erm']],
      ['I suppose I was the one who pushed for the rewrite.', ['I suppose']],
      ['It was kinda my call in the end.', ['kinda']],
      ['The vendor said it would slip, so I probably over-built the fallback.', ['probably']],
      ['I told the dispatch leads the numbers were probably a bit pessimistic.', ['probably']],
    ];
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepEqual(hedgesIn(sentence), expected));
    }
  });

  describe('stays silent on', () => {
    const cases: Array<[string, string]> = [
      ['"kind of" after an adjective means "type of"', 'I built a new kind of index for seller titles.'],
      ['"sort of" after "what" means "type of"', 'I asked support what sort of listing ranked first.'],
      ['"this kind of" is a type, not a hedge', 'This kind of bug hides until the end of the month.'],
      ['"a different sort of" is a type', 'I used a different sort of queue for the retries.'],
      ['"kind of them" means generous', 'It was kind of them to stay late for the cutover.'],
      ["someone else's estimate, reported", 'The vendor said their API would probably slip by a month.'],
      ["someone else's question, reported", 'My manager asked whether maybe we could wait a quarter.'],
      ["someone else's words, told as they went on", 'The supplier kept saying the parts would probably come on Friday.'],
      ['my own past thinking, told as narrative', 'I thought it would probably work, but I load-tested it anyway.'],
      [
        'past "I wasn\'t sure" followed by what I did to find out',
        "I wasn't sure the cache was the problem, so I replayed a day of traffic.",
      ],
      ['a hedge inside a quotation', 'A seller wrote "maybe the ranking is random", so I published the ranking rules.'],
      ['ALL-CAPS acronyms that spell um and er', 'The ER triage system and the UM billing module both went down.'],
      ['"um" as a unit after a number', 'I tuned the 5 um lithography step in the fab.'],
      ['"I think we could have" as a look back', 'I think we could have caught it a week earlier.'],
      ['words that merely contain a hedge', 'I checked the probability of a timeout and the umbrella contract.'],
    ];
    for (const [name, sentence] of cases) {
      it(name, () => assert.deepEqual(hedgesIn(sentence), []));
    }
  });

  it('reports the hedge as written in the message data', () => {
    const text = story({ action: 'Maybe I should have asked earlier.' });
    const [f] = lintWith(ID, text);
    assert.equal(f.messageId, 'hedge');
    assert.equal(f.data.hedge, 'Maybe');
  });

  describe('quick fix', () => {
    it('drops a sentence-initial filler and capitalises the next word', () => {
      assert.equal(fixed('Sort of the biggest win was the runbook.'), 'The biggest win was the runbook.');
    });
    it('drops a filler with its comma', () => {
      assert.equal(fixed('Um, we added two servers.'), 'We added two servers.');
    });
    it('drops a filler with its ellipsis', () => {
      assert.equal(fixed('Uh... well, we added two servers.'), 'Well, we added two servers.');
    });
    it('drops a mid-sentence filler and one space', () => {
      assert.equal(fixed('The cache was kind of slow.'), 'The cache was slow.');
    });
    it('drops a trailing filler with the comma before it', () => {
      assert.equal(fixed('The migration worked, sort of.'), 'The migration worked.');
    });
    it('removes a filler set off by commas with its commas: "with, like, actual students"', () => {
      assert.equal(fixed('I did the testing with, like, actual students.'), 'I did the testing with actual students.');
    });
    it('keeps a hard-wrapped line tidy', () => {
      const text = story({ action: 'The cache was kind of\r\nslow.' });
      const [e] = lintWith(ID, text)[0].suggestions[0].edits;
      assert.equal(text.slice(0, e.start) + e.newText + text.slice(e.end), story({ action: 'The cache was\r\nslow.' }));
    });
    it('titles the fix with the filler, and never prefers a deletion', () => {
      const text = story({ action: 'Um, the cache saved a week.' });
      const [s] = lintWith(ID, text)[0].suggestions;
      assert.equal(s.title, 'Remove `Um`');
      assert.notEqual(s.preferred, true);
    });
    for (const sentence of [
      'The cache probably saved a week.',
      'Perhaps the biggest win was the runbook.',
      'The migration worked, I guess.',
      "I'm not sure the cache helped.",
    ]) {
      it(`keeps an estimate the writer may need and asks what they know instead: ${sentence}`, () => {
        const text = story({ action: sentence });
        const suggestions = lintWith(ID, text)[0].suggestions;
        assert.deepEqual(
          suggestions.map((s) => [s.title, s.kind, s.preferred]),
          [['Insert prompt: what I know, and how I would check', 'prompt', undefined]],
        );
        const [e] = suggestions[0].edits;
        assert.equal(e.start, e.end, 'an insertion, nothing deleted');
        assert.equal(text.slice(e.start - 1, e.start), '.', 'after the sentence');
      });
    }
  });

  it('honours the ignore option', () => {
    assert.deepEqual(lintWith(ID, story({ action: 'Perhaps the runbook mattered most.' }), { ignore: ['perhaps'] }), []);
  });

  it('reads Situation and Result too', () => {
    const text = story({ situation: 'Traffic would probably double.', action: 'I added replicas.', result: 'Um, it held.' });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['probably', 'Um']);
  });
});

describe(`${ID}: hedges at the edges`, () => {
  const fires: Array<[string, string[]]> = [
    ['Um, yes. I rebuilt the refund form over a weekend.', ['Um']],
    ['My supervisor kind of mentioned it in a shift meeting.', ['kind of']],
    ["The energy was, I'd say, the best I've seen on a sales floor.", ["I'd say"]],
    ['We more or less turned it into a competition.', ['more or less']],
    ['It took, I want to say, three weeks.', ['I want to say']],
  ];
  for (const [sentence, expected] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), expected));

  const silent = [
    'I tested the “Maybe later” button with five merchants.',
    "The control had a 'Maybe later' button that snoozed offers for 24 hours.",
    'The ‘Probably not’ option was the one most people picked.',
    'We launched a new kind of refund receipt.',
    'The vendor said it would probably slip by a week.',
    'It was the sort of need no dashboard showed.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: an apostrophe is no quote`, () => {
  it('still fires after a plural possessive: "the drivers\' shifts were maybe too long"', () =>
    assert.deepEqual(hedgesIn("I think the drivers' shifts were maybe too long, so I cut them."), ['maybe']));
  it('still fires after a word that starts with an apostrophe', () =>
    assert.deepEqual(hedgesIn("We waited 'cause the van was probably stuck in traffic."), ['probably']));
});

describe(`${ID}: "kind of" before a verb`, () => {
  it('fires on "those things kind of happen"', () =>
    assert.deepEqual(hedgesIn('Those things kind of happen with Android phones.'), ['kind of']));
  it('stays silent on "the kind of work nobody wanted"', () => assert.deepEqual(hedgesIn('It was the kind of work nobody wanted.'), []));
});

describe(`${ID}: a filler inside the writer's own past thought`, () => {
  it('fires on "I thought it was kind of overkill": the filler is the writer\'s wording', () =>
    assert.deepEqual(hedgesIn('I thought it was kind of overkill for how small the app was.'), ['kind of']));
  it('fires on "I felt it was sort of rushed"', () => assert.deepEqual(hedgesIn('I felt the launch was sort of rushed.'), ['sort of']));
  it('stays silent on a past estimate: "I thought it would probably hold"', () =>
    assert.deepEqual(hedgesIn('I thought the cache would probably hold, so I load-tested it first.'), []));
  // A filler in someone's words told indirectly is the writer's wording: readers of the blind dev part mark it.
  it('fires on a filler in someone else\'s words told indirectly: "my lead said it was kind of slow"', () =>
    assert.deepEqual(hedgesIn('My lead said the old screen was kind of slow.'), ['kind of']));
});

describe(`${ID}: "I think" before a figure the writer should know`, () => {
  it('fires on "I think it was 20% of Android users"', () =>
    assert.deepEqual(hedgesIn('So we rolled it out to, I think it was 20% of Android users, on a Thursday.'), ['I think']));
  it('fires on "I think it took three weeks"', () => assert.deepEqual(hedgesIn('I think it took three weeks in the end.'), ['I think']));
  it('stays silent on "I think it was the right call" (an opinion, no figure)', () =>
    assert.deepEqual(hedgesIn('I think it was the right call for the warehouse team.'), []));
  it('stays silent on a figure stated plainly', () => assert.deepEqual(hedgesIn('It was 20% of Android users.'), []));
});

describe(`${ID}: hedges in phrasing, with no hedge word`, () => {
  const fires: Array<[string, string]> = [
    ['If memory serves, the backlog was down to a dozen by Friday.', 'If memory serves'],
    ['As far as I know, nobody has rolled it back since.', 'As far as I know'],
    ["I'd like to think the ward was calmer after that.", "I'd like to think"],
    ['Turnaround went from, I wanna say, four days to two.', 'I wanna say'],
    ['If I remember rightly, the audit passed first time.', 'If I remember rightly'],
    ['From what I remember, the fly-tipping reports came down after that.', 'From what I remember'],
    ['It went out the next Monday and the client was fine with it, I reckon.', 'I reckon'],
    ["Yeah, a fair few, I'd have to check the exact figure.", "I'd have to check"],
    ['And I did a lot of the testing with, like, actual students from my course.', 'like'],
  ];
  for (const [sentence, hedge] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), [hedge]));
  const silent = [
    'Turnaround went from four days to two, give or take half a day.',
    'I checked what the team knew, as far as the rota went, and filled the gaps.',
    'I like to think through the rollback before the rollout.',
    'From what I learned in the pilot, I wrote the rollout checklist.',
    'The planners reckon on two hours per trailer, so I booked the bays in two-hour slots.',
    'I moved our tickets to tools like Jira, so every request had an owner.',
    'I had to check every invoice by hand until the import was fixed, so I wrote a script for it.',
    'Every morning I have to check the overnight queue before the stand-up, so I built a summary email.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: what the writer told people, with a filler between the writer and the verb, is still the writer's`, () => {
  it('fires on both hedges of "I sort of emailed everybody and maybe posted it"', () =>
    assert.deepEqual(hedgesIn('I sort of emailed everybody and maybe posted it on Facebook.'), ['sort of', 'maybe']));
  it('stays silent on what someone else emailed', () =>
    assert.deepEqual(hedgesIn('The supplier emailed that the parts would probably arrive on Friday.'), []));
});

describe(`${ID}: "I guess" is the writer speaking now, after someone else's words too; more hedges of memory`, () => {
  const fires: Array<[string, string]> = [
    ['Someone in the channel mentioned a Safari preload issue, so I guess that was part of it too.', 'I guess'],
    ['My manager asks me to, I guess, sort the flaky tests out.', 'I guess'],
    ['I put a 30-second cache in front of pricing, if I\u2019m not mistaken.', 'if I\u2019m not mistaken'],
    ['There were a few hundred unmatched items every morning, if I remember well.', 'if I remember well'],
    ['He was settled within two weeks, as best I can remember.', 'as best I can remember'],
    ['He left a review on TripAdvisor, something along those lines.', 'something along those lines'],
  ];
  for (const [sentence, hedge] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), [hedge]));
  const silent = [
    'The vendor said the patch would probably slip a week.',
    'If I remember one thing from that week, it is the 5 a.m. call.',
    'I wrote the handover notes along those lines for every shift after that.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: a figure given and then disowned ("don't hold me to it")`, () => {
  const fires: Array<[string, string]> = [
    ["Volumes that week were about double a normal week, don't hold me to that.", "don't hold me to that"],
    ["Don't hold me to it, but the backlog was under 200 by Friday.", "Don't hold me to it"],
  ];
  for (const [sentence, hedge] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), [hedge]));
  const silent = [
    'I told the ward manager I would have it done by Friday, and she did hold me to it.',
    'The client will hold me to that date, so I added a week of slack.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: "I think" set off by commas inside the fact it doubts`, () => {
  const fires: Array<[string, string]> = [
    ['Refund accuracy was, I think, around 92% when I took it over.', 'I think'],
    ['The backlog had grown to, I think, 400 tickets by March.', 'I think'],
  ];
  for (const [sentence, hedge] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), [hedge]));
  const silent = [
    'I think the new refund form was the right call, and I rolled it out to every merchant.',
    'What I think, and what I told the team, is that every refund needs a reason code.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: a quote that runs over several sentences, and an answer quoted whole`, () => {
  it("stays silent on someone else's words in the second sentence of their quote", () =>
    assert.deepEqual(
      hedgesIn('Her daughter said to me, "Nobody can tell me anything. Maybe he is staying another night, maybe not."'),
      [],
    ));
  it('stays silent with curly quotes too', () =>
    assert.deepEqual(hedgesIn('The merchant wrote, \u201cWe are losing money. Maybe we should leave.\u201d I rang him that day.'), []));
  it('fires again after the quote has closed', () =>
    assert.deepEqual(hedgesIn('The merchant wrote, "We are losing money. Maybe we should leave." I maybe rang him too late.'), ['maybe']));
  it("fires inside an answer quoted whole, as a post shares the writer's own draft", () =>
    assert.deepEqual(hedgesIn('"So, um, I rebuilt the refund queue. It probably cut the errors."'), ['um', 'probably']));
});

describe(`${ID}: a filler is the writer's own wording in anyone's reported words; an estimate there is theirs`, () => {
  const fires: Array<[string, string]> = [
    ['I was asked to sort of bring the backlog down a bit.', 'sort of'],
    ['Calls felt way more natural, kind of more human.', 'kind of'],
    ['My manager said it was kind of urgent, so I rebuilt the export that night.', 'kind of'],
  ];
  for (const [sentence, hedge] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), [hedge]));
  const silent = [
    'My manager said the vendor would probably slip a week, so I rebuilt the export that night.',
    'The client asked what kind of report they would get.',
  ];
  for (const sentence of silent) it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

/*
 * Doubt said twice ("I think we maybe …") is two hedges, and doubt with its subject left out ("…, not 100% sure if that
 * was me") is the writer's own; someone else's doubt is not. New sentences, written for this family.
 */
describe(`${ID}: doubt said twice, and doubt with its subject left out`, () => {
  const fires: Array<[string, string[]]> = [
    ['I think we maybe moved the stand-up to ten.', ['I think', 'maybe']],
    ['I think she probably signed it off that week.', ['I think', 'probably']],
    ['I rewrote the import, not 100% sure if Jo or I added the retry.', ['not 100% sure']],
    ['I paired on the fix, but not entirely sure it was the root cause.', ['not entirely sure']],
    ["I'm not 100% sure the cache helped.", ["I'm not 100% sure"]],
    // One estimate, read once.
    ['I think we might add a second van.', ['I think we might']],
  ];
  for (const [sentence, hedges] of fires) it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), hedges));
  const silent = [
    'The depot manager was not entirely sure the vans would fit.',
    'Pickers were not 100% sure which aisle to use, so I relabelled it.',
  ];
  for (const sentence of silent) it(`stays silent on someone else's doubt: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: doubt kept ("still"), owned ("honestly") or graded ("too") around "not sure"`, () => {
  for (const [sentence, hedge] of [
    ["I pushed us into the one-truck tier, and I'm still not totally sure the timing was right.", "I'm still not totally sure"],
    ["I'm honestly not sure the rota change was what fixed it.", "I'm honestly not sure"],
    ["Activation was 34%, and I'm not too sure the bonus cost was covered.", "I'm not too sure"],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), [hedge]));
  for (const sentence of [
    'The client was still not sure about the renewal, so I sent the usage report.',
    "I'm still sure it was the right call, because refunds fell the next week.",
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: "I think" closing the clause it doubts`, () => {
  for (const sentence of [
    'I helped with the net debt schedule as well, I think.',
    'The service kept running out of memory, mainly on the bigger streams I think, so we moved it.',
    'It was for the internal people, I think?',
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), ['I think']));
  for (const sentence of [
    'That is what I think, and I said so to the board.',
    'I told the team what I think.',
    'I think in systems, so I drew the whole flow first.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: doubt graded "very" or "a hundred percent", with "sure" said or left out`, () => {
  for (const [sentence, hedge] of [
    ["It was 70 or 80 children, I'm not very sure of the exact number.", "I'm not very sure"],
    ["I'm not a hundred percent sure what the compressor fault was.", "I'm not a hundred percent"],
    ["I'm not a hundred percent on the numbers.", "I'm not a hundred percent"],
    ["I'm not a hundred per cent sure which till it was.", "I'm not a hundred per cent"],
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), [hedge]));
  for (const sentence of [
    'The supplier was not very sure of the delivery date, so I booked a second van.',
    'We hit a hundred percent of the orders by Friday.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});

describe(`${ID}: unsure of what the writer did ("I think I did most of the reconciliations")`, () => {
  for (const sentence of [
    'I coded the commission report and I think I did most of the reconciliations.',
    'We looked at the caching, and I think we turned on remote caching in Bazel.',
    'I think I also got them to throw in free delivery to Galway.',
    'I think we got it done on time.',
  ])
    it(`fires on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), ['I think']));
  // Doubt said twice with nothing between: two hedges.
  for (const sentence of ['He accepted, I think maybe because his manager was asking too.', 'Credits went up, I think probably by 30%.'])
    it(`fires twice on: ${sentence}`, () => assert.equal(hedgesIn(sentence).length, 2));
  for (const sentence of [
    // A view or a lesson, and a plan: not doubt about what happened.
    'I think I could have pushed back earlier on the date.',
    'I think we need a second reviewer on every migration.',
    'I think it shows how much the data mattered to the buyers.',
    // Someone else's words.
    'The site agent said, "I think we lost the day", so I rebooked the crane.',
  ])
    it(`stays silent on: ${sentence}`, () => assert.deepEqual(hedgesIn(sentence), []));
});
