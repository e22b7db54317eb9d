import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { LEVELS } from '../engine/meta/settings';
import type { Analysis } from './analysis';
import { rangeOf } from './diagnostics';

/** Story types an interview loop asks for; front matter `type:` accepts any word, these are offered. */
const STORY_TYPES = ['success', 'failure', 'conflict', 'disagreement', 'customer', 'leadership', 'influence', 'ambiguity', 'mistake'];
const SECTIONS = ['Situation', 'Task', 'Action', 'Result', 'Learning'];
const KEYS: Array<{ key: string; doc: string }> = [
  { key: 'principles', doc: 'The principles this story is meant to show, as a list.' },
  { key: 'level', doc: 'The level you are preparing for (L4…L8, junior, senior, principal…); sets what the rules expect.' },
  { key: 'type', doc: 'What kind of story this is: success, failure, conflict…' },
  { key: 'star', doc: '`true` checks this file as a story file; `false` opts it out.' },
];

/** Words after which a principle name is expected: "Leadership Principle:", "this shows", "I showed". */
const PRINCIPLE_FRAME = /(?:leadership principles?|\bLPs?|\bshows?|\bshowed|\bshowing|\bdemonstrates?|\bdemonstrated)\b/giu;
/** How far back on the line a frame is looked for; a principle list is short. */
const FRAME_WINDOW = 160;
/** A front matter list item under `principles:`, or an inline list after it. */
const FM_PRINCIPLE_INLINE = /^principles\s*:\s*\[?(?:[^\],]*,)*([^\],]*)$/i;

/**
 * Completions at a position (SPEC §10): principle names from the configured
 * list (after "Leadership Principle" or "shows", and in front matter
 * `principles:`), section labels at the start of a paragraph, and front matter
 * keys and values. Each item replaces the word being typed.
 */
export function completionsAt(a: Analysis, position: Position, offset: number): CompletionItem[] {
  if (a.kind !== 'story') return [];
  const lineStart = a.lineStarts[position.line] ?? 0;
  const prefix = a.text.slice(lineStart, offset);
  const replacing = (word: string) => rangeOf(a, offset - word.length, offset);
  if (inFrontMatter(a.text, offset)) return frontMatterItems(a, prefix, lineStart, replacing);
  const typed = afterPrincipleFrame(prefix.slice(-FRAME_WINDOW), a);
  if (typed !== undefined) return principleItems(a, typed, replacing);
  return sectionItems(a, prefix, lineStart, replacing);
}

/**
 * The principle being typed after a naming frame ("shows Customer Obs",
 * "Leadership Principles: Ownership, Dive"), or undefined when the cursor is
 * not in such a list (a sentence ended, or too many words were typed).
 */
function afterPrincipleFrame(tail: string, a: Analysis): string | undefined {
  let end = -1;
  PRINCIPLE_FRAME.lastIndex = 0;
  for (let m = PRINCIPLE_FRAME.exec(tail); m; m = PRINCIPLE_FRAME.exec(tail)) end = m.index + m[0].length;
  if (end < 0) return undefined;
  const rest = tail.slice(end).replace(/^\s*[:\u2014\u2013-]?\s*/, '');
  if (/[.!?;]/.test(rest)) return undefined;
  const pieces = rest.split(/,\s*|\s+(?:and|or|&)\s+/);
  const last = pieces.pop() ?? '';
  if (!/^[\p{L}'\u2019 ]*$/u.test(last) || last.split(' ').length > 5) return undefined;
  // "shows Ownership, Dive": a list of names goes on; "shows that we, " is a sentence, not a list.
  if (pieces.some((p) => !a.principles.byName(p.trim()) && !a.principles.find(p).length)) return undefined;
  return last;
}

type Replacing = (word: string) => ReturnType<typeof rangeOf>;

/** True when the offset is inside a leading `---` front matter block, closed or still being typed. */
function inFrontMatter(text: string, offset: number): boolean {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open || offset < open[0].length) return false;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  return !m || offset <= open[0].length + m.index - 1;
}

function frontMatterItems(a: Analysis, prefix: string, lineStart: number, replacing: Replacing): CompletionItem[] {
  const key = /^([A-Za-z]*)$/.exec(prefix);
  if (key) {
    return KEYS.map((k, i) => ({
      label: k.key,
      kind: CompletionItemKind.Property,
      documentation: k.doc,
      sortText: String(i),
      textEdit: { range: replacing(key[1]), newText: `${k.key}: ` },
    }));
  }
  const value = /^(level|type|star)\s*:\s*([\w-]*)$/i.exec(prefix);
  if (value) {
    const values = value[1].toLowerCase() === 'level' ? [...LEVELS] : value[1].toLowerCase() === 'type' ? STORY_TYPES : ['true', 'false'];
    return values.map((v, i) => ({
      label: v,
      kind: CompletionItemKind.Value,
      sortText: String(i).padStart(2, '0'),
      textEdit: { range: replacing(value[2]), newText: v },
    }));
  }
  const inline = FM_PRINCIPLE_INLINE.exec(prefix);
  if (inline) return principleItems(a, inline[1].replace(/^\s+/, ''), replacing);
  // "  - Cust" under `principles:`.
  const item = /^\s+-\s+([^,]*)$/.exec(prefix);
  if (item && underPrinciplesKey(a.text, lineStart)) return principleItems(a, item[1], replacing);
  return [];
}

/** Whether the nearest key above the line starting at `lineStart` is `principles:`. */
function underPrinciplesKey(text: string, lineStart: number): boolean {
  const keys = [...text.slice(0, lineStart).matchAll(/^([A-Za-z]+)[ \t]*:/gm)];
  return keys.at(-1)?.[1].toLowerCase() === 'principles';
}

function principleItems(a: Analysis, typed: string, replacing: Replacing): CompletionItem[] {
  const t = typed.toLowerCase();
  return a.principles.defs
    .filter((p) => !t || p.name.toLowerCase().startsWith(t) || (p.aliases ?? []).some((al) => al.toLowerCase().startsWith(t)))
    .map((p, i) => ({
      label: p.name,
      kind: CompletionItemKind.EnumMember,
      detail: 'principle',
      documentation: p.definition ? { kind: MarkupKind.Markdown, value: p.definition } : undefined,
      sortText: String(i).padStart(3, '0'),
      filterText: p.name,
      textEdit: { range: replacing(typed), newText: p.name },
    }));
}

/** Section labels, offered where a paragraph starts: "**Sit" → "**Situation:** ", "### Res" → "### Result". */
function sectionItems(a: Analysis, prefix: string, lineStart: number, replacing: Replacing): CompletionItem[] {
  const m = /^(\s{0,3})(#{1,6}\s+|\*\*|[-*]\s+(?:\*\*)?)?([\p{L}]*)$/u.exec(prefix);
  if (!m || !startsParagraph(a.text, lineStart)) return [];
  const marker = m[2] ?? '';
  const word = m[3];
  const heading = marker.startsWith('#');
  const bold = marker.endsWith('**');
  const matching = SECTIONS.filter((s) => s.toLowerCase().startsWith(word.toLowerCase()));
  if (!word && !marker) return [];
  return matching.map((s, i): CompletionItem => {
    const newText = heading ? s : bold ? `${s}:** ` : `**${s}:** `;
    return {
      label: s,
      kind: CompletionItemKind.Keyword,
      detail: 'STAR section',
      sortText: String(i),
      textEdit: { range: replacing(word), newText },
    };
  });
}

/** A line starts a paragraph when the line before it is blank (or it is the first line). */
function startsParagraph(text: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  const prevEnd = lineStart - 1;
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  return /^[\s>]*$/.test(text.slice(prevStart, prevEnd)) || /^#{1,6}\s/.test(text.slice(prevStart, prevEnd));
}
