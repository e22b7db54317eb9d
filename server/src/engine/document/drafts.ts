import type { SectionKind } from '../types';
import type { Block } from './markdown';
import { inlineLabelsOf, labelMarker, type Marker } from './sections';
import {
  isNotesTitle,
  isOpeningQuestion,
  isQuestionTitle,
  nameLabel,
  namedInterviewers,
  speakerOf,
  tagLineEnd,
  type Speaker,
} from './speakers';
import { lineEnd } from './positions';
import { words } from '../lexicons/words';
import { ASKING, FOLLOW_UPS, STORY_ASIDE_TITLES } from '../lexicons/transcripts';
import {
  endOf,
  movedRange,
  open,
  proseStory,
  startOf,
  wordCount,
  type Aside,
  type Assembly,
  type AsideKind,
  type AsideSink,
  type BlockRef,
  type DraftSection,
  type DraftStory,
  type Item,
  type MarkedBlock,
} from './draft-parts';
import { questionOf, transcriptStories } from './transcripts';
import { isHeaderLine, opensMessage, readThread, type Thread } from './chat';

export type { Aside, AsideKind, BlockRef, DraftSection, DraftStory, MarkedBlock } from './draft-parts';
export { proseSections } from './draft-parts';

/*
 * Story assembly: which headings, labels, bold lines, separators and
 * interview questions start a story, and which blocks belong to which STAR
 * section (SPEC §2, §8). Works on parsed blocks only; the sentence analysis of
 * each draft happens later, story by story, in model.ts.
 *
 * The document is cut into units at every heading that is not a STAR marker,
 * and each unit is read on its own: as a transcript (interviewer and candidate
 * lines), as a structured story (STAR markers), or as free prose. A unit whose
 * own text is not a story but whose sub-headings are (a collection title and
 * its intro), and a unit of notes, are set aside with their kind, so no
 * paragraph is left outside every story without a reason.
 */

/** Below this many words, a unit with neither markers nor speakers is notes, not a story. */
const MIN_PROSE_WORDS = 25;
/** A bold line longer than this is a sentence in bold, not a title. */
const MAX_TITLE_WORDS = 30;

interface Unit {
  title?: MarkedBlock;
  /** The heading depth, 7 for a bold-line title, 0 for none. */
  depth: number;
  /** Titled by a list item: a list of stories, where the next bold item starts the next story. */
  listed?: boolean;
  items: Item[];
}

/**
 * What story assembly read from a document's blocks, kept by block identity: the chunk cache hands back the same block
 * objects while their text stays in place, so an edit re-reads the blocks it touched only (reading every line of a
 * 200,000-word file was a third of an edit's cost). A chunk cache holds one for its document; a lint without one gets
 * its own, which goes with the lint. (Weak maps of the module, alive for good, made V8's young collector keep every
 * value of a lint's blocks until a full collection: about 15 KB of each story lint.)
 */
export class AssemblyMemo {
  /** Each block's items. Items are never changed once made. */
  readonly items = new WeakMap<MarkedBlock, Item[]>();
  /** Each unit's reading, by its title or first item. */
  readonly readings = new WeakMap<object, UnitReading>();
}

/** The memo of the assembly under way ({@link assembleStories} sets it for its own length). */
let memo: AssemblyMemo | undefined;

function itemsOf(block: MarkedBlock): Item[] {
  let items = memo?.items.get(block);
  if (!items) {
    items = readItems(block);
    memo?.items.set(block, items);
  }
  return items;
}

function readItems(block: MarkedBlock): Item[] {
  if (block.type !== 'paragraph') return [{ ref: { block, from: 0 }, block, marker: block.marker }];
  // Lines that open with a speaker ("Q:") or a STAR label ("R: sorted") start items of their own,
  // so notes written as one paragraph of labelled lines read like separate paragraphs.
  const cuts: number[] = [0];
  const lineMarkers = new Map<number, Marker>();
  // Lines that tag the story ("Question it answers: …") under its first line: "**Title**" over them is still a title.
  const tagLines = new Set<number>();
  // A chat message's header alone on its line ("**Tomasz Wilk** 10:02", "[02-Apr-24 11:41 PM] tomek_fom"): the message
  // under it is an item of its own, so a draft in it is titled by its own first line.
  const firstBreak = block.text.indexOf('\n');
  if (firstBreak > 0 && isHeaderLine(block.text.slice(0, firstBreak))) cuts.push(firstBreak + 1);
  for (let i = block.text.indexOf('\n'); i !== -1; i = block.text.indexOf('\n', i + 1)) {
    const end = block.text.indexOf('\n', i + 1);
    const line = block.text.slice(i + 1, end === -1 ? undefined : end);
    // "A:" alone as a paragraph's last line ("**T:** Mine.\n**A:**" with the list right under it) labels what follows.
    const m = labelMarker(line, undefined, end === -1);
    if (m) lineMarkers.set(i + 1, { ...m, contentStart: m.contentStart + i + 1 });
    if (m || speakerOf(line.slice(0, 60))) cuts.push(i + 1);
    else if (tagLineEnd(line) !== undefined) {
      cuts.push(i + 1);
      tagLines.add(i + 1);
    }
  }
  // The header's cut and a label's on the line under it are one cut.
  if (cuts[1] !== undefined && cuts[1] === cuts[2]) cuts.splice(2, 1);
  // "S: … half empty. A: I changed the booking. R: …": a paragraph or line that opens with a label may go on with more.
  if (block.marker || lineMarkers.size) {
    for (let k = cuts.length - 1; k >= 0; k--) {
      const at = cuts[k];
      const marker = at === 0 ? block.marker : lineMarkers.get(at);
      if (!marker) continue;
      const inline = inlineLabelsOf(block.text, marker.contentStart, k + 1 < cuts.length ? cuts[k + 1] - 1 : block.text.length);
      for (const [start, m] of inline) lineMarkers.set(start, m);
      cuts.splice(k + 1, 0, ...inline.map(([start]) => start));
    }
  }
  return cuts.map((from, k) => {
    const to = k + 1 < cuts.length ? cuts[k + 1] - 1 : undefined;
    const head = block.text.slice(from, from + 60);
    const item: Item = { ref: { block, from, to }, block };
    const marker = from === 0 ? block.marker : lineMarkers.get(from);
    // A letter label ("A:") is a marker until story assembly reads the unit around it.
    const speaker = marker ? undefined : speakerOf(head);
    if (speaker) item.speaker = speaker;
    else if (marker) item.marker = marker;
    else if (tagLines.has(from) || (from === 0 && tagLineEnd(block.text) !== undefined)) item.tag = true;
    else if (from === 0 && isBoldTitle(titleLine(block, cuts, tagLines, lineMarkers)) && !BYLINE.test(block.text)) item.boldTitle = true;
    return item;
  });
}

/**
 * A post's byline or series line in bold or italics ("*Posted by Dana · 8 min read*", "*From the classroom to data,
 * part 4*"): about the post, not a story's title.
 */
const BYLINE =
  /\b(?:posted|published|written by|min(?:ute)?s? read|cross-?posted|reposted|updated|edited|(?:part|episode) \d{1,2})\b|\u00b7/i;

/**
 * The block as its title would be: its first line alone when only tag lines follow it, or when a STAR label opens the
 * line under it ("**Camera truck, day 2**" over "S: the truck broke down …" with no blank line between), else the block.
 */
function titleLine(block: Block, cuts: readonly number[], tagLines: ReadonlySet<number>, markersAt: ReadonlyMap<number, Marker>): Block {
  if (cuts.length < 2 || !(markersAt.has(cuts[1]) || cuts.slice(1).every((c) => tagLines.has(c)))) return block;
  return { ...block, text: block.text.slice(0, cuts[1] - 1) };
}

function isBoldTitle(b: Block): boolean {
  // "**Tomasz Wilk** 11:47" heads a chat message, not a story.
  return !b.inList && isBoldLine(b) && !isHeaderLine(b.text);
}

function isBoldLine(b: Block): boolean {
  if (b.leadingEmphasis === undefined) return false;
  const em = b.leadingEmphasis.trim();
  const rest = b.text.trim();
  // One line, mostly bold: "**Tell me about a time you failed**", "**Q3: A time I failed** (Ownership)".
  if (!em || rest.includes('\n') || em.length < rest.length * 0.6) return false;
  const words = em.split(/\s+/).length;
  // "**Comments**", "**Notes**": one word is a title only when it names notes around the stories.
  if (words === 1) return isNotesTitle(em);
  // "*(payments backend, prepping for SDE II loops)*" under a name: a note on who wrote it, not a title.
  if (/^\(.*\)$/.test(em)) return false;
  // "_Sent to Marta (coach) 14 Feb. Her comments in [brackets]._": two sentences are a note, not a title; a question of two
  // ("**Tell me about a time you failed. What did you learn?**") is still the title.
  if (/[.!?]\s+\p{Lu}/u.test(em) && !isQuestionTitle(em)) return false;
  return words <= MAX_TITLE_WORDS;
}

/** Most words a plain line standing as a title has ("Stock count discrepancy, Daventry site (Q1)"). */
const MAX_PLAIN_TITLE_WORDS = 12;

/**
 * A plain one-line paragraph that reads as a title, not a sentence: a few words, no closing punctuation, nothing else
 * in its block ("Pressure injuries", "A. Missed dispatch, launch stock for Brightwell Toys").
 */
function isPlainTitle(b: Block, it: Item): boolean {
  if (b.type !== 'paragraph' || b.inList || it.marker || it.tag || it.ref.to !== undefined) return false;
  const line = b.text.trim();
  // A letter that enumerates titles ("A. Missed dispatch") reads like an answer's "A." only without a STAR label under it.
  if (it.speaker && !/^[A-Z][.)] /.test(line)) return false;
  if (!line || line.includes('\n') || /[.!?;:,]$/.test(line) || !/^[\p{L}\p{N}]/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= MAX_PLAIN_TITLE_WORDS;
}

/** A block that opens a story with its first STAR label: a plain line right above it is that story's title. */
function opensStory(b: MarkedBlock | undefined): boolean {
  const first = b && b.type !== 'heading' ? itemsOf(b)[0]?.marker : undefined;
  return !!first && (first.kinds[0] === 'situation' || first.kinds[0] === 'task');
}

/** A one-line bold or italic paragraph that asks a question ("*And the outcome?*", "*Tell me about a time you …*"). */
function isEmphasizedQuestion(b: MarkedBlock): boolean {
  return b.type === 'paragraph' && itemsOf(b)[0]?.boldTitle === true && isQuestionTitle(b.text);
}

/** Blocks looked at after an emphasized question for the next one. */
const QUESTION_REACH = 8;

/**
 * Whether the emphasized question at `at` is the interviewer's, in a run of questions whose answers are plain
 * paragraphs: a follow-up ("*And the outcome?*") always is; an opening question ("*Tell me about a time …*") is
 * when a follow-up comes next. An opening question alone stays the title of the story under it.
 */
function askedInRun(blocks: MarkedBlock[], at: number): boolean {
  const b = blocks[at];
  if (!isEmphasizedQuestion(b)) return false;
  const opening = isOpeningQuestion(b.text);
  // A follow-up is the interviewer's when a question stands near before it, in the same run.
  if (!opening) return nearQuestion(blocks, at, -1) !== undefined;
  const next = nearQuestion(blocks, at, 1);
  return next !== undefined && !isOpeningQuestion(blocks[next].text);
}

/** The nearest emphasized question from `at` in the direction `step`, within reach and before a heading. */
function nearQuestion(blocks: MarkedBlock[], at: number, step: 1 | -1): number | undefined {
  for (let k = at + step, n = 0; k >= 0 && k < blocks.length && n < QUESTION_REACH; k += step, n++) {
    if (blocks[k].type === 'heading' || blocks[k].type === 'break') return undefined;
    if (isEmphasizedQuestion(blocks[k])) return k;
  }
  return undefined;
}

/** Cuts the document into units at every heading that is not a STAR marker, and at bold-line titles. */
function unitsOf(blocks: MarkedBlock[]): Unit[] {
  const units: Unit[] = [];
  let cur: Unit = { depth: 0, items: [] };
  const push = () => {
    if (cur.title || cur.items.length) units.push(cur);
  };
  // The depth of the unit's section headings: a heading below them ("#### Phase one" under "### Action") stays in its section.
  let sectionDepth = Infinity;
  const interviewers = namedInterviewersOf(blocks);
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (b.type === 'heading' && b.marker) sectionDepth = Math.min(sectionDepth, b.depth);
    // Below the section headings, or beside them ("### Follow-ups" after "### Result"), a heading stays in the story.
    if (b.type === 'heading' && !b.marker && b.depth >= sectionDepth && !followedByMarkers(blocks, bi)) {
      cur.items.push({ ref: { block: b, from: 0 }, block: b });
      continue;
    }
    if (b.type === 'heading' && !b.marker) {
      sectionDepth = Infinity;
      push();
      cur = { title: b, depth: b.depth, items: [] };
      continue;
    }
    for (const it of itemsOf(b)) {
      // "**Dev:** Tell me about a time …" over "**Me:** …" answers: the interviewer, called by name.
      // A list item quoting them ("- Dev: \"what would you do differently?\" I had no answer") is a note on the session.
      if (interviewers.size && it.ref.from === 0 && !it.speaker && !it.marker && b.type === 'paragraph' && !b.inList) {
        const label = nameLabel(b.text);
        if (label && interviewers.has(label.name)) {
          cur.items.push({ ...it, boldTitle: undefined, speaker: 'interviewer' });
          continue;
        }
      }
      // "*Tell me about a time …*" then "*What did you do yourself?*": questions in italics or bold, the answers plain.
      if (it.boldTitle && askedInRun(blocks, bi)) {
        cur.items.push({ ...it, boldTitle: undefined, speaker: 'interviewer' });
        continue;
      }
      // "*Two deals, one loss and one win, and how I tell them*" between the post's H1 and its byline: a standfirst, not a
      // story's title.
      const prev = blocks[bi - 1];
      const next = blocks[bi + 1];
      if (it.boldTitle && prev?.type === 'heading' && prev.depth === 1 && next?.type === 'paragraph' && BYLINE.test(next.text)) {
        cur.items.push({ ...it, boldTitle: undefined });
        continue;
      }
      // "## Seller dashboard in 3 weeks" over "*Tight deadline*" over the STAR labels: a line all in emphasis right under a
      // heading below the top level, with nothing between, is the heading's subtitle; the heading titles the story.
      if (
        it.ref.from === 0 &&
        prev?.type === 'heading' &&
        prev.depth >= 2 &&
        cur.title === prev &&
        !cur.items.length &&
        isWholeLineBold(b) &&
        !it.marker &&
        !it.speaker &&
        (opensStory(next) || (next?.type === 'heading' && !!next.marker))
      ) {
        // Set aside like a tag line ("*Tight deadline*" names the question it answers), not told as part of the story.
        cur.items.push({ ...it, boldTitle: undefined, tag: true });
        continue;
      }
      // "**Why this story**" under a story told in STAR labels, with no label before the next title: the writer's word on
      // the story, which stays in it (the line itself set aside like a tag line).
      if (it.boldTitle && it.ref.from === 0 && asideOfStory(blocks, bi, cur)) {
        cur.items.push({ ...it, boldTitle: undefined, tag: true });
        continue;
      }
      // A title is a bold line, or a plain line or a bold list item ("1. **Overflow to 3PL**") right over a STAR label.
      // A chat message's header ("Tomasz Wilk 11:47" over a labelled draft) titles nothing: read only of a title found.
      const titles =
        (it.boldTitle ||
          listStoryTitle(blocks, bi, it, cur) ||
          oneBoldWordOver(blocks, bi, it) ||
          questionTitleOver(blocks, bi, it) ||
          (it.ref.from === 0 &&
            (isPlainTitle(b, it) || (b.inList && !it.marker && !it.speaker && isBoldLine(b))) &&
            opensStory(blocks[bi + 1]))) &&
        !(it.ref.from === 0 && isHeaderLine(b.text.split('\n', 1)[0]));
      if (titles) {
        push();
        cur = { title: b, depth: 7, items: [], listed: b.inList || undefined };
        continue;
      }
      cur.items.push(it);
    }
  }
  push();
  return units;
}

const NO_INTERVIEWERS: ReadonlySet<string> = new Set();

/** The names an interviewer goes by in the file ({@link namedInterviewers}), read from its paragraphs' first lines. */
function namedInterviewersOf(blocks: MarkedBlock[]): ReadonlySet<string> {
  // Most files have no "Me:" answers: found with no allocation, before any line is read (a journal of 30,000 paragraphs
  // is read on every edit).
  if (!blocks.some((b) => b.type === 'paragraph' && !b.inList && itemsOf(b)[0]?.speaker === 'candidate')) return NO_INTERVIEWERS;
  const lines: Array<{ line: string; speaker?: Speaker; marked: boolean }> = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph' || b.inList) continue;
    const first = itemsOf(b)[0];
    const end = b.text.indexOf('\n');
    lines.push({ line: end < 0 ? b.text : b.text.slice(0, end), speaker: first?.speaker, marked: !!first?.marker });
  }
  return namedInterviewers(lines);
}

/**
 * A numbered or bulleted list of stories, each item a bold title ("1. **Win-back email program** (for: results you're
 * proud of)") with its story indented under it: each title starts a story. Needs two such items, each over a paragraph
 * of prose or a STAR label, and no STAR label or long paragraph before them in the unit: a list of steps in an Action,
 * or in a story told as prose, stays in its story.
 */
function listStoryTitle(blocks: MarkedBlock[], at: number, it: Item, cur: Unit): boolean {
  if (it.ref.from !== 0 || it.marker || it.speaker || it.tag || !isListStoryHead(blocks, at)) return false;
  // Under the file's title (or none), or after another story of the list; under a story's own heading it is its steps.
  // A STAR label before the list is a story's (its Action's steps); in a story of the list, it is that story's own.
  if (!(cur.depth <= 1 || cur.listed) || (!cur.listed && cur.items.some((x) => x.marker))) return false;
  for (let k = at + 1; k < blocks.length && k <= at + LIST_REACH; k++) {
    if (blocks[k].type === 'heading' || blocks[k].type === 'break') break;
    if (isListStoryHead(blocks, k)) return true;
  }
  for (let k = at - 1; k >= 0 && k >= at - LIST_REACH; k--) {
    if (blocks[k].type === 'heading' || blocks[k].type === 'break') break;
    if (isListStoryHead(blocks, k)) return true;
  }
  return false;
}

/** Fewest words of the prose under a list item's title that make it a story. */
const LIST_STORY_WORDS = 20;

/** Blocks looked at around a list item's title for another. */
const LIST_REACH = 40;

/** A list item of one line that is a bold title, with at most a short aside after it, right over its story. */
function isListStoryHead(blocks: MarkedBlock[], at: number): boolean {
  const b = blocks[at];
  if (b.type !== 'paragraph' || !b.inList || b.marker || !b.leadingEmphasis || b.text.includes('\n')) return false;
  const em = b.leadingEmphasis.trim();
  if (!em || /[.!?:]$/.test(em) || em.split(/\s+/).length > MAX_PLAIN_TITLE_WORDS) return false;
  const rest = b.text
    .slice(b.text.indexOf(em) + em.length)
    .replace(/^[*_]+/, '')
    .trim();
  if (rest && !/^\(.{0,80}\)$/.test(rest) && !/^[\u2014\u2013-]\s.{0,60}$/.test(rest)) return false;
  const next = blocks[at + 1];
  if (next?.type !== 'paragraph' || !next.inList) return false;
  const first = itemsOf(next)[0];
  return opensStory(next) || (!first.marker && !first.speaker && !isListStoryHeadShape(next) && wordCount([first]) >= LIST_STORY_WORDS);
}

/** The shape of a list story's title alone: a bold start and nothing long after it. */
function isListStoryHeadShape(b: MarkedBlock): boolean {
  return !!b.leadingEmphasis && !b.text.includes('\n') && b.text.trim().length - b.leadingEmphasis.trim().length < 84;
}

/**
 * One bold word right over an interview question or a STAR label ("**Leadership**", the competency asked about), where
 * no story heading stands above it: the story's title. Elsewhere a lone bold word is emphasis or a notes heading.
 */
function oneBoldWordOver(blocks: MarkedBlock[], at: number, it: Item): boolean {
  const b = blocks[at];
  if (it.ref.from !== 0 || it.marker || it.speaker || b.type !== 'paragraph' || b.inList || !isWholeLineBold(b)) return false;
  if (!/^[\p{L}&-]+$/u.test(b.leadingEmphasis?.trim() ?? '')) return false;
  const prev = blocks[at - 1];
  if (prev?.type === 'heading' && prev.depth > 1) return false;
  const next = blocks[at + 1];
  return opensStory(next) || (!!next && next.type !== 'heading' && itemsOf(next)[0]?.speaker === 'interviewer');
}

/**
 * A question written as a bold line right over STAR labels ("**Q2: Process improvement: the rota sheet**", then
 * "**Situation:** …"): the story's title, as in a prep doc, not an interviewer's line opening a transcript.
 */
function questionTitleOver(blocks: MarkedBlock[], at: number, it: Item): boolean {
  const b = blocks[at];
  return it.speaker === 'interviewer' && it.ref.from === 0 && !b.inList && isWholeLineBold(b) && opensStory(blocks[at + 1]);
}

/** One line, all of it bold or italic ("**Q1: The overbooked wedding**"). */
function isWholeLineBold(b: Block): boolean {
  const em = b.leadingEmphasis?.trim();
  const text = b.text.trim();
  return !!em && !text.includes('\n') && em.length >= text.replace(/^[*_\s]+|[*_\s]+$/g, '').length - 1;
}

/**
 * A paragraph in square brackets that opens with a name and a colon ("[Dan: too thin. What was the number before?]"): a
 * coach's or a reader's comment on the draft, not the writer's story. A link ("[Old draft](old.md)") is no comment.
 */
function isBracketedNote(it: Item): boolean {
  if (it.ref.from !== 0 || it.ref.to !== undefined || it.block.type !== 'paragraph' || it.block.inList) return false;
  const t = it.block.text.trim();
  return /^\[[\p{L}][\p{L} .'-]{0,30}:\s/u.test(t) && t.endsWith(']') && !t.includes('](');
}

/**
 * A paragraph in italics or bold from its first word that opens with a name and a colon ("*Tom: is this a conflict story or
 * a process story?*", "*note to self: ask Jess for the link*"): a reader's comment or a note to self, every line of it,
 * even one that reads like a speaker ("*me: keep as conflict for now*"). A label in bold alone ("**Tom:** …") is no note.
 */
function isEmphasisedNote(it: Item): boolean {
  const b = it.block;
  if (it.marker || b.type !== 'paragraph' || b.inList || !b.leadingEmphasis) return false;
  const em = b.leadingEmphasis.trim();
  if (!/^(?:\p{Lu}[\p{L}'-]{1,20}|note to self|notes? to me)\s*:\s+\S/iu.test(em) || speakerOf(em) === 'interviewer') return false;
  // The emphasis runs the whole first line: a comment, not a name opening a sentence of the story.
  const firstLine = b.text.split('\n', 1)[0].trim();
  return em.length >= firstLine.length - 2;
}

/**
 * "> **Priya:** this sounds like you're blaming him" under a labelled draft: a comment by someone named, quoted under the
 * story, not its text. Only a name that is no speaker role ("Me", "Interviewer", "Q") and only in a quote.
 */
function isQuotedComment(it: Item, text: string): boolean {
  const b = it.block;
  if (it.marker || it.speaker || it.ref.from !== 0 || b.type !== 'paragraph' || b.inList || !b.leadingEmphasis) return false;
  // "**Priya:** …" or "**Priya**: …": a name and its colon, inside the emphasis or right after it.
  const em = b.leadingEmphasis.trim();
  // A name as people write it, a forum handle too ("pallet_jacqueline"): one word.
  const name = /^([\p{L}\d_][\p{L}\p{M}\d_.'-]{1,30})\s*(:?)$/u.exec(em);
  if (!name || (!name[2] && !/^\s*:/.test(b.text.trimStart().slice(em.length)))) return false;
  if (speakerOf(`${name[1]}: x`) !== undefined) return false;
  const lineStart = text.lastIndexOf('\n', b.start - 1) + 1;
  return /^\s*>/.test(text.slice(lineStart, b.start + 1));
}

const STORY_ASIDE = new RegExp(`^[\\s*_]*(?:${STORY_ASIDE_TITLES.join('|')})[\\s*_:]*$`, 'i');

/**
 * A bold line naming the writer's word on the story ({@link STORY_ASIDE_TITLES}) in a unit already told in STAR labels, with
 * no label after it before the next heading or bold title: not the title of another story.
 */
function asideOfStory(blocks: MarkedBlock[], at: number, cur: Unit): boolean {
  if (!STORY_ASIDE.test(blocks[at].text) || !cur.items.some((it) => it.marker)) return false;
  return !followedByMarkers(blocks, at, (b) => b.type === 'heading' || (b.type === 'paragraph' && !!itemsOf(b)[0]?.boldTitle));
}

/**
 * Whether STAR markers follow a heading before the next heading of its depth or above (or before the block `endsRun`
 * names): it titles a story of its own.
 */
function followedByMarkers(
  blocks: MarkedBlock[],
  at: number,
  endsRun = (b: MarkedBlock) => b.type === 'heading' && b.depth <= blocks[at].depth,
): boolean {
  // Bounded look-ahead: a heading is judged by what follows it closely (10,000 headings stay linear).
  for (let i = at + 1; i < blocks.length && i <= at + 40; i++) {
    const b = blocks[i];
    if (endsRun(b)) return false;
    if (b.marker) return true;
  }
  return false;
}

/**
 * Letter labels ("A:", "**S:**") name STAR parts only beside other letters: in
 * a unit with an interviewer, a lone "A:" is the candidate's answer.
 */
function letterMarkersCount(items: Item[]): boolean {
  const letters = new Set<SectionKind>();
  for (const it of items) if (it.marker?.letter) letters.add(it.marker.kinds[0]);
  const hasInterviewer = items.some((it) => it.speaker === 'interviewer');
  if (!hasInterviewer) return letters.size >= 2 || items.some((it) => it.marker?.letter && !it.marker.plain);
  return letters.has('situation') || letters.has('task') || letters.has('result');
}

function normalise(items: Item[]): Item[] {
  const letters = letterMarkersCount(items);
  return items.map((it) => {
    if (!it.marker?.letter || letters) return it;
    const { marker, ...rest } = it;
    // "A: …" in a transcript is an answer; the label is cut off like a speaker's.
    if (marker.kinds[0] === 'action') return { ...rest, speaker: 'candidate' as Speaker };
    return rest;
  });
}

/** Reads a document's blocks into story drafts and asides, reusing what `kept` holds of an earlier reading of them. */
export function assembleStories(blocks: MarkedBlock[], text: string, kept = new AssemblyMemo()): Assembly {
  const outer = memo;
  memo = kept;
  try {
    return assemble(blocks, text);
  } finally {
    memo = outer;
  }
}

function assemble(blocks: MarkedBlock[], text: string): Assembly {
  const drafts: DraftStory[] = [];
  const asides: Aside[] = [];
  const readings = unitsOf(blocks).map(readingOf);
  const units = readings.map((r) => r.normalised);
  // Where a post's opening can be: no unit before it holds anything. Found once, not per unit (a file has thousands).
  const firstContent = units.findIndex((u) => u.items.length > 0);
  // A pasted chat thread runs across headings and bold titles: its comments are found over the whole file.
  const thread = readThread(
    units.flatMap((u) => u.items),
    itemText,
  );
  // A file whose every unit is short prose is still a story file: its prose is the story.
  const anyLong = readings.some((r) => {
    const f = factsOf(r);
    return f.signalled || (f.prose && f.words >= MIN_PROSE_WORDS);
  });
  const isStoryUnit = (r: UnitReading) => {
    const f = factsOf(r);
    if (f.signalled) return true;
    if (!f.prose) return false;
    return !anyLong || f.words >= MIN_PROSE_WORDS;
  };
  const aside = (kind: AsideKind, start: number, end: number) => asides.push({ kind, start, end });
  units.forEach((u, i) => {
    const story = isStoryUnit(readings[i]);
    // A heading over deeper headings that are stories is a collection title; its own text an intro.
    const next = units[i + 1];
    const isParent = u.title && next && next.depth > u.depth && u.depth < 7;
    // "Me: own an online bookshop since 2018." under a collection's title, with no label and no interviewer: a few words on
    // who the writer is, not a transcript's answer.
    const aboutMe = meWithNoInterviewer(u.items) && u.items.every((it) => !it.marker) && wordCount(u.items) < MIN_PROSE_WORDS;
    const hasMarkersOrSpeakers = factsOf(readings[i]).anySignal && !aboutMe;
    // The file's opening words about the stories that follow ("Two of my stories are below …") are an intro too.
    // A background line in it ("Background: B2C marketplaces for four years") does not make it a story.
    // An email's or a post's opening ("Subject: …", "Hi Priya,", "Posted in …") over a story told below it is one too.
    // The first unit with any content: a post's standfirst in italics under its title starts a unit of its own.
    const opening =
      (firstContent < 0 || i <= firstContent) &&
      !u.items.some((it) => signalsStory(it, true)) &&
      talksAboutTheStories(u) &&
      (units.slice(1).some((x) => x.items.some((it) => it.marker || it.speaker)) ||
        (opensAsWrapper(u.items) && readings.slice(1).some(isStoryUnit)));
    // A heading over notes only ("How I practise", "Still to do"), whose own words are about the stories: a prep
    // repository's README, with no story in it.
    const overNotes = isParent && !hasMarkersOrSpeakers && onlyNotesBelow(units, i) && talksAboutTheStories(u);
    if ((isParent && !hasMarkersOrSpeakers && childStories(units, i)) || opening || overNotes) {
      if (!u.title) {
        for (const it of u.items) aside(it.tag ? 'tag-line' : 'intro', startOf(it.ref), endOf(it.ref));
        return;
      }
      aside('collection-title', u.title!.start, u.title!.end);
      for (const it of u.items) aside(it.tag ? 'tag-line' : 'intro', startOf(it.ref), endOf(it.ref));
      return;
    }
    if (!story || bujoDay(u)) {
      if (u.title) aside(isParent ? 'collection-title' : 'notes', u.title.start, u.title.end);
      for (const it of u.items)
        aside(it.tag ? 'tag-line' : it.block.type === 'break' ? 'separator' : 'notes', startOf(it.ref), endOf(it.ref));
      return;
    }
    const reading = storiesOf(readings[i], text, thread);
    for (const a of reading.asides) asides.push(a);
    for (const d of reading.drafts) drafts.push(d);
  });
  return { drafts, asides };
}

/**
 * What a unit reads as, cached by the unit's first block or item: while a unit
 * has the same title and the same items (the chunk cache keeps block objects,
 * and {@link itemsOf} their items, while their text stays in place), its
 * labels are normalised and its stories read once, not on every edit of
 * another story. Drafts are never changed once made.
 */
interface UnitReading {
  title?: MarkedBlock;
  depth: number;
  items: Item[];
  normalised: Unit;
  facts?: UnitFacts;
  stories?: Assembly;
  /** Each item's block's `shift` when its stories were read (the title's first): where the unit stood then. */
  storiesAt?: number[];
  /** Which items were chat comments when its stories were read, one digit per item. */
  commented?: string;
}

/** What deciding whether a unit is a story reads from it. */
interface UnitFacts {
  /** Some item is a STAR marker or a speaker. */
  anySignal: boolean;
  /** So is some item of its content (no tag lines, separators or plain headings). */
  signalled: boolean;
  /** It may be free prose: its title is no notes title and its content has words. */
  prose: boolean;
  /** Words in its content. */
  words: number;
}

function factsOf(r: UnitReading): UnitFacts {
  if (r.facts) return r.facts;
  const u = r.normalised;
  const content = u.items.filter((it) => !it.tag && it.block.type !== 'break' && (it.block.type !== 'heading' || it.marker));
  const words = wordCount(content);
  r.facts = {
    anySignal: u.items.some((it) => it.marker || it.speaker),
    signalled: content.some((it) => it.marker || it.speaker),
    prose: !(u.title && isNotesTitle(u.title.text)) && words > 0 && !isAdviceList(content) && !isJournalEntry(content),
    words,
  };
  return r.facts;
}

/**
 * Words that open a tip to the reader, not a step of a story: "Write the story, then cut the first third", "Practise out
 * loud with a timer", "Don't translate your old job into fake tech words". Past forms that read the same ("put", "cut",
 * "read") are left out: note-form stories open their lines with them.
 */
const ADVICE_OPENERS = words`
  write practise practice keep use make start say tell lead add pick prepare know focus avoid be ask bring record name
  quantify own show get try remember stop give take drop spend think choose find don't dont do never always aim include
  mention explain skip trim rehearse structure frame state match save treat check expect prep build learn go let talk answer
  lean swap stick speak slow pause have
`;

/** A bullet journal's line: a signifier, then a short task or note ("→ Kezia probation paperwork", "✓ Call HR"). */
const JOURNAL_LINE = /^\s*[\u2192\u2713\u2714\u2022\u2605\u2606\u2717\u00d7\u2013\u2014]\s+\S/u;

/** Most words of a bullet journal's line: a task or a note, not a paragraph of a story. */
const MAX_JOURNAL_WORDS = 20;

/**
 * A unit whose every line is a bullet journal's task or note ("**Tue 2 Apr**" over "→ Kezia probation paperwork (from
 * Mar)", "✓ Call Harrow Court HR"): a day's to-dos, not a story.
 */
function isJournalEntry(content: Item[]): boolean {
  if (!content.length) return false;
  return content.every((it) =>
    itemText(it)
      .split('\n')
      .every((line) => !line.trim() || (JOURNAL_LINE.test(line) && line.split(/\s+/).length <= MAX_JOURNAL_WORDS)),
  );
}

/** Fewest items of a list of tips. */
const MIN_ADVICE_ITEMS = 3;

/**
 * A unit whose content is a list of tips to the reader ("## What actually helped" over "- **Write the story, then cut the
 * first third.**", "- Practise out loud with a timer"): a post's advice around its stories, not a story told in prose.
 */
function isAdviceList(content: Item[]): boolean {
  const listed = content.filter((it) => it.block.inList);
  if (listed.length < MIN_ADVICE_ITEMS || listed.length < content.length - 1) return false;
  let tips = 0;
  for (const it of listed) {
    const first = /^[^\p{L}]*([\p{L}'\u2019]+)/u.exec(itemText(it))?.[1]?.toLowerCase().replace('\u2019', "'");
    if (first && ADVICE_OPENERS.has(first)) tips++;
  }
  return tips >= MIN_ADVICE_ITEMS && tips >= listed.length * 0.75;
}

function readingOf(u: Unit): UnitReading {
  const key = u.title ?? u.items[0];
  const hit = memo!.readings.get(key);
  if (hit && hit.title === u.title && hit.depth === u.depth && sameItems(hit.items, u.items)) return hit;
  const reading = { title: u.title, depth: u.depth, items: u.items, normalised: { ...u, items: normalise(u.items) } };
  memo!.readings.set(key, reading);
  return reading;
}

function sameItems(a: readonly Item[], b: readonly Item[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A unit's stories and the text it sets aside, read once per reading. A unit
 * moved whole by an edit before it (the chunk cache moves its blocks in place)
 * keeps its reading; its stories are moved by copying the drafts' offsets, the
 * blocks they point to being the same.
 */
function storiesOf(reading: UnitReading, text: string, thread: Thread): Assembly {
  // Which of its items are comments in a chat thread depends on the whole file: a change there reads the unit again.
  const commented = thread.comments.size
    ? reading.normalised.items.map((it) => (thread.comments.has(it) ? '1' : thread.starts.has(it) ? '2' : '0')).join('')
    : '';
  if (reading.stories && reading.commented !== commented) reading.stories = undefined;
  reading.commented = commented;
  if (reading.stories) {
    const by = movedBy(reading);
    if (by === 0) return reading.stories;
    if (by !== undefined) {
      reading.stories = moveAssembly(reading.stories, by);
      const at = reading.storiesAt!;
      for (let k = 0; k < at.length; k++) at[k] += by;
      return reading.stories;
    }
  }
  const asides: Aside[] = [];
  const drafts = storiesOfUnit(reading.normalised, text, (kind, start, end) => asides.push({ kind, start, end }), thread);
  reading.stories = { drafts, asides };
  reading.storiesAt = shiftsOf(reading);
  return reading.stories;
}

/** Where the unit's blocks stand: each one's `shift` (the offset its map counts from). */
function shiftsOf(r: UnitReading): number[] {
  const out = r.title ? [r.title.shift] : [];
  for (const it of r.items) out.push(it.block.shift);
  return out;
}

/** How far every block of the unit moved since its stories were read, or undefined when they did not all move alike. */
function movedBy(r: UnitReading): number | undefined {
  const was = r.storiesAt!;
  let k = 0;
  const by = (r.title ?? r.items[0].block).shift - was[0];
  if (r.title) k++;
  for (const it of r.items) if (it.block.shift - was[k++] !== by) return undefined;
  return by;
}

function moveAssembly(a: Assembly, by: number): Assembly {
  return {
    drafts: a.drafts.map((d) => {
      const moved: DraftStory = {
        ...d,
        titleStart: d.titleStart + by,
        titleEnd: d.titleEnd + by,
        sections: d.sections.map((s) => ({ ...s, markerStart: s.markerStart + by, markerEnd: s.markerEnd + by })),
      };
      if (d.tagLines) moved.tagLines = d.tagLines.map(([s, e]) => [s + by, e + by]);
      if (d.question) moved.question = { ...d.question, start: d.question.start + by, end: d.question.end + by };
      movedRange(d, moved, by);
      return moved;
    }),
    asides: a.asides.map((x) => ({ ...x, start: x.start + by, end: x.end + by })),
  };
}

const ABOUT_THE_STORIES = new RegExp(
  String.raw`\b(?:stories|answers|drafts|feedback|below|this (?:file|page|doc|post|repo)|these notes|prep(?:aring|aration)?|` +
    String.raw`practi[sc]e|loops?|interviews?|questions|behaviou?ral)\b`,
  'i',
);

/** A short opening that speaks of the stories themselves: preparing, the loop, "below", "these stories". */
function talksAboutTheStories(u: Unit): boolean {
  const text = u.items.map(itemText).join(' ');
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words > 0 && words <= 150 && ABOUT_THE_STORIES.test(text);
}

/**
 * A bullet-journal day: under a date ("**Mon 4 Mar**", "## Wed 8"), three lines or more, nearly all opening on its
 * signifiers, of two kinds at least ("\u2713 Rota for Easter", "\u2192 Call pharmacy (moved to Tue)", "\u2013 Deputy
 * interview is 21st"). The day's log, not a story; a story told in such bullets under its own title stays a story.
 */
function bujoDay(u: Unit): boolean {
  if (!u.title || !DAY_TITLE.test(u.title.text.trim())) return false;
  if (u.items.some((it) => it.marker || it.speaker)) return false;
  const lines = u.items.flatMap((it) => itemText(it).split('\n')).filter((l) => l.trim());
  if (lines.length < 3) return false;
  const kinds = new Set<string>();
  let marked = 0;
  for (const line of lines) {
    const m = BUJO_SIGNIFIER.exec(line);
    if (!m) continue;
    marked++;
    kinds.add(m[1]);
  }
  return kinds.size >= 2 && marked >= 0.75 * lines.length;
}

/** A day as a journal dates it: "Mon 4 Mar", "Wed 8", "Thursday 2nd May". */
const DAY_TITLE =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+\p{L}{3,9}\.?)?$/iu;

/** A bullet-journal signifier opening a line: done, moved, task, cancelled, starred, or a note's dash. */
const BUJO_SIGNIFIER = /^\s*([\u2713\u2714\u2717\u2718\u00d7\u2192\u2022\u25cb\u25e6\u2605\u2606\u21d2]|\u2013(?=\s))/u;

function onlyNotesBelow(units: Unit[], i: number): boolean {
  const depth = units[i].depth;
  let any = false;
  for (let j = i + 1; j < units.length && units[j].depth > depth; j++) {
    const t = units[j].title;
    if (!t || !isNotesTitle(t.text)) return false;
    any = true;
  }
  return any;
}

function childStories(units: Unit[], i: number): boolean {
  const depth = units[i].depth;
  for (let j = i + 1; j < units.length && units[j].depth > depth; j++) {
    const u = units[j];
    // "**Comments**" under a story holds notes about it, not a story of its own.
    if (u.title && isNotesTitle(u.title.text)) continue;
    if (u.items.some((it) => it.marker || it.speaker) || wordCount(u.items) >= MIN_PROSE_WORDS) return true;
  }
  return false;
}

/** One unit's stories: split at separators, then read as a transcript, a structured story or free prose. */
function storiesOfUnit(u: Unit, text: string, aside: AsideSink, thread: Thread): DraftStory[] {
  const parts: Item[][] = [[]];
  // Tag lines ("Principles: Dive Deep") are no story text, but they tag the story of their part.
  const tags: Array<Array<[number, number]>> = [[]];
  // After "Follow-ups to expect:", the list under it is the writer's notes, not the story.
  let notesRun = false;
  // From a forum reply's header on ("> **Reply from** *rx_to_ops* · 2 days ago"), the thread's replies: no story.
  let replies = false;
  // Parts that hold a draft the writer posted in a chat thread: stories, however short.
  const drafted = new Set<number>();
  // A quoted line under a name is someone's comment on the draft above it, not a transcript's turn: in a unit told in STAR
  // labels, or after prose that opens on no such line (a transcript between named people opens on one).
  const labelled = u.items.some((it) => it.marker) || (u.items.length > 0 && !isQuotedComment(u.items[0], text));
  for (const it of u.items) {
    if (thread.comments.has(it)) {
      aside('notes', startOf(it.ref), endOf(it.ref));
      continue;
    }
    // Each of the writer's drafts in a chat thread is a story of its own, as after a separator.
    if (thread.starts.has(it)) {
      if (parts[parts.length - 1].length) {
        parts.push([]);
        tags.push([]);
      }
      drafted.add(parts.length - 1);
    }
    if (replies || (!it.marker && !it.speaker && it.ref.from === 0 && REPLY_HEADER.test(itemText(it)))) {
      replies = true;
      aside('notes', startOf(it.ref), endOf(it.ref));
      continue;
    }
    if (notesRun && it.block.inList && !it.marker && !it.speaker) {
      aside('notes', startOf(it.ref), endOf(it.ref));
      continue;
    }
    notesRun = false;
    if (isNoteToSelf(it)) {
      aside('notes', startOf(it.ref), endOf(it.ref));
      continue;
    }
    if (isNotesOpener(it) || isChecklistItem(it)) {
      aside('notes', startOf(it.ref), endOf(it.ref));
      notesRun = !it.block.inList;
      continue;
    }
    if (it.block.type === 'break') {
      aside('separator', it.block.start, it.block.end);
      if (parts[parts.length - 1].length) {
        parts.push([]);
        tags.push([]);
      }
      continue;
    }
    if (it.tag) {
      aside('tag-line', startOf(it.ref), endOf(it.ref));
      tags[tags.length - 1].push([startOf(it.ref), endOf(it.ref)]);
      continue;
    }
    if (isBracketedNote(it) || isEmphasisedNote(it) || (labelled && isQuotedComment(it, text))) {
      aside('notes', startOf(it.ref), endOf(it.ref));
      continue;
    }
    parts[parts.length - 1].push(it);
  }
  const out: DraftStory[] = [];
  const several = parts.filter((p) => p.length).length > 1;
  // An H1 over several stories told between separators names the collection, not its first story: "# Dispatcher stories"
  // over two labelled stories split by "---". Each story is then titled by its own first line.
  // A heading over a pasted chat thread names the thread ("# #sre-interview-prep — thread export"): each draft in it is
  // titled by its own first line. A title under a message's header ("**Ana** 7:33" over "**Why Kafka?**") is the draft's.
  const collection =
    (u.title?.type === 'heading' &&
      u.title.depth === 1 &&
      parts.filter((p, k) => p.some((it) => it.marker) && !isCommentary(p, k === 0, k === 0)).length > 1) ||
    (!!u.title && thread.starts.size > 0 && !!u.items[0] && opensMessage(u.items[0], itemText));
  if (collection && u.title) aside('collection-title', u.title.start, u.title.end);
  let carried: Block | undefined;
  parts.forEach((all, k) => {
    if (!all.length) return;
    let items = all;
    let title = k === 0 && !collection ? u.title : carried;
    carried = undefined;
    // A draft posted in a chat thread under its own title line ("**"Tell me about a time you …"**", "Search latency"): that
    // line titles it.
    const head = items[0];
    const line = itemText(head).trim();
    if (drafted.has(k) && items.length > 1 && !head.marker && !line.includes('\n') && (isWholeLineBold(head.block) || shortTitle(line))) {
      title = { ...head.block, text: line, start: startOf(head.ref), end: endOf(head.ref) };
      items = items.slice(1);
    }
    // Between separators, a short piece with no labels or speakers is a note around the stories ("Gemma's verdict: …",
    // "Next week: the disagreement story. Leave a comment."), not a story of its own; over it, the post's title.
    if (several && !drafted.has(k) && isCommentary(items, k === 0 && !!title, k === 0)) {
      if (!(title && isQuestionTitle(title.text))) {
        if (title) aside('collection-title', title.start, title.end);
        for (const it of items) aside(k === 0 && title ? 'intro' : 'notes', startOf(it.ref), endOf(it.ref));
        return;
      }
      // A post titled with the question, opening with a few words about the post ("Hi all, first post …") over an
      // answer in labels: the opening is an intro, and the title the answer's.
      if (k === 0 && parts[1]?.some((it) => it.marker || it.speaker)) {
        for (const it of items) aside('intro', startOf(it.ref), endOf(it.ref));
        carried = title;
        return;
      }
    }
    // "Question: \"Tell me about a conflict with another team\"" under the story's title, over its STAR labels: the question
    // the story answers, set aside, not a transcript of one question and no answers.
    let asked: Item | undefined;
    if (title && items[0]?.speaker === 'interviewer' && items.slice(1).every((it) => !it.speaker) && items.some((it) => it.marker)) {
      asked = items[0];
      aside('interviewer', startOf(asked.ref), endOf(asked.ref));
      items = items.slice(1);
    }
    // "Me: transport planner for the north" under a Task label, with STAR labels around it and no interviewer anywhere:
    // the writer's note on their role, not a transcript's answer.
    if (meWithNoInterviewer(items) && new Set(items.flatMap((it) => it.marker?.kinds ?? [])).size >= 2) {
      items = items.map((it) => (it.speaker === 'candidate' ? withoutSpeaker(it) : it));
    }
    const depth = k === 0 ? u.depth : 0;
    const stories = items.some((it) => it.speaker)
      ? transcriptStories(items, title, depth, text, aside)
      : items.some((it) => it.marker && it.marker.kinds[0] !== 'learning') && !proseThenEnding(items)
        ? structuredStories(items, title, depth, text)
        : onlyFrames(items)
          ? framing(items, title, aside)
          : [proseWithLearning(withoutPostWrapper(items, aside, !title), title, depth, text)];
    if (stories[0] && tags[k].length) stories[0].tagLines = tags[k];
    // The question set aside still says what kind of story is asked for ("… something went wrong"), as a transcript's does.
    if (asked && stories[0] && !stories[0].question) stories[0].question = { ...questionOf(asked), underTitle: true };
    out.push(...stories);
  });
  return out;
}

/** "Me:" lines with no interviewer among them: the writer's own notes, unless something else makes them a transcript. */
function meWithNoInterviewer(items: readonly Item[]): boolean {
  return items.some((it) => it.speaker === 'candidate') && !items.some((it) => it.speaker === 'interviewer');
}

/** An item read as plain text of its story, its speaker label kept as words. */
function withoutSpeaker(it: Item): Item {
  const { speaker: _, ...rest } = it;
  return rest;
}

/**
 * The header of a reply in a forum thread: "Reply from ShipItSteve:", "Top comment", "u/quietshipper · 9h",
 * "bar_raiser replied:". What follows it is other people's feedback on the post.
 */
const REPLY_HEADER = new RegExp(
  String.raw`^[\s>*_]*(?:(?:reply|comment|answer|response) (?:from|by) [*_]*[\w.@-]{2,30}[*_]*\s*(?:[:\u00b7(]|\d|$)|` +
    String.raw`(?:top|best|most upvoted) (?:reply|comment|answer)\b|` +
    String.raw`u/[\w-]{2,30}|@[\w.-]{2,30}[*_]*\s*(?:\u00b7|replied|wrote|commented|said)|` +
    String.raw`[\w.-]{2,30}[*_]*\s+(?:replied|commented|wrote):)`,
  'iu',
);

/** A line short enough to be a title and not a sentence: "Search latency", "\"Tell me about a time you led\"". */
function shortTitle(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= MAX_PLAIN_TITLE_WORDS && (isQuestionTitle(line) || !/[.!:;,]$/.test(line));
}

/** What someone said of a draft, by its label: "Kwame's comments", "Dana's notes". */
const SOMEONES_NOTES = String.raw`[\w-]+['\u2019]s (?:comments?|notes?|feedback|thoughts|verdict|review)`;

/** A line that opens the writer's notes on a story: "Follow-ups to expect:", "**Likely follow-up questions**", "To do:". */
const NOTES_OPENER = new RegExp(
  String.raw`^${FOLLOW_UPS}(?: (?:to|I should|I might) (?:expect|prepare for|prep|get))?$|` +
    String.raw`^(?:questions|things) ${ASKING}(?: me)?$|^(?:to ?do|todo|still to do)$|` +
    // What someone said of the draft, under the answer: "Kwame's comments:", "Feedback from my mentor:".
    String.raw`^${SOMEONES_NOTES}$|` +
    String.raw`^(?:comments?|notes?|feedback|thoughts) (?:from|by) [\w' -]{1,30}?(?: after(?:wards)?)?$`,
  'i',
);

/**
 * A note to self left in a draft, with its text on the same line: "To do: draft Dive Deep by Sunday."; or what someone
 * said of it, on the same line: "Dana's notes: much calmer, lead with the time saved." ("Kwame's comments:" alone on its
 * line opens a run of notes: isNotesOpener.)
 */
const NOTE_TO_SELF = new RegExp(
  String.raw`^[*_]*(?:(?:to ?do|todo|note to self|reminder)[*_]*\s*[:\uff1a]|${SOMEONES_NOTES}[*_]*\s*[:\uff1a][*_]*\s*\S)`,
  'i',
);

function isNoteToSelf(it: Item): boolean {
  return !it.marker && !it.speaker && it.ref.from === 0 && !it.block.inList && NOTE_TO_SELF.test(it.block.text);
}

function isNotesOpener(it: Item): boolean {
  if (it.marker || it.speaker || it.ref.from !== 0 || it.ref.to !== undefined || it.block.type === 'break' || it.block.inList) return false;
  // A short line only: a notes opener is a few words.
  if (it.block.text.length > 80) return false;
  const line = it.block.text.replace(/[*_]/g, '').trim();
  const bare = /[:\uff1a]$/.test(line) ? line.slice(0, -1).trimEnd() : line;
  return !bare.includes('\n') && NOTES_OPENER.test(bare);
}

/** A checklist item left in a draft: "- [ ] add a number here", "- [x] check the dates". */
function isChecklistItem(it: Item): boolean {
  return it.block.inList && !it.marker && !it.speaker && /^\s*\[[ xX]\]\s/.test(it.block.text.slice(it.ref.from));
}

/**
 * A speaker or a STAR label: the item belongs to a story. In a post's opening, a Situation label alone is a background
 * line ("Background: five years in retail banking"), not a story.
 */
function signalsStory(it: Item, opening: boolean): boolean {
  return !!it.speaker || (!!it.marker && !(opening && it.marker.kinds[0] === 'situation'));
}

/** Most words a piece between separators has when it speaks about the stories rather than telling one. */
const MAX_COMMENTARY_WORDS = 80;
/** Most words of a post's closing remark to its readers ("thats it lol. any feedback welcome"). */
const MAX_CLOSING_WORDS = 40;
/** The text of an item: its block's text from the item's start to its end. */
const itemText = (it: Item): string => it.block.text.slice(it.ref.from, it.ref.to);
/** Most words of an email's or a post's opening before the story it carries. */
const MAX_WRAPPER_WORDS = 200;

/**
 * The first lines of an email or a forum post: a header ("Subject: …", "**To:** Ray", "Posted in … by …") or a
 * greeting alone or opening its paragraph ("Hi Priya,", "Hey all, first time posting here").
 */
const WRAPPER_LINE = new RegExp(
  String.raw`^[\s*_>]*(?:(?:subject|to|from|re|cc|date)[*_]*\s*[:\uff1a]|posted (?:in|by)\b|` +
    String.raw`(?:hi|hey|hello|dear|morning|evening|greetings)` +
    String.raw`(?:\s+[\p{L}'-]+)?\s*[,!:\u2014\u2013-])`,
  'iu',
);

function opensAsWrapper(items: readonly Item[]): boolean {
  return items.slice(0, 3).some((it) => WRAPPER_LINE.test(itemText(it)) || SHARES_THE_STORY.test(itemText(it)));
}
/** Words of a note about the stories, the post or its readers. */
const COMMENTARY = new RegExp(
  String.raw`\b(?:stories|story|answers?|drafts?|comments?|feedback|verdict|next (?:week|post|time|up)|thanks for reading|` +
    String.raw`let me know|leave a|dm me|subscribe|good luck|takeaways?|tips?|why (?:this|it) works|rewrite|rewrote|version|` +
    String.raw`loop|interviews?|interviewers?|questions?|prep(?:aring|aration)?|practi[sc]e|tell me about|notes?|` +
    // A forum post's sign-off: "Any thoughts? Thanks so much in advance, Bev".
    String.raw`any thoughts|thanks (?:so much |a lot |very much )?in advance|be (?:brutally )?honest|roast|critique)\b`,
  'i',
);

/**
 * A piece with no labels or speakers that is too short to be a story, or short and about the stories. A post's opening
 * may carry a background line ("Background: B2C marketplaces for four years"): a Situation label alone is no story there.
 */
function isCommentary(items: Item[], opening = false, first = false): boolean {
  if (items.some((it) => signalsStory(it, opening))) return false;
  const words = wordCount(items);
  if (words < MIN_PROSE_WORDS) return true;
  // A post's or an email's opening may run longer: "Hi everyone, first time posting here …" before the story.
  if (words > (first && opensAsWrapper(items) ? MAX_WRAPPER_WORDS : MAX_COMMENTARY_WORDS)) return false;
  const all = items.map(itemText).join(' ');
  // A piece that tells what happened ("I got someone out to test it … so we had it replaced") is a story, whatever words it
  // shares with talk about stories ("the practice hearing loop").
  return COMMENTARY.test(all) && (all.match(TOLD) ?? []).length < TOLD_STEPS;
}

/** The writer's own past acts, as a story tells them: "I got someone out", "we had it replaced", "I rang the council". */
const TOLD = new RegExp(
  String.raw`(?<![\p{L}'\u2019])(?<!(?:should|would|could|can|do|did|will|shall|might|must|to) )(?:I|we)` +
    String.raw`(?: (?:then|also|just|finally|eventually))? (?:got|had|rang|called|asked|made|took|put|sent|set|ran|went|found|told|` +
    String.raw`gave|wrote|brought|moved|fixed|replaced|booked|checked|tested|arranged|organised|organized|spoke|met|changed|started|` +
    String.raw`stopped)(?![\p{L}'\u2019])`,
  'giu',
);
/** How many of the writer's acts make a piece between separators a story rather than a note about the stories. */
const TOLD_STEPS = 2;

/** A post's opening line that frames the story it shares: its news, its ask, "here's my answer". */
function opening(it: Item): boolean {
  const count = wordCount([it]);
  const t = itemText(it);
  if (count < MIN_PROSE_WORDS && (COMMENTARY.test(t) || POST_NEWS.test(t))) return true;
  return count <= MAX_COMMENTARY_WORDS && (WRAPPER_LINE.test(t) ? COMMENTARY.test(t) : SHARES_THE_STORY.test(t));
}

/** A post's closing remark or its hashtags. */
function closing(it: Item): boolean {
  return HASHTAGS_ONLY.test(itemText(it)) || (wordCount([it]) <= MAX_CLOSING_WORDS && CLOSING_REMARK.test(itemText(it)));
}

/**
 * A titled piece that only frames the story after it ("**Original post by fran:**" over "I've got an interview next week.
 * Here's my answer, would love feedback."): the post's header, not a story.
 */
function onlyFrames(items: Item[]): boolean {
  return items.length > 0 && items.every((it) => !it.marker && !it.speaker && (opening(it) || closing(it)));
}

/** Sets a post's header aside (its title as notes, its lines as the intro): no story. */
function framing(items: Item[], title: Block | undefined, aside: AsideSink): DraftStory[] {
  if (title) aside('notes', title.start, title.end);
  for (const it of items) aside('intro', startOf(it.ref), endOf(it.ref));
  return [];
}

/**
 * A post wrapped around one answer in prose: a greeting or a one-line ask before it ("hi all, super short one …",
 * "quick question before my interview tomorrow") and a closing remark after it ("thats it lol. any feedback welcome").
 * Those paragraphs are the post's intro and notes; the answer between them is the story.
 */
function withoutPostWrapper(items: Item[], aside: AsideSink, untitled: boolean): Item[] {
  let a = 0;
  let b = items.length;
  // Under a heading, a line before the answer frames the story the heading names ("Right, the one they'll ask about: 'tell
  // me about a time something went wrong'"); only an untitled post opens with its own ask.
  while (untitled && a < b - 1 && !items[a].marker && opening(items[a])) a++;
  while (b - 1 > a && !items[b - 1].marker && closing(items[b - 1])) b--;
  if ((a === 0 && b === items.length) || wordCount(items.slice(a, b)) < MIN_PROSE_WORDS) return items;
  for (const it of items.slice(0, a)) aside('intro', startOf(it.ref), endOf(it.ref));
  for (const it of items.slice(b)) aside('notes', startOf(it.ref), endOf(it.ref));
  return items.slice(a, b);
}

/** A post's news before the answer it shares: "I GOT THE OFFER!!!", "Three rejections. Then a yes." */
const POST_NEWS = /\b(?:offer|rejections?|hired|got the job|accepted|final rounds?)\b/i;
/** A paragraph that hands the story over: "here is the exact story I told", "This is the one I told when they asked". */
const SHARES_THE_STORY = new RegExp(
  String.raw`\b(?:(?:here(?:'s| is)|this is|sharing|share) (?:the |my |exactly |the exact )?(?:story|stories|answer|one)|` +
    String.raw`the (?:question|prompt) was|the one i told)\b`,
  'i',
);
/** A line of hashtags closing a post: "#interviewprep #careerchange". */
const HASHTAGS_ONLY = /^\s*(?:#[\p{L}\p{N}_]+[\s,]*)+$/u;

/** A post's closing remark to its readers: "any feedback welcome", "is it too short??", "thanks in advance", "lol". */
const CLOSING_REMARK = new RegExp(
  String.raw`\b(?:(?:any )?feedback (?:welcome|appreciated|please)|any (?:thoughts|feedback|tips)|thanks (?:in advance|for reading)|` +
    String.raw`is (?:it|this) too (?:short|long)|does (?:this|it) (?:work|sound)|lol|overthinking|let me know|edit:|` +
    // A tip for the readers: "My tip for anyone interviewing: …", "If you're making a career switch, …".
    String.raw`my (?:one |top |best |biggest |last |only )?tip|tip for (?:anyone|you|others)|` +
    String.raw`if you(?:'re| are) (?:making|prepping|preparing|interviewing|going through|looking|switching)|` +
    // A newsletter's footer: "You're receiving this because you signed up …", "Unsubscribe any time".
    String.raw`(?:you're|you are) receiving this|unsubscribe|` +
    // How the answer went down in the interview it was told in: "*How it landed:* mixed. One interviewer asked …".
    String.raw`^[\s*_>]*how (?:it|this|this one|that|that one|the answer|the story) (?:landed|went down|was received)\b)`,
  'i',
);

/** Free prose, with a Learning label after it ("What I learned: …") read as its Learning section. */
function proseWithLearning(items: Item[], title: Block | undefined, depth: number, text: string): DraftStory {
  const at = items.findIndex((it) => it.marker);
  // A Learning label first (or none at all) leaves plain prose to read as it is.
  if (at <= 0) return proseStory(items, title, depth, text, false);
  // Prose that a labelled Result follows closes there, not in its own last paragraph.
  const labelledResult = items.slice(at).some((it) => it.marker?.kinds[0] === 'result');
  const story = proseStory(items.slice(0, at), title, depth, text, false, !labelledResult);
  const [ending] = structuredStories(items.slice(at), undefined, 0, text);
  story.sections.push(...(ending?.sections ?? []));
  return story;
}

/**
 * Free prose that only its ending labels ("… I built the three variants behind a flag." then "Result: …", or
 * "Learnings: …"): the prose is the Situation and the Action, the labels its ending.
 */
function proseThenEnding(items: Item[]): boolean {
  const at = items.findIndex((it) => it.marker);
  return at > 0 && wordCount(items.slice(0, at)) >= MIN_PROSE_WORDS && items.every((it) => !it.marker || ENDINGS.has(it.marker.kinds[0]));
}

const ENDINGS = words`result learning`;

/**
 * A story already told far enough that a new Situation starts the next one: it has an Action, or a Result after its own
 * setup. A story that opens with its Result ("### Result" first, then "### Situation") goes on.
 */
function toldStory(story: DraftStory): boolean {
  const has = (kind: string) => story.sections.some((s) => s.kind === kind);
  return has('action') || (has('result') && (has('situation') || has('task')));
}

function structuredStories(items: Item[], title: Block | undefined, depth: number, text: string): DraftStory[] {
  const stories: DraftStory[] = [];
  let cur: DraftStory | undefined;
  let pending: BlockRef[] = [];
  for (const it of items) {
    const b = it.block;
    const m = it.marker;
    if (m) {
      const startsOver = !!cur && m.kinds[0] === 'situation' && toldStory(cur);
      if (!cur || startsOver) {
        cur = open(stories.length === 0 ? title : undefined, stories.length === 0 ? depth : 0, pending[0] ?? it.ref, text, true);
        cur.intro = pending;
        pending = [];
        stories.push(cur);
      }
      if (b.type === 'heading' && cur.sectionDepth === undefined) cur.sectionDepth = b.depth;
      // A heading marker ends with its block: a setext heading's underline ("**Situation:** x" over "---") is part of it,
      // and a story that ends there must not be taken for the same text with no underline.
      const markerEnd =
        b.type === 'heading' ? Math.max(lineEnd(text, b.start), b.end) : b.shift + b.map[Math.min(m.contentStart, b.map.length - 1)];
      const section: DraftSection = {
        kind: m.kinds[0],
        also: m.kinds.slice(1),
        explicit: true,
        markerStart: startOf(it.ref),
        markerEnd,
        blocks: [],
      };
      cur.sections.push(section);
      if (b.type === 'paragraph' && m.contentStart < b.text.length) section.blocks.push({ block: b, from: m.contentStart, to: it.ref.to });
      continue;
    }
    // A sub-heading inside a section ("#### Phase one") is not prose.
    if (b.type === 'heading') continue;
    if (!cur) {
      pending.push(it.ref);
      continue;
    }
    const sec = cur.sections[cur.sections.length - 1];
    sec.blocks.push(it.ref);
  }
  return stories;
}
