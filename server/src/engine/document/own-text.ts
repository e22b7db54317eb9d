/**
 * A copy of `s` that holds its own characters. In V8 a slice of a long string
 * (13 characters or more) is a view that keeps the whole string alive, and so
 * is a string joined from one: a cache key, or a block's text, cut from one
 * version of a 1 MB document kept that whole version alive as long as the key
 * lived. Each keystroke's version then outlived the young generation and was
 * freed only by a full collection, so memory grew by a version per edit until
 * one ran. Joining a character in front and slicing it off again makes V8 copy
 * the characters into a string of their own first.
 */
export function ownText(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
