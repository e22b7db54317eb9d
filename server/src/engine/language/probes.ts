/*
 * Which of many patterns a text can match, from one pass over it. Each pattern
 * lists probes: plain strings one of which every match holds (the blame
 * lexicon's `probe`). Testing each pattern's probes with `includes` reads the
 * text once per probe; this reads it once for all of them, with one
 * automaton of every probe, and answers exactly what the `includes` tests
 * would (speed only; tested in test/engine/fast-paths.test.ts).
 */

import { FOLDS_TO_ASCII, requiredLiterals } from './required-text';

/** For each text, which patterns hold one of their probes: `ProbeIndex.patternsIn`. */
export class ProbeIndex {
  private readonly marks: Uint8Array;
  /** Built on first use: a module that makes an index may never need it (the CLI's workers make no bank). */
  private scanner?: Scanner;
  /** The call that last opened each entry of the scanner's `opens` (by 1 + its index). */
  private seen = new Float64Array(0);
  private calls = 0;

  /**
   * `probes[i]` are the probes of pattern i: as with `some`, a pattern with none is never marked;
   * one with undefined (nothing known) always is.
   */
  constructor(private readonly probes: ReadonlyArray<readonly string[] | undefined>) {
    this.marks = new Uint8Array(probes.length);
  }

  /**
   * One mark per pattern, 1 when `text` holds one of its probes (as `text.includes(probe)`
   * finds them: case and all). The array is reused by the next call.
   */
  patternsIn(text: string): Uint8Array {
    if (!this.scanner) {
      this.scanner = scannerOf(this.probes);
      this.seen = new Float64Array(this.scanner.opens.length + 1);
    }
    const { classOf, width, next, found, opens, always } = this.scanner;
    const marks = this.marks;
    marks.fill(0);
    for (const i of always) marks[i] = 1;
    if (!opens.length) return marks;
    // One step of the automaton per code unit; a state that ends probes opens their patterns.
    // Each state's patterns are opened once per text: a common probe ("they") opens many.
    const stamp = ++this.calls;
    const seen = this.seen;
    let state = 0;
    for (let j = 0; j < text.length; j++) {
      state = next[state * width + classOf[text.charCodeAt(j)]];
      const o = found[state];
      if (o && seen[o] !== stamp) {
        seen[o] = stamp;
        for (const i of opens[o - 1]) marks[i] = 1;
      }
    }
    return marks;
  }
}

/**
 * Every probe in one Aho-Corasick automaton (a trie of the probes whose every state also knows where each code unit
 * leads, so the text is read once, one table step per code unit, whatever the number of probes).
 */
interface Scanner {
  /** Each code unit's column in `next`: 0 for a unit that no probe holds. */
  classOf: Uint16Array;
  /** Columns per state. */
  width: number;
  /** The next state, at `state * width + column`; state 0 is the empty prefix. */
  next: Int32Array;
  /** For each state, 1 + its entry in `opens`, or 0 when no probe ends there. */
  found: Int32Array;
  /** The patterns that the probes ending at a state open (the probes that are suffixes of what it has read). */
  opens: ReadonlyArray<readonly number[]>;
  /** Patterns whose probes are unknown or empty. */
  always: readonly number[];
}

function scannerOf(probes: ReadonlyArray<readonly string[] | undefined>): Scanner {
  const always: number[] = [];
  const classOf = new Uint16Array(65536);
  let width = 1;
  // The trie: children per state, keyed by column, and the patterns whose probes end at each state.
  const children: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  probes.forEach((list, i) => {
    // Nothing known, or an empty probe (which every text holds, as `includes('')` says): always searched.
    if (!list || list.includes('')) always.push(i);
    for (const w of list ?? []) {
      if (!w) continue;
      let state = 0;
      for (let j = 0; j < w.length; j++) {
        const unit = w.charCodeAt(j);
        if (!classOf[unit]) classOf[unit] = width++;
        const col = classOf[unit];
        let child = children[state].get(col);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state].set(col, child);
        }
        state = child;
      }
      if (!ends[state].includes(i)) ends[state].push(i);
    }
  });
  // Breadth first, each state's moves are its children's, or else those of its longest proper suffix in the trie
  // (its failure state, already complete); a state also ends every probe that its failure state ends.
  const next = new Int32Array(children.length * width);
  const fail = new Int32Array(children.length);
  const queue: number[] = [];
  for (const [col, child] of children[0]) {
    next[col] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    const f = fail[state];
    for (const i of ends[f]) if (!ends[state].includes(i)) ends[state].push(i);
    for (let col = 0; col < width; col++) {
      const child = children[state].get(col);
      if (child === undefined) next[state * width + col] = next[f * width + col];
      else {
        next[state * width + col] = child;
        fail[child] = next[f * width + col];
        queue.push(child);
      }
    }
  }
  const found = new Int32Array(children.length);
  const opens: number[][] = [];
  ends.forEach((list, state) => {
    if (list.length) found[state] = opens.push(list);
  });
  return { classOf, width, next, found, opens, always };
}

/**
 * `mayMatch` for several patterns (compiled with the `i` and `u` flags) at once, from one pass over the
 * text: for a whole story, where testing each pattern's literals on its own would cost about as much as
 * the search it saves. A pattern marked 0 cannot match the text.
 */
export class MayMatchIndex {
  private index?: ProbeIndex;
  private readonly all: Uint8Array;

  constructor(private readonly res: readonly RegExp[]) {
    this.all = new Uint8Array(res.length).fill(1);
  }

  /** One mark per pattern, 0 when the text lacks every literal the pattern requires. The array is reused by the next call. */
  patternsIn(text: string): Uint8Array {
    // A character that folds to an ASCII letter without lower-casing to it: search in full, as mayMatch does.
    if (FOLDS_TO_ASCII.test(text)) return this.all;
    // The patterns' literals are read on first use.
    this.index ??= new ProbeIndex(
      this.res.map((re) => (re.flags.includes('i') && re.flags.includes('u') ? requiredLiterals(re.source) : undefined)),
    );
    return this.index.patternsIn(text.toLowerCase());
  }
}
