import type { SectionKind } from '../types';
import type { Block } from './markdown';
import type { Marker } from './sections';

/*
 * Story assembly: which headings and labels start a story, and which blocks
 * belong to which STAR section (SPEC §2). Works on parsed blocks only; the
 * sentence analysis of each draft happens later, story by story, in model.ts.
 */

/** A parsed block with its STAR marker, if it is one. */
export interface MarkedBlock extends Block {
  marker?: Marker;
}

export interface DraftSection {
  kind: SectionKind;
  also: SectionKind[];
  explicit: boolean;
  markerStart: number;
  markerEnd: number;
  blocks: Array<{ block: Block; from: number }>;
}

export interface DraftStory {
  title?: string;
  titleStart: number;
  titleEnd: number;
  titleDepth: number;
  sectionDepth?: number;
  structured: boolean;
  intro: Array<{ block: Block; from: number }>;
  sections: DraftSection[];
  /** For free prose: how paragraphs map to parts. */
  prose?: boolean;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i > from && text[i - 1] === '\r' ? i - 1 : i;
}

export function structuredStories(blocks: MarkedBlock[], text: string): DraftStory[] {
  const stories: DraftStory[] = [];
  let cur: DraftStory | undefined;
  let pending: Block[] = [];
  const open = (title: Block | undefined, at: Block): DraftStory => {
    const first = pending[0] ?? at;
    const s: DraftStory = title
      ? {
          title: title.text.trim(),
          titleStart: title.start,
          titleEnd: lineEnd(text, title.start),
          titleDepth: title.depth,
          structured: true,
          intro: [],
          sections: [],
        }
      : {
          titleStart: first.start,
          titleEnd: lineEnd(text, first.start),
          titleDepth: 0,
          structured: true,
          intro: pending.map((b) => ({ block: b, from: 0 })),
          sections: [],
        };
    pending = [];
    stories.push(s);
    return s;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === 'heading' && !b.marker) {
      pending = [];
      if (cur && cur.sectionDepth !== undefined && b.depth > cur.sectionDepth) continue;
      if (followedByMarker(blocks, i)) {
        cur = open(b, b);
        continue;
      }
      if (cur && b.depth > cur.titleDepth && cur.titleDepth > 0) continue;
      cur = undefined;
      continue;
    }
    if (b.marker) {
      const startsOver =
        cur &&
        b.marker.kinds[0] === 'situation' &&
        cur.sections.some((s) => s.kind === 'action' || s.kind === 'result') &&
        (b.type === 'paragraph' || cur.titleDepth === 0);
      if (!cur || startsOver) cur = open(undefined, b);
      if (b.type === 'heading' && cur.sectionDepth === undefined) cur.sectionDepth = b.depth;
      const markerEnd = b.type === 'heading' ? lineEnd(text, b.start) : b.shift + b.map[Math.min(b.marker.contentStart, b.map.length - 1)];
      cur.sections.push({
        kind: b.marker.kinds[0],
        also: b.marker.kinds.slice(1),
        explicit: true,
        markerStart: b.start,
        markerEnd,
        blocks: [],
      });
      if (b.type === 'paragraph' && b.marker.contentStart < b.text.length)
        cur.sections[cur.sections.length - 1].blocks.push({ block: b, from: b.marker.contentStart });
      continue;
    }
    if (!cur) {
      if (b.type === 'paragraph') pending.push(b);
      continue;
    }
    const sec = cur.sections[cur.sections.length - 1];
    if (sec) sec.blocks.push({ block: b, from: 0 });
    else cur.intro.push({ block: b, from: 0 });
  }
  return stories;
}

function followedByMarker(blocks: MarkedBlock[], i: number): boolean {
  for (let j = i + 1; j < blocks.length && j < i + 40; j++) {
    if (blocks[j].marker) return true;
    if (blocks[j].type === 'heading') return false;
  }
  return false;
}

export function proseStories(blocks: MarkedBlock[], text: string): DraftStory[] {
  let depth = Infinity;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].type === 'heading' && blocks[i + 1]?.type === 'paragraph') depth = Math.min(depth, blocks[i].depth);
  }
  const stories: DraftStory[] = [];
  let cur: DraftStory | undefined;
  let body: Block[] = [];
  const flush = () => {
    if (cur && body.length) {
      cur.sections = proseSections(body);
      stories.push(cur);
    }
    body = [];
  };
  for (const b of blocks) {
    if (b.type === 'heading') {
      if (b.depth <= depth) {
        flush();
        cur = {
          title: b.text.trim(),
          titleStart: b.start,
          titleEnd: lineEnd(text, b.start),
          titleDepth: b.depth,
          structured: false,
          intro: [],
          sections: [],
          prose: true,
        };
        if (b.depth < depth) cur = undefined;
      }
      continue;
    }
    if (!cur)
      cur = {
        titleStart: b.start,
        titleEnd: lineEnd(text, b.start),
        titleDepth: 0,
        structured: false,
        intro: [],
        sections: [],
        prose: true,
      };
    body.push(b);
  }
  flush();
  return stories;
}

/** Free prose: opening context is the Situation, the close the Result, the rest the Action. */
export function proseSections(body: Block[]): DraftSection[] {
  const units: Block[][] = [];
  for (const b of body) {
    const last = units[units.length - 1];
    if (b.inList && last?.[last.length - 1].inList) last.push(b);
    else units.push([b]);
  }
  const mk = (kind: SectionKind, bs: Block[]): DraftSection => ({
    kind,
    also: [],
    explicit: false,
    markerStart: bs[0].start,
    markerEnd: bs[0].start,
    blocks: bs.map((block) => ({ block, from: 0 })),
  });
  if (units.length === 1) return [mk('action', units[0])];
  if (units.length === 2) return [mk('situation', units[0]), mk('action', units[1])];
  return [mk('situation', units[0]), mk('action', units.slice(1, -1).flat()), mk('result', units[units.length - 1])];
}
