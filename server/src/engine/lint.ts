import type { Finding, Notice, StoryDocument, Story } from './types';
import { buildDocument, buildSkeleton, documentOf, draftRange, ChunkCache } from './document/model';
import { format, type AnyRule, type Report } from './rule';
import { resolveRules, principlesOf, matchesStoryGlobs, type StarConfig, type ResolvedRule } from './config';
import { applySuppressions } from './document/suppress';
import { RULES } from './rules';
import { readFrontMatter } from './document/frontmatter';
import { groupFindings } from './coaching/group';
import { ignoreMatcher } from './language/phrases';

export interface LintOptions {
  config?: StarConfig;
  /** The file's path, used for the `files`/`ignore` globs. */
  path?: string;
  /** Lint even if the file is not a story file. */
  force?: boolean;
  /** Reuse parsed chunks and unchanged stories' findings across calls (the server keeps one per document). */
  cache?: LintCache;
  /** Rules to run; defaults to all registered rules. */
  rules?: readonly AnyRule[];
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * Stop after this many milliseconds and report what was checked, with a
   * notice saying where checking stopped (the server keeps the editor responsive
   * this way on pathological files).
   */
  timeBudgetMs?: number;
}

export interface LintResult {
  findings: Finding[];
  notices: Notice[];
  doc?: StoryDocument;
  /** False when the file is not a story file and nothing was checked. */
  isStory: boolean;
}

/**
 * Whether a document is a story file (SPEC §2): by glob, by front matter
 * `star: true|false`, or by holding Situation, Action and Result markers.
 */
export function isStoryFile(path: string | undefined, text: string, config: StarConfig, doc?: StoryDocument): boolean {
  const fm = doc ? doc.frontMatter : readFrontMatter(text).frontMatter;
  if (fm?.star === false) return false;
  if (fm?.star === true) return true;
  if (path && matchesStoryGlobs(path, config)) return true;
  return (doc ?? buildDocument(text, principlesOf(config))).hasMarkers;
}

/**
 * What a document's previous lints leave behind for the next one: parsed
 * chunks, and each story's findings keyed by the story's exact text and the
 * settings, so an edit re-analyses only the stories it touched.
 */
export class LintCache {
  readonly chunks = new ChunkCache();
  private stories = new Map<string, { start: number; findings: Finding[] }>();
  private generation = new Map<string, number>();
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
  }

  /** Findings for a story seen before, moved to where the story is now. */
  take(key: string, start: number): Finding[] | undefined {
    const hit = this.stories.get(key);
    if (!hit) return undefined;
    this.generation.set(key, this.lintCount);
    const by = start - hit.start;
    if (by === 0) return hit.findings;
    return hit.findings.map((f) => ({
      ...f,
      start: f.start + by,
      end: f.end + by,
      suggestions: f.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
    }));
  }

  put(key: string, start: number, findings: Finding[], length = 0): void {
    this.checking += length;
    this.stories.set(key, { start, findings });
    this.generation.set(key, this.lintCount);
  }

  /** Drops stories not seen in the last few lints, so memory follows the document, not its history. */
  endLint(): void {
    this.lastLint = { parsed: this.chunks.parsedChars, checked: this.checking };
    this.checking = 0;
    this.chunks.sweep();
    this.lintCount++;
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

/** Lints one Markdown document: text in, findings out. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? {};
  const principles = principlesOf(config);
  const cache = options.cache;
  const deadline = options.timeBudgetMs === undefined ? Infinity : performance.now() + options.timeBudgetMs;
  const skeleton = buildSkeleton(text, cache?.chunks, deadline);
  const notices = [...skeleton.frontMatterNotices];
  // When parsing stopped early, the last story may be cut short: leave it for the notice too.
  let stoppedAt = skeleton.stoppedAt === undefined ? undefined : (skeleton.drafts.at(-1)?.titleStart ?? skeleton.stoppedAt);
  const doc = documentOf(skeleton, principles);
  if (!options.force && !isStoryFile(options.path, text, config, doc)) {
    // Parsed chunks were cached on the way; a file that is no story must not keep every version of them.
    cache?.endLint();
    return { findings: [], notices: [], doc, isStory: false };
  }
  const resolved = resolveRules(config, options.rules ?? RULES);
  const findings: Finding[] = [];
  // Everything outside a story's own text that its findings depend on.
  const context = cache
    ? JSON.stringify([config, resolved.map((r) => r.rule.id), text.slice(0, skeleton.frontMatter?.end ?? 0), text.includes('\r\n')])
    : '';
  cache?.setContext(context);
  skeleton.drafts.forEach((draft, i) => {
    if (stoppedAt !== undefined && draft.titleStart >= stoppedAt) return;
    // The first story is always checked, so even a slow machine makes progress.
    if (i > 0 && deadline !== Infinity && performance.now() > deadline) {
      stoppedAt = draft.titleStart;
      return;
    }
    // Appended one by one: spreading a story's findings as arguments overflows the stack past ~120,000 of them.
    if (!cache) {
      for (const f of lintStory(doc, doc.storyOf(i), resolved, config, options)) findings.push(f);
      return;
    }
    const [start, end] = draftRange(draft);
    const key = `${draft.structured}\u0000${text.slice(start, end)}`;
    const hit = cache.take(key, start);
    if (hit) {
      for (const f of hit) findings.push(f);
      return;
    }
    const fresh = lintStory(doc, doc.storyOf(i), resolved, config, options);
    cache.put(key, start, fresh, end - start);
    for (const f of fresh) findings.push(f);
  });
  cache?.endLint();
  if (stoppedAt !== undefined) {
    const line = text.slice(0, stoppedAt).split('\n').length;
    notices.push({
      severity: 'information',
      message:
        `STAR Coach stopped after ${options.timeBudgetMs} ms at line ${line}; the stories from there on were ` +
        `not checked. Splitting this file into smaller story files keeps it fully checked.`,
      start: stoppedAt,
      end: stoppedAt,
    });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  // Grouped after suppression, so a count says how many occurrences the writer still sees.
  const grouped = groupFindings(applySuppressions(doc, findings), {
    storyStarts: skeleton.drafts.map((d) => d.titleStart),
    lineOf: lineCounter(text),
    meta: (id) => resolved.find((r) => r.rule.id === id)?.rule.meta,
  });
  return { findings: grouped, notices, doc, isStory: true };
}

/** Runs the rules on one story. Kept separate so a caller can re-check only the stories that changed. */
export function lintStory(
  doc: StoryDocument,
  story: Story,
  resolved: ResolvedRule[],
  config: StarConfig,
  options: Pick<LintOptions, 'onRuleError'> = {},
): Finding[] {
  const out: Finding[] = [];
  const principles = principlesOf(config);
  for (const { rule, severity, options: ruleOptions } of resolved) {
    const ignores = ignoreMatcher((ruleOptions as { ignore?: readonly string[] }).ignore ?? []);
    const sentenceRule = rule.meta.level === 'sentence';
    const report = (r: Report) => {
      if (sentenceRule && ignores(doc.text.slice(r.start, r.end))) return;
      const template = rule.meta.messages[r.messageId];
      out.push({
        ruleId: rule.id,
        severity,
        messageId: r.messageId,
        message: format(template ?? r.messageId, r.data),
        data: r.data ?? {},
        start: r.start,
        end: Math.max(r.end, r.start),
        suggestions: r.suggestions ?? [],
      });
    };
    try {
      rule.check({ doc, story, options: ruleOptions as never, principles, level: doc.frontMatter?.level ?? config.level, ignores, report });
    } catch (err) {
      options.onRuleError?.(rule.id, err);
    }
  }
  return out;
}

/**
 * The 1-based line of an offset, counted from the last one asked for: grouping
 * asks in nearly document order, and building the whole file's line table on
 * every edit cost a 200,000-word bank several milliseconds per keystroke.
 */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    while (at < offset) {
      const nl = text.indexOf('\n', at);
      if (nl === -1 || nl >= offset) {
        at = offset;
        break;
      }
      line++;
      at = nl + 1;
    }
    while (at > offset) {
      const nl = text.lastIndexOf('\n', at - 1);
      if (nl < offset) {
        at = offset;
        break;
      }
      line--;
      at = nl;
    }
    return line;
  };
}
