/*
 * What text a regular expression cannot match without: for a phrase pattern
 * such as `(?:i|we) (?:missed|overlooked) the deadline`, every match holds
 * " the deadline". Reading that off the pattern once lets a search skip the
 * pattern on text that lacks it: a plain substring test is far cheaper than
 * running a pattern of many alternatives from every position (speed only; the
 * answer is the same, see `mayMatch`).
 *
 * The reading is conservative: anything it does not understand (a class, an
 * escape such as \w, an optional or repeated part, a non-ASCII character)
 * requires nothing, and a pattern that leaves some alternative without a
 * required literal of at least MIN_LENGTH characters gets no test at all.
 */

import { alternation, classEnd, groupEnd, lookaroundAt, quantifier } from './pattern-source';

/** Shorter literals are in nearly every sentence, so testing for them saves nothing. */
const MIN_LENGTH = 3;

/** A set of literals (lower case) of which every match holds at least one; undefined when nothing is known. */
type Need = string[] | undefined;

/**
 * The literals (lower case) of which every match of `source` holds at least
 * one, or undefined when the pattern gives no useful test.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const need = alternation(source, 0, source.length, sequence);
  if (!need || need.some((s) => s.length < MIN_LENGTH)) return undefined;
  return [...new Set(need)];
}

/** The best need of one alternative: the element (a literal run or a group) whose shortest literal is longest. */
function sequence(src: string, from: number, to: number): Need {
  let best: Need;
  let run = '';
  const consider = (need: Need) => {
    if (!need?.length) return;
    if (!best || shortest(need) > shortest(best) || (shortest(need) === shortest(best) && need.length < best.length)) best = need;
  };
  const endRun = () => {
    if (run) consider([run]);
    run = '';
  };
  let i = from;
  while (i < to) {
    const c = src[i];
    if (c === '(') {
      const close = groupEnd(src, i);
      const q = quantifier(src, close + 1);
      endRun();
      if (!lookaroundAt(src, i) && q.required) consider(alternation(src, groupBodyStart(src, i), close, sequence));
      i = q.end;
      continue;
    }
    let literal: string | undefined;
    let next = i + 1;
    if (c === '\\') {
      const e = escapeEnd(src, i);
      const ch = src[i + 1] ?? '';
      // An escaped ASCII punctuation mark (\. \? \-) is that character; any other escape is a class or an assertion.
      if (e === i + 2 && isAsciiPunctuation(ch.charCodeAt(0))) literal = ch;
      next = e;
    } else if (c === '[') next = classEnd(src, i) + 1;
    else if (isPrintableAscii(c.charCodeAt(0)) && !SYNTAX.includes(c)) literal = c.toLowerCase();
    const q = quantifier(src, next);
    if (literal === undefined || !q.required) {
      endRun();
      i = q.end;
      continue;
    }
    run += literal;
    // "a+" or "a{2,}" needs one "a", but the run cannot go on past it.
    if (q.end !== next) endRun();
    i = q.end;
  }
  endRun();
  return best;
}

const shortest = (need: string[]) => Math.min(...need.map((s) => s.length));

/*
 * Character tests by code rather than one small regex per character of the
 * source: the sources run to thousands of characters, and every CLI thread
 * reads them all in its first lint, before the code is optimised.
 */

/** `/[ -~]/`: a printable ASCII character. */
const isPrintableAscii = (c: number) => c >= 0x20 && c <= 0x7e;

/** `/[!-/:-@[-`{-~]/`: ASCII punctuation. */
const isAsciiPunctuation = (c: number) =>
  (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);

/** The characters of pattern syntax, `/[.^$|?*+()[\]{}]/`. */
const SYNTAX = '.^$|?*+()[]{}';

function escapeEnd(src: string, i: number): number {
  const c = src[i + 1];
  if ((c === 'p' || c === 'P' || c === 'u' || c === 'k') && (src[i + 2] === '{' || src[i + 2] === '<')) {
    const close = src.indexOf(src[i + 2] === '{' ? '}' : '>', i + 2);
    return close < 0 ? src.length : close + 1;
  }
  if (c === 'u') return i + 6;
  if (c === 'x') return i + 4;
  if (c === 'c') return i + 3;
  return i + 2;
}

/** Where a group's pattern starts: after `(`, `(?:` or `(?<name>`. */
function groupBodyStart(src: string, i: number): number {
  if (src[i + 1] !== '?') return i + 1;
  if (src[i + 2] === ':') return i + 3;
  if (src[i + 2] === '<') return src.indexOf('>', i) + 1;
  return i + 1;
}

/**
 * Characters that match an ASCII letter under case-insensitive Unicode matching
 * but do not lower-case to it (the long s and the Kelvin sign): text holding
 * one is always searched in full.
 */
export const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** Sentences are tested; whole stories (thousands of characters) are searched at once. */
const MAX_TESTED_LENGTH = 1000;

const tests = new WeakMap<RegExp, RegExp | null>();
let lastText = '';
let lastLower = '';
let lastFolds = false;

/**
 * False when `re` (compiled with the `i` and `u` flags) cannot match `text`
 * because the text lacks every literal the pattern requires; true when it may.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  // A whole story nearly always holds one of the literals somewhere: testing it would cost more than it saves.
  if (text.length > MAX_TESTED_LENGTH) return true;
  let test = tests.get(re);
  if (test === undefined) {
    const literals = re.flags.includes('i') && re.flags.includes('u') ? requiredLiterals(re.source) : undefined;
    test = literals ? new RegExp(literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null;
    tests.set(re, test);
  }
  if (!test) return true;
  // The rules search one sentence with several patterns in a row: lower-case it (and look for folding characters) once.
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
    lastFolds = FOLDS_TO_ASCII.test(text);
  }
  return lastFolds || test.test(lastLower);
}
