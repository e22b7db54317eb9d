import { basename } from 'node:path';
import type {
  CodeAction,
  CodeActionParams,
  CodeLens,
  CodeLensParams,
  CompletionItem,
  CompletionParams,
  DocumentSymbol,
  DocumentSymbolParams,
  Hover,
  HoverParams,
  PublishDiagnosticsParams,
  SymbolInformation,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../engine/config';
import { computeLineStarts, offsetAt } from '../engine/document/positions';
import { parseConfigText } from '../config-file';
import type { AnyRule } from '../engine/rule';
import { Analyzer, isMarkdown, pathOf } from './analysis';
import { configFileDiagnostic, configMessage, diagnosticsOf } from './diagnostics';
import { Scheduler } from './scheduler';
import { SettingsStore } from './settings';
import { hoverAt } from './hover';
import { codeActions, type EditSupport } from './actions';
import { checkCodeActionParams, checkPosition, documentUri } from './params';
import { codeLenses, documentSymbols } from './outline';
import { completionsAt } from './completion';

/** What the session needs from the connection and the open documents. */
export interface SessionHost {
  sendDiagnostics(params: PublishDiagnosticsParams): void;
  log: { warn(message: string): void; error(message: string): void };
  document(uri: string): TextDocument | undefined;
  documents(): TextDocument[];
  workspaceFolders(): string[];
  /** Asks the client for the `starCoach` settings of a document; absent when the client cannot be asked. */
  fetchSettings?(uri: string): Promise<unknown>;
  /** Where the rule pages `docs/rules/<id>.md` are. */
  docsDir: string;
  editSupport: EditSupport;
  /** Whether the client takes nested document symbols (stories with their sections); flat symbols otherwise. */
  hierarchicalSymbols?: boolean;
  /** Whether the client takes related information on diagnostics (a grouped finding lists its repeats); true when absent. */
  relatedInformation?: boolean;
  /** Rules to run instead of all of them (tests). */
  rules?: readonly AnyRule[];
  /** Runs a lint, `cold` for a document's first; the server sizes V8's young space around it (young-space.ts). */
  runLint?<T>(cold: boolean, run: () => T): T;
}

/**
 * The server's behaviour behind the LSP handlers: lints open story files as
 * they change, publishes and clears their diagnostics, watches configuration,
 * and answers hover and code-action requests from the same findings.
 */
export class Session {
  readonly settings: SettingsStore;
  readonly analyzer: Analyzer;
  private readonly scheduler: Scheduler;
  /** URIs whose last published diagnostics were not empty. */
  private readonly published = new Set<string>();
  private readonly logged = new Set<string>();
  private readonly failedRules = new Set<string>();

  constructor(private readonly host: SessionHost) {
    this.settings = new SettingsStore({
      fetch: host.fetchSettings,
      onLateAnswer: (uri) => this.relint(uri),
      onProblem: (message) => host.log.warn(message),
    });
    this.analyzer = new Analyzer(
      this.settings,
      host.workspaceFolders,
      (ruleId, error) => this.ruleFailed(ruleId, error),
      host.rules,
      host.runLint,
    );
    this.scheduler = new Scheduler((uri, error) => host.log.error(`Checking ${uri} failed: ${describeError(error)}`));
  }

  /** A document was opened (`immediate`) or edited: lint it now or after the debounce delay. */
  changed(doc: TextDocument, immediate: boolean): void {
    if (isConfigDocument(doc.uri)) {
      this.publishConfigDocument(doc);
      return;
    }
    if (!isMarkdown(doc)) return;
    const run = (stale: () => boolean) => this.validate(doc.uri, stale);
    if (immediate) {
      this.scheduler.schedule(doc.uri, 0, run);
      return;
    }
    void this.settings.get(doc.uri).then((s) => {
      if (this.host.document(doc.uri)) this.scheduler.schedule(doc.uri, s.debounceMs, run);
    });
  }

  closed(uri: string): void {
    this.scheduler.delete(uri);
    this.analyzer.forget(uri);
    this.settings.forget(uri);
    this.send(uri, undefined, []);
  }

  /** The settings changed: drop them and check every open document again. */
  configurationChanged(pushed?: unknown): void {
    this.settings.reset(pushed);
    this.relintAll();
  }

  /** A watched `.starcoach.json` changed on disk. */
  filesChanged(): void {
    this.logged.clear();
    this.relintAll();
  }

  async hover(params: HoverParams): Promise<Hover | null> {
    const doc = this.host.document(documentUri(params));
    if (!doc) return null;
    checkPosition(params.position);
    const a = await this.analyzer.analyze(doc);
    return hoverAt(a, offsetAt(a.text, params.position, a.lineStarts), this.host.docsDir);
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = documentUri(params);
    if (!this.host.document(uri)) return [];
    checkCodeActionParams(params as unknown as Record<string, unknown>);
    // Edits are offered only when computed from the text the server holds now: the document may change while settings load.
    for (let attempt = 0; attempt < 2; attempt++) {
      const doc = this.host.document(uri);
      if (!doc) return [];
      const a = await this.analyzer.analyze(doc);
      const now = this.host.document(uri);
      if (now && now.version === a.version && now.getText() === a.text) return codeActions(a, params, this.host.editSupport);
    }
    return [];
  }

  async codeLenses(params: CodeLensParams): Promise<CodeLens[]> {
    const doc = this.host.document(documentUri(params));
    return doc ? codeLenses(await this.analyzer.analyze(doc)) : [];
  }

  async documentSymbols(params: DocumentSymbolParams): Promise<DocumentSymbol[] | SymbolInformation[]> {
    const doc = this.host.document(documentUri(params));
    return doc ? documentSymbols(await this.analyzer.analyze(doc), this.host.hierarchicalSymbols ?? false) : [];
  }

  async completion(params: CompletionParams): Promise<CompletionItem[]> {
    const doc = this.host.document(documentUri(params));
    if (!doc) return [];
    checkPosition(params.position);
    const a = await this.analyzer.analyze(doc);
    return completionsAt(a, params.position, offsetAt(a.text, params.position, a.lineStarts));
  }

  private relintAll(): void {
    for (const doc of this.host.documents()) {
      // One document that cannot be checked must not keep the others from being checked.
      try {
        this.changed(doc, true);
      } catch (error) {
        this.host.log.error(`Checking ${String(doc.uri)} failed: ${describeError(error)}`);
      }
    }
  }

  private relint(uri: string): void {
    const doc = this.host.document(uri);
    if (doc) this.changed(doc, true);
  }

  private async validate(uri: string, stale: () => boolean): Promise<void> {
    const doc = this.host.document(uri);
    if (!doc) return;
    const a = await this.analyzer.analyze(doc);
    if (stale() || this.host.document(uri)?.version !== a.version) return;
    if (a.kind !== 'other' && a.configFile && a.configProblems.length) {
      const message = configMessage(a.configFile, a.configProblems);
      if (!this.logged.has(message)) {
        this.logged.add(message);
        this.host.log.warn(message);
      }
    }
    this.send(uri, a.version, diagnosticsOf(a, this.host.docsDir, this.host.relatedInformation ?? true));
  }

  /** An open `.starcoach.json` shows its problems as one diagnostic, from the text being edited. */
  private publishConfigDocument(doc: TextDocument): void {
    const path = pathOf(doc.uri);
    if (!path) return;
    const text = doc.getText();
    const { problems } = parseConfigText(path, text);
    this.send(doc.uri, doc.version, problems.length ? [configFileDiagnostic(problems, text, computeLineStarts(text))] : []);
  }

  /** Publishes diagnostics; an empty list is sent only to clear earlier ones, so other files stay silent. */
  private send(uri: string, version: number | undefined, diagnostics: PublishDiagnosticsParams['diagnostics']): void {
    if (!diagnostics.length && !this.published.has(uri)) return;
    if (diagnostics.length) this.published.add(uri);
    else this.published.delete(uri);
    this.host.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  private ruleFailed(ruleId: string, error: unknown): void {
    if (this.failedRules.has(ruleId)) return;
    this.failedRules.add(ruleId);
    this.host.log.error(`Rule ${ruleId} failed and is skipped: ${describeError(error)}`);
  }
}

function isConfigDocument(uri: string): boolean {
  const path = pathOf(uri);
  return path !== undefined && basename(path) === CONFIG_FILE;
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
