import { bankJson, type Bank, type BankStory } from '../engine/bank';
import { display } from './files';

/** "1 min 40 s", "45 s". */
export function spoken(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const s = seconds % 60;
  return `${Math.floor(seconds / 60)} min${s ? ` ${s} s` : ''}`;
}

const SHOWN = '●';
const CLAIMED = '○';

/** The story's short label in a matrix: S1, S2, … in bank order. */
export const storyLabel = (i: number) => `S${i + 1}`;

function cellOf(principle: string, story: BankStory): '' | 'shown' | 'claimed' {
  if (story.shown.includes(principle)) return 'shown';
  if (story.claimed.includes(principle)) return 'claimed';
  return '';
}

function countLine(bank: Bank): string {
  const files = new Set(bank.stories.map((s) => s.file)).size;
  const shown = bank.principles.length - bank.gaps.length;
  return (
    `${bank.stories.length} ${bank.stories.length === 1 ? 'story' : 'stories'} in ${files} ` +
    `${files === 1 ? 'file' : 'files'}; ${shown} of ${bank.principles.length} principles shown`
  );
}

/** The bank for a terminal: the matrix with one column per story, the stories, then the notes. */
export function formatBankText(bank: Bank, cwd: string): string {
  const out = [`Story bank: ${countLine(bank)}`, ''];
  if (bank.stories.length) {
    const width = Math.max(...bank.principles.map((p) => p.name.length), 9);
    const header = `${'Principle'.padEnd(width)}  ${bank.stories.map((_, i) => storyLabel(i).padEnd(4)).join('')}`;
    out.push(header.trimEnd());
    for (const p of bank.principles) {
      const cells = bank.stories.map((s) => {
        const c = cellOf(p.name, s);
        return (c === 'shown' ? SHOWN : c === 'claimed' ? CLAIMED : '·').padEnd(4);
      });
      out.push(`${p.name.padEnd(width)}  ${cells.join('')}`.trimEnd());
    }
    out.push(`${SHOWN} shown with evidence   ${CLAIMED} claimed only`, '', 'Stories');
    bank.stories.forEach((s, i) => {
      out.push(`  ${storyLabel(i).padEnd(4)}${s.title}  (${display(s.file, cwd)}:${s.line})`);
      const facts = [s.type, s.level ?? undefined, spoken(s.seconds), `${s.findings} ${s.findings === 1 ? 'finding' : 'findings'}`];
      out.push(`      ${facts.filter(Boolean).join(', ')}`);
      out.push(`      shows:  ${s.shown.join(', ') || 'none'}`, `      claims: ${s.claimed.join(', ') || 'none'}`);
    });
    out.push('');
  }
  if (bank.gaps.length) out.push(`Gaps: ${bank.gaps.join(', ')}`, '');
  if (bank.notes.length) {
    out.push('Notes');
    for (const n of bank.notes) out.push(`  ${n.kind.padEnd(15)}${n.message}${n.file ? `  (${display(n.file, cwd)}:${n.line})` : ''}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const md = (text: string) => text.replace(/([\\`*_[\]|<>])/g, '\\$1');

/** The bank as Markdown: a table of principles × stories, the stories with links, the notes. */
export function formatBankMarkdown(bank: Bank, cwd: string): string {
  const link = (file: string, line: number) => `${display(file, cwd).split('\\').join('/')}#L${line}`;
  const out = ['# Story bank', '', `${countLine(bank)}.`, ''];
  if (bank.stories.length) {
    out.push(`| Principle | ${bank.stories.map((_, i) => storyLabel(i)).join(' | ')} |`);
    out.push(`| --- |${' :-: |'.repeat(bank.stories.length)}`);
    for (const p of bank.principles) {
      const cells = bank.stories.map((s) => {
        const c = cellOf(p.name, s);
        return c === 'shown' ? SHOWN : c === 'claimed' ? CLAIMED : ' ';
      });
      out.push(`| ${md(p.name)} | ${cells.join(' | ')} |`);
    }
    out.push('', `${SHOWN} shown with evidence, ${CLAIMED} claimed only.`, '', '## Stories', '');
    out.push('| | Story | Type | Level | Time | Findings | Shows | Claims |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    bank.stories.forEach((s, i) => {
      out.push(
        `| ${storyLabel(i)} | [${md(s.title)}](${link(s.file, s.line)}) | ${md(s.type)} | ` +
          `${md(s.level ?? '')} | ${spoken(s.seconds)} | ${s.findings} | ${md(s.shown.join(', '))} | ` +
          `${md(s.claimed.join(', '))} |`,
      );
    });
    out.push('');
  }
  if (bank.gaps.length) out.push('## Gaps', '', bank.gaps.map(md).join(', '), '');
  if (bank.notes.length) {
    out.push('## Notes', '');
    for (const n of bank.notes)
      out.push(
        `- **${n.kind}**: ${md(n.message)}${n.file ? ` ([${md(display(n.file, cwd))}:${n.line}](${link(n.file, n.line ?? 1)}))` : ''}`,
      );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The bank in the JSON shape of SPEC §10. */
export function formatBankJson(bank: Bank): string {
  return `${JSON.stringify(bankJson(bank), null, 2)}\n`;
}
