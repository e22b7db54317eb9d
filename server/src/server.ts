#!/usr/bin/env node
// The STAR Coach language server: wiring only. Behaviour lives in ./lsp.
// First, before any rule's pattern is compiled: see v8-flags.ts.
import './v8-flags';
import { resolve } from 'node:path';
import { inspect } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  StreamMessageReader,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { CONFIG_FILE } from './engine/config';
import { Session } from './lsp/session';
import { SECTION } from './lsp/settings';
import { editSupportOf } from './lsp/actions';
import { changedFolders, pathOf } from './lsp/analysis';
import { checkedDocumentEvents } from './lsp/notifications';
import { BankService, STORY_BANK_REQUEST, DRILL_REQUEST } from './lsp/bank';
import { PiecesMessageWriter } from './lsp/encoder';
import { youngSpaceFor } from './young-space';

// `star-coach-language-server` with no transport flag speaks over stdio, as editors expect.
if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');

const connection = openConnection();
const documents = new TextDocuments(TextDocument);
let capabilities: ClientCapabilities = {};
let folders: string[] = [];
let session: Session | undefined;
let bank: BankService | undefined;
/** Documents just opened: their first lint runs at once, later edits wait for the debounce. */
const opened = new Set<string>();

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders = uris.map(pathOf).filter((p): p is string => p !== undefined);
  session = new Session({
    sendDiagnostics: (p) => void connection.sendDiagnostics(p),
    log: { warn: (m) => connection.console.warn(m), error: (m) => connection.console.error(m) },
    document: (uri) => documents.get(uri),
    documents: () => documents.all(),
    workspaceFolders: () => folders,
    fetchSettings: capabilities.workspace?.configuration
      ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION })
      : undefined,
    docsDir: resolve(__dirname, '../docs/rules'),
    editSupport: editSupportOf(capabilities),
    hierarchicalSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation === true,
    runLint: youngSpaceFor,
  });
  bank = new BankService({
    workspaceFolders: () => folders,
    document: (uri) => documents.get(uri),
    documents: () => documents.all(),
    settings: session.settings,
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      codeLensProvider: { resolveProvider: false },
      documentSymbolProvider: { label: 'STAR Coach' },
      // Markdown has quick suggestions off in VS Code; these characters still open the list where a name or value goes next.
      completionProvider: { resolveProvider: false, triggerCharacters: [':', '[', ','] },
      // Folders added or removed later change where configs are looked up and what the bank reads.
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'star-coach-language-server', version },
  };
});

connection.onInitialized(() => {
  const workspace = capabilities.workspace;
  if (workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION });
  }
  if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
  }
  if (workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders = changedFolders(folders, e);
      session?.filesChanged();
    });
  }
});

documents.onDidOpen((e) => opened.add(e.document.uri));
documents.onDidChangeContent((e) => session?.changed(e.document, opened.delete(e.document.uri)));
documents.onDidClose((e) => {
  opened.delete(e.document.uri);
  session?.closed(e.document.uri);
});
connection.onDidChangeConfiguration((change) => session?.configurationChanged(change.settings));
connection.onDidChangeWatchedFiles(() => session?.filesChanged());
// LSP: a request before initialize is answered with ServerNotInitialized, one after shutdown with InvalidRequest.
let shutDown = false;
connection.onShutdown(() => {
  shutDown = true;
});
const ready = (): Session => {
  if (!session) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet.');
  if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
  return session;
};
connection.onHover((params) => ready().hover(params));
connection.onCodeAction((params) => ready().codeActions(params));
connection.onCodeLens((params) => ready().codeLenses(params));
connection.onDocumentSymbol((params) => ready().documentSymbols(params));
connection.onCompletion((params) => ready().completion(params));
// Custom requests, documented in the README for other editors.
const bankReady = (): BankService => {
  ready();
  return bank!;
};
connection.onRequest(STORY_BANK_REQUEST, (params: unknown) => bankReady().storyBank(params));
connection.onRequest(DRILL_REQUEST, (params: unknown) => bankReady().drill(params));

/**
 * Over stdio (how editors start the server), the connection writes with our
 * own writer (lsp/encoder.ts: unchanged diagnostics are written from bytes
 * encoded once, without copying them into one buffer). With its own streams the library leaves two things to us:
 * exiting when the editor closes stdin, and keeping console output off stdout.
 */
function openConnection() {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const conn = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new PiecesMessageWriter(process.stdout));
  const gone = () => process.exit(shutDown ? 0 : 1);
  process.stdin.on('end', gone);
  process.stdin.on('close', gone);
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...args: unknown[]) => conn.console.log(text(args));
  console.info = (...args: unknown[]) => conn.console.info(text(args));
  console.debug = (...args: unknown[]) => conn.console.log(text(args));
  console.warn = (...args: unknown[]) => conn.console.warn(text(args));
  console.error = (...args: unknown[]) => conn.console.error(text(args));
  return conn;
}

// A bug in one request must not take the editor's linter down with it.
const logError = (what: string, error: unknown) => {
  try {
    connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } catch {
    // The connection itself is gone; the library exits when its input closes.
  }
};
process.on('unhandledRejection', (reason) => logError('Unhandled rejection', reason));
process.on('uncaughtException', (error) => logError('Uncaught exception', error));

// The store sees only well-formed document notifications that are newer than what it holds.
documents.listen(
  checkedDocumentEvents(
    connection,
    (uri) => documents.get(uri)?.version,
    (m) => connection.console.warn(m),
  ),
);
connection.listen();
