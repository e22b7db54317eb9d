import type { Rule } from '../rule';
import { sectionsOf, titleRange } from '../rule';
import type { Section, Sentence, Story, StoryDocument } from '../types';
import { promptAtSectionEnd } from '../fixes';
import { straighten } from '../language/phrases';
import { findClaims } from '../language/claims';
import { reflects, soundsReflective } from './no-reflection';
import { words } from '../lexicons/words';

/** Openers of a closing reflection in free prose ("Looking back, …"), which is not the outcome. */
const REFLECTION = new RegExp(
  String.raw`^(?:looking back|in hindsight|in retrospect|what i learned|what i would do differently|next time|` +
    String.raw`the (?:main |biggest |key )?lesson|i learned|i realized|i realised|this taught me|it taught me|if i ` +
    String.raw`did it again|today i|what i took (?:away )?(?:from|out of) (?:it|this|that)|(?:my |the )?(?:main |biggest |key )?` +
    String.raw`takeaways?|since then|these days|from then on|` +
    // A change of practice the night taught: "After that night I asked him to put it in writing … I also started a list".
    String.raw`after (?:that|this)(?: (?:night|day|shift|weekend|incident|episode|evening|morning))?,? i ` +
    String.raw`(?:asked|started|began|now|always|changed|set up|put|wrote|added|introduced|made (?:it|sure)))\b`,
  'i',
);

const toReader = (s: Sentence): boolean => ADDRESSED_TO_READER.test(s.text.trim());

/** The sentences of the last paragraph before `first`, leaving out the sentences `skip` names. */
function paragraphBefore(story: Story, first: Sentence | undefined, skip: (s: Sentence) => boolean): Sentence[] {
  if (!first) return [];
  const before = story.sentences.slice(0, first.index).filter((s) => !skip(s));
  const block = before[before.length - 1]?.blockIndex;
  return before.filter((s) => s.blockIndex === block);
}

/** Sentences that tell neither the outcome nor the work: the Situation, the Task, and what is said to the reader. */
const notTheOutcome = (s: Sentence): boolean => s.part === 'situation' || s.part === 'task' || toReader(s);

/**
 * A closing addressed to whoever reads the post or the email, not an outcome: a question, a line of emoji, a sign-off of
 * a few words ("With warm wishes and thanks, Rosalind"; not "Thanks to the cache, p99 fell to 300 ms"), an ask for replies.
 */
const ADDRESSED_TO_READER = new RegExp(
  String.raw`\?["'\u201d\u2019)*_]*$|^[^\p{L}\p{N}]*$|` +
    String.raw`^(?:with (?:warm |kind |best )?(?:wishes|regards|thanks)(?: and thanks)?|(?:many )?thanks|best(?: wishes)?|cheers|` +
    String.raw`(?:kind |warm )?regards)[,!]?(?:\s+[\p{L}.'-]+){0,3}\s*[.!]?$|` +
    String.raw`^(?:curious (?:what|how|whether|if)|any (?:feedback|thoughts|tips)|would love (?:to hear|your)|let me know|` +
    String.raw`drop (?:it|them|yours) below)\b`,
  'iu',
);

export const resultWithoutMetric: Rule<Record<string, never>> = {
  id: 'result-without-metric',
  meta: {
    level: 'story',
    defaultSeverity: 'warning',
    summary: 'The Result holds no number: no metric, amount, count or time.',
    why:
      'The Result is where an interviewer decides how big your impact was. Without a number they cannot compare it with other ' +
      'candidates or with the level they are hiring for, and "it went well" leaves them to assume the effect was small or never measured.',
    strong:
      'Close with the metric that moved and by how much: its value before and after, money saved or earned, people or requests ' +
      'affected, or time gained. If the result was not measured, give the closest evidence you have and say how you know it.',
    example: {
      weak: 'The new onboarding flow was a big success and the team loved it.',
      strong: 'The new onboarding flow raised week-one activation from 41% to 58% across 12,000 sign-ups in the first month.',
    },
    followUp: 'How do you know it worked? What was the number before, and what was it after?',
    messages: {
      noMetric: 'Result has no number. Add how much, how many or how fast, compared to what.',
    },
    defaultOptions: {},
    optionDocs: {},
  },
  examples: {
    valid: [
      {
        name: 'a Result with a before and after',
        text:
          '## Driver app crashes\n\n**Situation:** Couriers lost deliveries when the app crashed on older phones.\n\n**Action:** I ' +
          'traced the crashes to image decoding and moved it off the main thread.\n\n**Result:** The crash rate fell from 3.1% of ' +
          'sessions to 0.4% within two releases.\n',
      },
      {
        name: 'a count in words is a number too',
        text:
          '## Hiring loop\n\n**Situation:** Our interview loop ran for six weeks and candidates dropped out.\n\n**Action:** I cut ' +
          'the loop to one onsite day and wrote a shared rubric.\n\n**Result:** We hired four engineers that quarter, and none ' +
          'declined an offer.\n',
      },
    ],
    invalid: [
      {
        name: 'a Result that only says it went well',
        text:
          '## Checkout redesign\n\n**Situation:** Shoppers abandoned the checkout on mobile.\n\n**Action:** I ran five usability ' +
          'sessions and rebuilt the address form.\n\n**Result:** The redesign was a big success and the product team loved it.\n',
        expect: ['noMetric'],
      },
    ],
  },
  check({ doc, story, report }) {
    const results = sectionsOf(story, 'result');
    if (!results.length) return;
    const explicit = results.filter((s) => s.explicit);
    const checked = explicit.length ? explicit : results;
    // Read as the Result only because it comes last, a question to the reader, a sign-off or an emoji says nothing of the
    // outcome: "Which one would you tell in an interview? 👇", "With warm wishes and thanks, Rosalind".
    let sentences = checked.flatMap((s) => s.sentences);
    if (!explicit.length) {
      const told = sentences.filter((s) => !toReader(s));
      // Nothing but the closing: the outcome is the paragraph before it.
      sentences = told.length ? told : paragraphBefore(story, sentences[0], notTheOutcome);
    }
    if (!sentences.length) return;
    if (sentences.some(measures)) return;
    if (checked.some((s) => s.quantitiesOutsideProse > 0)) return;
    if (!explicit.length && (endsOnReflection(story, sentences) || outcomeJustBefore(story, sentences))) return;
    const last = checked[checked.length - 1];
    const suggestions = [
      promptAtSectionEnd(
        doc,
        last,
        'Insert prompt: This cut … from … to …',
        'This ${1:cut/raised} ${2:metric} from ${3:before} to ${4:after}.',
      ),
    ];
    const range = explicit.length ? markerLine(doc, explicit[0]) : titleRange(story);
    report({ messageId: 'noMetric', ...range, suggestions });
  },
};

function markerLine(doc: StoryDocument, section: Section): { start: number; end: number } {
  let end = doc.text.indexOf('\n', section.markerStart);
  if (end === -1) end = doc.text.length;
  if (doc.text[end - 1] === '\r') end--;
  return { start: section.markerStart, end: Math.max(end, section.markerStart + 1) };
}

/**
 * A sentence that states a measure. A bare number that counts nothing ("they asked for two more",
 * "one other") measures nothing; "three more double bookings" counts them.
 */
function measures(s: Sentence): boolean {
  if (s.pairs.length) return true;
  return s.quantities.some((q) => q.kind !== 'number' || !countsNothing(s.text.slice(q.end - s.start)));
}

/** The words after a bare number leave it counting nothing: "two more.", "one other", "two more of them", "three again". */
function countsNothing(after: string): boolean {
  const m = COUNTS_NOTHING.exec(after);
  return !!m && (!m[1] || !m[2] || NOTHING_COUNTED.has(m[2].toLowerCase()));
}

const COUNTS_NOTHING = /^\s+(?:(more|others?|another|again)(?![\w'-])(?:\s+([a-z]+))?|of (?:them|those|us|these)\b)/i;

/** Words after "two more" that are not what it counts: "two more of them", "two more than planned". */
const NOTHING_COUNTED = words`of than to and or but so then too as in on at for with from by time times later before after that which who`;

/**
 * Free prose or notes whose ending was read as the Result, with the outcome's measure one line earlier
 * ("raised £5,100 → +80% on last year", then "parents loved it"): a percentage or a before/after in the
 * sentence right before the Result is the outcome, told a line early ("a £5,000 budget" is not).
 */
function outcomeJustBefore(story: Story, result: Sentence[]): boolean {
  const before = story.sentences[result[0].index - 1];
  if (!before || before.part === 'situation') return false;
  return before.pairs.length > 0 || before.quantities.some((q) => q.kind === 'percent');
}

/**
 * Free prose that closes on a reflection ("Looking back, I learned …") has its
 * outcome in the paragraph before; that paragraph counts as the Result too.
 */
function endsOnReflection(story: Story, result: Sentence[]): boolean {
  // "What I carry into industry work: … I now go and watch the work first." reflects too, when it claims no outcome and
  // the story holds a real lesson (a platitude, "it taught me how important communication is", closes on the outcome).
  const lesson = () =>
    result.some((s) => soundsReflective(straighten(s.text).toLowerCase())) && result.every((s) => !findClaims(s).length) && reflects(story);
  if (!REFLECTION.test(result[0].text.trim()) && !lesson()) return false;
  return paragraphBefore(story, result[0], (s) => s.part === 'situation').some(measures);
}
