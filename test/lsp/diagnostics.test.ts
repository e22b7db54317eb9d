import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { TestClient, buildOnce, workspace, uriOf, ROOT, FULL_CAPABILITIES } from './client';
import { WE_STORY, I_STORY, NOTE, ofRule } from './fixtures';

const weHref = pathToFileURL(join(ROOT, 'docs/rules/we-overuse.md')).href;

describe('lsp: diagnostics', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    buildOnce();
    root = workspace();
    client = await TestClient.start({ rootPath: root });
  });
  after(() => client.stop());

  it(
    'publishes we-overuse once per story: the first names the count and links the repeat, the repeat is ' + 'a hint naming the first line',
    async () => {
      const uri = uriOf(join(root, 'stories/search.md'));
      const p = await client.openAndWait(uri, WE_STORY);
      assert.equal(p.version, 1);
      const first = { start: { line: 4, character: 12 }, end: { line: 4, character: 14 } };
      const second = { start: { line: 4, character: 44 }, end: { line: 4, character: 46 } };
      assert.deepEqual(ofRule(p, 'we-overuse'), [
        {
          range: first,
          severity: 2,
          code: 'we-overuse',
          codeDescription: { href: weHref },
          source: 'star-coach',
          message:
            '`we` is the actor in 2 Action and Result sentences, and the Action has 1 `I` to 2 `we` actions. Say ' +
            'what you did yourself: use `I` for that.',
          relatedInformation: [{ location: { uri, range: second }, message: '2 of 2: We' }],
        },
        {
          range: second,
          severity: 4,
          code: 'we-overuse',
          codeDescription: { href: weHref },
          source: 'star-coach',
          message: '`We` is the actor here too (2 of 2; the first is on line 5).',
          data: { repeat: true },
        },
      ]);
      assert.ok(existsSync(new URL(weHref)), 'the rule page the diagnostic links to ships next to dist/');
    },
  );

  it('lists the repeats under the first only for a client that takes related information; the repeats stay marked', async () => {
    const plain = await TestClient.start({
      rootPath: root,
      capabilities: { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, publishDiagnostics: {} } },
    });
    try {
      const uri = uriOf(join(root, 'stories/no-related.md'));
      const without = ofRule(await plain.openAndWait(uri, WE_STORY), 'we-overuse');
      const withRelated = ofRule(await client.openAndWait(uriOf(join(root, 'stories/related.md')), WE_STORY), 'we-overuse');
      assert.equal(withRelated[0].relatedInformation?.length, 1);
      assert.deepEqual(
        without,
        withRelated.map(({ relatedInformation: _, ...d }) => d),
      );
    } finally {
      await plain.stop();
    }
  });

  it('gives every diagnostic the star-coach source, and rule diagnostics their id and rule page', async () => {
    const uri = uriOf(join(root, 'stories/structure.md'));
    const p = await client.openAndWait(uri, WE_STORY);
    assert.ok(p.diagnostics.length >= 2);
    for (const d of p.diagnostics) {
      assert.equal(d.source, 'star-coach');
      assert.equal(typeof d.code, 'string');
      assert.equal(d.codeDescription?.href, pathToFileURL(join(ROOT, `docs/rules/${d.code}.md`)).href);
      assert.notEqual(d.severity, 1, 'no rule is an error by default');
    }
  });

  it('publishes for a change with no edits in it, at its version, with the same diagnostics', async () => {
    const uri = uriOf(join(root, 'stories/no-op-change.md'));
    const first = await client.openAndWait(uri, WE_STORY);
    const next = client.nextDiagnostics(uri);
    const version = await client.change(uri, []);
    const p = await next;
    assert.equal(p.version, version);
    assert.ok(p.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics, first.diagnostics);
  });

  it('lints unsaved incremental edits', async () => {
    const uri = uriOf(join(root, 'stories/edits.md'));
    await client.openAndWait(uri, WE_STORY);
    const next = client.nextDiagnostics(uri);
    // "I reviewed" becomes "We reviewed": three we-actions to none.
    const at = WE_STORY.split('\n')[4].indexOf('I reviewed');
    const version = await client.change(uri, [
      { range: { start: { line: 4, character: at }, end: { line: 4, character: at + 1 } }, text: 'We' },
    ]);
    const p = await next;
    assert.equal(p.version, version);
    assert.deepEqual(
      ofRule(p, 'we-overuse').map((d) => [d.range.start.character, d.message]),
      [
        [
          12,
          '`we` is the actor in 3 Action and Result sentences, and the Action has 0 `I` to 3 `we` actions. Say ' +
            'what you did yourself: use `I` for that.',
        ],
        [44, '`We` is the actor here too (2 of 3; the first is on line 5).'],
        [at, '`We` is the actor here too (3 of 3; the first is on line 5).'],
      ],
    );
  });

  it('counts positions in UTF-16 code units after an emoji, in a CRLF file', async () => {
    const uri = uriOf(join(root, 'stories/emoji-crlf.md'));
    const text = WE_STORY.replace('**Action:** We', '**Action:** 🚀 We').replace(/\n/g, '\r\n');
    const p = await client.openAndWait(uri, text);
    assert.deepEqual(
      ofRule(p, 'we-overuse').map((d) => d.range),
      [
        { start: { line: 4, character: 15 }, end: { line: 4, character: 17 } },
        { start: { line: 4, character: 47 }, end: { line: 4, character: 49 } },
      ],
    );
  });

  it('stays silent on a Markdown file that is not a story file', async () => {
    const note = uriOf(join(root, 'notes.md'));
    const story = uriOf(join(root, 'stories/after-note.md'));
    const before = client.diagnostics.length;
    await client.open(note, NOTE);
    // The story is opened after the note, so its diagnostics come after anything the note could cause.
    await client.openAndWait(story, WE_STORY);
    assert.deepEqual(
      client.diagnostics.slice(before).filter((p) => p.uri === note),
      [],
    );
  });

  it('checks a file outside the story globs when it has STAR markers, and clears it when they go', async () => {
    const uri = uriOf(join(root, 'draft.md'));
    const first = await client.openAndWait(uri, WE_STORY);
    assert.equal(ofRule(first, 'we-overuse').length, 2);
    const next = client.nextDiagnostics(uri);
    await client.change(uri, [{ text: NOTE }]);
    assert.deepEqual((await next).diagnostics, []);
  });

  it('clears diagnostics when a story is closed', async () => {
    const uri = uriOf(join(root, 'stories/closing.md'));
    await client.openAndWait(uri, WE_STORY);
    const next = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual((await next).diagnostics, []);
  });

  it('publishes nothing for a story with no findings of any rule switched on', async () => {
    const uri = uriOf(join(root, 'stories/owned.md'));
    const p = await client.openAndWait(uri, WE_STORY);
    assert.equal(ofRule(p, 'we-overuse').length, 2);
    const next = client.nextDiagnostics(uri);
    await client.change(uri, [{ text: I_STORY }]);
    assert.deepEqual(ofRule(await next, 'we-overuse'), []);
  });

  it('reports a story file over 2 MB with one notice instead of checking it', async () => {
    const uri = uriOf(join(root, 'stories/huge.md'));
    const filler = 'We kept notes on every incident and every fix we tried along the way.\n\n';
    const text = WE_STORY + filler.repeat(Math.ceil((2.2 * 1024 * 1024) / filler.length));
    const p = await client.openAndWait(uri, text);
    const mb = (Buffer.byteLength(text) / (1024 * 1024)).toFixed(1);
    assert.deepEqual(p.diagnostics, [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 29 } },
        severity: 3,
        source: 'star-coach',
        message: `This file is ${mb} MB; STAR Coach checks files up to 2 MB.`,
      },
    ]);
  });

  it('ignores documents that are not Markdown, even with STAR words in them', async () => {
    const uri = uriOf(join(root, 'stories/notes.txt'));
    const before = client.diagnostics.length;
    await client.open(uri, WE_STORY, 'plaintext');
    await client.openAndWait(uri.replace('notes.txt', 'after-text.md'), WE_STORY);
    assert.deepEqual(
      client.diagnostics.slice(before).filter((p) => p.uri === uri),
      [],
    );
  });
});

describe('lsp: debounce', () => {
  let root: string;
  before(() => {
    buildOnce();
    root = workspace();
  });

  it('with debounceMs 0, lints each change at once', async () => {
    const client = await TestClient.start({ rootPath: root, settings: { debounceMs: 0 } });
    try {
      const uri = uriOf(join(root, 'stories/zero.md'));
      await client.openAndWait(uri, I_STORY);
      const next = client.nextDiagnostics(uri);
      const version = await client.change(uri, [{ text: WE_STORY }]);
      const p = await next;
      assert.equal(p.version, version);
      assert.equal(ofRule(p, 'we-overuse').length, 2);
    } finally {
      await client.stop();
    }
  });

  it('waits for the debounce delay: a change followed by close within it publishes only the clearing', async () => {
    const client = await TestClient.start({ rootPath: root, settings: { debounceMs: 600_000 } });
    try {
      const uri = uriOf(join(root, 'stories/slow.md'));
      await client.openAndWait(uri, WE_STORY);
      const before = client.diagnostics.length;
      const cleared = client.nextDiagnostics(uri);
      await client.change(uri, [{ text: I_STORY }]);
      await client.close(uri);
      assert.deepEqual((await cleared).diagnostics, []);
      assert.deepEqual(
        client.diagnostics.slice(before).filter((p) => p.uri === uri),
        [{ uri, diagnostics: [] }],
      );
    } finally {
      await client.stop();
    }
  });

  it('a newer edit replaces a pending run: a burst of changes publishes the last version only', async () => {
    const client = await TestClient.start({ rootPath: root });
    try {
      const uri = uriOf(join(root, 'stories/burst.md'));
      await client.openAndWait(uri, WE_STORY);
      const before = client.diagnostics.length;
      const lastVersion = 6;
      const last = client.nextDiagnostics(uri, (p) => p.version === lastVersion);
      for (let i = 0; i < 5; i++) await client.change(uri, [{ text: i % 2 ? WE_STORY : I_STORY }]);
      assert.equal(ofRule(await last, 'we-overuse').length, 0);
      assert.deepEqual(
        client.diagnostics
          .slice(before)
          .filter((p) => p.uri === uri)
          .map((p) => p.version),
        [lastVersion],
      );
    } finally {
      await client.stop();
    }
  });
});
