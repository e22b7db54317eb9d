import type { Quantity, QuantityKind } from './types';
import { NUMBER_WORDS, SCALE_WORDS, MULTIPLE_WORDS, FRACTION_WORDS, DURATION_UNITS, FREQUENCY_WORDS, MONTHS, LABEL_WORDS } from './lexicons/numbers';

/*
 * Finds the quantities a listener would hear as numbers: digits or number
 * words, with their unit. Identifiers (L6, P99, Q3, EC2, Sev-1, SOC 2,
 * Windows 10), bare years, dates, times of day, ordinals and version numbers
 * are not quantities.
 */

const DIGITS =
  /(?<![\p{L}\p{N}_.#/:\\])(?<!\p{L}-)(?:([$€£¥₹])\s?)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:(?:\s|-(?=point|percent))?(%|percent\b|per cent\b|pct\b|percentage[ -]points?\b|points?\b|pts?\b|pp\b|bps\b|basis points?\b|[xX](?![\p{L}\p{N}])|×|-?fold\b|times\b|k\b|K\b|MM\b|M\b|B\b|bn\b|million\b|billion\b|thousand\b|hundred\b|trillion\b))?/gu;

const UNIT_AFTER = /^[\s-]?([\p{L}]+)/u;
const SCALE: Record<string, number> = { k: 1e3, K: 1e3, thousand: 1e3, hundred: 100, M: 1e6, MM: 1e6, million: 1e6, B: 1e9, bn: 1e9, billion: 1e9, trillion: 1e12 };
const CURRENCY_WORDS = new Set(['dollars', 'dollar', 'usd', 'euros', 'euro', 'eur', 'pounds', 'gbp', 'yen', 'rupees', 'inr', 'cad', 'aud', 'bucks']);
const NOT_COUNT_AFTER_YEAR = new Set(['was', 'has', 'is', 'as', 'its', 'this', 'always', 'across', 'us', 'his', 'thus', 'plus', 'less']);
/** Words after a number that are not its unit ("12 per month", "3.2 to 4.1"). */
const NOT_UNITS = new Set([
  'to', 'and', 'or', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'per', 'out', 'than', 'the', 'a', 'an', 'as',
  'into', 'over', 'under', 'after', 'before', 'while', 'when', 'which', 'that', 'is', 'was', 'were', 'are', 'be', 'been',
  'it', 'we', 'i', 'they', 'he', 'she', 'this', 'these', 'those', 'then', 'so', 'but', 'if', 'across', 'between',
  'within', 'during', 'up', 'down', 'more', 'less', 'fewer', 'each', 'every', 'across', 'vs', 'versus',
]);
/** Capitalised words that may stand before an amount mid-sentence ("Over 40"). */
const CAPITAL_NOT_LABEL = new Set([
  'i', 'the', 'a', 'an', 'over', 'about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'under', 'some', 'all',
  'top', 'each', 'every', 'approximately', 'by', 'to', 'from', 'in', 'at', 'on', 'with', 'and', 'or', 'than', 'of', 'for',
  'we', 'our', 'my', 'it', 'after', 'before', 'within', 'another', 'first', 'last', 'next', 'then',
  // Metric names stand before their value ("NPS 47", "MTTR 20 minutes").
  'nps', 'csat', 'mttr', 'mttd', 'sla', 'slo', 'arr', 'mrr', 'dau', 'mau', 'wau', 'qps', 'rps', 'tps', 'cpu', 'roi', 'ltv',
  'cac', 'aov', 'gmv', 'kpi', 'okr',
]);
const NOT_PLURAL = new Set(['was', 'has', 'is', 'does', 'goes', 'this', 'thus', 'its', 'as', 'us', 'yes', 'plus', 'less', 'across', 'always', 'perhaps', 'sometimes', 'minus', 'whereas', 'his', 'hers', 'ours', 'theirs', 'unless']);
const IRREGULAR_PLURALS = new Set(['people', 'staff', 'children', 'men', 'women', 'personnel', 'feet', 'teeth', 'data', 'media', 'criteria']);
const COMPARATIVE_AFTER_TIMES = new Set(['faster', 'more', 'higher', 'larger', 'bigger', 'better', 'fewer', 'less', 'lower', 'smaller', 'cheaper', 'quicker', 'slower', 'as', 'the', 'over', 'greater', 'longer', 'shorter', 'what', 'our', 'its', 'their']);
const ORDINAL = /^(st|nd|rd|th)\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** The number as written (before unit scaling), so pairs can carry a unit across ("from 40 minutes to 12"). */
const written = new WeakMap<Quantity, number>();

function make(kind: QuantityKind, value: number, unit: string, text: string, start: number, end: number, number: number): Quantity {
  const q: Quantity = { kind, value, unit, text: text.slice(start, end), start, end };
  written.set(q, number);
  return q;
}

/** Returns the quantities in a sentence, with offsets into `text`. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const dates: Array<[number, number]> = [];
  ISO_DATE.lastIndex = 0;
  for (let m = ISO_DATE.exec(text); m; m = ISO_DATE.exec(text)) dates.push([m.index, m.index + m[0].length]);
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    if (dates.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
    const q = digitQuantity(text, m);
    if (q) found.push(q);
  }
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

function digitQuantity(text: string, m: RegExpExecArray): Quantity | undefined {
  const [whole, currency, num, suffix] = m;
  const start = m.index;
  let end = start + whole.length;
  let after = text.slice(end);
  const before = text.slice(Math.max(0, start - 40), start);
  const number = Number(num.replace(/,/g, ''));
  if (!Number.isFinite(number)) return undefined;
  let value = number;
  if (!suffix) {
    // A rating such as 4.6/5 is an amount; 24/7, 3/14 and 3/4/2021 are not.
    const rating = /^\/(5|10|100)(?![\d/]|\.\d)/.exec(after);
    if (rating) {
      if (number > Number(rating[1])) return undefined;
      end += rating[0].length;
      return make('number', value, `/${rating[1]}`, text, start, end, number);
    }
    // Times of day, ratios like 24/7, dates like 3/14, versions like 3.11.2.
    if (/^[:/]\d/.test(after) || /^\.\d/.test(after) || /^\d/.test(after)) return undefined;
    if (ORDINAL.test(after)) return undefined;
    if (/^\s?(?:[ap]\.m\.|[ap]m\b|o'clock)/i.test(after)) return undefined;
  }
  // "100s of users"
  if (!suffix && /^s\s+of\b/.test(after)) {
    end += 1;
    return make('count', value, /^s\s+of\s+([\p{L}]+)/u.exec(after)?.[1] ?? '', text, start, end, number);
  }
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
    if (/^(%|percent|per cent|pct)$/.test(suffix)) {
      kind = 'percent';
      unit = '%';
    } else if (/^(bps|basis points?)$/.test(suffix)) {
      kind = 'percent';
      unit = 'pt';
      value /= 100;
    } else if (/^(percentage[ -]points?|points?|pts?|pp)$/.test(suffix)) {
      kind = 'percent';
      unit = 'pt';
    } else if (/^([xX]|×|-?fold)$/.test(suffix)) {
      kind = 'multiple';
      unit = 'x';
    } else if (suffix === 'times') {
      // "3 times faster" is a multiple; "I met them 3 times" counts occasions.
      const next = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
      kind = next && COMPARATIVE_AFTER_TIMES.has(next) ? 'multiple' : 'count';
      unit = kind === 'multiple' ? 'x' : 'times';
    } else {
      value *= SCALE[suffix] ?? 1;
      kind = currency ? 'money' : 'count';
      const word = UNIT_AFTER.exec(after)?.[1]?.toLowerCase();
      if (word && CURRENCY_WORDS.has(word)) {
        kind = 'money';
        unit = '$';
        end += after.indexOf(word) + word.length;
      } else if (!currency && word && !NOT_UNITS.has(word)) unit = word;
    }
    return make(kind, value, unit, text, start, end, number);
  }
  const attached = /^[a-zA-Z]/.test(after);
  if (unitLower && DURATION_UNITS[unitLower] !== undefined) {
    kind = 'duration';
    unit = 'ms';
    value *= DURATION_UNITS[unitLower];
    end += after.indexOf(unitWord!) + unitWord!.length;
  } else if (attached) {
    return undefined; // an identifier such as 3D, 4G, 2FA or 5xx
  } else if (unitLower && CURRENCY_WORDS.has(unitLower)) {
    kind = 'money';
    unit = '$';
  } else if (!currency && unitLower && !NOT_UNITS.has(unitLower)) {
    kind = 'count';
    unit = unitLower;
  }
  if (!currency && kind !== 'duration' && isLabel(text, start, after)) return undefined;
  if (!currency && isBareYear(num, kind, unitLower, before)) return undefined;
  return make(kind, value, unit, text, start, end, number);
}

/** "Phase 2", "Sev 1", "Windows 10", "SOC 2 audit": a number that names rather than counts. */
function isLabel(text: string, start: number, after: string): boolean {
  const prev = /([\p{L}][\p{L}\p{N}.&+#]*)[ \t-]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!prev) return false;
  const word = prev[1];
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (isPluralNoun(/^\s+([\p{L}]+)/u.exec(after)?.[1])) return false;
  if (LABEL_WORDS.has(lower)) return true;
  if (!/^\p{Lu}/u.test(word) || CAPITAL_NOT_LABEL.has(lower)) return false;
  // A capitalised word mid-sentence is a name ("Postgres 14"); at the start of a sentence or clause it is not.
  const wordStart = start - prev[0].length;
  const lead = text.slice(Math.max(0, wordStart - 20), Math.max(0, wordStart)).trimEnd();
  return /[\p{L}\p{N},]$/u.test(lead);
}

function isPluralNoun(word: string | undefined): boolean {
  if (!word) return false;
  if (IRREGULAR_PLURALS.has(word)) return true;
  return /^[a-z]{2,}s$/.test(word) && !/(ss|us|is)$/.test(word) && !NOT_PLURAL.has(word);
}

function isBareYear(num: string, kind: QuantityKind, unit: string | undefined, before: string): boolean {
  if (!/^(19|20)\d\d$/.test(num)) return false;
  if (kind === 'duration') return false;
  if (/\b(in|since|by|from|of|until|till|during|early|late|mid|fy|q[1-4]|h[12]|spring|summer|fall|autumn|winter|before|after|around|circa|year|between|through|and|to)\s*$/i.test(before)) return true;
  // "2000 requests" is a count; "2019 was" is a year.
  return !(unit && unit.endsWith('s') && !NOT_COUNT_AFTER_YEAR.has(unit));
}

const ONE_DAY_BEFORE = new Set(['in', 'within', 'for', 'after', 'over', 'under', 'than', 'took', 'spent', 'lasted', 'about', 'only', 'just', 'by', 'to', 'from', 'around', 'nearly', 'almost', 'roughly']);
/** Frames where "one" is an amount rather than a pronoun ("down to one", "only one"). */
const ONE_AMOUNT_BEFORE = new Set(['to', 'from', 'only', 'just', 'than', 'exactly']);
/** Frames where "a day", "an hour" is a span of time ("from a day to an hour", "within a week"). */
const A_UNIT_BEFORE = new Set(['from', 'to', 'under', 'within', 'than', 'in', 'over', 'about', 'around', 'nearly', 'almost', 'only', 'just', 'for', 'took', 'roughly']);
const FRACTION_FRAME_BEFORE = new Set(['by', 'to', 'than', 'about', 'nearly', 'roughly', 'almost', 'over', 'under', 'around', 'approximately', 'only', 'just']);
const DIGIT_WORDS: Record<string, number> = Object.assign(Object.create(null), { 'single-digit': 5, 'double-digit': 50, 'triple-digit': 500 });

const WORD_RE = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

interface W {
  w: string;
  s: number;
  e: number;
}

/**
 * Every word that can start or carry a quantity in words. A sentence with none
 * of them has no word quantities, so the word-by-word pass is skipped (speed only).
 */
const WORD_TRIGGER = new RegExp(
  `(?<![a-z])(?:${[
    ...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(MULTIPLE_WORDS), ...Object.keys(FRACTION_WORDS),
    ...Object.keys(DURATION_UNITS), ...Object.keys(FREQUENCY_WORDS), ...Object.keys(DIGIT_WORDS),
    'couple', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'magnitude', 'figure', 'sub-', 'half', 'quarter', 'double', 'triple',
  ]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`,
  'i',
);

function findWordQuantities(text: string, out: Quantity[]): void {
  if (!WORD_TRIGGER.test(text)) return;
  WORD_RE.lastIndex = 0;
  const words: W[] = [];
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) words.push({ w: m[0].toLowerCase(), s: m.index, e: m.index + m[0].length });
  // Characters already inside a quantity, so "3 million" is not read again as "million".
  const mask = new Uint8Array(text.length);
  for (const q of out) mask.fill(1, q.start, q.end);
  const covered = (s: number, e: number) => mask.subarray(s, e).includes(1);
  const push = (kind: QuantityKind, value: number, unit: string, s: number, e: number, n: number) => {
    if (covered(s, e)) return;
    out.push(make(kind, value, unit, text, s, e, n));
    mask.fill(1, s, e);
  };
  // Words are adjacent when only spaces separate them.
  const adj = (a: W | undefined, b: W | undefined) => !!a && !!b && /^\s+$/.test(text.slice(a.e, b.s));
  for (let i = 0; i < words.length; i++) {
    const { w, s, e } = words[i];
    const nx = adj(words[i], words[i + 1]) ? words[i + 1] : undefined;
    const next = nx?.w;
    const prev = words[i - 1]?.w;
    const prev2 = words[i - 2]?.w;
    if (DIGIT_WORDS[w] !== undefined) {
      push('number', DIGIT_WORDS[w], '', s, e, DIGIT_WORDS[w]);
      continue;
    }
    const figure = /^(five|six|seven|eight|nine|ten)-figure$/.exec(w);
    if (figure) {
      push('money', 10 ** (NUMBER_WORDS[figure[1]] - 1), '$', s, e, 1);
      continue;
    }
    const sub = /^sub-(millisecond|second|minute|hour|day)$/.exec(w);
    if (sub) {
      push('duration', DURATION_UNITS[sub[1]], 'ms', s, e, 1);
      continue;
    }
    if ((w === 'order' || w === 'orders') && next === 'of' && words[i + 2]?.w === 'magnitude') {
      push('multiple', w === 'order' ? 10 : 100, 'x', s, words[i + 2].e, w === 'order' ? 10 : 100);
      continue;
    }
    if (w === 'half') {
      const unitW = words[i + 2];
      if ((next === 'a' || next === 'an') && unitW && DURATION_UNITS[unitW.w] !== undefined && adj(nx, unitW)) {
        push('duration', DURATION_UNITS[unitW.w] / 2, 'ms', s, unitW.e, 0.5);
        continue;
      }
      // "in half", "by half", "half the time", "half of the tickets"; not "the first half".
      if (prev === 'first' || prev === 'second' || prev === 'the' || prev === 'other') continue;
      if (!(prev === 'in' || prev === 'by' || next === 'the' || next === 'of' || next === 'as')) continue;
      push('multiple', 0.5, 'x', s, e, 0.5);
      continue;
    }
    if (MULTIPLE_WORDS[w] !== undefined) {
      if (w === 'double' || w === 'triple') {
        // "double the throughput" is a multiple; "double-check" and "double down" are not.
        if (!next || !['the', 'our', 'its', 'their', 'in', 'to', 'what'].includes(next)) continue;
      }
      push('multiple', MULTIPLE_WORDS[w], 'x', s, e, MULTIPLE_WORDS[w]);
      continue;
    }
    const fold = /^([a-z]+)-?fold$/.exec(w);
    if (fold && NUMBER_WORDS[fold[1]] !== undefined) {
      push('multiple', NUMBER_WORDS[fold[1]], 'x', s, e, NUMBER_WORDS[fold[1]]);
      continue;
    }
    if (fractionAt(text, words, i, push)) continue;
    if ((w === 'a' || w === 'an') && next && DURATION_UNITS[next] !== undefined && !/^(ms|s|h|min|mo)$/.test(next)) {
      if (prev && A_UNIT_BEFORE.has(prev) && adj(words[i - 1], words[i])) push('duration', DURATION_UNITS[next], 'ms', s, nx!.e, 1);
      continue;
    }
    if (w === 'couple') {
      const k = words[i + 1]?.w === 'of' ? i + 2 : i + 1;
      const unitW = words[k];
      if (prev === 'a' && unitW && DURATION_UNITS[unitW.w] !== undefined) push('duration', 2 * DURATION_UNITS[unitW.w], 'ms', words[i - 1].s, unitW.e, 2);
      continue;
    }
    let n = wordNumber(w);
    if (n === undefined) {
      if (/^(dozens|hundreds|thousands|millions|billions)$/.test(w) && next === 'of') {
        push('count', w === 'dozens' ? 24 : w === 'hundreds' ? 200 : w === 'thousands' ? 2000 : w === 'millions' ? 2e6 : 2e9, words[i + 2]?.w ?? '', s, e, 1);
      }
      continue;
    }
    if (covered(s, e)) continue;
    if (w === 'one') {
      const amount =
        (next && DURATION_UNITS[next] !== undefined && (next !== 'day' || (prev !== undefined && ONE_DAY_BEFORE.has(prev)))) ||
        (prev !== undefined && ONE_AMOUNT_BEFORE.has(prev) && next !== 'of' && next !== 'another' && next !== 'that' && next !== 'who') ||
        next === 'per' ||
        (next === 'in' && words[i + 2] && wordNumber(words[i + 2].w) !== undefined);
      // "One day, the CEO called" is a way of telling; "one of us" is a pronoun.
      if (!amount) continue;
    }
    if (w === 'zero' && !next) continue;
    if ((w === 'hundred' || w === 'thousand') && prev === 'a') n = SCALE_WORDS[w];
    let end = e;
    let j = i + 1;
    // "two hundred", "three million"
    while (words[j] && SCALE_WORDS[words[j].w] !== undefined && adj(words[j - 1], words[j])) {
      n *= SCALE_WORDS[words[j].w];
      end = words[j].e;
      j++;
    }
    const unitW = adj(words[j - 1], words[j]) ? words[j] : undefined;
    const u = unitW?.w;
    let kind: QuantityKind = 'count';
    let unit = u && !NOT_UNITS.has(u) ? u : '';
    let value = n;
    if (u && DURATION_UNITS[u] !== undefined) {
      kind = 'duration';
      unit = 'ms';
      value = n * DURATION_UNITS[u];
      end = unitW!.e;
    } else if (u === 'percent') {
      kind = 'percent';
      unit = '%';
      end = unitW!.e;
    } else if (u === 'percentage' && words[j + 1]?.w.startsWith('point')) {
      kind = 'percent';
      unit = 'pt';
      end = words[j + 1].e;
    } else if (u === 'times' || u === 'fold') {
      const after = words[j + 1]?.w;
      if (u === 'fold' || (after && COMPARATIVE_AFTER_TIMES.has(after))) {
        kind = 'multiple';
        unit = 'x';
      } else unit = 'times';
      end = unitW!.e;
    } else if (u && CURRENCY_WORDS.has(u)) {
      kind = 'money';
      unit = '$';
      end = unitW!.e;
    } else if (!unit) kind = 'number';
    push(kind, value, unit, s, end, n);
    i = j - 1;
  }
}

/** "a third", "two-thirds", "by a quarter": a share, read as a percentage. */
function fractionAt(text: string, words: W[], i: number, push: (k: QuantityKind, v: number, u: string, s: number, e: number, n: number) => void): boolean {
  const { w, s, e } = words[i];
  let numWord: string | undefined;
  let fracWord: string | undefined;
  let start = s;
  const hy = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hy && (NUMBER_WORDS[hy[1]] !== undefined) && FRACTION_WORDS[hy[2]] !== undefined) {
    numWord = hy[1];
    fracWord = hy[2];
  } else if (FRACTION_WORDS[w] !== undefined && w !== 'half' && i > 0 && /^\s+$/.test(text.slice(words[i - 1].e, s))) {
    const p = words[i - 1].w;
    if (p === 'a' || p === 'one' || (NUMBER_WORDS[p] !== undefined && NUMBER_WORDS[p] < 10)) {
      numWord = p;
      fracWord = w;
      start = words[i - 1].s;
    }
  }
  if (!numWord || !fracWord) return false;
  const next = words[i + 1] && /^\s+$/.test(text.slice(e, words[i + 1].s)) ? words[i + 1].w : undefined;
  const before = text.slice(Math.max(0, start - 30), start).match(/([A-Za-z]+)\s*$/)?.[1]?.toLowerCase();
  const end = /^[\s]*[.,;:)!?]|^\s*$/.test(text.slice(e, e + 3));
  // "a third option" and "in a quarter" are not shares.
  if (!(next === 'of' || next === 'less' || next === 'more' || next === 'fewer' || end || (before && FRACTION_FRAME_BEFORE.has(before)))) return false;
  if ((fracWord === 'quarter' || fracWord === 'quarters') && before === 'in') return false;
  const count = numWord === 'a' ? 1 : NUMBER_WORDS[numWord];
  push('percent', count * FRACTION_WORDS[fracWord], '%', start, e, count * FRACTION_WORDS[fracWord]);
  return true;
}

const FREQ = Object.keys(FREQUENCY_WORDS).join('|');
const FREQ_PAIR = new RegExp(String.raw`\b(?:from\s+(${FREQ})\b(?:\s+[\p{L}-]+){0,2}?\s+to\s+(${FREQ})\b|(${FREQ})\s*(?:→|->|=>|⟶)\s*(${FREQ})\b)`, 'giu');

/** "from weekly to daily releases": a change of rate, told without digits. */
function findFrequencyPairs(text: string, out: Quantity[]): void {
  FREQ_PAIR.lastIndex = 0;
  for (let m = FREQ_PAIR.exec(text); m; m = FREQ_PAIR.exec(text)) {
    const a = (m[1] ?? m[3]).toLowerCase();
    const b = (m[2] ?? m[4]).toLowerCase();
    const as = m.index + m[0].toLowerCase().indexOf(a, m[1] ? 5 : 0);
    const bs = m.index + m[0].toLowerCase().lastIndexOf(b);
    out.push(make('duration', FREQUENCY_WORDS[a], 'ms', text, as, as + a.length, 1));
    out.push(make('duration', FREQUENCY_WORDS[b], 'ms', text, bs, bs + b.length, 1));
  }
}

function wordNumber(w: string): number | undefined {
  if (NUMBER_WORDS[w] !== undefined) return NUMBER_WORDS[w];
  if (!w.includes('-')) return undefined;
  const parts = w.split('-');
  if (parts.length === 2 && NUMBER_WORDS[parts[0]] >= 20 && NUMBER_WORDS[parts[0]] < 100 && NUMBER_WORDS[parts[1]] < 10) return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
  return undefined;
}

/** The number as written, before unit scaling (2 for "2 seconds"), if known. */
export function writtenNumber(q: Quantity): number | undefined {
  return written.get(q);
}
