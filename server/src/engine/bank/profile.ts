import { tagLineMentions } from '../document/tag-lines';
import type { Finding, Sentence, Story, StoryDocument } from '../types';
import type { PrincipleMatcher } from '../language/principles';
import { phraseRegex, hasMatch, storyText, straighten } from '../language/phrases';
import { storyStats, WORDS_PER_MINUTE, type StoryStats } from '../document/stats';
import { resolveRules, principlesOf, type StarConfig } from '../config';
import { ruleById } from '../rules';
import { setbackOf } from '../language/setbacks';
import { PRINCIPLE_SIGNALS, CONFLICT, CONFLICT_TYPE, CUSTOMER_TYPE } from '../lexicons/bank';
import { FAILURE_TYPE } from '../lexicons/setbacks';
import { scopeOf, type Scope } from '../language/scope';
import { MayMatchIndex } from '../language/probes';
import { lineIndexAt } from '../document/positions';

/** The story types an interview loop asks for; `success` is any other story. */
export type StoryKind = 'failure' | 'conflict' | 'customer';

/** What the bank knows about one story. */
export interface StoryProfile {
  /** The story's index in its file (0-based), as `drill --story N` counts from 1. */
  index: number;
  title: string;
  /** Offset of the title line; `line` is its 1-based line number. */
  titleStart: number;
  line: number;
  level?: string;
  /** Front matter `type:` when it speaks for this story, else the first inferred kind, else `success`. */
  type: string;
  /** Every loop story type the story can serve as. */
  kinds: StoryKind[];
  seconds: number;
  /** Principles the story is meant to show: front matter, title, tag lines, principles named in its text. */
  claimed: string[];
  /** Principles the story shows with evidence, in the configured order. */
  shown: string[];
  scope: Scope;
  scopePhrase?: string;
  findings: number;
}

const CONFLICT_RE = phraseRegex(CONFLICT);
const CONFLICT_INDEX = new MayMatchIndex([CONFLICT_RE]);
/** Each principle's signal groups, with their place in `SIGNAL_INDEX`, which marks them all in one pass over a story. */
const SIGNALS = new Map(
  Object.entries(PRINCIPLE_SIGNALS).map(([name, groups]) => [name, groups.map((g) => ({ re: phraseRegex(g), at: 0 }))]),
);
const ALL_SIGNALS = [...SIGNALS.values()].flat().map((g, at) => {
  g.at = at;
  return g.re;
});
const SIGNAL_INDEX = new MayMatchIndex(ALL_SIGNALS);

/** Stories of one document, profiled for the bank; `findings` are the document's lint findings. */
export function profileStories(doc: StoryDocument, findings: readonly Finding[], config: StarConfig): StoryProfile[] {
  const principles = principlesOf(config);
  const stories = doc.stories;
  const own = stories.map((story) => ownClaims(doc, story, principles));
  const fromFrontMatter = frontMatterClaims(doc, principles);
  const wpm = wordsPerMinute(config);
  const shallow = findings.filter((f) => f.ruleId === 'shallow-principle');
  return stories.map((story, index) => {
    const { names, tagLines } = own[index];
    // Front matter speaks for the file: every story of a one-story file, and in a longer file the stories that name no principle
    // themselves.
    const claimed = order(principles, [...(names.size === 0 || stories.length === 1 ? fromFrontMatter : []), ...names]);
    const stats = storyStats(story, wpm);
    const shown = shownPrinciples(story, stats, principles, tagLines, shallow);
    const kinds = kindsOf(doc, story, stories.length, shown);
    const typed = stories.length === 1 ? doc.frontMatter?.type : undefined;
    const { scope, phrase } = scopeOf(story);
    return {
      index,
      title: titleOf(story),
      titleStart: story.titleStart,
      line: lineIndexAt(doc.lineStarts, story.titleStart) + 1,
      level: doc.frontMatter?.level ?? config.level,
      type: typed ?? kinds[0] ?? 'success',
      kinds,
      seconds: stats.seconds,
      claimed,
      shown,
      scope,
      scopePhrase: phrase,
      findings: findings.filter((f) => f.start >= story.start && f.start < Math.max(story.end, story.titleEnd + 1)).length,
    };
  });
}

/** A title to list the story by: its heading, else its opening words. */
export function titleOf(story: Story): string {
  if (story.title?.trim()) return story.title.trim();
  const first = story.sentences[0]?.text.replace(/\s+/g, ' ').trim() ?? '';
  if (first.length <= 60) return first || '(untitled story)';
  const cut = first.lastIndexOf(' ', 58);
  return `${first.slice(0, cut > 20 ? cut : 58).replace(/[,;:]$/, '')}…`;
}

function frontMatterClaims(doc: StoryDocument, principles: PrincipleMatcher): string[] {
  const out: string[] = [];
  for (const raw of doc.frontMatter?.principles ?? []) {
    // Front matter may use an alias ("Backbone"); the matcher maps it to the configured name.
    const name = principles.byName(raw)?.name ?? principles.find(raw)[0]?.name;
    if (name) out.push(name);
  }
  return out;
}

/** Principles a story claims in its own text: its title, its tag lines (as story assembly found them), principles named in sentences. */
function ownClaims(doc: StoryDocument, story: Story, principles: PrincipleMatcher) {
  const names = new Set<string>();
  if (story.title) for (const m of principles.find(story.title)) names.add(m.name);
  const tagLines: Array<[number, number]> = story.tagLines.map((t) => [t.start, t.end]);
  for (const m of tagLineMentions(doc, story, principles)) names.add(m.name);
  for (const s of story.sentences) for (const p of s.principles) if (p.named) names.add(p.name);
  return { names, tagLines };
}

/**
 * The principles a story shows: named and backed by the writer's action and a measured result, or carried by the principle's own
 * signals.
 */
function shownPrinciples(
  story: Story,
  { iActions, weActions }: StoryStats,
  principles: PrincipleMatcher,
  tagLines: Array<[number, number]>,
  shallow: readonly Finding[],
): string[] {
  // Evidence is the writer's own: a story told in "we" shows the team, not the candidate.
  if (iActions === 0 || iActions < weActions) return [];
  const shown = new Set<string>();
  const onTagLine = (s: Sentence) => tagLines.some(([a, b]) => s.start < b && s.end > a);
  const measured = story.sentences.some((s) => s.part === 'result' && (s.quantities.length > 0 || s.pairs.length > 0));
  if (measured) {
    for (const s of story.sentences) {
      if (s.part === 'title' || onTagLine(s) || !s.principles.length) continue;
      const next = story.sentences[s.index + 1];
      if (!(s.iActions > 0 || (next && !onTagLine(next) && next.iActions > 0))) continue;
      // A mention the shallow-principle rule flags ("Ownership, because I took ownership") is a claim, not evidence.
      for (const p of s.principles) if (p.named && !shallow.some((f) => f.start < p.end && f.end > p.start)) shown.add(p.name);
    }
  }
  const body = story.sentences
    .filter((s) => s.part !== 'title' && !onTagLine(s))
    .map((s) => straighten(s.text))
    .join('\n');
  // A group whose literals the story lacks cannot match: one pass over the story tells which, before any group is searched.
  const may = SIGNAL_INDEX.patternsIn(body);
  for (const def of principles.defs) {
    // Already shown by a backed mention: its signals would add nothing.
    if (shown.has(def.name)) continue;
    const groups = SIGNALS.get(def.name);
    if (groups?.every((g) => may[g.at] === 1) && groups.every((g) => hasMatch(g.re, body))) shown.add(def.name);
  }
  return order(principles, [...shown]);
}

function kindsOf(doc: StoryDocument, story: Story, storyCount: number, shown: string[]): StoryKind[] {
  const kinds: StoryKind[] = [];
  const typed = storyCount === 1 ? doc.frontMatter?.type : undefined;
  if ((typed && FAILURE_TYPE.test(typed)) || setbackOf(doc, story, 2)) kinds.push('failure');
  const text = storyText(story);
  if ((typed && CONFLICT_TYPE.test(typed)) || (CONFLICT_INDEX.patternsIn(text)[0] === 1 && hasMatch(CONFLICT_RE, text)))
    kinds.push('conflict');
  if ((typed && CUSTOMER_TYPE.test(typed)) || shown.includes('Customer Obsession')) kinds.push('customer');
  return kinds;
}

/** Names in the configured order, each once. */
function order(principles: PrincipleMatcher, names: string[]): string[] {
  const set = new Set(names);
  return principles.defs.map((d) => d.name).filter((n) => set.has(n));
}

/** The pace story-length is configured with, so the bank and the rule give the same seconds. */
export function wordsPerMinute(config: StarConfig): number {
  const rule = ruleById('story-length');
  const wpm = rule
    ? resolveRules({ rules: { ...config.rules, 'story-length': storyLengthSetting(config) } }, [rule])[0]?.options.wordsPerMinute
    : undefined;
  return typeof wpm === 'number' && wpm > 0 ? wpm : WORDS_PER_MINUTE;
}

// The pace applies even when the rule is switched off: the bank still reports time.
function storyLengthSetting(config: StarConfig) {
  const s = config.rules?.['story-length'];
  return typeof s === 'object' ? { ...s, severity: 'information' as const } : 'information';
}
