import type { Part, Section, SectionKind, Sentence, Story, StoryDocument, Comment, FrontMatter, Notice } from '../types';
import { splitChunks, type Block } from './markdown';
import { ChunkCache, parseAndMark } from './chunk-cache';
import { splitSentences, tokenize, countWords, quoteOpenAfter, wrappedInQuotes } from '../language/text';
import { findQuantities } from '../quantities/find';
import { findPairs } from '../quantities/pairs';
import { analyzeActors, writerSideActs } from '../language/actors';
import type { PrincipleMatcher } from '../language/principles';
import { readFrontMatter } from './frontmatter';
import { assembleStories, type Aside, type BlockRef, type DraftStory, type MarkedBlock } from './drafts';
import { draftRange, endOf } from './draft-parts';

export { draftRange };
import { boundProse } from './units';
import { CHANGE_MADE_NAMES } from '../lexicons/sections';
import { beginStage, endStage } from '../profile';

export type { DraftStory } from './drafts';
export { ChunkCache };

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
  let t = beginStage();
  const { frontMatter, notices: frontMatterNotices } = readFrontMatter(text);
  endStage('front matter', t);
  // A leading byte-order mark is no text: micromark would drop it and count every offset one short.
  const bodyStart = frontMatter?.end ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const blocks: MarkedBlock[] = [];
  const comments: Comment[] = [];
  let stoppedAt: number | undefined;
  t = beginStage();
  const chunks = splitChunks(text, bodyStart);
  // Whether any heading is a single letter ("### S"): only then are such headings checked for siblings.
  let letterHeadings = false;
  endStage('chunking', t);
  t = beginStage();
  // The clock is read before a chunk only when the last one was parsed afresh: one from the cache costs next to nothing.
  let parsedBefore = -1;
  for (const [s, e] of chunks) {
    if (deadline !== Infinity && blocks.length > 0 && parsedBefore !== cache?.parsedChars && performance.now() > deadline) {
      stoppedAt = s;
      break;
    }
    parsedBefore = cache ? cache.parsedChars : -1;
    const parsed = cache ? cache.get(text, s, e) : parseAndMark(text, s, e);
    for (const c of parsed.comments) comments.push(c);
    for (const b of parsed.blocks as MarkedBlock[]) {
      blocks.push(b);
      if (b.type === 'heading' && b.marker?.letter) letterHeadings = true;
    }
  }
  if (letterHeadings) confirmLetterHeadings(blocks);
  endStage('chunk cache and blocks (includes parse)', t);
  t = beginStage();
  const hasMarkers = hasStarMarkers(blocks);
  const assembled = assembleStories(blocks, text, cache?.assembly);
  const drafts = boundProse(assembled.drafts, text);
  endStage('story assembly', t);
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

/** Whether the blocks hold Situation, Action and Result markers (SPEC §2). */
function hasStarMarkers(blocks: readonly MarkedBlock[]): boolean {
  const kinds = new Set<SectionKind>();
  for (const b of blocks) {
    if (!b.marker) continue;
    for (const k of b.marker.kinds) kinds.add(k);
    if (kinds.has('situation') && kinds.has('action') && kinds.has('result')) return true;
  }
  return false;
}

/**
 * A document whose stories are built when first asked for: `storyAt` builds
 * one, `stories` builds them all.
 */
export function documentOf(sk: Skeleton, principles: PrincipleMatcher): StoryDocument {
  return new LazyDocument(sk, principles);
}

/**
 * A class, not an object literal with getters: under Node 20 a literal's getters (closures over the whole model) were
 * kept by V8's young collector until a full collection, and with them every story built, about 75 KB of each story lint.
 */
class LazyDocument implements StoryDocument {
  readonly text: string;
  readonly frontMatter: FrontMatter | undefined;
  readonly comments: Comment[];
  readonly hasMarkers: boolean;
  readonly storyCount: number;
  private readonly built: Array<Story | undefined>;
  private starts: number[] | undefined = undefined;

  constructor(
    private readonly sk: Skeleton,
    private readonly principles: PrincipleMatcher,
  ) {
    this.text = sk.text;
    this.frontMatter = sk.frontMatter;
    this.comments = sk.comments;
    this.hasMarkers = sk.hasMarkers;
    this.storyCount = sk.drafts.length;
    this.built = new Array(sk.drafts.length);
  }

  get lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  get stories(): Story[] {
    return this.sk.drafts.map((_, i) => this.storyOf(i));
  }

  storyOf(i: number): Story {
    return (this.built[i] ??= timedStory(this.sk.drafts[i], this.sk.text, this.principles));
  }

  storyAt(offset: number): Story | undefined {
    const i = this.sk.drafts.findIndex((d) => {
      const [s, e] = draftRange(d);
      return offset >= s && offset <= e;
    });
    return i < 0 ? undefined : this.storyOf(i);
  }

  storyRange(i: number): [number, number] {
    return draftRange(this.sk.drafts[i]);
  }

  release(i: number): void {
    this.built[i] = undefined;
  }
}

/** Builds the story model of a Markdown document: stories, sections, sentences and what they hold. */
export function buildDocument(text: string, principles: PrincipleMatcher, cache?: ChunkCache): StoryDocument {
  return documentOf(buildSkeleton(text, cache), principles);
}

function timedStory(d: DraftStory, text: string, principles: PrincipleMatcher): Story {
  const t = beginStage();
  const story = finishStory(d, text, principles);
  endStage('story model', t);
  return story;
}

/** A marker that names the writer's change already made (lexicons/sections.ts). */
const CHANGE_MARKER = new RegExp(String.raw`\b(?:${[...CHANGE_MADE_NAMES].sort((a, b) => b.length - a.length).join('|')})\b`, 'i');

export function finishStory(d: DraftStory, text: string, principles: PrincipleMatcher): Story {
  const sentences: Sentence[] = [];
  const mkSentences = (parts: BlockRef[], part: Part): Sentence[] => {
    const out: Sentence[] = [];
    for (const { block, from, to } of parts) {
      // A quote opened in one sentence and closed in a later one: the sentences between are inside it.
      const whole = wrappedInQuotes(block.text, from, to ?? block.text.length);
      let open = false;
      for (const [s, e] of splitSentences(block.text, from, to)) {
        const sentence = makeSentence(block, s, e, part, sentences.length, principles, whole ? 'whole' : open);
        open = quoteOpenAfter(block.text, s, e, open);
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
      namesChange: ds.explicit && CHANGE_MARKER.test(text.slice(ds.markerStart, ds.markerEnd)),
      start: ds.markerStart,
      end: lastRef ? endOf(lastRef) : ds.markerEnd,
      sentences: ss,
      words: wordsIn(ss),
      quantitiesOutsideProse: ds.blocks.reduce((n, { block }) => n + (block.asides ? findQuantities(block.asides).length : 0), 0),
    } as Section;
  });
  // A transcript's first answer usually tells the whole story: its opening is the Situation, the rest the Action.
  if (d.transcript) splitFirstAnswer(sections);
  // Two paragraphs of free prose: the first may tell the acts after the scene, the second only what came of them.
  if (d.prose && !d.transcript) actsThenOutcome(sections);
  // Free prose with one or two paragraphs: the closing sentences are the Result.
  if (d.prose && !sections.some((s) => s.kind === 'result')) {
    const action = sections.find((s) => s.kind === 'action');
    if (action?.sentences.length) {
      const tail = action.sentences.slice(-closingCount(action.sentences));
      // The closing sentences are the outcome, not more of the Action (a one-sentence story stays both).
      if (tail.length < action.sentences.length) {
        for (const t of tail) t.part = 'result';
        action.sentences = action.sentences.slice(0, action.sentences.length - tail.length);
        action.words = wordsIn(action.sentences);
      }
      sections.push({
        ...action,
        kind: 'result',
        explicit: false,
        sentences: tail,
        words: wordsIn(tail),
        markerStart: tail[0].start,
        markerEnd: tail[0].start,
      });
    }
  }
  // In free prose, a paragraph of the Action that ends on what came of the writer's work ("My teams delivered most of it
  // and the relationship improved a lot. The client was thrilled with the new dashboards.") tells an outcome there: the
  // sentences after the writer's last act read as Result, though they stay in the Action's section.
  if (d.prose && !d.transcript) for (const sec of sections) if (sec.kind === 'action' && !sec.explicit) outcomesInAction(sec.sentences);
  for (let i = 0; i < sentences.length; i++) sentences[i].index = i;
  const last = sentences[sentences.length - 1];
  return {
    title: d.title,
    question: d.question,
    weighed: d.weighed,
    titleStart: d.titleStart,
    titleEnd: d.titleEnd,
    start: d.titleStart,
    end: Math.max(last?.end ?? d.titleEnd, ...sections.map((s) => s.end)),
    structured: d.structured,
    sections,
    sentences,
    words: wordsIn(sentences),
    lowerText: sentences.map((s) => s.text.toLowerCase()).join(' \n'),
    tagLines: (d.tagLines ?? []).map(([start, end]) => ({ start, end })),
  };
}

/**
 * How many closing sentences of free prose tell its outcome: the last paragraph's closing run in which the writer does
 * not act ("It transformed rainy-day weddings. Couples stopped dreading the forecast."), else the last one or two. At
 * least one sentence stays the Action.
 */
function outcomesInAction(sentences: Sentence[]): void {
  for (let i = 0; i < sentences.length; ) {
    let end = i;
    while (end + 1 < sentences.length && sentences[end + 1].blockIndex === sentences[i].blockIndex) end++;
    let lastAct = -1;
    for (let k = i; k <= end; k++) if (writerSideActs(sentences[k])) lastAct = k;
    if (lastAct >= i)
      for (let k = lastAct + 1; k <= end; k++) if (sentences[k].actor !== 'i' && sentences[k].actor !== 'we') sentences[k].part = 'result';
    i = end + 1;
  }
}

/** The spoken words of a run of sentences. */
function wordsIn(sentences: readonly Sentence[]): number {
  let n = 0;
  for (const s of sentences) n += s.words;
  return n;
}

function closingCount(sentences: Sentence[]): number {
  const fallback = Math.min(2, Math.max(1, sentences.length - 1));
  const block = sentences[sentences.length - 1].blockIndex;
  let n = 0;
  for (let i = sentences.length - 1; i > 0; i--) {
    const s = sentences[i];
    if (s.blockIndex !== block || writerSideActs(s)) break;
    n++;
  }
  return Math.max(n, fallback);
}

/**
 * Free prose in two paragraphs where the first sets the scene and then tells what the writer did ("At Quillstone we ran a
 * monthly webinar … We brought in outside speakers …") and the second only what came of it ("Registrations went from 380
 * to 610 …"): the first paragraph's acts are the Action and the second paragraph the Result, not the Situation and the
 * Action.
 */
function actsThenOutcome(sections: Section[]): void {
  if (sections.length !== 2) return;
  const [situation, action] = sections;
  if (situation.kind !== 'situation' || action.kind !== 'action' || situation.explicit || action.explicit) return;
  if (situation.sentences.length < 3 || !action.sentences.length || action.sentences.some(writerSideActs)) return;
  const acting = situation.sentences.findIndex((x, k) => k > 0 && writerSideActs(x));
  if (acting < 0) return;
  const moved = situation.sentences.slice(acting);
  const outcome = action.sentences;
  for (const m of moved) m.part = 'action';
  for (const o of outcome) o.part = 'result';
  situation.sentences = situation.sentences.slice(0, acting);
  situation.words = wordsIn(situation.sentences);
  sections.splice(
    1,
    1,
    {
      ...action,
      sentences: moved,
      words: wordsIn(moved),
      markerStart: moved[0].start,
      markerEnd: moved[0].start,
      start: moved[0].start,
      end: moved[moved.length - 1].end,
      quantitiesOutsideProse: 0,
    },
    { ...action, kind: 'result' },
  );
}

function splitFirstAnswer(sections: Section[]): void {
  const situation = sections[0];
  if (situation?.kind !== 'situation' || situation.sentences.length < 4) return;
  // The first third sets the scene, unless the writer acts sooner: "So we ran the assessment centre in the spring. We
  // designed all the exercises, we booked the hotel …" is the Action from its second sentence.
  // A sentence that says where or when it was ("So, um, this was at Brightline, we sold scheduling software") sets the scene.
  const acting = situation.sentences.findIndex((x, k) => k > 0 && writerSideActs(x));
  const keep = Math.min(Math.ceil(situation.sentences.length / 3), acting > 0 ? acting : Infinity);
  const moved = situation.sentences.slice(keep);
  for (const m of moved) m.part = 'action';
  situation.sentences = situation.sentences.slice(0, keep);
  situation.words = wordsIn(situation.sentences);
  const action = sections.find((x) => x.kind === 'action');
  if (action) {
    action.sentences = [...moved, ...action.sentences];
    action.words += wordsIn(moved);
    action.start = Math.min(action.start, moved[0].start);
  } else {
    const words = wordsIn(moved);
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

function makeSentence(
  block: Block,
  s: number,
  e: number,
  part: Part,
  index: number,
  principles: PrincipleMatcher,
  open: boolean | 'whole' = false,
): Sentence {
  const text = block.text.slice(s, e);
  const map = block.map;
  const shift = block.shift;
  const at = (i: number): number => shift + (s + i < e ? map[s + i] : map[e - 1] + 1);
  let began = beginStage();
  const tokens = tokenize(text, 0, open);
  for (const t of tokens) {
    t.end = at(t.end - 1) + 1;
    t.start = at(t.start);
  }
  endStage('story model: tokens', began);
  began = beginStage();
  const qs = findQuantities(text);
  // Moved to document offsets in place: every quantity, pair and mention here is a new object of this sentence's
  // (a pair's before and after are its own copies), so no copy of each is needed.
  const pairs = findPairs(text, qs);
  for (const p of pairs) {
    moveToDocument(p.before, at);
    moveToDocument(p.after, at);
    moveToDocument(p, at);
  }
  for (const q of qs) moveToDocument(q, at);
  endStage('story model: quantities', began);
  began = beginStage();
  const actors = analyzeActors(tokens);
  endStage('story model: actors', began);
  began = beginStage();
  const found = principles.find(text);
  for (const p of found) moveToDocument(p, at);
  endStage('story model: principles', began);
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
    quantities: qs,
    pairs,
    principles: found,
    offsetAt: at,
    words: countWords(text),
  };
}

/** Moves a range found in a sentence's text to document offsets (its end is the offset after its last character). */
function moveToDocument(r: { start: number; end: number }, at: (i: number) => number): void {
  const end = at(r.end - 1) + 1;
  r.start = at(r.start);
  r.end = end;
}

/** Headings looked at on each side of a letter heading for a sibling letter. */
const LETTER_SIBLING_REACH = 12;

/**
 * A heading that is a single letter ("### S", "### T") names a STAR section only beside a sibling letter
 * heading of another part at its depth, under the same parent: "## A" alone is a placeholder title. The
 * cached blocks are left as they are; an unconfirmed heading is replaced in this list by a copy without
 * its marker.
 */
function confirmLetterHeadings(blocks: MarkedBlock[]): void {
  // Indices of the headings, walked once: a sibling is looked for among the headings near each letter heading.
  const headings = blocks.flatMap((b, k) => (b.type === 'heading' ? [k] : []));
  const lone = headings.filter(
    (i, at) => blocks[i].marker?.letter && !hasSiblingLetter(blocks, headings, at, -1) && !hasSiblingLetter(blocks, headings, at, 1),
  );
  for (const i of lone) {
    const { marker, ...plain } = blocks[i];
    blocks[i] = plain;
  }
}

function hasSiblingLetter(blocks: MarkedBlock[], headings: number[], at: number, step: 1 | -1): boolean {
  const me = blocks[headings[at]];
  for (let k = at + step, n = 0; k >= 0 && k < headings.length && n < LETTER_SIBLING_REACH; k += step, n++) {
    const h = blocks[headings[k]];
    if (h.depth < me.depth) return false;
    if (h.depth === me.depth && h.marker?.letter && h.marker.kinds[0] !== me.marker!.kinds[0]) return true;
  }
  return false;
}
