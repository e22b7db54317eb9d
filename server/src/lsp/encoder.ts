import type { Writable } from 'node:stream';
import type { Diagnostic } from 'vscode-languageserver';
import {
  AbstractMessageWriter,
  type ContentTypeEncoder,
  type ContentTypeEncoderOptions,
  type Message,
  type MessageWriter,
} from 'vscode-languageserver/node';

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
  // Written out, not spread from fieldsOf(d) with \`bytes\` added: V8's young collector keeps such a spread (Node 20).
  (d as Stamped)[FIELDS] = {
    range: d.range,
    message: d.message,
    data: d.data,
    related: d.relatedInformation,
    bytes: Buffer.from(json(d), 'latin1'),
  };
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

/**
 * A message's bytes in pieces, in order: a publish of diagnostics as its head,
 * each story's run of bytes encoded once, and its tail, so the writer can send
 * them without copying 1 MB into one buffer first; any other message as one piece.
 */
export function encodePieces(msg: Message, charset = 'utf-8'): Buffer[] {
  const m = msg as { method?: string; params?: { diagnostics?: unknown } };
  const diagnostics = m.params?.diagnostics;
  if (m.method !== 'textDocument/publishDiagnostics' || !Array.isArray(diagnostics) || charset !== 'utf-8') {
    return [Buffer.from(JSON.stringify(msg), charset as BufferEncoding)];
  }
  // The message with an empty list, split where the list goes (the list is the last field written).
  const head = json({ ...m, params: { ...m.params, diagnostics: [] } });
  const at = head.lastIndexOf('[]') + 1;
  // Each piece encoded before (a story's run, or one diagnostic), or a string of what is encoded now with the commas around it.
  const pieces: Array<Encoded | string> = [];
  let loose = head.slice(0, at);
  for (let i = 0; i < diagnostics.length; ) {
    if (i > 0) loose += ',';
    const d: Stamped = diagnostics[i];
    const run = runAt(diagnostics, i);
    const encoded = run ? d[RUN] : unchanged(d) && d[FIELDS]!.bytes ? (d[FIELDS] as Encoded) : undefined;
    i += run || 1;
    if (!encoded) {
      loose += json(d);
      // Written out in pieces of bounded size: a list of thousands encoded now must not become one long string first.
      if (loose.length >= LOOSE_MAX) {
        pieces.push(loose);
        loose = '';
      }
      continue;
    }
    if (loose) pieces.push(loose);
    loose = '';
    pieces.push(encoded);
  }
  pieces.push(loose + head.slice(at));
  return segmented(pieces);
}

/** Diagnostics encoded now are gathered into pieces of about this many characters. */
const LOOSE_MAX = 64 * 1024;

/** Something encoded once: its bytes. */
interface Encoded {
  bytes: Buffer;
}

/** Pieces encoded before are written in segments of up to this many, each joined once. */
const SEGMENT = 32;

/** A segment: pieces encoded before, joined with commas, under its first piece. */
interface Segment {
  pieces: readonly Encoded[];
  bytes: Buffer;
}
const SEGMENTS = new WeakMap<Encoded, Segment>();

/**
 * The pieces with each stretch of pieces encoded before (one per story) joined
 * into segments of up to {@link SEGMENT}, each joined once and reused while its
 * pieces come again in the same order: a stream write per story cost as much
 * as copying them all, and an edit changes one story's piece, so it joins one
 * segment again. A joined piece's bytes become a view of its segment's, so the
 * bytes are held once.
 */
function segmented(pieces: ReadonlyArray<Encoded | string>): Buffer[] {
  const out: Buffer[] = [];
  const isEncoded = (p: Encoded | string | undefined): p is Encoded => p !== undefined && typeof p !== 'string';
  for (let i = 0; i < pieces.length; ) {
    const p = pieces[i];
    if (!isEncoded(p)) {
      out.push(Buffer.from(p, 'latin1'));
      i++;
      continue;
    }
    const hit = SEGMENTS.get(p);
    let n = hit ? hit.pieces.length : 0;
    for (let k = 0; k < n; k++) {
      // A segment's pieces are separated by commas in `pieces` (strings); a story's is a piece of its own.
      if (pieces[i + 2 * k] !== hit!.pieces[k] || (k > 0 && pieces[i + 2 * k - 1] !== ',')) n = 0;
    }
    if (hit && n) {
      out.push(hit.bytes);
      i += 2 * n - 1;
      continue;
    }
    const run: Encoded[] = [p];
    for (let next = pieces[i + 1], after = pieces[i + 2]; run.length < SEGMENT && next === ',' && isEncoded(after); ) {
      run.push(after);
      next = pieces[i + 2 * run.length - 1];
      after = pieces[i + 2 * run.length];
    }
    if (run.length === 1) {
      out.push(p.bytes);
      i++;
      continue;
    }
    const joined: Buffer[] = [];
    for (const e of run) {
      if (joined.length) joined.push(COMMA);
      joined.push(e.bytes);
    }
    const segment = { pieces: run, bytes: Buffer.concat(joined) };
    let offset = 0;
    for (const e of run) {
      e.bytes = segment.bytes.subarray(offset, offset + e.bytes.length);
      offset += e.bytes.length + 1;
    }
    SEGMENTS.set(p, segment);
    out.push(segment.bytes);
    i += 2 * run.length - 1;
  }
  return out;
}

const COMMA = Buffer.from(',');

function encode(msg: Message, charset: string): Buffer {
  const parts = encodePieces(msg, charset);
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

/**
 * The server's writer over stdio: each message is its header and its pieces
 * (see `encodePieces`) handed to the stream together (corked, so they go out
 * in one `writev`). Copying a flag-heavy file's 1.1 MB publish into one buffer
 * was most of the encoding time, and the copy was 1 MB more memory per edit.
 * Writes happen in call order, so messages are sent in the order written.
 */
export class PiecesMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: Writable) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let parts: Buffer[];
    try {
      parts = encodePieces(msg);
    } catch (error) {
      this.fireError(error);
      return Promise.reject(error);
    }
    let length = 0;
    for (const p of parts) length += p.length;
    return new Promise((resolve, reject) => {
      const done = (error: Error | null | undefined) => {
        if (!error) return resolve();
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
        reject(error);
      };
      this.stream.cork();
      this.stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      for (let i = 0; i < parts.length - 1; i++) this.stream.write(parts[i]);
      this.stream.write(parts[parts.length - 1], done);
      this.stream.uncork();
    });
  }

  end(): void {
    this.stream.end();
  }
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
