import type { Rule } from '../rule';
import type { PrincipleMention, Sentence } from '../types';
import { words } from '../lexicons/words';
import { startsWithLetter } from '../language/text';

interface Options {
  /** Fire at this many distinct principles in one sentence. */
  min: number;
  ignore: string[];
}

export const principleStacking: Rule<Options> = {
  id: 'principle-stacking',
  meta: {
    level: 'sentence',
    defaultSeverity: 'information',
    summary: 'Three or more principles are named in one sentence.',
    why:
      'A sentence that lists several principles sounds like a checklist recited from memory. No single principle gets enough ' +
      'evidence to score, and the interviewer who was assigned one of them still has to dig for it.',
    strong:
      'Pick the one principle this story proves best and show it in depth: the moment, what you did, and what changed. If the story ' +
      'truly shows a second one, give it its own sentence with its own evidence.',
    example: {
      weak: 'This shows Ownership, Dive Deep, Bias for Action and Deliver Results.',
      strong:
        'This is mostly a Dive Deep story: I read every failed payout log from March myself and found that 80% shared one expired bank ' +
        'certificate.',
    },
    followUp: 'Which of those would you say this story shows best? Walk me through the moment it mattered.',
    messages: {
      stacked: '{count} principles in one sentence ({names}). Pick the one this story proves best and show it.',
    },
    grouped: {
      many: '{count} sentences each name several principles, the first {names}. Pick the one this story proves best and show it.',
      also: 'Several principles in one sentence again ({names}; {index} of {count}, the first is on line {line}).',
    },
    defaultOptions: { min: 3, ignore: [] },
    optionDocs: {
      min: 'Fire when one sentence names at least this many different principles.',
      ignore: 'Words or phrases to accept: a sentence whose underlined list holds one is not flagged (for example `["values"]`).',
    },
  },
  examples: {
    valid: [
      {
        name: 'one principle, shown',
        text:
          '## Payout failures\n\n**Situation:** Payouts to sellers failed twice a week.\n\n**Action:** This is a Dive Deep story: ' +
          'I read every failed payout log from March and found one expired bank certificate behind most of them.\n\n**Result:** Failed ' +
          'payouts fell from 2 a week to none in the next quarter.\n',
      },
      {
        name: 'principles in separate sentences, each with its own evidence',
        text:
          '## Payout failures\n\n**Situation:** Payouts to sellers failed twice a week.\n\n**Action:** I showed Dive Deep by ' +
          'reading every failed payout log from March. I showed Ownership by fixing the certificate rotation although another team ' +
          'owned it.\n\n**Result:** Failed payouts fell from 2 a week to none.\n',
      },
    ],
    invalid: [
      {
        name: 'four principles in one sentence',
        text:
          '## Payout failures\n\n**Situation:** Payouts to sellers failed twice a week.\n\n**Action:** I rotated the expired bank ' +
          'certificate.\n\n**Result:** This story shows Ownership, Bias for Action, Dive Deep and Deliver Results.\n',
        expect: ['stacked'],
      },
    ],
  },
  check({ story, options, report }) {
    for (const s of story.sentences) {
      const names = [...new Set(s.principles.map((p) => p.name))];
      if (names.length < options.min || isTagLine(s)) continue;
      const first = s.principles[0];
      const last = s.principles[s.principles.length - 1];
      report({ messageId: 'stacked', data: { count: names.length, names: names.join(', ') }, start: first.start, end: last.end });
    }
  },
};

/** Words that may surround a list of principles that is only a tag line: "Leadership Principles: Ownership, Dive Deep, Frugality". */
const TAG_WORDS = words`principles principle leadership lps lp values value tags tag and or key main themes competencies`;

/** A list of principles with no sentence around it is a label, not something said to the interviewer. */
function isTagLine(s: Sentence): boolean {
  const inMention = (start: number, end: number, ps: PrincipleMention[]) => ps.some((p) => start >= p.start && end <= p.end);
  return s.tokens.every((t) => !startsWithLetter(t.text) || inMention(t.start, t.end, s.principles) || TAG_WORDS.has(t.norm));
}
