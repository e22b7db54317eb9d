import type { Finding, FindingGroup } from './types';
import { ChunkCache } from './document/model';
import { groupFindings, type GroupOptions } from './coaching/group';

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
   * key). Moved findings replace the held ones, so the next lint finds them in
   * place (the same array) and what was derived from them can be reused.
   */
  take(structured: boolean, text: string, start: number, end: number): Finding[] | undefined {
    this.length = text.length;
    const hit =
      this.at(structured, text, start, end, start) ??
      this.at(structured, text, start, end, start - (text.length - this.lastLength)) ??
      this.stories.get(keyOf(structured, text, start, end));
    if (!hit) return undefined;
    this.generation.set(hit.key, this.lintCount);
    this.nextByStart.set(start, hit);
    const by = start - hit.start;
    if (by === 0) return hit.findings;
    const from = hit.findings;
    hit.findings = moveFindings(from, by);
    hit.start = start;
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
    const key = keyOf(structured, text, start, end);
    const entry = { key, start, findings };
    this.stories.set(key, entry);
    this.generation.set(key, this.lintCount);
    this.nextByStart.set(start, entry);
  }

  /**
   * One story's findings grouped (say it once), reused while its findings are
   * the same array and it starts on the same line (a grouped message names
   * the line of the first occurrence). `findings` are sorted.
   */
  grouped(findings: Finding[], start: number, options: GroupOptions): Finding[] {
    if (findings.length === 0) return findings;
    const line = options.lineOf(start);
    const hit = this.groups.get(findings);
    if (hit && hit.line === line) return hit.grouped;
    // Findings moved with their unchanged story, still starting on the same line: its grouped findings, moved the same.
    const moved = movedFrom(findings);
    const was = moved && this.groups.get(moved.from);
    const grouped =
      was && was.line === line
        ? moveFindings(was.grouped, moved!.by, moved!.from, findings)
        : groupFindings(findings, { ...options, storyStarts: [start] });
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

/** Where a story's findings were moved from by an edit before it (same story text), and by how much. */
interface Moved {
  from: readonly Finding[];
  by: number;
}
/**
 * Held weakly: each version's findings pointing at the last one's kept every
 * version of every moved story alive (a 1.5 MB file's heap grew by 100 MB in
 * five edits). What was derived from the findings before is reused right
 * after the move or not at all.
 */
const MOVED = new WeakMap<readonly Finding[], { from: WeakRef<readonly Finding[]>; by: number }>();

/**
 * Where findings (a story's, as `lint` returns them in `byStory`) were moved
 * from: the same story's findings in an earlier lint, its text unchanged and
 * every offset moved by `by`. What was derived from those and depends only
 * on the story's text and lines can be reused (the server's diagnostics).
 */
export function movedFrom(findings: readonly Finding[]): Moved | undefined {
  const moved = MOVED.get(findings);
  const from = moved?.from.deref();
  return from && { from, by: moved!.by };
}

/**
 * Findings with every offset moved by `by` (their group's too, each group
 * object moved once so its members still share it), remembered as moved from
 * `findings`. An edit that changes the length of the text moves every story
 * after it; their findings are the same, further on. Grouped findings moved
 * alongside their raw ones (`before`, already moved to `after`) reuse the
 * moved raw finding wherever grouping left one as it was.
 */
function moveFindings(findings: readonly Finding[], by: number, before?: readonly Finding[], after?: readonly Finding[]): Finding[] {
  const groups = new Map<FindingGroup, FindingGroup>();
  const ranges = new Map<FindingGroup['members'], FindingGroup['members']>();
  const moveGroup = (g: FindingGroup): FindingGroup => {
    let moved = groups.get(g);
    if (!moved) {
      let members = ranges.get(g.members);
      if (!members) ranges.set(g.members, (members = g.members.map((r) => ({ start: r.start + by, end: r.end + by }))));
      moved = { ...g, primaryStart: g.primaryStart + by, primaryEnd: g.primaryEnd + by, members };
      groups.set(g, moved);
    }
    return moved;
  };
  const out = findings.map((f, k) => {
    // A finding grouping left as it was is the raw finding already moved (`before` moved to `after`).
    if (before && f === before[k] && after) return after[k];
    const m: Finding = {
      ...f,
      start: f.start + by,
      end: f.end + by,
      suggestions: f.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
    };
    if (f.group) m.group = moveGroup(f.group);
    return m;
  });
  MOVED.set(out, { from: new WeakRef(findings), by });
  return out;
}

/** A story's key: whether it is structured, then its text (one letter and a NUL first, so the text is `key.slice(2)`). */
function keyOf(structured: boolean, text: string, start: number, end: number): string {
  return `${structured ? 't' : 'f'}\u0000${text.slice(start, end)}`;
}
