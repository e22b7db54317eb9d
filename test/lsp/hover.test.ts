import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient, buildOnce, workspace, uriOf, ROOT } from './client';
import { WE_STORY, NOTE } from './fixtures';
import { ruleById } from '../../server/src/engine/rules';
import { AMAZON_PRINCIPLES } from '../../server/src/engine/lexicons/principles';
import { buildDocument } from '../../server/src/engine/document/model';
import { principlesOf } from '../../server/src/engine/config';

// The sentence after the name carries evidence, so shallow-principle stays silent and the hover is the principle's own.
const PRINCIPLE_STORY = WE_STORY.replace(
  'I reviewed the rollout plan.',
  'I reviewed the rollout plan. This shows Ownership. The rollback runbook for `search-indexer` came out of it.',
);

const markdownOf = (h: { contents: unknown } | null) => {
  assert.ok(h, 'a hover');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown');
  return c.value;
};

describe('lsp: hover', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    buildOnce();
    root = workspace();
    client = await TestClient.start({ rootPath: root });
  });
  after(() => client.stop());

  it('on a flagged word: why it costs points, what a strong answer does, an example, the follow-up and the rule page', async () => {
    const uri = uriOf(join(root, 'stories/hover.md'));
    await client.openAndWait(uri, WE_STORY);
    const hover = await client.hover(uri, 4, 13);
    const m = ruleById('we-overuse')!.meta;
    assert.deepEqual(hover?.range, { start: { line: 4, character: 12 }, end: { line: 4, character: 14 } });
    assert.equal(
      markdownOf(hover),
      [
        `**we-overuse**: ${m.summary}`,
        `**Why interviewers mark it down.** ${m.why}`,
        `**What a strong answer does.** ${m.strong}`,
        `**Example.**\n- Weak: "${m.example.weak}"\n- Strong: "${m.example.strong}"`,
        `**The follow-up you will get.** "${m.followUp}"`,
        `[Open the we-overuse rule page](${pathToFileURL(join(ROOT, 'docs/rules/we-overuse.md')).href})`,
      ].join('\n\n'),
    );
  });

  it('on a principle name: what it means and what deep evidence looks like', async () => {
    const uri = uriOf(join(root, 'stories/principle.md'));
    await client.openAndWait(uri, PRINCIPLE_STORY);
    const line = PRINCIPLE_STORY.split('\n')[4];
    const at = line.indexOf('Ownership');
    const hover = await client.hover(uri, 4, at + 3);
    const def = AMAZON_PRINCIPLES.find((p) => p.name === 'Ownership')!;
    assert.deepEqual(hover?.range, { start: { line: 4, character: at }, end: { line: 4, character: at + 'Ownership'.length } });
    assert.equal(
      markdownOf(hover),
      `**Ownership** (principle)\n\n**What it means.** ${def.definition}\n\n**What deep evidence looks like.** ${def.evidence}`,
    );
  });

  it('on the title line: the scorecard first, with spoken time, I and we actions, numbers, principles, strengths and flags', async () => {
    const uri = uriOf(join(root, 'stories/scorecard.md'));
    await client.openAndWait(uri, PRINCIPLE_STORY);
    const story = buildDocument(PRINCIPLE_STORY, principlesOf({})).stories[0];
    const seconds = Math.round((story.words / 150) * 60);
    const clock = `0:${String(seconds).padStart(2, '0')}`;
    const quantities = story.sentences.reduce((n, s) => n + s.quantities.length, 0);
    assert.ok(quantities >= 2, '900 ms and 250 ms at least');
    const published = client.diagnostics.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const flags = published.filter((d) => !(d.data as { repeat?: boolean } | undefined)?.repeat).length;
    const hover = await client.hover(uri, 0, 5);
    const value = markdownOf(hover);
    assert.deepEqual(hover?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 29 } });
    const [scorecard] = value.split('\n\n---\n\n');
    assert.equal(
      scorecard,
      [
        '**Scorecard: Scaling the search service**',
        '',
        `\`${clock} spoken · I 1 / we 2 · ${quantities} numbers · ${flags} flags · shows Ownership · ✓ before/after numbers\``,
        '',
        `- Length: ${story.words} words, about ${clock} spoken at 150 words a minute`,
        '- Actions in the Action: 1 with `I`, 2 with `we`',
        `- Numbers: ${quantities} quantities`,
        '- Principles shown: Ownership',
        '- Strengths: before/after numbers',
        `- Flags: ${flags}`,
      ].join('\n'),
    );
  });

  it('on a title with several story-level flags: each answers with what this story lacks and its own follow-up', async () => {
    const text = '## Cache fix\n\n**Situation:** The API was slow.\n\n**Action:** I added a cache.\n';
    const uri = uriOf(join(root, 'stories/title-flags.md'));
    await client.openAndWait(uri, text);
    const value = markdownOf(await client.hover(uri, 0, 4));
    const parts = value.split('\n\n---\n\n');
    assert.ok(parts[0].startsWith('**Scorecard: Cache fix**'), 'the scorecard first');
    const length = parts.find((p) => p.startsWith('**story-length**'))!;
    assert.ok(length, 'story-length is answered');
    assert.ok(length.includes(`"${ruleById('story-length')!.meta.followUps!.tooShort}"`), 'the too-short follow-up');
    assert.ok(!length.includes(ruleById('story-length')!.meta.followUps!.tooLong), 'not the too-long one');
    assert.ok(!length.includes('**Why interviewers mark it down.**'), 'short, not the full explanation of every rule');
    const missing = parts.find((p) => p.startsWith('**missing-star-section**'))!;
    assert.ok(
      missing.startsWith(
        '**missing-star-section**: No Task or Result section. Add the Task (what you were asked to do or set ' +
          'out to do), then the Result (what changed, with a number).',
      ),
      missing,
    );
  });

  it('returns null where there is nothing to say: plain text, a note that is not a story, an unknown file', async () => {
    const story = uriOf(join(root, 'stories/plain.md'));
    await client.openAndWait(story, WE_STORY);
    assert.equal(await client.hover(story, 2, 25), null);
    const note = uriOf(join(root, 'notes.md'));
    await client.open(note, NOTE);
    assert.equal(await client.hover(note, 2, 1), null);
    assert.equal(await client.hover(uriOf(join(root, 'stories/never-opened.md')), 0, 0), null);
  });

  it('answers a position past the end of a line or of the file without failing', async () => {
    const uri = uriOf(join(root, 'stories/past-end.md'));
    await client.openAndWait(uri, WE_STORY);
    assert.equal(await client.hover(uri, 999, 0), null);
    assert.equal(await client.hover(uri, 2, 999), null);
    // The server is still there and still right.
    assert.ok(await client.hover(uri, 4, 13));
  });
});
