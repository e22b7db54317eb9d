import type { Finding, Notice, StoryDocument, Story } from './types';
import { buildDocument, buildSkeleton, documentOf, draftRange } from './document/model';
import { LintCache, byFinding } from './lint-cache';
import { format, type AnyRule, type Report } from './rule';
import { resolveRules, principlesOf, matchesStoryGlobs, type StarConfig, type ResolvedRule } from './config';
import { applySuppressions, hasDirectives } from './document/suppress';
import { RULES } from './rules';
import { readFrontMatter } from './document/frontmatter';
import { groupFindings, type GroupOptions } from './coaching/group';
import { beginStage, endStage } from './profile';
import { ignoreMatcher } from './language/phrases';
import { lineIndexAt } from './document/positions';

export interface LintOptions {
  config?: StarConfig;
  /** The file's path, used for the `files`/`ignore` globs. */
  path?: string;
  /** Lint even if the file is not a story file. */
  force?: boolean;
  /**
   * Reuse parsed chunks and unchanged stories' findings across calls (the
   * server keeps one per document). What an edit moves (the blocks of later
   * chunks, later stories' findings) is moved in place, so a result is read
   * before the next lint with the same cache, as the server reads it.
   */
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
  /**
   * Keep only the last story model built, dropping each earlier one once its
   * rules have run (the default). `result.doc` builds a dropped story again
   * when asked for it (hover and outline build the one they need); a file of
   * one long story keeps its model, so it is not built a second time. Pass
   * false to read every story's model from the result (the bank, the drill).
   * Models kept to the end of a lint cost memory (25 MB for a 200,000-word
   * file) and time: they outlive V8's young collections, so its large file's
   * cold lint took about a quarter longer with them.
   */
  releaseStories?: boolean;
  /**
   * The offset where each line of `text` starts, when the caller keeps them
   * (the server's text document does): a grouped message names the line of the
   * first occurrence, and counting lines over a 1 MB file on every edit was a
   * measurable part of it. Used only for text with no carriage return, where
   * every way of counting lines agrees.
   */
  lineStarts?: readonly number[];
}

export { LintCache };

export interface LintResult {
  findings: Finding[];
  /**
   * The same findings split by story, in order, when the lint had a cache and
   * each story's findings lie within it. A story's array is the same object
   * across lints while the story's text and the line it starts on are
   * unchanged, its findings moved in place when an edit before it moved it,
   * so a caller can reuse what it derived from it where the story's positions
   * are the same (see the server's diagnostics). `findings` is then joined
   * from them when first read: an edit's publish needs the stories only.
   */
  byStory?: Finding[][];
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
  // Everything outside a story's own text that its findings depend on.
  const cr = text.indexOf('\r');
  const context = cache
    ? JSON.stringify([
        config,
        resolved.map((r) => r.rule.id),
        text.slice(0, skeleton.frontMatter?.end ?? 0),
        cr >= 0 && text.includes('\r\n', cr),
      ])
    : '';
  cache?.setContext(context);
  const raw: Finding[][] = [];
  const ends: number[] = [];
  let modelKept = -1;
  const keep = (i: number) => {
    if (options.releaseStories === false) return;
    if (modelKept >= 0) doc.release(modelKept);
    modelKept = i;
  };
  skeleton.drafts.forEach((draft, i) => {
    raw.push([]);
    ends.push(0);
    if (stoppedAt !== undefined && draft.titleStart >= stoppedAt) return;
    // The first story is always checked, so even a slow machine makes progress. A story served from
    // the cache costs next to nothing, so the clock is read only before one that is checked afresh.
    const late = () => i > 0 && deadline !== Infinity && performance.now() > deadline;
    if (!cache) {
      if (late()) {
        stoppedAt = draft.titleStart;
        return;
      }
      raw[i] = lintStory(doc, doc.storyOf(i), resolved, config, options);
      keep(i);
      return;
    }
    const [start, end] = draftRange(draft);
    const hit = cache.take(draft.structured, text, start, end);
    if (hit) {
      ends[i] = end;
      raw[i] = hit;
      return;
    }
    if (late()) {
      stoppedAt = draft.titleStart;
      return;
    }
    ends[i] = end;
    // Sorted once here, so a story served from the cache needs no sorting again.
    const fresh = lintStory(doc, doc.storyOf(i), resolved, config, options).sort(byFinding);
    cache.put(draft.structured, text, start, end, fresh);
    keep(i);
    raw[i] = fresh;
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
  const storyStarts = skeleton.drafts.map((d) => d.titleStart);
  const groupOptions: GroupOptions = {
    storyStarts,
    lineOf: options.lineStarts && cr < 0 ? lineFromStarts(options.lineStarts) : lineCounter(text),
    meta: (id) => resolved.find((r) => r.rule.id === id)?.rule.meta,
  };
  // With no suppression comments and each story's findings inside it, grouping is per story and
  // an unchanged story's grouped findings are reused: an edit then costs what its own story costs.
  if (cache && !hasDirectives(doc) && raw.every((fs, i) => insideStory(fs, storyStarts[i], ends[i], storyStarts[i + 1]))) {
    const began = beginStage();
    const byStory = raw.map((fs, i) => cache.grouped(fs, storyStarts[i], groupOptions));
    endStage('say-once grouping', began);
    return new ByStoryResult(byStory, notices, doc);
  }
  const findings: Finding[] = [];
  for (const fs of raw) for (const f of fs) findings.push(f);
  let began = beginStage();
  findings.sort(byFinding);
  endStage('sort findings', began);
  began = beginStage();
  const kept = applySuppressions(doc, findings);
  endStage('suppression comments', began);
  began = beginStage();
  // Grouped after suppression, so a count says how many occurrences the writer still sees.
  const grouped = groupFindings(kept, groupOptions);
  endStage('say-once grouping', began);
  return { findings: grouped, notices, doc, isStory: true };
}

/**
 * A result whose findings are joined from its stories' when first read. A class, not an object literal with a getter:
 * under Node 20 V8's young collector kept a literal's getter, a closure over the whole lint, until a full collection.
 */
class ByStoryResult implements LintResult {
  readonly isStory = true;
  private joined: Finding[] | undefined = undefined;
  constructor(
    readonly byStory: Finding[][],
    readonly notices: Notice[],
    readonly doc: StoryDocument,
  ) {}
  get findings(): Finding[] {
    return (this.joined ??= joined(this.byStory));
  }
}

/** Every story's findings in one list. */
function joined(byStory: readonly Finding[][]): Finding[] {
  const findings: Finding[] = [];
  // Appended one by one: spreading a story's findings as arguments overflows the stack past ~120,000 of them.
  for (const fs of byStory) for (const f of fs) findings.push(f);
  return findings;
}

/**
 * Whether a story's findings (sorted) lie within its own text, before the next
 * story's start: then grouping story by story equals grouping them all, and
 * what is derived from them depends on the story's text and place only.
 */
function insideStory(findings: readonly Finding[], start: number, end: number, next = Infinity): boolean {
  if (!findings.length) return true;
  if (findings[0].start < start || findings[findings.length - 1].start >= next) return false;
  for (const f of findings) if (f.end > end) return false;
  return true;
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
    const began = beginStage();
    try {
      rule.check({ doc, story, options: ruleOptions as never, principles, level: doc.frontMatter?.level ?? config.level, ignores, report });
    } catch (err) {
      options.onRuleError?.(rule.id, err);
    }
    endStage(`rule: ${rule.id}`, began);
  }
  return out;
}

/** The 1-based line of an offset, found in the line starts the caller keeps. */
const lineFromStarts =
  (starts: readonly number[]) =>
  (offset: number): number =>
    lineIndexAt(starts, offset) + 1;

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
