// The writer brief a round's helpers read: the general part of docs/blind-corpus/writer-brief.md (everything before its
// first round section) and that round's own section, never the sections of other rounds.
import { readFileSync } from 'node:fs';

const ROUND_HEADING = /^## Round (\d+) /;

export function roundBrief(path: string, round: number): string {
  const lines = readFileSync(path, 'utf8').split('\n');
  const firstRound = lines.findIndex((l) => ROUND_HEADING.test(l));
  const start = lines.findIndex((l) => ROUND_HEADING.exec(l)?.[1] === String(round));
  if (firstRound < 0 || start < 0) throw new Error(`${path} has no "## Round ${round} " section`);
  let end = lines.findIndex((l, i) => i > start && ROUND_HEADING.test(l));
  if (end < 0) end = lines.length;
  return `${[...lines.slice(0, firstRound), ...lines.slice(start, end)].join('\n').trimEnd()}\n`;
}
