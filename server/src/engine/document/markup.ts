import type { Block, ParsedChunk } from './markdown';
import { headingMarker } from './sections';

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
  const matrix = storyMatrix(block, lines);
  if (matrix) return matrix;
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
    rows.push(subBlock(block, from, from + line.length, text));
  });
  return rows;
}

/**
 * The part of a table's block from `from` to `to` (offsets in its text) as a block of its own: `text` is that part (the
 * same length, or a slice of it) and the offset map its slice of the table's.
 */
function subBlock(block: Block, from: number, to: number, text: string, extra?: Partial<Block>): Block {
  return {
    ...block,
    text,
    map: block.map.slice(from, to + 1),
    start: block.shift + block.map[from],
    end: block.shift + block.map[Math.min(to, block.map.length - 1)],
    leadingEmphasis: undefined,
    asides: undefined,
    ...extra,
  };
}

/** The cells of a table line: where each starts and ends in the line (between unescaped pipes). */
function cellsOf(line: string): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let from = -1;
  for (let k = 0; k < line.length; k++) {
    if (line[k] !== '|' || line[k - 1] === '\\') continue;
    if (from >= 0) cells.push([from, k]);
    from = k + 1;
  }
  return cells;
}

/**
 * A story bank kept as a table, one story per row, with STAR parts as column headers ("| Question | Situation | Task |
 * Action | Result |"): each row is a story. A first column that names no STAR part (the question, a title, a number)
 * titles its row as a heading; without one, rows are set apart as by `---`. Each STAR cell becomes a block of its own,
 * its column naming its part; other columns (principles, notes) are not story text.
 */
function storyMatrix(block: Block, lines: string[]): Block[] | undefined {
  const header = cellsOf(lines[0]).map(([a, b]) => lines[0].slice(a, b).trim());
  // Whether each column names a STAR part, read once for the table.
  const isPart = header.map((h) => headingMarker(h) !== undefined);
  if (isPart.filter((part, i) => i > 0 && part).length < 2) return undefined;
  const titled = !isPart[0];
  const out: Block[] = [];
  const raw = block.text;
  const piece = (from: number, a: number, b: number, extra: Partial<Block>): Block | undefined => {
    while (a < b && /\s/.test(raw[from + a])) a++;
    while (b > a && /\s/.test(raw[from + b - 1])) b--;
    return a < b ? subBlock(block, from + a, from + b, raw.slice(from + a, from + b), extra) : undefined;
  };
  let at = 0;
  lines.forEach((line, i) => {
    const from = at;
    at += line.length + 1;
    if (i < 2 || !line.trim()) return;
    const cells = cellsOf(line);
    if (titled) {
      const title = cells[0] && piece(from, cells[0][0], cells[0][1], { type: 'heading', depth: 6 });
      if (title) out.push(title);
    } else if (out.length) {
      const s = block.shift + block.map[from];
      out.push({ type: 'break', depth: 0, text: '', map: Uint16Array.of(0), shift: s, start: s, end: s, inList: block.inList });
    }
    cells.forEach(([a, b], k) => {
      if ((k === 0 && titled) || !isPart[k]) return;
      const cell = piece(from, a, b, { column: header[k] });
      if (cell) out.push(cell);
    });
  });
  return out.length ? out : undefined;
}
