import type { PrincipleMention } from './types';
import type { PrincipleDef } from './lexicons/principles';

interface Pattern {
  name: string;
  re: RegExp;
  /** One-word names such as Ownership need a naming frame; capitals alone are not enough. */
  singleWord: boolean;
}

/** A compiled matcher for one list of principles. */
export interface PrincipleMatcher {
  defs: PrincipleDef[];
  find(text: string): PrincipleMention[];
  byName(name: string): PrincipleDef | undefined;
}

/** Words that introduce a principle by name: "this shows Ownership", "an example of Frugality". */
const NAMING_FRAME =
  /\b(?:shows?|showed|showing|shown|demonstrat\w*|exemplif\w*|reflect\w*|display\w*|embod\w*|illustrat\w*|highlight\w*|examples? of|principles?(?: of| like)?|LPs?|values?(?: of)?)\b(?:\s+(?:my|our|both|also|real|strong|true|clear|the|a|an|of|how|that|\w+ly))*[\s,:"“(]*$/i;
const FOLLOWING_FRAME = /^[\s"”')]*(?:principles?|LPs?|value)\b/i;
const STOP_CAPS = new Set(['and', 'for', 'the', 'to', 'be', 'on', 'a', "earth's", 'of']);

/** Compiles a list of principles into a matcher; longer names win over their aliases. */
export function compilePrinciples(defs: PrincipleDef[]): PrincipleMatcher {
  const patterns: Pattern[] = [];
  for (const def of defs) {
    for (const form of [def.name, ...(def.aliases ?? [])]) {
      const words = form.split(/[\s;,]+/).filter(Boolean).map(escape);
      if (words.length === 0) continue;
      patterns.push({
        name: def.name,
        re: new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s,;\\-]+')}(?![\\p{L}\\p{N}])`, 'giu'),
        singleWord: words.length === 1,
      });
    }
  }
  patterns.sort((a, b) => b.re.source.length - a.re.source.length);
  const index = new Map(defs.map((d) => [d.name.toLowerCase(), d]));
  return {
    defs,
    byName: (name) => index.get(name.toLowerCase()),
    find(text) {
      const found: PrincipleMention[] = [];
      for (const p of patterns) {
        p.re.lastIndex = 0;
        for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
          const start = m.index;
          const end = start + m[0].length;
          if (found.some((f) => f.start < end && start < f.end)) continue;
          found.push({ name: p.name, text: m[0], start, end, named: isNamed(text, m[0], start, end, p.singleWord) });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

function isNamed(text: string, match: string, start: number, end: number, singleWord: boolean): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 20);
  if (NAMING_FRAME.test(before) || FOLLOWING_FRAME.test(after)) return true;
  if (/["“']\s*$/.test(before) && /^\s*["”']/.test(after)) return true;
  const titled = match.split(/[\s,;\-]+/).every((w) => STOP_CAPS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  if (!titled) return false;
  const sentenceStart = /^\s*$/.test(before) || /[.!?:]\s*$/.test(before);
  // A capital at the start of a sentence proves nothing for a one-word name.
  return !singleWord || !sentenceStart;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
