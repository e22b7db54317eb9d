import type { Rule } from '../rule';
import { sectionsOf, titleRange } from '../rule';
import { promptAtSectionEnd, promptMissingSection } from '../fixes';
import type { Story, StoryDocument, Suggestion } from '../types';
import type { PrincipleMatcher } from '../language/principles';
import { reactingGroup } from '../language/outcomes';
import { phraseRegex, nearRegex, hasMatch, storyText, straighten } from '../language/phrases';
import {
  SERVED_PEOPLE,
  CONSUMERS,
  MESSAGING,
  BUSINESS_PROBLEMS,
  INTERNAL_PEOPLE,
  INTERNAL_PAIN,
  INTERNAL_PAIN_BEFORE,
  INTERNAL_SERVED,
  SITUATION_TROUBLE,
} from '../lexicons/customer-context';

interface Options {
  /** Stories shorter than this many words are left alone: too little to judge. */
  minWords: number;
  /** Stories of this many words or more are left alone: long enough to tell whom they served in words of their own. */
  maxWords: number;
}

const SERVED = phraseRegex(SERVED_PEOPLE);
const CONSUMER = phraseRegex(CONSUMERS);
const QUEUES = phraseRegex(MESSAGING);
const BUSINESS = phraseRegex(BUSINESS_PROBLEMS);
const FOR_INTERNAL = phraseRegex(INTERNAL_SERVED);
const INTERNAL_HURT = nearRegex(INTERNAL_PEOPLE, INTERNAL_PAIN, 6);
const HURT_INTERNAL = nearRegex(INTERNAL_PAIN_BEFORE, INTERNAL_PEOPLE, 3);
const TROUBLE = phraseRegex(SITUATION_TROUBLE);
const MONEY = /\p{Sc}\s?\d|\d\s?(?:\p{Sc}|usd|eur|gbp)\b/iu;

const SNIPPET = 'This mattered because ${1:who was affected} ${2:and how}.';
const TITLE = 'Insert prompt: This mattered because …';

/** True when the story names anyone it served or any business stake. */
export function namesCustomerContext(story: Story, principles?: PrincipleMatcher): boolean {
  // The tests of the story model first: they need none of the text below, which is built and searched only when they fail.
  if (story.sentences.some((s) => s.quantities.some((q) => q.kind === 'money'))) return true;
  // "Researchers are happier", "the volunteers loved it": whoever the Result says was better off was served.
  if (story.sentences.some((s) => reactingGroup(s) !== undefined)) return true;
  // The title counts: "Angry customer at the pharmacy counter" names who the story served.
  let text = `${story.title ? straighten(story.title.toLowerCase()) : ''} \n${storyText(story)}`;
  // A principle's name is not a customer: "this shows Customer Obsession" serves no one.
  // One pass over the mentions: rebuilding the text per mention was quadratic on a run-on list of names.
  if (principles) {
    const parts: string[] = [];
    let at = 0;
    for (const m of principles.find(text)) {
      if (m.start < at) continue;
      parts.push(text.slice(at, m.start), ' '.repeat(m.end - m.start));
      at = m.end;
    }
    if (parts.length) text = parts.join('') + text.slice(at);
  }
  if ([SERVED, BUSINESS, FOR_INTERNAL, INTERNAL_HURT, HURT_INTERNAL, MONEY].some((re) => hasMatch(re, text))) return true;
  // A story that opens on something going wrong ("the old tills kept crashing on busy nights", "the provider gave ten
  // days' notice that the API would be switched off") starts from a problem, not a request: no order-taker.
  if (
    story.sentences.some(
      (s) =>
        (s.part === 'situation' || s.part === 'task' || s.index === 0 || openingAction(story, s)) &&
        hasMatch(TROUBLE, straighten(s.text.toLowerCase())),
    )
  )
    return true;
  return hasMatch(CONSUMER, text) && !hasMatch(QUEUES, text);
}

/** The Action's first sentence, where a story whose Situation only says where the writer worked tells what went wrong. */
function openingAction(story: Story, s: Story['sentences'][number]): boolean {
  return s.part === 'action' && story.sentences[s.index - 1]?.part !== 'action';
}

/**
 * A story told to answer a question about working with people or about safety: a conflict or a disagreement with a
 * colleague, a team that was not working, a near miss. Its problem is between people or on the floor, so it serves no
 * customer and takes no orders; the rule is for stories of work done for someone.
 */
const PEOPLE_OR_SAFETY = new RegExp(
  String.raw`\b(?:conflicts?|disagree(?:d|ment|ments)?|difficult (?:colleague|co-?worker|manager|boss|teammate|team member|person|` +
    String.raw`conversation)|(?:senior|junior) colleague|shift supervisor|team (?:project|that wasn't working|that was not working)|` +
    String.raw`group project|worked (?:on|in) a team|teamwork|near[- ]miss|safety)\b`,
);

/**
 * The order-taker's opening: the work came as a request or an assignment ("my manager asked me to", "I was given the
 * ticket", "the head of operations wanted a dashboard"). A story with none starts from something of its own, a problem
 * seen or a goal set, and an interviewer reads no order-taking into it. In the blind dev part (5,170 files), stories that
 * name no customer were marked 53 times in 166 (0.32); those that start from a request, 20 times in 24.
 */
const REQUESTED = new RegExp(
  String.raw`\b(?:asked (?:me|us) to|told (?:me|us) to|(?:i|we) (?:was|were) (?:asked|told|assigned|given|tasked)|` +
    String.raw`(?:assigned|handed|tasked) (?:me|us)|(?:picked up|took|got|was given) the ticket|the ticket (?:said|asked)|` +
    String.raw`(?:head of [\w-]+|manager|boss|lead|supervisor|director|head|architect|cto|ceo|cio|coo|cfo|vp|founder|owners?|pm|` +
    String.raw`leadership|management|head office|hq) (?:asked|wanted|told|said|needed|decided|required|instructed|mandated))\b`,
  'i',
);

function aboutPeopleOrSafety(story: Story): boolean {
  return !!story.title && PEOPLE_OR_SAFETY.test(straighten(story.title.toLowerCase()));
}

function suggestion(doc: StoryDocument, story: Story): Suggestion {
  const situation = sectionsOf(story, 'situation')[0];
  if (situation && (situation.sentences.length || situation.explicit)) return promptAtSectionEnd(doc, situation, TITLE, SNIPPET);
  if (story.structured) return { ...promptMissingSection(doc, story, 'situation', SNIPPET), title: TITLE };
  const first = story.sentences[0];
  return { title: TITLE, kind: 'prompt', snippet: true, edits: [{ start: first.start, end: first.start, newText: `${SNIPPET} ` }] };
}

export const noCustomerContext: Rule<Options> = {
  id: 'no-customer-context',
  meta: {
    level: 'story',
    defaultSeverity: 'information',
    summary: 'A story of work that was asked for never says who it was for or what business problem it solved.',
    why:
      'A story that starts from a request ("the product team asked for X, so I built X") sounds like someone who takes orders. ' +
      'Interviewers look for people who ask who is hurting and why before they build, and who can tie their work to a customer, a user ' +
      'or the business.',
    strong:
      'Names the people the work served (customers, users, or colleagues inside the company) and what was hurting them, in a number if ' +
      'possible: lost sales, churn, hours of waiting, tickets, outages, cost. Then the technical choices read as answers to that ' +
      'problem.',
    example: {
      weak: 'The product team asked for a recommendation feature, so I built a model and deployed it.',
      strong: 'Two thirds of shoppers left after viewing a single product, so I proposed recommendations to help them find a second one.',
    },
    followUp: 'Who was this for, and how did you know it was the problem worth solving?',
    messages: {
      noContext: 'No customer, user or business problem is named. Say who this served and what hurt them.',
    },
    defaultOptions: { minWords: 25, maxWords: 250 },
    optionDocs: {
      minWords: 'Leave stories shorter than this many words alone.',
      maxWords:
        'Leave stories of this many words or more alone: a story long enough to set its scene names who it served in words of its ' +
        'own more often than in any list of customers (in the blind dev part, 12 of the 13 such stories flagged were not marked).',
    },
  },
  examples: {
    valid: [
      {
        name: 'shoppers and conversion named',
        text:
          '## Recommendations\n\n**Situation:** Most shoppers left our store after viewing a single product, and conversion had ' +
          'been flat for a year.\n\n**Action:** I analysed the browsing data, proposed collaborative filtering and built the first ' +
          'version in three weeks.\n\n**Result:** Pages per session rose 23% and conversion rose 12%.\n',
      },
      {
        name: 'internal users: developers waiting on builds',
        text:
          '## Build times\n\n**Situation:** Our developers were waiting 40 minutes for every CI build.\n\n**Action:** I profiled ' +
          'the pipeline, split the test suite into shards and cached dependencies between runs.\n\n**Result:** Builds now finish in 9 ' +
          'minutes.\n',
      },
      {
        name: 'a disagreement with a colleague serves no customer',
        text:
          '## Disagreement with a shift supervisor\n\n**Situation:** A supervisor on nights kept moving my team onto his line without ' +
          'asking.\n\n**Action:** I asked him for a coffee after the shift, listened to why, and we agreed a rule for borrowing ' +
          'people.\n\n**Result:** He has not moved anyone without asking since, and we now cover each other on short nights.\n',
      },
    ],
    invalid: [
      {
        name: 'the order-taker: built what was asked, never why',
        text:
          '## Recommendation engine\n\n**Situation:** The product team asked us to implement a recommendation ' +
          'feature.\n\n**Action:** I designed a machine-learning pipeline with TensorFlow and deployed it on Kubernetes. I used ' +
          'collaborative filtering.\n\n**Result:** The model reached good accuracy on the offline test set.\n',
        expect: ['noContext'],
      },
    ],
  },
  check({ doc, story, options, principles, report }) {
    if (!story.sentences.length || story.words < options.minWords || story.words >= options.maxWords) return;
    if (aboutPeopleOrSafety(story) || !REQUESTED.test(storyText(story))) return;
    if (namesCustomerContext(story, principles)) return;
    report({ messageId: 'noContext', ...titleRange(story), suggestions: [suggestion(doc, story)] });
  },
};
