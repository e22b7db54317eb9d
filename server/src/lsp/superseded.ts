import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * Every edit gives a document a new text, a string of its own. V8 keeps a
 * string of more than about 128 KB as a large object, which young collections
 * leave alone while the young space has room: the bench's 1.1 MB file left up
 * to 16 MB of its old versions there, and the versions still in use when a
 * young collection ran (each one is, while it is being checked) moved to the
 * old space, where only a full collection frees them. With the file edited 15
 * times, these texts were about 20 of the server's 153 MB. So the server
 * counts the characters of the large texts that edits have replaced, and once
 * they pass a budget it asks V8 for a full collection, right after the
 * diagnostics it was writing have gone out. Small documents never count; a
 * collection of the server's heap takes about 15–40 ms.
 */

/** Texts this long are V8 large objects (its limit is 128 KB; a one-byte string holds a character per byte). */
export const LARGE_TEXT = 128 * 1024;
/** Characters of replaced large texts that may wait for V8's own collections before the server asks for one. */
export const SUPERSEDED_BUDGET = 8 * 1024 * 1024;

/** Counts replaced large texts and runs a full collection once they pass the budget. */
export class SupersededTexts {
  private waiting = 0;
  private due = false;

  constructor(
    private readonly collect: () => void,
    private readonly budget = SUPERSEDED_BUDGET,
    private readonly later: (fn: () => void) => void = setImmediate,
  ) {}

  /** A document of about `length` characters got a new version: its old text is garbage now. */
  replaced(length: number): void {
    if (length < LARGE_TEXT) return;
    this.waiting += length;
    if (this.waiting >= this.budget) this.due = true;
  }

  /** Diagnostics were handed to the connection: a collection that is due runs once they are written. */
  published(): void {
    if (!this.due) return;
    this.due = false;
    this.waiting = 0;
    this.later(this.collect);
  }
}

/** V8's full collection, as `--expose-gc` gives it to a context made after the flag is set; undefined where it cannot be had. */
export function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof gc === 'function' ? () => void gc() : undefined;
  } catch {
    return undefined;
  }
}
