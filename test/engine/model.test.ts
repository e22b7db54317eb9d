import assert from 'node:assert/strict';
import { buildDocument } from '../../server/src/engine/document/model';
import { principlesOf } from '../../server/src/engine/config';
import type { StoryDocument } from '../../server/src/engine/types';

const build = (text: string): StoryDocument => buildDocument(text, principlesOf({}));
const kinds = (doc: StoryDocument, i = 0) => doc.stories[i].sections.map((s) => s.kind + (s.also.length ? '+' + s.also.join('+') : ''));

describe('story model', () => {
  describe('sections', () => {
    it('reads H3 section headings under an H2 title', () => {
      const doc = build(
        '## Cutting checkout latency\n\n### Situation\n\nThe page was slow.\n\n### Task\n\nI owned it.\n\n### Action\n\nI profiled ' +
          'it.\n\n### Result\n\nIt got 40% faster.\n',
      );
      assert.equal(doc.stories.length, 1);
      assert.equal(doc.stories[0].title, 'Cutting checkout latency');
      assert.deepEqual(kinds(doc), ['situation', 'task', 'action', 'result']);
      assert.ok(doc.hasMarkers);
    });

    it('reads bold labels, plain labels with a dash or colon, and aliases', () => {
      const doc = build(
        '# Story\n\n**Context:** Our vendor raised prices.\n\nGoal — cut the bill.\n\nWhat I did: I renegotiated.\n\n**Outcome** We ' +
          'saved $40K.\n\nLessons: I now start earlier.\n',
      );
      assert.deepEqual(kinds(doc), ['situation', 'task', 'action', 'result', 'learning']);
      const result = doc.stories[0].sections[3];
      assert.equal(result.sentences[0].text, 'We saved $40K.');
    });

    it('reads single-letter markers in bold labels, but not a plain "A:" answer', () => {
      const doc = build(
        '## Story\n\n**S:** Slow page.\n\n**T:** I owned it.\n\n**A:** I fixed it.\n\n**R:** 40% faster.\n\n## Q and A\n\nQ: How did ' +
          'it go?\n\nA: Fine.\n',
      );
      assert.deepEqual(kinds(doc), ['situation', 'task', 'action', 'result']);
      // The Q and A is a transcript story of its own: "A:" is the answer, not an Action marker.
      assert.equal(doc.stories.length, 2);
      assert.ok(doc.stories[1].sections.every((s) => !s.explicit));
      assert.deepEqual(
        doc.stories[1].sentences.map((s) => s.text),
        ['Fine.'],
      );
    });

    it("keeps the interviewer's opening question of a transcript its heading titles, and no follow-up", () => {
      const text =
        '## Question 2\n\n**Q:** Tell me about a project that slipped.\n\n**A:** I ran the refit.\n\n**Q:** What happened?\n\n' +
        '**A:** It opened late.\n\n## Pantry rota\n\nOur food bank had no rota and volunteers missed shifts. I set up a shared ' +
        'rota with text reminders and a swap list. Missed shifts fell from nine a month to two, and we fed 40 more families.\n';
      const [asked, told] = build(text).stories;
      assert.equal(asked.title, 'Question 2');
      assert.equal(asked.question?.text, 'Tell me about a project that slipped.');
      assert.equal(text.slice(asked.question!.start, asked.question!.end), '**Q:** Tell me about a project that slipped.');
      assert.equal(told.question, undefined, 'a story told without an interviewer has no question');
    });

    it('reads "What I do differently:" as a Learning label that names a change made', () => {
      const doc = build(
        '## Story\n\n**Situation:** Slow page.\n\n**Action:** I fixed it.\n\n**Result:** 40% faster.\n\n**What I do differently:** I ' +
          'profile before every release.\n',
      );
      assert.deepEqual(kinds(doc), ['situation', 'action', 'result', 'learning']);
      assert.equal(doc.stories[0].sections[3].namesChange, true);
      assert.equal(
        build('## Story\n\n**Action:** I fixed it.\n\n**Learning:** I profile first.\n').stories[0].sections[1].namesChange,
        false,
      );
    });

    it("starts a transcript's Action where the writer first acts in the first answer, if before its last two thirds", () => {
      const parts = (answer: string) =>
        build(
          `# Mock interview\n\n**Q:** Tell me about a time you worked in a team.\n\n**A:** ${answer}\n\n**Q:** How did you know it ` +
            'went well?\n\n**A:** Scores rose from 61% to 70%.\n',
        )
          .stories[0].sentences.filter((x) => x.part !== 'result')
          .map((x) => x.part);
      assert.deepEqual(parts('So we ran the assessment centre in May. We designed the exercises. It went well. The candidates loved it.'), [
        'situation',
        'action',
        'action',
        'action',
      ]);
      assert.deepEqual(
        parts('Our centre ran every May. It had six exercises. Two were dated. I rewrote both. Scores went up. Everyone liked them.'),
        ['situation', 'situation', 'action', 'action', 'action', 'action'],
      );
      // A sentence that says where or when it was sets the scene, though the team acts in it.
      assert.deepEqual(
        parts(
          'Sure. So, um, this was at Fernleaf, we ran the graduate intake there. Our exercises were dated. I rewrote both. Scores went up.',
        ),
        ['situation', 'situation', 'action', 'action', 'action'],
      );
    });

    it("reads two prose paragraphs as the scene and the writer's acts, then what came of them, when only the first acts", () => {
      const parts = (second: string) =>
        build(
          '## Tell me about a programme you grew\n\nAt Fernleaf we ran a monthly webinar and attendance had been flat for a year. ' +
            'Nobody owned it. We brought in customer speakers. We moved it to Tuesday mornings.\n\n' +
            `${second}\n`,
        ).stories[0].sentences.map((x) => x.part);
      assert.deepEqual(parts('Registrations went from 380 a session to 610. Sales got better leads from it.'), [
        'situation',
        'situation',
        'action',
        'action',
        'result',
        'result',
      ]);
      // The second paragraph tells acts too: it stays the Action, its closing the Result.
      assert.deepEqual(parts('I also rewrote the landing page. Registrations went from 380 a session to 610.'), [
        'situation',
        'situation',
        'situation',
        'situation',
        'action',
        'result',
      ]);
    });

    it('reads a combined "Situation and Task" heading as both', () => {
      const doc = build(
        '## Story\n\n### Situation and Task\n\nWe were late and I had to fix it.\n\n### Action\n\nI cut scope.\n\n### Result\n\nWe ' +
          'shipped 2 days early.\n',
      );
      assert.deepEqual(kinds(doc), ['situation+task', 'action', 'result']);
    });

    it('reads a section name joined to another word ("Results & Metrics")', () => {
      const doc = build(
        '## Story\n\n### Situation\n\nA.\n\n### Task and Scope\n\nB.\n\n### Action\n\nC.\n\n### Results & Metrics\n\nD 20%.\n',
      );
      assert.deepEqual(kinds(doc), ['situation', 'task', 'action', 'result']);
      assert.equal(build('## Impact of caching on support\n\nText.\n').hasMarkers, false);
    });

    it('does not take a sentence that starts with "Results were" for a label', () => {
      const doc = build(
        '# Story\n\n**Situation:** It was slow.\n\n**Action:** I fixed it. Results were visible within a week.\n\n**Result:** 30% ' +
          'faster.\n',
      );
      assert.deepEqual(kinds(doc), ['situation', 'action', 'result']);
      assert.equal(doc.stories[0].sections[1].sentences.length, 2);
    });

    it('keeps sub-headings inside a section as part of it', () => {
      const doc = build(
        '## Story\n\n### Situation\n\nSlow.\n\n### Action\n\n#### Phase one\n\nI profiled it.\n\n#### Phase two\n\nI fixed it.\n\n### ' +
          'Result\n\n2x faster.\n',
      );
      assert.equal(doc.stories.length, 1);
      assert.equal(doc.stories[0].sections[1].sentences.length, 2);
    });
  });

  describe('stories', () => {
    it('finds several stories in one file, each at its own title', () => {
      const doc = build(
        '# My story bank\n\n## Story one\n\n### Situation\n\nA.\n\n### Action\n\nB.\n\n### Result\n\nC.\n\n## Story ' +
          'two\n\n**Situation:** D.\n\n**Action:** E.\n\n**Result:** F.\n',
      );
      assert.deepEqual(
        doc.stories.map((s) => s.title),
        ['Story one', 'Story two'],
      );
    });

    it('starts a story at the top of a file with markers but no title heading', () => {
      const doc = build('Tell me about a time you disagreed.\n\n**Situation:** A.\n\n**Action:** B.\n\n**Result:** C.\n');
      assert.equal(doc.stories.length, 1);
      assert.equal(doc.stories[0].title, undefined);
      assert.equal(doc.stories[0].titleStart, 0);
      assert.equal(doc.stories[0].sentences[0].part, 'intro');
    });

    it('reads free prose: first paragraph Situation, last Result, the rest Action', () => {
      const doc = build(
        '# Migrating billing\n\nOur billing ran on a 2009 server.\n\nI planned the move. I ran both systems in parallel.\n\nI wrote ' +
          'the runbook.\n\nWe moved with no downtime.\n',
      );
      assert.deepEqual(kinds(doc), ['situation', 'action', 'result']);
      assert.equal(doc.stories[0].sections[1].sentences.length, 3);
    });

    it('treats a one-paragraph story as Action with a closing Result', () => {
      const doc = build('# Quick win\n\nI noticed the cron job ran twice. I removed the duplicate. Costs fell by $300 a month.\n');
      const [action, result] = doc.stories[0].sections;
      assert.equal(action.kind, 'action');
      assert.equal(result.kind, 'result');
      assert.deepEqual(
        result.sentences.map((s) => s.text),
        ['I removed the duplicate.', 'Costs fell by $300 a month.'],
      );
    });

    it('reads front matter', () => {
      const doc = build('---\nstar: true\nprinciples: [Ownership, Dive Deep]\nlevel: L6\ntype: failure\n---\n# A\n\nText.\n');
      assert.deepEqual(
        { ...doc.frontMatter, start: 0 },
        { start: 0, end: doc.frontMatter!.end, star: true, principles: ['Ownership', 'Dive Deep'], level: 'L6', type: 'failure' },
      );
    });
  });

  describe('sentences', () => {
    it('splits by sentence boundaries, not lines, across hard wraps and emphasis', () => {
      const doc = build(
        '# S\n\n**Action:** I rewrote the *billing*\nimporter in two weeks. Then I\nmeasured it, e.g. with k6.\n\n**Result:** Done.\n',
      );
      assert.deepEqual(
        doc.stories[0].sections[0].sentences.map((s) => s.text.replace(/\s+/g, ' ')),
        ['I rewrote the billing importer in two weeks.', 'Then I measured it, e.g. with k6.'],
      );
    });

    it('keeps exact document offsets through markup', () => {
      const text = '# S\n\n**Action:** I tuned `pg_bouncer` and [the pool](http://x.y/z) for 3 weeks.\n\n**Result:** ok\n';
      const doc = build(text);
      const s = doc.stories[0].sections[0].sentences[0];
      const q = s.quantities[0];
      assert.equal(text.slice(q.start, q.end), '3 weeks');
      assert.equal(text.slice(s.start, s.end), 'I tuned `pg_bouncer` and [the pool](http://x.y/z) for 3 weeks.');
      assert.ok(!s.text.includes('http'), 'URLs are not prose');
      assert.ok(!s.text.includes('pg_bouncer'), 'code spans are not prose');
    });

    it('keeps offsets right with CRLF and astral emoji', () => {
      const text = '# S\r\n\r\n**Action:** 👩‍💻 Zoë and we fixed it.\r\n\r\n**Result:** 20% fewer pages.\r\n';
      const doc = build(text);
      const s = doc.stories[0].sections[0].sentences[0];
      const we = s.tokens.find((t) => t.norm === 'we')!;
      assert.equal(text.slice(we.start, we.end), 'we');
    });

    it('leaves fenced code and HTML comments out of prose', () => {
      const doc = build(
        '# S\n\n**Action:** I wrote a script.\n\n```sh\nwe probably maybe\n```\n\n<!-- we maybe -->\n\n**Result:** 2 hours saved.\n',
      );
      const all = doc.stories[0].sentences.map((s) => s.text).join(' ');
      assert.ok(!/maybe/.test(all));
      assert.equal(doc.comments.length, 1);
    });
  });

  describe('actors', () => {
    const actorOf = (sentence: string) =>
      build(`# S\n\n**Action:** ${sentence}\n\n**Result:** 1.\n`).stories[0].sections[0].sentences[0].actor;
    const cases: Array<[string, string]> = [
      ['I rewrote the parser.', 'i'],
      ['We rewrote the parser.', 'we'],
      ['Our team rewrote the parser.', 'we'],
      ['I asked our team to rewrite the parser.', 'i'],
      ['When we launched, I noticed the cache was cold.', 'i'],
      ['In the second week, we added retries.', 'we'],
      ['Together, we rolled it out.', 'we'],
      ['Priya and I paired on the migration.', 'i'],
      ['The migration took us two weeks.', 'other'],
      ['Then I wrote the runbook.', 'i'],
      ['The customer said "we need this by Friday".', 'other'],
      ['Phase I shipped in March.', 'other'],
      ['Before the sale we ran a load test.', 'we'],
      ['Working late into the night before the first dry run, we traced the mismatches.', 'we'],
      ['Frustrated by the delays, I rewrote the scheduler.', 'i'],
      ['After a few rounds of review with the search specialists from the platform group, we rewrote it.', 'we'],
      ['When we launched I noticed the cache was cold.', 'i'],
      ['Once the migration finished we switched off the old path.', 'we'],
    ];
    for (const [sentence, actor] of cases) it(`${sentence} → ${actor}`, () => assert.equal(actorOf(sentence), actor));
  });

  describe('quantities', () => {
    const qs = (sentence: string) =>
      build(`# S\n\n**Result:** ${sentence}\n\n**Action:** x\n`).stories[0].sections[0].sentences[0].quantities.map((q) => q.kind);
    const cases: Array<[string, string[]]> = [
      ['Latency fell from 850 ms to 285 ms.', ['duration', 'duration']],
      ['We saved $2.3M a year.', ['money']],
      ['Conversion rose 12%.', ['percent']],
      ['It took two weeks and three engineers.', ['duration', 'count']],
      ['Throughput tripled.', ['multiple']],
      ['It handled 3x the load.', ['multiple']],
      ['In 2019 I was promoted to L6.', []],
      ['P99 and EC2 costs were the focus in Q3.', []],
      ['One day, the CEO called me.', []],
      ['We launched on March 3 at 3:00.', []],
      ['The constructor and toString helpers were valueOf the hasOwnProperty kind.', []],
    ];
    for (const [sentence, expected] of cases)
      it(`${sentence} → ${expected.join(', ') || 'none'}`, () => assert.deepEqual(qs(sentence), expected));
  });

  describe('odd input never breaks the model', () => {
    const odd: Array<[string, string]> = [
      ['an empty file', ''],
      ['only front matter', '---\nstar: true\n---\n'],
      ['an unclosed fence', '# S\n\n**Situation:** x\n\n```\nwe maybe\n'],
      ['broken YAML', '---\n: : [\n---\n# S\n'],
      ['5,000 headings', Array.from({ length: 5000 }, (_, i) => `## Heading ${i}\n\n**Action:** We did ${i}.\n`).join('\n')],
      ['lone surrogates and zero-width joiners', '# S\n\n**Action:** \ud800 we\u200d did it \udc00.\n'],
    ];
    for (const [name, text] of odd) it(name, () => assert.doesNotThrow(() => build(text)));
  });

  it('reads the closing sentences of a short free-prose story as its Result, not as more Action', () => {
    const doc = build(
      '# Museum day\n\nThe trip was cancelled two days before. I planned a museum day in school instead. The children enjoyed it.\n',
    );
    const [action, result] = doc.stories[0].sections;
    assert.deepEqual(
      action.sentences.map((s) => s.text),
      ['The trip was cancelled two days before.'],
    );
    assert.deepEqual(
      result.sentences.map((s) => [s.text, s.part]),
      [
        ['I planned a museum day in school instead.', 'result'],
        ['The children enjoyed it.', 'result'],
      ],
    );
  });

  it("reads a free-prose story's whole closing run in which the writer does not act as its Result", () => {
    const doc = build(
      '## The wet-weather plan\n\nEvery rainy wedding meant moving a hundred chairs into the hall.\n\nI ordered a stretch tent ' +
        'for the lawn and wrote a rain checklist. The tent changed rainy days completely. Couples stopped worrying about the ' +
        'forecast. The owners now show it on every tour.\n',
    );
    const result = doc.stories[0].sections.find((s) => s.kind === 'result')!;
    assert.deepEqual(
      result.sentences.map((s) => s.text),
      ['The tent changed rainy days completely.', 'Couples stopped worrying about the forecast.', 'The owners now show it on every tour.'],
    );
  });
});
