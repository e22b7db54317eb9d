import type { Story } from '../types';
import { ORG_SCOPE, TEAMS_SCOPE, TEAM_SCOPE } from '../lexicons/scope';
import { phraseRegex, hasMatch, straighten } from './phrases';

/** How far a story's influence reached, from narrowest to widest. */
export type Scope = 'own' | 'team' | 'teams' | 'org';
export const SCOPES: readonly Scope[] = ['own', 'team', 'teams', 'org'];

const ORG = phraseRegex(ORG_SCOPE);
const TEAMS = phraseRegex(TEAMS_SCOPE);
const TEAM = phraseRegex(TEAM_SCOPE);

/** The widest scope the story's Task, Action and Result show (context in the Situation does not count). */
export function storyScope(story: Story): Scope {
  const text = straighten(
    story.sentences
      .filter((s) => s.part !== 'situation' && s.part !== 'intro' && s.part !== 'title')
      .map((s) => s.text)
      .join(' \n')
      .toLowerCase(),
  );
  if (hasMatch(ORG, text)) return 'org';
  if (hasMatch(TEAMS, text)) return 'teams';
  if (hasMatch(TEAM, text)) return 'team';
  return 'own';
}

/** The scope a level asks for: L6 (senior) and above, beyond the writer's own work; L7 and above, several teams. */
export function scopeExpected(level: string | undefined): Scope | undefined {
  const n = levelNumber(level);
  if (n === undefined || n < 6) return undefined;
  return n >= 7 ? 'teams' : 'team';
}

/** A level as a number on the L3–L10 ladder: "L6" → 6, "senior" → 6, "principal" → 7. */
export function levelNumber(level: string | undefined): number | undefined {
  if (!level) return undefined;
  const l = level.trim().toLowerCase();
  const m = /^l(\d{1,2})$/.exec(l);
  if (m) return Number(m[1]);
  const words: Record<string, number> = { junior: 4, mid: 5, senior: 6, staff: 7, principal: 7, distinguished: 8 };
  return words[l];
}
