import type { BeforeAfter, Quantity } from '../types';

/*
 * Before/after pairs among a sentence's quantities: "from 850 ms to 285 ms",
 * "850 ms → 285 ms", "285 ms, down from 850 ms", "cut 45 minutes to 8 minutes", "four days instead of six".
 */

/** The arrows a note writes between a before and an after. */
const ARROWS = String.raw`(?:\u2192|->|=>|\u27f6|\u279d|\u2794|\u2014>|-->)`;
/** A rate's basis after a figure or its unit: "a month", "per week". */
const RATE_BASIS = String.raw`\s+(?:a|an|per|each)\s+\p{L}+`;
/**
 * "850 ms → 300 ms", "$12K/mo → $9K/mo", "48 in June → 12 in August": an arrow, after the rate's unit if the figure has
 * one, or after when the before was.
 */
const ARROW = new RegExp(
  // "£310 (diesel equivalent) → £190": an aside in brackets after the before.
  String.raw`^(?:\s*\/\s*\p{L}+|\s+(?:in|by|at|on|during)\s+\p{L}[\p{L}\p{N}]*(?:\s+\p{N}{4})?|${RATE_BASIS}|` +
    String.raw`\s*\([\p{L}\s'-]{1,40}\))?\s*` +
    String.raw`${ARROWS}\s*$`,
  'u',
);
const TO_BETWEEN = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}\-/\u00b0]+\s+){0,8}?(?:(?:down|up|all the way|all the way down|all the way up)\s+)?` +
    String.raw`to\s+(?:[\p{L}]+\s+){0,2}[~<>\u2248]?\s*$`,
  'u',
);
const FROM_BEFORE = /\bfrom\s+(?:[\p{L}-]+\s+){0,4}[~<>\u2248]?\s*$/iu;
const REVERSED_BETWEEN = /^\s*[,(\u2014\u2013-]?\s*(?:down|up)\s+from\s+(?:[\p{L}]+\s+){0,2}[~<>\u2248]?\s*$/iu;
const REVERSED_AFTER_SHARE = /^(?:\s+[\p{L}'-]+){0,6}\s*[,(\u2014\u2013-]\s*(?:down|up)\s+from\s+[~<>\u2248]?\s*$/iu;
/** Words for the goal an amount was planned at (also how far a stated change is over or under it: changes.ts). */
export const GOALS = 'forecast|target|budget|plan|tender|quote|estimate|goal';

/** "12 late trucks, from 40": the after, then a bare before that takes its unit. */
const REVERSED_BARE = /^(?:\s+[\p{L}'-]+){0,3}\s*,\s*(?:(?:down|up)\s+)?from\s+[~<>\u2248]?$/u;
/** "four days a month instead of six": the after, then the before it replaced. */
const INSTEAD_OF = /^\s*(?:[\p{L}]+\s+){0,3}?instead\s+of\s+(?:the\s+)?$/u;
/**
 * "£1.2m vs £800k the year before", "2,500 an hour at peak versus 1,600 on the manual line": the after, then the before.
 * "Against" sets a figure beside its goal, not its past: read only for amounts, by AGAINST_GOAL_BETWEEN below.
 */
const VERSUS_BETWEEN = /^\s*(?:[\p{L}\p{N}\-/]+\s+){0,6}?(?:vs\.?|versus|compared (?:with|to))\s+(?:[\p{L}]+\s+){0,2}[~<>\u2248]?\s*$/iu;
/**
 * "$310,000 in sales against a forecast of $260,000", "£46k against the £70k we'd budgeted": an amount set against the
 * goal it was planned at, which a stated "30% over plan" or "a 45% saving" measures from. Amounts and counts only: a
 * percentage beside its goal ("a 21% margin against the 18% target") is told as it is, with no change stated.
 */
const AGAINST_GOAL_BETWEEN = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}\-/]+\s+){0,3}?against\s+(?:a|an|the|our|their|its)\s+(?:(${GOALS})\s+of\s+)?[~<>\u2248]?\s*$`,
  'iu',
);
/**
 * "£14,200 on the night against £9,000 the year before": the after set against the before, which a time gone by right
 * after it names as the past, not a goal.
 */
const AGAINST_PAST_BETWEEN = /^\s*(?:[\p{L}\p{N}\-/]+\s+){0,4}?against\s+[~<>\u2248]?\s*$/iu;
/** A time gone by right after the before: "the year before", "a term earlier", "last season", "in 2023". */
const PAST_AFTER = new RegExp(
  String.raw`^\s+(?:(?:the|a)\s+(?:year|month|week|quarter|season|term|night|day|time)\s+before|` +
    String.raw`(?:a|one|the)\s+(?:year|month|week|quarter|season|term)\s+earlier|` +
    String.raw`(?:the\s+)?(?:last|previous|prior)\s+(?:year|month|week|quarter|season|term|time|event|one)|(?:in|for)\s+(?:19|20)\d\d)\b`,
  'iu',
);
/** What names the goal right after its amount: "the £70k we'd budgeted", "the £60k target". */
const GOAL_AFTER = new RegExp(
  String.raw`^\s+(?:(?:we|i)(?:'d|\u2019d| had)?\s+)?(?:${GOALS}|budgeted|targeted|planned|quoted|estimated)\b`,
  'iu',
);
const TO_BEFORE = /\bto\s+(?:[\p{L}]+\s+){0,2}[~<>\u2248]?\s*$/iu;
const FROM_BETWEEN = /^\s*(?:[\p{L}\p{N}\-/]+\s+){0,3}?from\s+(?:[\p{L}]+\s+){0,2}[~<>\u2248]?\s*$/u;
const CHANGE_VERB_BEFORE = new RegExp(
  String.raw`\b(?:cut|cutting|reduced|reducing|dropped|dropping|lowered|lowering|brought|bringing|improved|` +
    String.raw`improving|increased|increasing|grew|growing|raised|raising|boosted|boosting|shrank|shrunk|slashed|` +
    String.raw`sped|trimmed|moved|fell|rose|jumped|climbed|declined|decreased|` +
    String.raw`decreasing)\s+(?:[\p{L}\p{N}'\u2019-]+\s+){0,4}$`,
  'iu',
);

/**
 * "18,200 households signed up, and by the second year that had risen to 21,900": the before, then a clause whose subject
 * points back to it and a verb of change to the after.
 */
const POINTED_BACK_TO = new RegExp(
  String.raw`^[^.;:!?]{0,80}?(?:,|\band|\bbut)\s+(?:[\p{L}\p{N}-]+\s+){0,5}?(?:(?:that|this|it|which)\s+(?:had\s+|has\s+|then\s+)?` +
    String.raw`(?:risen|rose|grown|grew|fallen|fell|dropped|climbed|increased|decreased|gone up|gone down|went up|went down|` +
    String.raw`come down|came down)|` +
    // "DSO was 45 days and we got it down to 30": someone brings the figure pointed back to down or up.
    String.raw`(?:we|i|they)\s+(?:had\s+|then\s+)?(?:got|brought|cut|pushed|took|pulled|drove|driven|gotten)\s+(?:it|that|this|them)` +
    String.raw`\s+(?:down|up|back\s+down|back\s+up))\s+to\s+[~<>\u2248]?\s*$`,
  'iu',
);

/** Finds "from X to Y", "X → Y", "Y, down from X" and "to Y from X" pairs among a sentence's quantities. */
export function findPairs(text: string, all: Quantity[]): BeforeAfter[] {
  const pairs: BeforeAfter[] = [];
  // "from 14 per 1,000 to 5 per 1,000": the rate's base is no value of its own.
  const qs = all.some((q) => isRateBase(text, q)) ? all.filter((q) => !isRateBase(text, q)) : all;
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    const between = withoutRateBases(text.slice(a.end, b.start));
    const lead = text.slice(Math.max(0, a.start - 60), a.start);
    let pair: BeforeAfter | undefined;
    if (
      ARROW.test(between) ||
      arrowAfterUnit(a, b, between) ||
      (TO_BETWEEN.test(between) && FROM_BEFORE.test(lead)) ||
      POINTED_BACK_TO.test(between)
    )
      pair = makePair(a, b);
    else if (
      REVERSED_BETWEEN.test(between) ||
      INSTEAD_OF.test(between) ||
      ((VERSUS_BETWEEN.test(between) || (AGAINST_PAST_BETWEEN.test(between) && PAST_AFTER.test(text.slice(b.end, b.end + 40)))) &&
        (a.kind === b.kind || (b.kind === 'number' && (a.kind === 'count' || a.kind === 'money')))) ||
      (FROM_BETWEEN.test(between) && TO_BEFORE.test(lead)) ||
      (a.kind !== 'percent' && b.kind !== 'percent' && againstGoal(text, between, b)) ||
      (b.kind === 'number' && (a.kind === 'count' || a.kind === 'duration' || a.kind === 'money') && REVERSED_BARE.test(between))
    )
      pair = makePair(b, a);
    else if (
      /^\s+to\s+$/.test(between) &&
      CHANGE_VERB_BEFORE.test(lead) &&
      !/\bby\s+$/i.test(lead) &&
      a.kind !== 'number' &&
      b.kind !== 'number'
    )
      pair = makePair(a, b);
    // "27 of 40 passed, up from 18": the denominator of a share sits between the after and the before.
    const c = qs[i + 2];
    if (!pair && c && /^\s+(?:of|out of)\s+$/.test(between) && REVERSED_AFTER_SHARE.test(text.slice(b.end, c.start))) {
      pair = makePair(c, a);
      if (pair) {
        pairs.push(pair);
        i += 2;
        continue;
      }
    }
    if (!pair) continue;
    pairs.push(pair);
    i++;
  }
  return pairs;
}

/**
 * "120 items → 45 items", "14 pages a week → 9 pages a week": the arrow after the noun the first figure counts, and its rate,
 * with the same noun after the second. Not "38 offers → 25 accepted (66%)" or "86 PDUs → 7 with errors": a share of them.
 */
function arrowAfterUnit(a: Quantity, b: Quantity, between: string): boolean {
  if (a.kind !== 'count' || !a.unit || b.kind !== 'count' || b.unit !== a.unit) return false;
  const m = UNIT_THEN_ARROW.exec(between);
  return !!m && m[1].toLowerCase() === a.unit;
}
const UNIT_THEN_ARROW = new RegExp(String.raw`^\s+(\p{L}+)(?:${RATE_BASIS})?\s*${ARROWS}\s*$`, 'u');

/** "A against the B target": the goal named between the two amounts or right after the second. */
function againstGoal(text: string, between: string, b: Quantity): boolean {
  const m = AGAINST_GOAL_BETWEEN.exec(between);
  return !!m && (m[1] !== undefined || GOAL_AFTER.test(text.slice(b.end, b.end + 40)));
}

/** The base of a rate: the "1,000" of "14 per 1,000", or of "3.9 per 1,000 bed days". */
function isRateBase(text: string, q: Quantity): boolean {
  return (q.kind === 'number' || q.kind === 'count') && /\bper\s+$/i.test(text.slice(Math.max(0, q.start - 5), q.start));
}

/** Text between two values with the bases of their rates taken out: " per 1,000 to " reads " to ". */
export function withoutRateBases(between: string): string {
  return between.includes('per') ? between.replace(/^\s*per\s+[\d][\d,.]*/i, '') : between;
}

function makePair(a: Quantity, b: Quantity): BeforeAfter | undefined {
  const before = { ...a };
  const after = { ...b };
  // A bare number takes the unit of its partner ("from 850 to 285 ms", "from 40 minutes to 12").
  // Its partner's scale too ("from 1.2 to 3.4 million"), unless it is written out in full ("from 1.2 million to 780,000").
  if (before.kind === 'number' && after.kind !== 'number') {
    before.kind = after.kind;
    before.unit = after.unit;
    before.value = writtenInFull(a, b) ? a.value : a.value * unitScaleOf(b);
  } else if (after.kind === 'number' && before.kind !== 'number') {
    after.kind = before.kind;
    after.unit = before.unit;
    after.value = writtenInFull(b, a) ? b.value : b.value * unitScaleOf(a);
  } else if (before.kind === 'money' && after.kind === 'count' && !after.unit) {
    after.kind = 'money';
    after.unit = '$';
  } else if (after.kind === 'money' && before.kind === 'count' && !before.unit) {
    before.kind = 'money';
    before.unit = '$';
  }
  if (before.kind !== after.kind) return undefined;
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { before, after, start, end };
}

/**
 * A bare number written out in full beside a partner whose scale is a word or letter ("from 1.2 million to 780,000"): it
 * takes the partner's unit but not its scale. A unit's own factor ("from 1,900 to 1,150 hrs") it always takes.
 */
function writtenInFull(bare: Quantity, partner: Quantity): boolean {
  return bare.value >= 1000 && MAGNITUDE.test(partner.text);
}
const MAGNITUDE = /\d\s*(?:k|m|mm|bn|b)\b|\b(?:thousand|million|billion|trillion)\b/i;

/** The factor from the written number to its base unit (1000 for "2 seconds", 1e6 for "$1.2M"). */
function unitScaleOf(q: Quantity): number {
  const n = q.written ?? Number(/[\d.,]+/.exec(q.text)?.[0]?.replace(/,/g, ''));
  return n ? q.value / n : 1;
}
