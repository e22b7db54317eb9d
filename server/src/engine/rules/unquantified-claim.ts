import type { Rule } from '../rule';
import { nextSentence } from '../rule';
import type { Quantity, Sentence, Story } from '../types';
import { promptAfterSentence } from '../fixes';
import { findClaims } from '../language/claims';
import { words } from '../lexicons/words';
import { DETERMINERS } from '../lexicons/function-words';
import { CHOICE_WORDS, ENDING_CUES } from '../lexicons/claims';
import { phraseRegex } from '../language/phrases';
import { keptLength, startsWithLetter } from '../language/text';

interface Options {
  /** Claim words to accept, in lower case ("streamlined"). */
  ignore: string[];
}

/** Sentences that point back to the one before ("That cut …", "This made …"). */
const ANAPHORS = words`this that these those it which`;

export const unquantifiedClaim: Rule<Options> = {
  id: 'unquantified-claim',
  meta: {
    level: 'sentence',
    defaultSeverity: 'warning',
    summary: 'A claim of impact ("improved", "faster", "fewer outages", "great results") with no number next to it.',
    why:
      'Interviewers cannot score "faster" or "much more reliable": they need the size of the change and a baseline to judge whether ' +
      'it mattered and whether you measured it. A claim with no number reads as a guess, and the follow-up questions that dig for the ' +
      'number take time away from the rest of your story.',
    strong:
      'Put the number right next to the claim: the metric, its value before and after, and over what period or sample. When you did ' +
      'not measure it, say what you observed instead (tickets, pages, hours) and how you know.',
    example: {
      weak: 'I significantly improved the performance of the search page.',
      strong: 'I cut search P95 from 1.8 s to 420 ms, measured over a week of production traffic.',
    },
    followUp: 'How much faster? From what to what, and how did you measure it?',
    messages: {
      claim: '`{claim}` has no number in this sentence or the next. Add how much, from what to what.',
    },
    grouped: {
      many: '{count} claims in this story have no number ({list}). Add how much, from what to what.',
      also: '`{claim}` has no number either ({index} of {count}; the first is on line {line}).',
      listKey: 'claim',
    },
    defaultOptions: { ignore: [] },
    optionDocs: { ignore: 'Words or phrases to accept: an underlined claim holding one is not flagged (for example `["streamlined"]`).' },
  },
  examples: {
    valid: [
      {
        name: 'the claim has its number in the next sentence',
        text:
          '## Search latency\n\n**Situation:** Shoppers complained that search felt sluggish on mobile.\n\n**Action:** I profiled ' +
          'the search service and moved the ranking step into a precomputed index.\n\n**Result:** Search became much faster. P95 fell ' +
          'from 1.8 s to 420 ms over the following week.\n',
      },
      {
        name: 'goals in the Task and "to improve" in the Action are not claims',
        text:
          '## Flaky builds\n\n**Situation:** Our CI failed on one run in five for reasons unrelated to the change.\n\n**Task:** I ' +
          'wanted to make the builds more reliable before the holiday freeze.\n\n**Action:** To improve stability, I quarantined the ' +
          '40 flakiest tests and gave each an owner.\n\n**Result:** Spurious failures dropped from 20% of runs to 2%.\n',
      },
    ],
    invalid: [
      {
        name: 'vague outcomes with no number anywhere near them',
        text:
          '## API performance\n\n**Situation:** Partners said our API was slow during their nightly syncs.\n\n**Action:** I added ' +
          'caching and rewrote the pagination queries.\n\n**Result:** I significantly improved the performance of the system and made ' +
          'it more reliable. Partners were much happier with the faster syncs.\n',
        expect: ['claim', 'claim', 'claim'],
      },
    ],
  },
  check({ doc, story, report }) {
    for (const s of story.sentences) {
      // A lesson's comparisons are the lesson ("bullet points worked much better for me"); only a verdict on how the
      // whole thing went is a claim there: "Probably nothing, to be honest, it went really well."
      if (s.part !== 'action' && s.part !== 'result' && !(s.part === 'learning' && OVERALL_VERDICT.test(s.text))) continue;
      if (/\?\s*["'\u201d\u2019)*_]*$/.test(s.text) && asks(s)) continue;
      // The next sentence's number backs the claim only in the same part: a Result told first is not measured by the
      // Situation that follows it.
      const next = nextSentence(story, s);
      if (measures(s) || (next?.part === s.part && measures(next))) continue;
      // "That made checkout noticeably faster" after the number restates its change; "It worked out fine" after it is a
      // verdict of its own, which the number before does not measure.
      const pointsBack = pointsBackToNumber(story, s);
      for (const span of findClaims(tellsEnding(story, s) ? asResult(s) : s)) {
        if (pointsBack && comparesIn(s, span.first, span.last)) continue;
        if (concededOption(story, s, span.first, span.last)) continue;
        const first = s.tokens[span.first];
        const last = s.tokens[span.last];
        const raw = doc.text.slice(first.start, last.end);
        // Not ending on "a" or "the": "avoided a" reads "avoided"; the underline ends where the phrase does.
        const kept = keptLength(raw);
        const claim = raw.slice(0, kept).replace(/\s+/g, ' ');
        report({
          messageId: 'claim',
          data: { claim },
          start: first.start,
          end: first.start + kept,
          suggestions: [
            promptAfterSentence(
              s,
              'Insert prompt: It went from … to …',
              'It went from ${1:before} to ${2:after} (${3:how you measured it}).',
            ),
          ],
        });
      }
    }
  },
};

/**
 * Whether a sentence that ends in "?" asks something ("Did it help?", "How much faster was it?"), not a claim said with a
 * rising tone, as nervous candidates do in transcripts ("I think it went well?", "And people really liked it?").
 */
function asks(s: Sentence): boolean {
  const first = s.tokens.find((t) => startsWithLetter(t.text));
  return (
    !first ||
    QUESTION_OPENERS.has(first.norm) ||
    (first.norm === 'so' && QUESTION_OPENERS.has(s.tokens[s.tokens.indexOf(first) + 1]?.norm ?? ''))
  );
}
const QUESTION_OPENERS = words`
  what how why when where who whom whose which did do does is are was were can could would should will have has had shall may might
  isn't aren't wasn't weren't didn't doesn't don't won't wouldn't couldn't
`;

/**
 * A verdict on how the whole story went: "it went really well", "overall it went pretty well", "it went okay in the end";
 * not "even when it went well".
 */
const OVERALL_VERDICT = new RegExp(
  String.raw`(?<![\w'\u2019])(?<!(?:when|if|though|unless|whether) )(?:it|that|everything|things|the (?:project|launch|rollout|` +
    String.raw`day|event|whole thing)) (?:all )?went (?:really |pretty |very |quite |so )?` +
    String.raw`(?:well|smoothly|great|okay|ok|alright|all right|fine)(?![\w'\u2019])`,
  'i',
);

/**
 * A duration that opens the sentence is its time frame, not a measure: "Within a couple of months the reviews were
 * way better" says when, not how much better ("orders cleared within 24 hours" measures the clearing).
 */
const TIME_FRAME = new RegExp(
  String.raw`^[^\p{L}]*(?:(?:and|but|so|then)\s+)?(?:within|after|over|during|in the (?:first|next|following))` +
    String.raw`(?:\s+(?:the|a|about|around|roughly|just|only|first|next|following))*\s*$`,
  'iu',
);

/**
 * A duration anywhere in the sentence that says when, not how much: "the lock was rolled back after two weeks, and queue
 * times came down a bit", "bookings picked up over the next three months" ("fell to two days", "cut by a week" or
 * "profitable within four months" measure).
 */
const WHEN_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:after|during|over the (?:first|next|following|last)|in the (?:first|next|following))` +
    String.raw`(?:\s+(?:the|a|about|around|roughly|just|only|first|next|following))*\s*$`,
  'iu',
);

/** Whether the words before a duration make it say when (at the sentence's start, or after "after", "during" …). */
const saysWhen = (lead: string): boolean => TIME_FRAME.test(lead) || WHEN_BEFORE.test(lead);

/** True when the sentence holds a quantity that measures something (not only a time frame). */
function measures(s: Sentence | undefined): boolean {
  if (!s) return false;
  return s.quantities.some(
    (q) => (q.kind !== 'duration' || !saysWhen(s.text.slice(0, q.start - s.start))) && !(q.kind === 'number' && countsPeople(s, q)),
  );
}

/** A count of the people a sentence is about, which measures nothing: "the two of them work well together now". */
function countsPeople(s: Sentence, q: Quantity): boolean {
  return (
    /^(?:two|three|four)$/i.test(q.text) &&
    s.text
      .slice(0, q.start - s.start)
      .toLowerCase()
      .endsWith('the ') &&
    /^ of (?:them|us|you)\b/i.test(s.text.slice(q.end - s.start))
  );
}

const ENDING = phraseRegex(ENDING_CUES);

/**
 * A sentence of free prose, read as the Action by where its paragraph falls, that says it tells how things ended ("We
 * placed someone in the end, and the client was really pleased"): its outcomes are read as the Result's are.
 */
function tellsEnding(story: Story, s: Sentence): boolean {
  if (story.structured || s.part !== 'action') return false;
  const section = story.sections.find((x) => x.start <= s.start && s.start < x.end);
  if (!section || section.explicit) return false;
  ENDING.lastIndex = 0;
  if (ENDING.test(s.text)) return true;
  // A reaction tells the ending only where nothing of the writer's follows it: "The client was really pleased with the
  // shortlist, so I booked the interviews" and "… was pleased with the pilot. I flew out …" go on with the story.
  const m = REACTED.exec(s.text) ?? tookToIt(s.text);
  // What they were pleased with may name the writer's work ("with how fast we moved"): the story goes on only after it.
  if (!m || WRITER_AFTER.test(s.text.slice(m.index + m[0].length).replace(WITH_WHAT, ''))) return false;
  const next = story.sentences[s.index + 1];
  return !(next && next.blockIndex === s.blockIndex && (next.iActions > 0 || next.weActions > 0));
}
const WRITER_AFTER = /\b(?:i|we)\b/i;
const WITH_WHAT = /^\s+(?:with|about|by) (?:how|what|the way)\b[^,;]*/i;

/**
 * How someone else took what was done, which in free prose says how it ended wherever its paragraph falls: "Everyone was
 * really happy with it", "the FD was really pleased". Not the writer's own feeling ("I was pleased with the plan").
 */
const REACTED = new RegExp(
  String.raw`^(?!.*\b(?:if|when|would|could)\b)(?:[\w,' ]{0,60}\b)?(?<!\b(?:i|we) )(?:was|were|seemed|seemed to be)\s+` +
    String.raw`(?:(?:really|very|so|super|quite|extremely|absolutely|also|all)\s+)*` +
    String.raw`(?:happy|pleased|thrilled|delighted|satisfied|impressed|chuffed|made up)\b(?!\s+(?:to|that)\b)`,
  'i',
);

/**
 * Others taking to what was made, in a clause of its own: "the kids loved it", "and the board loved the new format",
 * "students seemed to really like it", "the ward managers were really into it". Not the writer ("we loved it"), and not
 * a liking for an idea still to be tried ("the client loved the idea"), nor a liking told as a trait ("she liked it that way").
 */
const TOOK_TO_IT = new RegExp(
  String.raw`(?:^|[,;]\s*|\band\s+|\bso\s+)(?:(?:like|honestly|and|so|but|i think|i guess),?\s+)*(?!(?:i|we|you)\b)(?:[\w'-]+\s+){1,4}?` +
    String.raw`(?<!\b(?:i|we|you) )(?:(?:really|just|absolutely|genuinely|all|definitely|seemed to|seem to)\s+)*` +
    String.raw`(?:(?:loved|liked|enjoyed|love|like|enjoy|raved about|went mad for|were (?:(?:really|all|very)\s+)?into)\s+` +
    String.raw`(?:(?:it|them|this|that|everything)(?=\s*(?:[.,;:!?\u2014\u2013)]|$)|\s+(?:too|as well|a lot|so much)\b)|` +
    String.raw`the new\b|the (?:results?|outcome|changes?|format|sessions?|day|event|service)\b))`,
  'i',
);

/** Where others took to it, unless negated ("the staff didn't like it", "nobody enjoyed it"). */
function tookToIt(text: string): RegExpExecArray | null {
  const m = TOOK_TO_IT.exec(text);
  return m && !/\b(?:not|never|nobody|no one|none|hardly)\b|n't\b/i.test(m[0]) ? m : null;
}

/** The sentence as if told in the Result. */
const asResult = (s: Sentence): Sentence => Object.assign(Object.create(s) as Sentence, { part: 'result' as const });

/** Whether a claim's words compare ("faster", "more reliable", "fewer", "much smaller"): a change a number can measure. */
function comparesIn(s: Sentence, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (COMPARING.test(s.tokens[k].norm)) return true;
  return false;
}
const COMPARING = /^(?:more|less|fewer|better|worse|[a-z]{2,}er)$/;

/** "P99 fell from 850 ms to 285 ms. That made checkout noticeably faster." restates the number before it. */
function pointsBackToNumber(story: Story, s: Sentence): boolean {
  const prev = story.sentences[s.index - 1];
  if (!prev?.quantities.length || prev.part !== s.part) return false;
  const first = s.tokens.find((t) => startsWithLetter(t.text));
  return !!first && ANAPHORS.has(first.norm);
}

/**
 * An option's merit conceded while options are weighed: "Suspense was faster, but it would sit as an open item", "The
 * broker's offer looked cheaper, but it had a commission built in", with the options named in the sentence or the two before
 * ("I had two ways to close the day", "I got prices three ways"). Why an option lost is no claim of what the story achieved.
 */
function concededOption(story: Story, s: Sentence, first: number, last: number): boolean {
  const t = s.tokens;
  let k = last + 1;
  // Past a short qualifier: "Cheaper in the short run, but …".
  // "…, but" or "… but": "It catches fewer errors but costs almost no conversion, so I went with it."
  while (k < t.length && k <= last + 5 && t[k].text !== ',' && t[k].norm !== 'but') k++;
  if (t[k]?.text === ',') k++;
  // Or the merit told after its cost: "interface endpoints (an hourly cost per AZ, but a much lower price per GB)".
  const afterCost = t[first - 1]?.norm === 'but' || (t[first - 2]?.norm === 'but' && DETERMINERS.has(t[first - 1]?.norm ?? ''));
  if (t[k]?.norm !== 'but' && !afterCost) return false;
  const from = Math.max(0, s.index - 3);
  return (
    story.sentences
      .slice(from, s.index + 1)
      // In the same part, or the same paragraph: free prose may read a paragraph's later sentences as the Result ("I framed the
      // choice as three options … A second vendor was cheaper but had no offline support").
      .some((x) => (x.part === s.part || x.blockIndex === s.blockIndex) && x.tokens.some((w) => WEIGHS.has(w.norm) && !REASONS.has(w.norm)))
  );
}

/**
 * Words that name options being weighed: the choice words ("because" and "since" give a reason, not an option), "ways" and
 * "approaches".
 */
const WEIGHS = words`${CHOICE_WORDS} ways quotes approaches`;
const REASONS = words`because since`;
