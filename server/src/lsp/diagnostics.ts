import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding, Notice, Severity } from '../engine/types';
import { positionAt } from '../engine/document/positions';
import type { ConfigFileProblem } from '../config-file';
import type { Analysis } from './analysis';

export const SOURCE = 'star-coach';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What a star-coach diagnostic carries, so a code action can find its finding
 * again. The fixes themselves are recomputed from the server's own document, so
 * they are not sent with every diagnostic (on a large bank they tripled the payload).
 */
export interface DiagnosticData {
  ruleId: string;
  messageId: string;
  /** Document offsets of the finding in `version`. */
  start: number;
  end: number;
  version: number;
}

/** The text a diagnostic is computed from. */
export interface Source {
  text: string;
  lineStarts: readonly number[];
  version: number;
}

/** The `file:` URL of a rule's page, `docs/rules/<id>.md` in `docsDir`. */
export function ruleHref(docsDir: string, ruleId: string): string {
  return pathToFileURL(join(docsDir, `${ruleId}.md`)).href;
}

/** A document offset range as an LSP range in UTF-16 positions. */
export function rangeOf(src: Pick<Source, 'text' | 'lineStarts'>, start: number, end: number): Range {
  return { start: positionAt(src.text, start, src.lineStarts), end: positionAt(src.text, end, src.lineStarts) };
}

/** Maps one finding to an LSP diagnostic. */
export function toDiagnostic(finding: Finding, src: Source, docsDir: string): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    start: finding.start,
    end: finding.end,
    version: src.version,
  };
  return {
    range: rangeOf(src, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleHref(docsDir, finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

function noticeDiagnostic(notice: Notice, src: Source): Diagnostic {
  return { range: rangeOf(src, notice.start, notice.end), severity: SEVERITY[notice.severity], source: SOURCE, message: notice.message };
}

/** The first line of the text, for notices about the whole file. */
function firstLine(src: Pick<Source, 'text' | 'lineStarts'>): Range {
  const end = src.lineStarts.length > 1 ? src.lineStarts[1] : src.text.length;
  const lineEnd = src.text.slice(0, end).replace(/\r?\n$|\r$/, '').length;
  return rangeOf(src, 0, lineEnd);
}

/** One config problem in words: the key and what is wrong with it. */
export function describeProblem(p: ConfigFileProblem): string {
  const where = p.line ? ` (line ${p.line}, column ${p.column ?? 1})` : '';
  const what = p.key.startsWith('(') ? `the file ${p.message}` : `${p.key} ${p.message}`;
  return `${what}${where}`;
}

/** Problems named in one message at most; the rest are counted, so a huge broken config never makes a huge diagnostic. */
const MAX_PROBLEMS_SHOWN = 10;

function describeProblems(problems: readonly ConfigFileProblem[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map(describeProblem).join('; ');
  const more = problems.length - MAX_PROBLEMS_SHOWN;
  return more > 0 ? `${shown}; and ${more.toLocaleString('en-US')} more` : shown;
}

/** All problems of a config file in one message that names the file and each key. */
export function configMessage(file: string, problems: readonly ConfigFileProblem[]): string {
  return `Config ${file}: ${describeProblems(problems)}. Defaults apply where it is wrong.`;
}

/** The one diagnostic shown on an open `.starcoach.json`, at its first located problem. */
export function configFileDiagnostic(problems: readonly ConfigFileProblem[], text: string, lineStarts: readonly number[]): Diagnostic {
  const at = problems.find((p) => p.line) ?? problems[0];
  const line = Math.max(0, Math.min((at.line ?? 1) - 1, lineStarts.length - 1));
  const lineStart = lineStarts[line];
  const lineEnd = (line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length) - lineStart;
  const lineText = text.slice(lineStart, lineStart + lineEnd).replace(/\r?\n$|\r$/, '');
  const character = Math.min(Math.max(0, (at.column ?? 1) - 1), lineText.length);
  return {
    range: { start: { line, character }, end: { line, character: Math.max(character, lineText.length) } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    message: `${describeProblems(problems)}. Defaults apply where it is wrong.`,
  };
}

/**
 * Findings published per document at most. VS Code lists 1,000 per file and
 * underlines 500; a file flagged on every short sentence (280,000 findings in
 * 2 MB) took the server past 850 MB to publish them all.
 */
export const MAX_DIAGNOSTICS = 5000;

/** Every diagnostic for one analysed document, in document order. */
export function diagnosticsOf(a: Analysis, docsDir: string): Diagnostic[] {
  if (a.kind === 'other') return [];
  const src: Source = a;
  const out: Diagnostic[] = [];
  if (a.configFile && a.configProblems.length) {
    out.push({
      range: firstLine(src),
      severity: DiagnosticSeverity.Warning,
      source: SOURCE,
      message: configMessage(a.configFile, a.configProblems),
    });
  }
  if (a.kind === 'large') {
    const mb = (a.bytes / (1024 * 1024)).toFixed(1);
    out.push({
      range: firstLine(src),
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: `This file is ${mb} MB; STAR Coach checks files up to 2 MB.`,
    });
    return out;
  }
  for (const n of a.result?.notices ?? []) out.push(noticeDiagnostic(n, src));
  const findings = a.result?.findings ?? [];
  if (findings.length > MAX_DIAGNOSTICS) {
    const n = (x: number) => x.toLocaleString('en-US');
    out.push({
      range: firstLine(src),
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: `This file has ${n(findings.length)} findings; the first ${n(MAX_DIAGNOSTICS)} are shown. Splitting it into smaller story files shows them all.`,
    });
  }
  for (const f of findings.slice(0, MAX_DIAGNOSTICS)) out.push(toDiagnostic(f, src, docsDir));
  return out;
}
