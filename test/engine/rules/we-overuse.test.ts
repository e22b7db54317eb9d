import assert from 'node:assert/strict';
import { lintWith, flagged, story } from '../../helpers';

const ID = 'we-overuse';

describe(ID, () => {
  it('flags each "we" actor in Action and Result when "I" is outnumbered', () => {
    const text = story({
      situation: 'Our checkout had grown slow over two years.',
      action: 'We redesigned the architecture to handle more scale. We identified the bottlenecks and we implemented caching solutions.',
      result: 'We were able to support the traffic growth.',
    });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['We', 'We', 'We']);
  });

  it('names the counts in the message', () => {
    const text = story({ action: 'We rebuilt the importer. Our team then tuned it. I wrote the runbook.' });
    const [first] = lintWith(ID, text);
    assert.equal(first.data.i, 1);
    assert.equal(first.data.we, 2);
    assert.match(first.message, /1 `I` to 2 `we`/);
  });

  it('treats "our team" as a team actor', () => {
    const text = story({ action: 'Our team rewrote the parser. Our team added tests.' });
    assert.deepEqual(flagged(text, lintWith(ID, text)), ['Our team', 'Our team']);
  });

  it('stays silent when the Action is mostly first person', () => {
    const text = story({
      action:
        'I led the redesign. I analysed the bottlenecks with the APM traces and I designed the Redis cache. We rolled it out together.',
      result: 'We cut P99 latency from 850 ms to 285 ms.',
    });
    assert.deepEqual(lintWith(ID, text), []);
  });

  it('never flags team context in the Situation', () => {
    const text = story({
      situation: 'We were six engineers and we owned the billing service. We had three outages a month.',
      action: 'I wrote the failover runbook and I drilled it with each on-call engineer.',
      result: 'Outages fell to one a quarter.',
    });
    assert.deepEqual(lintWith(ID, text), []);
  });

  it('reads the main clause: "When we launched, I noticed" is an I action', () => {
    const text = story({ action: 'When we launched, I noticed the cache was cold. After we met, I rewrote the plan.' });
    assert.deepEqual(lintWith(ID, text), []);
  });

  it('ignores "we" inside a quotation', () => {
    const text = story({ action: 'The customer told me "we cannot export our invoices". I built the export. I tested it with them.' });
    assert.deepEqual(lintWith(ID, text), []);
  });

  it('honours the minRatio option', () => {
    const text = story({ action: 'I proposed the plan. We built it. We tested it. I wrote the runbook.' });
    assert.deepEqual(lintWith(ID, text), []);
    assert.equal(lintWith(ID, text, { minRatio: 2 }).length, 2);
  });

  it('never turns "we" into "I": the contribution prompt is the one fix, and the preferred one', () => {
    const text = story({ action: 'We migrated the database. We tested it.' });
    for (const f of lintWith(ID, text)) {
      assert.deepEqual(
        f.suggestions.map((s) => [s.title, s.kind, s.preferred]),
        [['Insert prompt: My specific contribution was …', 'prompt', true]],
      );
    }
  });
});

describe('we-overuse: counts count what they say', () => {
  it('does not count thinking, doubt or being somewhere as an I-action, but counts a progressive', () => {
    const text = story({
      action:
        "I think the plan was sound. I'm not sure it scaled. I was on the platform team. We rebuilt the " +
        'scheduler. We moved the jobs. I was leading the cut-over.',
    });
    const [f] = lintWith(ID, text);
    assert.deepEqual([f.data.i, f.data.we], [1, 2]);
  });

  it('treats "we were asked" like "I was on the team": a state, not a we-action', () => {
    const text = story({ action: 'We were asked to cut costs. I rewrote the batch job. We shipped it.' });
    assert.deepEqual(lintWith(ID, text), [], 'one I-action to one we-action');
  });
});

describe('we-overuse: a team subject is named as written', () => {
  it('underlines and names "Our whole team" and "The team", not their first word', () => {
    const text = story({
      situation: 'We ran four stores.',
      action: 'Our whole team rebuilt the rota. The team moved the stock. We trained the new staff.',
      result: 'Sales rose 4%.',
    });
    const found = lintWith(ID, text);
    assert.deepEqual(flagged(text, found), ['Our whole team', 'The team', 'We']);
    assert.match(found[1].message, /^`The team` is the actor here too/);
  });
});

describe("we-overuse: note-form steps with the writer left out are the writer's own actions", () => {
  const withAction = (action: string) =>
    lintWith(
      ID,
      story({ situation: 'We had a booth at the expo for the first time.', action, result: '40 opportunities came out of it.' }),
    );
  it("stays silent when note-form steps outnumber the team's", () =>
    assert.deepEqual(
      withAction(
        'Booked the booth. Managed the agency on the build. Ran a pre-show email campaign to 12,000 contacts. We scanned 710 badges.',
      ),
      [],
    ));
  it('still fires when the notes are states or passives, not steps', () =>
    assert.equal(withAction('Needed a bigger stand. Approved by the board in May. We scanned 710 badges.').length, 1));
});

describe(`${ID}: two prose paragraphs, the acts told after the scene in the first`, () => {
  const text = (second: string) =>
    '## Tell me about a programme you grew\n\nAt Fernleaf we ran a monthly webinar and attendance had been flat for a year. ' +
    'Nobody owned it. We brought in customer speakers. We moved it to Tuesday mornings.\n\n' +
    `${second}\n`;
  it('fires on the acts told as "we" when the second paragraph only tells the outcome', () => {
    const md = text('Registrations went from 380 a session to 610. Sales got better leads from it.');
    assert.deepEqual(flagged(md, lintWith(ID, md)), ['We', 'We']);
  });
  it('stays silent when the writer acts as "I" in the second paragraph', () => {
    const md = text('I rewrote the landing page and ran the first three sessions. Registrations went from 380 a session to 610.');
    assert.deepEqual(flagged(md, lintWith(ID, md)), []);
  });
});
