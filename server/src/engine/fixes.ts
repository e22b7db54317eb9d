import type { Edit, Section, SectionKind, Sentence, Story, StoryDocument, Suggestion } from './types';
import { SECTION_ORDER } from './types';

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
  const lineEnd = endOfLine(doc.text, at);
  const newText = inList ? `${eol}${eol}${snippet}` : ` ${snippet}`;
  return { title, kind: 'prompt', snippet: true, edits: [{ start: inList ? lineEnd : at, end: inList ? lineEnd : at, newText }] };
}

function endOfLine(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  if (i === -1) return text.length;
  return text[i - 1] === '\r' ? i - 1 : i;
}

/** Inserts a missing section where it belongs in STAR order, in the story's own marker style. */
export function promptMissingSection(doc: StoryDocument, story: Story, kind: SectionKind, snippet: string): Suggestion {
  const eol = eolOf(doc.text);
  const explicit = story.sections.filter((s) => s.explicit);
  const order = SECTION_ORDER.indexOf(kind);
  const later = explicit.find((s) => SECTION_ORDER.indexOf(s.kind) > order);
  const sample = explicit[0];
  const headingMatch = sample ? /^(#{1,6})\s/.exec(doc.text.slice(sample.markerStart, sample.markerStart + 8)) : null;
  const label = headingMatch
    ? `${headingMatch[1]} ${SECTION_TITLES[kind]}${eol}${eol}${snippet}`
    : `**${SECTION_TITLES[kind]}:** ${snippet}`;
  let edit: Edit;
  if (later) {
    edit = { start: later.markerStart, end: later.markerStart, newText: `${label}${eol}${eol}` };
  } else {
    const end = endOfLine(doc.text, story.end);
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
