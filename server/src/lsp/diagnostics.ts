import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { Finding, Notice, Severity } from '../engine/types';
import { positionAt } from '../engine/document/positions';
import type { ConfigFileProblem } from '../config-file';
import type { Analysis } from './analysis';
import { encodableRun } from './encoder';
import { ownText } from '../engine/document/own-text';

export const SOURCE = 'star-coach';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What a star-coach diagnostic carries beyond LSP's own fields: only whether it
 * repeats a rule within its story (a hint that points back to the first), for
 * tools that hide repeats. A code action finds its finding again from the
 * diagnostic's rule, range and message (see `findingFor` in actions.ts), so no
 * offsets or version are sent: on a flag-heavy bank they were a fifth of every
 * publish, and the version made every diagnostic's JSON change on every edit.
 */
export interface DiagnosticData {
  repeat?: true;
}

/** The text a diagnostic is computed from. */
export interface Source {
  text: string;
  lineStarts: readonly number[];
  /** The document's URI, for related information that points within it; absent when the client takes no related information. */
  uri?: string;
}

/** Related locations listed on a grouped finding's primary; the rest stay reachable as hint marks in the text. */
export const MAX_RELATED = 20;

const HREFS = new Map<string, string>();

/** The `file:` URL of a rule's page, `docs/rules/<id>.md` in `docsDir`. */
export function ruleHref(docsDir: string, ruleId: string): string {
  // Built once per page: a flag-heavy file asks for thousands per edit.
  const key = `${docsDir}\u0000${ruleId}`;
  let href = HREFS.get(key);
  if (href === undefined) HREFS.set(key, (href = pathToFileURL(join(docsDir, `${ruleId}.md`)).href));
  return href;
}

/** A document offset range as an LSP range in UTF-16 positions. */
export function rangeOf(src: Pick<Source, 'text' | 'lineStarts'>, start: number, end: number): Range {
  return { start: positionAt(src.text, start, src.lineStarts), end: positionAt(src.text, end, src.lineStarts) };
}

/** Maps one finding to an LSP diagnostic. */
export function toDiagnostic(finding: Finding, src: Source, docsDir: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(src, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleHref(docsDir, finding.ruleId) },
    source: SOURCE,
    message: finding.message,
  };
  const related = src.uri ? relatedOf(finding, src as Source & { uri: string }) : undefined;
  if (related?.length) diagnostic.relatedInformation = related;
  if (finding.group?.role === 'secondary') diagnostic.data = { repeat: true } satisfies DiagnosticData;
  return diagnostic;
}

/**
 * A grouped finding's links: the primary lists the other occurrences (the
 * Problems panel shows them under its one entry). A repeat's own message
 * already names the line of the first; a link back on each repeat made the
 * payload of a flag-heavy bank half as large again and slowed every edit.
 */
function relatedOf(finding: Finding, src: Source & { uri: string }): DiagnosticRelatedInformation[] | undefined {
  const g = finding.group;
  if (!g || g.role === 'secondary') return undefined;
  const at = (start: number, end: number) => ({ uri: src.uri, range: rangeOf(src, start, end) });
  const quote = (start: number, end: number) => {
    // Of its own characters: kept with the story's diagnostics, a view of the text would keep this version alive.
    const text = ownText(src.text.slice(start, Math.min(end, start + 60)).replace(/\s+/g, ' '));
    return end - start > 60 ? `${text}…` : text;
  };
  return g.members
    .slice(1, MAX_RELATED + 1)
    .map((m, k) => ({ location: at(m.start, m.end), message: `${k + 2} of ${g.count}: ${quote(m.start, m.end)}` }));
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

/**
 * Every diagnostic for one analysed document, in document order. Related
 * information is listed only for a client that declares it takes it
 * (`textDocument.publishDiagnostics.relatedInformation`), as LSP asks.
 */
export function diagnosticsOf(a: Analysis, docsDir: string, related = true): Diagnostic[] {
  if (a.kind === 'other') return [];
  const src: Source = { text: a.text, lineStarts: a.lineStarts, uri: related ? a.uri : undefined };
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
  const byStory = a.result?.byStory;
  // Counted story by story when the lint kept them: the whole list is joined only when something reads it.
  let count = 0;
  if (byStory) for (const story of byStory) count += story.length;
  else count = a.result?.findings.length ?? 0;
  if (count > MAX_DIAGNOSTICS) {
    const n = (x: number) => x.toLocaleString('en-US');
    out.push({
      range: firstLine(src),
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message:
        `This file has ${n(count)} findings; the first ${n(MAX_DIAGNOSTICS)} are shown. Splitting ` +
        `it into smaller story files shows them all.`,
    });
  }
  if (byStory) {
    // Whole stories while they fit, so even a file past the limit is published mostly from stories converted before.
    let left = MAX_DIAGNOSTICS;
    for (const story of byStory) {
      if (story.length > left) {
        for (const f of story.slice(0, left)) out.push(toDiagnostic(f, src, docsDir));
        break;
      }
      for (const d of storyDiagnostics(story, src, docsDir)) out.push(d);
      left -= story.length;
    }
    return out;
  }
  for (const f of (a.result?.findings ?? []).slice(0, MAX_DIAGNOSTICS)) out.push(toDiagnostic(f, src, docsDir));
  return out;
}

interface StoryDiagnostics {
  uri?: string;
  docsDir: string;
  /** Where the story's first finding is: its line and character. */
  line: number;
  character: number;
  diagnostics: Diagnostic[];
}

/** Each story's diagnostics, by the identity of its findings array (the engine keeps it while the story is unchanged). */
const STORY_DIAGNOSTICS = new WeakMap<readonly Finding[], StoryDiagnostics>();

/**
 * One story's diagnostics. An unchanged story's findings are the same array,
 * so its diagnostics are the same objects, converted and encoded (see
 * encoder.ts) once, as one piece: in a flag-heavy 200,000-word file converting
 * all 2,700 on every keystroke was a third of an edit's cost. A story moved by
 * typing before it keeps its findings array too (the engine moves the findings
 * in place); while its first finding stays at the same line and character,
 * every position in the story is what it was (its text is the same), so its
 * diagnostics are too, and are written from the same bytes.
 */
function storyDiagnostics(findings: readonly Finding[], src: Source, docsDir: string): readonly Diagnostic[] {
  if (!findings.length) return [];
  const at = positionAt(src.text, findings[0].start, src.lineStarts);
  let hit = STORY_DIAGNOSTICS.get(findings);
  if (!hit || hit.line !== at.line || hit.character !== at.character || hit.uri !== src.uri || hit.docsDir !== docsDir) {
    hit = {
      uri: src.uri,
      docsDir,
      line: at.line,
      character: at.character,
      diagnostics: encodableRun(findings.map((f) => toDiagnostic(f, src, docsDir))),
    };
    STORY_DIAGNOSTICS.set(findings, hit);
  }
  return hit.diagnostics;
}
