import type {
  Connection,
  TextDocuments,
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DidSaveTextDocumentParams,
  WillSaveTextDocumentParams,
} from 'vscode-languageserver';

/*
 * Document notifications arrive as untyped JSON and have no answer to carry an
 * error back. One that is malformed is dropped with a log line before the
 * document store sees it: a `didOpen` whose uri was a number was stored, and
 * from then on every configuration change threw on it. A change that is not
 * newer than the text the server holds is dropped too: applied, it left the
 * findings of the old text in place, and a quick fix then edited the wrong text.
 */

type Json = Record<string, unknown>;
/** What `TextDocuments.listen` listens on. */
type TextDocumentConnection = Parameters<TextDocuments<{ uri: string }>['listen']>[0];
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isVersion = (v: unknown) => typeof v === 'number' && Number.isInteger(v);

function isPosition(p: unknown): boolean {
  return isObject(p) && isIndex(p.line) && isIndex(p.character);
}

/** Why a `didOpen` cannot be used, or undefined when it can. */
export function openProblem(params: unknown): string | undefined {
  if (!isObject(params) || !isObject(params.textDocument)) return 'it has no textDocument';
  const td = params.textDocument;
  if (typeof td.uri !== 'string' || !td.uri) return 'its uri is not a string';
  if (typeof td.text !== 'string') return 'its text is not a string';
  if (!isVersion(td.version)) return 'its version is not a whole number';
  if (typeof td.languageId !== 'string') return 'its languageId is not a string';
  return undefined;
}

/** Why a `didChange` cannot be applied to a document at `current` version (undefined when not open), or undefined when it can. */
export function changeProblem(params: unknown, current: (uri: string) => number | undefined): string | undefined {
  if (!isObject(params) || !isObject(params.textDocument)) return 'it has no textDocument';
  const td = params.textDocument;
  if (typeof td.uri !== 'string') return 'its uri is not a string';
  if (!isVersion(td.version)) return 'its version is not a whole number';
  if (!Array.isArray(params.contentChanges)) return 'its contentChanges is not a list';
  for (const c of params.contentChanges) {
    if (!isObject(c) || typeof c.text !== 'string') return 'a content change has no text';
    if (c.range !== undefined && !(isObject(c.range) && isPosition(c.range.start) && isPosition(c.range.end)))
      return 'a content change has a malformed range';
  }
  const held = current(td.uri);
  if (held !== undefined && (td.version as number) <= held)
    return `its version ${td.version} is not newer than version ${held}, which the server holds`;
  return undefined;
}

/**
 * A change with an empty list as an empty insert at the start: `TextDocuments`
 * drops an empty list without taking its version, so the client would wait
 * for that version's diagnostics forever. The text stays the same.
 */
function withSomeChange(params: DidChangeTextDocumentParams): DidChangeTextDocumentParams {
  if (params.contentChanges.length) return params;
  const start = { line: 0, character: 0 };
  return { ...params, contentChanges: [{ range: { start, end: start }, text: '' }] };
}

/** Why a notification that names only a document (`didClose`, `didSave`, `willSave`) cannot be used. */
export function uriProblem(params: unknown): string | undefined {
  if (!isObject(params) || !isObject(params.textDocument)) return 'it has no textDocument';
  return typeof params.textDocument.uri === 'string' ? undefined : 'its uri is not a string';
}

/**
 * The document notifications of `connection`, with malformed and out-of-date
 * ones dropped and logged: give this to `TextDocuments.listen` instead of the
 * connection itself.
 */
export function checkedDocumentEvents(
  connection: Connection,
  current: (uri: string) => number | undefined,
  warn: (message: string) => void,
): TextDocumentConnection {
  const guard =
    <P>(method: string, problem: (p: unknown) => string | undefined, handler: (p: P) => void) =>
    (params: P) => {
      const why = problem(params);
      if (why) {
        const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
        warn(`Ignored ${method}${typeof uri === 'string' ? ` for ${uri}` : ''}: ${why}.`);
        return;
      }
      handler(params);
    };
  return {
    onDidOpenTextDocument: (h) =>
      connection.onDidOpenTextDocument(guard<DidOpenTextDocumentParams>('textDocument/didOpen', openProblem, h)),
    onDidChangeTextDocument: (h) =>
      connection.onDidChangeTextDocument(
        guard<DidChangeTextDocumentParams>(
          'textDocument/didChange',
          (p) => changeProblem(p, current),
          (p) => h(withSomeChange(p)),
        ),
      ),
    onDidCloseTextDocument: (h) =>
      connection.onDidCloseTextDocument(guard<DidCloseTextDocumentParams>('textDocument/didClose', uriProblem, h)),
    onWillSaveTextDocument: (h) =>
      connection.onWillSaveTextDocument(guard<WillSaveTextDocumentParams>('textDocument/willSave', uriProblem, h)),
    onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil(h),
    onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(guard<DidSaveTextDocumentParams>('textDocument/didSave', uriProblem, h)),
  };
}
