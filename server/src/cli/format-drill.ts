import type { DrillEntry } from '../engine/drill';
import { display } from './files';

export function formatDrillJson(entries: readonly DrillEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** The drill for a terminal: each story, then its chains indented by depth, with the line each one is about. */
export function formatDrillText(entries: readonly DrillEntry[], cwd: string): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`${display(e.file, cwd)}:${e.line}  ${e.title}`);
    if (!e.questions.length) out.push('  (nothing to drill: add decisions, numbers or what you did)');
    let n = 0;
    for (const q of e.questions) {
      if (q.depth === 1) {
        n++;
        out.push(`  ${n}. ${q.question}`, `     line ${q.line}: "${q.quote}"`);
      } else {
        out.push(`${' '.repeat(3 + q.depth * 2)}→ ${q.question}`);
      }
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
