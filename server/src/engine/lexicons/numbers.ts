import { words } from './words';

/**
 * Lookup tables without a prototype: a word such as "constructor" or "toString"
 * must not find Object.prototype's members.
 */
function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Number words a listener hears as quantities. "one" and "a" only count in a few frames (see quantities.ts). */
export const NUMBER_WORDS: Record<string, number> = dict({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  dozen: 12,
});

/** Scale words that multiply the number before them ("two hundred", "three million"). */
export const SCALE_WORDS: Record<string, number> = dict({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 });

/** Words that state a multiple on their own. */
export const MULTIPLE_WORDS: Record<string, number> = dict({
  twice: 2,
  thrice: 3,
  doubled: 2,
  tripled: 3,
  trebled: 3,
  quadrupled: 4,
  quintupled: 5,
  halved: 0.5,
  double: 2,
  triple: 3,
  half: 0.5,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  sixfold: 6,
  sevenfold: 7,
  eightfold: 8,
  ninefold: 9,
  tenfold: 10,
  twentyfold: 20,
  fiftyfold: 50,
  hundredfold: 100,
  thousandfold: 1000,
});

/** Fraction words, as a share in percent ("cut costs by a third"). */
export const FRACTION_WORDS: Record<string, number> = dict({
  half: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  tenth: 10,
  tenths: 10,
});

/** Units of time, in milliseconds. */
export const DURATION_UNITS: Record<string, number> = dict({
  ms: 1,
  millisecond: 1,
  milliseconds: 1,
  msec: 1,
  msecs: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  min: 60000,
  mins: 60000,
  minute: 60000,
  minutes: 60000,
  h: 3600000,
  hr: 3600000,
  hrs: 3600000,
  hour: 3600000,
  hours: 3600000,
  day: 86400000,
  days: 86400000,
  week: 604800000,
  weeks: 604800000,
  wk: 604800000,
  wks: 604800000,
  month: 2592000000,
  months: 2592000000,
  mo: 2592000000,
  mos: 2592000000,
  quarter: 7776000000,
  quarters: 7776000000,
  year: 31536000000,
  years: 31536000000,
  yr: 31536000000,
  yrs: 31536000000,
  sprint: 1209600000,
  sprints: 1209600000,
});

/** How often something happens, as the period in milliseconds ("from weekly to daily releases"). */
export const FREQUENCY_WORDS: Record<string, number> = dict({
  hourly: 3600000,
  daily: 86400000,
  nightly: 86400000,
  weekly: 604800000,
  biweekly: 1209600000,
  fortnightly: 1209600000,
  monthly: 2592000000,
  quarterly: 7776000000,
  yearly: 31536000000,
  annually: 31536000000,
  annual: 31536000000,
});

export const MONTHS = words`
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`;

/**
 * Words before a number that make it a name, not an amount: "Phase 2", "Sev 1",
 * "Windows 10", "SOC 2". The number still counts when it carries a unit
 * ("the release 2 weeks early").
 */
export const LABEL_WORDS = words`
  phase step page section chapter level tier version ver v release rev revision build sprint day week month year round stage milestone
  part gen generation grade severity sev priority pri p room floor building wave iteration cohort class type option case scenario figure
  fig table item rule line slide ticket issue pr model series number route pod region zone layer category block slot lane gate dock
  store warehouse site plant ward bed bay article clause appendix exhibit form volume vol episode season module lesson band bucket shard
  replica host server cluster instance engineer developer analyst sde swe sre ic soc iso pci fortune web covid ios android windows
  python java node nodejs ruby rails php angular vue react swift kotlin scala postgres postgresql mysql oracle dotnet ubuntu centos rhel
  debian fedora iphone pixel galaxy xbox playstation macos ie chrome firefox safari es ecmascript html css http tls ssl oauth spark
  kafka elasticsearch hadoop vista office
`;
