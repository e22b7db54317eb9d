import { SymbolKind, type CodeLens, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { findingsByStory, paceOf, scorecardFrom } from '../engine/coaching/scorecard';
import type { PlacedFacts, SectionOutline } from '../engine/coaching/facts';
import type { Analysis } from './analysis';
import { rangeOf } from './diagnostics';
import { clock, scorecardLine } from './scorecard';

const SECTION_TITLE: Record<string, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learning: 'Learning',
};

/** A story's name in the outline: its title, else its first line. */
function storyName(a: Analysis, p: PlacedFacts): string {
  const title = p.facts.title?.trim();
  if (title) return title;
  const line = a.text.slice(p.start, p.start + p.facts.titleLength).replace(/^[#>*\s-]+|[*\s]+$/g, '');
  return line.slice(0, 60) || 'Story';
}

function sectionName(section: SectionOutline): string {
  return [section.kind, ...section.also].map((k) => SECTION_TITLE[k]).join(' and ');
}

/** Each story's facts, from the document's cache (built stories only for stories whose text changed). */
function placed(a: Analysis): PlacedFacts[] {
  const doc = a.result?.doc;
  if (a.kind !== 'story' || !doc) return [];
  return a.facts.all(doc, paceOf(a.config), JSON.stringify(a.config.principles ?? null));
}

/**
 * The outline of a story file (SPEC §10): each story, with its STAR sections
 * as children, read from the story model (so a transcript's stories and a
 * table's rows appear as the engine reads them). Flat `SymbolInformation` for
 * clients without hierarchical symbols.
 */
export function documentSymbols(a: Analysis, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  const symbols: DocumentSymbol[] = placed(a).map((p) => {
    const { facts } = p;
    const at = (rel: number) => p.start + rel;
    const children = facts.sections
      .filter((s) => s.words > 0 || s.explicit)
      .map((s): DocumentSymbol => {
        const start = s.explicit ? Math.min(s.markerStart, s.start) : s.start;
        const end = Math.max(s.end, s.markerEnd, start);
        const selEnd = Math.min(Math.max(s.explicit ? s.markerEnd : (s.firstSentenceEnd ?? end), start), end);
        return {
          name: sectionName(s),
          detail: `${s.words} ${s.words === 1 ? 'word' : 'words'}`,
          kind: SymbolKind.Field,
          range: rangeOf(a, at(start), at(end)),
          selectionRange: rangeOf(a, at(start), at(selEnd)),
        };
      });
    return {
      name: storyName(a, p),
      detail: `${clock(facts.stats.seconds)} spoken`,
      kind: SymbolKind.Module,
      range: rangeOf(a, p.start, p.end),
      selectionRange: rangeOf(a, p.start, p.start + facts.titleLength),
      children,
    };
  });
  if (hierarchical) return symbols;
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri: a.uri, range: s.range } },
    ...(s.children ?? []).map((c) => ({ name: c.name, kind: c.kind, location: { uri: a.uri, range: c.range }, containerName: s.name })),
  ]);
}

/**
 * One code lens above each story's title with its scorecard. The lens is
 * information, not an action: its command is empty, so clients show it as
 * text.
 */
export function codeLenses(a: Analysis): CodeLens[] {
  const stories = placed(a);
  const byStory = findingsByStory(
    stories.map((p) => ({ titleStart: p.start, end: p.end })),
    a.result?.findings ?? [],
  );
  return stories.map((p, i) => ({
    range: rangeOf(a, p.start, p.start + p.facts.titleLength),
    command: { title: scorecardLine(scorecardFrom(p.facts.title, p.facts.stats, p.facts.strengths, byStory[i])), command: '' },
  }));
}
