/*
 * Words that mark the parts of a story file that are not the story: speaker
 * labels of interview transcripts, questions that open a new story, headings
 * of notes, and tag-line labels. Lower case; a space matches any white space.
 */

/** Labels of the interviewer's lines. */
export const INTERVIEWER_LABELS: readonly string[] = [
  'q',
  'question',
  'interviewer',
  'int',
  'bar raiser',
  'hiring manager',
  'recruiter',
  'panel',
  'panelist',
  'follow-up',
  'follow up',
  'followup',
];

/** Labels of the candidate's lines. */
export const CANDIDATE_LABELS: readonly string[] = ['a', 'answer', 'me', 'candidate', 'my answer', 'response', 'myself'];

/** Openings of a question that asks for a new story (regular-expression sources, lower case). */
export const OPENING_QUESTIONS: readonly string[] = [
  'tell (?:me|us) about',
  'describe (?:a|an|the|one|your)',
  'give (?:me |us )?(?:an? )?(?:example|instance)',
  'walk (?:me|us) through',
  'talk (?:to me |to us )?about a',
  '(?:can|could|would) you (?:tell|describe|give|walk|share|talk)',
  "(?:what's|what is|what was) (?:a|an|one|the) (?:time|situation|example|project|decision|mistake|failure|conflict|moment|hardest|biggest|toughest)",
  'have you ever',
  'share (?:a|an|one)',
  'think (?:of|about) a time',
  'recall a time',
  'when (?:was|did) (?:the last time|you last)',
  'how do you (?:handle|deal)',
];

/** Headings of notes kept beside stories. */
export const NOTES_TITLES: readonly string[] = [
  'notes?',
  'links?',
  'resources?',
  'reminders?',
  'routine',
  'checklist',
  'tips?',
  'to-?dos?',
  'questions (?:to ask|for (?:them|the interviewer))',
  'prep(?:aration)?',
  'agenda',
  'schedule',
  'feedback',
  'index',
  '(?:table of )?contents',
  'glossary',
  'template',
  'how to use',
];

/** Labels of lines that tag a story rather than tell it ("Principles: Ownership, Dive Deep"). */
export const TAG_LABELS: readonly string[] = [
  'lps?',
  'leadership principles?',
  'principles?',
  'tags?',
  'competenc(?:y|ies)',
  'themes?',
  'skills?',
  'values?',
  'signals?',
];
