import type { PrincipleMention } from '../types';
import type { PrincipleDef } from '../lexicons/principles';
import { words } from '../lexicons/words';
import { FOLDS_TO_ASCII } from './required-text';
import { ProbeIndex } from './probes';

interface Pattern {
  name: string;
  re: RegExp;
  /** One-word names such as Ownership need a naming frame; capitals alone are not enough. */
  singleWord: boolean;
  /** The lower-case first word: a sentence without it cannot match, so the regex is skipped. */
  probe: string;
  /**
   * The longest other word of the name, when it is plain ASCII ("right" in "Are Right, A Lot"): a second
   * test for a first word as common as "are" or "have". Undefined when the name has no such word.
   */
  rare?: string;
}

/** A compiled matcher for one list of principles. */
export interface PrincipleMatcher {
  defs: PrincipleDef[];
  find(text: string): PrincipleMention[];
  byName(name: string): PrincipleDef | undefined;
}

/** Words that introduce a principle by name: "this shows Ownership", "an example of Frugality". */
const NAMING_FRAME = new RegExp(
  String.raw`\b(?:shows?|showed|showing|shown|demonstrat\w*|exemplif\w*|reflect\w*|display\w*|embod\w*|` +
    String.raw`illustrat\w*|highlight\w*|showcas\w*|prov(?:e|es|ed|ing)|maps? to|ties? (?:in)?to|aligns? with|` +
    String.raw`speaks? to|examples? of|principles?(?: of| like)?|LPs?|values?(?: of)?)\b(?:\s+(?:my|our|both|also|` +
    String.raw`real|strong|true|clear|the|a|an|of|how|that|\w+ly))*[\s,:"\u201c(]*$`,
  'i',
);
const FOLLOWING_FRAME = /^[\s"\u201d')]*(?:principles?|LPs?|value|all the way|in action|at its best)\b/i;
/** Between two items of one list: "Customer Obsession, ownership and frugality". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+|&\s*)?|and\s+|or\s+|&\s*|\/\s*)$/i;
/** A word used as an ordinary noun, not as the principle: "the backbone of our platform". */
const ORDINARY_USES: Array<{ name: RegExp; before: RegExp; after: RegExp }> = [
  { name: /^backbone$/i, before: /\b(?:the|a|an|our|its|their|his|her|network|data)\s+$/i, after: /^/ },
  { name: /^backbone$/i, before: /^/, after: /^\s+(?:of|network|service|link|links|switch|router)\b/i },
];
/** A word that a name's pattern holds as written (no character the pattern escapes) and that lower-cases one to one. */
const PLAIN_WORD = /^[a-z0-9-]+$/;
const STOP_CAPS = words`and for the to be on a earth's of`;

/** One word of a principle's name as a pattern: regex characters literal, an apostrophe straight or curly. */
function wordPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]");
}

/** Compiles a list of principles into a matcher; longer names win over their aliases. */
export function compilePrinciples(defs: PrincipleDef[]): PrincipleMatcher {
  const patterns: Pattern[] = [];
  for (const def of defs) {
    for (const form of [def.name, ...(def.aliases ?? [])]) {
      const words = form
        .split(/[\s;,]+/)
        .filter(Boolean)
        .map(wordPattern);
      if (words.length === 0) continue;
      const parts = form
        .split(/[\s;,]+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase());
      const rare = parts
        .slice(1)
        .filter((w) => PLAIN_WORD.test(w))
        .sort((a, b) => b.length - a.length)[0];
      patterns.push({
        rare: rare && rare.length > parts[0].length ? rare : undefined,
        name: def.name,
        re: new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s,;\\-]+')}(?![\\p{L}\\p{N}])`, 'giu'),
        singleWord: words.length === 1,
        // Up to an apostrophe: the text may write it straight or curly.
        probe: parts[0].split(/['\u2019]/)[0],
      });
    }
  }
  patterns.sort((a, b) => b.re.source.length - a.re.source.length);
  // Every match holds its pattern's rarest word: a sentence with none of them mentions no principle (most sentences).
  // (Only when every key is a plain word, which the pattern holds as written.)
  const keys = [...new Set(patterns.map((p) => p.rare ?? p.probe))];
  const anyKey = keys.every((k) => PLAIN_WORD.test(k)) ? new RegExp(keys.join('|')) : undefined;
  // Which names' first words a sentence holds, from one pass over it instead of one `includes` per name.
  const firstWords = new ProbeIndex(patterns.map((p) => [p.probe]));
  const index = new Map(defs.map((d) => [d.name.toLowerCase(), d]));
  return {
    defs,
    byName: (name) => index.get(name.toLowerCase()),
    find(text) {
      const found: PrincipleMention[] = [];
      const lower = text.toLowerCase();
      // Characters already inside a mention; checking the list of mentions instead was quadratic in a run-on sentence.
      let taken: Uint8Array | undefined;
      // A match lower-cases to the name's words unless the text holds a character that only folds to one (ſ, K).
      const folds = FOLDS_TO_ASCII.test(text);
      if (anyKey && !folds && !anyKey.test(lower)) return found;
      const holds = firstWords.patternsIn(lower);
      for (let k = 0; k < patterns.length; k++) {
        if (!holds[k]) continue;
        const p = patterns[k];
        if (p.rare && !folds && !lower.includes(p.rare)) continue;
        p.re.lastIndex = 0;
        for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
          const start = m.index;
          const end = start + m[0].length;
          if (taken?.subarray(start, end).includes(1)) continue;
          const named = isNamed(text, m[0], start, end, p.singleWord);
          if (!named && isOrdinaryUse(text, m[0], start, end)) continue;
          found.push({ name: p.name, text: m[0], start, end, named });
          (taken ??= new Uint8Array(text.length)).fill(1, start, end);
        }
      }
      found.sort((a, b) => a.start - b.start);
      // A principle listed right after a named one is named too.
      for (let i = 1; i < found.length; i++) {
        if (!found[i].named && found[i - 1].named && LIST_GAP.test(text.slice(found[i - 1].end, found[i].start))) found[i].named = true;
      }
      return found;
    },
  };
}

function isNamed(text: string, match: string, start: number, end: number, singleWord: boolean): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 20);
  if (NAMING_FRAME.test(before) || FOLLOWING_FRAME.test(after)) return true;
  if (/["\u201c']\s*$/.test(before) && /^\s*["\u201d']/.test(after)) return true;
  // "(Ownership)", and a label that opens a sentence or list item: "Ownership: I took the pager".
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
  if ((/^\s*$/.test(before) || /[.!?]\s*$/.test(before)) && /^\s*(?::|\u2014|\u2013|\s-\s)/.test(after) && /^\p{Lu}/u.test(match))
    return true;
  const titled = match.split(/[\s,;-]+/).every((w) => STOP_CAPS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  if (!titled) return false;
  const sentenceStart = /^\s*$/.test(before) || /[.!?:]\s*$/.test(before);
  // A capital at the start of a sentence proves nothing for a one-word name.
  return !singleWord || !sentenceStart;
}

function isOrdinaryUse(text: string, match: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  return ORDINARY_USES.some((u) => u.name.test(match) && u.before.test(before) && u.after.test(after));
}
