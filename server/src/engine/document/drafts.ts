import type { SectionKind } from '../types';
import type { Block } from './markdown';
import { labelMarker, type Marker } from './sections';
import { isNotesTitle, isOpeningQuestion, isQuestionTitle, speakerOf, tagLineEnd, type Speaker } from './speakers';

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

/** Below this many words, a unit with neither markers nor speakers is notes, not a story. */
const MIN_PROSE_WORDS = 25;
/** A bold line longer than this is a sentence in bold, not a title. */
const MAX_TITLE_WORDS = 30;

interface Item {
  ref: BlockRef;
  block: MarkedBlock;
  marker?: Marker;
  speaker?: Speaker;
  /** A bold line standing as a story title ("**Tell me about a time you disagreed**"). */
  boldTitle?: boolean;
  tag?: boolean;
}

interface Unit {
  title?: MarkedBlock;
  /** The heading depth, 7 for a bold-line title, 0 for none. */
  depth: number;
  items: Item[];
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i > from && text[i - 1] === '\r' ? i - 1 : i;
}

function wordCount(items: Item[]): number {
  let n = 0;
  for (const it of items) {
    const t = it.block.text.slice(it.ref.from, it.ref.to);
    const m = t.match(/[\p{L}\p{N}]+/gu);
    n += m ? m.length : 0;
  }
  return n;
}

function endOf(ref: BlockRef): number {
  const b = ref.block;
  if (ref.to === undefined || ref.to >= b.text.length) return b.end;
  return b.shift + b.map[Math.max(ref.from, ref.to - 1)] + 1;
}

function startOf(ref: BlockRef): number {
  const b = ref.block;
  return ref.from === 0 ? b.start : b.shift + b.map[Math.min(ref.from, b.map.length - 1)];
}

/** Splits paragraphs at lines that open with a speaker label ("Q:", "**Interviewer:**", "Me:"). */
function itemsOf(block: MarkedBlock): Item[] {
  if (block.type !== 'paragraph') return [{ ref: { block, from: 0 }, block, marker: block.marker }];
  // Lines that open with a speaker ("Q:") or a STAR label ("R: sorted") start items of their own,
  // so notes written as one paragraph of labelled lines read like separate paragraphs.
  const cuts: number[] = [0];
  const lineMarkers = new Map<number, Marker>();
  for (let i = block.text.indexOf('\n'); i !== -1; i = block.text.indexOf('\n', i + 1)) {
    const end = block.text.indexOf('\n', i + 1);
    const line = block.text.slice(i + 1, end === -1 ? undefined : end);
    const m = labelMarker(line);
    if (m) lineMarkers.set(i + 1, { ...m, contentStart: m.contentStart + i + 1 });
    if (m || speakerOf(line.slice(0, 60))) cuts.push(i + 1);
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
    else if (from === 0 && tagLineEnd(block.text) !== undefined) item.tag = true;
    else if (from === 0 && isBoldTitle(block)) item.boldTitle = true;
    return item;
  });
}

function isBoldTitle(b: Block): boolean {
  if (b.inList || b.leadingEmphasis === undefined) return false;
  const em = b.leadingEmphasis.trim();
  const rest = b.text.trim();
  // One line, mostly bold: "**Tell me about a time you failed**", "**Q3: A time I failed** (Ownership)".
  if (!em || rest.includes('\n') || em.length < rest.length * 0.6) return false;
  const words = em.split(/\s+/).length;
  return words >= 2 && words <= MAX_TITLE_WORDS;
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
  for (const b of blocks) {
    if (b.type === 'heading' && b.marker) sectionDepth = Math.min(sectionDepth, b.depth);
    if (b.type === 'heading' && !b.marker && b.depth > sectionDepth) {
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
      if (it.boldTitle) {
        push();
        cur = { title: b, depth: 7, items: [] };
        continue;
      }
      cur.items.push(it);
    }
  }
  push();
  return units;
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

export function assembleStories(blocks: MarkedBlock[], text: string): Assembly {
  const drafts: DraftStory[] = [];
  const asides: Aside[] = [];
  const units = unitsOf(blocks).map((u) => ({ ...u, items: normalise(u.items) }));
  const content = (u: Unit) => u.items.filter((it) => !it.tag && it.block.type !== 'break' && (it.block.type !== 'heading' || it.marker));
  const proseOnly = (u: Unit) => !(u.title && isNotesTitle(u.title.text)) && wordCount(content(u)) > 0;
  // A file whose every unit is short prose is still a story file: its prose is the story.
  const anyLong = units.some(
    (u) => content(u).some((it) => it.marker || it.speaker) || (proseOnly(u) && wordCount(content(u)) >= MIN_PROSE_WORDS),
  );
  const isStoryUnit = (u: Unit) => {
    const c = content(u);
    if (c.some((it) => it.marker || it.speaker)) return true;
    if (!proseOnly(u)) return false;
    return !anyLong || wordCount(c) >= MIN_PROSE_WORDS;
  };
  const aside = (kind: AsideKind, start: number, end: number) => asides.push({ kind, start, end });
  units.forEach((u, i) => {
    const story = isStoryUnit(u);
    // A heading over deeper headings that are stories is a collection title; its own text an intro.
    const next = units[i + 1];
    const isParent = u.title && next && next.depth > u.depth && u.depth < 7;
    const hasMarkersOrSpeakers = u.items.some((it) => it.marker || it.speaker);
    if (isParent && !hasMarkersOrSpeakers && childStories(units, i)) {
      aside('collection-title', u.title!.start, u.title!.end);
      for (const it of u.items) aside(it.tag ? 'tag-line' : 'intro', startOf(it.ref), endOf(it.ref));
      return;
    }
    if (!story) {
      if (u.title) aside(isParent ? 'collection-title' : 'notes', u.title.start, u.title.end);
      for (const it of u.items)
        aside(it.tag ? 'tag-line' : it.block.type === 'break' ? 'separator' : 'notes', startOf(it.ref), endOf(it.ref));
      return;
    }
    for (const d of storiesOfUnit(u, text, aside)) drafts.push(d);
  });
  return { drafts, asides };
}

function childStories(units: Unit[], i: number): boolean {
  const depth = units[i].depth;
  for (let j = i + 1; j < units.length && units[j].depth > depth; j++) {
    const u = units[j];
    if (u.items.some((it) => it.marker || it.speaker) || wordCount(u.items) >= MIN_PROSE_WORDS) return true;
  }
  return false;
}

type AsideSink = (kind: AsideKind, start: number, end: number) => void;

/** One unit's stories: split at separators, then read as a transcript, a structured story or free prose. */
function storiesOfUnit(u: Unit, text: string, aside: AsideSink): DraftStory[] {
  const parts: Item[][] = [[]];
  for (const it of u.items) {
    if (it.block.type === 'break') {
      aside('separator', it.block.start, it.block.end);
      if (parts[parts.length - 1].length) parts.push([]);
      continue;
    }
    if (it.tag) {
      aside('tag-line', startOf(it.ref), endOf(it.ref));
      continue;
    }
    parts[parts.length - 1].push(it);
  }
  const out: DraftStory[] = [];
  parts.forEach((items, k) => {
    if (!items.length) return;
    const title = k === 0 ? u.title : undefined;
    const depth = k === 0 ? u.depth : 0;
    if (items.some((it) => it.speaker)) out.push(...transcriptStories(items, title, depth, text, aside));
    else if (items.some((it) => it.marker)) out.push(...structuredStories(items, title, depth, text));
    else out.push(proseStory(items, title, depth, text, false));
  });
  return out;
}

function open(title: Block | undefined, depth: number, first: BlockRef, text: string, structured: boolean): DraftStory {
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

function structuredStories(items: Item[], title: Block | undefined, depth: number, text: string): DraftStory[] {
  const stories: DraftStory[] = [];
  let cur: DraftStory | undefined;
  let pending: BlockRef[] = [];
  for (const it of items) {
    const b = it.block;
    const m = it.marker;
    if (m) {
      const startsOver = cur && m.kinds[0] === 'situation' && cur.sections.some((s) => s.kind === 'action' || s.kind === 'result');
      if (!cur || startsOver) {
        cur = open(stories.length === 0 ? title : undefined, stories.length === 0 ? depth : 0, pending[0] ?? it.ref, text, true);
        cur.intro = pending;
        pending = [];
        stories.push(cur);
      }
      if (b.type === 'heading' && cur.sectionDepth === undefined) cur.sectionDepth = b.depth;
      const markerEnd = b.type === 'heading' ? lineEnd(text, b.start) : b.shift + b.map[Math.min(m.contentStart, b.map.length - 1)];
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

function proseStory(items: Item[], title: Block | undefined, depth: number, text: string, transcript: boolean): DraftStory {
  const d = open(title, depth, items[0].ref, text, false);
  d.prose = true;
  if (transcript) d.transcript = true;
  d.sections = proseSections(items.map((it) => it.ref));
  return d;
}

/**
 * A transcript: each opening question starts a story; follow-up questions and
 * the interviewer's other lines are set aside; the candidate's answers (and
 * paragraphs that continue them) are the story, read as free prose.
 */
function transcriptStories(items: Item[], title: Block | undefined, depth: number, text: string, aside: AsideSink): DraftStory[] {
  const groups: Array<{ question?: Item; title?: Block; answers: Item[]; asked: Array<SectionKind | undefined> }> = [];
  let cur: (typeof groups)[number] | undefined;
  let inAnswer = false;
  let asking: SectionKind | undefined;
  for (const it of items) {
    if (it.speaker === 'interviewer') {
      aside('interviewer', startOf(it.ref), endOf(it.ref));
      const q = it.block.text.slice(it.ref.from, it.ref.to);
      if (!cur || (isOpeningQuestion(q) && cur.answers.length)) {
        cur = { question: it, title: groups.length === 0 ? title : undefined, answers: [], asked: [] };
        groups.push(cur);
        asking = undefined;
      } else asking = questionKind(q);
      inAnswer = false;
      continue;
    }
    if (it.speaker === 'candidate') inAnswer = true;
    if (!inAnswer && !cur) {
      // Text before the first question: notes about the interview, not the candidate's answer.
      aside('notes', startOf(it.ref), endOf(it.ref));
      continue;
    }
    if (!cur) {
      cur = { title, answers: [], asked: [] };
      groups.push(cur);
    }
    cur.answers.push(it.speaker ? { ...it, ref: { ...it.ref, from: it.speaker ? answerStart(it) : it.ref.from } } : it);
    cur.asked.push(asking);
  }
  // A heading over several questions, or one that names the session rather than asks, titles no story:
  // each story is titled by its opening question.
  const answered = groups.filter((g) => g.answers.length);
  if (title && (answered.length > 1 || (answered[0]?.question && !isQuestionTitle(title.text)))) {
    aside('collection-title', title.start, title.end);
    for (const g of groups) g.title = undefined;
  }
  const out: DraftStory[] = [];
  for (const g of groups) {
    if (!g.answers.length) continue;
    const titleBlock = g.title;
    const d = titleBlock ? proseStory(g.answers, titleBlock, depth, text, true) : proseStory(g.answers, undefined, 0, text, true);
    if (g.asked.some((k) => k)) d.sections = answerSections(g.answers, g.asked);
    if (!titleBlock && g.question) {
      const qs = startOf(g.question.ref);
      d.title = g.question.block.text.slice(answerStart(g.question), g.question.ref.to).trim();
      d.titleStart = qs;
      d.titleEnd = lineEnd(text, qs);
    }
    out.push(d);
  }
  return out;
}

/** What a follow-up question asks for: the result, the lesson, or more of the action. */
function questionKind(q: string): SectionKind | undefined {
  if (/\b(?:differently|learn(?:ed|t)?|lessons?|looking back|in hindsight|takeaways?|change (?:anything|now)|again)\b/i.test(q))
    return 'learning';
  if (
    /\b(?:results?|outcomes?|impact|how did (?:it|that|things) (?:go|turn out|end|land)|what happened|end up|measure|numbers?|what changed|difference did)\b/i.test(
      q,
    )
  )
    return 'result';
  if (
    /\b(?:what did you (?:do|try)|how did you|walk me through|your (?:role|part)|who(?:'s| is| was| did)|which part|what was yours|steps?|approach|why did you|what made you)\b/i.test(
      q,
    )
  )
    return 'action';
  return undefined;
}

/**
 * A transcript's sections follow the interviewer's questions: the answer to the opening question sets
 * the scene (model.ts splits a long one into Situation and Action), "What did you do?" asks for the
 * Action, "What was the result?" the Result, "What would you do differently?" the Learning.
 */
function answerSections(answers: Item[], asked: Array<SectionKind | undefined>): DraftSection[] {
  const kinds = asked.map((k, i) => (i === 0 && !k ? 'situation' : (k ?? 'action')) as SectionKind);
  // With no Result asked for, the last answer that is not a lesson is the outcome.
  if (!kinds.includes('result')) {
    for (let i = kinds.length - 1; i > 0; i--) {
      if (kinds[i] === 'learning') continue;
      if (kinds[i] === 'action') kinds[i] = 'result';
      break;
    }
  }
  const sections: DraftSection[] = [];
  answers.forEach((a, i) => {
    const last = sections.at(-1);
    if (last && last.kind === kinds[i]) last.blocks.push(a.ref);
    else
      sections.push({ kind: kinds[i], also: [], explicit: false, markerStart: startOf(a.ref), markerEnd: startOf(a.ref), blocks: [a.ref] });
  });
  return sections;
}

/** Where the answer's own words start, after "A:", "**Me:**" and the like. */
function answerStart(it: Item): number {
  const t = it.block.text;
  const m = /^\s*(?:[>*_]\s*)*[\p{L} .()'’-]{1,40}?\s*[:：]\s*/u.exec(t.slice(it.ref.from, it.ref.to));
  return m ? it.ref.from + m[0].length : it.ref.from;
}

/** Free prose: opening context is the Situation, the close the Result, the rest the Action. */
export function proseSections(body: BlockRef[]): DraftSection[] {
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
  if (units.length === 2) return [mk('situation', units[0]), mk('action', units[1])];
  return [mk('situation', units[0]), mk('action', units.slice(1, -1).flat()), mk('result', units[units.length - 1])];
}
