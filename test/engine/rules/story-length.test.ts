import assert from 'node:assert/strict';
import { lintWith, story } from '../../helpers';

const ID = 'story-length';
const sentence = 'I walked the on-call engineers through the new runbook step by step. ';
const ofWords = (n: number) => {
  const per = 12;
  return sentence.repeat(Math.floor(n / per)).trim();
};

describe(ID, () => {
  it('flags a story under 60 s at 150 words a minute, with its numbers', () => {
    const text = story({ situation: 'The API was slow.', action: 'I added a cache.', result: 'It got 40% faster.' });
    const [f] = lintWith(ID, text);
    assert.equal(f.messageId, 'tooShort');
    assert.equal(f.data.words, 12);
    assert.equal(f.data.seconds, 5);
    assert.equal(text.slice(f.start, f.end), '## A story');
  });

  it('flags a story over 180 s', () => {
    const [f] = lintWith(ID, story({ action: ofWords(480) }));
    assert.equal(f.messageId, 'tooLong');
    assert.equal(f.data.words, 480);
    assert.equal(f.data.seconds, 192);
  });

  it('stays silent between one and three minutes', () => {
    assert.deepEqual(lintWith(ID, story({ action: ofWords(300) })), []);
  });

  it('counts only prose: headings, labels, code and URLs are not spoken', () => {
    const prose = ofWords(156);
    const text =
      `## A title with several words in it\n\n**Situation:** ` +
      `${prose}\n\n\`\`\`\n${'code '.repeat(400)}\n\`\`\`\n\n**Action:** See [the ` +
      `doc](https://example.com/a/very/long/path/with/many/segments).\n`;
    const found = lintWith(ID, text);
    assert.deepEqual(found, [], JSON.stringify(found.map((f) => f.data)));
  });

  it('honours wordsPerMinute, minSeconds and maxSeconds', () => {
    const text = story({ action: ofWords(300) });
    assert.equal(lintWith(ID, text, { wordsPerMinute: 90 })[0]?.messageId, 'tooLong');
    assert.equal(lintWith(ID, text, { minSeconds: 150 })[0]?.messageId, 'tooShort');
    assert.equal(lintWith(ID, text, { maxSeconds: 100 })[0]?.messageId, 'tooLong');
  });

  it('judges each story in a bank on its own', () => {
    const text = `${story({ title: 'Short', action: 'I fixed it.' })}\n${story({ title: 'Fine', action: ofWords(240) })}`;
    const found = lintWith(ID, text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), '## Short');
  });

  it('times free prose stories too', () => {
    const text = `# Quick\n\nI noticed the cron job ran twice. I removed the duplicate.\n`;
    assert.equal(lintWith(ID, text)[0]?.messageId, 'tooShort');
  });

  it('leaves a heading with no prose alone', () => {
    assert.deepEqual(lintWith(ID, '## Empty\n\n### Situation\n\n### Action\n\n### Result\n'), []);
  });

  it('fires just under a minute (140 words) and stays silent just over (160 words)', () => {
    assert.equal(lintWith(ID, story({ action: ofWords(144) }))[0]?.messageId, 'tooShort');
    assert.deepEqual(lintWith(ID, story({ action: ofWords(156) })), []);
  });

  it('fires just over three minutes (468 words) and stays silent just under (444 words)', () => {
    assert.equal(lintWith(ID, story({ action: ofWords(468) }))[0]?.messageId, 'tooLong');
    assert.deepEqual(lintWith(ID, story({ action: ofWords(444) })), []);
  });

  it('counts every section, not only the Action', () => {
    const third = ofWords(60);
    assert.deepEqual(lintWith(ID, story({ situation: third, action: third, result: third })), []);
    assert.equal(lintWith(ID, story({ action: third }))[0]?.messageId, 'tooShort');
  });

  it('counts list items in the Action', () => {
    const items = Array.from({ length: 14 }, () => `- ${sentence.trim()}`).join('\n');
    const text =
      `## Lists\n\n### Situation\n\nThe runbook was out of date.\n\n### Action\n\n${items}\n\n### ` + `Result\n\nPages fell by half.\n`;
    assert.deepEqual(lintWith(ID, text), []);
  });
});
