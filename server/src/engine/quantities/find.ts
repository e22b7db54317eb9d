import type { Quantity } from '../types';
import { DIGITS, digitQuantity } from './digits';
import { findWordQuantities, findFrequencyPairs } from './words';

/*
 * Finds the quantities a listener would hear as numbers: digits or number
 * words, with their unit. Identifiers (L6, P99, Q3, EC2, Sev-1, SOC 2,
 * Windows 10), bare years, dates, times of day, ordinals and version numbers
 * are not quantities.
 */

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

const HAS_DIGIT = /\d/;

function findDigitQuantities(text: string, found: Quantity[]): void {
  const dates: Array<[number, number]> = [];
  ISO_DATE.lastIndex = 0;
  for (let m = ISO_DATE.exec(text); m; m = ISO_DATE.exec(text)) dates.push([m.index, m.index + m[0].length]);
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    if (dates.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
    const q = digitQuantity(text, m);
    if (q) found.push(q);
  }
}

/** Returns the quantities in a sentence, with offsets into `text`. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  // Digits and ISO dates need an ASCII digit (\d); most sentences have none.
  if (HAS_DIGIT.test(text)) findDigitQuantities(text, found);
  findWordQuantities(text, found);
  findFrequencyPairs(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quantity[] = [];
  let lastEnd = -1;
  for (const q of found) {
    if (q.start < lastEnd) continue;
    const prev = out[out.length - 1];
    // "3 hours 10 minutes", "1 hour and 25 minutes": one duration told in two units, the larger first.
    if (prev?.kind === 'duration' && q.kind === 'duration' && smallerUnit(q, prev) && COMPOUND_JOIN.test(text.slice(prev.end, q.start))) {
      out[out.length - 1] = { ...prev, value: prev.value + q.value, text: text.slice(prev.start, q.end), end: q.end };
      lastEnd = q.end;
      continue;
    }
    out.push(q);
    lastEnd = q.end;
  }
  // "a day and a half", "an hour and a half": half as much again.
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    AND_A_HALF.lastIndex = q.end;
    const half = q.kind === 'duration' ? AND_A_HALF.exec(text) : null;
    if (half && !(out[i + 1]?.start < q.end + half[0].length))
      out[i] = {
        ...q,
        value: q.value * 1.5,
        written: q.written * 1.5,
        text: text.slice(q.start, q.end + half[0].length),
        end: q.end + half[0].length,
      };
  }
  return out;
}

/** What joins the parts of one duration: a space or "and" ("4 days, 2 days and 1 day" is a list). */
const COMPOUND_JOIN = /^(?:\s+|\s+and\s+)$/;

/** The unit of `q` is smaller than that of `than`: minutes after hours, not days after days. */
const smallerUnit = (q: Quantity, than: Quantity): boolean => q.value / q.written < than.value / than.written;
/** Read where a duration ends (sticky), not on a copy of the rest of the text for every duration. */
const AND_A_HALF = /\s+and\s+a\s+half\b/iy;
