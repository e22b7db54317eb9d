import type { SectionKind, StoryQuestion } from '../types';
import type { Block } from './markdown';
import type { Marker } from './sections';
import type { Speaker } from './speakers';
import { lineEnd } from './positions';
import { countLetterRuns } from '../language/text';

/*
 * The pieces story assembly works with (drafts.ts cuts the document into
 * units, transcripts.ts reads interview transcripts): parsed blocks and the
 * parts of them a story takes, draft stories and sections, the text set
 * aside, and the free-prose reading shared by both.
 */

/** A parsed block with its STAR marker, if it is one. */
export interface MarkedBlock extends Block {
  marker?: Marker;
}

/** Part of a block: the text from `from` up to `to` (default: the end). */
export interface BlockRef {
  block: Block;
  from: number;
  to?: number;
}

export interface DraftSection {
  kind: SectionKind;
  also: SectionKind[];
  explicit: boolean;
  markerStart: number;
  markerEnd: number;
  blocks: BlockRef[];
}

export interface DraftStory {
  title?: string;
  titleStart: number;
  titleEnd: number;
  titleDepth: number;
  sectionDepth?: number;
  structured: boolean;
  intro: BlockRef[];
  sections: DraftSection[];
  /** For free prose: how paragraphs map to parts. */
  prose?: boolean;
  /** Told as answers to an interviewer's questions. */
  transcript?: boolean;
  /** A transcript in which the interviewer asked for the options and the candidate answered. */
  weighed?: boolean;
  /** The interviewer's opening question, when a heading titles the story it asks for ("## Question 2" over "**Q:** …"). */
  question?: StoryQuestion;
  /** Tag lines that name what the story shows ("Principles: Dive Deep"): ranges, not story text. */
  tagLines?: Array<[number, number]>;
}

/** Text in a story file that is deliberately not part of any story, and why. */
export type AsideKind = 'collection-title' | 'intro' | 'notes' | 'interviewer' | 'tag-line' | 'separator';

export interface Aside {
  kind: AsideKind;
  start: number;
  end: number;
}

export interface Assembly {
  drafts: DraftStory[];
  asides: Aside[];
}

export interface Item {
  ref: BlockRef;
  block: MarkedBlock;
  marker?: Marker;
  speaker?: Speaker;
  /** A bold line standing as a story title ("**Tell me about a time you disagreed**"). */
  boldTitle?: boolean;
  tag?: boolean;
}

export type AsideSink = (kind: AsideKind, start: number, end: number) => void;

/** Words per block part, by identity (parts are never changed once made): assembly asks for the same counts on every edit. */
const WORDS = new WeakMap<BlockRef, number>();

export function wordCount(items: Item[]): number {
  let n = 0;
  for (const it of items) n += refWords(it.ref);
  return n;
}

/** The words of one block part, counted once. */
function refWords(ref: BlockRef): number {
  let words = WORDS.get(ref);
  if (words === undefined) {
    words = countLetterRuns(ref.block.text, ref.from, ref.to ?? ref.block.text.length);
    WORDS.set(ref, words);
  }
  return words;
}

export function endOf(ref: BlockRef): number {
  const b = ref.block;
  if (ref.to === undefined || ref.to >= b.text.length) return b.end;
  return b.shift + b.map[Math.max(ref.from, ref.to - 1)] + 1;
}

export function startOf(ref: BlockRef): number {
  const b = ref.block;
  return ref.from === 0 ? b.start : b.shift + b.map[Math.min(ref.from, b.map.length - 1)];
}

/** Splits paragraphs at lines that open with a speaker label ("Q:", "**Interviewer:**", "Me:"). */
export function open(title: Block | undefined, depth: number, first: BlockRef, text: string, structured: boolean): DraftStory {
  if (title) {
    return {
      title: title.text.trim(),
      titleStart: title.start,
      titleEnd: lineEnd(text, title.start),
      titleDepth: depth,
      structured,
      intro: [],
      sections: [],
    };
  }
  const start = startOf(first);
  return { titleStart: start, titleEnd: lineEnd(text, start), titleDepth: 0, structured, intro: [], sections: [] };
}

export function proseStory(
  items: Item[],
  title: Block | undefined,
  depth: number,
  text: string,
  transcript: boolean,
  closes = true,
): DraftStory {
  const d = open(title, depth, items[0].ref, text, false);
  d.prose = true;
  if (transcript) d.transcript = true;
  d.sections = proseSections(
    items.map((it) => it.ref),
    closes,
  );
  return d;
}

/**
 * Free prose: opening context is the Situation, the close the Result, the rest the Action. Prose that a labelled Result
 * follows (`closes` false) has no close of its own: after its opening, all of it is the Action.
 */
export function proseSections(body: BlockRef[], closes = true): DraftSection[] {
  const units: BlockRef[][] = [];
  for (const r of body) {
    const last = units[units.length - 1];
    if (r.block.inList && last?.[last.length - 1].block.inList) last.push(r);
    else units.push([r]);
  }
  const mk = (kind: SectionKind, rs: BlockRef[]): DraftSection => ({
    kind,
    also: [],
    explicit: false,
    markerStart: startOf(rs[0]),
    markerEnd: startOf(rs[0]),
    blocks: rs,
  });
  if (units.length === 1) return [mk('action', units[0])];
  if (units.length === 2 || !closes) return [mk('situation', units[0]), mk('action', units.slice(1).flat())];
  const last = units[units.length - 1];
  // A closing paragraph that opens as a lesson ("What I took from it is …", "Looking back, …") is the Learning, and the
  // one before it the Result, when the story has paragraphs enough for both.
  const closing = refText(last[0]);
  if (units.length >= 4 && LESSON_OPENING.test(closing)) {
    return [
      mk('situation', units[0]),
      mk('action', units.slice(1, -2).flat()),
      mk('result', units[units.length - 2]),
      mk('learning', last),
    ];
  }
  // A short closing paragraph that only names what the story shows ("For me this is a good Invent and Simplify story,
  // because …") closes the Result told in the paragraph before it: both are the Result. So does a closing paragraph too
  // short to be the whole Result after a longer one ("Janet asked me to walk the CFO through it."), not one as short as
  // the paragraphs before it ("I wrote the runbook." then "We moved with no downtime.").
  const closingWords = refWords(last[0]);
  const before = units[units.length - 2].reduce((n, r) => n + refWords(r), 0);
  if (
    units.length >= 4 &&
    (CODA_OPENING.test(closing) ? closingWords <= MAX_CODA_WORDS : closingWords <= SHORT_CLOSE && before > closingWords)
  ) {
    return [mk('situation', units[0]), mk('action', units.slice(1, -2).flat()), mk('result', [...units[units.length - 2], ...last])];
  }
  return [mk('situation', units[0]), mk('action', units.slice(1, -1).flat()), mk('result', last)];
}

/** The opening of a paragraph that names what the story shows: "This shows …", "For me this is a good … story". */
const CODA_OPENING = new RegExp(
  String.raw`^[\s*_>]*(?:for me,? |i think |i'd say |so )?(?:this|that|it)(?: story| one| example)? (?:shows|showed|demonstrates|` +
    String.raw`demonstrated|really shows)(?![\p{L}'])|` +
    String.raw`^[\s*_>]*(?:for me,? |i think |i'd say |so )?(?:this|that|it) (?:is|was) (?:a|an|my) (?:[\p{L}-]+ ){0,6}?` +
    String.raw`(?:story|example)(?![\p{L}'])|^[\s*_>]*i(?:'d| would) use (?:this|it)(?: one)? for`,
  'iu',
);

/** Most words of such a closing paragraph. */
const MAX_CODA_WORDS = 45;

/** Most words of a closing paragraph too short to be the whole Result: "Janet asked me to walk the CFO through it." */
const SHORT_CLOSE = 25;

/** The opening of a paragraph that draws the story's lesson. */
const LESSON_OPENING = new RegExp(
  String.raw`^[\s*_>]*(?:what i (?:took|learned|learnt|take|kept|keep|carried|carry)(?: away)?(?: from (?:it|that|this))?|` +
    String.raw`what i do (?:differently|now)|looking back|in hindsight|` +
    String.raw`(?:the|my) (?:big |main |biggest |real |one )?(?:lesson|takeaway)s?|lessons? learn[et]d?|` +
    String.raw`if i (?:did|were doing|had to do|could do) it (?:again|over))(?![\p{L}'])`,
  'iu',
);

/** The text a block reference takes, from its start. */
function refText(r: BlockRef): string {
  return r.block.text.slice(r.from, r.to);
}

/** The offsets a draft covers: from its title (or first block) to the end of its last block. */
export function draftRange(d: DraftStory): [number, number] {
  // Drafts are never changed once made, and an unchanged unit keeps its drafts across edits.
  let range = RANGES.get(d);
  if (!range) RANGES.set(d, (range = rangeOf(d)));
  return range;
}

const RANGES = new WeakMap<DraftStory, [number, number]>();

/** Keeps the range of a draft for its copy moved by `by` (story assembly moves a unit's drafts when the unit moved whole). */
export function movedRange(from: DraftStory, to: DraftStory, by: number): void {
  const range = RANGES.get(from);
  if (range) RANGES.set(to, [range[0] + by, range[1] + by]);
}

function rangeOf(d: DraftStory): [number, number] {
  let end = d.titleEnd;
  for (const b of d.intro) end = Math.max(end, endOf(b));
  for (const sec of d.sections) {
    end = Math.max(end, sec.markerEnd);
    for (const b of sec.blocks) end = Math.max(end, endOf(b));
  }
  return [d.titleStart, end];
}
