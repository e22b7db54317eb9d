import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint } from '../../server/src/engine/lint';
import { lineStartsOf } from '../../server/src/engine/document/model';
import { lineIndexAt } from '../../server/src/engine/document/positions';

export interface Label {
  rule: string;
  line: number;
  text?: string;
}

export interface LabelFile {
  description?: string;
  expect: Label[];
  silent: string[];
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  misses: string[];
}

/** Every `*.md` story in a corpus folder that has a `.labels.json` sidecar. */
export function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p));
    else if (name.endsWith('.md') && existsSync(p.replace(/\.md$/, '.labels.json'))) out.push(p);
  }
  return out.sort();
}

/**
 * Scores the engine against labelled stories: a finding matches a label of its
 * rule when its range covers the labelled line. Findings of a rule the labels
 * leave open for that file (neither expected nor silent) are not scored.
 */
export function scoreCorpus(dir: string, rules: readonly string[], options: { pathPrefix?: string } = {}): Map<string, RuleScore> {
  const scores = new Map<string, RuleScore>(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0, falsePositives: [], misses: [] }]));
  for (const file of corpusFiles(dir)) {
    const labels = JSON.parse(readFileSync(file.replace(/\.md$/, '.labels.json'), 'utf8')) as LabelFile;
    const text = readFileSync(file, 'utf8');
    const rel = relative(dir, file);
    tallyFile(scores, rel, labels, scoredFindings(text, (options.pathPrefix ?? '') + rel));
  }
  return scores;
}

/** A finding as scoring reads it: its rule and the lines it covers. */
export interface ScoredFinding {
  rule: string;
  from: number;
  to: number;
  message: string;
}

/** The engine's findings on a story file, as scoring reads them (1-based lines). */
export function scoredFindings(text: string, path: string): ScoredFinding[] {
  const starts = lineStartsOf(text);
  return lint(text, { path }).findings.map((f) => ({
    rule: f.ruleId,
    from: lineIndexAt(starts, f.start) + 1,
    to: lineIndexAt(starts, Math.max(f.start, f.end - 1)) + 1,
    message: f.message,
  }));
}

/**
 * Adds one file's findings to `scores` against its labels: a finding matches a label of its rule when it covers the
 * labelled line; a rule the labels leave open for the file counts no false alarm.
 */
export function tallyFile(scores: Map<string, RuleScore>, rel: string, labels: LabelFile, found: readonly ScoredFinding[]): void {
  for (const [rule, s] of scores) {
    const expected = labels.expect.filter((l) => l.rule === rule);
    const scored = expected.length > 0 || labels.silent.includes(rule);
    const mine = found.filter((f) => f.rule === rule);
    const used = new Set<number>();
    for (const e of expected) {
      const k = mine.findIndex((f, i) => !used.has(i) && f.from <= e.line && e.line <= f.to);
      if (k >= 0) {
        used.add(k);
        s.tp++;
      } else {
        s.fn++;
        s.misses.push(`${rel}:${e.line} ${e.text ?? ''}`);
      }
    }
    if (!scored) continue;
    mine.forEach((f, i) => {
      if (used.has(i)) return;
      // A second finding on a line already labelled for this rule is not a new false alarm.
      if (expected.some((e) => f.from <= e.line && e.line <= f.to)) return;
      s.fp++;
      s.falsePositives.push(`${rel}:${f.from} ${f.message}`);
    });
  }
}

/**
 * What is wrong with one label sidecar, as readers' labels are checked before their files join the corpus: the shape, rule
 * ids the engine has, lines inside the story, each label's text on its line, and no rule both expected and silent.
 */
export function labelProblems(story: string, labels: unknown, ruleIds: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const l = labels as Partial<LabelFile> | null;
  if (!l || typeof l !== 'object' || !Array.isArray(l.expect) || !Array.isArray(l.silent)) return ['not { expect: [...], silent: [...] }'];
  if (typeof l.description !== 'string' || !l.description.trim()) out.push('no description');
  const lines = story.split('\n');
  for (const e of l.expect) {
    if (!e || !ruleIds.has(e.rule)) out.push(`expect: no rule ${JSON.stringify(e?.rule)}`);
    else if (!Number.isInteger(e.line) || e.line < 1 || e.line > lines.length) out.push(`${e.rule}: line ${e.line} is outside the story`);
    else if (e.text !== undefined && (typeof e.text !== 'string' || !lines[e.line - 1].includes(e.text)))
      out.push(`${e.rule}: line ${e.line} does not contain ${JSON.stringify(e.text)}`);
  }
  for (const r of l.silent) {
    if (!ruleIds.has(r)) out.push(`silent: no rule ${JSON.stringify(r)}`);
    else if (l.expect.some((e) => e?.rule === r)) out.push(`${r} is both expected and silent`);
  }
  return out;
}

/** Micro precision, recall and F1 over all rules of a score map. */
export function microScore(
  scores: Map<string, RuleScore>,
  only?: (rule: string) => boolean,
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [rule, s] of scores) {
    if (only && !only(rule)) continue;
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * The labelled corpus, in three parts: the team's own stories (written by the
 * people who tune the rules), and the blind stories (written and labelled by
 * people who never saw the engine), split into a dev part that may be tuned
 * on and a test part that is only ever scored, and a holdout written and
 * labelled later, after every round of tuning, and scored once. Blind files are read as story
 * files whatever their name, as if kept in a `stories/` folder.
 */
export const CORPUS_PARTS = [
  { name: 'team', dir: 'test/corpus/team', pathPrefix: '' },
  { name: 'blind-dev', dir: 'test/corpus/blind/dev', pathPrefix: 'stories/' },
  { name: 'blind-test', dir: 'test/corpus/blind/test', pathPrefix: 'stories/' },
  { name: 'blind-holdout', dir: 'test/corpus/blind/holdout', pathPrefix: 'stories/' },
] as const;
