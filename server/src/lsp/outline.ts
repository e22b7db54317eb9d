import { SymbolKind, type CodeLens, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Section, Story } from '../engine/types';
import { findingsByStory, paceOf, scorecardOf } from '../engine/coaching/scorecard';
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
function storyName(a: Analysis, story: Story): string {
  const title = story.title?.trim();
  if (title) return title;
  const line = a.text.slice(story.titleStart, story.titleEnd).replace(/^[#>*\s-]+|[*\s]+$/g, '');
  return line.slice(0, 60) || 'Story';
}

function sectionName(section: Section): string {
  return [section.kind, ...section.also].map((k) => SECTION_TITLE[k]).join(' and ');
}

/**
 * The outline of a story file (SPEC §10): each story, with its STAR sections
 * as children, read from the story model (so a transcript's stories and a
 * table's rows appear as the engine reads them). Flat `SymbolInformation` for
 * clients without hierarchical symbols.
 */
export function documentSymbols(a: Analysis, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  const doc = a.result?.doc;
  if (a.kind !== 'story' || !doc) return [];
  const pace = paceOf(a.config);
  const symbols: DocumentSymbol[] = doc.stories.map((story) => {
    const end = Math.max(story.end, story.titleEnd);
    const children = story.sections
      .filter((s) => s.sentences.length || s.explicit)
      .map((s): DocumentSymbol => {
        const start = s.explicit ? Math.min(s.markerStart, s.start) : s.start;
        const sEnd = Math.max(s.end, s.markerEnd, start);
        const selEnd = s.explicit ? s.markerEnd : (s.sentences[0]?.end ?? sEnd);
        return {
          name: sectionName(s),
          detail: `${s.words} ${s.words === 1 ? 'word' : 'words'}`,
          kind: SymbolKind.Field,
          range: rangeOf(a, start, sEnd),
          selectionRange: rangeOf(a, start, Math.min(Math.max(selEnd, start), sEnd)),
        };
      });
    return {
      name: storyName(a, story),
      detail: `${clock(Math.round((story.words / pace) * 60))} spoken`,
      kind: SymbolKind.Module,
      range: rangeOf(a, story.titleStart, end),
      selectionRange: rangeOf(a, story.titleStart, Math.max(story.titleEnd, story.titleStart)),
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
  const doc = a.result?.doc;
  if (a.kind !== 'story' || !doc) return [];
  const stories = doc.stories;
  const pace = paceOf(a.config);
  const byStory = findingsByStory(stories, a.result!.findings);
  return stories.map((story, i) => ({
    range: rangeOf(a, story.titleStart, Math.max(story.titleEnd, story.titleStart)),
    command: { title: scorecardLine(scorecardOf(story, byStory[i], pace)), command: '' },
  }));
}
