import type { Sentence, Story } from '../types';
import { mayMatch } from './required-text';

/*
 * Phrase matching for story-level rules. Lexicons hold their phrases as small
 * regular-expression sources (lower case, words separated by one space; the
 * searched text goes through `straighten`, which makes every space one) so
 * that plurals and verb forms stay readable as data; this module compiles them
 * once, with letter boundaries that work on any script and treat a hyphen as a
 * boundary ("customer-facing" holds "customer").
 */

/** Compiles phrase patterns into one case-insensitive regex matching any of them as whole words. */
export function phraseRegex(patterns: readonly string[]): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${patterns.join('|')})(?![\p{L}\p{N}])`, 'giu');
}

/**
 * Matches a phrase of `first` followed, within `maxWords` words of the same
 * sentence, by a phrase of `second` ("developers … were waiting").
 */
export function nearRegex(first: readonly string[], second: readonly string[], maxWords: number): RegExp {
  const alt = (ps: readonly string[]) => ps.join('|');
  const gap = String.raw`(?:[^\p{L}\p{N}.!?\n]+[\p{L}\p{N}'\u2019-]+){0,${maxWords}}?[^\p{L}\p{N}.!?\n]+`;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(first)})${gap}(?:${alt(second)})(?![\p{L}\p{N}])`, 'giu');
}

const ignoreCache = new Map<string, (text: string) => boolean>();

/** The test of an empty `ignore` list: one function, so a result computed without ignores can be kept and shared. */
export const NOTHING_IGNORED = (_text: string): boolean => false;

/**
 * The test behind every rule's `ignore` option: true when `text` holds one of
 * the words or phrases as whole words, in any case, with curly apostrophes and
 * any run of spaces read as one. Entries are literal text, not patterns.
 * Compiled once per distinct list.
 */
export function ignoreMatcher(entries: readonly string[]): (text: string) => boolean {
  const words = entries
    .map((e) =>
      e
        .trim()
        .toLowerCase()
        .replace(/[\u2019\u2018]/g, "'"),
    )
    .filter(Boolean);
  if (!words.length) return NOTHING_IGNORED;
  const key = words.join('\u0000');
  let test = ignoreCache.get(key);
  if (!test) {
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, ' +'));
    const re = phraseRegex(escaped);
    test = (text) => hasMatch(re, straighten(text));
    if (ignoreCache.size >= 64) ignoreCache.clear();
    ignoreCache.set(key, test);
  }
  return test;
}

/** Straightens curly apostrophes and turns line breaks and tabs into spaces, so lexicons need list only `'` and ` `. Keeps the length. */
export function straighten(text: string): string {
  // Most sentences need neither change: one test, and the text itself back (rules straighten every sentence, often more than once).
  if (!TO_STRAIGHTEN.test(text)) return text;
  // A sentence wrapped over lines is straightened by rule after rule: once is enough (speed only; the same text back).
  let out = STRAIGHTENED.get(text);
  if (out === undefined) {
    out = text.replace(/[\u2019\u2018]/g, "'").replace(/[\t\n\r\u00a0]/g, ' ');
    if (text.length <= MAX_REMEMBERED_LENGTH) {
      if (STRAIGHTENED.size >= MAX_REMEMBERED) STRAIGHTENED.clear();
      // The key gets characters of its own: a sentence is a view of its whole document's text, and a remembered view
      // would keep every version of a long document alive.
      STRAIGHTENED.set(' '.concat(text).slice(1), out);
    }
  }
  return out;
}

const TO_STRAIGHTEN = /[\u2019\u2018\t\n\r\u00a0]/;
/** The last texts straightened (sentences, not whole stories), by their text. */
const STRAIGHTENED = new Map<string, string>();
const MAX_REMEMBERED = 512;
const MAX_REMEMBERED_LENGTH = 2000;

export interface PhraseHit {
  /** The matched text as written. */
  text: string;
  /** Offset of the match inside the searched text. */
  index: number;
}

/** Every match of `re` in `text`. */
export function matchAll(re: RegExp, text: string): PhraseHit[] {
  const out: PhraseHit[] = [];
  re.lastIndex = 0;
  if (!mayMatch(re, text)) return out;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[0], index: m.index });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first match of `re` in `text`, if any. */
export function firstMatch(re: RegExp, text: string): PhraseHit | undefined {
  re.lastIndex = 0;
  if (!mayMatch(re, text)) return undefined;
  const m = re.exec(text);
  return m ? { text: m[0], index: m.index } : undefined;
}

/** True when `re` matches the text. */
export function hasMatch(re: RegExp, text: string): boolean {
  return firstMatch(re, text) !== undefined;
}

/** True when the hit starts inside a quotation (someone else's words). */
export function isQuoted(s: Sentence, index: number): boolean {
  const at = s.offsetAt(index);
  const t = s.tokens.find((k) => k.start <= at && at < k.end) ?? s.tokens.find((k) => k.start >= at);
  return !!t?.quoted;
}

/** The story's words as a listener hears them, title included. */
export function storyText(story: Story): string {
  // Several rules and the bank ask for it; a story is never changed once built, so it is joined once.
  let text = STORY_TEXTS.get(story);
  if (text === undefined) {
    text = [story.title ?? '', ...story.sentences.map((s) => s.text)].map(straighten).join('\n');
    STORY_TEXTS.set(story, text);
  }
  return text;
}

const STORY_TEXTS = new WeakMap<Story, string>();
