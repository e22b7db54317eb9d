import type { SectionKind } from '../types';

/** Names that mark a STAR section, by section, lower-case. */
export const SECTION_NAMES: Record<SectionKind, string[]> = {
  situation: ['situation', 'context', 'background', 'the situation', 'setting', 'the context'],
  task: ['task', 'tasks', 'goal', 'goals', 'problem', 'the task', 'the problem', 'the goal', 'objective', 'objectives', 'problem statement', 'challenge', 'the challenge', 'my task', 'my role', 'assignment'],
  action: ['action', 'actions', 'what i did', 'my actions', 'actions taken', 'the action', 'approach', 'my approach', 'steps i took', 'what i actually did', 'actions i took'],
  result: ['result', 'results', 'outcome', 'outcomes', 'impact', 'the result', 'the outcome', 'results and impact', 'the impact', 'resolution'],
  learning: [
    'learning', 'learnings', 'reflection', 'reflections', 'what i learned', 'what i learnt', 'lessons', 'lesson',
    'lessons learned', 'lessons learnt', 'lesson learned', 'takeaways', 'key takeaways', 'takeaway',
    "what i'd do differently", 'what i would do differently', 'looking back', 'in hindsight', 'retrospective',
  ],
};
