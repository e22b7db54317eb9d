import type { Comment, Edit, Finding, StoryDocument } from '../types';
import { eolOf } from '../fixes';
import { lineIndexAt } from './positions';

const DIRECTIVE = /^star-coach-(disable-next-line|disable-file|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

interface Directive {
  kind: string;
  rules: string[] | 'all';
  line: number;
  endLine: number;
}

function parseDirectives(doc: StoryDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.text.trim());
    if (!m) continue;
    const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    out.push({
      kind: m[1],
      rules: ids.length ? ids : 'all',
      line: lineIndexAt(doc.lineStarts, c.start),
      endLine: lineIndexAt(doc.lineStarts, c.end),
    });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Whether any comment in the document is a suppression directive. */
export function hasDirectives(doc: StoryDocument): boolean {
  return doc.comments.some((c) => DIRECTIVE.test(c.text.trim()));
}

const covers = (d: Directive, ruleId: string) => d.rules === 'all' || d.rules.includes(ruleId);

/**
 * Drops findings switched off by markdownlint-style comments:
 * `star-coach-disable[-next-line|-file] [ids]` and `star-coach-enable [ids]`.
 */
export function applySuppressions(doc: StoryDocument, findings: Finding[]): Finding[] {
  if (!doc.comments.length) return findings;
  const directives = parseDirectives(doc);
  if (!directives.length) return findings;
  return findings.filter((f) => {
    const line = lineIndexAt(doc.lineStarts, f.start);
    let disabled = false;
    for (const d of directives) {
      if (!covers(d, f.ruleId)) continue;
      if (d.kind === 'disable-file') return false;
      if (d.kind === 'disable-next-line' && line === d.endLine + 1) return false;
      if (d.kind === 'disable-line' && line >= d.line && line <= d.endLine) return false;
      if (d.line > line) continue;
      if (d.kind === 'disable') disabled = true;
      if (d.kind === 'enable') disabled = false;
    }
    return !disabled;
  });
}

/** The edit that writes `<!-- star-coach-disable-next-line id -->` so the finding's line is skipped. */
export function ignoreLineEdit(doc: StoryDocument, offset: number, ruleId: string): Edit {
  const eol = eolOf(doc.text);
  const line = lineIndexAt(doc.lineStarts, offset);
  const lineStart = doc.lineStarts[line];
  const comment = `<!-- star-coach-disable-next-line ${ruleId} -->`;
  const prevStart = line > 0 ? doc.lineStarts[line - 1] : -1;
  const prevText = prevStart >= 0 ? doc.text.slice(prevStart, lineStart).trim() : '';
  // Inside a paragraph a comment line would split it in two; end the previous line with it instead.
  if (
    prevText &&
    !/^(#|<!--|---|```|~~~)/.test(prevText) &&
    !/^([-*+]|\d+[.)])\s/.test(doc.text.slice(lineStart, lineStart + 4).trimStart())
  ) {
    const prevEnd = lineStart - (doc.text[lineStart - 2] === '\r' ? 2 : 1);
    return { start: prevEnd, end: prevEnd, newText: ` ${comment}` };
  }
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart))![0];
  return { start: lineStart, end: lineStart, newText: `${indent}${comment}${eol}` };
}

/** The edit that writes `<!-- star-coach-disable-file id -->` at the top of the story text. */
export function ignoreFileEdit(doc: StoryDocument, ruleId: string): Edit {
  const eol = eolOf(doc.text);
  const at = doc.frontMatter
    ? Math.min(doc.text.length, doc.frontMatter.end + (doc.text.slice(doc.frontMatter.end).match(/^\r?\n/)?.[0].length ?? 0))
    : doc.text.charCodeAt(0) === 0xfeff
      ? 1
      : 0;
  return { start: at, end: at, newText: `<!-- star-coach-disable-file ${ruleId} -->${eol}${eol}` };
}

export type { Comment };
