import assert from 'node:assert/strict';
import { bankHtml } from '../../client/src/bank-html';
import { buildBank } from '../../server/src/engine/bank';
import * as f from '../engine/bank/fixtures';

const bank = buildBank(
  [
    { file: '/ws/stories/customer.md', text: f.customer, config: {} },
    { file: '/ws/stories/<odd>.md', text: f.stretched, config: {} },
  ],
  {},
);
const html = bankHtml(bank, { nonce: 'abc123', cspSource: 'vscode-webview://x', relative: (p) => p.replace('/ws/', '') });

describe('story bank webview page', () => {
  it('has a strict Content-Security-Policy: nonce for script and style, nothing inline without it', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(csp, "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; img-src vscode-webview://x;");
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="abc123">']);
    assert.deepEqual(html.match(/<style[^>]*>/g), ['<style nonce="abc123">']);
    assert.doesNotMatch(html, / on[a-z]+="/, 'no inline event handlers');
    assert.doesNotMatch(html, /https?:\/\//, 'no external resources');
  });

  it('uses the theme’s colours', () => {
    assert.match(html, /color: var\(--vscode-foreground\)/);
    assert.doesNotMatch(html.replace(/var\(--vscode-[\w-]+(?:, var\(--vscode-[\w-]+\))?\)/g, ''), /#[0-9a-f]{3,6}\b/i);
  });

  it('labels every cell for screen readers and makes filled cells open their story', () => {
    assert.match(html, /<table class="matrix" role="grid" aria-label="Principles by story: arrow keys move, Enter opens the story"/);
    assert.ok(
      html.includes(
        '<td class="shown" data-r="1" data-c="1" tabindex="-1" data-file="/ws/stories/customer.md" data-line="5" ' +
          'aria-label="Customer Obsession, Fixing refill reminders for pharmacy patients: shown with evidence. Enter opens the story."',
      ),
    );
    assert.match(
      html,
      /<td data-r="1" data-c="2" tabindex="-1" aria-label="Customer Obsession, Migrating the build system: not covered"><\/td>/,
    );
    // One tab stop into the grid; arrow keys do the rest.
    assert.equal(html.match(/data-r="\d+" data-c="\d+" tabindex="0"/g)?.length, 1);
  });

  it('escapes file names and titles', () => {
    assert.match(html, /data-file="\/ws\/stories\/&lt;odd&gt;\.md"/);
    assert.doesNotMatch(html, /<odd>/);
  });
});
