import type { StoryDrill } from '../engine/drill';
import { computeLineStarts, positionAt } from '../engine/document/positions';
import { display } from './files';

/** A story's drill with 1-based lines and UTF-16 columns (SPEC §10). */
export interface DrillEntry {
  file: string;
  line: number;
  title: string;
  questions: Array<{ question: string; kind: string; depth: number; line: number; column: number; quote: string }>;
}

/** Converts the engine's offsets into the JSON entries of SPEC §10. */
export function drillEntries(file: string, text: string, drills: readonly StoryDrill[]): DrillEntry[] {
  const starts = computeLineStarts(text);
  const at = (offset: number) => {
    const p = positionAt(text, offset, starts);
    return { line: p.line + 1, column: p.character + 1 };
  };
  return drills.map((d) => ({
    file,
    line: at(d.titleStart).line,
    title: d.title,
    questions: d.questions.map((q) => ({ question: q.question, kind: q.kind, depth: q.depth, ...at(q.start), quote: q.quote })),
  }));
}

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
