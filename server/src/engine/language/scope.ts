import type { Story } from '../types';
import { ORG_SCOPE, TEAMS_SCOPE, TEAM_SCOPE } from '../lexicons/scope';
import { firstMatch, phraseRegex, straighten } from './phrases';

/*
 * How far a story's influence reached, and how far its level asks it to
 * reach (SPEC §9). One model for the `level-scope` rule and the story bank.
 */

/** How far a story's work reaches, narrowest first. */
export type Scope = 'own' | 'team' | 'teams' | 'organisation';
export const SCOPES: readonly Scope[] = ['own', 'team', 'teams', 'organisation'];

/** What each scope is called in a message. */
export const SCOPE_NAMES: Readonly<Record<Scope, string>> = {
  own: 'your own task',
  team: 'your team',
  teams: 'several teams',
  organisation: 'the organisation',
};

const WIDEST_FIRST = [
  { scope: 'organisation' as const, re: phraseRegex(ORG_SCOPE) },
  { scope: 'teams' as const, re: phraseRegex(TEAMS_SCOPE) },
  { scope: 'team' as const, re: phraseRegex(TEAM_SCOPE) },
];

/**
 * The widest scope the story's Task, Action and Result show, and the phrase
 * that shows it (none for the writer's own task). Context in the Situation
 * ("three teams depended on the export") is not the writer's reach.
 */
export function scopeOf(story: Story): { scope: Scope; phrase?: string } {
  // The level-scope rule and the bank both ask; a story is never changed once built.
  let found = SCOPE_OF.get(story);
  if (!found) SCOPE_OF.set(story, (found = readScope(story)));
  return { ...found };
}

const HYPOTHETICAL = /\b(?:next time|i['\u2019]d|i would|would have|should have|could have)\b/i;

const SCOPE_OF = new WeakMap<Story, { scope: Scope; phrase?: string }>();

function readScope(story: Story): { scope: Scope; phrase?: string } {
  const text = straighten(
    story.sentences
      // What the writer would do next time is no reach they had: "next time I'd check in with the developers".
      .filter((s) => s.part !== 'situation' && s.part !== 'intro' && s.part !== 'title' && !HYPOTHETICAL.test(s.text))
      .map((s) => s.text)
      .join(' \n')
      .toLowerCase(),
  );
  for (const { scope, re } of WIDEST_FIRST) {
    const hit = firstMatch(re, text);
    if (hit) return { scope, phrase: hit.text };
  }
  return { scope: 'own' };
}

const NAMED_LEVELS: Readonly<Record<string, number>> = { junior: 4, mid: 5, senior: 6, staff: 7, principal: 7, distinguished: 8 };

/** A level as a number on the L3–L10 ladder: "L6" → 6, "senior" → 6, "principal" → 7; undefined when it is no level. */
export function levelRank(level: string | undefined): number | undefined {
  if (!level) return undefined;
  const l = level.trim().toLowerCase();
  const m = /^l(\d{1,2})$/.exec(l);
  if (m) return Number(m[1]);
  return NAMED_LEVELS[l];
}

/**
 * The scope a level asks of its stories: from L6 beyond the writer's own work, from L7 several teams or the organisation.
 * "Senior" alone names no rung: a senior nurse, teacher or buyer is not asked for an L6 engineer's reach, and blind
 * readers never marked a "senior" story for scope (5 false alarms and no find on the dev part, 3 on the holdout). An
 * L-level, staff or principal is asked.
 */
export function requiredScope(level: string | undefined): Scope {
  if (level?.trim().toLowerCase() === 'senior') return 'own';
  const rank = levelRank(level);
  if (rank === undefined || rank < 6) return 'own';
  return rank >= 7 ? 'teams' : 'team';
}

/** True when the scope reaches what the level asks. */
export function meetsScope(scope: Scope, level: string | undefined): boolean {
  return SCOPES.indexOf(scope) >= SCOPES.indexOf(requiredScope(level));
}
