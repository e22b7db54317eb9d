import type { Quantity, QuantityKind } from '../types';
import { NUMBER_WORDS, SCALE_WORDS, MULTIPLE_WORDS, FRACTION_WORDS, DURATION_UNITS, FREQUENCY_WORDS } from '../lexicons/numbers';
import { makeQuantity as make } from './quantity';
import { NOT_UNITS, COMPARATIVE_AFTER_TIMES, CURRENCY_WORDS, QUALIFIERS_BEFORE_COUNT } from './digits';
import { words } from '../lexicons/words';

/* Quantities written in words: "two weeks", "a third", "doubled", "from weekly to daily". */

const ONE_DAY_BEFORE = words`in within for after over under than took spent lasted about only just by to from around nearly almost roughly`;
/** Frames where "one" is an amount rather than a pronoun ("down to one", "only one"). */
const ONE_AMOUNT_BEFORE = words`to from only just than exactly`;
/** Frames where "a day", "an hour" is a span of time ("from a day to an hour", "within a week"). */
const A_UNIT_BEFORE = words`from to under within than in over about around nearly almost only just for took roughly`;
/** Words that make a share an estimate: "by about half". */
const APPROXIMATORS = words`about roughly nearly almost around approximately just`;
const FRACTION_FRAME_BEFORE = words`by to than about nearly roughly almost over under around approximately only just`;
const DIGIT_WORDS: Record<string, number> = Object.assign(Object.create(null), {
  'single-digit': 5,
  'double-digit': 50,
  'triple-digit': 500,
});

/**
 * The matches of `[A-Za-z]+(?:-[A-Za-z]+)*` (flag g), lower-cased, found by a scan: the regex made a match array
 * for every word of every sentence that gets this far.
 */
export function asciiWords(text: string): W[] {
  const words: W[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < text.length && (isAsciiLetter(text.charCodeAt(i)) || (text.charCodeAt(i) === 45 && isAsciiLetter(text.charCodeAt(i + 1)))))
      i++;
    words.push({ w: text.slice(s, i).toLowerCase(), s, e: i });
  }
  return words;
}

/** [A-Za-z]; NaN (past the end) is none. */
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export interface W {
  w: string;
  s: number;
  e: number;
}

/**
 * The words the pass below acts on: every other word leaves it unchanged, so
 * it skips them before looking at their neighbours (speed only). A word with a
 * hyphen ("two-thirds", "sub-second", "six-figure") or ending in "fold" is
 * acted on too.
 */
const ACTED_ON: ReadonlySet<string> = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(MULTIPLE_WORDS),
  ...Object.keys(FRACTION_WORDS),
  ...Object.keys(DIGIT_WORDS),
  ...['order', 'orders', 'half', 'a', 'an', 'couple', 'dozens', 'hundreds', 'thousands', 'millions', 'billions'],
]);
const actedOn = (w: string) => ACTED_ON.has(w) || w.includes('-') || w.endsWith('fold');

/**
 * A sentence holds a quantity in words only if it holds a word acted on. "a"
 * and "an" count only before a unit of time, so the unit stands in for them
 * (all but the abbreviations the pass refuses after "a"). One test of the
 * sentence skips the word-by-word pass for most sentences (speed only).
 */
const WORD_TRIGGER = new RegExp(
  String.raw`(?<![A-Za-z])(?:${[
    ...[...ACTED_ON].filter((w) => w !== 'a' && w !== 'an'),
    ...Object.keys(DURATION_UNITS).filter((u) => !/^(ms|s|h|min|mo)$/.test(u)),
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![A-Za-z])|[A-Za-z]-[A-Za-z]|fold(?![A-Za-z])`,
  'i',
);

/** Quantities asked one by one whether they cover a word; past this many, a mask of the sentence is kept instead. */
const MAX_ASKED = 8;

export function findWordQuantities(text: string, out: Quantity[]): void {
  if (!WORD_TRIGGER.test(text)) return;
  const words = asciiWords(text);
  // Whether characters of [s, e) are already inside a quantity, so "3 million" is not read again as "million". Every
  // quantity found so far is in `out`, a handful in a sentence: asking each of them costs less than a mask of the
  // sentence. Past a few (a run-on list of figures), a mask of the characters they cover, so the test stays linear.
  let mask: Uint8Array | undefined;
  const covered = (s: number, e: number) => {
    if (s >= e) return false;
    if (!mask && out.length > MAX_ASKED) {
      mask = new Uint8Array(text.length);
      for (const q of out) mask.fill(1, q.start, q.end);
    }
    if (mask) return mask.subarray(s, e).includes(1);
    for (const q of out) if (q.start < q.end && q.start < e && s < q.end) return true;
    return false;
  };
  const push = (kind: QuantityKind, value: number, unit: string, s: number, e: number, n: number) => {
    if (covered(s, e)) return;
    out.push(make(kind, value, unit, text, s, e, n));
    mask?.fill(1, s, e);
  };
  // Words are adjacent when only spaces separate them.
  const adj = (a: W | undefined, b: W | undefined) => !!a && !!b && onlySpace(text, a.e, b.s);
  for (let i = 0; i < words.length; i++) {
    const { w, s, e } = words[i];
    if (!actedOn(w)) continue;
    const nx = adj(words[i], words[i + 1]) ? words[i + 1] : undefined;
    const next = nx?.w;
    const prev = words[i - 1]?.w;
    if (DIGIT_WORDS[w] !== undefined) {
      push('number', DIGIT_WORDS[w], '', s, e, DIGIT_WORDS[w]);
      continue;
    }
    // The patterns below need a hyphen or "fold" in the word: most words acted on have neither (speed only).
    const hyphen = w.includes('-');
    const figure = hyphen ? /^(five|six|seven|eight|nine|ten)-figure$/.exec(w) : null;
    if (figure) {
      push('money', 10 ** (NUMBER_WORDS[figure[1]] - 1), '$', s, e, 1);
      continue;
    }
    const sub = hyphen ? /^sub-(millisecond|second|minute|hour|day)$/.exec(w) : null;
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
      // "by about half", "in roughly half": the same share, said as an estimate.
      const before = APPROXIMATORS.has(prev ?? '') ? words[i - 2]?.w : prev;
      if (!(before === 'in' || before === 'by' || next === 'the' || next === 'of' || next === 'as')) continue;
      push('multiple', 0.5, 'x', s, e, 0.5);
      continue;
    }
    if (MULTIPLE_WORDS[w] !== undefined) {
      if (w === 'double' || w === 'triple') {
        // "double the throughput" is a multiple; "double-check" and "double down" are not.
        // "… versus 1,600, so almost double": a multiple said after a hedge, with nothing after it.
        const hedged = !!prev && ['almost', 'nearly', 'roughly', 'about', 'basically', 'over', 'than', 'around'].includes(prev);
        if (!hedged && (!next || !['the', 'our', 'its', 'their', 'in', 'to', 'what'].includes(next))) continue;
      }
      push('multiple', MULTIPLE_WORDS[w], 'x', s, e, MULTIPLE_WORDS[w]);
      continue;
    }
    const fold = w.endsWith('fold') ? /^([a-z]+)-?fold$/.exec(w) : null;
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
      if (prev === 'a' && unitW && DURATION_UNITS[unitW.w] !== undefined)
        push('duration', 2 * DURATION_UNITS[unitW.w], 'ms', words[i - 1].s, unitW.e, 2);
      continue;
    }
    let n = wordNumber(w);
    if (n === undefined) {
      if (/^(dozens|hundreds|thousands|millions|billions)$/.test(w) && next === 'of') {
        push(
          'count',
          w === 'dozens' ? 24 : w === 'hundreds' ? 200 : w === 'thousands' ? 2000 : w === 'millions' ? 2e6 : 2e9,
          words[i + 2]?.w ?? '',
          s,
          e,
          1,
        );
      }
      continue;
    }
    if (covered(s, e)) continue;
    // "one and a half weeks", "two and a half days", "from six days to one and a half per quarter": a number with its half.
    const half =
      next === 'and' &&
      words[i + 2]?.w === 'a' &&
      words[i + 3]?.w === 'half' &&
      adj(words[i + 1], words[i + 2]) &&
      adj(words[i + 2], words[i + 3]);
    if (w === 'one' && !half) {
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
    if (half) {
      n += 0.5;
      end = words[i + 3].e;
      j = i + 4;
    }
    // "two hundred", "three million"
    while (!half && words[j] && SCALE_WORDS[words[j].w] !== undefined && adj(words[j - 1], words[j])) {
      n *= SCALE_WORDS[words[j].w];
      end = words[j].e;
      j++;
    }
    let unitW = adj(words[j - 1], words[j]) ? words[j] : undefined;
    // "two more gaps", "three extra drivers": a count of what follows the qualifier.
    if (unitW && QUALIFIERS_BEFORE_COUNT.has(unitW.w) && adj(unitW, words[j + 1]) && /^[a-z]{3,}s$/.test(words[j + 1].w)) {
      j++;
      unitW = words[j];
    }
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
function fractionAt(
  text: string,
  words: W[],
  i: number,
  push: (k: QuantityKind, v: number, u: string, s: number, e: number, n: number) => void,
): boolean {
  const { w, s, e } = words[i];
  let numWord: string | undefined;
  let fracWord: string | undefined;
  let start = s;
  const hy = w.includes('-') ? /^([a-z]+)-([a-z]+)$/.exec(w) : null;
  if (hy && NUMBER_WORDS[hy[1]] !== undefined && FRACTION_WORDS[hy[2]] !== undefined) {
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
  const before = text
    .slice(Math.max(0, start - 30), start)
    .match(/([A-Za-z]+)\s*$/)?.[1]
    ?.toLowerCase();
  const end = /^[\s]*[.,;:)!?]|^\s*$/.test(text.slice(e, e + 3));
  // "a third option" and "in a quarter" are not shares.
  if (!(next === 'of' || next === 'less' || next === 'more' || next === 'fewer' || end || (before && FRACTION_FRAME_BEFORE.has(before))))
    return false;
  if ((fracWord === 'quarter' || fracWord === 'quarters') && before === 'in') return false;
  const count = numWord === 'a' ? 1 : NUMBER_WORDS[numWord];
  push('percent', count * FRACTION_WORDS[fracWord], '%', start, e, count * FRACTION_WORDS[fracWord]);
  return true;
}

const FREQ = Object.keys(FREQUENCY_WORDS).join('|');
const FREQ_PAIR = new RegExp(
  String.raw`\b(?:from\s+(${FREQ})\b(?:\s+[\p{L}-]+){0,2}?\s+to\s+(${FREQ})\b|(${FREQ})\s*(?:\u2192|->|=>|\u27f6)\s*(${FREQ})\b)`,
  'giu',
);
/** Any frequency word: without one there is no pair, and this test is far cheaper than the pair pattern (speed only). */
const FREQ_ANY = new RegExp(FREQ, 'i');

/** "from weekly to daily releases": a change of rate, told without digits. */
export function findFrequencyPairs(text: string, out: Quantity[]): void {
  if (!FREQ_ANY.test(text)) return;
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

const SPACE = /\s/;

/** The same as `/^\s+$/.test(text.slice(from, to))`, without the slice (speed only). */
function onlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !SPACE.test(text[i])) return false;
  }
  return true;
}

function wordNumber(w: string): number | undefined {
  if (NUMBER_WORDS[w] !== undefined) return NUMBER_WORDS[w];
  if (!w.includes('-')) return undefined;
  const parts = w.split('-');
  if (parts.length === 2 && NUMBER_WORDS[parts[0]] >= 20 && NUMBER_WORDS[parts[0]] < 100 && NUMBER_WORDS[parts[1]] < 10)
    return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
  return undefined;
}
