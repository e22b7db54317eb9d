import type { Part, Section, SectionKind, Sentence, Story, StoryDocument, Comment, FrontMatter, Notice } from '../types';
import { splitChunks, parseChunk, type Block, type ParsedChunk } from './markdown';
import { headingMarker, labelMarker } from './sections';
import { splitSentences, tokenize, countWords } from '../language/text';
import { findQuantities } from '../quantities/find';
import { findPairs } from '../quantities/pairs';
import { analyzeActors } from '../language/actors';
import type { PrincipleMatcher } from '../language/principles';
import { readFrontMatter } from './frontmatter';
import { structuredStories, proseStories, type DraftStory, type MarkedBlock } from './drafts';

export type { DraftStory } from './drafts';

/** Caches parsed chunks (with their section markers) by their text, so an edit re-parses only the chunk it touched. */
export class ChunkCache {
  private map = new Map<string, ParsedChunk>();
  constructor(private readonly max = 5000) {}
  get(text: string, start: number, end: number): ParsedChunk {
    const key = text.slice(start, end);
    let hit = this.map.get(key);
    if (!hit) {
      hit = markChunk(parseChunk(key, 0, key.length));
      if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
      this.map.set(key, hit);
    }
    return start === 0 ? hit : shiftChunk(hit, start);
  }
}

function markChunk(parsed: ParsedChunk): ParsedChunk {
  return {
    comments: parsed.comments,
    blocks: parsed.blocks.map((b) => {
      const marker = b.type === 'heading' ? headingMarker(b.text) : labelMarker(b.text, b.leadingEmphasis);
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
  /** Set when the deadline passed: the offset where parsing stopped. */
  stoppedAt?: number;
}

/** Parses a document into story drafts; past `deadline` (a performance.now() time) it stops and says where. */
export function buildSkeleton(text: string, cache?: ChunkCache, deadline = Infinity): Skeleton {
  const { frontMatter, notices: frontMatterNotices } = readFrontMatter(text);
  const bodyStart = frontMatter?.end ?? 0;
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
  const anyMarkers = kinds.size > 0 && (kinds.has('action') || kinds.has('result') || kinds.size >= 2);
  const drafts = anyMarkers ? structuredStories(blocks, text) : proseStories(blocks, text);
  return { text, frontMatter: frontMatter as FrontMatter | undefined, frontMatterNotices, comments, hasMarkers, drafts, stoppedAt };
}

/** The offsets a draft covers: from its title (or first block) to the end of its last block. */
export function draftRange(d: DraftStory): [number, number] {
  let end = d.titleEnd;
  for (const b of d.intro) end = Math.max(end, b.block.end);
  for (const sec of d.sections) {
    end = Math.max(end, sec.markerEnd);
    for (const b of sec.blocks) end = Math.max(end, b.block.end);
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
  const mkSentences = (parts: Array<{ block: Block; from: number }>, part: Part): Sentence[] => {
    const out: Sentence[] = [];
    for (const { block, from } of parts) {
      for (const [s, e] of splitSentences(block.text, from)) {
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
    const last = ds.blocks[ds.blocks.length - 1]?.block;
    return {
      kind: ds.kind,
      also: ds.also,
      explicit: ds.explicit,
      markerStart: ds.markerStart,
      markerEnd: ds.markerEnd,
      start: ds.markerStart,
      end: last ? last.end : ds.markerEnd,
      sentences: ss,
      words: ss.reduce((n, s) => n + s.words, 0),
      quantitiesOutsideProse: ds.blocks.reduce((n, { block }) => n + (block.asides ? findQuantities(block.asides).length : 0), 0),
    } as Section;
  });
  // Free prose with one or two paragraphs: the closing sentences are the Result.
  if (d.prose && !sections.some((s) => s.kind === 'result')) {
    const action = sections.find((s) => s.kind === 'action');
    if (action?.sentences.length) {
      const tail = action.sentences.slice(-Math.min(2, Math.max(1, action.sentences.length - 1)));
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
  };
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
    iActions: actors.iActions,
    weActions: actors.weActions,
    quantities: qs.map((q) => ({ ...q, start: at(q.start), end: at(q.end - 1) + 1 })),
    pairs,
    principles: principles.find(text).map((p) => ({ ...p, start: at(p.start), end: at(p.end - 1) + 1 })),
    offsetAt: at,
    words: countWords(text),
  };
}
