import assert from 'node:assert/strict';
import { buildSkeleton, documentOf } from '../../server/src/engine/document/model';
import { principlesOf } from '../../server/src/engine/config';
import type { StoryDocument } from '../../server/src/engine/types';
import { lintWith } from '../helpers';
import { speakerOf } from '../../server/src/engine/document/speakers';

/*
 * Every story format of SPEC §8, each in a fixture of its own: each story is
 * found, with its title line and its sections, and nothing else is read as one.
 */

function read(text: string): { doc: StoryDocument; asides: string[] } {
  const skeleton = buildSkeleton(text);
  const line = (o: number) => text.slice(0, o).split('\n').length;
  return { doc: documentOf(skeleton, principlesOf({})), asides: skeleton.asides.map((a) => `${a.kind}@${line(a.start)}`) };
}

/** Each story as "title line: section kinds". */
function shape(text: string): string[] {
  const { doc } = read(text);
  const line = (o: number) => text.slice(0, o).split('\n').length;
  return doc.stories.map(
    (s) => `${line(s.titleStart)}: ${s.sections.map((x) => x.kind + (x.also.length ? `+${x.also.join('+')}` : '')).join(' ')}`,
  );
}

const lines = (...ls: string[]) => `${ls.join('\n')}\n`;

describe('story formats (SPEC §8)', () => {
  it('H2 story with H3 section headings', () => {
    const text = lines(
      '## Cutting checkout latency',
      '',
      '### Situation',
      '',
      'Checkout was slow.',
      '',
      '### Task',
      '',
      'I owned it.',
      '',
      '### Action',
      '',
      'I profiled it.',
      '',
      '### Result',
      '',
      'P99 fell 40%.',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
  });

  it('single-letter headings beside each other: "### S", "### T", "### A", "### R"', () => {
    const long = 'The dryer queue ran for hours on peak days while trailers waited in the yard. '.repeat(20);
    const text = lines(
      '## Harvest queue',
      '',
      '### S',
      long,
      '',
      '### T',
      'Cut the queue.',
      '',
      '### A',
      'I built slots.',
      '',
      '### R',
      'Waits fell.',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
    // Two stories, each with its letters: the letters of one do not confirm the other's placeholder title.
    const prose =
      'Checkout was slow for months, so I profiled it, found the payment call blocking the page, moved it behind the order, ' +
      'and watched the error rate for two weeks.';
    const two = shape(lines('## A', '', prose, '', '## B', '', '### S', 'Slow.', '', '### R', '40% faster.'));
    assert.deepEqual(
      two.map((x) => x.split(':')[0]),
      ['1', '5'],
    );
    assert.equal(two[1], '5: situation result');
  });

  it('questions in italics or bold with plain answers: an opening question and its follow-ups are one story', () => {
    const text = lines(
      '# Mock interview with Dami',
      '',
      '*Tell me about a time you had to act on incomplete information.*',
      '',
      'An agent was changing addresses on accounts just before new cards went out, and I had only a pattern to go on.',
      '',
      '*What exactly did you do yourself?*',
      '',
      'I pulled his activity for three months and matched it against the card-dispatch file, account by account.',
      '',
      '*And the outcome?*',
      '',
      'Nineteen accounts matched, he was dismissed, and the bank stopped 31 cards before they were used.',
      '',
      '**Tell me about a time you disagreed with your manager.**',
      '',
      'My manager wanted to freeze every flagged account at once, and I argued for a staged review of the worst ten first.',
      '',
      '*How did it end?*',
      '',
      'She agreed after I showed her the false-positive rate, and we froze 10 accounts that week.',
    );
    assert.deepEqual(
      shape(text).map((x) => x.split(':')[0]),
      ['3', '15'],
    );
    // The answer to the opening question is the story's first sentence, not a note before the interview.
    const { doc } = read(text);
    assert.match(doc.stories[0].sentences[0].text, /^An agent was changing addresses/);
    assert.equal(doc.stories[0].sentences.length, 3);
  });

  it('a transcript with "Q." and "A." markers', () => {
    const text = lines(
      'Mock interview with Priya, tidied up afterwards.',
      '',
      'Q. Tell me about a time a supplier let you down.',
      '',
      'A. Our main supplier for outdoor lights shipped six weeks late, so I moved two lines to a second supplier myself.',
      '',
      'Q. What was the impact?',
      '',
      'A. We sold 82% of the range against a plan of 90%, and I now hold a second supplier for every seasonal line.',
    );
    assert.deepEqual(
      shape(text).map((x) => x.split(':')[0]),
      ['3'],
    );
  });

  it('a bold question alone still titles the labelled story under it', () => {
    assert.deepEqual(
      shape(lines('**Why did you pick Kafka?**', '', '**Situation:** Slow.', '', '**Action:** I fixed it.', '', '**Result:** 40% faster.')),
      ['1: situation action result'],
    );
  });

  it('a lone letter heading is a placeholder title, not a section', () => {
    assert.deepEqual(shape(lines('## S', '', '**Situation:** Slow.', '', '**Action:** I fixed it.', '', '**Result:** 40% faster.')), [
      '1: situation action result',
    ]);
  });

  it('bold labels, plain labels with a dash, and single-letter labels', () => {
    assert.deepEqual(shape(lines('## A', '', '**Situation:** Slow.', '', '**Action:** I fixed it.', '', '**Result:** 40% faster.')), [
      '1: situation action result',
    ]);
    assert.deepEqual(shape(lines('## A', '', 'Situation — slow.', '', 'Action — I fixed it.', '', 'Result — 40% faster.')), [
      '1: situation action result',
    ]);
    assert.deepEqual(shape(lines('## A', '', '**S:** Slow.', '', '**T:** Mine.', '', '**A:** I fixed it.', '', '**R:** 40% faster.')), [
      '1: situation task action result',
    ]);
  });

  it('numbered and bulleted STAR notes', () => {
    const numbered = lines(
      '## Rota',
      '',
      '1. **Situation** — weekends were short.',
      '2. **Action** — I rebuilt the rota.',
      '3. **Result** — no gaps for 8 weeks.',
    );
    assert.deepEqual(shape(numbered), ['1: situation action result']);
    const bulleted = lines(
      '## Rota',
      '',
      '- S: weekends were short',
      '- T: fix the rota',
      '- A: rebuilt it with the leads',
      '- R: no gaps for 8 weeks',
    );
    assert.deepEqual(shape(bulleted), ['1: situation task action result']);
  });

  it('bulleted notes whose letter stands alone and whose text is a nested list', () => {
    const nested = lines(
      '## Exome pipeline backlog',
      '',
      '- S: Backlog hit 11 days in spring (target 3).',
      '- T: I own the pipeline code. Get turnaround back under 3 days.',
      '- A:',
      '  - Profiled a full run myself.',
      '  - Rewrote the job scheduling in Snakemake.',
      '- R:',
      '  - Per-sample runtime 19 h → 6 h.',
    );
    assert.deepEqual(shape(nested), ['1: situation task action result']);
  });

  it('a letter alone on a line outside a list is no label', () => {
    const text = lines(
      '## Rota',
      '',
      '**Situation:** weekends were short.',
      '',
      'A:',
      '',
      '**Action:** I rebuilt it.',
      '',
      '**Result:** no gaps.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
  });

  it('a combined "Situation and Task" section', () => {
    assert.deepEqual(
      shape(lines('## A', '', '**Situation and Task:** Slow, and mine.', '', '**Action:** I fixed it.', '', '**Result:** 40% faster.')),
      ['1: situation+task action result'],
    );
  });

  it('a table with one row per STAR part', () => {
    const text = lines(
      '## Onboarding checklist',
      '',
      '| Part | Notes |',
      '| --- | --- |',
      '| Situation | New hires took 30 days to ship. |',
      '| Task | I owned onboarding. |',
      '| Action | I wrote a checklist and paired each hire with a buddy. |',
      '| Result | Time to first ship fell to 9 days. |',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
    const { doc } = read(text);
    assert.equal(doc.stories[0].sections[2].sentences[0].text.trim(), 'I wrote a checklist and paired each hire with a buddy.');
  });

  it('a collection title with an intro, then a structured story and a free-prose story', () => {
    const text = lines(
      '# My interview stories',
      '',
      'These are the stories I am preparing for my loop next month, one per principle, each timed out loud twice.',
      '',
      '## Checkout latency',
      '',
      '**Situation:** Checkout was slow.',
      '',
      '**Action:** I profiled it and removed two blocking calls.',
      '',
      '**Result:** P99 fell from 850 ms to 300 ms.',
      '',
      '## The rota I rebuilt',
      '',
      'Our ward was short on weekends and agency nurses cost us a fortune every month that winter.',
      '',
      'I rebuilt the rota with the two shift leads, moving three part-timers onto alternating weekends.',
      '',
      'We had no unfilled weekend shifts for eight weeks.',
    );
    assert.deepEqual(shape(text), ['5: situation action result', '13: situation action result']);
    assert.deepEqual(read(text).asides, ['collection-title@1', 'intro@3']);
  });

  it('a title that starts with a section name joined by a hyphen ("Learning-to-rank …") is a story title, not a section', () => {
    const text = lines(
      '# Story bank: search and ranking',
      '',
      '## Learning-to-rank for a grocery search bar',
      '',
      '**Situation:** Shoppers could not find items by brand.',
      '',
      '**Action:** I trained a ranking model on six months of clicks.',
      '',
      '**Result:** Add-to-cart from search rose from 11.2% to 12.6%.',
      '',
      '## Result-driven autocomplete',
      '',
      'The suggestions came from a list nobody had updated in two years, so I rebuilt it from the query logs.',
      '',
      '### Result - fewer dead ends',
      '',
      'Searches with no click fell from 9% to 6%.',
    );
    assert.deepEqual(shape(text), ['3: situation action result', '11: result']);
  });

  it('a story that opens with its Result goes on through the Situation after it; a told story followed by a Situation ends', () => {
    const text = lines(
      '# Moving order events to Kafka',
      '',
      '### Result',
      '',
      'Consumer lag fell from 40 minutes at peak to under a second.',
      '',
      '### Situation',
      '',
      'Order events ran through a six-year-old RabbitMQ cluster.',
      '',
      '### Action',
      '',
      'I moved the pipeline to Kafka, one consumer at a time.',
      '',
      '### Situation',
      '',
      'A second cluster handled refunds.',
      '',
      '### Action',
      '',
      'I moved it the next quarter.',
    );
    assert.deepEqual(shape(text), ['1: result situation action', '15: situation action']);
  });

  it("an email's header and greeting, a forum post's opening and a blog's closing tips are no story", () => {
    const email = lines(
      'Subject: last one, promise, the "values" question',
      '',
      'Hi Priya,',
      '',
      'Quick one before Thursday. The recruiter said the values interviewer will ask about teamwork, and I only have ' +
        'one story that fits, so I wrote it below. Any feedback welcome.',
      '',
      '---',
      '',
      '**Going beyond my role**',
      '',
      'Outside work I run the social media for a food bank in Leeds that was short of Saturday volunteers every week that ' +
        'winter, and the coordinator was close to cutting the Saturday session for the 80 families who relied on it.',
      '',
      'I wrote a four-week Instagram campaign with short videos of existing volunteers, a one-click sign-up form and a ' +
        'reminder text the day before each shift. Sign-ups went from 3 a month to 19, and the Saturday session stayed open.',
      '',
      '---',
      '',
      'Thank you!! Sofia',
    );
    assert.deepEqual(shape(email), ['9: situation action result']);
    assert.deepEqual(read(email).asides.slice(0, 3), ['intro@1', 'intro@3', 'intro@5']);
    const post = lines(
      '**Posted in Interview Prep** · by throwaway_newgrad_24',
      '',
      'Hi everyone, first time posting here so sorry if this is the wrong place. I graduated in May and I have my ' +
        'first real onsite next Thursday for an associate developer role, so I recorded a mock interview with my coach ' +
        'and typed it up below. It is long, sorry, and I know I say um a lot. I would love any feedback on whether the ' +
        'answer works, because I honestly cannot tell any more after reading it twenty times.',
      '',
      '---',
      '',
      '**Interviewer:** Tell me about a time you worked on a team project that was challenging.',
      '',
      '**Me:** In my capstone the five of us built a parking app, and I wrote the payment flow and ran the weekly demo ' +
        'with the parking office.',
      '',
      '---',
      '',
      'Edit: formatting',
    );
    assert.deepEqual(shape(post), ['7: action result']);
    const blog = lines(
      '# How I prepared for my loop',
      '',
      '## Story 1: The duplicate orders',
      '',
      '### Situation',
      '',
      'Orders were double-charged for 2% of shoppers.',
      '',
      '### Action',
      '',
      'I added an idempotency key to the payment call.',
      '',
      '### Result',
      '',
      'Double charges fell to zero in a month.',
      '',
      '## Closing tips',
      '',
      '- Time yourself. My first drafts ran five minutes, and nobody wants that in a loop.',
      '- Write the numbers down before the loop so you do not blank on the baselines.',
    );
    assert.deepEqual(shape(blog), ['3: situation action result']);
  });

  it('an untitled post around one prose answer: its ask before and its closing remark after are no story', () => {
    const text = lines(
      'quick question before my interview tomorrow (lab tech position)',
      '',
      'hi all, super short one. they asked "tell me about a time you showed initiative" in my phone screen and this is what i said.',
      '',
      'In my undergrad lab the freezer logs were a mess, so I built a shared spreadsheet with one tab per freezer and a ' +
        'weekly check rota. Within a month every freezer had a complete log, and the lab passed its audit with no findings.',
      '',
      'thats it lol. any feedback welcome, i am probably overthinking it',
    );
    assert.deepEqual(shape(text), ['5: action result']);
    assert.deepEqual(read(text).asides, ['intro@1', 'intro@3', 'notes@7']);
  });

  it('a LinkedIn post: its news and hand-over before the answer, its tip and hashtags after it, are no story', () => {
    const text = lines(
      'Three rejections. Then a yes. 🙌',
      '',
      'I start next month as a category manager, and here is the story that turned it around for me.',
      '',
      'I was category lead for tents at a 62-store chain, and spring sell-through was running 20 points behind plan with ' +
        '£310k of ageing stock in the warehouses.',
      '',
      'I cut the summer buy by a third, moved the lightweight range to the front of 40 stores and ran a two-week bundle with ' +
        'sleeping bags. Sell-through went from 48% to 71% by August, and ageing stock fell to £120k.',
      '',
      'My tip for anyone interviewing: numbers tell the story. Lead with them.',
      '',
      '#retail #interviewprep',
    );
    assert.deepEqual(shape(text), ['5: situation action result']);
    assert.deepEqual(read(text).asides, ['intro@1', 'intro@3', 'notes@9', 'notes@11']);
  });

  it('bold-line titles and stories separated by ---', () => {
    const text = lines(
      '**Tell me about a time you disagreed with your manager**',
      '',
      'Situation — my manager wanted a big-bang launch.',
      '',
      'Action — I proposed a two-region pilot and showed the incident history.',
      '',
      'Result — the pilot caught 2 bugs before the full launch.',
      '',
      '---',
      '',
      '**Tell me about a time you failed**',
      '',
      'I promised a partner a date I could not keep, and we shipped three weeks late.',
      '',
      'Since then I add a buffer to every external date and say so.',
    );
    assert.deepEqual(shape(text), ['1: situation action result', '11: situation action result']);
  });

  it('a bold "Why this story" after a labelled story stays in it; a bold title over labels of its own starts the next', () => {
    const story = (title: string) =>
      lines(
        title,
        '',
        '**Situation**',
        '',
        'Our new warehouse had to open before the Christmas shutdown.',
        '',
        '**Action**',
        '',
        'I moved two shift leads across and ran the go-live checklist myself.',
        '',
        '**Result**',
        '',
        'It went live a day late and shipped 4,000 orders that week.',
        '',
      );
    const aside = lines('**Why this story**', '', 'For me this shows Ownership, because I always treat the business as my own.', '');
    const text = story('# Opening the new warehouse') + aside + story('**Closing the old warehouse**');
    assert.deepEqual(shape(text), ['1: situation action result', '19: situation action result']);
    const { doc } = read(text);
    assert.match(doc.stories[0].sentences.at(-1)!.text, /^For me this shows Ownership/);
    assert.ok(!doc.stories[0].sentences.some((x) => /Why this story/.test(x.text)), 'the line itself is set aside');
    // Over prose, with no label after it, the same words title a story of their own when no labelled story is above.
    assert.deepEqual(shape(lines('**Why this story**', '', 'I picked it because the launch taught me to plan cutovers.', '')).length, 1);
  });

  it('a bold title with its first STAR label on the very next line, no blank line between, still titles the story', () => {
    const text = lines(
      '# Shoot stories',
      '',
      '**Camera truck, day 2**',
      'S: the camera truck broke down at 5am. T: get the kit to set by 7. A: hired a van and moved the kit. R: first shot on time.',
      '',
      '**Festival deadline**',
      'S: the editor was off sick a week before the deadline.',
      'A: I cut the subtitles myself.',
      'R: delivered 27 hours early.',
    );
    assert.deepEqual(shape(text), ['3: situation task action result', '6: situation action result']);
    // A bold line that runs on into a plain sentence is no title.
    assert.deepEqual(
      shape(lines('# Notes', '', '**Camera truck** broke down again.', 'S: the truck broke down. A: I hired a van. R: on time.')),
      ['1: situation action result'],
    );
  });

  it('plain one-line titles, lettered or not, over numbered STAR notes', () => {
    const text = lines(
      'Prep notes. Library assistant applications.',
      '',
      'A. Missed delivery, half-term book fair',
      '',
      '1. Situation – Book fair stock due Monday, 600 titles.',
      '2. Task – Own the set-up.',
      '3. Action – Rang the wholesaler, borrowed two trolleys, set up by 10.',
      '4. Result – Opened an hour late; 212 books sold.',
      '',
      'Reading volunteers (Year 3)',
      '',
      '1. Situation – Twelve Year 3 readers below expected level.',
      '2. Action – Recruited six parent volunteers, trained them in one session.',
      '3. Result – Ten of twelve reached expected level by June.',
      '',
      'Opening hours review',
      '',
      'I looked at the gate counts and moved the late opening from Tuesday to Thursday.',
    );
    const { asides } = read(text);
    assert.deepEqual(shape(text).slice(0, 2), ['3: situation task action result', '10: situation action result']);
    assert.ok(asides.includes('notes@1') || asides.includes('intro@1'), asides.join(' '));
    // A short line followed by prose, not by a STAR label, is no title of its own.
    assert.ok(!shape(text).some((s) => s.startsWith('16:')), shape(text).join(' | '));
  });

  it('a heading over one interview question titles the story when it names the story, not when it names the session', () => {
    const story = (heading: string) =>
      lines(
        heading,
        '',
        'Interviewer: Tell me about a project you are proud of.',
        '',
        'Me: The spring phone appeal. I called 400 lapsed donors over three weeks and 61 gave again.',
        '',
        'Interviewer: What did you learn?',
        '',
        'Me: I now script the first ten seconds of every call and test it on five donors first.',
      );
    const named = read(story('## Spring phone appeal'));
    assert.deepEqual(shape(story('## Spring phone appeal')), ['1: situation learning']);
    assert.ok(!named.asides.includes('collection-title@1'), named.asides.join(' '));
    const session = read(story('## Mock interview, round 2'));
    assert.deepEqual(shape(story('## Mock interview, round 2')), ['3: situation learning']);
    assert.ok(session.asides.includes('collection-title@1'), session.asides.join(' '));
    // A heading that says it is a story titles it, even when it mentions the loop.
    assert.deepEqual(shape(story('## Story B — the version that failed my first loop')), ['1: situation learning']);
    // The session first, then the question it asked: the question titles the story.
    assert.deepEqual(shape(story('# Practice run — "Tell me about your toughest appeal"')), ['3: situation learning']);
    // One question names one story; questions in the plural name the session.
    assert.deepEqual(shape(story('## 2. The principle question')), ['1: situation learning']);
    assert.deepEqual(shape(story('## Question 1 — a decision you made')), ['1: situation learning']);
    assert.deepEqual(shape(story('## Practice questions')), ['3: situation learning']);
    // A session named by its practising, its interviewer or its run-through.
    assert.deepEqual(shape(story("# practising with Mia (she's the interviewer)")), ['3: situation learning']);
    assert.deepEqual(shape(story('## Dry run with my manager')), ['3: situation learning']);
  });

  it('"tell me about something you are proud of" opens a new story; "anything else you tried" follows one up', () => {
    const text = lines(
      'Interviewer: Tell me about a time a project did not go as planned.',
      '',
      'Me: Our demo crashed in front of 40 people because I had not tested the login with real data.',
      '',
      'Interviewer: Okay. Tell me about something you are proud of.',
      '',
      'Me: I rebuilt the society booking site and bookings went from 20 to 65 a week.',
      '',
      'Interviewer: Was there anything else you tried?',
      '',
      'Me: I also moved the mailing list to a free tool.',
    );
    assert.deepEqual(
      shape(text).map((s) => s.split(':')[0]),
      ['1', '5'],
    );
  });

  it("a post's header that only frames the answer after it is no story: its title is notes, its lines the intro", () => {
    const text = lines(
      '**Thread: STAR answers for pricing questions, share yours**',
      '',
      '---',
      '',
      '**Original post by freight_fran:**',
      '',
      "I've got an interview for a commercial account manager role and they've said there'll be a question on pricing. " +
        "Here's my answer, would love feedback.",
      '',
      '## Pricing a returns service',
      '',
      '**Situation:** A fashion client had a returns rate of 31% and wanted one price per return.',
      '',
      '**Action:** I timed 200 returns by type on the bench and priced each type from the timings.',
      '',
      '**Result:** They signed in November, and the first quarter ran at a 21% margin against 18% modelled.',
    );
    const { asides } = read(text);
    assert.deepEqual(shape(text), ['9: situation action result']);
    assert.ok(asides.includes('intro@7'), asides.join(' '));
    // A short piece that tells what the writer did is a story, however short.
    const short = lines('**Biggest achievement**', '', 'I rebuilt the team reporting dashboard and everyone uses it now.', '', '## Next');
    assert.equal(shape(short)[0].split(':')[0], '1');
  });

  it('free prose that only its ending labels reads the prose as Situation and Action, not as an intro', () => {
    const text = lines(
      '**Tell me about a time you disagreed with someone**',
      '',
      'At Parcelio we make a web app for small shops to print shipping labels, and our designer wanted a full-screen popup.',
      '',
      'I did not agree, because the first label is when the shop owner is in a hurry. I looked in our analytics, proposed two',
      'other placements, and built the three variants behind a feature flag for a two-week test.',
      '',
      'Result: the popup cut second-label rate from 31% to 26%, so we shipped the banner after the fifth label.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
  });

  it("a coach's comment in square brackets is a note on the draft, not its story; a link in brackets is no comment", () => {
    const text = lines(
      '## The rota',
      '',
      '**Situation:** Weekend cover at the clinic fell short twice a month.',
      '',
      '**Action:** I moved the rota to a shared sheet and asked each physio to swap shifts there.',
      '',
      '**Result:** Uncovered weekends fell from 2 a month to none.',
      '',
      '[Dan: who decided which clinics got cut? Say it plainly.]',
    );
    const { asides } = read(text);
    assert.ok(asides.includes('notes@9'), asides.join(' '));
    assert.deepEqual(shape(text), ['1: situation action result']);
    assert.deepEqual(lintWith('passive-voice', text), []);
  });

  it('an H1 over several labelled stories split by separators names the collection; over one story it is its title', () => {
    const two = lines(
      '# Dispatcher stories: drivers and rotas',
      '',
      'Situation — Last winter we were six drivers short at the depot.',
      '',
      'Action — I moved the rota to four-on, four-off and paired new drivers with a regular for their first week.',
      '',
      'Result — Missed runs fell from 9 a month to 2.',
      '',
      '---',
      '',
      'Situation — The pathology lab needed a same-day run that we kept missing on Fridays.',
      '',
      'Action — I gave the run to one named driver and a backup, and I rang the lab at two every Friday.',
      '',
      'Result — We missed one run in the next three months, down from four.',
    );
    const { asides } = read(two);
    assert.deepEqual(shape(two), ['3: situation action result', '11: situation action result']);
    assert.ok(asides.includes('collection-title@1'), asides.join(' '));
    const one = lines(
      '# The driver rota',
      '',
      'Situation — Last winter we were six drivers short at the depot.',
      '',
      'Action — I moved the rota to four-on, four-off and paired new drivers with a regular for their first week.',
      '',
      'Result — Missed runs fell from 9 a month to 2.',
      '',
      '---',
      '',
      'Still to add: what the drivers said about it.',
    );
    assert.equal(shape(one)[0].split(':')[0], '1');
  });

  it('a letter alone on its line labels the list right after it', () => {
    const text = lines(
      '## Demand forecasting for warehouse staffing',
      '',
      'S: pick-volume forecasts per shift were off by a quarter, so ops booked agency staff last minute',
      '',
      'T: improve forecast accuracy for ops planning',
      '',
      'A:',
      '- switched the model from Prophet to LightGBM with a promo calendar',
      '- moved retraining from monthly to weekly',
      '',
      'R:',
      '- MAPE 24% to 16%',
      '- agency bookings made on the day fell from 30 a month to 8',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
  });

  it('labels written inline, one after another in a paragraph, start sections of their own', () => {
    const letters = lines(
      '## Pool bookings',
      '',
      'S: hydrotherapy sessions were often half empty. T: fill them. A: I moved bookings to blocks of six. R: use rose from 50% to 85%.',
    );
    assert.deepEqual(shape(letters), ['1: situation task action result']);
    const bold = lines(
      '## Agency spend',
      '',
      '**Situation:** Agency shifts cost us 40,000 a month. **Action:** I built a bank of our own staff. **Result:** Spend fell to 12,000.',
    );
    assert.deepEqual(shape(bold), ['1: situation action result']);
    const words = lines(
      '## Handover errors',
      '',
      'Situation: handovers were verbal and things got lost. Task: cut the misses. Action: I wrote a one-page SBAR sheet.',
      '',
      'Result: Missed handover items fell from 12 a month to 3.',
    );
    assert.deepEqual(shape(words), ['1: situation task action result']);
  });

  it('a label-like word inside a sentence, or in a paragraph that opens with none, starts no section', () => {
    const midSentence = lines(
      '## Depot cover',
      '',
      '**Situation:** We were six drivers short.',
      '',
      '**Action:** I rang the agency and set out plan A: two relief drivers. I also moved the rota.',
      '',
      '**Result:** Missed runs fell from 9 a month to 2.',
    );
    assert.deepEqual(shape(midSentence), ['1: situation action result']);
    const prose = lines(
      '## The rota',
      '',
      'I took over the rota in March, when missed runs were at 9 a month and drivers were leaving. ' +
        'Result: we lost two more before I changed anything, so I moved everyone to four-on, four-off.',
    );
    assert.deepEqual(shape(prose), shape(prose.replace('Result: we', 'Then we')), 'the prose reads as prose');
    assert.equal(read(prose).doc.storyOf(0).sections.length, read(prose.replace('Result: we', 'Then we')).doc.storyOf(0).sections.length);
    const transcript = lines(
      'Q: Tell me about a time you fixed a process. A: Sure. S: the rota was on paper. R: it took four hours a week.',
      '',
      'Q: What did you do? A: I moved it to a shared sheet and it now takes one hour.',
    );
    assert.ok(!shape(transcript).some((s) => s.includes('situation task')), `a transcript line keeps its speakers: ${shape(transcript)}`);
  });

  it('"Question it answers:" under a bold title tags the story; the bold line stays its title', () => {
    const oneParagraph = lines(
      '**Shutting down a product line**',
      'Question it answers: Tell me about a difficult decision.',
      '',
      'S: A legacy reporting product cost us two engineers. T: Decide its future. A: I shut it down. R: Both engineers moved to analytics.',
    );
    assert.deepEqual(shape(oneParagraph), ['1: situation task action result']);
    assert.ok(read(oneParagraph).asides.includes('tag-line@2'), `the question line is a tag: ${read(oneParagraph).asides}`);
    const ownParagraph = lines(
      '**Getting three teams onto one API style guide**',
      '',
      '*Question it answers: Tell me about a time you influenced without authority.*',
      '',
      '- **Situation**',
      '    - Three teams built public APIs in three styles.',
      '- **Action**',
      '    - I wrote the draft guide and reviewed every new endpoint for a quarter.',
      '- **Result**',
      '    - 14 of 15 new endpoints followed it.',
    );
    assert.deepEqual(shape(ownParagraph), ['1: situation action result']);
    // A bold line over a sentence that only mentions a question is no tag: the paragraph is the story's text.
    const notTag = lines(
      '## Rota',
      '',
      '**Situation:** The question it answers for me is why the rota kept failing.',
      '',
      '**Action:** I moved it to a shared sheet.',
      '',
      '**Result:** Missed shifts fell from 9 to 2 a month.',
    );
    assert.deepEqual(shape(notTag), ['1: situation action result']);
  });

  it('a line in emphasis right under a story heading is its subtitle or tag; the heading titles the story', () => {
    const bank = lines(
      '# Story bank',
      '',
      '## 1. The schema migration we rolled back',
      '*Use for: failure, a project that went wrong*',
      '',
      '### Situation',
      'Our payments table held a billion rows.',
      '### Action',
      'I wrote the backfill and ran it on staging.',
      '### Result',
      'We rolled it back after 90 minutes.',
      '',
      '## Seller dashboard in 3 weeks',
      '',
      '*Tight deadline*',
      '',
      '**Situation:** 4,000 sellers tracked orders in a spreadsheet.',
      '',
      '**Action:** I designed the dashboard in two weeks.',
      '',
      '**Result:** 2,600 sellers used it in the first month.',
    );
    assert.deepEqual(shape(bank), ['3: situation action result', '13: situation action result']);
    const { asides } = read(bank);
    assert.ok(asides.includes('tag-line@4') && asides.includes('tag-line@15'), `both lines are set aside as tags: ${asides}`);
    // Under an H1 over several stories, a bold line over the labels still titles its own story.
    const collection = lines(
      '# Ops stories',
      '',
      '**Overbooked on a Saturday night**',
      '',
      '**Situation:** We had sold 12 more rooms than we had.',
      '',
      '**Action:** I rang three hotels nearby and moved 12 guests.',
      '',
      '**Result:** All 12 stayed with us again within a year.',
      '',
      '**The lift outage**',
      '',
      '**Situation:** Our only lift failed in August.',
      '',
      '**Action:** I set up a porter rota for luggage.',
      '',
      '**Result:** No guest waited more than 10 minutes.',
    );
    assert.deepEqual(shape(collection), ['3: situation action result', '11: situation action result']);
  });

  it('a list of stories, each item a bold title over its story, starts a story at each item', () => {
    const text = lines(
      '# Quick notes',
      '',
      "1. **Win-back email program** (for: results you're proud of)",
      '',
      '   I rewrote the win-back sequence for lapsed subscribers into three emails with a recipe preview and a discount on the',
      '   third one only, and reactivations went from 2.1% to 3.4% of the lapsed list within the first two months of sending.',
      '',
      "2. **Rebrand launch** (for: a project that didn't go to plan)",
      '',
      '   The rebrand was meant to go live with the spring menu on March 4 and slipped to April 22. I had not booked a review',
      '   slot with legal, so the tagline waited three weeks; I now book legal review when the brief is signed.',
    );
    assert.deepEqual(
      shape(text).map((x) => x.split(':')[0]),
      ['3', '8'],
    );
  });

  it('a numbered list of steps in an Action, or in a story told as prose, stays in its story', () => {
    const steps = (body: string) =>
      lines(
        '## Checkout latency',
        '',
        body,
        '',
        '1. **Measure first**',
        '',
        '   I profiled a week of production traffic and found that two database calls made up most of the time spent on',
        '   every checkout page, far more than the rendering or the network did on any device we looked at.',
        '',
        '2. **Fix the worst call**',
        '',
        '   I cached the shipping-rates lookup per basket, so each checkout makes one call to the rates service instead',
        '   of one per item, and I added a test that fails when a page makes more than two calls to it.',
        '',
        '**Result:** p95 checkout latency fell from 1.9 s to 700 ms.',
      );
    assert.equal(shape(steps('**Action:**')).length, 1, `labelled: ${shape(steps('**Action:**'))}`);
    const prose = steps(
      'Shoppers on older phones were abandoning checkout because each page took two seconds to load, and I owned the fix for it.',
    );
    assert.equal(shape(prose).length, 1, `prose: ${shape(prose)}`);
  });

  it('a letter label alone as the last line of a paragraph labels the list right under it, with no blank lines between', () => {
    const text = lines(
      '## Nightly pricing job',
      '',
      '**S:** The pricing team needs fresh competitor prices by 06:00, and the nightly job ran for six hours.',
      '**T:** Mine: I had owned the job since January.',
      '**A:**',
      '- I profiled the stages and found 78% of the time in one skewed join.',
      '- I pre-aggregated the competitor prices before the join.',
      '**R:**',
      '- runtime 6 h → 40 min',
      '- cluster cost €3,100 → €1,050 a month',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
    // A line that goes on after its letter is a label as before; a last line that is a sentence is none.
    const sentence = lines(
      '## Depot',
      '',
      '**S:** We were six drivers short.',
      '**A:** I moved the rota to four-on, four-off.',
      'A new rota.',
    );
    assert.deepEqual(shape(sentence), ['1: situation action']);
  });

  it('a recording tool names both speakers after a timestamp: the one asking is the interviewer, their label no story text', () => {
    const text = lines(
      '# Mock interview recording',
      '',
      '[00:00:05] Dan Ellis: Tell me about a time you had to fix a process that was failing.',
      '',
      '[00:00:12] Marta: Sure. At the depot we missed about 9 collections a month because late changes never reached the drivers.',
      '',
      '[00:00:40] Dan Ellis: What did you do yourself?',
      '',
      "[00:00:44] Marta: I moved the route sheets to the drivers' phones and set a 5 am cut-off for changes.",
      '',
      '[00:01:20] Dan Ellis: And the result?',
      '',
      '[00:01:24] Marta: Missed collections went from 9 a month to 2.',
    );
    assert.deepEqual(shape(text), ['3: situation action result']);
    assert.deepEqual(
      read(text).asides.filter((a) => a.startsWith('interviewer')),
      ['interviewer@3', 'interviewer@7', 'interviewer@11'],
    );
    const said = read(text)
      .doc.storyOf(0)
      .sentences.map((x) => x.text);
    assert.ok(!said.some((x) => x.includes('Marta:')), `the speaker's label is no story text: ${said.join(' | ')}`);
    assert.equal(speakerOf('Dan: too thin, what was the number before?'), undefined, 'a name without a timestamp is no speaker');
  });

  it('a mock interview whose questions are labelled with the interviewer\'s name and whose answers "Me:" splits at each question', () => {
    const text = lines(
      '# Mock interview with Priya',
      '',
      '**Priya:** Tell me about a time you disagreed with a colleague.',
      '',
      '**Me:** Last spring my co-lead wanted to drop the weekly quiz and I thought the pupils needed it, so I suggested we ' +
        'each try our way for one half term with our own class.',
      '',
      '**Priya:** And what happened?',
      '',
      '**Me:** My class averaged 18 out of 25 and hers 17, so we kept the quiz and dropped the wall chart.',
      '',
      '**Priya:** Thanks. Now tell me about a time something you owned did not go well.',
      '',
      '**Me:** I ran the Year 6 residential booking and missed the deposit date, so we lost the first-choice centre and ' +
        'went to one an hour further away.',
      '',
      '*Notes after:*',
      '- Priya: "what would you do differently?" I had nothing ready.',
      '- slow down',
    );
    assert.deepEqual(shape(text), ['3: situation result', '11: action result']);
    const { doc, asides } = read(text);
    assert.deepEqual(
      asides.filter((a) => a.startsWith('interviewer')),
      ['interviewer@3', 'interviewer@7', 'interviewer@11'],
    );
    assert.equal(doc.storyOf(1).title, 'Thanks. Now tell me about a time something you owned did not go well.');
    const said = doc.stories.flatMap((st) => st.sentences.map((x) => x.text));
    assert.ok(!said.some((x) => x.includes('Priya')), `the interviewer's words are no story text: ${said.join(' | ')}`);
  });

  it('a "Question:" line under a story\'s title, over its STAR labels, is the question it answers, not a transcript', () => {
    const text = lines(
      '# Conflict with engineering about escalations',
      '',
      'Question: "Tell me about a conflict with another team" / also works for Customer Obsession',
      '',
      '**S/T:** The calendar team took a week to answer escalations and the clinics were waiting for fixes.',
      '',
      '**A:**',
      '- I made an escalation template with steps to reproduce.',
      '- I set up a weekly review with the engineering manager.',
      '',
      '**R:**',
      '- escalations per month went from 70 to 45',
    );
    assert.deepEqual(shape(text), ['1: situation+task action result']);
    assert.deepEqual(read(text).asides, ['interviewer@3']);
  });

  it("an italic note of two sentences under a story's heading is a note, not the story's title", () => {
    const text = lines(
      '# Draft 1 — "Tell me about a time you simplified a complex process"',
      '_Sent to Marta (coach) 14 Feb. Her comments in brackets, mine in italics._',
      '',
      '## Situation',
      'Our two warehouses each kept their own safety stock sheet, and the numbers never matched.',
      '',
      '## Action',
      'I merged the two sheets into one model with a single service-level target per product family.',
      '',
      '## Result',
      'Safety stock fell from £2.1M to £1.6M with no drop in fill rate.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
    assert.equal(read(text).doc.storyOf(0).title, 'Draft 1 — "Tell me about a time you simplified a complex process"');
  });

  it('a bold question of two sentences over a story is still its title', () => {
    const text = lines(
      '**Tell me about a time you missed a deadline. What did you learn?**',
      '',
      '**Situation:** The quarter-end pack was due to the board on the 5th, and the data feed from sales was three days late.',
      '',
      '**Action:** I built the pack from the last good extract and flagged the three numbers that would move.',
      '',
      '**Result:** The pack went out two days late. Since then I build the pack from a frozen extract on the 1st.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
    assert.equal(read(text).doc.storyOf(0).title, 'Tell me about a time you missed a deadline. What did you learn?');
  });

  it("a newsletter's footer after its last story is a note, not part of the story", () => {
    const text = lines(
      '## Story one: the Tuesday readers',
      '',
      'I set up a Tuesday reading club for six pupils who were two years behind, and by June four of them were reading at age.',
      '',
      '*You are receiving this because you signed up at a TeachMeet. Unsubscribe any time.*',
    );
    assert.deepEqual(shape(text), ['1: action result']);
    assert.ok(read(text).asides.includes('notes@5'), read(text).asides.join(', '));
  });

  it('a name labelling lines with no "Me:" answers beside it, or asking nothing, is no interviewer', () => {
    const coach = lines(
      '## Depot collections',
      '',
      '**Situation:** At the depot we missed about 9 collections a month because late changes never reached the drivers.',
      '',
      "**Action:** I moved the route sheets to the drivers' phones and set a 5 am cut-off for changes.",
      '',
      '**Result:** Missed collections went from 9 a month to 2.',
      '',
      'Marta: good, but what did the drivers think of it?',
      '',
      'Marta: and say how long it took.',
    );
    assert.deepEqual(shape(coach), ['1: situation action result']);
    assert.ok(!read(coach).asides.some((a) => a.startsWith('interviewer')));
  });

  it('a table with one story per row and STAR parts as columns reads each row as a story, titled by its first cell', () => {
    const titled = lines(
      '# STAR matrix',
      '',
      '| Question | Situation | Task | Action | Result | Principles |',
      '| --- | --- | --- | --- | --- | --- |',
      '| A time you failed | The bank export failed 3 nights running. | I owned it. | I added a check. | None in 9 months. | Ownership |',
      '| A disagreement | My lead wanted a Go rewrite. | Decide whether to back it. | I profiled it. | p95 2.1 s → 0.3 s. | Dive Deep |',
    );
    assert.deepEqual(shape(titled), ['5: situation task action result', '6: situation task action result']);
    assert.ok(read(titled).asides.includes('collection-title@1'), `the H1 names the collection: ${read(titled).asides}`);
    const said = read(titled)
      .doc.storyOf(0)
      .sentences.map((x) => x.text);
    assert.ok(!said.some((x) => x.includes('Ownership')), `a principles column is no story text: ${said.join(' | ')}`);
    const untitled = lines(
      '| Situation | Action | Result |',
      '| --- | --- | --- |',
      '| The bank export failed three nights running. | I added a row-count check. | No failure in 9 months. |',
      '| My lead wanted a rewrite in Go. | I profiled first and fixed one query. | p95 2.1 s → 300 ms. |',
    );
    assert.equal(shape(untitled).length, 2, `two stories: ${shape(untitled)}`);
    // A bank of many rows, past the size where a paragraph is read as plain text, is still read row by row.
    const rows = Array.from(
      { length: 150 },
      (_, i) => `| Story ${i} | The export failed on night ${i}. | I added a check. | None since. |`,
    );
    const long = lines('# Bank', '', '| Question | Situation | Action | Result |', '| --- | --- | --- | --- |', ...rows);
    assert.ok(long.length > 8 * 1024, 'longer than a paragraph parsed as Markdown');
    assert.equal(shape(long).length, 150);
    assert.equal(shape(long)[149], '154: situation action result');
    // One STAR word among the headers is a table of figures, read as before.
    const figures = lines(
      '## Checkout',
      '',
      '**Situation:** Checkout was slow.',
      '',
      '**Result:**',
      '',
      '| Metric | Before | Result |',
      '| --- | --- | --- |',
      '| p95 | 2.1 s | 300 ms |',
    );
    assert.deepEqual(shape(figures), ['1: situation result']);
  });

  it('"Follow-ups to expect:" with its list, and a checklist left in a draft, are the writer\'s notes, not the story', () => {
    const text = lines(
      '## The overbooked wedding weekend',
      '',
      '**Situation:** We had double-booked the ballroom for two weddings on the same Saturday.',
      '',
      '**Action:** I moved one reception to the garden pavilion with a marquee we paid for.',
      '',
      '- [ ] add what the marquee cost',
      '',
      '**Result:** Both weddings went ahead, and the couple we moved booked their anniversary with us.',
      '',
      'Follow-ups to expect:',
      '- How did the double booking happen?',
      '- What changed in the booking system afterwards?',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
    assert.deepEqual(
      read(text).asides.filter((a) => a.startsWith('notes')),
      ['notes@7', 'notes@11', 'notes@12', 'notes@13'],
    );
    // In bold, or as a heading beside the sections, it opens notes too.
    for (const opener of ['**Follow-ups to expect:**', '### Follow-ups']) {
      const told = lines(
        '## Depot cover',
        '',
        '### Situation',
        '',
        'We were six drivers short.',
        '',
        '### Result',
        '',
        'Missed runs fell from 9 to 2.',
        '',
        opener,
        '',
        '- How did you pick the drivers?',
        '- What did it cost?',
      );
      assert.deepEqual(shape(told), ['1: situation result'], opener);
      assert.deepEqual(
        read(told).asides.filter((a) => a.startsWith('notes')),
        ['notes@11', 'notes@13', 'notes@14'],
        opener,
      );
    }
    // A list after a label is the story's: only a notes line opens notes.
    const steps = lines(
      '## Rota',
      '',
      '**Action:**',
      '- I moved the rota to a shared sheet.',
      '',
      '**Result:** Missed shifts fell from 9 to 2.',
    );
    assert.deepEqual(shape(steps), ['1: action result']);
    assert.deepEqual(read(steps).asides, []);
  });

  it('a question in a bold line over STAR labels titles a structured story; over an answer it is the interviewer asking', () => {
    const labelled = lines(
      '**Q2: Process improvement: the rota sheet**',
      '',
      '**Situation:** The rotas for three restaurants were done on paper every week.',
      '',
      '**Task:** My manager asked me to sort it out before the summer.',
      '',
      "**Action:** I built the rota in a shared sheet that totals everyone's hours.",
      '',
      '**Result:** Rota time fell from 4 hours a week to 1.',
    );
    assert.deepEqual(shape(labelled), ['1: situation task action result']);
    const asked = lines(
      '**Q: Tell me about a time you improved a process.**',
      '',
      '**A:** The rotas for three restaurants were done on paper, so I built a shared sheet and rota time fell by 3 hours.',
    );
    assert.deepEqual(shape(asked), ['1: action result']);
  });

  it('one bold word over an interview question, the competency asked about, titles the story; under a story heading it does not', () => {
    const answer = (over: string) =>
      lines(
        ...over.split('\n'),
        '',
        'Interviewer: Tell me about a time you led something.',
        '',
        'Me: I was treasurer of the climbing society and ran the budget for 40 members.',
        '',
        'Interviewer: What did you learn?',
        '',
        'Me: I now publish the accounts every month, not once a year.',
      );
    assert.deepEqual(shape(answer('**Leadership**')), ['1: situation learning']);
    // Under a session's H1, the same.
    assert.deepEqual(shape(answer('# Assessment centre, from memory\n\n**Leadership**')), ['3: situation learning']);
    // Under the story's own heading the heading titles it.
    assert.deepEqual(shape(answer('## The climbing society\n\n**Leadership**')), ['1: situation learning']);
  });

  it('a published post: its opening, numbered answers, notes sections, verdicts and sign-offs around the stories', () => {
    const text = lines(
      '# Feedback wanted: my answers for the loop next week',
      '',
      'Hi all, I would love blunt feedback on three answers I have drafted for the behavioural round.',
      'Background: five years in retail banking, two in product.',
      '',
      '---',
      '',
      '**Answer 1: "Tell me about a time you disagreed with engineering."**',
      '',
      '**Situation:** Onboarding had nine screens and half of new users dropped off.',
      '',
      '**Action:** I proposed cutting to two screens and tested both flows with 40 users.',
      '',
      '**Result:** Completion went from 38% to 47% in five weeks.',
      '',
      '---',
      '',
      "My coach's verdict: the first draft could be anybody's.",
      '',
      '---',
      '',
      "## Dev's notes (paraphrased)",
      '',
      '- You said we thirty times and I four times.',
      '- Count the ums, then write the story down.',
      '',
      '**How I use this doc**',
      '',
      '- One story per question type, with bold labels so I can find my place.',
      '',
      '*Next week: the conflict story and why my first draft was a disaster. Leave a comment if you want me to look at yours.*',
    );
    assert.deepEqual(shape(text), ['8: situation action result']);
    const { asides } = read(text);
    for (const kind of ['intro@3', 'notes@18', 'notes@31']) assert.ok(asides.includes(kind), `${kind} not among ${asides.join(' ')}`);
  });

  it('a transcript followed by a reviewer note, and a bold list of the questions being prepared', () => {
    const text = lines(
      '**Questions I’m preparing for**',
      '',
      '1. Tell me about a time you turned around an unhappy customer.',
      '2. Tell me about a time you improved a process.',
      '',
      'Q: Tell me about the most difficult customer you have dealt with.',
      '',
      'A: This was at the hotel. A client was furious about their rooms, so I rebooked all forty guests at a partner hotel by 6 pm.',
      '',
      '---',
      '',
      'Gemma’s notes: "The bit about checking supplier bookings the day before is gold, lead with that habit, not the drama. Count them."',
    );
    assert.deepEqual(shape(text), ['6: action result']);
    const { asides } = read(text);
    assert.ok(asides.includes('notes@12'), asides.join(' '));
  });

  it("a post's byline in italics or bold is no story title: the post's title and opening stay its intro", () => {
    for (const byline of ['*Posted by Dana Okafor-Lind · 8 min read*', '**Posted in "Interview Prep" by forklift_philosopher**']) {
      const text = lines(
        '# The stories that got me the job (part 2)',
        '',
        byline,
        '',
        'A few of you asked what I actually said in the loop, so here are two of the stories, with what I would change now.',
        '',
        '## Retiring the token service',
        '',
        '**Situation:** Six teams called a token service that paged us weekly.',
        '',
        '**Action:** I mapped every caller and moved them to the new gateway in four weeks.',
        '',
        '**Result:** Pages fell from six a month to none.',
      );
      assert.deepEqual(shape(text), ['7: situation action result'], byline);
      const { asides } = read(text);
      assert.ok(asides.includes('collection-title@1') && asides.includes('intro@3'), asides.join(' '));
    }
  });

  it('interview transcripts: an opening question and its follow-ups are one story; the interviewer is never the story', () => {
    const text = lines(
      '# Mock with Sam',
      '',
      'Q: Tell me about a time you missed a deadline.',
      '',
      'A: Um, so our billing migration was due in March and I had planned it for one weekend.',
      '',
      'Q: What did you do?',
      '',
      'A: I split the move into four batches and ran each one on a weeknight.',
      '',
      'Q: What was the result?',
      '',
      'A: We finished two weeks late but with no failed invoices.',
      '',
      'Q: Okay, a different one. Tell me about a time you helped a customer.',
      '',
      'A: A florist chain could not reconcile payouts, so I built them a daily export.',
    );
    assert.deepEqual(shape(text), ['3: situation action result', '15: action result']);
    const { doc, asides } = read(text);
    assert.ok(asides.includes('collection-title@1'));
    for (const s of doc.stories)
      for (const x of s.sentences) assert.doesNotMatch(x.text, /What did you do|What was the result|Tell me about/);
    assert.equal(doc.stories[0].title, 'Tell me about a time you missed a deadline.');
  });

  it('interview transcripts: "different question" and "tell me about someone …" open a new story; "one last question" follows up', () => {
    const text = lines(
      'Interviewer: Tell me about a hire that did not work out.',
      '',
      'Me: I hired a backend engineer whose code needed constant review, and after four months I let him go.',
      '',
      'Interviewer: One last question on that. What would you change?',
      '',
      'Me: I now run a paired coding session with every backend candidate before an offer.',
      '',
      'Interviewer: Okay. Different question: how do you grow the people on your team?',
      '',
      'Me: I coached a graduate through her first on-call rota, and she led the rota a year later.',
      '',
      'Interviewer: Tell me about someone who pushed back on you.',
      '',
      'Me: Our finance lead disagreed with my hiring plan, so I rebuilt it with her numbers.',
    );
    const { doc } = read(text);
    assert.deepEqual(
      doc.stories.map((s) => s.title),
      [
        'Tell me about a hire that did not work out.',
        'Okay. Different question: how do you grow the people on your team?',
        'Tell me about someone who pushed back on you.',
      ],
    );
  });

  it("interview transcripts: a coach's notes after the answers, on one line with their label, are no part of the story", () => {
    const text = lines(
      '# Practice round 2',
      '',
      '> **Q:** Tell me about a time something you changed at work went wrong.',
      '>',
      '> **A:** My overtime spreadsheet counted bank holiday hours twice, and 14 people were overpaid £2,400 in all.',
      '>',
      '> **Q:** What did you do next?',
      '>',
      '> **A:** I told my supervisor the same day, fixed the formula and wrote to each of the 14 people.',
      '',
      "Dana's notes: much calmer this time. Maybe lead with the time saving.",
    );
    const { doc, asides } = read(text);
    assert.ok(asides.includes('notes@11'), asides.join(' '));
    assert.equal(doc.stories.length, 1);
    for (const s of doc.stories[0].sentences) assert.doesNotMatch(s.text, /calmer|Maybe/);
  });

  it('transcripts with bold speakers in a blockquote, one heading per question', () => {
    const text = lines(
      '## Tell me about a time you went above and beyond',
      '',
      '> **Interviewer:** Tell me about a time you went above and beyond.',
      '>',
      '> **Me:** Our clinic app had no export, so I built one over a weekend for the 12 clinic managers.',
      '>',
      '> **Interviewer:** How did it go?',
      '>',
      '> **Me:** They used it every week, and support tickets about exports fell to zero.',
    );
    assert.deepEqual(shape(text), ['1: situation result']);
  });

  it('note form: arrows, brackets and fragments without verbs', () => {
    const text = lines(
      '## Checkout p99',
      '',
      '**S:** p99 850 ms, Black Friday in 6 weeks',
      '',
      '**A:** profiled → 2 blocking calls → async',
      '',
      '**R:** p99 850 ms → 300 ms (-65%)',
    );
    const { doc } = read(text);
    assert.deepEqual(shape(text), ['1: situation action result']);
    assert.equal(doc.stories[0].sections[2].sentences[0].pairs.length, 1);
  });

  it('labelled note lines written as one paragraph', () => {
    const text = lines(
      '**Angry customer at the pharmacy counter**',
      '',
      'S: Saturday, queue of 20.',
      'A: Calmed him down, phoned his GP.',
      'R: Sorted in 10 minutes.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
  });

  it('a file that mixes formats under one H1 reads each H2 on its own', () => {
    const text = lines(
      '# Loop prep',
      '',
      '## Checkout',
      '',
      '### Situation',
      '',
      'Slow.',
      '',
      '### Action',
      '',
      'I fixed it.',
      '',
      '### Result',
      '',
      '40% faster.',
      '',
      '## The time I disagreed with my manager about the launch plan',
      '',
      'My manager wanted to launch in all regions at once, and I thought the risk was too high for our payments partner.',
      '',
      'I proposed a two-region pilot and we found two bugs there before the full launch.',
    );
    assert.deepEqual(shape(text), ['3: situation action result', '17: situation action result']);
  });
  it('a heading beside the section headings stays in the story, and a learning heading in other words is the Learning', () => {
    const text = lines(
      '## Migration lock',
      '',
      '### Situation',
      '',
      'Checkout locked up.',
      '',
      '### Action',
      '',
      'I ran the migration at noon.',
      '',
      '### Result',
      '',
      '14 minutes of failed checkouts.',
      '',
      '### What I changed afterwards',
      '',
      'I now run migrations outside peak hours.',
      '',
      '### Follow-up questions I got',
      '',
      'Why noon?',
    );
    assert.deepEqual(shape(text), ['1: situation action result learning']);
  });

  it('a forum post: a bold title and a note about the stories below are no story', () => {
    const text = lines(
      '**Re: which stories did you use in your loop?**',
      '',
      'Got the offer last month, so paying it forward. Two of my stories are below, roughly as they were in my prep notes.',
      '',
      '---',
      '',
      '**Tell me about a time you went above and beyond**',
      '',
      'Situation — 260 tickets a day after a code update.',
      '',
      'Action — I wrote a workaround guide and emailed 612 clinics.',
      '',
      'Result — tickets fell to 70 a day within six days.',
    );
    assert.deepEqual(shape(text), ['7: situation action result']);
    assert.deepEqual(read(text).asides.slice(0, 2), ['collection-title@1', 'intro@3']);
  });

  it('letters joined in one label ("S/T", "A & R"), and a dashed letter whose text is a nested list', () => {
    assert.deepEqual(
      shape(lines('## Late hampers', '', '**S/T:** Hampers late, and mine to fix.', '', '**A:** I set up a rota.', '', '**R:** 300 out.')),
      ['1: situation+task action result'],
    );
    const notes = lines(
      '# Peak 2023: notes for panel',
      '',
      '1. **Supplier file change**',
      '   1. S — Mercer changed their ASN file without notice on 2 Oct.',
      '   2. T — mine as inbound data owner: stop bad receipts before peak.',
      '   3. A —',
      '      - mapped the new format myself in one day with IT',
      '      - added a schema check before every import',
      '   4. R — 0 lost units; the check caught 2 more changes in Nov.',
    );
    // The bold list item over the labels is the story's title; the H1 over it the collection's.
    assert.deepEqual(shape(notes), ['3: situation task action result']);
    assert.deepEqual(read(notes).asides, ['collection-title@1']);
  });

  it("a forum post titled with the question: its opening and sign-off are no story, and the title is the answer's", () => {
    const text = lines(
      '# [Feedback please] My STAR answer for "Tell me about a time you led a team"',
      '',
      "Hi all, long-time lurker, first post. I've got a second-round interview next Thursday. I've written my answer out " +
        'below using STAR. Please be honest, does it sound OK?',
      '',
      '---',
      '',
      '**S/T:** Last December our food bank needed to pack Christmas hampers for 300 families.',
      '',
      '**A:** I set up a packing rota over two weekends and briefed 40 volunteers.',
      '',
      '**R:** Every hamper went out by 22 December.',
      '',
      '---',
      '',
      "Any thoughts? Should I put more numbers in? I honestly don't know how many drivers we had, maybe around 20?",
      '',
      'Thanks so much in advance,',
      'Bev',
    );
    assert.deepEqual(shape(text), ['1: situation+task action result']);
    assert.deepEqual(
      read(text).asides.filter((a) => !a.startsWith('separator')),
      ['intro@3', 'notes@15', 'notes@17'],
    );
  });

  it("a career-changer's blog post: its series line, opening, mentor's verdict and advice are no story", () => {
    const text = lines(
      '# How I prepared my failure story',
      '',
      '*From the classroom to data analytics, part 4*',
      '',
      'I taught English for nine years before I retrained. When I started interviewing, the question I dreaded most was ' +
        '"Tell me about a time you failed." Below is my first draft, then the version I used.',
      '',
      '## The first draft',
      '',
      '**Tell me about a time you failed.**',
      '',
      'In 2021 I ran a reading intervention for Year 8 that did not work out. I set it up for the pupils who were ' +
        'behind, but the sixth-form mentors stopped turning up and the results were disappointing.',
      '',
      '## What my mentor said',
      '',
      'I read this out to a mentor who has hired a lot of juniors. She asked me how many pupils, how far behind, and ' +
        'what I would do differently, and I could not answer any of it, so I went back to my markbook.',
      '',
      '## The version I used',
      '',
      '**Situation:** 41 of our 180 Year 8 pupils read two years below their age.',
      '',
      '**Action:** I chose paired reading over a £3,200 phonics package and trained 20 mentors.',
      '',
      '**Result:** The 41 gained 11 months on average, short of the 18 I aimed for.',
      '',
      "## A few things I'd pass on",
      '',
      '- Go and find the real numbers.',
      '- If your draft has a villain, read it again.',
    );
    assert.deepEqual(shape(text), ['9: action result', '17: situation action result']);
    assert.ok(read(text).asides.includes('intro@3'), 'the series line is part of the opening');
    assert.ok(read(text).asides.includes('notes@15'), "the mentor's verdict is a note");
    assert.ok(read(text).asides.includes('notes@25'), 'the advice is a note');
  });

  it('a prep doc lists the questions it expects: that list is no story', () => {
    const text = lines(
      '# Onsite prep: Senior PM',
      '',
      '## Questions I expect (and which story I will use)',
      '',
      '1. Tell me about a time you used data to change a plan. → Substitutions',
      '2. Tell me about a launch that did not go to plan. → Seller payouts',
      '3. Tell me about a time you disagreed with a peer and committed anyway. → Ratings gate',
      '',
      '## Substitutions',
      '',
      '**Situation:** Shoppers rejected 14% of substituted items.',
      '',
      '**Action:** I rebuilt the substitution screen with a "Don\'t substitute" option.',
      '',
      '**Result:** Rejections fell to 6% in eight weeks.',
    );
    assert.deepEqual(shape(text), ['9: situation action result']);
  });

  it('a recorded mock interview with timestamps: small talk is no story, and "What was the hardest part?" follows up', () => {
    const text = lines(
      '# Mock interview #3 (recorded 2 May)',
      '',
      "[00:00] Interviewer: Okay, recording's on. Two questions, then feedback. Ready?",
      '',
      '[00:04] Me: Ready.',
      '',
      '[00:06] Interviewer: Tell me about a time your analysis changed a business decision.',
      '',
      '[00:11] Me: At a meal-kit company I joined the exit survey to delivery logs and found late deliveries drove churn.',
      '',
      '[01:48] Me: After twelve weeks, churn in the pilot cities went from 27% to 22%.',
      '',
      '[02:52] Interviewer: Great. Second one. Tell me about a time you worked with an ambiguous request.',
      '',
      '[02:58] Me: Marketing asked for "a dashboard for the campaigns", so I interviewed four of them first.',
      '',
      '[03:54] Interviewer: What was the hardest part?',
      '',
      '[03:56] Me: Getting everyone to agree on what a conversion is. We went with the one finance used.',
    );
    assert.deepEqual(shape(text), ['7: situation action result', '13: situation action result']);
    assert.ok(read(text).asides.includes('notes@5'), 'the small talk is a note');
  });

  it("a Medium-style post: the standfirst between the title and the byline is the post's opening", () => {
    const text = lines(
      "# I Lost a $412K Renewal. It's Still the First Story I Tell in Interviews.",
      '',
      '*Two deals, one loss and one win, and how I turn them into answers hiring managers remember*',
      '',
      '[Darnell Okoye](https://medium.com/@darnell) · Follow',
      '7 min read · Apr 3, 2024',
      '',
      '---',
      '',
      "I've been on both sides of the sales interview table for about eleven years. Here are the two stories I use.",
      '',
      '## The loss: Halvorsen Health',
      '',
      '**Situation:** I managed our account with a network of 14 clinics.',
      '',
      '**Action:** I ran the renewal and brought in our product lead twice.',
      '',
      '**Result:** They moved to a competitor at renewal.',
    );
    assert.deepEqual(shape(text), ['12: situation action result']);
    assert.ok(read(text).asides.includes('intro@3'), 'the standfirst is part of the opening');
  });

  it("a prep repository's README: how the writer practises and what is still to do are notes", () => {
    const text = lines(
      '# behavioral-prep',
      '',
      'Personal repo for the behavioral half of my senior backend loops.',
      '',
      '## How I practise',
      '',
      '1. Read the question, close the file, answer out loud, record it on my phone.',
      '2. Compare the recording against the file and cut anything that is not in it.',
      '3. Every number needs a "from what" and a "how did you measure it".',
      '',
      '## Still to do',
      '',
      '- [ ] re-time #2 and #4 before Thursday',
      '- [ ] second conflict story (backup for #3)',
    );
    assert.deepEqual(shape(text), []);
  });

  it('a "Me:" line under a Task heading, with no interviewer anywhere, is the writer\'s note on their role, not a transcript', () => {
    const text = lines(
      '# Q: a call you made with incomplete info: Scotland pallets',
      '',
      '## Situation',
      'Pallet deliveries to Scottish postcodes failed first time all winter, and the old network gave us no failure reasons.',
      '',
      '## Task',
      'Me: transport planner for the north. Sort the Scotland lane before spring.',
      '',
      '## Action',
      '- moved all Scottish postcodes to a different pallet network from 1 March',
      '- made tail-lift booking mandatory on every site delivery',
      '',
      '## Result',
      'First-time deliveries went from 71% to 93% by April.',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
  });

  it('a bold letter label qualified in brackets ("**R (Apr\u2013Sept avg):**") is the section, not a new story\'s title', () => {
    const text = lines(
      '# Failed-to-attend rate',
      '',
      '**S:** 6 surgeries, about 9,400 patients, and 11.2% of booked appointments missed.',
      '',
      '**A:** I set up two-way SMS reminders and a short-notice list of 120 patients.',
      '',
      '**R (Apr\u2013Sept avg):**',
      '- missed appointments 11.2% \u2192 6.1%',
      '- lost chair time 38 \u2192 21 hours a month',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
  });

  it('free prose closing on a short paragraph that names what the story shows: that paragraph and the one before are the Result', () => {
    const story = (close: string, before = 'Activation went from 22% to 31% in the quarter after launch.') =>
      lines(
        '# Simplifying workspace onboarding',
        '',
        'Activation for new workspaces had sat at 22% for most of the year.',
        '',
        'I interviewed twelve admins, cut the setup wizard from seven steps to two and moved invites to the first screen.',
        '',
        before,
        '',
        close,
      );
    const resultOf = (text: string) =>
      read(text)
        .doc.stories[0].sentences.filter((x) => x.part === 'result')
        .map((x) => x.text.slice(0, 10));
    const coda = story('For me this is a good Invent and Simplify story, because it made things simpler for the user.');
    assert.equal(read(coda).doc.stories[0].sections.filter((x) => x.kind === 'result').length, 1);
    assert.deepEqual(resultOf(coda), ['Activation', 'For me thi']);
    // A short closing paragraph that tells what happened next, after a longer one, is too short to be the whole Result: the
    // paragraph before it is read with it. A closing paragraph no shorter than the one before is the Result alone.
    const disappointing = 'It was disappointing for everyone, and the pilot ended in June.';
    assert.deepEqual(
      resultOf(
        story(
          disappointing,
          'Activation went from 22% to 31% in the quarter after launch, and support tickets about setup fell from 40 a week to 9.',
        ),
      ),
      ['Activation', 'It was dis'],
    );
    assert.deepEqual(resultOf(story(disappointing, 'Activation went from 22% to 31% after launch.')), ['It was dis']);
  });

  it("a page of answer drafts: its heading a collection title, a friend's comments and a to-do line under the answer are notes", () => {
    const text = lines(
      '# Graduate scheme: answer drafts',
      '',
      'Drafting one answer per principle before the assessment day. First one below, with comments from Ama.',
      '',
      '> **Q:** Tell me about a time you went above and beyond for a customer.',
      '>',
      '> **A:** A retired teacher came in three times about a card that kept being declined abroad, and each time she was sent ' +
        'to a different desk. I took her case myself, rang the fraud team with her at the counter and had the block lifted in ' +
        '20 minutes. I wrote her a one-page note of which number to call from abroad, and she used it on her next trip.',
      '',
      "Ama's comments:",
      '- "Good story, but say what the bank learned from it."',
      '',
      'To do: draft Dive Deep and Ownership by Sunday.',
    );
    const { asides } = read(text);
    assert.deepEqual(shape(text), ['5: action result']);
    for (const line of ['collection-title@1', 'notes@9', 'notes@10', 'notes@12'])
      assert.ok(asides.includes(line), `${line} in ${asides.join(' ')}`);
  });

  it('a section name followed by an arrow, as notes write it ("result \u2192 patch sorted it"), is the section', () => {
    const text = lines(
      '## launch day save bug',
      '',
      'context \u2192 my first Steam release, 1,200 players on day one',
      'action \u2192 I rolled back the save format within 3 hours and posted a fix note',
      'result -> 40 refund requests, down to 6 after the patch',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
    // An arrow in a line that opens on no section name is no label.
    const rollout = (sep: string) => shape(lines('## Rollout', '', `Staging ${sep} canary ${sep} everyone, over two weeks in May.`));
    assert.deepEqual(rollout('\u2192'), rollout('then'));
  });

  it('a letter label qualified after a spaced slash ("**R / what changed:**") is the section; a slash in a sentence is none', () => {
    const text = lines(
      '## Belt loader sign-off',
      '',
      '- **S:** Short-staffed summer and five new ramp agents to sign off.',
      '- **T:** Get new starters productive without cutting safety.',
      '- **A:** I wrote a competency board and took the loader myself when short.',
      '- **R / what changed:**',
      '  - Loader contact incidents: 3 in the 9 months before, 0 in the 9 months after.',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
    const prose = lines(
      '## Belt loader sign-off',
      '',
      '**S:** Short-staffed summer and five new ramp agents to sign off.',
      '',
      '**A:** I wrote a competency board and took the loader myself when short.',
      '',
      '**R / what changed and why it mattered to the airline and to every one of us on the ramp:**',
    );
    assert.deepEqual(shape(prose), ['1: situation action']);
  });

  it('a plain letter label qualified in brackets or after a spaced slash ("- A (what happened, then what I did):") is the section', () => {
    const text = lines(
      '## Capsize in February',
      '',
      '- S: Novice four out on a Sunday morning; the river had been on yellow board the day before.',
      '- T: As duty captain, the go or no-go call was mine.',
      '- A (what happened, then what I did):',
      '  - I did not check the board that morning and sent the crew out.',
      '  - I wrote the incident report myself that afternoon.',
      '- R: No lasting injuries; the novice squad was suspended for 2 weeks.',
      '- L / what changed:',
      '  - I check conditions at the moment I make the call, never from memory.',
    );
    assert.deepEqual(shape(text), ['1: situation task action result learning']);
    // A bracket in a sentence that opens on "A" and goes on with a word is no label: read as the same prose without it.
    const prose = (a: string) =>
      shape(lines('## Capsize', '', `${a} cold morning on the river: we went out anyway and two rowers went in.`));
    assert.deepEqual(prose('A (very)'), prose('A very'));
  });

  it('a short "Me:" line under a collection title, with no interviewer, is an intro on the writer, not a story', () => {
    const text = lines(
      '# Interview stories: notes',
      '',
      'Me: own an online bookshop since 2018. Secondhand and some new. Me plus one part-timer.',
      '',
      '## Courier switch',
      '- S: parcels going missing, customers emailing every week.',
      '- A: moved everything to a new courier from September, daily collection at 4pm.',
      '- R: lost parcels down from 9 a month to 1.',
    );
    const { asides } = read(text);
    assert.deepEqual(shape(text), ['5: situation action result']);
    assert.ok(asides.includes('collection-title@1') && asides.includes('intro@3'), asides.join(' '));
  });

  it('a "Me:" answer under a heading that has an interviewer\'s question is still the answer', () => {
    const text = lines(
      '# Mock interview',
      '',
      'Interviewer: Tell me about a time you fixed a process.',
      '',
      'Me: I moved our parcels to a new courier, and lost parcels fell from 9 a month to 1.',
      '',
      '## Notes after',
      '- slow down at the start',
    );
    assert.equal(read(text).doc.stories.length, 1);
  });

  it('a heading naming the writer\'s own notes ("### my notes after", "## My quick notes") is no story of its own', () => {
    for (const heading of ['### my notes after', '## My quick notes']) {
      const text = lines(
        '# Mock interview',
        '',
        'Interviewer: Tell me about a time you fixed a process.',
        '',
        'Me: I moved our parcels to a new courier, and lost parcels fell from 9 a month to 1.',
        '',
        '---',
        '',
        heading,
        '- far too many ums, she counted fourteen of them in the first two minutes and I did not notice any',
        '- get the real numbers for the winter months before next time: lost parcels per month, refunds, calls',
        '- she wants me to say what one lost parcel costs us, and what the new courier charges per drop',
        '- redo the whole answer next week with the numbers in it',
      );
      assert.equal(read(text).doc.stories.length, 1, heading);
    }
  });

  it('a transcript of "Me:" answers to an interviewer is still a transcript, STAR labels and all', () => {
    const text = lines(
      '## Mock interview',
      '',
      'Interviewer: Tell me about a time you fixed a process.',
      '',
      'Me: Situation: our pallet deliveries to Scotland failed first time all winter.',
      '',
      'Me: Action: I moved the postcodes to a different network. Result: first-time deliveries went from 71% to 93%.',
    );
    assert.ok(read(text).asides.includes('interviewer@3'), "the question is the interviewer's");
  });

  it('a closing paragraph that opens on what the writer kept from it ("What I kept from it: …") is the Learning', () => {
    for (const opening of ['What I kept from it:', 'What I do differently now:']) {
      const text = lines(
        '## The haulage segment',
        '',
        'I was given the weakest segment on the team, regional hauliers, with a reply rate under 2%.',
        '',
        "I listened to the calls that had turned into pilots and rewrote my first emails around each operator's own record.",
        '',
        'Replies rose to 5.4% against 1.7% for the template, and I booked 23 meetings in Q3, up from 9.',
        '',
        `${opening} for any new segment I spend the first week on calls before I write a single email.`,
      );
      assert.deepEqual(shape(text), ['1: situation action result learning'], opening);
    }
  });

  it('a post of told answers: how each landed is a note, a closing lesson paragraph the Learning, advice to readers no story', () => {
    const text = lines(
      '# The stories I told in my interviews',
      '',
      '## 1. "Tell me about a time you failed"',
      '',
      'I ran a stock-control app for independent bike shops, with about 140 paying shops at its peak.',
      '',
      'Six weeks before our funding round closed, the lead investor pulled out.',
      '',
      'I pitched 31 funds in two months, took my own salary to zero and talked the landlord down on the lease.',
      '',
      'We closed the company in September, and every shop got its data exported before the servers went off.',
      '',
      'What I took from it is that I now keep six months of runway before I start a round, not three.',
      '',
      '*How it landed:* mixed. One interviewer asked what I would do differently about the lease.',
      '',
      "## What I'd tell another founder going into loops",
      '',
      '- Have a failure story ready, and own it.',
      '- Practise the numbers out loud.',
    );
    assert.deepEqual(shape(text), ['3: situation action result learning']);
    assert.ok(read(text).asides.includes('notes@15'), 'how the answer landed is a note');
    assert.ok(read(text).asides.includes('notes@17'), 'the advice to readers is no story');
  });

  it('a decision story under its own labels: "The decision:" and "The fix:" are its Action', () => {
    for (const label of ['The decision', 'The fix']) {
      const text = lines(
        '## Weekend surge cover',
        '',
        "**Context:** The price cap changed at four days' notice and we expected a surge of customers asking about heating.",
        '',
        `**${label}:** I opened chat with a callback over the weekend instead of full phone cover, at £19,000 against £48,000.`,
        '',
        '**Outcome:** We handled 9,400 chats with a median wait of three minutes.',
      );
      assert.deepEqual(shape(text), ['1: situation action result'], label);
    }
  });

  it('a bold "Why I think this version works better" under a told answer is a note on it, and the answer stays a story', () => {
    const text = lines(
      '# The stories I told in my interviews',
      '',
      '## "Tell me about a decision you\'d make differently"',
      '',
      'In late 2021 I hired our first salesperson to take over demos so I could get back to product work.',
      '',
      'I never watched him give a demo to a real customer before I offered him the job, and his pilots closed at half our rate.',
      '',
      'Since then, every hire I make includes a paid work sample on a real problem.',
      '',
      '**Why I think this version works better than my first draft:**',
      '',
      '- The first draft was about him. This one is about my process.',
      '- It has the numbers that made me act, and the ones that made me stop.',
      '- It ends with something I still do, not a feeling.',
    );
    assert.deepEqual(shape(text), ['3: situation action result']);
    assert.ok(read(text).asides.includes('notes@11'), 'the note on the draft is set aside');
  });

  it('voice notes typed up: each numbered or lettered note is a story, and notes about the prep stay notes', () => {
    const prose =
      'So on my shift we pick for a pharmacy chain with about 380 stores, and we were missing the 9pm cut-off on roughly one ' +
      'night in seven. I looked at four weeks of pick data and the slow part was the walking, not the pickers. I batched the ' +
      'picks by zone so nobody walked the full length of the aisles. Lines per hour on my shift went from 92 to 108 over the ' +
      'next six weeks, and we missed the cut-off once in those six weeks against six times in the six weeks before.';
    const text = lines(
      '# voice notes (typed up)',
      '',
      '**Note 1 \u2014 Tue 14 May, car park after nights, 3 min 40**',
      '',
      prose,
      '',
      '### Note B',
      '',
      prose,
      '',
      '## Notes',
      '',
      '- practise out loud, keep under 2 mins each',
    );
    assert.deepEqual(shape(text), ['3: action result', '7: action result']);
    assert.deepEqual(
      read(text).doc.stories.map((st) => st.title),
      ['Note 1 \u2014 Tue 14 May, car park after nights, 3 min 40', 'Note B'],
    );
    assert.ok(read(text).asides.includes('notes@11'), 'the closing notes are set aside');
  });

  it("a study group's page: each answer under its writer's name, a role note in brackets, and comments that are no story", () => {
    const text = lines(
      '# Interview Prep Circle — Week 4',
      '',
      'Post your answer under your name by Sunday night, aim for two minutes spoken, and leave one line on each.',
      '',
      '## Priya Raman',
      '*(payments backend, prepping for SDE II loops)*',
      '',
      '**Situation:** I am on the card-payments team at a payments company that authorises 1.2 million payments a day.',
      '',
      '**Action:** I pulled 30 days of declines and split them by reason code before replying to my manager.',
      '',
      '**Result:** Failed checkouts went from 3.1% to 1.9% over Black Friday weekend.',
      '',
      '**Comments**',
      '- 💬 **Tomás:** the three options line is the one I am stealing.',
      "- 💬 **Hannah:** If the interviewer isn't a payments person, maybe shorten the decline-ratio bit to one clause?",
      '',
      '## Tomás Ortega',
      '*(voice memo → transcript)*',
      '',
      'So, um, this was at a supermarket in Harrogate, where I was a shift supervisor for three years. My store manager wanted ' +
        'to take out two of our four staffed tills, so I asked forty regulars at the door what they used and took that to her.',
      '',
      '**Comments**',
      '- 💬 **Priya:** Nice that you asked the regulars before pushing back.',
    );
    assert.deepEqual(shape(text), ['5: situation action result', '18: situation action result']);
    const asides = read(text).asides;
    for (const a of ['notes@14', 'notes@16', 'notes@23']) assert.ok(asides.includes(a), `${a} in ${asides.join(' ')}`);
  });
});

describe('story formats: comments in italics left in a shared prep doc', () => {
  it('a reader\'s comment and a reply to it in italics, "*Tom: …*" then "*me: …*", are notes, not an answer in a transcript', () => {
    const text = lines(
      '## Q2. Tell me about a disagreement with someone outside your team',
      '',
      '**S:** I was site engineer for the main contractor on a retail park job.',
      '',
      '**T:** My job was to check and sign off every pour before the concrete was ordered.',
      '',
      '**A:** From that week, no pour went ahead without my signature on a checklist I wrote.',
      '',
      '**R:** Rejected loads fell from three a month to none.',
      '',
      '*Tom: is this a conflict story or a process story? feels like both*',
      '*me: keep as conflict for now*',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
    const asides = read(text).asides;
    for (const a of ['notes@11', 'notes@12']) assert.ok(asides.includes(a), `${a} in ${asides.join(' ')}`);
  });

  it('a bold speaker label with the answer after it, and an italic question from the interviewer, stay a transcript', () => {
    const text = lines(
      '## Mock interview',
      '',
      '*Interviewer: Tell me about a time you disagreed with a colleague.*',
      '',
      '**Me:** I disagreed with our lead planner about moving the night pick to two waves, so I ran both plans for a week and ' +
        'showed her the late trucks for each: eleven on her plan, four on mine.',
    );
    assert.deepEqual(shape(text), ['3: action result']);
  });
});

describe('story formats: a list of tips after the stories of a post', () => {
  const story = [
    '## Story 1: the culvert closure',
    '',
    '**Situation:** The council had booked a nine-night road closure for a culvert replacement under a B-road.',
    '',
    '**Action:** I priced three options with our contractor in two days and recommended precast box sections.',
    '',
    '**Result:** We reopened the road after eight nights, and the job came in 11% under budget.',
    '',
  ];
  it('a heading over tips to the reader ("Write …", "Practise …", "Don\'t …") is notes, not a story in prose', () => {
    const text = lines(
      ...story,
      '## What actually helped',
      '',
      '- **Write the story, then cut the first third.** My situations were always too long.',
      '- **Put a number in every result,** even a rough one, and say where it came from.',
      '- **Practise out loud with a timer.** Two and a half minutes is longer than it sounds.',
      "- **Don't translate your old job into fake tech words.** Explain a term in one line instead.",
      '- **Keep one failure story you can talk about calmly.** I am still working on mine.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
    assert.ok(read(text).asides.includes('notes@11'), read(text).asides.join(' '));
  });
  it('a story told in note-form bullets under its heading stays a story', () => {
    const text = lines(
      ...story,
      '## Peak 2023 at the cross-dock',
      '',
      '- Ran the night shift of 40 pickers through the November peak.',
      '- Moved the largest stores to the first wave so their trucks left on time.',
      '- Cut late trucks from 12 a week to 3 by December.',
      '- Kept the same rota into January because the pickers asked for it.',
    );
    assert.deepEqual(shape(text), ['1: situation action result', '9: action result']);
  });
});

describe('story formats: replies under a forum post', () => {
  it('from a reply\'s header on ("> **Reply from** *name* · 3 days ago", "**Reply from Steve:**"), the thread is notes', () => {
    const text = lines(
      '**Q: Tell me about a time you improved safety or quality.**',
      '',
      '**Situation:** Three near misses in two months picked amitriptyline instead of amlodipine at our branch.',
      '',
      '**Action:** I moved the two drugs to separate bays and made barcode scanning mandatory for twelve look-alike pairs.',
      '',
      '**Result:** Near misses on those pairs went from 11 in one quarter to 2 in the next.',
      '',
      '---',
      '',
      '> **Reply from** *bar_raiser_emeritus* · 3 days ago',
      '>',
      '> The second one is very good. Patients are absolutely your customers, say "patients" and they will get it. Give me a ' +
        'few days and I will write something longer on the first one for you.',
      '',
      '> **Reply from forklift_phil:** fair. reworking the first one tonight, will repost it here when it is done.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
    const asides = read(text).asides;
    for (const a of ['notes@11', 'notes@13', 'notes@15']) assert.ok(asides.includes(a), `${a} in ${asides.join(' ')}`);
  });
  it('a story sentence that opens with "Reply from the council" is still the story', () => {
    const text = lines(
      '## The planning appeal',
      '',
      'I drafted our planning appeal for the school extension after the first application was refused on parking grounds.',
      '',
      'Reply from the council came six weeks later: the appeal was upheld, and I added the parking survey to every application.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
    assert.deepEqual(read(text).asides, []);
  });
});

describe("story formats: a coach's before and after, with why the rewrite works", () => {
  it('"## Why the second version works (I think)" over a list of reasons is notes, not a story', () => {
    const text = lines(
      '## After: the feature flag ramp',
      '',
      '**Situation:** A promo-code change went to every user at once on a Friday evening.',
      '',
      '**Action:** I rolled it back within 20 minutes and refunded the 412 orders that had two codes applied.',
      '',
      '**Result:** We lost £3,100 in margin; the next two launches went out on a 5% ramp with an alert on order value.',
      '',
      '## Why the second version works (I think)',
      '',
      '- It says "I" where it was me. The first draft had no people in it at all, just a flag that turned itself on.',
      '- The numbers are in there: how many orders, how much money, what the alert saved later on.',
      '- The lesson is about something I do differently, not a slogan I picked up from a book.',
    );
    assert.deepEqual(shape(text), ['1: situation action result']);
    assert.ok(read(text).asides.includes('notes@9'), read(text).asides.join(' '));
  });
});

describe('story formats: a chat thread pasted into a story file', () => {
  it("a Slack thread: the drafts the writer posts are stories, the others' comments and the reactions are notes", () => {
    const text = lines(
      '# #sre-interview-prep, thread export',
      '',
      '**Tomasz Wilk** 10:02',
      "ok here's my incident draft, be brutal",
      '',
      '> **Situation:** Our payments gateway in eu-west started throwing 503s on a Thursday evening.',
      '>',
      '> **Action:** I moved traffic to eu-central with the weighted DNS records.',
      '>',
      '> **Result:** Errors were back under 0.1% within 12 minutes.',
      '',
      ':eyes: 2  :thinking_face: 1',
      '',
      '**Priya Raman** 10:09',
      'how long was the outage? what did merchants actually see? and what did you change afterwards, for the next one?',
      '',
      '**Tomasz Wilk** 10:21',
      'fair, let me redo it',
      '',
      '**Tomasz Wilk** 11:47',
      '> **Situation:** I am one of six SREs for a gateway that handles 2,300 card authorisations a minute at peak.',
      '>',
      '> **Action:** I failed eu-west over to eu-central in two steps, then rewrote the failover runbook as a script.',
      '>',
      '> **Result:** The next regional failover took 6 minutes instead of 47.',
    );
    assert.deepEqual(shape(text), ['6: situation action result', '21: situation action result']);
    const asides = read(text).asides;
    for (const a of ['collection-title@1', 'notes@12', 'notes@14', 'notes@15', 'notes@17', 'notes@20']) {
      assert.ok(asides.includes(a), `${a} in ${asides.join(' ')}`);
    }
  });

  it("WhatsApp: each of the writer's long messages is a draft of its own, titled by its first line; chat around them is notes", () => {
    const draft =
      'So, in my current bank we had a serious problem with nostro reconciliation. Every morning there were hundreds of ' +
      'unmatched items, and treasury could not see their position until the afternoon. The breaks rolled over from one day ' +
      'to the next, so I analysed three months of breaks.';
    const text = lines(
      '[19/06, 21:14] Chidinma Okoro: Good evening ma. Can I send you one of my answers to look at?',
      '',
      '[19/06, 21:20] Mrs Adeyemi: Evening dear. Of course, send it. Write it the way you will say it.',
      '',
      `[19/06, 21:43] Chidinma Okoro: ${draft}`,
      '',
      '[19/06, 22:03] Mrs Adeyemi: Who is "we"? I read it twice and I still do not know what you did. Say what you did and by how much.',
      '',
      `[20/06, 07:31] Chidinma Okoro: ${draft.replace('so I analysed', 'so I analysed the breaks and wrote new matching rules:')}`,
    );
    assert.deepEqual(shape(text), ['5: action result', '9: action result']);
    const asides = read(text).asides;
    for (const a of ['notes@1', 'notes@3', 'notes@7']) assert.ok(asides.includes(a), `${a} in ${asides.join(' ')}`);
  });

  it('Discord: a draft posted in two messages in a row, the second opening on the Task, is one story', () => {
    const text = lines(
      '[02-Apr-24 11:43 PM] tomek_fom',
      '**Situation**',
      'Saturday in late September, I was duty manager for our 184-room hotel, and at 4pm the house was 9 rooms oversold.',
      '',
      '[02-Apr-24 11:46 PM] tomek_fom',
      '**Task**',
      'The walk decision was mine: who gets relocated, and where, before the first flights landed.',
      '',
      '**Action**',
      'I pulled every one-night prepaid booking with no loyalty number and booked 7 of them at our sister hotel.',
      '',
      '**Result**',
      'None of the 7 complained, and two booked with us directly within the quarter.',
      '',
      '[02-Apr-24 11:58 PM] ruthie.k',
      'this is really good. the phoning them yourself bit is the strongest part, keep it in.',
    );
    assert.deepEqual(shape(text), ['2: situation task action result']);
  });

  it("a recording tool's transcript with timestamps stays a transcript, and a time in a story's sentence opens no message", () => {
    const transcript = lines(
      '[00:00:05] Interviewer: Tell me about a time you handled an outage.',
      '',
      '[00:00:12] Me: I was on call when checkout failed. I rolled back the release within 9 minutes and added a canary step.',
      '',
      '[00:01:40] Interviewer: What did you change afterwards?',
      '',
      '[00:01:45] Me: Every release now goes to 5% of traffic for 30 minutes first.',
    );
    // "What did you change afterwards?" asks for the lesson: its answer is the Learning.
    assert.deepEqual(shape(transcript), ['1: situation learning']);
    assert.ok(!read(transcript).asides.some((a) => a.startsWith('notes')), read(transcript).asides.join(' '));
    const story = lines(
      '## The Friday outage',
      '',
      '**Situation:** Checkout failed at 17:42 on a Friday, two hours before our biggest sale.',
      '',
      '**Action:** Ana Ruiz 18:05',
      'paged me, and I rolled the release back within 9 minutes.',
      '',
      '**Result:** Checkout was back by 18:14 and the sale started on time.',
    );
    assert.deepEqual(shape(story), ['1: situation action result']);
  });
});

describe('story formats: a newsletter with a standfirst under its title', () => {
  it('the standfirst in italics and the opening letter to readers are the intro, not a story', () => {
    const text = lines(
      '# Chalk Dust, Issue 12',
      '',
      '*A fortnightly-ish letter from a Year 4 classroom in Leeds.*',
      '',
      'Hello lovely people, this issue has two of my interview stories for the assistant head post. Reply and tell me which one works.',
      '',
      '## Story one: the Tuesday readers',
      '',
      '**Situation:** Eleven of the 29 children in my Year 4 class were reading below the expected standard.',
      '',
      '**Action:** I ran a 20-minute reading group every Tuesday and Thursday with the eleven, and trained two parent volunteers.',
      '',
      '**Result:** By the summer assessment, 7 of the 11 had reached the expected standard.',
    );
    assert.deepEqual(shape(text), ['7: situation action result']);
    const asides = read(text).asides;
    for (const a of ['collection-title@3', 'intro@5']) assert.ok(asides.includes(a), `${a} in ${asides.join(' ')}`);
  });
});

describe('story formats: a bullet-journal page', () => {
  it('a day of to-dos ("→ …", "✓ …", "• …") is notes; a labelled draft on the next day is a story', () => {
    const text = lines(
      '# Notebook, April',
      '',
      '**Tue 2 Apr**',
      '',
      '\u2192 Kezia probation paperwork (from Mar)',
      '\u2713 Call Harrow Court HR, interview moved to 16th',
      '\u2022 Redo complaint story (Mar 6 draft is thin)',
      '\u2605 Need a "something that did not go to plan" story for Harrow Court. The inspection, maybe?',
      '',
      '**Wed 3 Apr**',
      '',
      'Situation: In September we had our unannounced inspection, and I had been deputy for just under a year.',
      '',
      'Action: I updated all 24 care plans for my floor in the fortnight before.',
      '',
      'Result: The report rated us good in three areas of five.',
    );
    assert.deepEqual(shape(text), ['10: situation action result']);
    const asides = read(text).asides;
    assert.ok(asides.includes('notes@5') || asides.includes('intro@5'), asides.join(' '));
  });
  it("a day's log under its date, between separators, in signifier lines, is notes, not a story", () => {
    const text = lines(
      '# Notebook \u2014 March (Elm House)',
      '',
      '**Key:** \u2022 task  \u2713 done  \u2192 migrated  \u2013 note  \u2605 interview prep',
      '',
      '---',
      '',
      '**Mon 4 Mar**',
      '',
      "\u2713 Easter rota \u2014 check Dev's leave",
      "\u2192 Ring pharmacy re: Mrs Ahmed's blister packs (moved to Wed)",
      '\u2022 Fire alarm log \u2014 sign off',
      '\u2013 Deputy interview at Birch Court is 19th. Panel of 3 incl. regional lead. ' +
        'They said "competency based", so STAR. Draft tonight.',
      '',
      '**Falls on the first floor**',
      '',
      '**Situation:** We had 14 falls on the first floor in the three months before I joined, most of them at night.',
      '',
      '**Action:** I moved the night checks to every hour and put sensor mats beside the six residents most at risk.',
      '',
      '**Result:** Falls went from 14 a quarter to 4.',
    );
    assert.deepEqual(shape(text), ['14: situation action result']);
    assert.ok(read(text).asides.includes('notes@7'), read(text).asides.join(' '));
  });
  it('a note-form story whose lines open with arrows and bullets stays a story', () => {
    const text = lines(
      '## Medicines round',
      '',
      '\u2022 Old setup: paper charts and two trolleys, and the morning round took over two hours on my floor every day',
      '\u2022 I brought in electronic charts and trained all the day staff myself over two weeks',
      '\u2192 the morning round went from 2 hours 10 minutes to 1 hour 25, and missed signatures from 30 a month to 4',
    );
    assert.deepEqual(shape(text), ['1: action result']);
  });
});

describe("story formats: H2 sections under the writer's own labels below an H1 title", () => {
  it('"Where we started", "What I set out to do", "What I did", "How it went" are the sections of the H1\'s story', () => {
    const text = lines(
      '# Three deployment platforms into one',
      '',
      '## Where we started',
      '',
      'Nine teams shipped through three different deploy tools.',
      '',
      '## What I set out to do',
      '',
      'Get every service onto one deployment path in 18 months.',
      '',
      '## What I did',
      '',
      'I ran the migration team and moved 140 services.',
      '',
      '## How it went',
      '',
      'Deploys per day went from 30 to 110.',
    );
    assert.deepEqual(shape(text), ['1: situation task action result']);
  });
  it('"My part" is the Task, "What I\'d change" the lesson', () => {
    const text = lines(
      '# Failed stock audit',
      '',
      '## Background',
      '',
      'Shrinkage was 3.1%.',
      '',
      '## My part',
      '',
      'I owned the result.',
      '',
      '## What I did',
      '',
      'I went through six months of till voids.',
      '',
      '## Outcome',
      '',
      'Shrinkage fell to 1.4%.',
      '',
      "## What I'd change",
      '',
      'I would start the till review in week one.',
    );
    assert.deepEqual(shape(text), ['1: situation task action result learning']);
  });
});

describe('story formats: comments quoted under a labelled draft by the people who read it', () => {
  const draft = (...comments: string[]) =>
    lines(
      '## The late supplier invoices',
      '',
      '**Situation:** Our month-end close ran to nine working days because supplier invoices arrived by post.',
      '',
      '**Action:** I moved invoice capture onto a shared inbox and matched the top 40 suppliers to purchase orders myself.',
      '',
      '**Result:** The close now takes six days.',
      '',
      ...comments,
    );
  it('reads "> **Priya:** …" and "> **pallet_jo**: …" as notes, not as the Result', () => {
    const text = draft(
      "> **Priya:** sounds like you're blaming the post room? they WILL ask what you'd do differently.",
      '>',
      '> **pallet_jo**: +1, and what did the auditors say?',
    );
    const { doc, asides } = read(text);
    assert.deepEqual(shape(text), ['1: situation action result']);
    for (const line of ['notes@9', 'notes@11']) assert.ok(asides.includes(line), `${line} in ${asides.join(' ')}`);
    assert.deepEqual(
      doc.stories[0].sentences.filter((s) => s.part === 'result').map((s) => s.text),
      ['The close now takes six days.'],
    );
  });
  it('keeps a quoted transcript turn ("> **Me:** …") and a name outside a quote as story text', () => {
    const inQuote = read(draft('> **Me:** I also rang the ten largest suppliers to ask for e-invoices.')).doc.stories[0];
    assert.ok(inQuote.sentences.some((s) => s.text.includes('ten largest suppliers')));
    const plain = read(draft('**Priya:** the auditors signed it off with no findings.')).doc.stories[0];
    assert.ok(plain.sentences.some((s) => s.text.includes('signed it off')));
  });
});

describe('story formats: comments quoted under a prose draft', () => {
  it('reads "> **Priya:** …" after a prose story as a note, and a transcript between named people as the story', () => {
    const prose = read(
      lines(
        '## Expense reimbursements',
        '',
        'Employees waited 12 days for expenses to be paid. I moved the company onto a weekly payment run, and the wait is now 5 days.',
        '',
        '> **Priya:** love that there are numbers in this one!!',
      ),
    );
    assert.ok(prose.asides.includes('notes@5'), prose.asides.join(' '));
    const transcript = read(
      lines(
        '## Mock with Sam',
        '',
        '> **Sam:** Tell me about a time you sped something up.',
        '>',
        '> **Dana:** Employees waited 12 days for expenses. I moved us onto a weekly run, and the wait is now 5 days.',
      ),
    );
    assert.ok(
      transcript.doc.stories.some((st) => st.sentences.some((x) => x.text.includes('weekly run'))),
      'the answer stays story text',
    );
  });
});

describe('story formats: a short story between separators that shares words with talk about stories', () => {
  const second = (extra: string) =>
    lines(
      'We had complaints from Deaf patients who could not book by phone, so I set up a text line that reception answers, and ' +
        'I put a note about it on the website. Complaints about booking stopped within a month.',
      '',
      '---',
      '',
      'Another one was the practice hearing loop. A patient with hearing aids said it did not seem to work. I got someone ' +
        `out to test it and it turned out it was ${extra}broken, so we had it replaced. The reception staff check it every ` +
        'Monday now.',
    );
  it('reads the piece that tells what the writer did as a story of its own ("the practice hearing loop")', () =>
    assert.equal(shape(second('')).length, 2));
  it('still reads it as one when a fix removes two words from it', () => assert.equal(shape(second('kind of ')).length, 2));
  it('keeps a closing note that asks for feedback a note ("Should I put more numbers in?")', () => {
    const text = lines(
      '**S:** Our food bank needed hampers for 300 families. **A:** I set up a packing rota. **R:** Every hamper went out.',
      '',
      '---',
      '',
      'Any thoughts on my practice answer? Should I put more numbers in? I honestly do not know how many drivers we had, ' +
        'maybe twenty. Thanks so much in advance for any feedback.',
    );
    assert.equal(shape(text).length, 1);
  });
});
