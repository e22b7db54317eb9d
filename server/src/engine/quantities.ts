import type { BeforeAfter, Quantity, QuantityKind } from './types';
import { NUMBER_WORDS, MULTIPLE_WORDS, DURATION_UNITS, MONTHS } from './lexicons/numbers';

/*
 * Finds the quantities a listener would hear as numbers: digits or number
 * words, with their unit. Identifiers (L6, P99, Q3, EC2), bare years, dates,
 * times of day, ordinals and version numbers are not quantities.
 */

const DIGITS =
  /(?<![\p{L}\p{N}_.#/:])([$€£¥])?\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s?(%|percent\b|pct\b|percentage points?\b|points?\b|pp\b|x\b|×|-?fold\b|times\b|k\b|K\b|MM\b|M\b|B\b|bn\b|million\b|billion\b|thousand\b|hundred\b|trillion\b)|(?=[\s\p{L}]))?/gu;

const UNIT_AFTER = /^[\s-]?([\p{L}]+)/u;

const SCALE: Record<string, number> = { k: 1e3, K: 1e3, thousand: 1e3, hundred: 100, M: 1e6, MM: 1e6, million: 1e6, B: 1e9, bn: 1e9, billion: 1e9, trillion: 1e12 };

const CURRENCY_WORDS = new Set(['dollars', 'dollar', 'usd', 'euros', 'euro', 'eur', 'pounds', 'gbp', 'yen', 'rupees', 'inr', 'cad', 'aud']);
const NOT_COUNT_AFTER_YEAR = new Set(['was', 'has', 'is', 'as', 'its', 'this', 'always', 'across', 'us', 'his', 'thus', 'was', 'plus', 'less']);
const ORDINAL = /^(st|nd|rd|th)\b/;

/** Returns the quantities in a sentence, with offsets into `text`. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const q = digitQuantity(text, m);
    if (q) out.push(q);
  }
  findWordQuantities(text, out);
  out.sort((a, b) => a.start - b.start);
  return out;
}

function digitQuantity(text: string, m: RegExpExecArray): Quantity | undefined {
  const [whole, currency, num, suffix] = m;
  const start = m.index;
  let end = start + whole.length;
  const after = text.slice(end);
  const before = text.slice(Math.max(0, start - 12), start);
  let value = Number(num.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  // Times of day, ratios like 24/7, dates like 3/14, versions like 3.11.2.
  if (/^[:/]\d/.test(after) || /^\.\d/.test(after) || /^\d/.test(after)) return undefined;
  if (!suffix && ORDINAL.test(after)) return undefined;
  const unitWord = UNIT_AFTER.exec(after)?.[1];
  const unitLower = unitWord?.toLowerCase();
  // "March 3", "3 March"
  if (!currency && !suffix && (MONTHS.has(unitLower ?? '') || /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s$/i.test(before))) return undefined;
  let kind: QuantityKind = 'number';
  let unit = '';
  if (currency) {
    kind = 'money';
    unit = '$';
  }
  if (suffix) {
    if (/^(%|percent|pct)$/.test(suffix)) {
      kind = 'percent';
      unit = '%';
    } else if (/^(percentage points?|points?|pp)$/.test(suffix)) {
      kind = 'percent';
      unit = 'pt';
    } else if (/^(x|×|-?fold|times)$/.test(suffix)) {
      kind = 'multiple';
      unit = 'x';
    } else {
      value *= SCALE[suffix] ?? 1;
      if (!currency) kind = 'count';
    }
  }
  if (!suffix && unitLower && DURATION_UNITS[unitLower] !== undefined) {
    kind = 'duration';
    unit = 'ms';
    value *= DURATION_UNITS[unitLower];
    end += after.indexOf(unitWord!) + unitWord!.length;
  } else if (!suffix && unitLower && CURRENCY_WORDS.has(unitLower)) {
    kind = 'money';
    unit = '$';
  } else if (kind === 'number' && !currency && unitLower && /^\p{L}/u.test(unitLower)) {
    kind = 'count';
    unit = unitLower;
  }
  // Attached units such as 850ms or 2.3s.
  if (!suffix && /^[a-zA-Z]/.test(after) && unitLower && DURATION_UNITS[unitLower] === undefined && !CURRENCY_WORDS.has(unitLower)) {
    return undefined; // an identifier such as 3D, 4G or 2FA
  }
  if (isBareYear(num, currency, suffix, kind, unitLower, before)) return undefined;
  return { kind, value, unit, text: text.slice(start, end), start, end };
}

function isBareYear(num: string, currency: string | undefined, suffix: string | undefined, kind: QuantityKind, unit: string | undefined, before: string): boolean {
  if (currency || suffix || !/^(19|20)\d\d$/.test(num)) return false;
  if (kind === 'duration') return false;
  if (/\b(in|since|by|from|of|until|till|during|early|late|mid|fy|q[1-4]|spring|summer|fall|autumn|winter|before|after|around|circa|year)\s*$/i.test(before)) return true;
  // "2000 requests" is a count; "2019 was" is a year.
  return !(unit && unit.endsWith('s') && !NOT_COUNT_AFTER_YEAR.has(unit));
}

const ONE_DAY_BEFORE = new Set(['in', 'within', 'for', 'after', 'over', 'under', 'than', 'took', 'spent', 'lasted', 'about', 'only', 'just', 'by', 'to']);

const WORD_RE = /\b([A-Za-z]+(?:-[A-Za-z]+)?)\b/g;

function findWordQuantities(text: string, out: Quantity[]): void {
  WORD_RE.lastIndex = 0;
  const words: Array<{ w: string; s: number; e: number }> = [];
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) words.push({ w: m[1].toLowerCase(), s: m.index, e: m.index + m[1].length });
  for (let i = 0; i < words.length; i++) {
    const { w, s, e } = words[i];
    const next = words[i + 1]?.w;
    const prev = words[i - 1]?.w;
    if (MULTIPLE_WORDS[w] !== undefined) {
      if (w === 'double' || w === 'triple') {
        // "double the throughput" is a multiple; "double-check" and "double down" are not.
        if (next && !['the', 'our', 'its', 'their', 'in', 'to'].includes(next)) continue;
      }
      if (w === 'half') {
        if (!(prev === 'in' || prev === 'by' || next === 'the' || next === 'of' && prev !== 'first' && prev !== 'second' && prev !== 'the')) continue;
        if (prev === 'first' || prev === 'second' || prev === 'the') continue;
      }
      out.push({ kind: 'multiple', value: MULTIPLE_WORDS[w], unit: 'x', text: text.slice(s, e), start: s, end: e });
      continue;
    }
    const n = wordNumber(w);
    if (n === undefined) {
      if (/^(dozens|hundreds|thousands|millions|billions)$/.test(w) && next === 'of') {
        out.push({ kind: 'count', value: w === 'dozens' ? 24 : w === 'hundreds' ? 200 : w === 'thousands' ? 2000 : 2e6, unit: words[i + 2]?.w ?? '', text: text.slice(s, e), start: s, end: e });
      }
      continue;
    }
    // Skip number words that are part of a digit quantity ("3 million").
    if (out.some((q) => q.start <= s && q.end >= e)) continue;
    if (w === 'one' || w === 'a') {
      if (!next || DURATION_UNITS[next] === undefined) continue;
      // "One day, the CEO called" is a way of telling, not a duration.
      if (w === 'one' && next === 'day' && !ONE_DAY_BEFORE.has(prev ?? '')) continue;
      if (w === 'a') continue;
    }
    if (w === 'zero' && !next) continue;
    let end = e;
    let kind: QuantityKind = 'count';
    let unit = next ?? '';
    let value = n;
    if (next && DURATION_UNITS[next] !== undefined) {
      kind = 'duration';
      unit = 'ms';
      value = n * DURATION_UNITS[next];
      end = words[i + 1].e;
    } else if (next === 'percent') {
      kind = 'percent';
      unit = '%';
      end = words[i + 1].e;
    } else if (next === 'times' || next === 'fold') {
      kind = 'multiple';
      unit = 'x';
      end = words[i + 1].e;
    }
    out.push({ kind, value, unit, text: text.slice(s, end), start: s, end });
  }
}

function wordNumber(w: string): number | undefined {
  if (NUMBER_WORDS[w] !== undefined) return NUMBER_WORDS[w];
  const parts = w.split('-');
  if (parts.length === 2 && NUMBER_WORDS[parts[0]] >= 20 && NUMBER_WORDS[parts[1]] < 10) return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
  return undefined;
}

/** Finds "from X to Y" and "X → Y" pairs among a sentence's quantities. */
export function findPairs(text: string, qs: Quantity[]): BeforeAfter[] {
  const pairs: BeforeAfter[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    const between = text.slice(a.end, b.start);
    const arrow = /^\s*(?:→|->|=>|⟶)\s*$/.test(between);
    const to = /^\s*(?:[\p{L}\-/]+\s+){0,3}?(?:down\s+|up\s+|all the way\s+)?to\s+(?:just\s+|only\s+|under\s+|about\s+|around\s+|roughly\s+)?$/u.test(between);
    if (!arrow && !to) continue;
    if (to && !/\bfrom\s+(?:[\p{L}\-]+\s+){0,4}$/iu.test(text.slice(Math.max(0, a.start - 60), a.start).replace(/[$€£¥]\s?$/, ''))) continue;
    const before = { ...a };
    const after = { ...b };
    if (before.kind === 'number' || (before.kind === 'count' && after.kind !== 'count')) {
      before.kind = after.kind;
      before.unit = after.unit;
      if (after.kind === 'duration') before.value = a.value * unitScaleOf(b);
    }
    if (after.kind === 'number' && before.kind !== 'number') {
      after.kind = before.kind;
      after.unit = before.unit;
    }
    if (before.kind !== after.kind && !(before.kind === 'count' && after.kind === 'count')) continue;
    pairs.push({ before, after, start: a.start, end: b.end });
    i++;
  }
  return pairs;
}

/** The factor from the written number to its base unit (1000 for "2 seconds"). */
function unitScaleOf(q: Quantity): number {
  const n = Number(/[\d.,]+/.exec(q.text)?.[0]?.replace(/,/g, ''));
  return n ? q.value / n : 1;
}
