/** Number words a listener hears as quantities. "one" and "a" only count before a unit of time. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12,
};

/** Words that state a multiple on their own. */
export const MULTIPLE_WORDS: Record<string, number> = {
  twice: 2, thrice: 3, doubled: 2, tripled: 3, quadrupled: 4, halved: 0.5, double: 2, triple: 3, half: 0.5,
};

/** Units of time, in milliseconds. */
export const DURATION_UNITS: Record<string, number> = {
  ms: 1, millisecond: 1, milliseconds: 1, msec: 1, msecs: 1,
  s: 1000, sec: 1000, secs: 1000, second: 1000, seconds: 1000,
  min: 60000, mins: 60000, minute: 60000, minutes: 60000,
  h: 3600000, hr: 3600000, hrs: 3600000, hour: 3600000, hours: 3600000,
  day: 86400000, days: 86400000,
  week: 604800000, weeks: 604800000, wk: 604800000, wks: 604800000,
  month: 2592000000, months: 2592000000,
  quarter: 7776000000, quarters: 7776000000,
  year: 31536000000, years: 31536000000, yr: 31536000000, yrs: 31536000000,
  sprint: 1209600000, sprints: 1209600000,
};

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
