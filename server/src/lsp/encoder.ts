import type { Diagnostic } from 'vscode-languageserver';
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/*
 * The JSON the server writes. A flag-heavy 200,000-word file publishes 2,700
 * diagnostics on every edit, and JSON.stringify plus UTF-8 encoding of all of
 * them was half of an edit's time in the server, though only the edited
 * story's diagnostics change. A diagnostic made `encodable` is written from
 * bytes encoded once (an unchanged story hands the encoder the same objects
 * edit after edit); everything else is written as JSON.stringify writes it.
 */

/**
 * A diagnostic's JSON bytes, kept on the diagnostic under a symbol
 * (JSON.stringify skips symbols), with the fields they were made from: a copy
 * made by spreading keeps the symbol, so the fields are checked before the
 * bytes are used.
 */
const BYTES = Symbol('encoded');
interface Encoded {
  range: Diagnostic['range'];
  message: Diagnostic['message'];
  data: Diagnostic['data'];
  related: Diagnostic['relatedInformation'];
  bytes: Buffer;
}
type Stamped = Diagnostic & { [BYTES]?: Encoded };

/** Encodes a diagnostic once, so it is written from these bytes. It must not change afterwards. */
export function encodable(d: Diagnostic): Diagnostic {
  (d as Stamped)[BYTES] = {
    range: d.range,
    message: d.message,
    data: d.data,
    related: d.relatedInformation,
    bytes: Buffer.from(json(d), 'latin1'),
  };
  return d;
}

/** The bytes `d` was encoded to, if it has not been changed since. */
function bytesOf(d: Stamped): Buffer | undefined {
  const e = d[BYTES];
  return e && e.range === d.range && e.message === d.message && e.data === d.data && e.related === d.relatedInformation
    ? e.bytes
    : undefined;
}

const COMMA = Buffer.from(',');
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON in ASCII: every other character as a `\u` escape (a surrogate pair as
 * two), which JSON.parse reads back to the same string. A client decodes pure
 * ASCII bytes several times faster (the large bench file's publish: about 1 ms
 * against 4 ms), and a message with a single em dash made its whole decoded
 * string two bytes per character.
 */
function json(value: unknown): string {
  const s = JSON.stringify(value);
  return s.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function encode(msg: Message, charset: string): Buffer {
  const m = msg as { method?: string; params?: { diagnostics?: unknown } };
  const diagnostics = m.params?.diagnostics;
  if (m.method !== 'textDocument/publishDiagnostics' || !Array.isArray(diagnostics) || charset !== 'utf-8') {
    return Buffer.from(JSON.stringify(msg), charset as BufferEncoding);
  }
  // The message with an empty list, split where the list goes (the list is the last field written).
  const head = json({ ...m, params: { ...m.params, diagnostics: [] } });
  const at = head.lastIndexOf('[]') + 1;
  const parts: Buffer[] = [Buffer.from(head.slice(0, at), 'latin1')];
  diagnostics.forEach((d: Stamped, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(bytesOf(d) ?? Buffer.from(json(d), 'latin1'));
  });
  parts.push(Buffer.from(head.slice(at), 'latin1'));
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
