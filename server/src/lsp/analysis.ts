import { dirname, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, LintCache, type LintResult } from '../engine/lint';
import { matchesStoryGlobs, mergeConfigs, principlesOf, type StarConfig } from '../engine/config';
import type { PrincipleMatcher } from '../engine/language/principles';
import { computeLineStarts } from '../engine/document/positions';
import { readFrontMatter } from '../engine/document/frontmatter';
import { configFor, type ConfigFileProblem, type LoadedConfig } from '../config-file';
import type { AnyRule } from '../engine/rule';
import type { ClientSettings, SettingsStore } from './settings';
import { StoryFactsCache } from '../engine/coaching/facts';

/** Files larger than this get one notice instead of a lint. */
export const MAX_BYTES = 2 * 1024 * 1024;
/** A lint that takes longer than this stops at a story boundary and says so, so typing never waits on it. */
export const LINT_BUDGET_MS = 4000;

/** What the server knows about one version of one document. */
export interface Analysis {
  uri: string;
  version: number;
  text: string;
  /** Where each line starts (LSP line breaks). */
  readonly lineStarts: readonly number[];
  /** `story`: linted; `other`: not a story file; `large`: a story file too large to check. */
  kind: 'story' | 'other' | 'large';
  /** Present when `kind` is `story`. */
  result?: LintResult;
  /** Size in bytes (UTF-8). */
  bytes: number;
  settings: ClientSettings;
  /** The settings merged with `.starcoach.json`. */
  config: StarConfig;
  principles: PrincipleMatcher;
  /** Each story's scorecard and outline facts, kept across versions of this document. */
  facts: StoryFactsCache;
  /** The `.starcoach.json` that applies, and what is wrong with it. */
  configFile?: string;
  configProblems: ConfigFileProblem[];
}

/** The file path of a `file:` URI, or undefined for other schemes (untitled buffers). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The workspace folder paths after a `workspace/didChangeWorkspaceFolders` event: removed ones go, added ones join once. */
export function changedFolders(folders: readonly string[], event: unknown): string[] {
  // A malformed event changes nothing it does not name.
  const uris = (key: string): string[] => {
    const list = (event as Record<string, unknown> | null)?.[key];
    return Array.isArray(list) ? list.map((f) => (f as { uri?: unknown })?.uri).filter((u): u is string => typeof u === 'string') : [];
  };
  const removed = new Set(uris('removed').map(pathOf));
  const out = folders.filter((f) => !removed.has(f));
  for (const uri of uris('added')) {
    const path = pathOf(uri);
    if (path !== undefined && !out.includes(path)) out.push(path);
  }
  return out;
}

const MARKDOWN_PATH = /\.(?:md|markdown|mdown|mkdn?|mdwn)$/i;

/** Whether the server should look at a document at all: Markdown by language id or file name. */
export function isMarkdown(doc: Pick<TextDocument, 'uri' | 'languageId'>): boolean {
  return doc.languageId === 'markdown' || MARKDOWN_PATH.test(doc.uri.replace(/[?#].*$/, ''));
}

/**
 * The line starts of a document's text, for its analysis. The text
 * document of vscode-languageserver-textdocument keeps its own up to date
 * across incremental edits, with the same line breaks (\n, \r\n, \r): they
 * spare finding every line break of a 1.1 MB file again on each keystroke.
 * It changes them in place on the next edit, so they are handed out only while
 * the document still holds this text; an analysis read after that (a request
 * that awaited while the user typed) scans its own text once. A copy on every
 * edit was 200 KB of garbage per keystroke in a 25,000-line file. Any other
 * document is scanned.
 */
export function lineStartsOf(doc: TextDocument, text: string): () => readonly number[] {
  const starts = new LineStarts(doc, text);
  return () => starts.get();
}

/** See {@link lineStartsOf}. */
class LineStarts {
  private readonly version: number;
  private own: number[] | undefined = undefined;
  constructor(
    private readonly doc: TextDocument,
    private readonly text: string,
  ) {
    this.version = doc.version;
  }

  get(): readonly number[] {
    if (this.own) return this.own;
    if (this.doc.version === this.version && this.doc.getText() === this.text) {
      const held = (this.doc as { getLineOffsets?: () => unknown }).getLineOffsets?.();
      if (Array.isArray(held) && held.length) return held as number[];
    }
    this.own = computeLineStarts(this.text);
    return this.own;
  }
}

type Base = Omit<Analysis, 'lineStarts' | 'kind' | 'result'>;

/**
 * An analysis, its line starts read when first asked for (see {@link lineStartsOf}). A class with its fields written
 * out, not an object spread from its base with a getter defined on it: under Node 20 V8's young collector keeps both
 * (a spread that adds properties, a getter's closure) until a full collection, and with them this version of the
 * document's text and its lint: old versions of a 1.1 MB file piled up in the old generation while typing.
 */
class DocumentAnalysis implements Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly bytes: number;
  readonly settings: ClientSettings;
  readonly config: StarConfig;
  readonly principles: PrincipleMatcher;
  readonly facts: StoryFactsCache;
  readonly configFile: string | undefined;
  readonly configProblems: ConfigFileProblem[];
  private readonly starts: LineStarts;

  constructor(
    base: Base,
    starts: LineStarts,
    readonly kind: Analysis['kind'],
    readonly result?: LintResult,
  ) {
    this.starts = starts;
    this.uri = base.uri;
    this.version = base.version;
    this.text = base.text;
    this.bytes = base.bytes;
    this.settings = base.settings;
    this.config = base.config;
    this.principles = base.principles;
    this.facts = base.facts;
    this.configFile = base.configFile;
    this.configProblems = base.configProblems;
  }

  get lineStarts(): readonly number[] {
    return this.starts.get();
  }
}

interface Entry {
  analysis: Analysis;
  loaded: LoadedConfig | undefined;
}

/**
 * Lints documents and keeps the last result per document version, so
 * diagnostics, hover and code actions all read the same findings computed from
 * the server's own copy of the text.
 */
export class Analyzer {
  private readonly entries = new Map<string, Entry>();
  private readonly chunkCaches = new Map<string, LintCache>();
  private readonly factsCaches = new Map<string, StoryFactsCache>();

  constructor(
    private readonly settings: SettingsStore,
    private readonly workspaceFolders: () => string[],
    private readonly onRuleError: (ruleId: string, error: unknown) => void,
    private readonly rules?: readonly AnyRule[],
    /** Runs a lint, `cold` for a document's first (the server sizes V8's young space around it: see young-space.ts). */
    private readonly runLint: <T>(cold: boolean, run: () => T) => T = (_cold, run) => run(),
  ) {}

  async analyze(doc: TextDocument): Promise<Analysis> {
    const settings = await this.settings.get(doc.uri);
    const path = pathOf(doc.uri);
    const found = path ? configFor(path, undefined, this.folderOf(path)) : undefined;
    // The loader returns the same object while a config file is unchanged on disk; no file means no config.
    const loaded = found?.file ? found : undefined;
    const hit = this.entries.get(doc.uri);
    // The text too, not the version alone: a client that reuses a version number must not get the findings of the old text.
    if (
      hit &&
      hit.analysis.version === doc.version &&
      hit.analysis.text === doc.getText() &&
      hit.analysis.settings === settings &&
      hit.loaded === loaded
    )
      return hit.analysis;
    const analysis = this.compute(doc, settings, path, loaded);
    this.entries.set(doc.uri, { analysis, loaded });
    return analysis;
  }

  /** The last analysis, if it is of this version of the document. */
  peek(doc: TextDocument): Analysis | undefined {
    const hit = this.entries.get(doc.uri)?.analysis;
    return hit && hit.version === doc.version && hit.text === doc.getText() ? hit : undefined;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.chunkCaches.delete(uri);
    this.factsCaches.delete(uri);
  }

  private compute(doc: TextDocument, settings: ClientSettings, path: string | undefined, loaded: LoadedConfig | undefined): Analysis {
    const text = doc.getText();
    return this.analysis(doc, text, new LineStarts(doc, text), settings, path, loaded);
  }

  private analysis(
    doc: TextDocument,
    text: string,
    starts: LineStarts,
    settings: ClientSettings,
    path: string | undefined,
    loaded: LoadedConfig | undefined,
  ): DocumentAnalysis {
    const config = mergeConfigs(settings.config, loaded?.config);
    let facts = this.factsCaches.get(doc.uri);
    if (!facts) this.factsCaches.set(doc.uri, (facts = new StoryFactsCache()));
    const base: Base = {
      facts,
      uri: doc.uri,
      version: doc.version,
      text,
      bytes: Buffer.byteLength(text, 'utf8'),
      settings,
      config,
      principles: principlesOf(config),
      configFile: loaded?.file,
      configProblems: loaded?.problems ?? [],
    };
    if (!isMarkdown(doc)) return new DocumentAnalysis(base, starts, 'other');
    const globPath = this.globPath(path, loaded?.file);
    if (base.bytes > MAX_BYTES) {
      // Parsing a huge file to look for STAR markers would stall the editor; only the cheap tests decide here.
      const story = readFrontMatter(text).frontMatter?.star ?? (globPath !== undefined && matchesStoryGlobs(globPath, config));
      return new DocumentAnalysis(base, starts, story ? 'large' : 'other');
    }
    let cache = this.chunkCaches.get(doc.uri);
    const cold = !cache;
    if (!cache) this.chunkCaches.set(doc.uri, (cache = new LintCache()));
    const options = {
      config,
      lineStarts: starts.get(),
      path: globPath,
      cache,
      onRuleError: this.onRuleError,
      rules: this.rules,
      timeBudgetMs: LINT_BUDGET_MS,
      releaseStories: true,
    };
    const result = this.runLint(cold, () => lint(text, options));
    return new DocumentAnalysis(base, starts, result.isStory ? 'story' : 'other', result);
  }

  /**
   * The workspace folder that holds a file (the deepest, when folders nest):
   * the config lookup stops there. A file outside every folder is looked up to
   * the file-system root, as the CLI does.
   */
  private folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.workspaceFolders()) {
      const rel = relative(folder, path);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /**
   * The path the `files` and `ignore` globs are matched against, as the CLI
   * does: relative to the config file's folder, else to the workspace folder,
   * else absolute.
   */
  private globPath(path: string | undefined, configFile: string | undefined): string | undefined {
    if (!path) return undefined;
    for (const root of [configFile ? dirname(configFile) : undefined, ...this.workspaceFolders()]) {
      if (!root) continue;
      const rel = relative(root, path);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
    }
    return path.split(sep).join('/');
  }
}
