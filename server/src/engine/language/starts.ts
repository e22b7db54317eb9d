/*
 * Where a pattern can start. A blame pattern that opens on another party
 * (`${OTHER_PARTY} never tested …`) searched from every position of a sentence
 * tries the hundred-odd parties at each one, and a sentence is searched with a
 * dozen such patterns. Instead, where each party can start is found once per
 * sentence, and each pattern is tried only there: the same matches (a global
 * search returns the first position from its last index on where the pattern
 * matches, and a pattern can only match where its lead does), at a fraction of
 * the cost (speed only; tested in test/engine/fast-paths.test.ts).
 */

import { alternation, groupEnd, lookaroundAt, quantifier } from './pattern-source';

/** What a match starts with: one of the known parties (by index), or a fixed text. */
export type Lead = { party: number } | { literal: string };

/**
 * The leads of `source`: every match starts where one of them does, or
 * undefined when some alternative may start with anything else. `parties`
 * are sources the patterns embed whole (longest first wins). Only what a
 * match must open with counts: lookarounds and `\b` before it only narrow
 * where it can start, and a group counts by the leads of its alternatives.
 */
export function leadsOf(source: string, parties: readonly string[]): Lead[] | undefined {
  const byLength = parties.map((p, i) => [p, i] as const).sort((a, b) => b[0].length - a[0].length);
  const leads = alternation(source, 0, source.length, (s, a, b) => sequence(s, a, b, byLength));
  if (!leads) return undefined;
  const seen = new Set<string>();
  return leads.filter((l) => {
    const key = 'party' in l ? `p${l.party}` : `l${l.literal}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

type Parties = ReadonlyArray<readonly [string, number]>;

/** Whether the element before `i` must occur: not when a quantifier there lets it be left out. */
const required = (src: string, i: number): boolean => quantifier(src, i).required;

/** The leads of one alternative, read from its start. */
function sequence(src: string, from: number, to: number, parties: Parties): Lead[] | undefined {
  let i = from;
  for (;;) {
    // A lookaround or a word boundary first: it narrows where a match starts, and the lead comes after it.
    if (lookaroundAt(src, i)) {
      i = groupEnd(src, i) + 1;
    } else if (src.startsWith('\\b', i)) {
      i += 2;
    } else break;
  }
  if (i >= to) return undefined;
  for (const [party, index] of parties) {
    if (to - i >= party.length && src.startsWith(party, i) && required(src, i + party.length)) return [{ party: index }];
  }
  if (src[i] === '(') {
    const close = groupEnd(src, i);
    if (close >= to || !required(src, close + 1) || src[i + 1] !== '?' || src[i + 2] !== ':') return undefined;
    return alternation(src, i + 3, close, (s, a, b) => sequence(s, a, b, parties));
  }
  let literal = '';
  while (i < to && /[a-z0-9 ',-]/.test(src[i])) literal += src[i++];
  // "lost (?:…)" leads with "lost "; in "depts?" the last letter is optional.
  if (!required(src, i)) literal = literal.slice(0, -1);
  return literal.length >= 2 ? [{ literal }] : undefined;
}

/**
 * Where each party starts in the current text, found on first need and kept
 * until the text changes: the patterns that lead with the same party share one
 * search of it.
 */
export class PartyStarts {
  private readonly scans: RegExp[];
  /** For a party written as `(?:<an earlier party>|…)`, that earlier party: its starts are found once, not again. */
  private readonly widens: Array<number | undefined>;
  private text = '';
  private readonly found: Array<number[] | undefined>;

  /** `parties` as for `leadsOf`; a party starts where it matches after neither a word character nor an apostrophe. */
  constructor(parties: readonly string[]) {
    this.widens = parties.map((p, k) => {
      const i = parties.findIndex((q, j) => j < k && p.startsWith(`(?:${q}|`) && groupEnd(p, 0) === p.length - 1);
      return i < 0 ? undefined : i;
    });
    this.scans = parties.map((p, k) => {
      const i = this.widens[k];
      // Where `(?:a|b)` matches is where a matches and where b does.
      const rest = i === undefined ? p : p.slice(`(?:${parties[i]}|`.length, -1);
      return new RegExp(String.raw`(?<![\w'])(?:${rest})`, 'g');
    });
    this.found = parties.map(() => undefined);
  }

  /** Every position of `text` at which party `k` matches, in order. */
  of(k: number, text: string): readonly number[] {
    if (text !== this.text) {
      this.text = text;
      this.found.fill(undefined);
    }
    let starts = this.found[k];
    if (!starts) {
      starts = [];
      const scan = this.scans[k];
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        starts.push(m.index);
        // Every start, not only those after the last match: a pattern may match at a start inside a party's match.
        scan.lastIndex = m.index + 1;
      }
      const wider = this.widens[k];
      if (wider !== undefined) starts = merge(this.of(wider, text), starts);
      this.found[k] = starts;
    }
    return starts;
  }
}

const NONE: RegExpExecArray[] = [];

/**
 * A pattern searched only where one of its leads starts: the matches a global
 * search with `re` finds, in order, each searched from the end of the last.
 */
export class LedPattern {
  private readonly sticky: RegExp;

  constructor(
    re: RegExp,
    private readonly leads: readonly Lead[],
    private readonly parties: PartyStarts,
  ) {
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  }

  /** Every match in `text`, as repeated `exec` of the global pattern finds them (empty and shared when none). */
  matchesIn(text: string): readonly RegExpExecArray[] {
    let starts: readonly number[] | undefined;
    let merged = false;
    for (const lead of this.leads) {
      const at = 'party' in lead ? this.parties.of(lead.party, text) : literalStarts(text, lead.literal);
      if (!at.length) continue;
      if (!starts) starts = at;
      else {
        starts = [...starts, ...at];
        merged = true;
      }
    }
    if (!starts) return NONE;
    if (merged) starts = [...starts].sort((a, b) => a - b);
    let out: RegExpExecArray[] | undefined;
    let from = 0;
    for (const at of starts) {
      if (at < from) continue;
      this.sticky.lastIndex = at;
      const m = this.sticky.exec(text);
      if (!m) continue;
      (out ??= []).push(m);
      from = m.index + m[0].length;
    }
    return out ?? NONE;
  }
}

/** Two lists of positions in order as one, each position once. */
function merge(a: readonly number[], b: readonly number[]): number[] {
  if (!b.length) return [...a];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

function literalStarts(text: string, literal: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) out.push(i);
  return out;
}
