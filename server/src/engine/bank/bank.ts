import { lint, LintCache } from '../lint';
import { principlesOf, type StarConfig } from '../config';
import type { PrincipleDef } from '../lexicons/principles';
import { profileStories, type StoryKind, type StoryProfile } from './profile';
import { meetsScope, requiredScope, levelRank, SCOPE_NAMES } from '../language/scope';
import { beginStage, endStage } from '../profile';

/** One file for the bank: its path as reported, its text and the configuration that applies to it. */
export interface BankInput {
  file: string;
  text: string;
  config: StarConfig;
  /** The path matched against `files`/`ignore` (relative to the config's folder); defaults to `file`. */
  globPath?: string;
}

/** A story's row in the bank (SPEC §10). */
export interface BankStory {
  file: string;
  line: number;
  title: string;
  level: string | null;
  type: string;
  seconds: number;
  claimed: string[];
  shown: string[];
  findings: number;
}

export interface BankCell {
  file: string;
  line: number;
  title: string;
  evidence: 'shown' | 'claimed';
}

export type BankNoteKind = 'gap' | 'thin' | 'unbacked-claim' | 'stretched' | 'missing-type' | 'level-scope';

export interface BankNote {
  kind: BankNoteKind;
  message: string;
  file?: string;
  line?: number;
}

/** The story bank, in the JSON shape of SPEC §10. */
export interface Bank {
  principles: Array<{ name: string; stories: BankCell[] }>;
  stories: BankStory[];
  gaps: string[];
  notes: BankNote[];
}

export interface BankOptions {
  /** The principle list and level of the bank as a whole (the first file's configuration when absent). */
  config?: StarConfig;
  cache?: BankCache;
  /** Each input's story profiles ({@link profileFile}), when they were computed beforehand (the CLI does so in worker threads). */
  profiles?: ReadonlyArray<StoryProfile[] | undefined>;
  /** A story claimed for more principles than this is stretched. */
  maxClaims?: number;
}

/** A story claimed for more principles than this rarely survives follow-ups on each. */
export const MAX_CLAIMS = 3;

/**
 * A file shorter than this (in characters) is checked whole again after an
 * edit, in a few milliseconds; a longer one keeps a lint cache. Keeping one for
 * every file cost the bank of 1,000 small files about a tenth of its time from
 * nothing (hashing and holding every story's findings) and saved nothing there.
 */
const LINT_CACHE_FROM = 20_000;

/**
 * Each file's story profiles, kept while its text and configuration stay the
 * same, so a bank recomputed after one edit re-reads only that file. A long
 * file keeps a lint cache too, so an edit re-checks only the story it touched.
 */
export class BankCache {
  private readonly files = new Map<string, { text: string; configKey: string; stories: StoryProfile[] | undefined }>();
  private readonly lints = new Map<string, LintCache>();

  profiles(input: BankInput): StoryProfile[] | undefined {
    const configKey = JSON.stringify(input.config);
    const hit = this.files.get(input.file);
    if (hit && hit.text === input.text && hit.configKey === configKey) return hit.stories;
    let cache = this.lints.get(input.file);
    if (!cache && input.text.length >= LINT_CACHE_FROM) this.lints.set(input.file, (cache = new LintCache()));
    const stories = profileFile(input, cache);
    this.files.set(input.file, { text: input.text, configKey, stories });
    return stories;
  }

  /** Forgets files not in this list (deleted or no longer in the workspace). */
  keepOnly(files: Iterable<string>): void {
    const keep = new Set(files);
    for (const f of [...this.files.keys()]) {
      if (keep.has(f)) continue;
      this.files.delete(f);
      this.lints.delete(f);
    }
  }
}

/** The stories of one file, or undefined when it is not a story file. */
export function profileFile(input: BankInput, cache?: LintCache): StoryProfile[] | undefined {
  const result = lint(input.text, { config: input.config, path: input.globPath ?? input.file, cache, releaseStories: false });
  if (!result.isStory || !result.doc) return undefined;
  const began = beginStage();
  const profiles = profileStories(result.doc, result.findings, input.config);
  endStage('bank: story profiles', began);
  return profiles;
}

/** The story bank over a set of files: every story's claims and evidence, the matrix, the gaps and the notes. */
export function buildBank(inputs: readonly BankInput[], options: BankOptions = {}): Bank {
  const config = options.config ?? inputs[0]?.config ?? {};
  const defs = principlesOf(config).defs;
  const rows: Array<{ input: BankInput; profile: StoryProfile }> = [];
  for (const [i, input] of inputs.entries()) {
    const profiles = options.profiles ? options.profiles[i] : options.cache ? options.cache.profiles(input) : profileFile(input);
    for (const profile of profiles ?? []) rows.push({ input, profile });
  }
  const stories: BankStory[] = rows.map(({ input, profile: p }) => ({
    file: input.file,
    line: p.line,
    title: p.title,
    level: p.level ?? null,
    type: p.type,
    seconds: p.seconds,
    claimed: p.claimed,
    shown: p.shown,
    findings: p.findings,
  }));
  const principles = defs.map((def) => ({
    name: def.name,
    stories: stories.flatMap((s): BankCell[] => {
      const evidence = s.shown.includes(def.name) ? 'shown' : s.claimed.includes(def.name) ? 'claimed' : undefined;
      return evidence ? [{ file: s.file, line: s.line, title: s.title, evidence }] : [];
    }),
  }));
  const gaps = principles.filter((p) => !p.stories.some((c) => c.evidence === 'shown')).map((p) => p.name);
  const notes = bankNotes(
    defs,
    principles,
    rows.map((r) => r.profile),
    stories,
    config.level,
    options.maxClaims ?? MAX_CLAIMS,
  );
  return { principles, stories, gaps, notes };
}

const TYPE_NOTES: Record<StoryKind, string> = {
  failure:
    'No failure story. Loops ask for one: add a time something went wrong, the part that was yours, and what you do differently now.',
  conflict:
    'No conflict or disagreement story. Loops ask for one: add a time you disagreed with someone, how you argued it, and how it ended.',
  customer:
    'No customer story. Loops ask for one: add a story that names the customer, what hurt them, and what you did for them, with a number.',
};

function bankNotes(
  defs: PrincipleDef[],
  principles: Bank['principles'],
  profiles: StoryProfile[],
  stories: BankStory[],
  configLevel: string | undefined,
  maxClaims: number,
): BankNote[] {
  const notes: BankNote[] = [];
  if (!stories.length) return notes;
  for (const p of principles) {
    const shown = p.stories.filter((c) => c.evidence === 'shown');
    if (shown.length === 0) {
      const hint = defs.find((d) => d.name === p.name)?.evidence ?? 'Add a story where you did it yourself, with what changed as a result.';
      notes.push({ kind: 'gap', message: `No story shows ${p.name}. ${hint}` });
    } else if (shown.length === 1) {
      notes.push({
        kind: 'thin',
        message: `Only "${shown[0].title}" shows ${p.name}. Prepare a second story: interviewers often ask for another example.`,
        file: shown[0].file,
        line: shown[0].line,
      });
    }
  }
  stories.forEach((s) => {
    for (const name of s.claimed) {
      if (s.shown.includes(name)) continue;
      notes.push({
        kind: 'unbacked-claim',
        message:
          `"${s.title}" claims ${name} but shows no evidence of it. Add what you did for it yourself and the ` +
          `result, or drop the claim.`,
        file: s.file,
        line: s.line,
      });
    }
    if (s.claimed.length > maxClaims) {
      notes.push({
        kind: 'stretched',
        message:
          `"${s.title}" is claimed for ${s.claimed.length} principles (${s.claimed.join(', ')}). Keep the ` +
          `${maxClaims} it shows best; follow-ups on each would stretch it thin.`,
        file: s.file,
        line: s.line,
      });
    }
  });
  for (const kind of ['failure', 'conflict', 'customer'] as const) {
    if (!profiles.some((p) => p.kinds.includes(kind))) notes.push({ kind: 'missing-type', message: TYPE_NOTES[kind] });
  }
  notes.push(...levelNotes(profiles, stories, configLevel));
  return notes;
}

/** For each level the stories are written for, whether any story reaches the scope it asks (SPEC §9). */
function levelNotes(profiles: StoryProfile[], stories: BankStory[], configLevel: string | undefined): BankNote[] {
  const levels = new Map<string, string>();
  for (const l of [configLevel, ...profiles.map((p) => p.level)]) {
    if (l && levelRank(l) !== undefined && !levels.has(l.toLowerCase())) levels.set(l.toLowerCase(), l);
  }
  const notes: BankNote[] = [];
  for (const level of levels.values()) {
    const need = requiredScope(level);
    if (need === 'own') continue;
    const atLevel = profiles.filter((p) => !p.level || p.level.toLowerCase() === level.toLowerCase());
    if (atLevel.some((p) => meetsScope(p.scope, level))) continue;
    const widest = atLevel.reduce<StoryProfile | undefined>((best, p) => (!best || scopeRank(p) > scopeRank(best) ? p : best), undefined);
    const widestText =
      widest && widest.scope !== 'own'
        ? ` The widest, "${stories[profiles.indexOf(widest)].title}", reaches ${SCOPE_NAMES[widest.scope]}.`
        : '';
    notes.push({
      kind: 'level-scope',
      message:
        `At ${level} the loop looks for work that reaches ${SCOPE_NAMES[need]}, and no story ` +
        `does.${widestText} Add a story whose work reached ${SCOPE_NAMES[need]}, and say who it changed ` +
        `things for.`,
    });
  }
  return notes;
}

const scopeRank = (p: StoryProfile) => ['own', 'team', 'teams', 'organisation'].indexOf(p.scope);

/** The bank in the JSON shape of SPEC §10: keys in the contract's order and nothing else (the CLI prints it, the server sends it). */
export function bankJson(bank: Bank): Bank {
  return {
    principles: bank.principles.map((p) => ({
      name: p.name,
      stories: p.stories.map((c) => ({ file: c.file, line: c.line, title: c.title, evidence: c.evidence })),
    })),
    stories: bank.stories.map((s) => ({
      file: s.file,
      line: s.line,
      title: s.title,
      level: s.level,
      type: s.type,
      seconds: s.seconds,
      claimed: s.claimed,
      shown: s.shown,
      findings: s.findings,
    })),
    gaps: bank.gaps,
    notes: bank.notes.map((n) => ({ kind: n.kind, message: n.message, ...(n.file ? { file: n.file, line: n.line } : {}) })),
  };
}
