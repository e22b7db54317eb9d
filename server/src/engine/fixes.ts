import type { Edit, Section, SectionKind, Sentence, Story, StoryDocument, Suggestion } from './types';
import { SECTION_ORDER } from './types';
import { lineEnd } from './document/positions';

const SECTION_TITLES: Record<SectionKind, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learning: 'Learning',
};

/** The document's line ending, so inserted text matches CRLF files. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A template prompt inserted right after a sentence. */
export function promptAfterSentence(s: Sentence, title: string, snippet: string): Suggestion {
  return { title, kind: 'prompt', snippet: true, edits: [{ start: s.end, end: s.end, newText: ` ${snippet}` }] };
}

/** A template prompt added as a new paragraph at the end of a section. */
export function promptAtSectionEnd(doc: StoryDocument, section: Section, title: string, snippet: string): Suggestion {
  const eol = eolOf(doc.text);
  const at = section.sentences.length ? section.sentences[section.sentences.length - 1].end : section.markerEnd;
  const inList = section.sentences[section.sentences.length - 1]?.inList;
  const eolAt = lineEnd(doc.text, at);
  // In a list, the prompt is one more item of it ("- This cut …"), so the section keeps its shape.
  const item = inList ? listItemPrefix(doc.text, at) : undefined;
  const newText = inList ? (item !== undefined ? `${eol}${item}${snippet}` : `${eol}${eol}${snippet}`) : ` ${snippet}`;
  return { title, kind: 'prompt', snippet: true, edits: [{ start: inList ? eolAt : at, end: inList ? eolAt : at, newText }] };
}

/** The indent and bullet of the list item holding `at` ("- ", "  * ", "3. " → "4. "), if its line starts one. */
function listItemPrefix(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const m = /^([ \t>]*)(?:([-*+])|(\d+)([.)]))[ \t]+/.exec(text.slice(lineStart, lineStart + 40));
  if (!m) return undefined;
  return m[2] ? `${m[1]}${m[2]} ` : `${m[1]}${Number(m[3]) + 1}${m[4]} `;
}

/** Inserts a missing section where it belongs in STAR order, in the story's own marker style. */
export function promptMissingSection(
  doc: StoryDocument,
  story: Story,
  kind: SectionKind,
  snippet: string,
  proseSnippet?: string,
): Suggestion {
  const eol = eolOf(doc.text);
  const explicit = story.sections.filter((s) => s.explicit);
  // A story told in prose, with no labels, gets a sentence at its end rather than a label its prose never had: a label
  // would change how the story reads (in a pasted chat thread, the message around it would no longer be the story).
  if (proseSnippet && !explicit.length) {
    const end = lineEnd(doc.text, story.end);
    return {
      title: `Insert prompt: ${SECTION_TITLES[kind]} section`,
      kind: 'prompt',
      snippet: true,
      edits: [{ start: end, end, newText: ` ${proseSnippet}` }],
    };
  }
  const order = SECTION_ORDER.indexOf(kind);
  // After the last section that comes before it in STAR order, so a story told Result-first ("Result, Situation, Action")
  // gets its Task after the Situation, not before the Result.
  let earlier = -1;
  explicit.forEach((s, i) => {
    if (SECTION_ORDER.indexOf(s.kind) < order) earlier = i;
  });
  const later = explicit.slice(earlier + 1).find((s) => SECTION_ORDER.indexOf(s.kind) > order);
  const sample = explicit[0];
  const headingMatch = sample ? /^(#{1,6})\s/.exec(doc.text.slice(sample.markerStart, sample.markerStart + 8)) : null;
  const label = headingMatch
    ? `${headingMatch[1]} ${SECTION_TITLES[kind]}${eol}${eol}${snippet}`
    : `**${SECTION_TITLES[kind]}:** ${snippet}`;
  // A table row or a list item gets a row or an item of its own, so the table or list stays whole.
  const lineOf = (at: number) => doc.text.slice(doc.text.lastIndexOf('\n', at - 1) + 1, at + 40);
  const row = sample && /^\s*\|/.test(lineOf(sample.markerStart));
  const item = sample && !row && !headingMatch ? listItemPrefix(doc.text, sample.markerStart) : undefined;
  let edit: Edit;
  if (later && (row || item !== undefined)) {
    const lineStart = doc.text.lastIndexOf('\n', later.markerStart - 1) + 1;
    const newText = row ? `| ${SECTION_TITLES[kind]} | ${snippet} |${eol}` : `${item}**${SECTION_TITLES[kind]}:** ${snippet}${eol}`;
    edit = { start: lineStart, end: lineStart, newText };
  } else if (later) {
    edit = { start: later.markerStart, end: later.markerStart, newText: `${label}${eol}${eol}` };
  } else {
    const end = lineEnd(doc.text, story.end);
    edit = { start: end, end, newText: `${eol}${eol}${label}` };
  }
  return { title: `Insert prompt: ${SECTION_TITLES[kind]} section`, kind: 'prompt', snippet: true, edits: [edit] };
}

/** A mechanical replacement of a span. */
export function replace(title: string, start: number, end: number, newText: string): Suggestion {
  return { title, kind: 'replace', edits: [{ start, end, newText }] };
}

/** Turns snippet placeholders `${1:text}` into plain `[text]` for clients without snippet support. */
export function plainPlaceholders(text: string): string {
  return text.replace(/\$\{\d+:([^}]*)\}/g, '[$1]').replace(/\$\d+/g, '');
}
