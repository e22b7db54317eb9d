import type { Rule } from '../rule';
import { titleRange } from '../rule';
import { promptMissingSection } from '../fixes';
import type { SectionKind } from '../types';
import { inlineLabelKinds } from '../document/sections';

const REQUIRED: readonly SectionKind[] = ['situation', 'task', 'action', 'result'];
const NAMES: Record<SectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learning: 'Learning',
};
const PROMPTS: Record<string, string> = {
  situation: '${1:Where and when this happened, and what was at stake}.',
  task: '${1:What I was asked to do or set out to do, and how success would be judged}.',
  action: 'I ${1:the steps I took myself, and why}.',
  result: 'This ${1:changed} ${2:metric} from ${3:before} to ${4:after}.',
};
/** What goes in each section, so the message (and the hover that shows it) says what to write. */
const WHAT: Record<string, string> = {
  situation: 'where and when this happened and what was at stake',
  task: 'what you were asked to do or set out to do',
  action: 'the steps you took yourself',
  result: 'what changed, with a number',
};

const list = (names: string[]) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`);

const COMBINED_LETTERS = /^[\s>*_-]*\**([STAR])\s*[/&+]\s*([STAR])\**\s*(?:[:\uff1a]|\s[\u2014\u2013-])/gm;
const LETTER_KINDS: Record<string, SectionKind> = { s: 'situation', t: 'task', a: 'action', r: 'result' };

export const missingStarSection: Rule<Record<string, never>> = {
  id: 'missing-star-section',
  meta: {
    level: 'story',
    defaultSeverity: 'warning',
    summary: 'A story written with STAR sections leaves one of Situation, Task, Action or Result out.',
    why:
      'Interviewers score against the STAR shape. A missing Situation leaves them guessing at the stakes, a missing Task hides what ' +
      'you owned, a missing Action hides your part, and a missing Result leaves the story without a point. They will ask for the ' +
      'missing part, and the time goes on that instead of your strengths.',
    strong:
      'Covers all four parts, briefly where they are obvious: the context in a sentence or two, what you were responsible for, what ' +
      'you did (most of the time), and the measurable result.',
    example: {
      weak: 'Situation: our deploys were flaky. Action: I fixed the tests. (and then it stops)',
      strong:
        'Situation: our deploys were flaky. Task: I owned the pipeline that quarter. Action: I fixed the two flaky tests and isolated ' +
        'the database. Result: failed runs fell from 20% to 2%.',
    },
    followUp: 'And what was the outcome? (or: What exactly was your responsibility there?)',
    messages: {
      missing: 'No {sections} section. {next}',
    },
    defaultOptions: {},
    optionDocs: {},
  },
  examples: {
    valid: [
      {
        name: 'all four sections, one of them combined',
        text:
          '## Flaky deploys\n\n### Situation and Task\n\nDeploys failed one run in five, and I owned the pipeline that ' +
          'quarter.\n\n### Action\n\nI rewrote the two flaky tests and gave each run its own database.\n\n### Result\n\nFailed runs ' +
          'fell from 20% to 2%.\n',
      },
      {
        name: 'free prose has no sections to miss',
        text: '# Quick win\n\nThe nightly job ran twice. I removed the duplicate schedule. Costs fell by $300 a month.\n',
      },
    ],
    invalid: [
      {
        name: 'no Task and no Result',
        text:
          '## Flaky deploys\n\n**Situation:** Deploys failed one run in five.\n\n**Action:** I rewrote the two flaky tests and ' +
          'gave each run its own database.\n',
        expect: ['missing'],
      },
    ],
  },
  check({ doc, story, report }) {
    const explicit = story.sections.filter((s) => s.explicit);
    if (!story.structured || explicit.length === 0) return;
    const present = new Set<SectionKind>();
    for (const s of explicit) {
      present.add(s.kind);
      for (const k of s.also) present.add(k);
    }
    // Prose with one label ("**Result:** …", "Outcome: …" under two paragraphs of story) is not a story told in
    // STAR sections: there are no sections to miss until two of the four are labelled.
    if (REQUIRED.filter((k) => present.has(k)).length < 2) return;
    const body = doc.text.slice(explicit[0].markerStart, story.end);
    // "**Situation:** … **Task:** …" in one paragraph: the Task label is there, only not at a paragraph start.
    for (const k of inlineLabelKinds(body)) present.add(k);
    // Letters joined in one note label: "- T/A: set up a call-back queue", "**S+T:** …".
    COMBINED_LETTERS.lastIndex = 0;
    for (let m = COMBINED_LETTERS.exec(body); m; m = COMBINED_LETTERS.exec(body))
      for (const letter of m.slice(1)) present.add(LETTER_KINDS[letter.toLowerCase()]);
    const missing = REQUIRED.filter((k) => !present.has(k));
    if (!missing.length) return;
    report({
      messageId: 'missing',
      data: {
        sections: list(missing.map((k) => NAMES[k])),
        next:
          missing.length === 1 ? `Add ${WHAT[missing[0]]}.` : `Add ${missing.map((k) => `the ${NAMES[k]} (${WHAT[k]})`).join(', then ')}.`,
      },
      ...titleRange(story),
      suggestions: missing.map((k) => promptMissingSection(doc, story, k, PROMPTS[k])),
    });
  },
};
