import type { Rule } from '../rule';
import { sectionsOf, titleRange } from '../rule';
import { promptAtSectionEnd } from '../fixes';
import { levelRank, meetsScope, requiredScope, scopeOf, SCOPE_NAMES } from '../language/scope';

export const levelScope: Rule = {
  id: 'level-scope',
  meta: {
    level: 'story',
    defaultSeverity: 'information',
    summary: 'The story stays inside a smaller scope than the level you are preparing for asks.',
    why:
      'Interviewers calibrate each story against the level of the role. At senior levels they look for influence beyond your own ' +
      'work: people who changed how they work because of you, decisions that crossed team lines. A story that stays inside your own ' +
      'task, however well done, reads as evidence for the level below.',
    strong:
      'Picks a story whose reach fits the level, and says so plainly: which other teams or leaders were involved, what you had to ' +
      'convince them of, and what they now do differently.',
    example: {
      weak: 'I rewrote the export job and it ran twice as fast.',
      strong:
        'I rewrote the export job, then wrote the batching guideline that the four other data teams now follow; their jobs got 40% ' +
        'cheaper too.',
    },
    followUp: 'Who outside your own team did this change? What did you have to convince them of?',
    messages: {
      belowLevel:
        'This story stays within {scope} for {article} {level} story, which asks for {expected}. Show who ' +
        'beyond that changed what they do.',
    },
    defaultOptions: {},
    optionDocs: {},
  },
  examples: {
    valid: [
      {
        name: 'a senior story that reaches other teams',
        text:
          '---\nlevel: L7\n---\n\n## Shared batching\n\n**Situation:** Our data exports cost $40K a month.\n\n**Action:** I rewrote the ' +
          'export job and wrote a batching guideline, then worked with the four other data teams to adopt it.\n\n**Result:** Export ' +
          'costs across the org fell by 45%.\n',
      },
      {
        name: "a mid-level story about the writer's own task",
        text:
          '---\nlevel: L5\n---\n\n## Faster exports\n\n**Situation:** The export job took 6 hours.\n\n**Action:** I rewrote its ' +
          'batching.\n\n**Result:** It takes 50 minutes now.\n',
      },
      {
        name: '"senior" alone names no rung: a senior nurse is not asked for an L6 engineer\'s reach',
        text:
          '---\nlevel: senior\n---\n\n## Falls on the ward\n\n**Situation:** Our ward had nine falls a month over winter.\n\n' +
          "**Action:** I moved the highest-risk patients into the bays nearest the nurses' station.\n\n**Result:** Falls fell " +
          'to four a month.\n',
      },
    ],
    invalid: [
      {
        name: "an L7 story that stays inside the writer's own task",
        text:
          '---\nlevel: L7\n---\n\n## Faster exports\n\n**Situation:** The export job took 6 hours.\n\n**Action:** I profiled it and ' +
          'rewrote its batching.\n\n**Result:** It takes 50 minutes now.\n',
        expect: ['belowLevel'],
      },
    ],
  },
  check({ doc, story, level, report }) {
    if (requiredScope(level) === 'own' || !story.sentences.length) return;
    const { scope } = scopeOf(story);
    if (meetsScope(scope, level)) return;
    const sections = [...sectionsOf(story, 'result'), ...sectionsOf(story, 'action')];
    report({
      messageId: 'belowLevel',
      data: {
        scope: SCOPE_NAMES[scope],
        level: level ?? '',
        // "an L6 story", "a senior story"
        article: /^[lLaeiouAEIOU]/.test(level ?? '') ? 'an' : 'a',
        expected: (levelRank(level) ?? 0) >= 7 ? 'several teams or the organisation' : 'influence beyond your own work',
      },
      ...titleRange(story),
      suggestions: sections.length
        ? [
            promptAtSectionEnd(
              doc,
              sections[0],
              'Insert prompt: Beyond my own work, …',
              'Beyond my own work, ${1:who else changed what they do because of this}.',
            ),
          ]
        : [],
    });
  },
};
