import type { Quantity, Sentence, StoryDocument } from '../types';
import { formatPercent, percentFits, roomBefore } from './changes';

/*
 * A part of a whole told with the percentage it is said to be: "11 out of the 14 CAPAs were closed before the audit,
 * which is 85%" (it is 79%). Only the tight shape is read, the part and the whole right before the figure with nothing
 * but what they count between, so a percentage of something else in the same sentence is never taken for it.
 */

export interface StatedFraction {
  q: Quantity;
  part: string;
  whole: string;
  /** The percentage the part really is, as written in a message and a fix ("79"). */
  figure: string;
}

/**
 * "A (out) of (the) B", what B counts and what happened to it (no clause of its own), a comma, then what the figure is
 * said as, read back from the figure. Not a step of a sequence ("week 3 of 4", "page 2 of 10").
 */
const FRACTION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-]|\b(?:week|day|month|year|page|step|phase|stage|round|part|chapter|level|grade|term|sprint|` +
    String.raw`episode|game|match|race|leg|lap|slide|question|item|number|no\.?) )(\d{1,3}(?:,\d{3})+|\d+) (?:out )?of ` +
    String.raw`(?:the |all |our |my |its |their |those |these )?(\d{1,3}(?:,\d{3})+|\d+)(?![\p{N}.,]\d)` +
    String.raw`(?:\s+(?!(?:and|but|while|whereas|so|which|who|that|or|vs|versus|against|than|from|to)(?![\p{L}'-]))[\p{L}'-]+){0,8}` +
    String.raw`\s*,\s*(?:(?:which|that|this|it)\s*(?:\s(?:is|was)|['\u2019]s)\s+|so\s+|i\.?e\.?,?\s+|or\s+)?(?:just\s+)?` +
    String.raw`(?:(?:about|around|roughly|approximately|nearly|almost|close to|some|over|more than|under|less than|just over|` +
    String.raw`just under)\s+)?[~\u2248]?$`,
  'iu',
);

/** After the figure: the end of its clause, or the whole it is a share of ("33% of the list"), not a change ("40% shortfall"). */
const SHARE_AFTER = /^\s*(?:$|[.,;:)!?\u2014\u2013]|-\s|and\b|of (?:the|our|my|all|them|those|it|this|that|its|their)\b)/iu;

/** Percentages in the sentence said to be a part of a whole that they are not. */
export function statedFractions(doc: StoryDocument, s: Sentence): StatedFraction[] {
  const out: StatedFraction[] = [];
  for (const q of s.quantities) {
    if (q.kind !== 'percent' || q.unit !== '%') continue;
    const lead = doc.text.slice(Math.max(s.start, q.start - 160), q.start);
    if (!lead.includes(' of ')) continue;
    const m = FRACTION_BEFORE.exec(lead);
    if (!m || !SHARE_AFTER.test(doc.text.slice(q.end, Math.min(s.end, q.end + 12)))) continue;
    const part = Number(m[1].replace(/,/g, ''));
    const whole = Number(m[2].replace(/,/g, ''));
    if (!(whole > 0) || part > whole) continue;
    const actual = (part / whole) * 100;
    if (percentFits(roomBefore(lead), q.value, actual)) continue;
    out.push({ q, part: m[1], whole: m[2], figure: formatPercent(actual) });
  }
  return out;
}
