import type { Block, ParsedChunk } from './markdown';

/*
 * What both Markdown readers (remark-parse in markdown.ts, the fast scanner in
 * scan.ts) do with what they find, written once so the two cannot drift apart.
 */

/** Records every `<!-- … -->` in an HTML node's value; `start` is the value's document offset. */
export function collectComments(value: string, start: number, out: ParsedChunk): void {
  // indexOf rather than a lazy regex: an unclosed "<!--" must not rescan the rest for every opener.
  let from = 0;
  for (;;) {
    const open = value.indexOf('<!--', from);
    if (open < 0) return;
    const close = value.indexOf('-->', open + 4);
    if (close < 0) return;
    out.comments.push({ text: value.slice(open + 4, close).trim(), start: start + open, end: start + close + 3 });
    from = close + 3;
  }
}

const TABLE_LINE = /^[ \t]*\|.*\|[ \t]*$/;
const DELIMITER_ROW = /^[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;

/**
 * A pipe table (which remark reads as a paragraph without the GFM extension)
 * becomes one block per body row, its cells separated so that a first cell
 * naming a STAR part reads as a label: `| Situation | We had … |` gives the
 * text `  Situation : We had …  `. Same length as the row, so the offset map
 * is the row's slice of the paragraph's map. The header row is dropped unless
 * it is itself a STAR row.
 */
export function tableRows(block: Block): Block[] | undefined {
  const lines = block.text.split('\n');
  if (lines.length < 2 || !DELIMITER_ROW.test(lines[1]) || !lines.every((l) => TABLE_LINE.test(l) || !l.trim())) return undefined;
  const rows: Block[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    const from = at;
    at += line.length + 1;
    if (i === 1 || !line.trim()) return;
    let text = '';
    let cells = 0;
    for (let k = 0; k < line.length; k++) {
      const ch = line[k];
      if (ch === '|' && line[k - 1] !== '\\') {
        cells++;
        // The pipe between the first and second cell becomes the label's colon.
        text += cells === 2 ? ':' : ' ';
      } else text += ch;
    }
    if (i === 0 && !/^\s*(?:situation|context|background|task|goal|problem|action|result|outcome|impact|s|t|a|r)\b/i.test(text)) return;
    rows.push({
      ...block,
      text,
      map: block.map.slice(from, from + line.length + 1),
      start: block.shift + block.map[from],
      end: block.shift + block.map[Math.min(from + line.length, block.map.length - 1)],
      leadingEmphasis: undefined,
      asides: undefined,
    });
  });
  return rows;
}
