import { parse } from 'yaml';
import type { FrontMatter, Notice } from '../types';

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Reads YAML front matter at the top of a document. YAML is parsed as data
 * only (no custom tags, nothing executed); a broken block becomes a notice and
 * the story is analysed without it.
 */
export function readFrontMatter(text: string): { frontMatter?: FrontMatter; notices: Notice[] } {
  const open = OPEN.exec(text);
  if (!open) return { notices: [] };
  const bodyStart = open[0].length;
  CLOSE.lastIndex = 0;
  const rest = text.slice(bodyStart);
  const close = CLOSE.exec(rest);
  if (!close) return { notices: [] };
  const end = bodyStart + close.index + close[0].length;
  const yaml = rest.slice(0, close.index);
  const fm: FrontMatter = { start: 0, end };
  let data: unknown;
  try {
    // logLevel 'error': an unknown tag such as !!js/function stays a plain value without a process warning on stderr.
    data = parse(yaml, { customTags: [], maxAliasCount: 50, logLevel: 'error' });
  } catch (err) {
    return {
      frontMatter: fm,
      notices: [
        {
          severity: 'warning',
          message: `Front matter is not valid YAML (${(err as Error).message.split('\n')[0]}). The story is checked without it.`,
          start: 0,
          end: Math.min(end, 3),
        },
      ],
    };
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    if (typeof d.star === 'boolean') fm.star = d.star;
    if (Array.isArray(d.principles)) fm.principles = d.principles.filter((p): p is string => typeof p === 'string');
    else if (typeof d.principles === 'string')
      fm.principles = d.principles
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (typeof d.level === 'string' || typeof d.level === 'number') fm.level = String(d.level);
    if (typeof d.type === 'string') fm.type = d.type.toLowerCase();
  }
  return { frontMatter: fm, notices: [] };
}
