import type { Scorecard } from '../engine/coaching/scorecard';

// Formatting only: every number here comes from the engine's scorecard.

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Spoken time as minutes:seconds, "1:40". */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The one-line scorecard of the code lens: `1:40 spoken · I 6 / we 1 · 3 metrics · 2 flags · shows Dive Deep`. */
export function scorecardLine(card: Scorecard): string {
  const st = card.stats;
  const parts = [
    `${clock(st.seconds)} spoken`,
    `I ${st.iActions} / we ${st.weActions}`,
    plural(st.quantities, 'number'),
    card.flags ? plural(card.flags, 'flag') : 'no flags',
  ];
  if (card.shows.length) parts.push(`shows ${card.shows.join(', ')}`);
  if (card.strengths.length) parts.push(`✓ ${card.strengths.map((s) => s.label).join(', ')}`);
  return parts.join(' · ');
}

/** The scorecard at the top of a title hover: the same line, then what is strong and what each count means. */
export function scorecardMarkdown(card: Scorecard): string {
  const st = card.stats;
  const lines = [
    `- Length: ${plural(st.words, 'word')}, about ${clock(st.seconds)} spoken at ${st.wordsPerMinute} words a minute`,
    `- Actions${st.actionsFrom === 'action' ? ' in the Action' : ''}: ${st.iActions} with \`I\`, ${st.weActions} with \`we\``,
    `- Numbers: ${plural(st.quantities, 'quantity', 'quantities')}`,
    `- Principles shown: ${card.shows.length ? card.shows.join(', ') : 'none named'}`,
  ];
  if (card.claims.length) lines.push(`- Named with a generic reason: ${card.claims.join(', ')}`);
  lines.push(`- Strengths: ${card.strengths.length ? card.strengths.map((s) => s.label).join(', ') : 'none found yet'}`);
  lines.push(`- Flags: ${card.flags ? card.flags : 'none'}`);
  return [`**Scorecard: ${card.title ?? 'this story'}**`, `\`${scorecardLine(card)}\``, lines.join('\n')].join('\n\n');
}
