import type { SectionKind } from '../types';
import { SECTION_NAMES } from '../lexicons/sections';

const NAME_TO_KIND = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(SECTION_NAMES) as Array<[SectionKind, string[]]>) {
  for (const n of names) NAME_TO_KIND.set(n, kind);
}
const NAMES = [...NAME_TO_KIND.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
const NAME = `(?:${NAMES.join('|')})`;
const JOIN = String.raw`\s*(?:and|&|\+|/|,)\s*`;
const STAR_TAG = String.raw`(?:\s*\((?:[star]|s\.t\.a\.r\.?)\))?`;
const COMBO = `(${NAME}(?:${JOIN}${NAME})*)${STAR_TAG}`;
// "S — Situation", "1. Situation", "🎯 Situation"
const PREFIX = String.raw`^[^\p{L}]*(?:[star]\s*[:\u2014\u2013\-.)]\s*)?`;
// "Results & Metrics", "Task and Scope": a section name joined to one or two more words.
const EXTRA = String.raw`(?:\s*(?:and|&|\+|/)\s*\p{L}+(?:\s+\p{L}+)?)?`;
// A hyphen joined to the next word ("Learning-to-rank for search") is part of a title, not a separator ("Result - 40% faster").
const HEADING_RE = new RegExp(`${PREFIX}${COMBO}${EXTRA}\\s*(?:(?:[:：—–]|(?<=\\s)-|-(?=\\s))\\s*(.*))?[^\\p{L}\\p{N}]*$`, 'iu');
// An arrow after the name too, as notes write it: "result → patch sorted it".
const LABEL_RE = new RegExp(`${PREFIX}${COMBO}\\s*(?:[:：]|\\s[—–\\-]\\s|[—–]|\\s?(?:\u2192|->|=>)\\s|\\n|$)\\s*`, 'iu');

export interface Marker {
  kinds: SectionKind[];
  /** Where the section's own text starts in the block text (after the label). */
  contentStart: number;
  /** Named by a single letter ("S:", "**A:**"); story assembly decides whether it is one (an "A:" may be an answer). */
  letter?: boolean;
  /** Written without bold or italic type. */
  plain?: boolean;
}

function kindsOf(combo: string): SectionKind[] {
  const kinds: SectionKind[] = [];
  for (const part of combo.toLowerCase().split(/\s*(?:\band\b|&|\+|\/|,)\s*/)) {
    const kind = NAME_TO_KIND.get(part.replace(/\s+/g, ' ').trim());
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** Single letters name a section only in bold type ("**T:**"): plain "A:" is an answer, and "## S" a placeholder title. */
const LETTERS: Record<string, SectionKind> = { s: 'situation', t: 'task', a: 'action', r: 'result', l: 'learning' };
// A qualifier after the letter, in brackets or after a spaced slash: "R (two weeks later)", "R / what changed"; plain
// letters take it too ("- A (what happened, then what I did):", "- L / what changed:").
const LETTER_QUALIFIER = String.raw`(?:\s*\([^()\n]{1,40}\)|\s+\/\s+[A-Za-z][\w' -]{1,30}?)?`;
const LETTER_RE = new RegExp(String.raw`^([STARL])(?:\s*[/&+]\s*([STARL]))?${LETTER_QUALIFIER}\s*[:.)\u2014\u2013-]?$`);

/** The sections a letter label names: "T", or two joined ("S/T", "A & R"). */
function letterKinds(m: RegExpExecArray): SectionKind[] {
  const kinds = [LETTERS[m[1].toLowerCase()]];
  if (m[2] && LETTERS[m[2].toLowerCase()] !== kinds[0]) kinds.push(LETTERS[m[2].toLowerCase()]);
  return kinds;
}
/** A plain letter label needs a colon or a dash and text after it: "S: tickets piling up", "- R — 40% fewer". */
const PLAIN_LETTER_RE = new RegExp(
  String.raw`^[\s>]*([STARL])(?:\s*[/&+]\s*([STARL]))?${LETTER_QUALIFIER}\s*(?:[:\uff1a]|\s[\u2014\u2013-])\s*(?=\S)`,
);

/** A letter alone on a list item whose text goes on in a nested list: "- A:" then "  - Profiled a full run …". */
const LIST_LETTER_RE = new RegExp(
  String.raw`^[\s>]*([STARL])(?:\s*[/&+]\s*([STARL]))?${LETTER_QUALIFIER}\s*(?:[:\uff1a]|\s[\u2014\u2013-])\s*$`,
);

/** A bold or italic section label inside a paragraph: "… failed. **Task:** I had to fix it by Friday." */
const EMPHASIS = String.raw`(?:\*\*|__|\*|_)`;
const INLINE_LABEL_RE = new RegExp(`${EMPHASIS}${COMBO}(?:\\s*[:：]${EMPHASIS}|${EMPHASIS}\\s*(?:[:：]|\\s[—–]))`, 'giu');

/**
 * Labels inside a paragraph, right after a sentence ends: "S: … half empty. A: I changed the booking. R: use went up",
 * "… every Friday. **Task:** I had to fix it." Each needs a colon and text after it, so "A list of …" or a sentence that
 * starts with "Results were" is none.
 */
const INLINE_BOLD_AT = new RegExp(String.raw`(\*\*|__)${COMBO}(?:\s*[:\uff1a]\1|\1\s*[:\uff1a])\s*(?=\S)`, 'iuy');
const INLINE_WORD_AT = new RegExp(String.raw`${COMBO}\s*[:\uff1a]\s*(?=\S)`, 'iuy');
const INLINE_LETTER_AT = /([STARL])(?:\s*[/&+]\s*([STARL]))?\s*[:\uff1a]\s*(?=\S)/y;

/** The label that starts at `at` inside a paragraph's text (see {@link inlineLabelsOf}), with its content's start. */
function inlineLabelAt(text: string, at: number): Marker | undefined {
  INLINE_LETTER_AT.lastIndex = at;
  const letter = INLINE_LETTER_AT.exec(text);
  if (letter) return { kinds: letterKinds(letter), contentStart: at + letter[0].length, letter: true, plain: true };
  INLINE_BOLD_AT.lastIndex = at;
  const bold = INLINE_BOLD_AT.exec(text);
  if (bold) {
    const kinds = kindsOf(bold[2]);
    return kinds.length ? { kinds, contentStart: at + bold[0].length } : undefined;
  }
  // A plain section name starts its sentence with a capital ("Result: …").
  if (!/\p{Lu}/u.test(text[at] ?? '')) return undefined;
  INLINE_WORD_AT.lastIndex = at;
  const word = INLINE_WORD_AT.exec(text);
  if (!word) return undefined;
  const kinds = kindsOf(word[1]);
  return kinds.length ? { kinds, contentStart: at + word[0].length } : undefined;
}

/** Where a sentence may end and a label start: after closing punctuation and a space. */
const SENTENCE_GAP = /[.!?\u2026)"'\u201d\u2019]\s+(?=[*_\p{Lu}])/gu;

/**
 * The labels inside `text` from `from` to `to` (a paragraph, or one of its lines, that opens with a label), each
 * right after a sentence: where each starts, with its marker (offsets in `text`).
 */
export function inlineLabelsOf(text: string, from: number, to: number): Array<[number, Marker]> {
  const found: Array<[number, Marker]> = [];
  SENTENCE_GAP.lastIndex = from;
  for (let m = SENTENCE_GAP.exec(text); m && m.index < to; m = SENTENCE_GAP.exec(text)) {
    const at = m.index + m[0].length;
    const marker = at < to ? inlineLabelAt(text, at) : undefined;
    if (marker && marker.contentStart <= to) found.push([at, marker]);
  }
  return found;
}

/** The sections named by bold or italic labels anywhere in a text, paragraph starts or not. */
export function inlineLabelKinds(text: string): SectionKind[] {
  const kinds: SectionKind[] = [];
  INLINE_LABEL_RE.lastIndex = 0;
  for (let m = INLINE_LABEL_RE.exec(text); m; m = INLINE_LABEL_RE.exec(text))
    for (const k of kindsOf(m[1])) if (!kinds.includes(k)) kinds.push(k);
  return kinds;
}

/** Reads a heading's text as a STAR section marker ("Situation", "3. Result: 40% faster"). */
export function headingMarker(text: string): Marker | undefined {
  // "### S", "### T", …: a letter heading names a section only beside other letters (story assembly decides).
  const letter = LETTER_RE.exec(text.trim());
  if (letter) return { kinds: letterKinds(letter), contentStart: text.length, letter: true, plain: true };
  const m = HEADING_RE.exec(text.trim());
  if (!m) return undefined;
  const kinds = kindsOf(m[1]);
  return kinds.length ? { kinds, contentStart: text.length } : undefined;
}

/**
 * Reads a paragraph's opening label ("**Situation:**", "Task —", "Result: …").
 * A label needs bold or italic type, or a colon or dash after it, so that a
 * sentence that merely starts with "Results were…" is not taken for one.
 */
export function labelMarker(text: string, leadingEmphasis?: string, opensList = false): Marker | undefined {
  if (leadingEmphasis !== undefined) {
    const em = leadingEmphasis.trim().replace(/[:\uff1a.\s\u2014\u2013-]+$/, '');
    const letter = LETTER_RE.exec(em);
    if (letter) {
      const at = text.indexOf(leadingEmphasis);
      let i = at < 0 ? 0 : at + leadingEmphasis.length;
      while (i < text.length && /[\s:\uff1a\u2014\u2013\-.]/.test(text[i])) i++;
      return { kinds: letterKinds(letter), contentStart: i, letter: true };
    }
    const kinds = new RegExp(`^${PREFIX}${COMBO}$`, 'iu').test(em) ? kindsOf(new RegExp(`^${PREFIX}${COMBO}$`, 'iu').exec(em)![1]) : [];
    if (kinds.length) {
      const at = text.indexOf(leadingEmphasis);
      let i = at < 0 ? 0 : at + leadingEmphasis.length;
      while (i < text.length && /[\s:\uff1a\u2014\u2013\-.]/.test(text[i])) i++;
      return { kinds, contentStart: i };
    }
  }
  const plain = PLAIN_LETTER_RE.exec(text) ?? (opensList ? LIST_LETTER_RE.exec(text) : null);
  if (plain) return { kinds: letterKinds(plain), contentStart: plain[0].length, letter: true, plain: true };
  const m = LABEL_RE.exec(text);
  if (!m) return undefined;
  const kinds = kindsOf(m[1]);
  if (!kinds.length) return undefined;
  return { kinds, contentStart: m.index + m[0].length };
}
