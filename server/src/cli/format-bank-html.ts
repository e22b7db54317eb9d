import type { Bank } from '../engine/bank';
import { display } from './files';
import { spoken, storyLabel } from './format-bank';

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// Everything inline and no script: the file opens offline, prints, and can be mailed as is.
const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; margin: 2rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
table { border-collapse: collapse; } th, td { border: 1px solid #c8c8c8; padding: .25rem .5rem; vertical-align: top; }
thead th { background: #f0f0f0; } .matrix td { text-align: center; min-width: 2.25rem; }
.matrix th[scope=row] { text-align: left; font-weight: normal; white-space: nowrap; }
.shown { background: #cfe8d5; font-weight: bold; } .claimed { background: #fbeacc; }
tr.gap th { color: #9b1c1c; } .legend span { display: inline-block; padding: 0 .4rem; margin-right: .75rem; }
.notes li { margin: .2rem 0; } .kind { font-weight: bold; } .muted { color: #555; }
@media print { body { margin: 0; font-size: 11px; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

/** The bank as one self-contained, printable HTML page: no script, no external resources. */
export function formatBankHtml(bank: Bank, cwd: string): string {
  const files = new Set(bank.stories.map((s) => s.file)).size;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Story bank</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<h1>Story bank</h1>',
    `<p class="muted">${bank.stories.length} ${bank.stories.length === 1 ? 'story' : 'stories'} in ` +
      `${files} ${files === 1 ? 'file' : 'files'}; ${bank.principles.length - bank.gaps.length} of ` +
      `${bank.principles.length} principles shown.</p>`,
  ];
  if (bank.stories.length) {
    out.push(
      '<table class="matrix">',
      '<caption class="legend"><span class="shown">● shown with evidence</span><span class="claimed">○ claimed only</span></caption>',
      '<thead><tr><th scope="col">Principle</th>',
    );
    bank.stories.forEach((s, i) => {
      out.push(`<th scope="col" title="${esc(s.title)}"><abbr title="${esc(s.title)}">${storyLabel(i)}</abbr></th>`);
    });
    out.push('</tr></thead>', '<tbody>');
    for (const p of bank.principles) {
      const gap = bank.gaps.includes(p.name);
      out.push(`<tr${gap ? ' class="gap"' : ''}><th scope="row">${esc(p.name)}${gap ? ' <span class="muted">(gap)</span>' : ''}</th>`);
      for (const s of bank.stories) {
        const cell = s.shown.includes(p.name) ? 'shown' : s.claimed.includes(p.name) ? 'claimed' : '';
        const label = cell ? `${esc(s.title)}: ${cell === 'shown' ? 'shown with evidence' : 'claimed only'}` : '';
        const mark = cell === 'shown' ? '●' : '○';
        out.push(cell ? `<td class="${cell}" title="${label}" aria-label="${label}">${mark}</td>` : '<td></td>');
      }
      out.push('</tr>');
    }
    out.push('</tbody></table>', '<h2>Stories</h2>', '<table>');
    out.push(
      '<thead><tr><th scope="col"></th><th scope="col">Story</th><th scope="col">Type</th><th ' +
        'scope="col">Level</th><th scope="col">Time</th><th scope="col">Findings</th><th ' +
        'scope="col">Shows</th><th scope="col">Claims</th></tr></thead><tbody>',
    );
    bank.stories.forEach((s, i) => {
      out.push(
        `<tr><th scope="row">${storyLabel(i)}</th><td>${esc(s.title)}<br><span ` +
          `class="muted">${esc(display(s.file, cwd))}:${s.line}</span></td><td>${esc(s.type)}</td>` +
          `<td>${esc(s.level ?? '')}</td><td>${spoken(s.seconds)}</td><td>${s.findings}</td>` +
          `<td>${esc(s.shown.join(', '))}</td><td>${esc(s.claimed.join(', '))}</td></tr>`,
      );
    });
    out.push('</tbody></table>');
  }
  if (bank.gaps.length) out.push('<h2>Gaps</h2>', `<p>${bank.gaps.map(esc).join(', ')}</p>`);
  if (bank.notes.length) {
    out.push('<h2>Notes</h2>', '<ul class="notes">');
    for (const n of bank.notes) {
      const where = n.file ? ` <span class="muted">(${esc(display(n.file, cwd))}:${n.line})</span>` : '';
      out.push(`<li><span class="kind">${esc(n.kind)}</span>: ${esc(n.message)}${where}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
