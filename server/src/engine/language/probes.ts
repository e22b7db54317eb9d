/*
 * Which of many patterns a text can match, from one pass over it. Each pattern
 * lists probes: plain strings one of which every match holds (the blame
 * lexicon's `probe`). Testing each pattern's probes with `includes` reads the
 * text once per probe; this reads it once for all of them, with one regular
 * expression of every probe, and answers exactly what the `includes` tests
 * would (speed only; tested in test/engine/fast-paths.test.ts).
 */

/** For each text, which patterns hold one of their probes: `ProbeIndex.patternsIn`. */
export class ProbeIndex {
  private readonly scan: RegExp | undefined;
  /** For each probe (in the scan's order), the patterns that one of its prefixes among the probes opens up. */
  private readonly opens = new Map<string, readonly number[]>();
  private readonly marks: Uint8Array;

  /** `probes[i]` are the probes of pattern i (as with `some`, a pattern with none is never marked). */
  constructor(probes: ReadonlyArray<readonly string[]>) {
    this.marks = new Uint8Array(probes.length);
    const users = new Map<string, number[]>();
    probes.forEach((list, i) => {
      for (const w of list) {
        if (!w) throw new Error(`pattern ${i} has an empty probe`);
        const u = users.get(w) ?? [];
        if (!u.includes(i)) u.push(i);
        users.set(w, u);
      }
    });
    // Reverse code-unit order puts a probe before each of its prefixes ("my job" before "my"): at any position the
    // scan reports the longest probe found there, and the prefixes it holds are opened with it.
    const all = [...users.keys()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    for (const w of all) {
      const opened = new Set<number>();
      for (const p of all) if (w.startsWith(p)) for (const i of users.get(p) ?? []) opened.add(i);
      this.opens.set(w, [...opened]);
    }
    this.scan = all.length ? new RegExp(all.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
  }

  /**
   * One mark per pattern, 1 when `text` holds one of its probes (as `text.includes(probe)`
   * finds them: case and all). The array is reused by the next call.
   */
  patternsIn(text: string): Uint8Array {
    const marks = this.marks;
    marks.fill(0);
    const re = this.scan;
    if (!re) return marks;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const i of this.opens.get(m[0]) ?? []) marks[i] = 1;
      // Probes that start inside this one are found from the next position on.
      re.lastIndex = m.index + 1;
    }
    return marks;
  }
}
