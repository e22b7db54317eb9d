import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { headingMarker, labelMarker } from '../../server/src/engine/document/sections';
import { findQuantities } from '../../server/src/engine/quantities/find';
import { splitSentences, tokenize } from '../../server/src/engine/language/text';
import { compilePrinciples } from '../../server/src/engine/language/principles';
import { AMAZON_PRINCIPLES } from '../../server/src/engine/lexicons/principles';
import { chatAuthor, isHeaderLine, isReactions } from '../../server/src/engine/document/chat';

/*
 * Catastrophic backtracking audit: every text path of the engine (and the
 * regex-heavy helpers on their own) runs on adversarial 100 KB strings and must
 * finish in bounded time. Each string targets a shape regexes tend to choke on.
 */
const KB100 = 100 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
const ADVERSARIAL: Record<string, string> = {
  'one long word': fill('a'),
  digits: fill('9'),
  'digit groups': fill('1,'),
  decimals: fill('1.'),
  spaces: fill(' ') + 'x',
  dots: fill('.'),
  dashes: fill('- '),
  'hyphenated word': fill('ab-'),
  apostrophes: fill("a'"),
  stars: fill('*'),
  brackets: fill('[('),
  backticks: fill('`'),
  html: fill('<!-- '),
  'from-to chains': fill('from 1 to 2 '),
  'number words': fill('twenty-one '),
  'principle prefixes': fill('Customer Dive Think Bias '),
  'label prefixes': fill('Situation and Task and '),
  quotes: fill('"'),
  emoji: fill('👩‍💻'),
  dollars: fill('$1'),
  percent: fill('1%'),
  'be + participle': fill('was being '),
  reactions: `${fill(':+1: 2  👍 ')}x`,
  'chat headers': `${fill('Ana Ruiz 10:02 ')}\n**Ana** 10:02\n${fill('[19/06, 21:14] ')}`,
};
const LIMIT_MS = 3000;

/*
 * A lint of any of these takes 0.1-1 s on a quiet machine, and one took 3.1 s once on a machine at
 * load 2. Backtracking is no load spike: it takes as long again when run again (a pattern that grows
 * with the square of the input, like /a+b/ on 100 KB of "a", takes about 6 s here every time). So a
 * run over the limit is timed once more, and only the faster of the two counts.
 */
function timed(fn: () => unknown): number {
  const once = () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  const first = once();
  return first < LIMIT_MS ? first : Math.min(first, once());
}

describe('regular expressions against adversarial 100 KB strings', () => {
  const principles = compilePrinciples(AMAZON_PRINCIPLES);
  for (const [name, s] of Object.entries(ADVERSARIAL)) {
    it(`${name}: helpers and the whole engine finish in bounded time`, () => {
      const helpers = timed(() => {
        headingMarker(s);
        labelMarker(s, s.slice(0, 200));
        findQuantities(s);
        splitSentences(s);
        tokenize(s);
        principles.find(s);
        chatAuthor(s);
        isHeaderLine(s);
        isReactions(s);
      });
      assert.ok(helpers < LIMIT_MS, `helpers took ${helpers.toFixed(0)} ms`);
      for (const wrap of [
        (x: string) => `## Story\n\n**Action:** ${x}\n\n**Result:** ${x}\n`,
        (x: string) => `# ${x}\n`,
        (x: string) => x,
      ]) {
        const ms = timed(() => lint(wrap(s), { force: true }));
        assert.ok(ms < LIMIT_MS, `lint took ${ms.toFixed(0)} ms`);
      }
    });
  }
});
