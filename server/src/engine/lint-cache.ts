import type { Finding } from './types';
import { ChunkCache } from './document/model';
import { groupFindings, type GroupOptions } from './coaching/group';
import { ownText } from './document/own-text';

/** The order findings are reported in: by start, then end, then rule id. */
export function byFinding(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

/**
 * What a document's previous lints leave behind for the next one: parsed
 * chunks, and each story's findings keyed by the story's exact text and the
 * settings, so an edit re-analyses only the stories it touched.
 */
interface StoryEntry {
  /** `structured`, a NUL, then the story's text. */
  key: string;
  start: number;
  findings: Finding[];
  /** The lint that last took or put it. */
  used: number;
}

export class LintCache {
  readonly chunks = new ChunkCache();
  private stories = new Map<string, StoryEntry>();
  private generation = new Map<string, number>();
  /** The last lint's stories by offset, and the length of the text they were in. */
  private byStart = new Map<number, StoryEntry>();
  private nextByStart = new Map<number, StoryEntry>();
  private lastLength = 0;
  private length = 0;
  /** Each story's grouped findings, by the identity of its findings array and the line it starts on. */
  private groups = new WeakMap<readonly Finding[], { line: number; grouped: Finding[] }>();
  private lintCount = 0;
  /** What the last lint did afresh, in characters: parsed, and checked by the rules. An edit's cost, bounded by the units it touched. */
  lastLint = { parsed: 0, checked: 0 };
  private checking = 0;

  private context = '';

  /**
   * What the findings depend on besides each story's text (settings, rules,
   * front matter). When it changes every story is checked again, so it is
   * compared once per lint rather than written into every story's key (a
   * config of 30,000 globs made each key 600 KB).
   */
  setContext(context: string): void {
    if (context === this.context) return;
    this.context = context;
    this.stories.clear();
    this.generation.clear();
    this.byStart.clear();
    this.nextByStart.clear();
    this.groups = new WeakMap();
  }

  /**
   * Findings for the story from `start` to `end` of `text`, if it was seen
   * before, moved to where the story is now. It is first looked for where it
   * was in the last lint (comparing text there is far cheaper than hashing a
   * key). A story moved by an edit before it keeps its findings array, moved
   * in place with its grouped findings (see {@link LintCache.grouped}), so what
   * was derived from them can be reused, and typing before 500 stories copies
   * none of their findings. The findings of an earlier lint therefore hold this
   * lint's offsets: a result is read before the next lint with the same cache.
   */
  take(structured: boolean, text: string, start: number, end: number): Finding[] | undefined {
    this.length = text.length;
    let hit =
      this.at(structured, text, start, end, start) ??
      this.at(structured, text, start, end, start - (text.length - this.lastLength)) ??
      this.stories.get(keyOf(structured, text, start, end));
    if (!hit) return undefined;
    this.generation.set(hit.key, this.lintCount);
    if (hit.used === this.lintCount && hit.start !== start) {
      // The same story twice in one document: a copy of its findings for this place, kept by place only.
      hit = { key: hit.key, start, findings: copyFindings(hit.findings, start - hit.start), used: this.lintCount };
    }
    hit.used = this.lintCount;
    this.nextByStart.set(start, hit);
    if (hit.start !== start) {
      moveStory(hit.findings, this.groups.get(hit.findings)?.grouped, start - hit.start);
      hit.start = start;
    }
    return hit.findings;
  }

  private at(structured: boolean, text: string, start: number, end: number, was: number): StoryEntry | undefined {
    const entry = this.byStart.get(was);
    if (!entry || entry.key.length !== end - start + 2 || entry.key[0] !== (structured ? 't' : 'f')) return undefined;
    return text.slice(start, end) === entry.key.slice(2) ? entry : undefined;
  }

  put(structured: boolean, text: string, start: number, end: number, findings: Finding[]): void {
    this.length = text.length;
    this.checking += end - start;
    // A key of its own characters: a view of the text would keep this version of the document alive as long as the story.
    const key = ownText(keyOf(structured, text, start, end));
    const entry = { key, start, findings, used: this.lintCount };
    this.stories.set(key, entry);
    this.generation.set(key, this.lintCount);
    this.nextByStart.set(start, entry);
  }

  /**
   * One story's findings grouped (say it once), reused while its findings are
   * the same array (moved with them, see {@link LintCache.take}) and it starts
   * on the same line (a grouped message names the line of the first
   * occurrence). `findings` are sorted.
   */
  grouped(findings: Finding[], start: number, options: GroupOptions): Finding[] {
    if (findings.length === 0) return findings;
    const line = options.lineOf(start);
    const hit = this.groups.get(findings);
    if (hit && hit.line === line) return hit.grouped;
    const grouped = groupFindings(findings, { ...options, storyStarts: [start] });
    this.groups.set(findings, { line, grouped });
    return grouped;
  }

  /** Drops stories not seen in the last few lints, so memory follows the document, not its history. */
  endLint(): void {
    this.lastLint = { parsed: this.chunks.parsedChars, checked: this.checking };
    this.checking = 0;
    this.chunks.sweep();
    this.lintCount++;
    this.byStart = this.nextByStart;
    this.nextByStart = new Map();
    this.lastLength = this.length;
    for (const [key, gen] of this.generation) {
      if (this.lintCount - gen > 3) {
        this.generation.delete(key);
        this.stories.delete(key);
      }
    }
  }

  /** How many stories' findings are held (tests). */
  get size(): number {
    return this.stories.size;
  }
}

/**
 * Moves a story's findings by `by` in place, with their grouped version:
 * grouping returns the list with some findings replaced, at the same index, by
 * new ones that keep the raw finding's fixes and share a group, whose members
 * are shared by the group's findings. Each edit, group and list of members is
 * moved once, however many findings share it.
 */
function moveStory(raw: readonly Finding[], grouped: readonly Finding[] | undefined, by: number): void {
  const seen = new Set<object>();
  for (const f of raw) {
    f.start += by;
    f.end += by;
    moveEdits(f, by, seen);
  }
  if (!grouped || grouped === raw) return;
  for (let k = 0; k < grouped.length; k++) {
    const f = grouped[k];
    if (f === raw[k]) continue;
    f.start += by;
    f.end += by;
    if (f.suggestions !== raw[k]?.suggestions) moveEdits(f, by, seen);
    const g = f.group;
    if (!g || seen.has(g)) continue;
    seen.add(g);
    g.primaryStart += by;
    g.primaryEnd += by;
    if (seen.has(g.members)) continue;
    seen.add(g.members);
    for (const r of g.members as Array<{ start: number; end: number }>) {
      r.start += by;
      r.end += by;
    }
  }
}

function moveEdits(f: Finding, by: number, seen: Set<object>): void {
  for (const s of f.suggestions) {
    for (const e of s.edits) {
      if (seen.has(e)) continue;
      seen.add(e);
      e.start += by;
      e.end += by;
    }
  }
}

/** A copy of raw findings (no groups yet) with every offset moved by `by`, for a second story of the same text. */
function copyFindings(findings: readonly Finding[], by: number): Finding[] {
  return findings.map((f) => ({
    ...f,
    start: f.start + by,
    end: f.end + by,
    suggestions: f.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  }));
}

/** A story's key: whether it is structured, then its text (one letter and a NUL first, so the text is `key.slice(2)`). */
function keyOf(structured: boolean, text: string, start: number, end: number): string {
  return `${structured ? 't' : 'f'}\u0000${text.slice(start, end)}`;
}
