import {
  CodeActionKind,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Edit, Finding, Suggestion } from '../engine/types';
import { plainPlaceholders } from '../engine/fixes';
import { ignoreFileEdit, ignoreLineEdit } from '../engine/document/suppress';
import { offsetAt, positionAt } from '../engine/document/positions';
import type { Analysis } from './analysis';
import { SOURCE, rangeOf } from './diagnostics';

/** How the client takes the edits of a code action. */
export interface EditSupport {
  /** `lsp`: 3.18 SnippetTextEdit; `experimental`: `insertTextFormat` on text edits (rust-analyzer's extension); `none`: plain text. */
  snippets: 'lsp' | 'experimental' | 'none';
  /** Whether the client takes versioned `documentChanges`. */
  documentChanges: boolean;
}

/** Reads what the client can apply from its capabilities. */
export function editSupportOf(capabilities: ClientCapabilities): EditSupport {
  const workspaceEdit = capabilities.workspace?.workspaceEdit;
  const experimental = capabilities.experimental as { snippetTextEdit?: boolean } | undefined;
  const documentChanges = workspaceEdit?.documentChanges === true;
  const snippets = !documentChanges
    ? 'none'
    : workspaceEdit?.snippetEditSupport
      ? 'lsp'
      : experimental?.snippetTextEdit
        ? 'experimental'
        : 'none';
  return { snippets, documentChanges };
}

/** Whether a request's `only` filter admits quick fixes. */
function wantsQuickFix(only: string[] | undefined): boolean {
  if (!only?.length) return true;
  return only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty || CodeActionKind.QuickFix.startsWith(`${k}.`));
}

/**
 * The code actions for the star-coach diagnostics of a request. Each one is
 * rebuilt from the server's own current findings (the request's ranges may be
 * stale or, from some clients, in bytes), and every edit is computed in UTF-16
 * positions of the server's copy of the document.
 */
export function codeActions(a: Analysis, params: CodeActionParams, support: EditSupport): CodeAction[] {
  const doc = a.result?.doc;
  if (a.kind !== 'story' || !doc || !wantsQuickFix(params.context.only)) return [];
  const out: CodeAction[] = [];
  const byKey = new Map<string, CodeAction>();
  const add = (title: string, edits: Edit[], d: Diagnostic, build: () => WorkspaceEdit, isPreferred = false) => {
    const key = `${title}\u0000${JSON.stringify(edits)}`;
    const hit = byKey.get(key);
    if (hit) {
      hit.diagnostics!.push(d);
      return;
    }
    const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: build() };
    if (isPreferred) action.isPreferred = true;
    byKey.set(key, action);
    out.push(action);
  };
  for (const d of params.context.diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== 'string') continue;
    const f = findingFor(d, a.result!.findings, a);
    if (!f) continue;
    let preferred = false;
    for (const s of f.suggestions) {
      // The engine marks the one fix that is safe to apply without a look (never a hedge deletion, never we → I).
      const isPreferred = s.preferred === true && !preferred;
      if (isPreferred) preferred = true;
      add(s.title, s.edits, d, () => suggestionEdit(a, s, support), isPreferred);
    }
    const line = ignoreLineEdit(doc, f.start, f.ruleId);
    add(`Ignore ${f.ruleId} on this line`, [line], d, () => plainEdit(a, [line], support));
    const file = ignoreFileEdit(doc, f.ruleId);
    add(`Ignore ${f.ruleId} in this file`, [file], d, () => plainEdit(a, [file], support));
  }
  return out;
}

/**
 * The finding a diagnostic stands for: the one of its rule at exactly its
 * range in the server's text (a client that hands back what was published, as
 * VS Code does, gets its own finding), with its message when several share the
 * range. Otherwise the diagnostic's line is used (not its columns, which some
 * clients send in bytes, nor a range from an older version of the text), and
 * the nearest finding of the rule on that line wins, one with the same message
 * first.
 */
export function findingFor(d: Diagnostic, findings: readonly Finding[], a: Pick<Analysis, 'text' | 'lineStarts'>): Finding | undefined {
  const same = findings.filter((f) => f.ruleId === d.code);
  const start = offsetAt(a.text, d.range.start, a.lineStarts);
  const end = offsetAt(a.text, d.range.end, a.lineStarts);
  const exact = same.filter((f) => f.start === start && f.end === end);
  if (exact.length) return exact.find((f) => f.message === d.message) ?? exact[0];
  let best: Finding | undefined;
  let bestScore = Infinity;
  for (const f of same) {
    const p = positionAt(a.text, f.start, a.lineStarts);
    if (p.line !== d.range.start.line) continue;
    // Any column distance on a line is less than this, so a finding with the diagnostic's message always wins.
    const score = Math.abs(p.character - d.range.start.character) + (f.message === d.message ? 0 : 2 ** 40);
    if (score < bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

function suggestionEdit(a: Analysis, s: Suggestion, support: EditSupport): WorkspaceEdit {
  if (!s.snippet || support.snippets === 'none') {
    return plainEdit(
      a,
      s.edits.map((e) => (s.snippet ? { ...e, newText: plainPlaceholders(e.newText) } : e)),
      support,
    );
  }
  const edits = s.edits.map((e) => {
    const range = rangeOf(a, e.start, e.end);
    return support.snippets === 'lsp'
      ? { range, snippet: { kind: 'snippet' as const, value: e.newText } }
      : { range, newText: e.newText, insertTextFormat: 2 };
  });
  return { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: edits as TextEdit[] }] };
}

function plainEdit(a: Analysis, edits: Edit[], support: EditSupport): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: rangeOf(a, e.start, e.end), newText: e.newText }));
  if (support.documentChanges) return { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: textEdits }] };
  return { changes: { [a.uri]: textEdits } };
}
