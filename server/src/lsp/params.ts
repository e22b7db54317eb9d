import { ErrorCodes, ResponseError } from 'vscode-languageserver';

// Request parameters arrive as untyped JSON. A malformed request gets an
// InvalidParams answer naming the field, rather than an internal error from
// deep inside a handler or an answer about some other place in the document.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function invalid(message: string): never {
  throw new ResponseError(ErrorCodes.InvalidParams, message);
}

/** The `textDocument.uri` of a request; an unknown URI is not an error (the answer is empty), a missing `textDocument` is. */
export function documentUri(params: unknown): string {
  if (!isObject(params) || !isObject(params.textDocument)) invalid('textDocument must be an object with a uri');
  return params.textDocument.uri as string;
}

export function checkPosition(p: unknown, name = 'position'): void {
  if (!isObject(p) || !isIndex(p.line) || !isIndex(p.character))
    invalid(`${name} must be { "line", "character" }, whole numbers of at least 0`);
}

function checkRange(r: unknown, name: string): void {
  if (!isObject(r)) invalid(`${name} must be { "start", "end" }`);
  checkPosition(r.start, `${name}.start`);
  checkPosition(r.end, `${name}.end`);
}

/** The range and context of a code-action request. */
export function checkCodeActionParams(params: Json): void {
  checkRange(params.range, 'range');
  const context = params.context;
  if (!isObject(context) || !Array.isArray(context.diagnostics)) invalid('context.diagnostics must be a list');
  context.diagnostics.forEach((d, i) => {
    if (!isObject(d)) invalid(`context.diagnostics[${i}] must be a diagnostic`);
    checkRange(d.range, `context.diagnostics[${i}].range`);
  });
  if (context.only !== undefined && (!Array.isArray(context.only) || !context.only.every((k) => typeof k === 'string')))
    invalid('context.only must be a list of kinds');
}
