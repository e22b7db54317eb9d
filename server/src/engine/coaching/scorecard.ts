import type { Finding, Story } from '../types';
import { storyStats, storyStrengths, WORDS_PER_MINUTE, type StoryStats, type Strength } from '../document/stats';
import { resolveRules, type StarConfig } from '../config';
import { ruleById } from '../rules';

/**
 * One story's scorecard (SPEC §9): the facts of {@link storyStats}, the
 * strengths found, and what is left to work on. The code lens, the title hover
 * and the CLI format this; none of them counts anything itself.
 */
export interface Scorecard {
  title?: string;
  stats: StoryStats;
  strengths: Strength[];
  /** Things said about the story: findings that are not repeats pointing back to another. */
  flags: number;
  /** Principles named and not flagged as named with a generic reason. */
  shows: string[];
  /** Principles named only with a generic reason. */
  claims: string[];
}

/** The speaking pace story-length is configured with, else the default. */
export function paceOf(config: StarConfig): number {
  const rule = ruleById('story-length');
  const options = rule ? resolveRules({ rules: config.rules }, [rule])[0]?.options : undefined;
  const wpm = (options as { wordsPerMinute?: unknown } | undefined)?.wordsPerMinute;
  return typeof wpm === 'number' && wpm > 0 ? wpm : WORDS_PER_MINUTE;
}

/** The scorecard of a story from its findings (those of the story only, or all of the document's). */
export function scorecardOf(story: Story, findings: readonly Finding[], wordsPerMinute = WORDS_PER_MINUTE): Scorecard {
  const own = findings.filter((f) => f.start >= story.titleStart && f.start <= story.end);
  return scorecardFrom(story.title, storyStats(story, wordsPerMinute), storyStrengths(story), own);
}

/** The scorecard from facts counted before (a cached story's) and the story's own findings. */
export function scorecardFrom(title: string | undefined, stats: StoryStats, strengths: Strength[], own: readonly Finding[]): Scorecard {
  const shallow = new Set(own.filter((f) => f.ruleId === 'shallow-principle').map((f) => String(f.data.name ?? '')));
  return {
    title,
    stats,
    strengths,
    flags: own.filter((f) => f.group?.role !== 'secondary').length,
    shows: stats.principles.filter((p) => !shallow.has(p)),
    claims: stats.principles.filter((p) => shallow.has(p)),
  };
}

/**
 * Each story's findings, for a pass over every story (the code lens): one
 * walk over the sorted findings instead of a filter per story.
 */
export function findingsByStory(stories: ReadonlyArray<Pick<Story, 'titleStart' | 'end'>>, findings: readonly Finding[]): Finding[][] {
  const out: Finding[][] = stories.map(() => []);
  let i = 0;
  for (const f of findings) {
    while (i + 1 < stories.length && stories[i + 1].titleStart <= f.start) i++;
    if (stories.length && f.start >= stories[i].titleStart && f.start <= stories[i].end) out[i].push(f);
  }
  return out;
}
