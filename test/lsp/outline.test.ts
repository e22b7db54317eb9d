import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CodeLens, CompletionItem, DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol';
import { TestClient, buildOnce, workspace, uriOf, FULL_CAPABILITIES } from './client';
import { WE_STORY, NOTE } from './fixtures';
import { buildDocument } from '../../server/src/engine/document/model';
import { principlesOf } from '../../server/src/engine/config';
import { AMAZON_PRINCIPLES } from '../../server/src/engine/lexicons/principles';

const CAPABILITIES = {
  ...FULL_CAPABILITIES,
  textDocument: {
    ...FULL_CAPABILITIES.textDocument,
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeLens: {},
    completion: { completionItem: { snippetSupport: false } },
  },
};

/** A collection of two stories: a weak one and one with every strength the scorecard names. */
const BANK = [
  '# My story bank',
  '',
  // WE_STORY ends with a line break, so it is followed by one blank line here.
  WE_STORY,
  '## Untangling the release train',
  '',
  '**Situation:** Our mobile customers waited three weeks for each fix because every team shipped on one train.',
  '',
  '**Action:** I proposed per-team release lanes instead of a faster train, and weighed the extra ' +
    'build cost against the wait. I wrote the lane checklist that four other teams now use.',
  '',
  '**Result:** Fix lead time fell from 21 days to 4, and I learned to measure the wait before arguing for a process change.',
  '',
].join('\n');

describe('lsp: code lens, outline and completion', () => {
  let client: TestClient;
  let root: string;
  before(async () => {
    buildOnce();
    root = workspace();
    client = await TestClient.start({ rootPath: root, capabilities: CAPABILITIES });
  });
  after(() => client.stop());

  const lenses = (uri: string) =>
    client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as Promise<CodeLens[] | null>;
  const symbols = (uri: string) =>
    client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<DocumentSymbol[] | null>;
  const complete = (uri: string, line: number, character: number) =>
    client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }) as Promise<
      CompletionItem[] | null
    >;

  it('puts a scorecard lens above each story title, with strengths, and none above the collection title', async () => {
    const uri = uriOf(join(root, 'stories/bank.md'));
    const published = await client.openAndWait(uri, BANK);
    const result = await lenses(uri);
    assert.ok(result);
    const doc = buildDocument(BANK, principlesOf({}));
    assert.equal(doc.stories.length, 2);
    assert.deepEqual(
      result.map((l) => l.range.start.line),
      [2, 10],
    );
    const flags = (from: number, to: number) =>
      published.diagnostics.filter(
        (d) => d.range.start.line >= from && d.range.start.line < to && !(d.data as { repeat?: boolean } | undefined)?.repeat,
      ).length;
    const [first, second] = result.map((l) => l.command!.title);
    const s1 = doc.stories[0];
    const q1 = s1.sentences.reduce((n, s) => n + s.quantities.length, 0);
    const clock1 = `0:${String(Math.round((s1.words / 150) * 60)).padStart(2, '0')}`;
    assert.equal(first, `${clock1} spoken · I 1 / we 2 · ${q1} numbers · ${flags(2, 10)} flags · ✓ before/after numbers`);
    assert.match(second, /^0:\d\d spoken · I \d+ \/ we 0 · \d+ numbers · /);
    for (const strength of [
      'starts from the customer',
      'weighs alternatives',
      'before/after numbers',
      'a lesson learned',
      'a mechanism others use',
    ])
      assert.ok(second.includes(strength), `${strength} in: ${second}`);
    for (const l of result) assert.equal(l.command!.command, '', 'information, not an action');
  });

  it('outlines the stories with their STAR sections as children', async () => {
    const uri = uriOf(join(root, 'stories/outline.md'));
    await client.openAndWait(uri, BANK);
    const result = await symbols(uri);
    assert.ok(result);
    assert.deepEqual(
      result.map((s) => [s.name, s.kind, s.range.start.line, s.selectionRange.start.line, (s.children ?? []).map((c) => c.name)]),
      [
        ['Scaling the search service', 2, 2, 2, ['Situation', 'Action', 'Result']],
        ['Untangling the release train', 2, 10, 10, ['Situation', 'Action', 'Result']],
      ],
    );
    const action = result[0].children![1];
    assert.deepEqual(action.selectionRange, { start: { line: 6, character: 0 }, end: { line: 6, character: 12 } });
    for (const s of result) {
      for (const c of s.children ?? []) {
        assert.ok(c.range.start.line >= s.range.start.line && c.range.end.line <= s.range.end.line, `${c.name} inside ${s.name}`);
      }
    }
  });

  it('gives flat symbols with their story as container to a client without hierarchical symbols', async () => {
    const flat = await TestClient.start({ rootPath: root });
    try {
      const uri = uriOf(join(root, 'stories/flat.md'));
      await flat.openAndWait(uri, WE_STORY);
      const result = (await flat.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as SymbolInformation[];
      assert.deepEqual(
        result.map((s) => [s.name, s.containerName]),
        [
          ['Scaling the search service', undefined],
          ['Situation', 'Scaling the search service'],
          ['Action', 'Scaling the search service'],
          ['Result', 'Scaling the search service'],
        ],
      );
    } finally {
      await flat.stop();
    }
  });

  it('completes principle names from the configured list after "Leadership Principle" and "shows", replacing what was typed', async () => {
    const text = `${WE_STORY}\n**Learning:** This shows Dive D\n\nLeadership Principle: \n`;
    const uri = uriOf(join(root, 'stories/complete-principles.md'));
    await client.openAndWait(uri, text);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('shows Dive D'));
    const items = (await complete(uri, at, lines[at].length))!;
    assert.deepEqual(
      items.map((i) => i.label),
      ['Dive Deep'],
    );
    assert.deepEqual(items[0].textEdit, {
      range: { start: { line: at, character: lines[at].length - 'Dive D'.length }, end: { line: at, character: lines[at].length } },
      newText: 'Dive Deep',
    });
    const lp = lines.findIndex((l) => l.startsWith('Leadership Principle:'));
    const all = (await complete(uri, lp, lines[lp].length))!;
    assert.deepEqual(
      all.map((i) => i.label),
      AMAZON_PRINCIPLES.map((p) => p.name),
    );
  });

  it('completes a configured list of principles, not Amazon’s, when the settings name another', async () => {
    const custom = await TestClient.start({
      rootPath: root,
      settings: { principles: [{ name: 'Craft', definition: 'We sweat the details.' }, { name: 'Candor' }] },
    });
    try {
      const text = `${WE_STORY}\nThis showed C\n`;
      const uri = uriOf(join(root, 'stories/custom.md'));
      await custom.openAndWait(uri, text);
      const line = text.split('\n').length - 2;
      const items = (await custom.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position: { line, character: 'This showed C'.length },
      })) as CompletionItem[];
      assert.deepEqual(
        items.map((i) => i.label),
        ['Craft', 'Candor'],
      );
    } finally {
      await custom.stop();
    }
  });

  it('completes section labels at the start of a paragraph, in the style being typed', async () => {
    const text = `${WE_STORY}\n**Lea\n\n### Res\n\nTas\n`;
    const uri = uriOf(join(root, 'stories/complete-sections.md'));
    await client.openAndWait(uri, text);
    const lines = text.split('\n');
    const at = (prefix: string) => lines.indexOf(prefix);
    const bold = (await complete(uri, at('**Lea'), 5))!;
    assert.deepEqual(
      bold.map((i) => [i.label, i.textEdit?.newText]),
      [['Learning', 'Learning:** ']],
    );
    const heading = (await complete(uri, at('### Res'), 7))!;
    assert.deepEqual(
      heading.map((i) => [i.label, i.textEdit?.newText]),
      [['Result', 'Result']],
    );
    const plain = (await complete(uri, at('Tas'), 3))!;
    assert.deepEqual(
      plain.map((i) => [i.label, i.textEdit?.newText]),
      [['Task', '**Task:** ']],
    );
    // Mid-paragraph, a word is just a word.
    assert.deepEqual(await complete(uri, 4, 14), []);
  });

  it('continues a list of principles, but not a sentence that merely follows "shows"', async () => {
    const text = `${WE_STORY}\nThis shows Ownership, Dive\n\nThe graph shows that we, \n`;
    const uri = uriOf(join(root, 'stories/complete-lists.md'));
    await client.openAndWait(uri, text);
    const lines = text.split('\n');
    const list = lines.findIndex((l) => l.startsWith('This shows Ownership'));
    assert.deepEqual(
      (await complete(uri, list, lines[list].length))!.map((i) => i.label),
      ['Dive Deep'],
    );
    const prose = lines.findIndex((l) => l.startsWith('The graph shows'));
    assert.deepEqual(await complete(uri, prose, lines[prose].length), []);
  });

  it('completes front matter keys and values: level, type, principles, star', async () => {
    const text = [
      '---',
      'le',
      'level: L',
      'type: ',
      'star: ',
      'principles: [Ownership, Cust',
      'principles:',
      '  - Earn',
      '---',
      '',
      WE_STORY,
    ].join('\n');
    const uri = uriOf(join(root, 'stories/complete-front-matter.md'));
    await client.openAndWait(uri, text);
    const labels = async (line: number) => {
      const l = text.split('\n')[line];
      return (await complete(uri, line, l.length))!.map((i) => i.label);
    };
    assert.deepEqual(await labels(1), ['principles', 'level', 'type', 'star']);
    assert.ok((await labels(2)).includes('L6'));
    assert.ok((await labels(2)).includes('senior'));
    assert.ok((await labels(3)).includes('failure'));
    assert.deepEqual(await labels(4), ['true', 'false']);
    assert.deepEqual(await labels(5), ['Customer Obsession']);
    assert.deepEqual(await labels(7), ['Earn Trust']);
  });

  it(
    'answers at once on a long front matter list that ends in a bracket (an early pattern backtracked ' + 'for minutes at 22 items)',
    async () => {
      const list = `principles: [${'Ownership,   '.repeat(2000)}]`;
      const text = ['---', list, '---', '', WE_STORY].join('\n');
      const uri = uriOf(join(root, 'stories/long-list.md'));
      await client.openAndWait(uri, text);
      const started = performance.now();
      assert.deepEqual(await complete(uri, 1, list.length), []);
      assert.ok(performance.now() - started < 2000, `${performance.now() - started} ms`);
    },
  );

  it('offers nothing in a Markdown file that is not a story file', async () => {
    const uri = uriOf(join(root, 'notes.md'));
    await client.open(uri, NOTE);
    assert.deepEqual(await lenses(uri), []);
    assert.deepEqual(await symbols(uri), []);
    assert.deepEqual(await complete(uri, 2, 2), []);
  });
});
