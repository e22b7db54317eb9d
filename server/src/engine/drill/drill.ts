import type { Quantity, BeforeAfter, Sentence, Story, StoryDocument } from '../types';
import type { PrincipleMatcher } from '../language/principles';
import { straighten, phraseRegex, firstMatch, isQuoted } from '../language/phrases';
import { OWN_FAILURE } from '../lexicons/setbacks';
import { decisionsOf } from '../rules/no-alternatives';
import { tagLineMentions } from '../document/tag-lines';
import { setbackOf } from '../language/setbacks';

export type DrillKind = 'decision' | 'number' | 'we' | 'failure' | 'principle';

/** One follow-up question, about a piece of the story's own text. */
export interface DrillQuestion {
  question: string;
  kind: DrillKind;
  /** 1 opens a chain; 2 and 3 dig further into the same answer. */
  depth: number;
  /** Document offsets of what the question is about. */
  start: number;
  end: number;
  /** The story text the question is about, as written (white space collapsed). */
  quote: string;
}

/** How many chains of each kind a story gets: enough to rehearse, few enough to finish. */
const LIMITS: Record<DrillKind, number> = { decision: 3, number: 3, we: 2, failure: 1, principle: 2 };

/**
 * The questions an interviewer would ask next about one story, drawn from its
 * own decisions, numbers, "we" sentences, setback and named principles, each
 * opening a chain two or three questions deep. Chains come in story order;
 * the same story always gives the same questions.
 */
export function drillStory(doc: StoryDocument, story: Story, principles: PrincipleMatcher): DrillQuestion[] {
  const chains: Array<{ at: number; kind: DrillKind; questions: DrillQuestion[] }> = [];
  const add = (kind: DrillKind, start: number, end: number, quote: string, texts: string[], at = start) => {
    if (chains.filter((c) => c.kind === kind).length >= LIMITS[kind]) return;
    chains.push({ at, kind, questions: texts.map((question, i) => ({ question, kind, depth: i + 1, start, end, quote })) });
  };
  const used = new Set<Sentence>();

  for (const d of decisionsOf(story)) {
    used.add(d.sentence);
    const quote = quoteOf(d.sentence);
    add('decision', d.sentence.start, d.sentence.end, quote, [
      `You said "${clip(quote)}" Why that, and not another way? What else was on the table?`,
      'What would have had to be different for you to choose the other option?',
      'Looking back, what did that choice cost you, and would you make it again?',
    ]);
  }

  for (const { start, end, text, pair } of numbersOf(story, doc)) {
    const what = pair ? `the change from ${pair.before.text} to ${pair.after.text}` : text;
    add('number', start, end, text, [
      `How did you measure ${what}? ${pair ? 'Over what period?' : 'What was it before?'}`,
      'How do you know the change came from your work and not from something else that changed at the same time?',
      `What did ${pair ? 'that change' : text} mean for the customer or the business?`,
    ]);
  }

  for (const s of story.sentences) {
    if (s.actor !== 'we' || used.has(s) || (s.part !== 'action' && s.part !== 'result')) continue;
    used.add(s);
    const quote = quoteOf(s);
    add('we', s.actorToken?.start ?? s.start, s.end, quote, [
      `You said "${clip(quote)}" Which part of that was yours?`,
      'What did you decide on your own there, and who would have decided differently?',
      'If you had been away that month, what would have gone differently?',
    ]);
  }

  const setback = setbackAt(doc, story);
  if (setback) {
    add('failure', setback.start, setback.end, setback.quote, [
      'What do you do differently now?',
      'When did that change last make a difference?',
      'What would you tell someone about to make the same mistake?',
    ]);
  }

  for (const m of namedPrinciples(doc, story, principles)) {
    // Named in the front matter, above the story: asked after the story's own content.
    const at = m.start < story.start ? story.end : m.start;
    add(
      'principle',
      m.start,
      m.end,
      m.text,
      [`Give me another example of ${m.name}.`, 'In that example, what did you do yourself, and what changed because of it?'],
      at,
    );
  }

  chains.sort((a, b) => a.at - b.at || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return chains.flatMap((c) => c.questions);
}

const KIND_ORDER: DrillKind[] = ['decision', 'number', 'we', 'failure', 'principle'];

/** The opening question of each chain, in order: what a hover shows first. */
export function openingQuestions(questions: readonly DrillQuestion[], count: number): DrillQuestion[] {
  return questions.filter((q) => q.depth === 1).slice(0, count);
}

function quoteOf(s: Sentence): string {
  return s.text.replace(/\s+/g, ' ').trim();
}

/** A sentence short enough to read back inside a question, ending in punctuation. */
function clip(text: string): string {
  const max = 90;
  let out = text;
  if (out.length > max) {
    const cut = out.lastIndexOf(' ', max);
    out = `${out.slice(0, cut > 40 ? cut : max).replace(/[,;:\u2014\u2013-]+$/, '')} …`;
  }
  return /[.!?\u2026]$/.test(out) ? out : `${out}.`;
}

/**
 * The numbers worth a follow-up: before/after pairs in the Action and Result,
 * then measured quantities (percentages, money, measured times, multiples) in
 * the Result; bare counts ("three engineers") are context, not claims.
 */
function numbersOf(story: Story, doc: StoryDocument): Array<{ start: number; end: number; text: string; pair?: BeforeAfter }> {
  const out: Array<{ start: number; end: number; text: string; pair?: BeforeAfter }> = [];
  const taken: Array<[number, number]> = [];
  for (const s of story.sentences) {
    if (s.part !== 'action' && s.part !== 'result') continue;
    for (const pair of s.pairs) {
      out.push({ start: pair.start, end: pair.end, text: doc.text.slice(pair.start, pair.end).replace(/\s+/g, ' '), pair });
      taken.push([pair.start, pair.end]);
    }
  }
  // "twice" is how often, not a measure; a duration is a claim in the Result ("close took 2 days"), but not a delay ("three weeks late").
  const measured = (q: Quantity, s: Sentence) =>
    q.kind === 'percent' ||
    q.kind === 'money' ||
    (q.kind === 'multiple' && /\d/.test(q.text)) ||
    (q.kind === 'duration' && s.part === 'result' && isMeasuredTime(doc.text, q));
  const asked = new Set<string>();
  // Single numbers in the Action are usually plan details ("a flag at 5%"); the claims sit in the Result.
  for (const s of story.sentences) {
    if (s.part !== 'result') continue;
    for (const q of s.quantities) {
      if (!measured(q, s) || asked.has(q.text) || taken.some(([a, b]) => q.start < b && q.end > a)) continue;
      asked.add(q.text);
      out.push({ start: q.start, end: q.end, text: q.text });
    }
  }
  // Results first, since that is where an interviewer's doubt goes; then story order.
  const inResult = (n: { start: number }) => story.sentences.some((s) => s.part === 'result' && n.start >= s.start && n.start < s.end);
  return out.sort((a, b) => Number(inResult(b)) - Number(inResult(a)) || Number(!!b.pair) - Number(!!a.pair) || a.start - b.start);
}

const DELAY = /^\s*(?:late|behind|later|ago|after|before|early|earlier|overdue)\b/i;
/** Words before a duration that make it a measured time ("close took 2 days"), not a time frame ("within a month"). */
const MEASURED_BEFORE = /\b(?:took|takes|take|taking|to|from|under|below|only|now|down to|up to|cut to)\s+$/i;

function isMeasuredTime(text: string, q: Quantity): boolean {
  if (!/\d/.test(q.text)) return false;
  return MEASURED_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start)) && !DELAY.test(text.slice(q.end, q.end + 16));
}

/** Where the story owns a setback, if it is a failure story. */
function setbackAt(doc: StoryDocument, story: Story): { start: number; end: number; quote: string } | undefined {
  const signal = setbackOf(doc, story, 2);
  if (!signal) return undefined;
  const needle = straighten(signal).toLowerCase();
  for (const s of story.sentences) {
    const i = straighten(s.text).toLowerCase().indexOf(needle);
    if (i >= 0) return at(s, i, signal.length);
  }
  // Declared by front matter: the writer's own admission in the text is what the question is about, if there is one.
  for (const s of story.sentences) {
    const hit = firstMatch(OWN, straighten(s.text));
    if (hit && !isQuoted(s, hit.index)) return at(s, hit.index, hit.text.length);
  }
  // The setback is named by the title or the front matter: ask about the story as a whole.
  return { start: story.titleStart, end: story.titleEnd, quote: story.title ?? signal };
}

function at(s: Sentence, i: number, length: number) {
  const start = s.offsetAt(i);
  const end = s.offsetAt(i + length - 1) + 1;
  return { start, end, quote: s.text.slice(i, i + length) };
}

const OWN = phraseRegex(OWN_FAILURE);

/** Each principle the story names, once, at its first mention (title included). */
function namedPrinciples(doc: StoryDocument, story: Story, principles: PrincipleMatcher) {
  const seen = new Set<string>();
  const out: Array<{ name: string; start: number; end: number; text: string }> = [];
  // A one-story file's front matter `principles:` names them for the story.
  const fm = doc.frontMatter;
  if (fm && doc.storyCount === 1) {
    const block = doc.text.slice(fm.start, fm.end);
    for (const m of principles.find(block)) {
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      out.push({ name: m.name, start: fm.start + m.start, end: fm.start + m.end, text: m.text });
    }
  }
  for (const m of tagLineMentions(doc, story, principles)) {
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    out.push(m);
  }
  for (const m of story.title ? principles.find(story.title) : []) {
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    out.push({ name: m.name, start: story.titleStart, end: story.titleEnd, text: m.text });
  }
  for (const s of story.sentences) {
    for (const p of s.principles) {
      if (!p.named || seen.has(p.name)) continue;
      seen.add(p.name);
      out.push({ name: p.name, start: p.start, end: p.end, text: p.text });
    }
  }
  return out;
}
