import type { Rule } from '../rule';
import { storyStats } from '../document/stats';
import { titleRange } from '../rule';

interface Options {
  wordsPerMinute: number;
  minSeconds: number;
  maxSeconds: number;
}

export const storyLength: Rule<Options> = {
  id: 'story-length',
  meta: {
    level: 'story',
    defaultSeverity: 'information',
    summary: 'The story would take under a minute or over three minutes to tell.',
    why:
      'A behavioral answer has a time budget. Under a minute usually means the interviewer has to drag out the actions and the ' +
      'numbers one question at a time; over three minutes and they lose the thread, or cut you off before the result.',
    strong:
      'Fits in about two minutes spoken: a few sentences of context, most of the time on your actions and decisions, and a result with ' +
      'numbers. Extra detail waits for the follow-up questions.',
    example: {
      weak: 'Three sentences: the problem, "I fixed it", "it went well".',
      strong:
        'Around 250 words: one short paragraph of context, a paragraph on what you did and why, and a result with before and after ' +
        'numbers.',
    },
    followUp: 'Can you walk me through that in more detail? (too short) / Let me stop you there. What was the outcome? (too long)',
    followUps: {
      tooShort: 'Can you walk me through that in more detail? What exactly did you do, and what changed?',
      tooLong: 'Let me stop you there. What was the outcome, and what was your part in it?',
    },
    messages: {
      tooShort:
        'About {seconds} s spoken ({words} words). Aim for {min}–{max} s: add the decisions and numbers an interviewer will ask for.',
      tooLong: 'About {seconds} s spoken ({words} words), past {max} s. Cut background; keep your actions and the result.',
    },
    defaultOptions: { wordsPerMinute: 150, minSeconds: 60, maxSeconds: 180 },
    optionDocs: {
      wordsPerMinute: 'Speaking speed used to estimate time.',
      minSeconds: 'Shortest comfortable answer, in seconds.',
      maxSeconds: 'Longest comfortable answer, in seconds.',
    },
    // A speed of 0 would make every story endless, and a window with max at or below min fires on every story.
    optionBounds: { wordsPerMinute: { above: 0 }, maxSeconds: { above: 0, aboveOption: 'minSeconds' } },
  },
  examples: {
    valid: [
      {
        name: 'about a minute and a half',
        text:
          `## Flaky deploys\n\n**Situation:** Our deploy pipeline failed about one run in five, and engineers ` +
          `had learned to press retry until it went green. Nobody trusted a red build any more, so real ` +
          `failures slipped through to staging twice in one month.\n\n**Task:** As the engineer on the ` +
          `platform rotation, I took on making the pipeline trustworthy again within the ` +
          `quarter.\n\n**Action:** I pulled the last 400 runs and grouped the failures by step. Two flaky ` +
          `integration tests caused most of them, and a shared test database caused the rest. I rewrote the ` +
          `two tests to wait on events instead of fixed sleeps, gave each run its own database container, and ` +
          `added a weekly report of flaky steps that went to the team channel. I also paired with two ` +
          `colleagues so they could fix the next flaky test without me.\n\n**Result:** Failed runs fell from ` +
          `one in five to one in fifty within six weeks, and retries dropped by 90%. The team stopped ignoring ` +
          `red builds.\n`,
      },
    ],
    invalid: [
      {
        name: 'too short to carry a result',
        text: '## Cache fix\n\n**Situation:** The API was slow.\n\n**Action:** I added a cache.\n\n**Result:** It got 40% faster.\n',
        expect: ['tooShort'],
      },
      {
        name: 'too long to hold attention',
        text: `## Migration\n\n**Situation:** ${(
          'The legacy billing system had grown for ten years and every team depended on it in ' + 'some way. '
        ).repeat(12)}\n\n**Action:** ${(
          'I planned the migration with each team, ' + 'wrote the runbooks and ran the cut-over rehearsals myself. '
        ).repeat(14)}\n\n**Result:** We moved all 40 services in 3 months with no downtime.\n`,
        expect: ['tooLong'],
      },
    ],
  },
  check({ story, options, report }) {
    if (!story.sentences.length || options.wordsPerMinute <= 0) return;
    const { exactSeconds: exact, seconds, words } = storyStats(story, options.wordsPerMinute);
    const data = { seconds, words, min: options.minSeconds, max: options.maxSeconds };
    if (exact < options.minSeconds) report({ messageId: 'tooShort', data, ...titleRange(story) });
    else if (exact > options.maxSeconds) report({ messageId: 'tooLong', data, ...titleRange(story) });
  },
};
