import type { Part, Section, SectionKind, Sentence, Story, StoryDocument, Comment, FrontMatter, Notice } from '../types';
import { splitChunks, parseChunk, type Block, type ParsedChunk } from './markdown';
import { headingMarker, labelMarker } from './sections';
import { splitSentences, tokenize, countWords } from '../language/text';
import { findQuantities } from '../quantities/find';
import { findPairs } from '../quantities/pairs';
import { analyzeActors } from '../language/actors';
import type { PrincipleMatcher } from '../language/principles';
import { readFrontMatter } from './frontmatter';
import { assembleStories, type Aside, type BlockRef, type DraftStory, type MarkedBlock } from './drafts';
import { endOf } from './draft-parts';
import { boundProse } from './units';

export type { DraftStory } from './drafts';

/**
 * Caches parsed chunks (with their section markers) by their text, so an edit
 * re-parses only the chunk it touched. What it holds is bounded by the
 * document, not by its history: {@link ChunkCache.sweep} after each lint drops
 * the chunks the last few lints did not use (every keystroke makes a new one).
 */
export class ChunkCache {
  private map = new Map<string, { parsed: ParsedChunk; used: number }>();
  private lints = 0;
  /** Characters parsed afresh since the last sweep: what an edit cost. */
  parsedChars = 0;
  constructor(private readonly max = 5000) {}
  get(text: string, start: number, end: number): ParsedChunk {
    const key = text.slice(start, end);
    let hit = this.map.get(key);
    if (!hit) {
      hit = { parsed: markChunk(parseChunk(key, 0, key.length)), used: this.lints };
      this.parsedChars += key.length;
      if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
      this.map.set(key, hit);
    }
    hit.used = this.lints;
    return start === 0 ? hit.parsed : shiftChunk(hit.parsed, start);
  }

  /** Ends one lint: chunks unused for `keep` lints go (an undo within that many edits still hits). */
  sweep(keep = 2): void {
    this.lints++;
    this.parsedChars = 0;
    for (const [key, entry] of this.map) if (this.lints - entry.used > keep) this.map.delete(key);
  }

  /** How many chunks are held (tests). */
  get size(): number {
    return this.map.size;
  }
}

function markChunk(parsed: ParsedChunk): ParsedChunk {
  return {
    comments: parsed.comments,
    blocks: parsed.blocks.map((b, i) => {
      const next = parsed.blocks[i + 1];
      // "- A:" alone on its item labels the nested list under it.
      const opensList = b.inList && !!next?.inList && next.type === 'paragraph';
      const marker = b.type === 'heading' ? headingMarker(b.text) : labelMarker(b.text, b.leadingEmphasis, opensList);
      return marker ? { ...b, marker } : b;
    }),
  };
}

function shiftChunk(c: ParsedChunk, by: number): ParsedChunk {
  return {
    blocks: c.blocks.map((b) => ({ ...b, start: b.start + by, end: b.end + by, shift: b.shift + by })),
    comments: c.comments.map((m) => ({ ...m, start: m.start + by, end: m.end + by })),
  };
}

/** Offsets of the first character of every line. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The cheap first pass over a document: parsed blocks grouped into story
 * drafts. Turning a draft into a full Story (sentences, actors, quantities) is
 * the expensive part, done per story so unchanged stories can be skipped.
 */
export interface Skeleton {
  text: string;
  frontMatter?: FrontMatter;
  /** Problems reading the front matter (broken YAML), read along with it. */
  frontMatterNotices: Notice[];
  comments: Comment[];
  hasMarkers: boolean;
  drafts: DraftStory[];
  /** Text deliberately outside every story (collection titles, intros, notes, interviewer lines, tags). */
  asides: Aside[];
  /** Set when the deadline passed: the offset where parsing stopped. */
  stoppedAt?: number;
}

/** Parses a document into story drafts; past `deadline` (a performance.now() time) it stops and says where. */
export function buildSkeleton(text: string, cache?: ChunkCache, deadline = Infinity): Skeleton {
  const { frontMatter, notices: frontMatterNotices } = readFrontMatter(text);
  // A leading byte-order mark is no text: micromark would drop it and count every offset one short.
  const bodyStart = frontMatter?.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const blocks: MarkedBlock[] = [];
  const comments: Comment[] = [];
  let stoppedAt: number | undefined;
  for (const [s, e] of splitChunks(text, bodyStart)) {
    if (deadline !== Infinity && blocks.length > 0 && performance.now() > deadline) {
      stoppedAt = s;
      break;
    }
    const parsed = cache ? cache.get(text, s, e) : markChunk(parseChunk(text, s, e));
    comments.push(...parsed.comments);
    for (const b of parsed.blocks) blocks.push(b);
  }
  const kinds = new Set<SectionKind>();
  for (const b of blocks) for (const k of b.marker?.kinds ?? []) kinds.add(k);
  const hasMarkers = kinds.has('situation') && kinds.has('action') && kinds.has('result');
  const assembled = assembleStories(blocks, text);
  const drafts = boundProse(assembled.drafts, text);
  return {
    text,
    frontMatter: frontMatter as FrontMatter | undefined,
    frontMatterNotices,
    comments,
    hasMarkers,
    drafts,
    asides: assembled.asides,
    stoppedAt,
  };
}

/** The offsets a draft covers: from its title (or first block) to the end of its last block. */
export function draftRange(d: DraftStory): [number, number] {
  let end = d.titleEnd;
  for (const b of d.intro) end = Math.max(end, endOf(b));
  for (const sec of d.sections) {
    end = Math.max(end, sec.markerEnd);
    for (const b of sec.blocks) end = Math.max(end, endOf(b));
  }
  return [d.titleStart, end];
}

/**
 * A document whose stories are built when first asked for: `storyAt` builds
 * one, `stories` builds them all.
 */
export function documentOf(sk: Skeleton, principles: PrincipleMatcher): StoryDocument {
  const built: Array<Story | undefined> = new Array(sk.drafts.length);
  const storyOf = (i: number): Story => (built[i] ??= finishStory(sk.drafts[i], sk.text, principles));
  let lineStarts: number[] | undefined;
  const doc = {
    text: sk.text,
    frontMatter: sk.frontMatter,
    comments: sk.comments,
    hasMarkers: sk.hasMarkers,
    get lineStarts() {
      return (lineStarts ??= lineStartsOf(sk.text));
    },
    get stories() {
      return sk.drafts.map((_, i) => storyOf(i));
    },
    storyAt(offset: number) {
      const i = sk.drafts.findIndex((d) => {
        const [s, e] = draftRange(d);
        return offset >= s && offset <= e;
      });
      return i < 0 ? undefined : storyOf(i);
    },
    storyOf,
    storyCount: sk.drafts.length,
    storyRange: (i: number) => draftRange(sk.drafts[i]),
  };
  return doc;
}

/** Builds the story model of a Markdown document: stories, sections, sentences and what they hold. */
export function buildDocument(text: string, principles: PrincipleMatcher, cache?: ChunkCache): StoryDocument {
  return documentOf(buildSkeleton(text, cache), principles);
}

export function finishStory(d: DraftStory, _text: string, principles: PrincipleMatcher): Story {
  const sentences: Sentence[] = [];
  const mkSentences = (parts: BlockRef[], part: Part): Sentence[] => {
    const out: Sentence[] = [];
    for (const { block, from, to } of parts) {
      for (const [s, e] of splitSentences(block.text, from, to)) {
        const sentence = makeSentence(block, s, e, part, sentences.length, principles);
        sentences.push(sentence);
        out.push(sentence);
      }
    }
    return out;
  };
  mkSentences(d.intro, 'intro');
  const sections: Section[] = d.sections.map((ds) => {
    const ss = mkSentences(ds.blocks, ds.kind);
    const lastRef = ds.blocks[ds.blocks.length - 1];
    return {
      kind: ds.kind,
      also: ds.also,
      explicit: ds.explicit,
      markerStart: ds.markerStart,
      markerEnd: ds.markerEnd,
      start: ds.markerStart,
      end: lastRef ? endOf(lastRef) : ds.markerEnd,
      sentences: ss,
      words: ss.reduce((n, s) => n + s.words, 0),
      quantitiesOutsideProse: ds.blocks.reduce((n, { block }) => n + (block.asides ? findQuantities(block.asides).length : 0), 0),
    } as Section;
  });
  // A transcript's first answer usually tells the whole story: its opening is the Situation, the rest the Action.
  if (d.transcript) splitFirstAnswer(sections);
  // Free prose with one or two paragraphs: the closing sentences are the Result.
  if (d.prose && !sections.some((s) => s.kind === 'result')) {
    const action = sections.find((s) => s.kind === 'action');
    if (action?.sentences.length) {
      const tail = action.sentences.slice(-Math.min(2, Math.max(1, action.sentences.length - 1)));
      // The closing sentences are the outcome, not more of the Action (a one-sentence story stays both).
      if (tail.length < action.sentences.length) {
        for (const t of tail) t.part = 'result';
        action.sentences = action.sentences.slice(0, action.sentences.length - tail.length);
        action.words = action.sentences.reduce((n, x) => n + x.words, 0);
      }
      sections.push({
        ...action,
        kind: 'result',
        explicit: false,
        sentences: tail,
        words: tail.reduce((n, s) => n + s.words, 0),
        markerStart: tail[0].start,
        markerEnd: tail[0].start,
      });
    }
  }
  for (let i = 0; i < sentences.length; i++) sentences[i].index = i;
  const last = sentences[sentences.length - 1];
  return {
    title: d.title,
    titleStart: d.titleStart,
    titleEnd: d.titleEnd,
    start: d.titleStart,
    end: Math.max(last?.end ?? d.titleEnd, ...sections.map((s) => s.end)),
    structured: d.structured,
    sections,
    sentences,
    words: sentences.reduce((n, s) => n + s.words, 0),
    lowerText: sentences.map((s) => s.text.toLowerCase()).join(' \n'),
    tagLines: (d.tagLines ?? []).map(([start, end]) => ({ start, end })),
  };
}

function splitFirstAnswer(sections: Section[]): void {
  const situation = sections[0];
  if (situation?.kind !== 'situation' || situation.sentences.length < 4) return;
  const keep = Math.ceil(situation.sentences.length / 3);
  const moved = situation.sentences.slice(keep);
  for (const m of moved) m.part = 'action';
  situation.sentences = situation.sentences.slice(0, keep);
  situation.words = situation.sentences.reduce((n, x) => n + x.words, 0);
  const action = sections.find((x) => x.kind === 'action');
  if (action) {
    action.sentences = [...moved, ...action.sentences];
    action.words += moved.reduce((n, x) => n + x.words, 0);
    action.start = Math.min(action.start, moved[0].start);
  } else {
    const words = moved.reduce((n, x) => n + x.words, 0);
    sections.splice(1, 0, {
      ...situation,
      kind: 'action',
      sentences: moved,
      words,
      markerStart: moved[0].start,
      markerEnd: moved[0].start,
      start: moved[0].start,
      quantitiesOutsideProse: 0,
    });
  }
}

function makeSentence(block: Block, s: number, e: number, part: Part, index: number, principles: PrincipleMatcher): Sentence {
  const text = block.text.slice(s, e);
  const map = block.map;
  const shift = block.shift;
  const at = (i: number): number => shift + (s + i < e ? map[s + i] : map[e - 1] + 1);
  const tokens = tokenize(text);
  for (const t of tokens) {
    t.end = at(t.end - 1) + 1;
    t.start = at(t.start);
  }
  const qs = findQuantities(text);
  const pairs = findPairs(text, qs).map((p) => ({
    before: { ...p.before, start: at(p.before.start), end: at(p.before.end - 1) + 1 },
    after: { ...p.after, start: at(p.after.start), end: at(p.after.end - 1) + 1 },
    start: at(p.start),
    end: at(p.end - 1) + 1,
  }));
  const actors = analyzeActors(tokens);
  return {
    text,
    start: at(0),
    end: at(text.length - 1) + 1,
    tokens,
    part,
    index,
    blockIndex: block.start,
    inList: block.inList,
    actor: actors.actor,
    actorToken: actors.token,
    actorActs: actors.acts,
    iActions: actors.iActions,
    weActions: actors.weActions,
    quantities: qs.map((q) => ({ ...q, start: at(q.start), end: at(q.end - 1) + 1 })),
    pairs,
    principles: principles.find(text).map((p) => ({ ...p, start: at(p.start), end: at(p.end - 1) + 1 })),
    offsetAt: at,
    words: countWords(text),
  };
}
