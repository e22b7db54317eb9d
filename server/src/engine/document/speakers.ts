import { CANDIDATE_LABELS, INTERVIEWER_LABELS, NOTES_TITLES, OPENING_QUESTIONS, TAG_LABELS } from '../lexicons/transcripts';

/*
 * The lines of a story file that are not the writer's story: who speaks in a
 * transcript, which question opens a new story, which headings title notes,
 * and which lines only tag a story with principles.
 */

export type Speaker = 'interviewer' | 'candidate';

const alternation = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
/**
 * "Q:", "**Interviewer:**", "> Me —", "Interviewer (Sam):", "Q1:", "[03:12] Interviewer:" at the start of a
 * line. A numbered answer ("**Answer 1:
 * "Tell me about …"**") enumerates a post's stories: a title, not a speaker.
 */
const SPEAKER = new RegExp(
  // A recorded transcript's timestamp may come first: "[03:12] Interviewer:", "(01:05:20) Me:".
  `^[\\s>*_]*(?:[[(]\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]\\s*|\\d{1,2}:\\d{2}(?::\\d{2})?\\s+)?` +
    `(?:(${alternation(INTERVIEWER_LABELS)})\\s*\\d*|` +
    `(${alternation(CANDIDATE_LABELS)}))(?:\\s*\\([^)\\n]{1,40}\\))?[*_]*\\s*[:：][*_]*(?=\\s|$)`,
  'i',
);

/** "Q. Tell me about …", "A. So the big one was …": a capital Q or A with a full stop, then the words. */
const DOTTED = /^[\s>*_]*(?:(Q)|(A))\.[*_]*\s+(?=\S)/;

/**
 * A recording tool's line: a timestamp, then the speaker's name ("[00:03:12] Valeria:", "01:05 Dan Ellis:"). With the
 * timestamp the name is a speaker; a name alone ("Dan: too thin") may be a comment on the draft.
 */
const TIMESTAMPED_NAME = new RegExp(
  String.raw`^[\s>*_]*(?:[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*|\d{1,2}:\d{2}(?::\d{2})?\s+)[*_]*` +
    String.raw`(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)?)[*_]*\s*[:\uff1a][*_]*(?=\s|$)`,
  'u',
);

/**
 * A person's name as a speaker's label at the start of a line ("**Dev:** Tell me about …", "Sarah Okafor: And then?"):
 * the interviewer, when a file of "Me:" answers asks its questions under it ({@link namedInterviewers}).
 */
const NAME_LABEL = /^[\s>*_]*(\p{Lu}[\p{L}'.-]{1,20}(?: \p{Lu}[\p{L}'.-]{1,20})?)[*_]*\s*[:\uff1a][*_]*\s+(?=\S)/u;

/** The name labelling a line and where the words after it start, if the line opens with a name and a colon. */
export function nameLabel(line: string): { name: string; end: number } | undefined {
  const m = NAME_LABEL.exec(line);
  return m ? { name: m[1], end: m[0].length } : undefined;
}

/**
 * The names the interviewer goes by in a transcript whose answers are labelled "Me:" or "A:" ("**Dev:** Tell me about a
 * time …" / "**Me:** So …"): a name that labels two lines or more, one of them a question. `lines` are the first lines of
 * the paragraphs of a file that holds such an answer (the caller finds one first, without reading any line), with who
 * speaks on each as far as the labels alone tell.
 */
export function namedInterviewers(lines: ReadonlyArray<{ line: string; speaker?: Speaker; marked: boolean }>): ReadonlySet<string> {
  const seen = new Map<string, { count: number; asks: boolean }>();
  for (const { line, speaker, marked } of lines) {
    if (speaker || marked || tagLineEnd(line) !== undefined) continue;
    const label = nameLabel(line);
    if (!label) continue;
    const rest = line.slice(label.end);
    const entry = seen.get(label.name) ?? { count: 0, asks: false };
    entry.count++;
    entry.asks ||= isOpeningQuestion(rest) || /\?\s*[*_]*$/.test(rest);
    seen.set(label.name, entry);
  }
  const names = [...seen].filter(([, e]) => e.count >= 2 && e.asks).map(([name]) => name);
  return names.length ? new Set(names) : NO_NAMES;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** Where a speaker's words start after their label ("**Q:** Tell me …" → the T), or 0 when the line has none. */
export function labelEnd(line: string): number {
  const m = SPEAKER.exec(line) ?? DOTTED.exec(line) ?? TIMESTAMPED_NAME.exec(line);
  if (!m) return 0;
  let end = m[0].length;
  while (end < line.length && /\s/.test(line[end])) end++;
  return end;
}

/** Who speaks on a line of a transcript, if it opens with a speaker label. */
export function speakerOf(line: string): Speaker | undefined {
  const m = SPEAKER.exec(line) ?? DOTTED.exec(line);
  if (m) return m[1] ? 'interviewer' : 'candidate';
  // Both people named by the tool: the one asking is the interviewer.
  const named = TIMESTAMPED_NAME.exec(line);
  if (!named) return undefined;
  const words = line.slice(named[0].length).trim();
  return isOpeningQuestion(words) || /\?\s*[*_]*$/.test(words) ? 'interviewer' : 'candidate';
}

const OPENING = new RegExp(`(?:${OPENING_QUESTIONS.join('|')})`, 'iu');

/** A question that asks for a new story ("Okay, a different one. Tell me about a time …"), not a follow-up on the last one. */
export function isOpeningQuestion(line: string): boolean {
  const from = labelEnd(line);
  const question = line.slice(from, from + 200);
  return OPENING.test(question);
}

/** A title that is itself the interview question ("Tell me about a time you failed", "Why Kafka?"). */
export function isQuestionTitle(title: string): boolean {
  return /\?\s*[*_]*$/.test(title.trim()) || isOpeningQuestion(title);
}

const NOTES = new RegExp(`^[^\\p{L}]*(?:${NOTES_TITLES.join('|')})\\b`, 'iu');

/** A heading that titles notes about preparing, not a story ("Links", "Reminders"). */
export function isNotesTitle(title: string): boolean {
  return NOTES.test(title.trim());
}

const TAG = new RegExp(`^[\\s*_]*(?:${alternation(TAG_LABELS)})(?:\\s+(?:shown|demonstrated|covered|used))?[*_]*\\s*[:：]`, 'i');

/** A reason given after the names: "Principles: Ownership, because I always …" is the writer's claim, not a tag. */
// So is a claim about the writer after a name and a colon: "Insist on the Highest Standards: I care a lot about quality".
const GIVES_REASON = /(?<![\p{L}'])(?:because|since|as i|as we|cause)(?![\p{L}'])|[:\u2014\u2013]\s*(?:i|we|my)(?![\p{L}'])/iu;

/** Where a tag line's label ends ("Principles: Ownership, Dive Deep"), or undefined when the text is no tag line. */
export function tagLineEnd(text: string): number | undefined {
  const m = TAG.exec(text);
  return m && !GIVES_REASON.test(text.slice(m[0].length)) ? m[0].length : undefined;
}
