import type { Diagnostic } from 'vscode-languageserver';
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/*
 * The JSON the server writes. A flag-heavy 200,000-word file publishes 2,700
 * diagnostics (1.4 MB) on every edit, and JSON.stringify plus UTF-8 encoding of
 * all of them was half of an edit's time in the server, though only the edited
 * story's diagnostics change. A diagnostic made `encodable` (and its `restamp`
 * copies) is written from bytes encoded once, with its version in between;
 * everything else is written as JSON.stringify writes it.
 */

/**
 * A diagnostic's bytes around its version number, kept on the diagnostic under
 * a symbol (JSON.stringify skips symbols; a copy made by spreading keeps them,
 * and `range` and `message` are checked before the bytes are used).
 */
const BYTES = Symbol('encoded');
interface Encoded {
  range: Diagnostic['range'];
  message: Diagnostic['message'];
  before: Buffer;
  after: Buffer;
}
type Stamped = Diagnostic & { [BYTES]?: Encoded };

/**
 * Encodes a diagnostic once, so `restamp` copies of it are written from these
 * bytes. It must not change afterwards.
 */
export function encodable(base: Diagnostic): Diagnostic {
  const { data, ...rest } = base;
  if (!data || typeof data !== 'object') return base;
  const { version: _, ...fields } = data as { version: number };
  const head = JSON.stringify(rest).slice(0, -1);
  const inner = JSON.stringify(fields).slice(0, -1);
  (base as Stamped)[BYTES] = {
    range: base.range,
    message: base.message,
    before: Buffer.from(`${head}${head.length > 1 ? ',' : ''}"data":${inner}${inner.length > 1 ? ',' : ''}"version":`),
    after: AFTER,
  };
  return base;
}

/** `base` with `data.version` set to `version`, as a new object (`base` may still be queued for writing). */
export function restamp(base: Diagnostic, version: number): Diagnostic {
  return { ...base, data: { ...(base.data as object), version } };
}

const AFTER = Buffer.from('}}');
const COMMA = Buffer.from(',');

function encode(msg: Message, charset: string): Buffer {
  const m = msg as { method?: string; params?: { diagnostics?: unknown } };
  const diagnostics = m.params?.diagnostics;
  if (m.method !== 'textDocument/publishDiagnostics' || !Array.isArray(diagnostics) || charset !== 'utf-8') {
    return Buffer.from(JSON.stringify(msg), charset as BufferEncoding);
  }
  // The message with an empty list, split where the list goes (the list is the last field written).
  const head = JSON.stringify({ ...m, params: { ...m.params, diagnostics: [] } });
  const at = head.lastIndexOf('[]') + 1;
  const parts: Buffer[] = [Buffer.from(head.slice(0, at))];
  let version: { value: unknown; bytes: Buffer } | undefined;
  diagnostics.forEach((d: Stamped, i) => {
    if (i > 0) parts.push(COMMA);
    const encoded = d[BYTES];
    const value = (d.data as { version?: unknown } | undefined)?.version;
    if (!encoded || encoded.range !== d.range || encoded.message !== d.message || typeof value !== 'number') {
      parts.push(Buffer.from(JSON.stringify(d)));
      return;
    }
    if (version?.value !== value) version = { value, bytes: Buffer.from(String(value)) };
    parts.push(encoded.before, version.bytes, encoded.after);
  });
  parts.push(Buffer.from(head.slice(at)));
  return Buffer.concat(parts);
}

/** The JSON encoder for the server's stdio writer. */
export const jsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(encode(msg, options.charset));
    } catch (err) {
      return Promise.reject(err);
    }
  },
};
