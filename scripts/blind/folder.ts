// A writer's folder as the round scripts read it: its story files and their label sidecars.
import { readdirSync } from 'node:fs';

/** The story files of a writer's folder: every Markdown file but the writer's MANIFEST.md, sorted. */
export function storiesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((n) => n.endsWith('.md') && n !== 'MANIFEST.md')
    .sort();
}

/** A story file's label sidecar: `X.md` → `X.labels.json`, `X.star.md` → `X.star.labels.json`. */
export const sidecarOf = (story: string): string => story.replace(/\.md$/, '.labels.json');
