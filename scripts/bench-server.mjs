// The language server over stdio: didOpen → first diagnostics, and didChange (one word in the
// middle story) → new diagnostics, with debounceMs 0; the server's peak memory; and its memory
// after a day of typing (5,000 edits of one story, each a different text).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function startServer() {
  const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiters.get(p.uri);
    if (!w || (p.version !== undefined && p.version < w.version)) return;
    waiters.delete(p.uri);
    w.resolve(p);
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0 })));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => {});
  conn.listen();
  const next = (uri, version) => new Promise((resolve) => waiters.set(uri, { resolve, version }));
  return { child, conn, next };
}

function peakMemoryMB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  } catch {
    return NaN;
  }
}

async function measure(path, edits) {
  const { child, conn, next } = startServer();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  const text = readFileSync(path, 'utf8');
  const uri = pathToFileURL(resolve(path)).href;
  let t = performance.now();
  const first = next(uri, 1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await first;
  const open = performance.now() - t;
  // One word in the middle story, swapped back and forth.
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  const line = lines.findIndex((l, i) => i >= mid && /\bthe\b/.test(l));
  const col = lines[line].search(/\bthe\b/);
  const times = [];
  let version = 1;
  let word = 'the';
  for (let i = 0; i < edits; i++) {
    const replacement = word === 'the' ? 'our' : 'the';
    version++;
    const done = next(uri, version);
    t = performance.now();
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col + word.length } }, text: replacement }],
    });
    await done;
    times.push(performance.now() - t);
    word = replacement;
  }
  const mem = peakMemoryMB(child.pid);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  await exited;
  conn.dispose();
  return { open, edit: median(times), mem };
}

function residentMB(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** 5,000 edits of one story, a word in and a word out at moving places; resident memory after 200 and after all. */
async function typingDay(path, edits) {
  const { child, conn, next } = startServer();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  let text = readFileSync(path, 'utf8');
  const base = text.length;
  const uri = pathToFileURL(resolve(path)).href;
  const first = next(uri, 1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await first;
  const words = ['really ', 'maybe ', 'we ', 'I ', '40% ', 'customers '];
  const position = (o) => {
    const before = text.slice(0, o);
    const line = before.split('\n').length - 1;
    return { line, character: o - (before.lastIndexOf('\n') + 1) };
  };
  let at200 = NaN;
  for (let n = 1; n <= edits; n++) {
    const p = text.indexOf(' ', (n * 7919) % text.length) + 1;
    let start = p;
    let end = p;
    let insert = words[n % words.length];
    if (n % 2 === 1) {
      const m = /[A-Za-z%0-9]+ /.exec(text.slice(p));
      insert = '';
      if (m && text.length > base) [start, end] = [p + m.index, p + m.index + m[0].length];
    }
    const range = { start: position(start), end: position(end) };
    text = text.slice(0, start) + insert + text.slice(end);
    const done = next(uri, n + 1);
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: n + 1 }, contentChanges: [{ range, text: insert }] });
    await done;
    if (n === 200) at200 = residentMB(child.pid);
  }
  const after = residentMB(child.pid);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  await exited;
  conn.dispose();
  return { at200, after };
}

export async function benchServer(paths) {
  const rows = [];
  for (const key of ['bank', 'large']) {
    const r = await measure(paths[key], 15);
    rows.push({ what: `server, ${key}: didOpen → diagnostics`, star: r.open, vs: [], note: '' });
    rows.push({ what: `server, ${key}: one-word edit → diagnostics (median of 15)`, star: r.edit, vs: [], note: '' });
    rows.push({ what: `server, ${key}: peak memory`, star: r.mem, unit: 'MB', vs: [], note: '' });
  }
  const day = await typingDay(paths.story, 5000);
  rows.push({ what: 'server, story: memory after 200 edits', star: day.at200, unit: 'MB', vs: [], note: 'resident' });
  rows.push({ what: 'server, story: memory after 5,000 edits', star: day.after, unit: 'MB', vs: [], note: 'resident' });
  return rows;
}
