import type { Finding, Notice, StoryDocument, Story } from './types';
import { buildDocument, ChunkCache } from './model';
import { format, type AnyRule, type Report } from './rule';
import { resolveRules, principlesOf, matchesStoryGlobs, type StarConfig, type ResolvedRule } from './config';
import { applySuppressions } from './suppress';
import { RULES } from './rules';
import { readFrontMatter } from './frontmatter';

export interface LintOptions {
  config?: StarConfig;
  /** The file's path, used for the `files`/`ignore` globs. */
  path?: string;
  /** Lint even if the file is not a story file. */
  force?: boolean;
  /** Reuse parsed chunks across calls (the server keeps one per document). */
  cache?: ChunkCache;
  /** Rules to run; defaults to all registered rules. */
  rules?: readonly AnyRule[];
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
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

/** Lints one Markdown document: text in, findings out. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? {};
  const principles = principlesOf(config);
  const { notices } = readFrontMatter(text);
  const doc = buildDocument(text, principles, options.cache);
  if (!options.force && !isStoryFile(options.path, text, config, doc)) return { findings: [], notices: [], doc, isStory: false };
  const resolved = resolveRules(config, options.rules ?? RULES);
  const findings: Finding[] = [];
  for (const story of doc.stories) findings.push(...lintStory(doc, story, resolved, config, options));
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: applySuppressions(doc, findings), notices, doc, isStory: true };
}

/** Runs the rules on one story. Kept separate so a caller can re-check only the stories that changed. */
export function lintStory(doc: StoryDocument, story: Story, resolved: ResolvedRule[], config: StarConfig, options: Pick<LintOptions, 'onRuleError'> = {}): Finding[] {
  const out: Finding[] = [];
  const principles = principlesOf(config);
  for (const { rule, severity, options: ruleOptions } of resolved) {
    const report = (r: Report) => {
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
      rule.check({ doc, story, options: ruleOptions as never, principles, level: config.level ?? doc.frontMatter?.level, report });
    } catch (err) {
      options.onRuleError?.(rule.id, err);
    }
  }
  return out;
}
