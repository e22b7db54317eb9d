import type { Token } from '../types';
import { words } from '../lexicons/words';

/*
 * Sentence splitting and tokenizing are written by hand rather than taken from
 * parse-english: we need exact offsets through Markdown inline markup (which
 * the block map already gives us) and the engine runs on every keystroke, where
 * building a full nlcst tree per paragraph costs more than the whole analysis.
 */

const ABBREVIATIONS = words`e.g i.e etc vs mr mrs ms dr prof inc ltd co corp jr sr st approx est no fig dept u.s u.k a.m p.m cf al sq avg`;

const CLOSERS = words`" \u201d \u2019 ' ) ] * _`;

/** Splits plain text into sentence ranges [start, end) by real sentence boundaries, not lines. */
export function splitSentences(text: string, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
      while (j < to && CLOSERS.has(text[j])) j++;
      if (j >= to) {
        i = j;
        break;
      }
      if (isSpace(text[j]) && isBoundary(text, start, i, j, to)) {
        out.push([start, j]);
        start = skipSpace(text, j, to);
        i = start;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  const end = trimEnd(text, start, to);
  if (end > start) out.push([start, end]);
  return out;
}

function isBoundary(text: string, sentenceStart: number, dot: number, after: number, to: number): boolean {
  const next = skipSpace(text, after, to);
  if (next >= to) return true;
  const c = text[next];
  let w = dot;
  while (w > sentenceStart && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  // A lower-case continuation ("e.g. the", "approx. two", "we waited... and then") is not a new sentence, unless notes
  // written all in lower case start one with its subject after a plain full stop: "we put on extra shifts. we trained 90 staff".
  if (/\p{Ll}/u.test(c))
    return text[dot] === '.' && after === dot + 1 && word.length > 1 && !ABBREVIATIONS.has(word) && lowerStart(text, next, to);
  if (text[dot] !== '.') return true;
  // "285 ms." ends a sentence: after a number, "ms" is milliseconds, not the title Ms.
  if (word === 'ms' && /\d\s?$/.test(text.slice(Math.max(sentenceStart, w - 2), w))) return true;
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital before a dot is an initial ("J. Smith"), unless it is the pronoun I.
  if (/^\p{Lu}$/u.test(text.slice(w, dot)) && text.slice(w, dot) !== 'I') return false;
  return true;
}

/** Subjects that open a sentence in notes written in lower case. */
const LOWER_STARTS = words`we i they he she`;

function lowerStart(text: string, at: number, to: number): boolean {
  let e = at;
  while (e < to && /\p{Ll}/u.test(text[e])) e++;
  return LOWER_STARTS.has(text.slice(at, e)) && (e >= to || !/[\p{L}'\u2019]/u.test(text[e]));
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text[to - 1])) to--;
  return to;
}

/** A token: a word (with its apostrophes, hyphens and decimals) or one other character that is no space or mark. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}]+|[-\u2011][\p{L}\p{N}]+|[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_AT = new RegExp(WORD.source, 'uy');

/**
 * Tokenizes a sentence into words and punctuation marks, marking quoted spans. `open` says a double quote opened in an
 * earlier sentence of the paragraph is still open where this one starts ("She said, \u201cNobody tells me anything. Maybe he's
 * staying.\u201d"); `'whole'` that the paragraph is one quote from end to end, whose words are the writer's.
 */
export function tokenize(text: string, base = 0, open: boolean | 'whole' = false): Token[] {
  const tokens: Token[] = [];
  // A paragraph wrapped whole in one quote is the writer's own answer quoted, as a post shares it: no one else's words.
  const plain = open === 'whole';
  let quoted = open === true;
  let singleQuoted = false;
  let singleFrom = 0;
  // WORD from each place a token can start, as its global search would find them (which made a match array per token).
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // A space or a mark starts no token: ASCII spaces are passed over without the regex.
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const index = i;
    const end = asciiTokenEnd(text, i);
    if (end > 0) {
      i = end;
      // Nearly every token: plain ASCII, which is no curly quote, space or format character and lower-cases to no ’.
      if (c !== 34 && c !== 39) {
        const t = text.slice(index, i);
        tokens.push({ text: t, norm: t.toLowerCase(), start: base + index, end: base + i, quoted });
        continue;
      }
    } else {
      WORD_AT.lastIndex = i;
      if (!WORD_AT.test(text)) {
        i += codeUnits(text, i);
        continue;
      }
      i = WORD_AT.lastIndex;
    }
    const t = text.slice(index, i);
    if (t === '“') {
      quoted = !plain;
      continue;
    }
    if (t === '”') {
      quoted = false;
      continue;
    }
    if (t === '"') {
      quoted = !quoted && !plain;
      continue;
    }
    // A single quote around words ("a 'Maybe later' button"): it opens after a space or a bracket and before a
    // letter, and closes what it opened after a letter; an apostrophe ("the customers' orders") opens nothing.
    if (t === "'" || t === '‘' || t === '’') {
      if (!quoted && (index === 0 || /[\s([]/.test(text[index - 1])) && /\p{L}/u.test(text[index + 1] ?? '')) {
        quoted = true;
        singleQuoted = true;
        singleFrom = tokens.length;
        continue;
      }
      if (singleQuoted && index > 0 && /[\p{L}\p{N}.!?]/u.test(text[index - 1]) && !/\p{L}/u.test(text[index + 1] ?? '')) {
        quoted = false;
        singleQuoted = false;
        continue;
      }
    }
    // Only a token that starts outside ASCII can be a space or a format character (ASCII spaces were passed over).
    if (t.charCodeAt(0) >= 128 && (/^\s$/u.test(t) || /^[\p{Cf}]$/u.test(t))) continue;
    const lower = t.toLowerCase();
    tokens.push({
      text: t,
      norm: lower.includes('’') ? lower.replace(/\u2019/g, "'") : lower,
      start: base + index,
      end: base + index + t.length,
      quoted,
    });
  }
  // A single quote never closed was an apostrophe ("'cause", "'til"): the words after it are not quoted.
  if (singleQuoted) for (let k = singleFrom; k < tokens.length; k++) tokens[k].quoted = false;
  return tokens;
}

/**
 * Where WORD's match at `i` ends, when plain ASCII decides it; 0 when the
 * regex must (speed only: nearly every token of an English story is ASCII,
 * and one sticky match per token was a tenth of tokenizing). A character that
 * is neither a letter, a digit nor a space is a token of its own. A run of
 * ASCII letters and digits is the whole word when the character after it is
 * ASCII and cannot go on with it: not a letter or a digit, and none of the
 * joiners ' - . , (the others, ’ and ‑, are not ASCII). ASCII has no marks.
 */
function asciiTokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 128) return 0;
  if (!isAsciiLetterOrDigit(c)) return i + 1;
  let j = i + 1;
  while (j < text.length && isAsciiLetterOrDigit(text.charCodeAt(j))) j++;
  if (j === text.length) return j;
  const d = text.charCodeAt(j);
  return d >= 128 || d === 39 || d === 45 || d === 46 || d === 44 ? 0 : j;
}

const isAsciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/** A lower-case word that looks like a plural noun: "claims", "hotfixes", "letters"; not "less", "bus", "its", "bonus". */
export function looksPlural(word: string): boolean {
  return /^[a-z-]{2,}[^s'u]s$/.test(word);
}

/** True for a token that is a word (starts with a letter). */
export function isWord(t: Token | undefined): boolean {
  return !!t && startsWithLetter(t.text);
}

const LETTER_START = /^\p{L}/u;

/**
 * The same as `/^\p{L}/u.test(text)`, answered without the regex for an ASCII
 * first character: rules ask it of nearly every token, many times over.
 */
export function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER_START.test(text);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The same as `text.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0`: runs
 * of letters and digits, counted without slicing or collecting them.
 */
export function countLetterRuns(text: string, from = 0, to = text.length): number {
  let n = 0;
  let inRun = false;
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    let ok: boolean;
    if (c < 128) ok = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A letter outside the Basic Multilingual Plane is a surrogate pair: test it whole.
      ok = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      i++;
    } else ok = LETTER_OR_DIGIT.test(text[i]);
    if (ok && !inRun) n++;
    inRun = ok;
  }
  return n;
}

/**
 * Counts words the way a listener hears them: runs of letters or digits, joined
 * by one apostrophe, dot, comma or hyphen ("it's", "3.5", "e-mail"). The same
 * count as the matches of `[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*` (flags g
 * and u), without the match array the regex made for every word of every sentence.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const size = codeUnits(text, i);
    if (letterOrDigitAt(text, i, size)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && isJoiner(text.charCodeAt(i)) && i + 1 < text.length && letterOrDigitAt(text, i + 1, codeUnits(text, i + 1)))) {
      inWord = false;
    }
    i += size;
  }
  return n;
}

/** ' ’ . , - */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** How many code units the code point at `i` takes. */
function codeUnits(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Whether the code point at `i` (`size` units long) is a letter or a digit. */
function letterOrDigitAt(text: string, i: number, size: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_OR_DIGIT.test(size === 1 ? text[i] : text.slice(i, i + 2));
}

/**
 * Finds a phrase (a sequence of lower-case words) in a token list, starting at
 * `from`. Returns the index of the first token or -1.
 */
export function findPhrase(tokens: Token[], phrase: readonly string[], from = 0): number {
  outer: for (let i = from; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k].norm !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Lower-cases without changing the length, so offsets found in the result hold
 * in the original: a character whose lower case is longer ("İ") is kept as is.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Words a quoted phrase should not end on: "refunded the", "moved their business to". */
const DANGLING = /(?:\s+(?:the|a|an|and|or|of|to|with|by|for|their|our|my|his|her|its|your|that|as))+\s*$/i;

/**
 * How many characters of `phrase` to keep so it does not end on an article, a preposition or a possessive ("lost about 230 kg
 * of" reads "lost about 230 kg"). A phrase that is nothing but such words is kept whole.
 */
export function keptLength(phrase: string): number {
  const m = DANGLING.exec(phrase);
  return m && m.index > 0 ? m.index : phrase.length;
}

/** Whether a double quote is open after `text[from, to)`, given whether one was open at `from`. */
export function quoteOpenAfter(text: string, from: number, to: number, open: boolean): boolean {
  let quoted = open;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) quoted = true;
    else if (c === 0x201d) quoted = false;
    else if (c === 34) quoted = !quoted;
  }
  return quoted;
}

/** Whether `text[from, to)` is one quote from end to end, with no other double quote inside: "\u201cSo, um, in my lab I …\u201d". */
export function wrappedInQuotes(text: string, from: number, to: number): boolean {
  const t = text.slice(from, to).trim();
  if (t.length < 3 || !/^["\u201c]/.test(t) || !/["\u201d][.!?)]*$/.test(t)) return false;
  return !/["\u201c\u201d]/.test(t.slice(1, t.search(/["\u201d][.!?)]*$/)));
}
