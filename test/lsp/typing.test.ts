// In-process test of typing into a large file of many stories: text typed in and taken out again at several places
// (so every later story moves, and back), in LF and CRLF text, at and across the chunks the file is parsed in.
import assert from 'node:assert/strict';
import { lint, LintCache, type LintResult } from '../../server/src/engine/lint';
import { splitChunks } from '../../server/src/engine/document/markdown';
import { computeLineStarts } from '../../server/src/engine/document/positions';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import type { Analysis } from '../../server/src/lsp/analysis';

const PATH = 'stories.star.md';
const FORMATS = [
  '## Story {i}\n\n**Situation:** We maybe had a slow queue, and the team {i} was late.\n\n' +
    '**Action:** We probably rewrote it. We sort of shipped it. It was decided to wait.\n\n' +
    '**Result:** It was faster. Latency fell from 900 ms to 250 ms, about 40% for customers.\n',
  '## Story {i}\n\n### Situation\n\nThe release {i} slipped because they missed the date.\n\n### Action\n\n' +
    'We maybe fixed it. We rewrote the job. We reviewed it. Um, we kind of shipped it.\n\n### Result\n\nBetter, I think.\n',
  '- **Tell me about a time {i} you failed** We maybe missed a date. We probably shipped late. Um, it was fine.\n',
  'Q: Tell me about a conflict {i}.\n\nA: We maybe argued. I think we probably agreed in the end, sort of.\n',
  '<!-- a note {i} -->\n\n**Situation:** The team {i} was late.\n\n**Action:** We kind of fixed it, maybe.\n\n' +
    '**Result:** Better, by 20%.\n',
];
/** A long story with no heading inside it: longer than a chunk may grow, so it is cut into chunks between its paragraphs. */
const LONG = `## The long one {i}\n\n**Situation:** We maybe had a slow queue.\n\n**Action:**\n\n${Array.from(
  { length: 60 },
  (_, k) => `Paragraph ${k}: we probably rewrote part ${k} of it, and they missed the date again.\n`,
).join('\n')}\n**Result:** It was faster, maybe.\n`;
/** The same story twice in one file: its findings, and its chunks' blocks, are kept once per place. */
const TWIN = FORMATS[0].replaceAll('{i}', 'twin');
const LONG_TWIN = LONG.replaceAll('{i}', 'twin');

function document(eol: '\n' | '\r\n'): string {
  const parts: string[] = [];
  for (let i = 0; i < 120; i++) {
    parts.push(FORMATS[i % FORMATS.length].replaceAll('{i}', String(i)));
    if (i % 25 === 10) parts.push(LONG.replaceAll('{i}', String(i)));
    if (i % 30 === 5) parts.push(TWIN);
    if (i % 50 === 20) parts.push(LONG_TWIN);
  }
  return parts.join('\n').replace(/\n/g, eol);
}

/** What the server publishes and what the engine reports for `text`: with the document's cache, or from nothing. */
function state(text: string, cache?: LintCache) {
  const lineStarts = computeLineStarts(text);
  const result = lint(text, { path: PATH, cache, lineStarts, releaseStories: !!cache });
  const a = { kind: 'story', text, lineStarts, uri: `file:///${PATH}`, configProblems: [], result };
  return {
    diagnostics: JSON.parse(JSON.stringify(diagnosticsOf(a as unknown as Analysis, '/docs'))),
    findings: JSON.parse(JSON.stringify(result.findings)),
    stories: storiesOf(result),
  };
}

/** Where each story is and what its model holds (every fifth story's, to keep the test quick). */
function storiesOf(result: LintResult) {
  const doc = result.doc!;
  const out: unknown[] = [];
  for (let i = 0; i < doc.storyCount; i++) out.push(i % 5 ? doc.storyRange(i) : JSON.parse(JSON.stringify(doc.storyOf(i))));
  return out;
}

/**
 * Types `typed` at `at` and takes it out again, checking each step: one character at a time when `byCharacter`,
 * else the whole of it at once.
 */
function typeInAndOut(text: string, cache: LintCache, at: number, typed: string, what: string, byCharacter = false): void {
  let now = text;
  const check = (step: string) => assert.deepEqual(state(now, cache), state(now), `${what}: ${step}`);
  const step = byCharacter ? 1 : typed.length;
  for (let k = step; k <= typed.length; k += step) {
    now = text.slice(0, at) + typed.slice(0, k) + text.slice(at);
    check(`typed ${JSON.stringify(typed.slice(0, k))}`);
  }
  for (let k = typed.length - step; k >= 0; k -= step) {
    now = text.slice(0, at) + typed.slice(0, k) + text.slice(at);
    check(`${typed.length - k} taken out again`);
  }
}

describe('lsp: typing into a large file of many stories', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`publishes what a lint from nothing publishes, word by word, at each place typed (${name})`, function () {
      this.timeout(120_000);
      const text = document(eol);
      const chunks = splitChunks(text);
      assert.ok(chunks.length > 20, `the file is parsed in many chunks (${chunks.length})`);
      const texts = chunks.map(([s, e]) => text.slice(s, e));
      assert.ok(new Set(texts).size < texts.length, 'some chunks are the same text');
      const cache = new LintCache();
      assert.deepEqual(state(text, cache), state(text), 'on open');
      const middle = chunks[Math.floor(chunks.length / 2)][0];
      const inLong = text.indexOf('Paragraph 30:');
      const places: Array<[string, number]> = [
        ['before the first story', 0],
        ['in a word of the middle story', text.indexOf(' maybe ', middle) + 1],
        ['at the start of a chunk', middle],
        ['at the end of a chunk', middle - eol.length],
        ['in the long story cut into chunks', inLong],
        ['in the twin story that comes first', text.indexOf('team twin')],
        ['in the long twin that comes first', text.indexOf('Paragraph 20', text.indexOf('long one twin'))],
        ['near the end', text.lastIndexOf('We ')],
      ];
      for (const [what, at] of places) {
        assert.ok(at >= 0, what);
        typeInAndOut(text, cache, at, 'very ', what, what.includes('middle story'));
      }
      // A line typed in and out moves every later story by a line as well.
      typeInAndOut(text, cache, middle, `Note${eol}`, 'a line at the start of a chunk');
    });

    it(`publishes what a lint from nothing publishes after text across a chunk boundary is cut and typed back (${name})`, () => {
      const text = document(eol);
      const chunks = splitChunks(text);
      const cache = new LintCache();
      state(text, cache);
      for (const k of [3, Math.floor(chunks.length / 2), chunks.length - 2]) {
        const boundary = chunks[k][0];
        // From inside the chunk before the boundary to inside the chunk after it.
        const [from, to] = [boundary - 40, boundary + 40];
        const cut = text.slice(0, from) + text.slice(to);
        assert.deepEqual(state(cut, cache), state(cut), `cut across the start of chunk ${k}`);
        assert.deepEqual(state(text, cache), state(text), `typed back across the start of chunk ${k}`);
      }
    });
  }
});
