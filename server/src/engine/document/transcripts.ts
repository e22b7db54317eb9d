import type { Block } from './markdown';
import type { SectionKind, StoryQuestion } from '../types';
import { isOpeningQuestion, isQuestionTitle, labelEnd, nameLabel } from './speakers';
import { lineEnd } from './positions';
import { endOf, proseStory, startOf, wordCount, type AsideSink, type DraftSection, type DraftStory, type Item } from './draft-parts';

/**
 * A transcript: each opening question starts a story; follow-up questions and
 * the interviewer's other lines are set aside; the candidate's answers (and
 * paragraphs that continue them) are the story, read as free prose.
 */
export function transcriptStories(items: Item[], title: Block | undefined, depth: number, text: string, aside: AsideSink): DraftStory[] {
  const groups: Array<{ question?: Item; title?: Block; answers: Item[]; asked: Array<SectionKind | undefined>; weighed?: boolean }> = [];
  let cur: (typeof groups)[number] | undefined;
  let inAnswer = false;
  let asking: SectionKind | undefined;
  let askingOptions = false;
  for (const it of items) {
    if (it.speaker === 'interviewer') {
      aside('interviewer', startOf(it.ref), endOf(it.ref));
      const q = it.block.text.slice(it.ref.from, it.ref.to);
      if (!cur || (isOpeningQuestion(q) && cur.answers.length)) {
        cur = { question: it, title: groups.length === 0 ? title : undefined, answers: [], asked: [] };
        groups.push(cur);
        asking = undefined;
        askingOptions = false;
      } else {
        asking = questionKind(q);
        askingOptions = OPTIONS_QUESTION.test(q);
      }
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
    const answer = it.speaker ? { ...it, ref: { ...it.ref, from: answerStart(it) } } : it;
    cur.answers.push(answer);
    cur.asked.push(asking);
    // "What options did you look at?" answered: the options are told in the answer, whatever words it uses for them;
    // not when it opens by saying there were none ("Um... not really, Python is what I knew").
    if (askingOptions && !NONE_WEIGHED.test(answer.block.text.slice(answer.ref.from, answer.ref.to))) cur.weighed = true;
    askingOptions = false;
  }
  // A heading over several questions, or one that names the session ("Mock interview, round 2") rather than the story
  // ("Christmas phone appeal"), titles no story: each story is titled by its opening question.
  const answered = groups.filter((g) => g.answers.length);
  if (title && (answered.length > 1 || (answered[0]?.question && sessionHeading(title.text)))) {
    aside('collection-title', title.start, title.end);
    for (const g of groups) g.title = undefined;
  }
  const out: DraftStory[] = [];
  for (const g of groups) {
    if (!g.answers.length) continue;
    // "Okay, recording's on. Ready?" / "Ready.": small talk before the first question is no story.
    const q = g.question?.block.text.slice(g.question.ref.from, g.question.ref.to);
    if (q && !isOpeningQuestion(q) && groups.length > 1 && wordCount(g.answers) < SMALL_TALK_WORDS) {
      for (const a of g.answers) aside('notes', startOf(a.ref), endOf(a.ref));
      continue;
    }
    const titleBlock = g.title;
    const d = titleBlock ? proseStory(g.answers, titleBlock, depth, text, true) : proseStory(g.answers, undefined, 0, text, true);
    if (g.asked.some((k) => k)) d.sections = answerSections(g.answers, g.asked);
    if (g.weighed) d.weighed = true;
    // The question past its label ("**Q:**", a name): the story's title, or beside a heading that names none, its question.
    const asked = g.question && questionOf(g.question);
    if (titleBlock && q && asked && isOpeningQuestion(q)) d.question = asked;
    if (!titleBlock && asked) {
      d.title = asked.text;
      d.titleStart = asked.start;
      d.titleEnd = lineEnd(text, asked.start);
    }
    out.push(d);
  }
  return out;
}

/** Fewer words than this in answer to a question that asks for no story are small talk ("Ready.", "Sure, go ahead."). */
const SMALL_TALK_WORDS = 8;

/** Words of a heading that names an interview session, not a story: "questions" do, one "question" names one story. */
const SESSION = new RegExp(
  String.raw`\b(?:interviews?|interviewers?|mock|rounds?|sessions?|practi[cs](?:e|es|ed|ing)|run-?through|dry run|role-?play|` +
    String.raw`loops?|onsite|on-site|screens?|screening|transcripts?|calls?|` +
    String.raw`recordings?|q ?& ?a|q and a|prep|rehearsal|questions|answers|drafts|panel|behaviou?ral|bar raiser|` +
    String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|` +
    String.raw`october|november|december|\d{1,2}[/.-]\d{1,2})\b`,
  'i',
);

/**
 * A heading over one question that names the session: "Mock interview, round 2", or "Practice run — \"Tell me about your
 * toughest peak\"" (the session first, the question it was asked after it), not the story.
 */
function sessionHeading(title: string): boolean {
  const head = title.split(/[\u2014\u2013:"\u201c]/)[0];
  return (head !== title && namesSession(head)) || (!isQuestionTitle(title) && namesSession(title));
}

/** A heading that names the session; one that says it is a story ("Story B — the version that failed my loop") never does. */
function namesSession(title: string): boolean {
  return SESSION.test(title) && !/^[\W\d]*(?:story|example|answer)\b/i.test(title);
}

/** Words of a follow-up that asks for the lesson, the result, or more of the action. */
const LEARNING_QUESTION = new RegExp(
  String.raw`\b(?:differently|learn(?:ed|t)?|lessons?|looking back|in hindsight|takeaways?|take (?:away|from)|` +
    String.raw`change (?:anything|now)|again|what (?:did|have) you (?:change|changed|put in place)|since then)\b`,
  'i',
);
const RESULT_QUESTION = new RegExp(
  String.raw`\b(?:results?|outcomes?|impact|how did (?:it|that|things|the [\w-]+) (?:go|turn out|end|land)|` +
    String.raw`in the end|end up|measure|numbers?|what changed|difference did)\b`,
  'i',
);
const ACTION_QUESTION = new RegExp(
  String.raw`\b(?:what did you (?:do|try)|what happened|how did you|walk me through|your (?:role|part)|who(?:'s|` +
    String.raw` is| was| did)|which part|what was yours|steps?|approach|why did you|what made you)\b`,
  'i',
);

/** A follow-up that asks for the options weighed: "What options did you look at?", "What else did you consider?". */
const OPTIONS_QUESTION = /\b(?:options|alternatives?|choices|what else (?:did|could) you|other ways|any other way|trade-?offs?)\b/i;

/** An answer that opens by saying no other way was weighed: "Um... not really", "No, I didn't", "Honestly, not at the time". */
const NONE_WEIGHED = new RegExp(
  String.raw`^[\s*_>]*(?:(?:um+|uh+|er+m?|well|so|honestly|to be honest|hmm+)[\s,.\u2026-]*)*(?:no\b|nope|not really|not at the time|` +
    String.raw`not much|not seriously|i didn't|i did not|i don't think|i never|there wasn't|there was no|we didn't)`,
  'i',
);

/** What a follow-up question asks for: the result, the lesson, or more of the action. */
function questionKind(q: string): SectionKind | undefined {
  if (LEARNING_QUESTION.test(q)) return 'learning';
  if (RESULT_QUESTION.test(q)) return 'result';
  if (ACTION_QUESTION.test(q)) return 'action';
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

/** An interviewer's line as the question a story answers: its words past the label ("Question:", "**Q:**", a name). */
export function questionOf(it: Item): StoryQuestion {
  return { text: it.block.text.slice(answerStart(it), it.ref.to).trim(), start: startOf(it.ref), end: endOf(it.ref) };
}

/** Where a speaker's own words start, after "A:", "**Me:**", "**Q:**" and the like. */
function answerStart(it: Item): number {
  const line = it.block.text.slice(it.ref.from, it.ref.to);
  // An interviewer called by name ("**Dev:** Tell me …"): the question starts after the name.
  return it.ref.from + (labelEnd(line) || (it.speaker === 'interviewer' ? (nameLabel(line)?.end ?? 0) : 0));
}
