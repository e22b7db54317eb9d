import type { FileResult } from './lint-files';

/**
 * The JSON report of SPEC §6: an array with one entry per story file, keys in
 * the contract's order and nothing else.
 */
export function formatJson(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  }));
  return JSON.stringify(out) + '\n';
}
