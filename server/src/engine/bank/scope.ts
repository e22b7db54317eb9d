import type { Story } from '../types';
import { phraseRegex, firstMatch, storyText } from '../language/phrases';
import { SCOPE_PHRASES } from '../lexicons/bank';

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

const WIDEST_FIRST = (['organisation', 'teams', 'team'] as const).map((scope) => ({ scope, re: phraseRegex(SCOPE_PHRASES[scope]) }));

/** The story's scope and the phrase that shows it (none for the writer's own task). */
export function scopeOf(story: Story): { scope: Scope; phrase?: string } {
  const text = storyText(story);
  for (const { scope, re } of WIDEST_FIRST) {
    const hit = firstMatch(re, text);
    if (hit) return { scope, phrase: hit.text };
  }
  return { scope: 'own' };
}

const NAMED_LEVELS: Readonly<Record<string, number>> = { junior: 4, mid: 5, senior: 6, staff: 7, principal: 7, distinguished: 8 };

/** A level as a number on Amazon's ladder (L6 → 6, senior → 6), or undefined when it is not a level. */
export function levelRank(level: string | undefined): number | undefined {
  if (!level) return undefined;
  const l = level.trim().toLowerCase();
  const m = /^l(\d{1,2})$/.exec(l);
  if (m) return Number(m[1]);
  return NAMED_LEVELS[l];
}

/**
 * The scope a level asks of its stories (SPEC §9): from L6 influence beyond
 * the writer's own work, from L7 several teams or the organisation.
 */
export function requiredScope(level: string | undefined): Scope {
  const rank = levelRank(level);
  if (rank === undefined || rank < 6) return 'own';
  return rank >= 7 ? 'teams' : 'team';
}

/** True when the scope reaches what the level asks. */
export function meetsScope(scope: Scope, level: string | undefined): boolean {
  return SCOPES.indexOf(scope) >= SCOPES.indexOf(requiredScope(level));
}
