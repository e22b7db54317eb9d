import type { Rule } from '../rule';
import type { Sentence, StoryDocument, Suggestion, Token } from '../types';
import { promptAfterSentence, replace } from '../fixes';
import { HEDGES, TYPE_OF_BEFORE, HEDGE_BEFORE, TYPE_OF_DETERMINERS, KIND_OF_PERSON, type HedgeEntry } from '../lexicons/hedges';
import { reportedSpeechAt } from '../language/speech';
import { words } from '../lexicons/words';
import { startsWithLetter } from '../language/text';

interface Options {
  /** Hedges (lower case, as written in the lexicon) the writer accepts. */
  ignore: string[];
}

export const hedging: Rule<Options> = {
  id: 'hedging',
  meta: {
    level: 'sentence',
    defaultSeverity: 'warning',
    summary: 'Hedges and fillers ("maybe", "probably", "kind of", "um") make the story sound unsure.',
    why:
      'Interviewers probe a story to find out whether you really did and understood it. Words like "maybe", "probably", "I guess" ' +
      'or a filler like "um" read as doubt about your own work, and they invite exactly the follow-up questions that show where your ' +
      'knowledge stops.',
    strong:
      'State what happened and what you decided as facts. Where you truly do not know, say so once, plainly, and say what you would ' +
      'check to find out.',
    example: {
      weak: 'The slowdown was, um, probably the cache, I guess.',
      strong: 'The slowdown was the cache: the traces showed 70% of requests missing it after the deploy.',
    },
    followUp: 'You said it was probably that. Do you know, or are you guessing? How would you find out?',
    messages: {
      hedge: '`{hedge}` sounds unsure. Say it plainly, or say what you know and how you would find out.',
    },
    grouped: {
      many: '{count} hedges in this story ({list}). Say it plainly, or say what you know and how you would find out.',
      also: '`{hedge}` sounds unsure too ({index} of {count}; the first is on line {line}).',
      listKey: 'hedge',
    },
    defaultOptions: { ignore: [] },
    optionDocs: {
      ignore: 'Hedges to accept: an underlined hedge holding one of these words or phrases is not flagged (for example `["perhaps"]`).',
    },
  },
  examples: {
    valid: [
      {
        name: '"kind of" meaning "type of", and a hedge inside a quotation',
        text:
          '## Search relevance\n\n**Situation:** Sellers kept asking what kind of listing ranked first.\n\n**Action:** I built a ' +
          'new kind of index for seller titles. A seller wrote "maybe the ranking is random", so I published the ranking ' +
          'rules.\n\n**Result:** Ranking tickets fell from 40 a week to 6.\n',
      },
      {
        name: "someone else's estimate, reported",
        text:
          '## Partner launch\n\n**Situation:** The vendor said their API would probably slip by a month.\n\n**Action:** I built a ' +
          'stub of their API so that my team could keep testing.\n\n**Result:** We launched on the original date.\n',
      },
    ],
    invalid: [
      {
        name: 'fillers and hedges in a spoken answer',
        text:
          '## Scaling\n\n**Situation:** Traffic was about to grow tenfold.\n\n**Action:** Um, the queue would probably have needed ' +
          "a second worker. I guess I sort of owned the capacity plan.\n\n**Result:** I'm not sure how the extra load got absorbed.\n",
        expect: ['hedge', 'hedge', 'hedge', 'hedge', 'hedge'],
      },
    ],
  },
  check({ doc, story, report }) {
    for (const s of story.sentences) {
      for (let i = 0; i < s.tokens.length; i++) {
        const entry = entryAt(s.tokens, i);
        if (!entry) continue;
        const last = i + entry.words.length - 1;
        if (!isHedge(s.tokens, i, last, entry)) continue;
        if (entry.figure && !figureAfter(s, last)) continue;
        const start = s.tokens[i].start;
        // "I think it was 20%": the writer sees the hedge ("I think"), not the words it hedges.
        const end = s.tokens[entry.span ? i + entry.span - 1 : last].end;
        const hedge = doc.text.slice(start, end);
        // A filler can go; an estimate may be honest, so it gets a prompt to back it, never a deletion.
        const suggestions = isEstimate(entry)
          ? [checkPrompt(s)]
          : entry.fix
            ? [entry.parenthetical ? dropAside(s, i, last, hedge) : dropHedge(doc, s, i, last, hedge)]
            : [];
        report({ messageId: 'hedge', data: { hedge }, start, end, suggestions });
        // "I think we maybe": the words after the hedge shown are read again, and may hold a hedge of their own.
        i = entry.span ? i + entry.span - 1 : last;
      }
    }
  },
};

/** A figure within three words after token `last`: "I think it was 20% of Android users". */
function figureAfter(s: Sentence, last: number): boolean {
  const from = s.tokens[last].end;
  const to = s.tokens[Math.min(last + 3, s.tokens.length - 1)].end;
  return s.quantities.some((q) => q.start >= from && q.start <= to);
}

/** Hedge entries by each word they can start with, with `a|b` alternatives split once: this runs on every token. */
const BY_FIRST_WORD = new Map<string, Array<HedgeEntry & { alternatives: string[][] }>>();
for (const h of HEDGES) {
  const alternatives = h.words.map((w) => w.split('|'));
  for (const first of alternatives[0]) {
    if (!BY_FIRST_WORD.has(first)) BY_FIRST_WORD.set(first, []);
    BY_FIRST_WORD.get(first)!.push({ ...h, alternatives });
  }
}

/** The first hedge entry that matches at token `i` (a loop, not `find` with a closure: this runs on every token). */
function entryAt(tokens: Token[], i: number): (HedgeEntry & { alternatives: string[][] }) | undefined {
  const entries = BY_FIRST_WORD.get(tokens[i].norm);
  if (entries) for (const h of entries) if (matchesAt(tokens, i, h)) return h;
  return undefined;
}

function matchesAt(tokens: Token[], i: number, h: HedgeEntry & { alternatives: string[][] }): boolean {
  if (i + h.alternatives.length > tokens.length) return false;
  return h.alternatives.every((alts, k) => alts.includes(tokens[i + k].norm));
}

function isHedge(tokens: Token[], first: number, last: number, entry: HedgeEntry): boolean {
  for (let k = first; k <= last; k++) if (tokens[k].quoted) return false;
  const t = tokens[first];
  const prev = tokens[first - 1];
  // Filler sounds are written in lower or Title case; "UM", "ER" are acronyms. "5 um" is a unit.
  if (entry.filler && (!/^\p{Lu}?\p{Ll}+$/u.test(t.text) || (prev && /^\d/.test(prev.text)))) return false;
  // "with, like, actual students": set off by commas; "tools like Jira" is no filler.
  if (
    entry.parenthetical &&
    (prev?.text !== ',' || tokens[last + 1]?.text !== ',') &&
    !(entry.closesClause && closesClause(prev, tokens[last + 1]))
  )
    return false;
  if (entry.opensClause && prev && !CLAUSE_OPENERS.has(prev.norm) && !CLAUSE_OPENERS.has(prev.text)) return false;
  if (entry.words[0] === 'kind' || entry.words[0] === 'sort') {
    if (!kindOfIsHedge(tokens, first)) return false;
  }
  // "I think we could have …" looks back; only present doubt is a hedge here.
  if (entry.words[1] === 'think' && tokens[last + 1]?.norm === 'have' && tokens[last].norm === 'could') return false;
  // Someone else's words, or the writer's past thinking: "the vendor said it would probably slip",
  // "I thought it would probably hold". What the writer told people is still their own hedge.
  // A filler ("I thought it was kind of overkill", "my lead said it was kind of slow") is the writer's own wording inside
  // anyone's words told indirectly (quoted words are skipped above).
  // "I guess" and "I suppose" are the writer speaking now, wherever they stand: "someone mentioned a Safari issue, so I
  // guess that was part of it", "my manager asks me to, I guess, sort the flaky tests out".
  if (entry.words[0] === 'i' && SPEAKING_NOW.has(entry.words[1])) return true;
  const reported = reportedSpeechAt(tokens, first);
  if (reported && isEstimate(entry) && (!reported.firstPerson || reported.kind === 'thinking')) return false;
  return true;
}

/** What may stand right before a hedge that opens its clause: a comma, a dash, "and", "but". */
const CLAUSE_OPENERS = words`, ; : \u2014 \u2013 - ( and but though although honestly`;

/**
 * Whether a hedge between `prev` and `next` closes its clause after what it doubts: the sentence's end or a comma next, and
 * words of the clause before ("…, I think." or "…reasons I think, because"; not "what I think").
 */
function closesClause(prev: Token | undefined, next: Token | undefined): boolean {
  return (!next || /^[.?!;,]/.test(next.text)) && !!prev && !NOT_DOUBTED.has(prev.norm);
}
const NOT_DOUBTED = words`what how why where whatever who which`;

/** Hedges told in the writer's own present voice, never inside someone else's reported words. */
const SPEAKING_NOW = words`guess suppose reckon`;

/** Verbs that make "kind of" a hedge whatever stands before it ("those things kind of happen"). */
const VERBS_AFTER_HEDGE = words`happen happens went made felt fell broke took knew got came gave ran did`;

/** Words in -ed that are nouns after "kind of" ("a kind of seed", "that sort of need"). */
const NOUN_ED = words`need seed feed speed breed bed shed red`;

/** "kind of" is a hedge in "it was kind of slow" but means "type of" in "a new kind of index". */
function kindOfIsHedge(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 2];
  if (tokens[i].norm === 'kind' && next && KIND_OF_PERSON.has(next.norm)) return false;
  // "my supervisor kind of mentioned it", "it was sort of slowly failing": a verb or an adverb follows, so it hedges.
  if (next && /^\p{L}{3,}(?:ed|ly)$/u.test(next.norm) && !NOUN_ED.has(next.norm)) return true;
  if (next && VERBS_AFTER_HEDGE.has(next.norm)) return true;
  if (!prev || !startsWithLetter(prev.text)) return true;
  if (TYPE_OF_BEFORE.has(prev.norm)) return false;
  if (HEDGE_BEFORE.has(prev.norm)) return true;
  const before = tokens[i - 2];
  return !(before && TYPE_OF_DETERMINERS.has(before.norm));
}

/** Hedges that may be an honest estimate ("probably", "I think it might"), as opposed to fillers ("um", "sort of"). */
function isEstimate(entry: HedgeEntry): boolean {
  const first = entry.words[0];
  return first === 'maybe' || first === 'perhaps' || first === 'probably' || first === 'i' || first === "i'm";
}

/** Asks the writer to back the estimate instead of dropping it: deleting it would make them sound surer than they are. */
function checkPrompt(s: Sentence): Suggestion {
  return promptAfterSentence(
    s,
    'Insert prompt: what I know, and how I would check',
    'What I know: ${1:what I saw or measured}; I would check it by ${2:how I would confirm it}.',
  );
}

const SPACE = /[ \t]/;

/**
 * Deletes a filler set off by commas with its opening comma and the word: "testing with, like, actual students" reads
 * "testing with actual students" (isHedge has checked both commas).
 */
function dropAside(s: Sentence, first: number, last: number, hedge: string): Suggestion {
  return replace(`Remove \`${hedge}\``, s.tokens[first - 1].start, s.tokens[last + 1].end, '');
}

/** Deletes the hedge with the comma or ellipsis and space that belong to it, keeping a capital at the start of the sentence. */
function dropHedge(doc: StoryDocument, s: Sentence, first: number, last: number, hedge: string): Suggestion {
  const text = doc.text;
  let start = s.tokens[first].start;
  const hedgeEnd = s.tokens[last].end;
  let end = hedgeEnd;
  if (text.startsWith('...', end)) end += 3;
  else if (text[end] === ',' || text[end] === '…') end++;
  while (end < s.end && SPACE.test(text[end])) end++;
  if (end >= s.end || /[.,;:!?)\u2026\u2014\r\n]/.test(text[end])) {
    // Nothing follows in the clause ("It worked, I guess."): take the space and comma before instead.
    end = hedgeEnd;
    while (start > s.start && SPACE.test(text[start - 1])) start--;
    if (text[start - 1] === ',') start--;
  }
  const firstWord = s.tokens.findIndex((t) => startsWithLetter(t.text));
  if (first === firstWord && end < s.end && /\p{Ll}/u.test(text[end])) {
    return replace(`Remove \`${hedge}\``, start, end + 1, text[end].toUpperCase());
  }
  return replace(`Remove \`${hedge}\``, start, end, '');
}
