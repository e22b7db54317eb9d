// The story bank webview's page, built from the bank the server computed. Pure (no vscode
// import) so its markup and Content-Security-Policy can be tested without an editor.
import type { Bank } from '../../server/src/engine/bank';

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The attributes that make an element open a story at its title line. */
const at = (file: string, line: number) => `data-file="${esc(file)}" data-line="${line}"`;

/** "1 min 40 s", "45 s". */
function spoken(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const s = seconds % 60;
  return `${Math.floor(seconds / 60)} min${s ? ` ${s} s` : ''}`;
}

// Theme colours only: the page follows the user's light, dark or high-contrast theme.
const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: \
var(--vscode-font-size); padding: 0 1rem 2rem; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.5rem; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); padding: \
.15rem .35rem; }
.matrix td { text-align: center; min-width: 1.8rem; } .matrix th[scope=row] { text-align: left; font-weight: normal; white-space: nowrap; }
.matrix [tabindex]:focus, button:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
button { font: inherit; color: inherit; background: transparent; border: 0; cursor: pointer; padding: .1rem .3rem; }
button:hover { background: var(--vscode-list-hoverBackground); }
.shown { background: var(--vscode-diffEditor-insertedTextBackground); font-weight: bold; }
.claimed { background: var(--vscode-editor-findMatchHighlightBackground); }
tr.gap th { color: var(--vscode-errorForeground); } .muted { color: var(--vscode-descriptionForeground); }
.legend span { margin-right: 1rem; padding: 0 .3rem; } ul { padding-left: 1.2rem; } li { margin: .2rem 0; }
`;

// Arrow keys move through the matrix (one tab stop, as ARIA grids do); Enter or a click opens the story.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const open = (el) => el && el.dataset.file && vscode.postMessage({ type: 'open', file: el.dataset.file, line: Number(el.dataset.line) });
document.addEventListener('click', (e) => open(e.target.closest('[data-file]')));
const grid = document.querySelector('.matrix');
if (grid) {
  const cellAt = (r, c) => grid.querySelector('[data-r="' + r + '"][data-c="' + c + '"]');
  grid.addEventListener('keydown', (e) => {
    const cell = e.target.closest('[data-r]');
    if (!cell) return;
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(cell); return; }
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -1e9], End: [0, 1e9] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    const rows = Number(grid.dataset.rows), cols = Number(grid.dataset.cols);
    const r = Math.min(rows - 1, Math.max(0, Number(cell.dataset.r) + m[0]));
    const c = Math.min(cols - 1, Math.max(0, Number(cell.dataset.c) + m[1]));
    const next = cellAt(r, c);
    if (!next) return;
    cell.tabIndex = -1; next.tabIndex = 0; next.focus();
  });
}
`;

/** The webview page: the principles × stories matrix, the stories, the gaps and the notes. */
export function bankHtml(bank: Bank, opts: { nonce: string; cspSource: string; relative: (file: string) => string }): string {
  const { nonce } = opts;
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${opts.cspSource};`;
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Story bank</title>',
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head>',
    '<body>',
    '<h1>Story bank</h1>',
  ];
  const files = new Set(bank.stories.map((s) => s.file)).size;
  out.push(
    `<p class="muted" role="status">${bank.stories.length} ` +
      `${bank.stories.length === 1 ? 'story' : 'stories'} in ${files} ${files === 1 ? 'file' : 'files'}; ` +
      `${bank.principles.length - bank.gaps.length} of ${bank.principles.length} principles shown.</p>`,
  );
  if (!bank.stories.length) {
    out.push('<p>No stories found in this workspace. Story files match <code>**/*.star.md</code> or <code>**/stories/**/*.md</code>.</p>');
  } else {
    out.push(
      `<table class="matrix" role="grid" aria-label="Principles by story: arrow keys move, Enter opens the ` +
        `story" data-rows="${bank.principles.length + 1}" data-cols="${bank.stories.length + 1}">`,
      '<caption class="legend"><span class="shown">● shown with evidence</span><span class="claimed">○ claimed only</span></caption>',
      '<thead><tr><th scope="col" data-r="0" data-c="0" tabindex="0">Principle</th>',
    );
    bank.stories.forEach((s, i) => {
      out.push(
        `<th scope="col" data-r="0" data-c="${i + 1}" tabindex="-1" ${at(s.file, s.line)} ` +
          `title="${esc(s.title)}" aria-label="S${i + 1}: ${esc(s.title)}. Enter opens it."><button ` +
          `tabindex="-1" ${at(s.file, s.line)} aria-hidden="true">S${i + 1}</button></th>`,
      );
    });
    out.push('</tr></thead><tbody>');
    bank.principles.forEach((p, r) => {
      const gap = bank.gaps.includes(p.name);
      out.push(
        `<tr${gap ? ' class="gap"' : ''}><th scope="row" data-r="${r + 1}" data-c="0" ` +
          `tabindex="-1">${esc(p.name)}${gap ? ' <span class="muted">(gap)</span>' : ''}</th>`,
      );
      bank.stories.forEach((s, c) => {
        const cell = s.shown.includes(p.name) ? 'shown' : s.claimed.includes(p.name) ? 'claimed' : '';
        const pos = `data-r="${r + 1}" data-c="${c + 1}" tabindex="-1"`;
        if (!cell) {
          out.push(`<td ${pos} aria-label="${esc(p.name)}, ${esc(s.title)}: not covered"></td>`);
          return;
        }
        const label =
          `${esc(p.name)}, ${esc(s.title)}: ${cell === 'shown' ? 'shown with evidence' : 'claimed only'}. ` + `Enter opens the story.`;
        const mark = cell === 'shown' ? '●' : '○';
        out.push(`<td class="${cell}" ${pos} ${at(s.file, s.line)} aria-label="${label}" title="${label}">${mark}</td>`);
      });
      out.push('</tr>');
    });
    out.push('</tbody></table>', '<h2>Stories</h2>', '<ul>');
    bank.stories.forEach((s, i) => {
      const facts = [s.type, s.level, spoken(s.seconds), `${s.findings} ${s.findings === 1 ? 'finding' : 'findings'}`]
        .filter(Boolean)
        .join(', ');
      out.push(
        `<li>S${i + 1} <button ${at(s.file, s.line)}>${esc(s.title)}</button> <span ` +
          `class="muted">${esc(opts.relative(s.file))}:${s.line}; ${esc(facts)}; shows ` +
          `${esc(s.shown.join(', ') || 'none')}</span></li>`,
      );
    });
    out.push('</ul>');
  }
  if (bank.gaps.length) out.push('<h2>Gaps</h2>', `<p>${bank.gaps.map(esc).join(', ')}</p>`);
  if (bank.notes.length) {
    out.push('<h2>Notes</h2>', '<ul>');
    for (const n of bank.notes) {
      const where = n.file ? ` <button ${at(n.file, n.line ?? 1)}>${esc(opts.relative(n.file))}:${n.line}</button>` : '';
      out.push(`<li><strong>${esc(n.kind)}</strong>: ${esc(n.message)}${where}</li>`);
    }
    out.push('</ul>');
  }
  out.push(`<script nonce="${nonce}">${SCRIPT}</script>`, '</body>', '</html>');
  return out.join('\n');
}
