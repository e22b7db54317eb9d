import type { IgnoreOption, Rule } from '../rule';
import type { Quantity, StoryDocument, Suggestion } from '../types';
import { replace } from '../fixes';
import { sharesOverWhole, statedChanges, verdictOf } from '../quantities/changes';
import { statedFractions } from '../quantities/fractions';

/*
 * A stated change checked against the before/after pair it describes; what a
 * stated change is and which readings of it fit are in quantities/changes.ts.
 */

export const inconsistentMetric: Rule<IgnoreOption> = {
  id: 'inconsistent-metric',
  meta: {
    level: 'sentence',
    defaultSeverity: 'warning',
    summary: 'A stated percentage or multiple does not match the before and after numbers, or the part and the whole, next to it.',
    why:
      'Interviewers check the arithmetic. When "from 850 ms to 285 ms" comes with "an 80% reduction", the real figure is 66%, and a ' +
      'number that does not add up makes them doubt every other number in the story, and whether you measured it yourself.',
    strong:
      'Compute the change from your own before and after values and state it the same way each time: a percentage for a reduction, a ' +
      'multiple for a speed-up, points for a change in a rate.',
    example: {
      weak: 'I cut P99 latency from 850 ms to 285 ms, an 80% reduction.',
      strong: 'I cut P99 latency from 850 ms to 285 ms, a 66% reduction.',
    },
    followUp: 'Walk me through that number. How did you get from those two values to that percentage?',
    messages: {
      percent: '`{stated}` does not match {pair}, which is {article} {actual} {change}. Use {actual} or check the numbers.',
      points: '`{stated}` does not match {pair}, which is {actual} points. Use {actual} points or check the numbers.',
      relativePoints:
        '`{stated}` does not match {pair}: that is {points} percentage points, {article} {actual} {change}. Say {points} points, or use ' +
        '{actual}.',
      multiple: '`{stated}` does not match {pair}, which is {actual}. Use {actual} or check the numbers.',
      shares: 'The shares {shares} add up to {sum}%, more than the whole. Check which one is off.',
      fraction: '`{stated}` does not match {pair}, which is {actual}. Use {actual} or check the numbers.',
    },
    grouped: {
      many: '{count} stated changes do not match their numbers ({list}). Check each one; its fix gives the computed value.',
      also: '`{stated}` does not match {pair} either; it is {actual} ({index} of {count}; the first is on line {line}).',
      listKey: 'stated',
      separate: ['shares'],
    },
    defaultOptions: { ignore: [] },
    optionDocs: {
      ignore: 'Numbers or words to accept: a mismatch whose underlined text holds one is not flagged (for example `["20%"]`).',
    },
  },
  examples: {
    valid: [
      {
        name: 'a percentage that matches its before and after',
        text:
          '## API latency\n\n**Situation:** Partners timed out on our order API during nightly syncs.\n\n**Action:** I batched the ' +
          'lookups and added a read-through cache.\n\n**Result:** Average response time went from 2.3 seconds to 340 ms, an 85% ' +
          'improvement, and partner timeouts stopped.\n',
      },
      {
        name: 'a multiple that matches, and tripling told as a 200% increase',
        text:
          '## Black Friday\n\n**Situation:** Checkout fell over at twice its normal traffic.\n\n**Action:** I moved session state ' +
          'to Redis and added autoscaling on queue depth.\n\n**Result:** Checkout served 3x the peak load, from 1,200 to 3,600 orders ' +
          'a minute, a 200% increase on the old ceiling.\n',
      },
    ],
    invalid: [
      {
        name: 'shares of one whole that add up to more than 100%',
        text:
          '## Referral programme\n\n**Situation:** Our pipeline was thin.\n\n**Action:** I started customer roundtables and a ' +
          'referral offer.\n\n**Result:** Pipeline grew from £400k to £950k. Of the new opportunities, 60% came from referrals, 35% ' +
          'from outbound and 20% from the roundtables.\n',
        expect: ['shares'],
      },
      {
        name: 'a percentage, a multiple and points that do not add up',
        text:
          '## Checkout latency\n\n**Situation:** Shoppers abandoned checkout on slow days.\n\n**Action:** I profiled the service ' +
          'and removed two blocking calls.\n\n**Result:** P99 fell from 850 ms to 285 ms, an 80% reduction. Checkout conversion rose ' +
          'from 2.0% to 2.6%. That is a 6-point gain. Builds went from 30 minutes to 12, 5x faster.\n',
        expect: ['percent', 'points', 'multiple'],
      },
      {
        name: 'a part of a whole said to be a percentage it is not',
        text:
          '## Audit actions\n\n**Situation:** Fourteen corrective actions were open a month before the audit.\n\n**Action:** I ' +
          'chased each owner weekly and closed the ones that needed only evidence.\n\n**Result:** 11 out of the 14 actions were ' +
          'closed before the audit, which is 85%.\n',
        expect: ['fraction'],
      },
      {
        name: 'a point difference told as a relative change',
        text:
          '## Onboarding emails\n\n**Situation:** Few trial users finished setting up.\n\n**Action:** I rewrote the first three ' +
          'onboarding emails and tested them against the old ones.\n\n**Result:** 14-day activation went from 18% to 24% in the ' +
          'test group, a 6% lift.\n',
        expect: ['relativePoints'],
      },
    ],
  },
  check({ doc, story, report }) {
    for (const s of story.sentences) {
      const candidates = statedChanges(doc, story, s);
      const shares = sharesOverWhole(doc, s);
      if (shares) {
        const last = shares.at(-1)!;
        report({
          messageId: 'shares',
          data: { shares: shares.map((q) => q.text).join(' + '), sum: Math.round(shares.reduce((n, q) => n + q.value, 0)) },
          start: last.start,
          end: last.end,
        });
      }
      for (const f of statedFractions(doc, s)) {
        // A figure read as a change of a pair is checked as that.
        if (candidates.some((c) => c.stated.q === f.q)) continue;
        report({
          messageId: 'fraction',
          data: { stated: f.q.text, pair: `${f.part} of ${f.whole}`, actual: `${f.figure}%` },
          start: f.q.start,
          end: f.q.end,
          suggestions: [fixFigure(doc, f.q, f.figure)],
        });
      }
      for (const { stated, pair } of candidates) {
        const verdict = verdictOf(doc, stated.q, pair);
        if (!verdict) continue;
        const { q } = stated;
        report({
          messageId: verdict.messageId,
          data: {
            stated: q.text,
            pair: `${shown(doc, pair.before)} → ${shown(doc, pair.after)}`,
            actual: verdict.actual,
            change: verdict.change,
            article: articleFor(verdict.figure),
            points: verdict.points ?? '',
          },
          start: q.start,
          end: q.end,
          // "tripled" has no mechanical replacement that stays a grammatical sentence; the message gives the figure.
          suggestions: /\d/.test(q.text) ? [fixFigure(doc, q, verdict.figure)] : [],
        });
      }
    }
  },
};

/** The article a figure takes when said: "an 80%", "an 11%", "a 66%". */
function articleFor(figure: string): 'a' | 'an' {
  return /^(?:8|1[18](?!\d))/.test(figure) ? 'an' : 'a';
}

/** Replaces the number in the figure, and its article when the new number needs the other one ("an 80%" → "a 66%"). */
function fixFigure(doc: StoryDocument, q: Quantity, figure: string): Suggestion {
  const replacement = q.text.replace(/\d[\d,]*(?:\.\d+)?/, figure);
  const article = articleFor(figure);
  const title = `Replace \`${q.text}\` with \`${replacement}\``;
  const m = /\b(an?)(\s+)$/i.exec(doc.text.slice(Math.max(0, q.start - 4), q.start));
  if (m && m[1].toLowerCase() !== article && /^\d/.test(q.text)) {
    const start = q.start - m[0].length;
    const written = m[1][0] === 'A' ? article[0].toUpperCase() + article.slice(1) : article;
    return { ...replace(title, start, q.end, `${written}${m[2]}${replacement}`), preferred: true };
  }
  // Arithmetic, not a judgement: safe to apply without a look.
  return { ...replace(title, q.start, q.end, replacement), preferred: true };
}

/** A pair value as written, with the noun of a count ("84 km"). */
function shown(doc: StoryDocument, q: Quantity): string {
  if (q.kind === 'count' && q.unit && doc.text.startsWith(` ${q.unit}`, q.end)) return `${q.text} ${q.unit}`;
  return q.text;
}
