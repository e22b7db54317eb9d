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
    out.push(q);
    lastEnd = q.end;
  }
  return out;
}
