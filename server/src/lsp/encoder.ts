import type { Diagnostic } from 'vscode-languageserver';
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/*
 * The JSON the server writes. A flag-heavy 200,000-word file publishes 2,700
 * diagnostics on every edit, and JSON.stringify plus UTF-8 encoding of all of
 * them was half of an edit's time in the server, though only the edited
 * story's diagnostics change. An unchanged story hands the encoder the same
 * diagnostic objects edit after edit, so a story's diagnostics are written from
 * bytes encoded once (`encodableRun`); everything else is written as
 * JSON.stringify writes it, in ASCII.
 */

/**
 * What a diagnostic was encoded from, kept on it under a symbol
 * (JSON.stringify skips symbols): a copy made by spreading keeps the symbol,
 * so these fields are checked before its bytes are used.
 */
const FIELDS = Symbol('encoded');
interface Fields {
  range: Diagnostic['range'];
  message: Diagnostic['message'];
  data: Diagnostic['data'];
  related: Diagnostic['relatedInformation'];
  /** Its own bytes, for a diagnostic encoded alone. */
  bytes?: Buffer;
}
/** On the first diagnostic of a run encoded together (one story's): the run and its bytes, comma-separated. */
const RUN = Symbol('run');
interface Run {
  list: readonly Diagnostic[];
  bytes: Buffer;
}
type Stamped = Diagnostic & { [FIELDS]?: Fields; [RUN]?: Run };

const fieldsOf = (d: Diagnostic): Fields => ({ range: d.range, message: d.message, data: d.data, related: d.relatedInformation });

/** Whether `d` is as it was when encoded. */
function unchanged(d: Stamped): boolean {
  const e = d[FIELDS];
  return e !== undefined && e.range === d.range && e.message === d.message && e.data === d.data && e.related === d.relatedInformation;
}

/** Encodes a diagnostic once, so it is written from these bytes. It must not change afterwards. */
export function encodable(d: Diagnostic): Diagnostic {
  (d as Stamped)[FIELDS] = { ...fieldsOf(d), bytes: Buffer.from(json(d), 'latin1') };
  return d;
}

/**
 * Encodes a list of diagnostics (one story's) once as one run: published
 * again in the same order, they are written as one piece. They must not
 * change afterwards.
 */
export function encodableRun<T extends readonly Diagnostic[]>(list: T): T {
  if (!list.length) return list;
  for (const d of list) (d as Stamped)[FIELDS] = fieldsOf(d);
  (list[0] as Stamped)[RUN] = { list, bytes: Buffer.from(list.map(json).join(','), 'latin1') };
  return list;
}

/** How many diagnostics from `i` on are the run that starts there, written as it was encoded; 0 when none is. */
function runAt(diagnostics: readonly Stamped[], i: number): number {
  const run = diagnostics[i][RUN];
  if (!run || i + run.list.length > diagnostics.length) return 0;
  for (let k = 0; k < run.list.length; k++) {
    const d = diagnostics[i + k];
    if (d !== run.list[k] || !unchanged(d)) return 0;
  }
  return run.list.length;
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
  for (let i = 0; i < diagnostics.length; ) {
    if (i > 0) parts.push(COMMA);
    const d: Stamped = diagnostics[i];
    const run = runAt(diagnostics, i);
    if (run) {
      parts.push(d[RUN]!.bytes);
      i += run;
      continue;
    }
    const own = unchanged(d) ? d[FIELDS]!.bytes : undefined;
    parts.push(own ?? Buffer.from(json(d), 'latin1'));
    i++;
  }
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
