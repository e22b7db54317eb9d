// Story texts shared by the protocol tests, written for these tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** Action told mostly as "we": two `We` sentences to one `I` sentence on line 4. */
export const WE_STORY = [
  '## Scaling the search service',
  '',
  '**Situation:** Search traffic doubled in a year.',
  '',
  '**Action:** We redesigned the index layout. We added a cache in front of it. I reviewed the rollout plan.',
  '',
  '**Result:** Query latency fell from 900 ms to 250 ms.',
  '',
].join('\n');

/** The same story owned in the first person: nothing for we-overuse. */
export const I_STORY = WE_STORY.replace('We redesigned', 'I redesigned').replace('We added', 'I added');

/** A Markdown note that is not a story: no STAR markers, not under stories/. */
export const NOTE = '# Reading list\n\nWe read two books on system design this month.\n';

/** Only the diagnostics of one rule. */
export function ofRule(p: PublishDiagnosticsParams | Diagnostic[], ruleId: string): Diagnostic[] {
  const list = Array.isArray(p) ? p : p.diagnostics;
  return list.filter((d) => d.code === ruleId);
}

/** Writes files (path → text) under a folder. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
