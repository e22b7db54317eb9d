import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { compilePrinciples } from '../../server/src/engine/language/principles';
import { AMAZON_PRINCIPLES } from '../../server/src/engine/lexicons/principles';
import { tagLineMentions } from '../../server/src/engine/document/tag-lines';

const matcher = compilePrinciples(AMAZON_PRINCIPLES);

describe('tag lines: the principles a story claims on its own lines', () => {
  const text =
    '## Pharmacy discharge wait\n\nPrinciples: Ownership, Dive Deep\n\n' +
    '**Situation:** Patients waited four hours for discharge medicines.\n\n' +
    '**Action:** I moved a pharmacist onto the ward in the mornings.\n\n**Result:** The wait fell from 4.1 hours to 1.6 hours.\n';
  const { doc } = lint(text, {});
  const story = doc!.stories[0];

  it('names each principle past the label, at its offsets in the document', () => {
    const found = tagLineMentions(doc!, story, matcher);
    assert.deepEqual(
      found.map((m) => [m.name, text.slice(m.start, m.end)]),
      [
        ['Ownership', 'Ownership'],
        ['Dive Deep', 'Dive Deep'],
      ],
    );
  });

  it('finds nothing in a story without tag lines', () => {
    const plain = lint('## Wait\n\n**Situation:** Slow.\n\n**Action:** I fixed it.\n\n**Result:** 40% faster.\n', {});
    assert.deepEqual(tagLineMentions(plain.doc!, plain.doc!.stories[0], matcher), []);
  });
});

describe("tag lines: a principle line that gives a reason is the writer's claim, read like the story", () => {
  const withLine = (line: string) =>
    '## Mobile check-in launch\n\n**Situation:** The launch moved from May to September.\n\n' +
    '**Action:** I fixed the deploy script that kept failing in staging.\n\n**Result:** We launched in September with 14,000 users.\n\n' +
    `${line}\n`;
  const shallow = (line: string) => lint(withLine(line), {}).findings.filter((f) => f.ruleId === 'shallow-principle');
  it('flags "Principles: Ownership, because I always take ownership of my projects."', () =>
    assert.equal(shallow('**Principles:** Ownership, because I always take ownership of my projects.').length, 1));
  it('flags "Principles: Insist on the Highest Standards: I care a lot about quality and I do not settle."', () =>
    assert.equal(shallow('**Principles:** Insist on the Highest Standards: I care a lot about quality and I do not settle.').length, 1));
  it('keeps "Principles: Ownership: Deliver Results" (names only, after the colon) an aside', () =>
    assert.deepEqual(shallow('**Principles:** Ownership: Deliver Results'), []));
  it('keeps a bare list of principles an aside, with nothing to flag', () => {
    assert.deepEqual(shallow('**Principles:** Ownership, Deliver Results'), []);
    const { doc } = lint(withLine('**Principles:** Ownership, Deliver Results'), {});
    assert.equal(tagLineMentions(doc!, doc!.stories[0], matcher).length, 2);
  });
});
