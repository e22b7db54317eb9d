import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { Registry, INITIAL, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const INJECTION = join(root, 'syntaxes', 'star-coach.injection.tmLanguage.json');

// A tiny stand-in for VS Code's Markdown grammar: our grammar only injects into it.
const HOST = JSON.stringify({
  scopeName: 'text.html.markdown',
  patterns: [{ match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' }],
});

async function grammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s) => new oniguruma.OnigScanner(s),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') return parseRawGrammar(HOST, 'host.json');
      if (scope === 'text.star-coach.injection') return parseRawGrammar(readFileSync(INJECTION, 'utf8'), INJECTION);
      return null;
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? ['text.star-coach.injection'] : undefined),
  });
  return (await registry.loadGrammar('text.html.markdown'))!;
}

function scopesOf(g: IGrammar, line: string): Array<[string, string]> {
  const { tokens } = g.tokenizeLine(line, INITIAL);
  return tokens
    .map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.find((s) => s.includes('star-coach')) ?? ''] as [string, string])
    .filter(([, s]) => s);
}

describe('TextMate injection grammar', () => {
  let g: IGrammar;
  before(async () => {
    g = await grammar();
  });

  it('marks section labels in bold labels and headings', () => {
    assert.deepEqual(scopesOf(g, '**Situation:** the page was slow'), [['Situation', 'keyword.control.star-coach.section']]);
    assert.deepEqual(scopesOf(g, '### What I did'), [['What I did', 'keyword.control.star-coach.section']]);
  });

  it('does not mark a sentence that merely starts with "Results"', () => {
    assert.deepEqual(scopesOf(g, 'Results were visible within a week'), []);
  });

  it('marks principle names', () => {
    assert.deepEqual(scopesOf(g, 'This shows Customer Obsession and Dive Deep.'), [
      ['Customer Obsession', 'entity.name.type.star-coach.principle'],
      ['Dive Deep', 'entity.name.type.star-coach.principle'],
    ]);
  });

  it('marks quantities but not years or levels', () => {
    const found = scopesOf(g, 'In 2019 as an L6 I cut latency from 850 ms to 285ms, saving $2.3M and 3x the load at 40%.').map(([t]) => t);
    assert.deepEqual(found, ['850 ms', '285ms', '$2.3M', '3x', '40%']);
  });

  it('leaves code spans alone', () => {
    assert.deepEqual(scopesOf(g, 'Run `sleep 30s` now'), []);
  });
});
