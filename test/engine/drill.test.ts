import assert from 'node:assert/strict';
import { drillDocument, openingQuestions, type DrillQuestion } from '../../server/src/engine/drill';

const story = `## Moving order events to Kafka

**Situation:** Our order service lost events whenever the nightly batch ran late, and 2% of orders reached the warehouse a day late.

**Task:** I owned the event pipeline.

**Action:** I chose Kafka over the existing queue because it kept events for replay. We migrated the twelve producers in three weeks. I \
wrote the consumer that deduplicates replays.

**Result:** Late orders went from 2% to 0.1%, and the batch job was switched off. This shows Dive Deep.
`;

const failure = `---
type: failure
---

## The pricing import

**Situation:** I owned the nightly price import for 3,000 stores.

**Action:** I changed the currency parser and deployed it on a Friday evening. It was my mistake: I skipped the staging run.

**Result:** Prices in two countries were wrong for six hours, and about 4% of that day's orders were refunded.
`;

const byKind = (qs: DrillQuestion[], kind: string) => qs.filter((q) => q.kind === kind);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('follow-up drill', () => {
  const [drill] = drillDocument(story);

  it('asks why each decision, quoting it', () => {
    const d = byKind(drill.questions, 'decision');
    assert.equal(d[0].quote, 'I chose Kafka over the existing queue because it kept events for replay.');
    assert.match(
      d[0].question,
      /^You said "I chose Kafka over the existing queue because it kept events for replay\." Why that, and not another way\?/,
    );
    assert.equal(story.slice(d[0].start, d[0].end), d[0].quote);
  });

  it('asks how each number was measured, from what baseline', () => {
    const n = byKind(drill.questions, 'number').filter((q) => q.depth === 1);
    assert.deepEqual(
      n.map((q) => q.quote),
      ['2% to 0.1%'],
    );
    assert.equal(n[0].question, 'How did you measure the change from 2% to 0.1%? Over what period?');
  });

  it('asks which part of each "we" was the writer’s', () => {
    const w = byKind(drill.questions, 'we').filter((q) => q.depth === 1);
    assert.deepEqual(
      w.map((q) => q.quote),
      ['We migrated the twelve producers in three weeks.'],
    );
    assert.match(w[0].question, /Which part of that was yours\?$/);
  });

  it('asks for another example of a named principle', () => {
    const p = byKind(drill.questions, 'principle');
    assert.equal(p[0].question, 'Give me another example of Dive Deep.');
    assert.equal(p[0].quote, 'Dive Deep');
    assert.equal(story.slice(p[0].start, p[0].end), 'Dive Deep');
  });

  it('asks what the writer does differently after a failure', () => {
    const [f] = drillDocument(failure);
    const q = byKind(f.questions, 'failure');
    assert.equal(q[0].question, 'What do you do differently now?');
    assert.equal(q[0].quote, 'It was my mistake');
    assert.equal(failure.slice(q[0].start, q[0].end), 'It was my mistake');
    assert.equal(lineOf(failure, q[0].start), 9);
  });

  it('chains each opening question two or three levels deep', () => {
    const chains: DrillQuestion[][] = [];
    for (const q of drill.questions) {
      if (q.depth === 1) chains.push([q]);
      else chains.at(-1)!.push(q);
    }
    assert.ok(chains.length >= 4);
    for (const chain of chains) {
      assert.ok(chain.length >= 2 && chain.length <= 3, `chain of ${chain.length}`);
      assert.deepEqual(
        chain.map((q) => q.depth),
        chain.map((_, i) => i + 1),
      );
      assert.ok(chain.every((q) => q.quote === chain[0].quote && q.kind === chain[0].kind));
    }
  });

  it('comes in story order, the same every run', () => {
    const starts = openingQuestions(drill.questions, 99).map((q) => q.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.deepEqual(drillDocument(story), drillDocument(story));
    assert.deepEqual(
      openingQuestions(drill.questions, 3).map((q) => q.kind),
      ['decision', 'we', 'number'],
    );
  });

  it('drills every story of a file, each on its own text', () => {
    const both = drillDocument(`${story}\n${failure.replace(/^---[\s\S]*?---\n/, '')}`);
    assert.deepEqual(
      both.map((d) => d.title),
      ['Moving order events to Kafka', 'The pricing import'],
    );
    assert.ok(both[1].questions.every((q) => q.start >= both[1].titleStart));
    assert.ok(both[1].questions.some((q) => q.quote === '4%'));
  });

  it('asks about front matter principles after the story’s own content', () => {
    const text = `---\nprinciples: [Customer Obsession]\n---\n\n${story.replace(' This shows Dive Deep.', '')}`;
    const opening = openingQuestions(drillDocument(text)[0].questions, 99);
    assert.equal(opening.at(-1)?.question, 'Give me another example of Customer Obsession.');
    assert.equal(lineOf(text, opening.at(-1)!.start), 2);
    assert.equal(opening[0].kind, 'decision');
  });

  it('does not ask how a time frame or a rollout step was measured', () => {
    const [d] = drillDocument(
      '## Rollout\n\n**Situation:** Checkout failed often.\n\n**Action:** I rolled the fix out behind a flag at 5%, then 50%.\n\n' +
        '**Result:** Abandonment fell from 31% to 18% within a month, and close took 2 days instead of 5.\n',
    );
    assert.deepEqual(
      openingQuestions(d.questions, 99).map((q) => q.quote),
      ['31% to 18%', '2 days instead of 5'],
    );
  });

  it('leaves a story with nothing to ask about with no questions', () => {
    const [d] = drillDocument('## Notes\n\n**Situation:** A quiet week.\n\n**Action:** I read.\n\n**Result:** Nothing changed.\n');
    assert.deepEqual(d.questions, []);
  });
});
