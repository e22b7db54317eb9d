/*
 * Which of many patterns a text can match, from one pass over it. Each pattern
 * lists probes: plain strings one of which every match holds (the blame
 * lexicon's `probe`). Testing each pattern's probes with `includes` reads the
 * text once per probe; this reads it once for all of them, with one regular
 * expression of every probe, and answers exactly what the `includes` tests
 * would (speed only; tested in test/engine/fast-paths.test.ts).
 */

import { FOLDS_TO_ASCII, requiredLiterals } from './required-text';

/** For each text, which patterns hold one of their probes: `ProbeIndex.patternsIn`. */
export class ProbeIndex {
  private readonly marks: Uint8Array;
  /** Built on first use: a module that makes an index may never need it (the CLI's workers make no bank). */
  private scanner?: Scanner;

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
    const { scan, opens, always } = (this.scanner ??= scannerOf(this.probes));
    const marks = this.marks;
    marks.fill(0);
    for (const i of always) marks[i] = 1;
    if (!scan) return marks;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      for (const i of opens.get(m[0]) ?? []) marks[i] = 1;
      // Probes that start inside this one are found from the next position on.
      scan.lastIndex = m.index + 1;
    }
    return marks;
  }
}

interface Scanner {
  /** Every probe, each before its prefixes; undefined when there are none. */
  scan: RegExp | undefined;
  /** For each probe, the patterns it and the probes that are its prefixes open up. */
  opens: Map<string, readonly number[]>;
  /** Patterns whose probes are unknown or empty. */
  always: readonly number[];
}

function scannerOf(probes: ReadonlyArray<readonly string[] | undefined>): Scanner {
  const users = new Map<string, number[]>();
  const always: number[] = [];
  probes.forEach((list, i) => {
    // Nothing known, or an empty probe (which every text holds, as `includes('')` says): always searched.
    if (!list || list.includes('')) always.push(i);
    for (const w of list ?? []) {
      if (!w) continue;
      const u = users.get(w) ?? [];
      if (!u.includes(i)) u.push(i);
      users.set(w, u);
    }
  });
  // Reverse code-unit order puts a probe before each of its prefixes ("my job" before "my"): at any position the
  // scan reports the longest probe found there, and the prefixes it holds are opened with it.
  const all = [...users.keys()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const opens = new Map<string, readonly number[]>();
  for (const w of all) {
    const opened = new Set<number>();
    for (const p of all) if (w.startsWith(p)) for (const i of users.get(p) ?? []) opened.add(i);
    opens.set(w, [...opened]);
  }
  return {
    scan: all.length ? new RegExp(all.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined,
    opens,
    always,
  };
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
