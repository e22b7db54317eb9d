// A small LSP test client: spawns the built server over stdio and waits on its
// notifications with promises (never with sleeps).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const ROOT = resolve(__dirname, '../..');
export const SERVER = join(ROOT, 'dist/server.js');

let built = false;
/** Builds dist/ once per test run, so the tests drive the bundled server users get. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

/** A fresh temporary workspace folder (real path, so URIs match what the server sees). */
export function workspace(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'star-coach-lsp-')));
}

export const uriOf = (path: string) => pathToFileURL(path).href;

/** VS Code's capabilities for what this server uses, as a default. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, dataSupport: true },
  },
};

export interface ClientOptions {
  capabilities?: ClientCapabilities;
  /**
   * The `starCoach` section answered to `workspace/configuration`; `'never'` leaves
   * the request unanswered, `'later'` holds it until {@link TestClient.answerHeld}.
   */
  settings?: Record<string, unknown> | null | 'never' | 'later';
  rootPath?: string;
  args?: string[];
  /** Node.js options before the server script, such as `--require` of a preload. */
  nodeArgs?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

interface Waiter<T> {
  match: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: unknown[] = [];
  initializeResult!: InitializeResult;
  settings: Record<string, unknown> | null | 'never' | 'later';
  private readonly held: Array<{ count: number; resolve: (v: unknown[]) => void }> = [];
  private readonly diagnosticWaiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private readonly logWaiters: Array<Waiter<LogMessageParams>> = [];
  private readonly versions = new Map<string, number>();
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings === undefined ? {} : options.settings;
    this.exited = new Promise((res) => proc.on('exit', (code) => res(code)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.push(p);
      fire(this.diagnosticWaiters, p);
    });
    connection.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p);
      fire(this.logWaiters, p);
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
      this.configurationRequests.push(p);
      if (this.settings === 'never') return new Promise(() => {});
      if (this.settings === 'later') return new Promise((resolve) => this.held.push({ count: p.items.length, resolve }));
      return p.items.map(() => this.settings);
    });
    connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    connection.listen();
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, ...(options.args ?? ['--stdio'])], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...options.env },
    });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, connection, options);
    const rootUri = options.rootPath ? uriOf(options.rootPath) : null;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'stories' }] : null,
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Answers the held `workspace/configuration` requests with `settings`. */
  answerHeld(settings: unknown): void {
    for (const h of this.held.splice(0)) h.resolve(Array.from({ length: h.count }, () => settings));
  }

  /** The next diagnostics published for `uri` (after this call) that satisfy `match`. */
  nextDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return wait(this.diagnosticWaiters, (p) => p.uri === uri && match(p));
  }

  nextLog(match: (p: LogMessageParams) => boolean): Promise<LogMessageParams> {
    const seen = this.logs.find(match);
    return seen ? Promise.resolve(seen) : wait(this.logWaiters, match);
  }

  /** Opens a document and resolves with its first diagnostics. */
  async openAndWait(uri: string, text: string, languageId = 'markdown'): Promise<PublishDiagnosticsParams> {
    const next = this.nextDiagnostics(uri);
    await this.open(uri, text, languageId);
    return next;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends changes (full text, or ranged edits) and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[] | null> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  /** Sends `shutdown` and `exit` and resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.proc.exitCode === null) {
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  exit(): Promise<number | null> {
    return this.exited;
  }
}

function wait<T>(waiters: Array<Waiter<T>>, match: (v: T) => boolean): Promise<T> {
  return new Promise((resolve) => waiters.push({ match, resolve }));
}

function fire<T>(waiters: Array<Waiter<T>>, value: T): void {
  for (let i = 0; i < waiters.length; i++) {
    if (!waiters[i].match(value)) continue;
    waiters[i].resolve(value);
    waiters.splice(i--, 1);
  }
}

/** Applies LSP text edits to a text (UTF-16 positions), last edit first. */
export function applyEdits(text: string, edits: Array<{ range: Range; newText: string }>): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

/** The edits a code action makes to one document, from `changes` or `documentChanges`. */
export function editsOf(action: CodeAction, uri: string): Array<{ range: Range; newText: string }> {
  const edit = action.edit;
  if (!edit) return [];
  if (edit.changes) return edit.changes[uri] ?? [];
  const out: Array<{ range: Range; newText: string }> = [];
  for (const c of edit.documentChanges ?? []) {
    if ('textDocument' in c && c.textDocument.uri === uri) {
      for (const e of c.edits) out.push('snippet' in e ? { range: e.range, newText: e.snippet.value } : e);
    }
  }
  return out;
}
