/*
 * The one format of a word list. Every list of single words the engine looks
 * up token by token is written as `words` followed by a template of the words,
 * separated by spaces or line breaks, lower case as they appear in a token's
 * `norm` (straight apostrophes). Another list is included with `${LIST}`:
 *
 *   export const CHANGE_VERBS = words`${IMPROVEMENT_VERBS} changed shifted moved`;
 *
 * Phrases that span several words, or take a plural or verb ending, are a
 * different kind of list: `readonly string[]` of small regular-expression
 * sources, compiled by `phraseRegex` (language/phrases.ts).
 */

/** A list of words, looked up with `has`. */
export type WordSet = ReadonlySet<string>;

/** Builds a word list from a template of space-separated words, with other lists included as `${LIST}`. */
export function words(parts: TemplateStringsArray, ...included: WordSet[]): WordSet {
  const out = new Set<string>();
  parts.forEach((part, i) => {
    for (const w of part.split(/\s+/)) if (w) out.add(w);
    const list = included[i];
    if (list) for (const w of list) out.add(w);
  });
  return out;
}
