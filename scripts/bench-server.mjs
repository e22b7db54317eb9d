// The language server over stdio: didOpen → first diagnostics, and didChange (one word in the
// middle story) → new diagnostics, with debounceMs 0; the server's peak memory; and its memory
// after a day of typing (5,000 edits of one story, each a different text).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { journal as journalText } from './bench-corpus.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** What VS Code declares for diagnostics: the server lists related locations only for a client that takes them. */
const CAPABILITIES = {
  workspace: { configuration: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
  },
};

function startServer(nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, 'dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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

/**
 * Opens `path` in a fresh server and times `edits` edits to diagnostics. A swap replaces a word with one of
 * the same length, back and forth; typing inserts a word and deletes it again, so the text's length changes
 * and every later story moves, as when someone types.
 */
export async function measure(path, edits, nodeArgs = [], mode = 'swap') {
  const { child, conn, next } = startServer(nodeArgs);
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
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
    const typed = mode === 'typing';
    // Typing: "very " in before the word, then out again.
    const replacement = typed ? (i % 2 === 0 ? 'very ' : '') : word === 'the' ? 'our' : 'the';
    const removed = typed ? (i % 2 === 0 ? 0 : 'very '.length) : word.length;
    version++;
    const done = next(uri, version);
    t = performance.now();
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col + removed } }, text: replacement }],
    });
    await done;
    times.push(performance.now() - t);
    if (!typed) word = replacement;
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

/** The server's heap after a full garbage collection, written by a preload on SIGUSR2. */
const HEAP_FILE = resolve('.bench/heap.txt');
const PRELOAD = resolve('.bench/heap-preload.cjs');
async function heapMB(child) {
  rmSync(HEAP_FILE, { force: true });
  child.kill('SIGUSR2');
  while (!existsSync(HEAP_FILE)) await new Promise((r) => setTimeout(r, 20));
  return Number(readFileSync(HEAP_FILE, 'utf8')) / 2 ** 20;
}

/** 5,000 edits of one story, a word in and a word out at moving places; memory after 200 and after all. */
async function typingDay(path, edits) {
  writeFileSync(
    PRELOAD,
    `process.on('SIGUSR2', () => { global.gc(); global.gc(); ` +
      `require('fs').writeFileSync(${JSON.stringify(HEAP_FILE)}, String(process.memoryUsage().heapUsed)); });\n`,
  );
  const { child, conn, next } = startServer(['--expose-gc', '--require', PRELOAD]);
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
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
  let at200 = { heap: NaN, rss: NaN };
  for (let n = 1; n <= edits; n++) {
    const p = text.indexOf(' ', (n * 7919) % text.length) + 1;
    let start = p;
    let end = p;
    let insert = words[n % words.length];
    if (n % 2 === 1) {
      const m = /[A-Za-z%0-9]+ /.exec(text.slice(p));
      insert = '';
      if (m && text.length > base) [start, end] = [p + m.index, p + m.index + m[0].length];
      // Nothing to take out: type a word instead, so every edit is a different text (an empty change
      // gets no new diagnostics, and the bench would wait for them forever).
      else insert = words[n % words.length];
    }
    const range = { start: position(start), end: position(end) };
    text = text.slice(0, start) + insert + text.slice(end);
    const done = next(uri, n + 1);
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: n + 1 }, contentChanges: [{ range, text: insert }] });
    await done;
    if (n === 200) at200 = { heap: await heapMB(child), rss: residentMB(child.pid) };
  }
  const after = { heap: await heapMB(child), rss: residentMB(child.pid) };
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
  // Real typing changes the text's length: a word typed in and deleted again, in the middle of the large file.
  const typing = await measure(paths.large, 15, [], 'typing');
  rows.push({ what: 'server, large: a word typed in and out → diagnostics (median of 15)', star: typing.edit, vs: [], note: '' });
  // 1.5 MB of short paragraphs with no heading: checked in units, so an edit re-checks one of them.
  const journal = resolve('.bench/corpus/stories/journal.md');
  mkdirSync(dirname(journal), { recursive: true });
  writeFileSync(journal, journalText());
  const j = await measure(journal, 15);
  rows.push({ what: 'server, 1.5 MB with no heading: didOpen → diagnostics', star: j.open, vs: [], note: '' });
  rows.push({ what: 'server, 1.5 MB with no heading: one-word edit → diagnostics (median of 15)', star: j.edit, vs: [], note: '' });
  rows.push({ what: 'server, 1.5 MB with no heading: peak memory', star: j.mem, unit: 'MB', vs: [], note: '' });
  const day = await typingDay(paths.story, 5000);
  rows.push({ what: 'server, story: heap after 200 edits', star: day.at200.heap, unit: 'MB', vs: [], note: 'after a full GC' });
  rows.push({ what: 'server, story: heap after 5,000 edits', star: day.after.heap, unit: 'MB', vs: [], note: 'after a full GC' });
  rows.push({ what: 'server, story: memory after 200 edits', star: day.at200.rss, unit: 'MB', vs: [], note: 'resident' });
  rows.push({ what: 'server, story: memory after 5,000 edits', star: day.after.rss, unit: 'MB', vs: [], note: 'resident' });
  return rows;
}
