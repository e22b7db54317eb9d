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
  'tell (?:me|us) about (?:a|an|one|the last|the (?:biggest|hardest|toughest|worst|best)|your ' +
    '(?:biggest|hardest|toughest|proudest|most|worst|best))\\b',
  // "Tell me about something you're proud of", not "tell me about something in that story".
  "tell (?:me|us) about (?:something|anything) (?:you|you're|you've|you'd|that you)\\b",
  // "Tell me about someone you helped grow", "tell me about somebody who pushed back on you".
  "tell (?:me|us) about (?:someone|somebody) (?:you|you've|you'd|who|that)\\b",
  // The interviewer moving on: "Okay. Different question — …", "Next question:" (not "one last question", which follows up).
  '\\b(?:(?:a )?different|next|new) question\\b',
  '(?:describe|share|recall|think of) (?:a|an|one) (?:time|situation|example|instance|occasion|moment|' +
    'project|decision|conflict|disagreement|mistake|failure|setback)',
  '^(?:can you |could you )?give (?:me |us )?(?:a|an|one) (?:time|situation|example|instance)(?! of how)',
  'walk (?:me|us) through (?:a|an|one) (?:time|situation|project|decision)',
  // Not a follow-up on the story just told: "What was the hardest part?", "What was the biggest challenge there?".
  "(?:what's|what is|what was) (?:a|an|one|the) (?:time|situation|example|project|decision|mistake|" +
    'failure|conflict|moment|hardest|biggest|toughest|most difficult|proudest)' +
    "(?! (?:part|bit|thing|challenge|lesson|problem|risk|surprise|takeaway)s?\\b(?! you've| you have| you ever))",
  'have you ever',
  '\\ba time (?:when )?(?:you|where|that)',
  'another (?:example|time|story|situation)',
];

/** The questions a writer expects after a story: "Follow-ups", "Likely follow-up questions". */
export const FOLLOW_UPS = '(?:(?:likely|possible|expected|probable|anticipated|potential) )?follow[- ]?ups?(?: questions?)?';
/** Who will ask, after "questions" or "things": "(questions) they might ask". */
export const ASKING = '(?:they|an interviewer|the panel) (?:might|may|could|will) ask';

/**
 * A bold line after a story's last section that opens the writer's word about the story itself, not a new story: "**Why
 * this story**", "**What it shows**", "**Principles**". What follows it is still the story's (a principle named there is
 * named by the story).
 */
export const STORY_ASIDE_TITLES: readonly string[] = [
  'why (?:i (?:chose|picked|use|tell) )?this (?:story|one|example)',
  'what (?:this|it|the story) shows',
  '(?:leadership |amazon )?principles(?: (?:shown|demonstrated|covered))?',
  'lps(?: (?:shown|demonstrated|covered))?',
  'competencies(?: (?:shown|demonstrated|covered))?',
];

/** Headings of notes kept beside stories. */
export const NOTES_TITLES: readonly string[] = [
  // Not one of a numbered series ("Note 1 — Tue 14 May", "Note B"): voice notes typed up, a story each.
  'notes?(?!\\s*#?\\s*(?:\\d+|[a-z])(?![\\p{L}\\p{N}]))',
  // The writer's own: "my notes after", "My quick notes".
  'my (?:own |quick |rough )?notes',
  'links?',
  'resources?',
  'reminders?',
  'routine',
  'checklist',
  'tips?',
  'to-?dos?',
  'questions (?:to ask|for (?:them|the interviewer))',
  // The questions the writer expects after the story: "Follow-ups to expect", "Likely follow-up questions".
  `${FOLLOW_UPS}(?: to (?:expect|prepare for|prep))?(?=\\s*[:\\uff1a]?\\s*$)`,
  `questions ${ASKING}`,
  'prep(?:aration)?',
  'agenda',
  'schedule',
  'feedback',
  'index',
  '(?:table of )?contents',
  'glossary',
  'template',
  'how to use',
  // Around the stories in a post or a shared doc: "Dev's notes (paraphrased)", "How I use this doc", "Comments",
  // "Questions I'm preparing for", "Why this works", "What I changed".
  "[\\w-]+['’]s (?:notes?|feedback|comments?|verdict|review|tips?)",
  'comments?',
  'how i use',
  "questions (?:i['’]m|i am|i was|i['’]ll be|i prepared|to prepare|list)",
  // "Why the second version works", "Why the rewrite works better".
  // "Why I think this version works better than my first draft", "Why this one works".
  'why (?:i think )?(?:this|it|these|the (?:second|new|final|rewritten|revised|after|better)|the (?:rewrite|after))' +
    '(?: (?:one|version|draft|answer|rewrite|story))? works?',
  'what (?:i|the coach|my coach|she|he|they|we) changed',
  'what changed',
  'about (?:me|this (?:post|doc|page|blog))',
  'tl;?dr',
  'update',
  // What others said of the draft, and advice to the reader: "What my mentor said", "A few things I'd pass on".
  // The questions being prepared for: "Questions I expect (and which story I'll use)", "Likely questions".
  '(?:likely |expected |possible |practice |mock )?questions(?! (?:from|about|on|over)\\b)',
  'what (?:my|the|our) (?:mentor|coach|manager|friend|recruiter|reviewer|panel|study group|partner) (?:said|thought|told me)',
  "(?:a few |some )?things i['’]?d pass on",
  "what i['’]?d pass on",
  // "What I'd tell another founder going into loops", "What I'd say to anyone prepping".
  "what i['’]?d (?:tell|say to) (?:another|other|any|anyone|someone|you|a)\\b",
  'final thoughts',
  // A prep repo's own pages: "How I practise", "Still to do", "Next steps".
  'how i (?:practi[sc]e|prep(?:are)?|rehearse|study|revise)',
  '(?:still )?to do',
  'next steps',
  'open (?:items|questions)',
  'practice (?:routine|plan|schedule|log)',
  'advice',
  '(?:takeaways?|lessons?) for (?:you|readers|others|anyone)',
  // A post's close: "Closing tips", "My one tip", "Final thoughts", "Three tips if you're prepping".
  "(?:closing|final|quick|bonus|general|top|some|a few|\\d+|three|four|five)(?: [\\w'-]+)? tips?",
  'closing (?:thoughts|notes|words|remarks)',
  '(?:my|one) (?:one |top |best |biggest |last |main )?(?:tip|advice|takeaway)s?',
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
  // "Question it answers: Tell me about a time you influenced without authority": which question the story is for.
  'questions? (?:it|this(?: story)?) answers?',
  // "*Use for: failure, a project that went wrong*", "Good for: conflict, influence": which questions a banked story serves.
  '(?:use|used|good|best|works) (?:it |this(?: one)? )?for',
];
