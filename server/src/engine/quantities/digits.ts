import type { Quantity, QuantityKind } from '../types';
import { DURATION_UNITS, MONTHS, LABEL_WORDS } from '../lexicons/numbers';
import { makeQuantity as make } from './quantity';
import { words } from '../lexicons/words';

/* Quantities written in digits: "40%", "$12K", "850 ms", "3x", "1,200 tickets". */

// The lookahead first: a match starts with a currency sign or a digit, and testing that one character is far
// cheaper than the lookbehinds at every position of the sentence (speed only).
export const DIGITS = new RegExp(
  // "S$41,000", "R$ 48", "US$2m": a currency sign after the letters of its country.
  String.raw`(?=[\p{Sc}\d]|[A-Z]{1,2}\p{Sc})(?<![\p{L}\p{N}_.#/:\\])(?<!\p{L}-)(?:((?:[A-Z]{1,2})?\p{Sc})\s?)?` +
    String.raw`((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:(?:\s|` +
    String.raw`-(?=point|percent))?(%|percent\b|per cent\b|pct\b|percentage[ -]points?\b|points?\b|pts?\b|pp\b|` +
    String.raw`bps\b|basis points?\b|[xX](?![\p{L}\p{N}])|\u00d7|-?fold\b|times\b|k\b|K\b|MM\b|M\b|B\b|bn\b|million\b|` +
    String.raw`billion\b|thousand\b|hundred\b|trillion\b))?`,
  'gu',
);

const UNIT_AFTER = /^[\s-]?([\p{L}]+)/u;
/** Units of data size after a number, spaced or attached ("1.2 MB", "900KB", "3 GiB"). */
const DATA_SIZE = /^ ?(KB|kB|Kb|MB|GB|TB|KiB|MiB|GiB|TiB)(?![\p{L}\p{N}])/u;
const DATA_SIZE_FACTORS: Record<string, number> = {
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};
const SCALE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  hundred: 100,
  M: 1e6,
  MM: 1e6,
  million: 1e6,
  B: 1e9,
  bn: 1e9,
  billion: 1e9,
  trillion: 1e12,
};
export const CURRENCY_WORDS = words`dollars dollar usd euros euro eur pounds gbp yen rupees inr cad aud bucks`;
const NOT_COUNT_AFTER_YEAR = words`was has is as its this always across us his thus plus less`;
/** Words after a number that are not its unit ("12 per month", "3.2 to 4.1"). */
export const NOT_UNITS = words`
  to and or of in on at by for with from per out than the a an as into over under after before while when which that is was were are be
  been it we i they he she this these those then so but if across between within during up down more less fewer each every across vs
  versus
`;
/** Capitalised words that may stand before an amount mid-sentence ("Over 40"). */
// Metric names stand before their value ("NPS 47", "MTTR 20 minutes").
const CAPITAL_NOT_LABEL = words`
  i the a an over about around nearly almost roughly only just under some all top each every approximately by to from in at on with and
  or than of for we our my it after before within another first last next then nps csat mttr mttd sla slo arr mrr dau mau wau qps rps
  tps cpu roi ltv cac aov gmv kpi okr
`;
const NOT_PLURAL = words`
  was has is does goes this thus its as us yes plus less across always perhaps sometimes minus whereas his hers ours theirs unless
`;
const IRREGULAR_PLURALS = words`people staff children men women personnel feet teeth data media criteria`;
export const COMPARATIVE_AFTER_TIMES = words`
  faster more higher larger bigger better fewer less lower smaller cheaper quicker slower as the over greater longer shorter what our
  its their
`;
const ORDINAL = /^(st|nd|rd|th)\b/;
/** The word right before a number, as a month is written there ("May 3", "Sept. 14"): a whole word, so "caught 3" and
 * "decided 3" are not dates. */
const MONTH_BEFORE = /(?<![\p{L}])(\p{L}+)\.?\s$/u;

/** Whether "a/b" could be a day and a month either way round ("3/14", "24/7", "9/12"). */
const couldBeDate = (a: number, b: number): boolean => (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12);

export function digitQuantity(text: string, m: RegExpExecArray): Quantity | undefined {
  const [whole, currency, num, suffix] = m;
  const start = m.index;
  let end = start + whole.length;
  const after = text.slice(end);
  const before = text.slice(Math.max(0, start - 40), start);
  const number = Number(num.replace(/,/g, ''));
  if (!Number.isFinite(number)) return undefined;
  let value = number;
  // "30ish teams", "200-ish tickets": an approximate count, read as the number with the words after it.
  const ish = suffix ? null : ISH.exec(after);
  if (ish) {
    const q = digitQuantity(text.slice(0, end) + text.slice(end + ish[0].length), m);
    if (!q || q.end <= end) return q;
    return { ...q, end: q.end + ish[0].length, text: text.slice(q.start, q.end + ish[0].length) };
  }
  if (!suffix) {
    // An amount out of a total: a rating such as 4.6/5 or 7/10, or a score that no date could be ("36/36 checks done on
    // time", "28/36", "14/20 pupils"); 24/7, 3/14 and 3/4/2021 are not.
    const outOf = /^\/(\d{1,4})(?![\d/]|\.\d)/.exec(after);
    if (outOf) {
      const total = Number(outOf[1]);
      const rating = total === 5 || total === 10 || total === 100;
      if (rating && number > total) return undefined;
      if (rating || (Number.isInteger(number) && number <= total && !couldBeDate(number, total))) {
        end += outOf[0].length;
        return make('number', value, `/${outOf[1]}`, text, start, end, number);
      }
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
  if (!currency && !suffix && (MONTHS.has(unitLower ?? '') || MONTHS.has(MONTH_BEFORE.exec(before)?.[1].toLowerCase() ?? '')))
    return undefined;
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
    } else if (/^([xX]|\u00d7|-?fold)$/.test(suffix)) {
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
      const unitMatch = UNIT_AFTER.exec(after);
      const word = unitMatch?.[1]?.toLowerCase();
      if (word && CURRENCY_WORDS.has(word)) {
        kind = 'money';
        unit = '$';
        // "96k EUR": the whole currency word, whatever its case.
        end += unitMatch![0].length;
      } else if (!currency && word && !NOT_UNITS.has(word)) unit = word;
    }
    return make(kind, value, unit, text, start, end, number);
  }
  // "the 1.0 update", "the 8.2 release": a version that names a release, not a measure.
  if (!currency && num.includes('.') && VERSIONED.has(unitLower ?? '')) return undefined;
  // "1-star reviews", "a 5-star hotel": a whole star rating naming a kind of review or place, not a measure of it.
  if (!currency && /^\d$/.test(num) && STAR_RATED.test(after)) return undefined;
  const attached = /^[a-zA-Z]/.test(after);
  // "£1.2m", "$3b": a lower-case scale letter after an amount of money.
  const scale = currency ? /^(m|b)(?![\p{L}\p{N}])/u.exec(after) : null;
  if (scale) return make('money', value * (scale[1] === 'm' ? 1e6 : 1e9), '$', text, start, end + 1, number);
  // "1.2 MB", "900KB": sizes in one base unit, so a pair across units compares like with like.
  const size = DATA_SIZE.exec(after);
  if (size) {
    return make('count', value * DATA_SIZE_FACTORS[size[1].toLowerCase()], 'B', text, start, end + size[0].length, number);
  }
  // "support tickets about 429s", "a spike of 503s": HTTP status codes in the plural name errors, not seconds.
  if (!currency && after.startsWith('s') && !/^s[\p{L}\p{N}]/u.test(after) && HTTP_ERRORS.has(num)) return undefined;
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
  } else if (!currency && unitLower && QUALIFIERS_BEFORE_COUNT.has(unitLower)) {
    // "2 more gaps", "3 extra drivers": a count of what follows the qualifier.
    const noun = /^\s+[\p{L}]+\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    if (noun && isPluralNoun(noun)) {
      kind = 'count';
      unit = noun;
    }
  } else if (!currency && unitLower && !NOT_UNITS.has(unitLower)) {
    kind = 'count';
    unit = unitLower;
  }
  // "the Year 11s" is a year group, not eleven seconds.
  if (!currency && (kind !== 'duration' || unitLower === 's') && isLabel(text, start, after)) return undefined;
  if (!currency && isBareYear(num, kind, unitLower, before)) return undefined;
  return make(kind, value, unit, text, start, end, number);
}

/**
 * A whole star rating naming a kind of review or place: "-star reviews", " star hotel". Not one review given ("she left a
 * 5-star review"), which is how it went.
 */
const STAR_RATED = /^[-\s]star\s+(?:reviews|ratings|hotels?|restaurants?|complaints|comments|posts)\b/i;

/** "-ish" right after a number: an approximate amount. */
const ISH = /^-?ish(?![\p{L}\p{N}])/iu;

/** What a dotted number before it names as a version: "the 1.0 update", "the 4.2 release", "the 2.1 firmware". */
const VERSIONED = words`update updates release releases version patch build upgrade beta firmware sdk api app schema spec launch`;

/** Words between a number and the plural it counts: "2 more gaps", "3 extra drivers", "two new hires". */
export const QUALIFIERS_BEFORE_COUNT = words`more fewer extra additional further new other`;

/** HTTP status codes that a story names in the plural ("429s", "the 502s"). */
const HTTP_ERRORS = words`401 403 404 429 500 502 503 504`;

/** "Phase 2", "Sev 1", "Windows 10", "SOC 2 audit": a number that names rather than counts. */
function isLabel(text: string, start: number, after: string): boolean {
  const prev = /([\p{L}][\p{L}\p{N}.&+#]*)[ \t-]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!prev) return false;
  const word = prev[1];
  const lower = word.toLowerCase().replace(/\.$/, '');
  // "Pages/week 140 → 50", "calls per day 300": the word is a rate's time, and the number what was counted in it.
  if (PER_BEFORE.test(text.slice(Math.max(0, start - prev[0].length - 5), start - prev[0].length))) return false;
  // "Year 9 classes", "Key Stage 2 results", "Ward 7B": a capitalised label names a group or a place, whatever follows.
  if (LABEL_WORDS.has(lower) && /^\p{Lu}/u.test(word)) return true;
  if (isPluralNoun(/^\s+([\p{L}]+)/u.exec(after)?.[1])) return false;
  if (LABEL_WORDS.has(lower)) return true;
  if (!/^\p{Lu}/u.test(word) || CAPITAL_NOT_LABEL.has(lower)) return false;
  // A capitalised word mid-sentence is a name ("Postgres 14"); at the start of a sentence or clause it is not.
  const wordStart = start - prev[0].length;
  const lead = text.slice(Math.max(0, wordStart - 20), Math.max(0, wordStart)).trimEnd();
  return /[\p{L}\p{N},]$/u.test(lead);
}

/** What stands before a rate's time: "pages/week", "calls per day". */
const PER_BEFORE = /(?:\/|\bper\s+)$/i;

function isPluralNoun(word: string | undefined): boolean {
  if (!word) return false;
  if (IRREGULAR_PLURALS.has(word)) return true;
  return /^[a-z]{2,}s$/.test(word) && !/(ss|us|is)$/.test(word) && !NOT_PLURAL.has(word);
}

/** Words right before a year that make it a date: "in 2019", "since 2021", "Q3 2024". */
const YEAR_BEFORE = new RegExp(
  String.raw`\b(in|since|by|from|of|until|till|during|early|late|mid|fy|q[1-4]|h[12]|` +
    String.raw`spring|summer|fall|autumn|winter|before|after|around|circa|year|between|through|and|to)\s*$`,
  'i',
);

function isBareYear(num: string, kind: QuantityKind, unit: string | undefined, before: string): boolean {
  if (!/^(19|20)\d\d$/.test(num)) return false;
  if (kind === 'duration') return false;
  if (YEAR_BEFORE.test(before)) return true;
  // "2000 requests" is a count; "2019 was" is a year.
  return !(unit?.endsWith('s') && !NOT_COUNT_AFTER_YEAR.has(unit));
}
