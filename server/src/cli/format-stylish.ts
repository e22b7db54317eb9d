import type { FileResult } from './lint-files';
import { display } from './files';

/** ANSI styles, or none when color is off. */
function palette(color: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * ESLint's stylish layout: each file with problems, then one aligned row per
 * problem (`line:col  severity  message  rule-id`), then a summary line.
 * Prints nothing when there is nothing to report.
 */
export function formatStylish(results: readonly FileResult[], opts: { cwd: string; color: boolean }): string {
  const c = palette(opts.color);
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const out: string[] = [];
  for (const r of results) {
    // One line per rule per story: repeats are named in their first occurrence's message (the JSON keeps each one).
    const shown = r.messages.filter((m) => !m.secondary);
    if (!shown.length) continue;
    out.push('', c.underline(display(r.filePath, opts.cwd)));
    const rows = shown.map((m) => {
      counts[m.severity]++;
      return {
        line: String(m.line),
        col: String(m.column),
        severity: m.severity,
        message: m.message.replace(/\r?\n/g, ' '),
        ruleId: m.ruleId ?? '',
      };
    });
    // A loop, not Math.max(...rows): spreading overflows the stack past ~120,000 messages in one file.
    const w = { line: 0, col: 0, severity: 0, message: 0 };
    for (const x of rows) {
      w.line = Math.max(w.line, x.line.length);
      w.col = Math.max(w.col, x.col.length);
      w.severity = Math.max(w.severity, x.severity.length);
      w.message = Math.max(w.message, x.message.length);
    }
    for (const x of rows) {
      const where = c.dim(`${x.line.padStart(w.line)}:${x.col.padEnd(w.col)}`);
      const sev = x.severity.padEnd(w.severity);
      const tone = x.severity === 'error' ? c.red : x.severity === 'warning' ? c.yellow : x.severity === 'information' ? c.blue : c.dim;
      const tail = x.ruleId ? `  ${c.dim(x.ruleId)}` : '';
      out.push(`  ${where}  ${tone(sev)}  ${x.ruleId ? x.message.padEnd(w.message) : x.message}${tail}`.trimEnd());
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (!total) return '';
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.information) parts.push(`${counts.information} info`);
  if (counts.hint) parts.push(plural(counts.hint, 'hint'));
  const summary = `\u2716 ${plural(total, 'problem')} (${parts.join(', ')})`;
  const tone = counts.error ? c.red : counts.warning ? c.yellow : (s: string) => s;
  out.push('', c.bold(tone(summary)), '');
  return out.join('\n') + '\n';
}
