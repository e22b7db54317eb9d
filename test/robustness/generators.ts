import fc from 'fast-check';

/*
 * The generated-document families of the property tests, shared: the engine
 * and range properties run on them here, and test/robustness/fast-parse.test.ts
 * checks that both Markdown readers agree on them.
 */

const ODD = [
  'İ',
  'İstanbul',
  '👩‍💻',
  '🇺🇸',
  'é',
  'e\u0301',
  'שלום',
  'مرحبا',
  '\u200d',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udc00',
  'Zoë',
  '—',
  '…',
  '“',
  '”',
  '\t',
  '\u00a0',
  'İ',
  'ß',
];
const WORDS = [
  'we',
  'I',
  'our team',
  'improved',
  'maybe',
  'kind of',
  'Customer Obsession',
  'Ownership',
  'from 850 ms to 285 ms',
  '80%',
  'was made',
  "wasn't my fault",
  'decided',
  'customers',
  '3x',
  'two weeks',
  '**',
  '*',
  '`',
  '[link](http://x)',
  '<!-- c -->',
  '#',
  '-',
  '>',
  '1.',
];
const MARKERS = [
  '## Story',
  '### Situation',
  '### Task',
  '### Action',
  '### Result',
  '**Situation:**',
  '**Action:**',
  '**Result:**',
  'Learning —',
  '```',
  '---',
  '> ',
  '- ',
  '    ',
];
const EOL = ['\n', '\r\n', '\r'];

const piece = fc.oneof(
  fc.constantFrom(...ODD),
  fc.constantFrom(...WORDS),
  fc.constantFrom(...MARKERS),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(' ', '. ', ', '),
);
const line = fc.array(piece, { maxLength: 30 }).map((p) => p.join(' '));
/** A Markdown document of odd Unicode, story words and block markers, in one of three line endings, maybe with front matter. */
export const markdownDoc = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom(...EOL), fc.boolean())
  .map(([lines, eol, fm]) => (fm ? `---${eol}star: true${eol}---${eol}` : '') + lines.join(eol));

/** A reference and the character it decodes to, written one after the other. */
export const REFERENCES: Array<[string, string]> = [
  ['&copy;', '©'],
  ['&amp;', '&'],
  ['&#x1F600;', '😀'],
  ['&#128512;', '😀'],
  ['&#x1D504;', '𝔄'],
  ['&Afr;', '𝔄'],
  ['&eacute;', 'é'],
  ['&#169;', '©'],
];
const ASTRAL = ['👩‍💻', '🚀', '𝔄', '🇺🇸'];
const SENTENCES = [
  'Uh, maybe it was the queue.',
  'I think we might have missed it.',
  'It was probably the cache, sort of.',
  'I rewrote the importer and latency fell from 900 ms to 250 ms.',
  'We improved the checkout a lot.',
  'The decision was made to wait.',
  "It wasn't my fault that the other team dropped the ball.",
  'I showed Customer Obsession because we built it for customers.',
  'I decided to use a queue instead of a cron job.',
  'I cut costs from $40,000 to $10,000, an 80% reduction.',
  'I led three engineers for two weeks.',
];
const LABELS = ['**Situation:**', '**Task:**', '**Action:**', '**Result:**'];

export interface Shape {
  bom: boolean;
  eol: '\n' | '\r\n' | '\r';
  /** Copies of the story, so some documents pass the 8 KB a chunk is parsed whole up to. */
  copies: number;
  sections: Array<Array<{ sentence: number; decor: number; indent: number; wrap: boolean }>>;
}

const decorated = (s: string, decor: number): string => {
  if (decor === 0) return s;
  const words = s.split(' ');
  const at = decor % words.length;
  const extra =
    decor % 3 === 0
      ? REFERENCES[decor % REFERENCES.length].join('')
      : decor % 3 === 1
        ? ASTRAL[decor % ASTRAL.length]
        : REFERENCES[decor % REFERENCES.length][0];
  words.splice(at, 0, extra);
  return words.join(' ');
};

/** A document of `copies` STAR stories in the shape's line ending, maybe behind a byte-order mark. */
export function render(shape: Shape): string {
  const story = (n: number) => {
    const parts = [`## Story ${n}`, ''];
    shape.sections.forEach((sentences, i) => {
      const lines: string[] = [];
      let line = LABELS[i % LABELS.length];
      for (const s of sentences) {
        const text = decorated(SENTENCES[s.sentence % SENTENCES.length], s.decor);
        // A continuation line: micromark strips its indent, however deep, from the text it analyses.
        if (s.wrap) {
          lines.push(line);
          line = `${' '.repeat(s.indent)}${text}`;
        } else line += ` ${text}`;
      }
      lines.push(line);
      parts.push(...lines, '');
    });
    return parts.join('\n');
  };
  const body = Array.from({ length: shape.copies }, (_, i) => story(i + 1)).join('\n');
  return (shape.bom ? '\uFEFF' : '') + body.replace(/\n/g, shape.eol);
}

/** Stories mixing references, astral characters, deep continuation indents, a BOM and CR/CRLF. */
export const storyShape: fc.Arbitrary<Shape> = fc.record({
  bom: fc.boolean(),
  eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  copies: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 4 }), fc.constant(16)),
  sections: fc.array(
    fc.array(
      fc.record({
        sentence: fc.nat(),
        decor: fc.nat({ max: 30 }),
        indent: fc.oneof(fc.nat({ max: 3 }), fc.integer({ min: 13, max: 40 })),
        wrap: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    { minLength: 3, maxLength: 4 },
  ),
});
