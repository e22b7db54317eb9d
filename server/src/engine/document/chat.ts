import type { Item } from './draft-parts';

/*
 * A chat thread pasted into a story file: a Slack, Teams, Discord or WhatsApp export in which the writer posts a
 * draft and others comment on it. Each message opens with a header that names its author and a time:
 *
 *   Slack, Teams     "**Tomasz Wilk** 10:02", "Priya Raman  4:15 PM"      (a line of its own)
 *   Discord          "[02-Apr-24 11:41 PM] tomek_fom"                      (a line of its own)
 *   WhatsApp         "[19/06, 21:14] Chidinma Okoro: Good evening ma."    (the message after the colon)
 *
 * The writer is the author who posts labelled drafts, or else the one with the most words: the one who pasted the
 * drafts. The other authors' messages are comments on the drafts, not story text. A recording tool's transcript
 * ("[00:03:12] Marta: …", a time with no date) is no chat: there both people speak in the story (document/speakers.ts).
 */

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const MERIDIEM = String.raw`\s?[AaPp]\.?[Mm]\.?`;
const NAME = String.raw`[\p{L}\d_][\p{L}\p{M}\d_.'-]{0,30}(?: [\p{L}\d_][\p{L}\p{M}\d_.'-]{0,30}){0,3}`;

/** "[19/06, 21:14] Name: …", "[02-Apr-24 11:41 PM] name", "[10:02 AM] Name": a date or a 12-hour time in brackets. */
const BRACKETED = new RegExp(
  String.raw`^[\s>]*\[(?:[^\]\n]{1,20}?[ ,]+${TIME}(?:${MERIDIEM})?|${TIME}${MERIDIEM})\]\s*[-\u2013]?\s*(${NAME})\s*(?::|$|\n)`,
  'u',
);

/** "Tomasz Wilk 10:02", "Priya Raman  4:15 PM", "tomek — Today at 23:41": a name and a time, alone on the line. */
const NAME_THEN_TIME = new RegExp(
  String.raw`^[\s>]*(${NAME})\s+(?:[\u2014\u2013-]\s+)?(?:(?:Today|Yesterday) at |\d{1,2}/\d{1,2}(?:/\d{2,4})?,? )?` +
    String.raw`${TIME}(?:${MERIDIEM})?\s*(?:\n|$)`,
  'u',
);

/** The message header a text opens with: the whole header, and the author's name in group 1. */
const headerAt = (text: string): RegExpExecArray | null => BRACKETED.exec(text) ?? NAME_THEN_TIME.exec(text);

/** The author a message header names, or undefined when the item opens no chat message. */
export function chatAuthor(text: string): string | undefined {
  return headerAt(text)?.[1].trim().toLowerCase();
}

/** Whether an item opens a chat message: its first line is a message header. */
export function opensMessage(it: Item, textOf: (it: Item) => string): boolean {
  return authorOf(it, textOf) !== undefined;
}

/** A line that is a message header and nothing else: no message text after it on the line. */
export function isHeaderLine(line: string): boolean {
  const m = headerAt(line);
  return !!m && line.slice(m[0].length).trim() === '';
}

/** Each item's author, read once: items are kept across edits, and the whole file is read on every edit. */
const AUTHORS = new WeakMap<Item, string | null>();

function authorOf(it: Item, textOf: (it: Item) => string): string | undefined {
  let a = AUTHORS.get(it);
  if (a === undefined) AUTHORS.set(it, (a = it.marker || it.speaker || it.ref.from !== 0 ? null : (chatAuthor(textOf(it)) ?? null)));
  return a ?? undefined;
}

/** A line of reactions under a message: ":eyes: 2  :thinking_face: 1", "{Reactions} 🔥 (3) 👏 (2)", "+1". */
// Spaces before a count are taken only with the count, so no two runs of spaces compete for the same space.
const REACTIONS = /^[\s>]*(?:\{reactions\}\s*)?(?:(?::[\w+-]{1,30}:|\p{Extended_Pictographic}\uFE0F?|\+1)(?:\s*\(?\d{1,4}\)?)?\s*)+$/iu;

export function isReactions(text: string): boolean {
  return REACTIONS.test(text.trim());
}

/** Fewest message headers, by two authors at least, that make a file a chat thread. */
const MIN_MESSAGES = 3;

/** Fewest words of the writer's own message, with no STAR label in it, that make it a draft rather than chat. */
const MIN_DRAFT_WORDS = 40;

/** Fewest words after a header that keep the header's paragraph in the draft it opens ("[21:43] Ada:\nSo, in my bank …"). */
const MIN_OPENING_WORDS = 20;

export interface Thread {
  /** Items that are no story text: other people's messages, the writer's chat around the drafts, reaction lines. */
  comments: Set<Item>;
  /** The first story item of each of the writer's drafts: each starts a story of its own, as after a separator. */
  starts: Set<Item>;
}

const NO_THREAD: Thread = { comments: new Set(), starts: new Set() };

const wordsIn = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** How a file's items read as a pasted chat thread; nothing when it is none. `textOf` gives an item's text. */
export function readThread(items: readonly Item[], textOf: (it: Item) => string): Thread {
  const authors: Array<string | undefined> = [];
  const heads: number[] = [];
  items.forEach((it, k) => {
    const author = authorOf(it, textOf);
    authors.push(author);
    if (author) heads.push(k);
  });
  if (heads.length < MIN_MESSAGES) return NO_THREAD;
  // Each message: its header and the items up to the next one, with its words beyond the header.
  const messages = heads.map((h, m) => {
    const end = m + 1 < heads.length ? heads[m + 1] : items.length;
    // "[19/06, 21:14] Chidinma Okoro:" counts for nothing: only the words after it.
    const own = wordsIn(textOf(items[h])) - wordsIn(headerAt(textOf(items[h]))?.[0] ?? '');
    let words = own;
    let labelled = false;
    for (let k = h + 1; k < end; k++) {
      words += wordsIn(textOf(items[k]));
      labelled ||= items[k].marker !== undefined;
    }
    return { author: authors[h]!, from: h, end, own, words, labelled };
  });
  const totals = new Map<string, number>();
  for (const m of messages) totals.set(m.author, (totals.get(m.author) ?? 0) + m.words);
  if (totals.size < 2) return NO_THREAD;
  // The author who posts labelled drafts; else the one with the most words.
  const writer = messages.find((m) => m.labelled)?.author ?? [...totals].sort((a, b) => b[1] - a[1])[0][0];
  const thread: Thread = { comments: new Set(), starts: new Set() };
  // A draft posted in several messages in a row goes on in a message that opens on a later section; any other message
  // of the writer's that holds a draft starts a new one.
  let drafting = false;
  for (const m of messages) {
    const draft = m.author === writer && (m.labelled || m.words >= MIN_DRAFT_WORDS);
    if (!draft) {
      for (let k = m.from; k < m.end; k++) thread.comments.add(items[k]);
      drafting = false;
      continue;
    }
    // A labelled draft starts at its first label, or at a one-line title right over it; chat before that is no story.
    let first = m.own >= MIN_OPENING_WORDS ? m.from : m.from + 1;
    if (m.labelled) {
      let label = first;
      while (label < m.end && items[label].marker === undefined) label++;
      first = label > first && isTitleLine(textOf(items[label - 1])) ? label - 1 : label;
    }
    for (let k = m.from; k < first; k++) thread.comments.add(items[k]);
    // Only a message that opens on a later section ("**Task**", "**Action**") goes on with the draft before it.
    const kind = items[first]?.marker?.kinds[0];
    const goesOn = drafting && kind !== undefined && kind !== 'situation';
    if (first < m.end && !goesOn) thread.starts.add(items[first]);
    drafting = true;
  }
  for (const it of items) if (isReactions(textOf(it))) thread.comments.add(it);
  return thread;
}

/** One short line with no sentence end: a draft's title ("The eu-west failover (v2)"), not chat ("ok here's my draft"). */
function isTitleLine(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && t.split(/\s+/).length <= 12 && !/[.!?:;,]$/.test(t) && /^\p{Lu}|^["\u201c]/u.test(t);
}
