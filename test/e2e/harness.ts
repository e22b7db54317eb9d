/**
 * End-to-end helpers: a real VS Code (code-server 4.100.3, installed by
 * test/e2e/setup-code-server.sh) driven headless by Debian's Chromium through
 * playwright-core. No test-framework code here, only helpers.
 *
 *   const vs = await launchVSCode({ workspace: dir, vsix: ['star-coach.vsix'] });
 *   try {
 *     await openFile(vs.page, 'stories/a.star.md');
 *     const problems = await readProblems(vs.page);
 *   } finally {
 *     await vs.stop();
 *   }
 *
 * Every wait polls with a timeout; there are no fixed sleeps.
 * Needs the devDependency playwright-core (1.x), and a one-time
 * `bash test/e2e/setup-code-server.sh` (apt packages + code-server in ~/.cache/star-coach).
 *
 * Gotchas found while building this:
 * - Functions passed to page.evaluate() must not declare named inner functions: tsx/esbuild
 *   (keepNames) wraps them in __name(), which does not exist in the page.
 * - Playwright's auto-waiting: locator.innerText() on an element that may be absent waits
 *   for the default timeout; read optional parts with evaluate()/count() instead.
 * - Clicking rows of the quick-fix menu is intercepted by .context-view-pointerBlock; the
 *   keyboard (arrows + Enter) works.
 * - Monaco lists (Problems, Quick Open, editor lines) are virtualised: only visible rows
 *   are in the DOM.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';
/** The browser: CHROME_PATH when set (test/e2e/run.sh sets it to the one it found), else Debian's chromium. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Settings written to the fresh user-data-dir: no welcome page, no network, no noise. */
export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 100,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.wordBasedSuggestions': 'off',
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
};

// ----------------------------------------------------------------- polling

/** Poll `fn` until it returns a value other than undefined/false/null; throw after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 30_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== null && v !== false) return v as T;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// ------------------------------------------------------------- code-server

/** Where setup-code-server.sh installs the binary (override with STAR_COACH_CODE_SERVER). */
export function codeServerBin(): string {
  if (process.env.STAR_COACH_CODE_SERVER) return process.env.STAR_COACH_CODE_SERVER;
  const cache = process.env.STAR_COACH_CACHE || path.join(os.homedir(), '.cache', 'star-coach');
  return path.join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

export interface CodeServerOptions {
  /** Folder opened as the workspace. */
  workspace: string;
  /** .vsix files installed into the fresh extensions dir before the server starts. */
  vsix?: string[];
  /** User settings merged over DEFAULT_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Binary; default codeServerBin(). */
  bin?: string;
  /** Extra environment for code-server (and so for the extension host). */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

export interface CodeServer {
  url: string;
  port: number;
  workspace: string;
  /** Temp root holding user-data, extensions, XDG dirs; removed by stop(). */
  tmpDir: string;
  userDataDir: string;
  extensionsDir: string;
  bin: string;
  process: ChildProcess;
  /** Everything code-server printed so far (stdout + stderr). */
  output(): string;
  stop(timeoutMs?: number): Promise<void>;
}

/** A TCP port free on 127.0.0.1 at the time of the call. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

function isolatedEnv(tmpDir: string, extra?: Record<string, string>): NodeJS.ProcessEnv {
  // XDG_* keep code-server from writing ~/.config/code-server/config.yaml and
  // ~/.local/share/code-server; no proxy so nothing tries the closed network.
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmpDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmpDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmpDir, 'xdg-cache'),
    ...extra,
  };
}

/**
 * Install a .vsix into the server's extensions dir with
 * `code-server --install-extension file.vsix --extensions-dir ...`.
 * Before startServer(): happens via CodeServerOptions.vsix. On a running server,
 * call reloadWindow(page) afterwards so the workbench picks it up.
 */
export function installExtension(
  server: Pick<CodeServer, 'bin' | 'tmpDir' | 'userDataDir' | 'extensionsDir'>,
  vsixPath: string,
  timeoutMs = 120_000,
): void {
  const abs = path.resolve(vsixPath);
  if (!fs.existsSync(abs)) throw new Error(`no such .vsix: ${abs}`);
  const r = spawnSync(
    server.bin,
    ['--user-data-dir', server.userDataDir, '--extensions-dir', server.extensionsDir, '--install-extension', abs, '--force'],
    { env: isolatedEnv(server.tmpDir), encoding: 'utf8', timeout: timeoutMs },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/was successfully installed/.test(out)) {
    throw new Error(`installing ${abs} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${out}`);
  }
}

/** Start code-server on 127.0.0.1:<free port>, with fresh user-data and extensions dirs. */
export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const bin = opts.bin ?? codeServerBin();
  if (!fs.existsSync(bin)) {
    throw new Error(`code-server not found at ${bin}; run: bash test/e2e/setup-code-server.sh`);
  }
  const workspace = path.resolve(opts.workspace);
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'star-coach-e2e-'));
  const userDataDir = path.join(tmpDir, 'user-data');
  const extensionsDir = path.join(tmpDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...opts.settings }, null, 2));
  const partial = { bin, tmpDir, userDataDir, extensionsDir };
  for (const v of opts.vsix ?? []) installExtension(partial, v);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    bin,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      workspace,
    ],
    {
      env: isolatedEnv(tmpDir, opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so stop() can end its whole tree
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let exited = false;
  child.on('exit', () => (exited = true));

  const server: CodeServer = {
    url,
    port,
    workspace,
    tmpDir,
    userDataDir,
    extensionsDir,
    bin,
    process: child,
    output: () => out,
    stop: (timeoutMs = 10_000) => stopCodeServer(server, timeoutMs),
  };
  try {
    await waitFor(
      `code-server on ${url}`,
      async () => {
        if (exited) throw new Error(`code-server exited early:\n${out}`);
        return (await httpStatus(`${url}/healthz`)) === 200;
      },
      opts.startTimeoutMs ?? 60_000,
      200,
    );
  } catch (e) {
    await server.stop();
    throw e;
  }
  return server;
}

function pidsWithCmdline(needle: string): number[] {
  const pids: number[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(needle)) pids.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return pids;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the server's process group, SIGKILL whatever is left at the deadline, remove its temp dir. */
async function stopCodeServer(server: CodeServer, timeoutMs: number): Promise<void> {
  const pid = server.process.pid;
  // Everything code-server starts carries our unique tmpDir in its command line
  // (user-data-dir / extensions-dir), so we can find strays outside the group too.
  const ours = () => [...new Set([...(pid && alive(pid) ? [pid] : []), ...pidsWithCmdline(server.tmpDir)])];
  const signal = (sig: NodeJS.Signals) => {
    if (pid) {
      try {
        process.kill(-pid, sig);
      } catch {
        /* group gone */
      }
    }
    for (const p of pidsWithCmdline(server.tmpDir)) {
      try {
        process.kill(p, sig);
      } catch {
        /* gone */
      }
    }
  };
  signal('SIGTERM');
  try {
    await waitFor('code-server to exit', () => ours().length === 0, timeoutMs, 100);
  } catch {
    signal('SIGKILL');
    await waitFor('code-server to die', () => ours().length === 0, 5_000, 100).catch(() => undefined);
  }
  fs.rmSync(server.tmpDir, { recursive: true, force: true, maxRetries: 3 });
}

// ------------------------------------------------------------------ browser

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** Debian's Chromium, headless, via playwright-core. */
export async function launchBrowser(opts: { headless?: boolean } = {}): Promise<BrowserSession> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} missing; run: bash test/e2e/setup-code-server.sh`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { browser, context, page };
}

async function closeBrowser(b: BrowserSession, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    b.browser.close().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (!closed) {
    // Hard stop: the browser processes are children of this Node.js process.
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const comm = fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim();
        if (ppid === process.pid && /chrom/.test(comm)) process.kill(Number(d), 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
}

// ---------------------------------------------------------------- workbench

/**
 * The workbench is ready: status bar, editor part and the Explorer's folder view are in
 * the DOM and the side bar shows no progress bar. (Extensions may still be activating:
 * wait for their own sign, e.g. a status bar item or a diagnostic, with waitFor.)
 */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    'the workbench to be ready',
    () =>
      page.evaluate(() => {
        const d = (globalThis as any).document;
        return (
          !!d.querySelector('.monaco-workbench .part.statusbar') &&
          !!d.querySelector('.monaco-workbench .part.editor') &&
          !!d.querySelector('.monaco-workbench .explorer-folders-view') &&
          !d.querySelector('.monaco-workbench .part.sidebar .monaco-progress-container.active')
        );
      }),
    timeoutMs,
    200,
  );
}

/** Open the server's workspace in the page and wait for the workbench. */
export async function openWorkbench(page: Page, server: CodeServer, timeoutMs = 60_000): Promise<void> {
  await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`, { timeout: timeoutMs });
  await waitForWorkbench(page, timeoutMs);
}

/** Reload the window (Developer: Reload Window), e.g. after installExtension on a running server. */
export async function reloadWindow(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.reload({ timeout: timeoutMs });
  await waitForWorkbench(page, timeoutMs);
}

/** Run a command from the Command Palette (F1), e.g. 'View: Toggle Problems'. Exact label. */
export async function runCommand(page: Page, label: string, timeoutMs = 10_000): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${label}`);
  const row = page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: label }) })
    .first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Labels of the Command Palette entries matching `filter` (does not run any). */
export async function listCommands(page: Page, filter: string, timeoutMs = 10_000): Promise<string[]> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${filter}`);
  // Let the list settle: same labels twice in a row.
  let prev = '';
  const labels = await waitFor(
    `command palette results for '${filter}'`,
    async () => {
      const l = await page.locator('.quick-input-widget .monaco-list-row .label-name').allInnerTexts();
      const key = JSON.stringify(l);
      const stable = key === prev;
      prev = key;
      return stable ? l : undefined;
    },
    timeoutMs,
    250,
  );
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
  return labels;
}

/** Selector of the active editor's text area. */
const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .monaco-editor';

/** Selector of the active editor's input element (textarea today, EditContext div in newer builds). */
const EDITOR_INPUT = `${ACTIVE_EDITOR} textarea.inputarea, ${ACTIVE_EDITOR} .native-edit-context`;

/**
 * Open a file by workspace-relative path with Quick Open (Ctrl+P): types the path,
 * picks the row whose name and folder match, waits for its tab and focuses the editor.
 */
export async function openFile(page: Page, relPath: string, timeoutMs = 20_000): Promise<void> {
  const rel = relPath.split(path.sep).join('/');
  const base = path.posix.basename(rel);
  const dir = path.posix.dirname(rel) === '.' ? '' : path.posix.dirname(rel);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(rel);
  // Rows: .label-name is the file name, .label-description its folder (absent at the root).
  // The list re-renders while results come in (recent files first, then the file search),
  // so a row found here may be gone by the time of the click: find and click again until
  // a click lands.
  await waitFor(
    `Quick Open to list and open ${rel}`,
    async () => {
      const index = await page.evaluate(
        ([base, dir]) => {
          const d = (globalThis as any).document;
          for (const r of d.querySelectorAll('.quick-input-widget .monaco-list-row') as any) {
            const name = (r.querySelector('.label-name')?.textContent ?? '').trim();
            const desc = (r.querySelector('.label-description')?.textContent ?? '').trim();
            if (name === base && (dir === '' ? desc === '' : desc === dir || desc.endsWith(`/${dir}`))) {
              return r.getAttribute('data-index') as string;
            }
          }
          return undefined;
        },
        [base, dir],
      );
      if (index === undefined) return undefined;
      await page.locator(`.quick-input-widget .monaco-list-row[data-index="${index}"]`).click({ timeout: 2_000 });
      return true;
    },
    timeoutMs,
  );
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
  await waitFor(
    `the editor tab for ${rel}`,
    async () => {
      const tab = page.locator('.part.editor .editor-group-container.active .tab.active');
      if ((await tab.count()) === 0) return false;
      const label = await tab.first().getAttribute('data-resource-name');
      return label === base && (await page.locator(`${ACTIVE_EDITOR} .view-lines .view-line`).count()) > 0;
    },
    timeoutMs,
  );
  await focusEditor(page);
}

/** Put keyboard focus in the active text editor. */
export async function focusEditor(page: Page, timeoutMs = 10_000): Promise<void> {
  const input = page.locator(EDITOR_INPUT).first();
  await input.waitFor({ state: 'attached', timeout: timeoutMs });
  await input.focus();
  await waitFor(
    'the editor to have focus',
    () => page.evaluate((sel) => !!(globalThis as any).document.querySelector(sel)?.classList.contains('focused'), ACTIVE_EDITOR),
    timeoutMs,
  );
}

/**
 * Move the cursor to 1-based line/column with Go to Line (Ctrl+G, "line:column").
 */
export async function gotoPosition(page: Page, line: number, column = 1, timeoutMs = 10_000): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
  await waitFor(
    `cursor at ${line}:${column}`,
    async () => {
      const pos = await cursorPosition(page);
      return pos.line === line && pos.column === column;
    },
    timeoutMs,
  );
}

/** The cursor's 1-based position, read from the status bar ("Ln 3, Col 7"). */
export async function cursorPosition(page: Page): Promise<{ line: number; column: number }> {
  const text = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText({ timeout: 5_000 });
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  if (!m) throw new Error(`cannot read cursor position from status bar: '${text}'`);
  return { line: Number(m[1]), column: Number(m[2]) };
}

/** Type text at the cursor of the active editor (focuses it first). */
export async function typeText(page: Page, text: string): Promise<void> {
  await focusEditor(page);
  await page.keyboard.type(text);
}

// ----------------------------------------------------------------- problems

export interface ProblemEntry {
  severity: 'error' | 'warning' | 'info' | 'hint' | 'unknown';
  message: string;
  /** e.g. "star-coach" */
  source: string;
  /** e.g. "we-overuse" */
  code: string;
  line: number;
  column: number;
  /** File name of the resource row the marker is under. */
  file: string;
  /** The row's full aria-label, as VS Code reads it to screen readers. */
  ariaLabel: string;
}

interface RawRow {
  index: number;
  level: number;
  severity: string;
  message: string;
  source: string;
  code: string;
  position: string;
  file: string;
  ariaLabel: string;
}

// Page-side code is a string on purpose: tsx/esbuild (keepNames) wraps named
// functions in the test's code with __name(), which does not exist in the page.
// (Anonymous arrow functions passed to evaluate() are fine; page.evaluate(string)
// evaluates an expression, locator.evaluate(string) does NOT call a function string.)
const READ_VISIBLE_PROBLEM_ROWS = `(() => {
  const rows = [];
  for (const r of document.querySelectorAll('.markers-panel .monaco-list-row')) {
    const text = (sel) => Array.from(r.querySelectorAll(sel)).map((e) => e.textContent || '').join('\\n');
    const icon = r.querySelector('.marker-icon');
    rows.push({
      index: Number(r.getAttribute('data-index')),
      level: Number(r.getAttribute('aria-level') || 0),
      severity: icon ? String(icon.className) : '',
      message: text('.marker-message'),
      source: text('.marker-source'),
      code: text('.marker-code'),
      position: text('.marker-line'),
      file: r.querySelector('.marker-message') ? '' : text('.resource-label-container .label-name'),
      ariaLabel: r.getAttribute('aria-label') || '',
    });
  }
  return rows;
})()`;

/**
 * Open the Problems panel (Ctrl+Shift+M) and read every entry, for all files.
 * The list is virtualised, so it is scrolled with the mouse wheel while collecting rows.
 * Related-information rows (aria-level 3) are skipped.
 */
export async function readProblems(page: Page, timeoutMs = 10_000): Promise<ProblemEntry[]> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: timeoutMs });
  }
  // Either rows or the "No problems have been detected" message.
  await waitFor(
    'the Problems panel to render',
    async () =>
      (await page.locator('.markers-panel .monaco-list-row').count()) > 0 ||
      (await page.locator('.markers-panel .message-box-container').isVisible()),
    timeoutMs,
  );
  const byIndex = new Map<number, RawRow>();
  const list = page.locator('.markers-panel .monaco-list').first();
  // .monaco-list-rows is as tall as all rows together; scroll only when it overflows.
  const overflows = async () =>
    (await list.count()) > 0 &&
    (await list.evaluate((el: any) => {
      const r = el.querySelector('.monaco-list-rows');
      return !!r && parseFloat(r.style.height) > el.clientHeight + 1;
    }));
  const box = (await overflows()) ? await list.boundingBox() : null;
  for (let pageNo = 0; pageNo < 500; pageNo++) {
    const rows = (await page.evaluate(READ_VISIBLE_PROBLEM_ROWS)) as RawRow[];
    for (const r of rows) byIndex.set(r.index, r);
    if (!box) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, Math.max(22, box.height - 44));
    // Wait until rows we have not seen render; none within 1 s means we are at the end.
    const moved = await waitFor(
      'the Problems list to scroll',
      async () => ((await page.evaluate(READ_VISIBLE_PROBLEM_ROWS)) as RawRow[]).some((r) => !byIndex.has(r.index)),
      1_000,
      50,
    ).catch(() => false);
    if (!moved) break;
  }
  const out: ProblemEntry[] = [];
  let file = '';
  for (const r of [...byIndex.values()].sort((a, b) => a.index - b.index)) {
    if (r.level === 1) {
      file = r.file.trim();
      continue;
    }
    if (r.level !== 2) continue;
    const m = /(\d+)\D+(\d+)/.exec(r.position);
    const sev = /\berror\b/.test(r.severity)
      ? 'error'
      : /\bwarning\b/.test(r.severity)
        ? 'warning'
        : /\binfo\b/.test(r.severity)
          ? 'info'
          : /\bhint\b/.test(r.severity)
            ? 'hint'
            : 'unknown';
    out.push({
      severity: sev,
      message: r.message.trim(),
      source: r.source.trim(),
      code: r.code.replace(/^\(|\)$/g, '').trim(),
      line: m ? Number(m[1]) : 0,
      column: m ? Number(m[2]) : 0,
      file,
      ariaLabel: r.ariaLabel,
    });
  }
  return out;
}

/**
 * Problem counts from the status bar item (id "status.problems"), which renders
 * "<codicon-error> 0 <codicon-warning> 2" (infos only when VS Code shows them).
 */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number; infos: number }> {
  const pairs = await page
    .locator('.statusbar-item[id="status.problems"] a')
    .first()
    .evaluate((a: any) => {
      const out: [string, string][] = [];
      for (const icon of Array.from(a.querySelectorAll('.codicon')) as any[]) {
        out.push([String(icon.className), String(icon.nextSibling?.textContent ?? '')]);
      }
      return out;
    });
  const count = (kind: string) => {
    const p = pairs.find(([cls]) => new RegExp(`codicon-${kind}\\b`).test(cls));
    return p ? Number(/\d+/.exec(p[1])?.[0] ?? 0) : 0;
  };
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

// -------------------------------------------------------------------- hover

/**
 * Hover at 1-based line/column of the active editor and return the hover widget's text.
 * mode 'keyboard' (default) puts the cursor there and runs Show Hover (Ctrl+K Ctrl+I);
 * mode 'mouse' moves the mouse over the character.
 */
export async function hoverAt(
  page: Page,
  line: number,
  column: number,
  opts: { mode?: 'keyboard' | 'mouse'; timeoutMs?: number; expect?: string | RegExp; stableMs?: number } = {},
): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  await closeHover(page);
  await gotoPosition(page, line, column, timeoutMs);
  if ((opts.mode ?? 'keyboard') === 'keyboard') {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
  } else {
    const box = await page.locator(`${ACTIVE_EDITOR} .cursors-layer .cursor`).first().boundingBox();
    if (!box) throw new Error('no cursor box');
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.move(box.x + 5, box.y + box.height / 2);
  }
  const hover = page.locator(`${ACTIVE_EDITOR} .monaco-hover:not(.hidden) .monaco-hover-content`).first();
  // Hover parts arrive one by one (diagnostic first, providers later): wait until the
  // text is the same for `stableMs` (and contains `expect`, when given).
  const stableMs = opts.stableMs ?? 400;
  let last = '';
  let since = Date.now();
  return waitFor(
    `hover text at ${line}:${column}`,
    async () => {
      if (!(await hover.isVisible())) return undefined;
      const t = (await hover.innerText()).trim();
      if (t !== last) {
        last = t;
        since = Date.now();
        return undefined;
      }
      if (!t || /^Loading/.test(t) || Date.now() - since < stableMs) return undefined;
      if (opts.expect && !(typeof opts.expect === 'string' ? t.includes(opts.expect) : opts.expect.test(t))) {
        return undefined;
      }
      return t;
    },
    timeoutMs,
    50,
  );
}

/** Dismiss the hover widget, if any. */
export async function closeHover(page: Page): Promise<void> {
  const visible = page.locator(`${ACTIVE_EDITOR} .monaco-hover:not(.hidden)`);
  if ((await visible.count()) > 0) {
    await page.keyboard.press('Escape');
    await waitFor('hover to close', async () => (await visible.count()) === 0, 5_000).catch(() => undefined);
  }
}

// ---------------------------------------------------------------- quick fix

/** Titles offered by Quick Fix (Ctrl+.) at 1-based line/column; closes the menu again. */
export async function quickFixTitles(page: Page, line: number, column: number, timeoutMs = 10_000): Promise<string[]> {
  await openQuickFixMenu(page, line, column, timeoutMs);
  const titles = await readQuickFixTitles(page);
  await page.keyboard.press('Escape');
  await page
    .locator('.action-widget')
    .waitFor({ state: 'hidden', timeout: timeoutMs })
    .catch(() => undefined);
  return titles;
}

/** Open Quick Fix (Ctrl+.) at line/column and apply the item whose title equals (or matches) `title`. */
export async function quickFix(page: Page, line: number, column: number, title: string | RegExp, timeoutMs = 10_000): Promise<void> {
  await openQuickFixMenu(page, line, column, timeoutMs);
  const matches = (t: string) => (typeof title === 'string' ? t === title : title.test(t));
  const idx = await waitFor(
    `quick fix '${title}'`,
    async () => {
      const titles = await readQuickFixTitles(page);
      const i = titles.findIndex(matches);
      return i >= 0 ? i : undefined;
    },
    timeoutMs,
  ).catch(async (e) => {
    const titles = await readQuickFixTitles(page).catch(() => []);
    await page.keyboard.press('Escape');
    throw new Error(`${(e as Error).message}; offered: ${JSON.stringify(titles)}`);
  });
  // Clicking does not work (a pointer-block overlay takes the events): walk the
  // focus with the arrow keys to the wanted row and press Enter.
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await waitFor(
    `focus on quick fix '${title}'`,
    async () => {
      const focused = await page.locator('.action-widget .monaco-list-row.action.focused').count();
      if (focused && (await rows.nth(idx).evaluate((el: any) => el.classList.contains('focused') as boolean))) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    },
    timeoutMs,
    50,
  );
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

async function openQuickFixMenu(page: Page, line: number, column: number, timeoutMs: number): Promise<void> {
  await closeHover(page);
  await gotoPosition(page, line, column, timeoutMs);
  const overlay = page.locator(`${ACTIVE_EDITOR} .monaco-editor-overlaymessage`);
  // Moving the cursor schedules an automatic code-action request (for the light bulb) a
  // moment later; when it lands after Ctrl+., VS Code cancels the invoked request and shows
  // "No code actions available" although the server answered with actions. So an empty
  // answer is asked again a few times before it counts.
  const attempts = 3;
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    const state = await waitFor(
      'the quick fix menu',
      async () => {
        if ((await page.locator('.action-widget .monaco-list-row.action').count()) > 0) return 'menu';
        // "No code actions available" is shown as an overlay message instead of a menu.
        if ((await overlay.count()) > 0 && (await overlay.first().isVisible())) return 'none';
        return undefined;
      },
      timeoutMs,
    );
    if (state === 'menu') return;
    const msg = (
      await overlay
        .first()
        .innerText()
        .catch(() => '')
    ).trim();
    await page.keyboard.press('Escape');
    await waitFor(
      'the message to close',
      async () =>
        !(await overlay
          .first()
          .isVisible()
          .catch(() => false)),
      timeoutMs,
    ).catch(() => undefined);
    if (attempt >= attempts) throw new Error(`no quick fix at ${line}:${column} after ${attempts} tries: ${msg}`);
  }
}

/** Titles of the action rows in the open quick-fix menu (group headers excluded). */
async function readQuickFixTitles(page: Page): Promise<string[]> {
  return page
    .locator('.action-widget .monaco-list-row.action')
    .evaluateAll((rows: any[]) =>
      rows.map((r) => String(r.querySelector('.title')?.textContent ?? r.getAttribute('aria-label') ?? '').trim()),
    );
}

// ------------------------------------------------------------- editor text

/**
 * The active editor's full text, unsaved changes included.
 * 'clipboard' (default): Select All + Copy, read the browser clipboard, then put the
 * cursor back where it was (any selection is lost; the clipboard is overwritten).
 * 'dom': the rendered lines (only right when the whole file is on screen: Monaco renders
 * just the visible lines).
 */
export async function readEditorText(page: Page, via: 'clipboard' | 'dom' = 'clipboard'): Promise<string> {
  if (via === 'dom') {
    return page.evaluate((sel) => {
      const d = (globalThis as any).document;
      const lines = [...d.querySelectorAll(`${sel} .view-lines .view-line`)] as any[];
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      return lines.map((l) => String(l.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
    }, ACTIVE_EDITOR);
  }
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const pos = await cursorPosition(page).catch(() => undefined);
  await focusEditor(page);
  const marker = `__star_coach_e2e_${Date.now()}__`;
  await page.evaluate((m) => (globalThis as any).navigator.clipboard.writeText(m), marker);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const text = await waitFor(
    'the editor text on the clipboard',
    async () => {
      const t: string = await page.evaluate(() => (globalThis as any).navigator.clipboard.readText());
      return t === marker ? undefined : t;
    },
    5_000,
  ).catch((e) => {
    // An empty document copies nothing.
    if (/timed out/.test((e as Error).message)) return '';
    throw e;
  });
  if (pos) await gotoPosition(page, pos.line, pos.column).catch(() => undefined);
  return text;
}

/** Save the active editor (Ctrl+S) and wait until its tab is no longer dirty. */
export async function saveActiveEditor(page: Page, timeoutMs = 10_000): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+S');
  await waitFor(
    'the editor to save',
    async () => (await page.locator('.part.editor .editor-group-container.active .tab.active.dirty').count()) === 0,
    timeoutMs,
  );
}

// --------------------------------------------------------------- screenshot

export async function screenshot(page: Page, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await page.screenshot({ path: file, fullPage: false });
}

// ------------------------------------------------------------- all-in-one

export interface VSCodeSession extends BrowserSession {
  server: CodeServer;
  /** Close the browser and stop code-server; never takes longer than ~timeoutMs + 5 s. */
  stop(timeoutMs?: number): Promise<void>;
}

/** startCodeServer + launchBrowser + openWorkbench. */
export async function launchVSCode(opts: CodeServerOptions & { headless?: boolean }): Promise<VSCodeSession> {
  const server = await startCodeServer(opts);
  let b: BrowserSession | undefined;
  try {
    b = await launchBrowser({ headless: opts.headless });
    await openWorkbench(b.page, server);
  } catch (e) {
    if (b) await closeBrowser(b, 5_000);
    await server.stop();
    throw e;
  }
  const session: VSCodeSession = {
    ...b,
    server,
    stop: (timeoutMs = 15_000) => stop(session, timeoutMs),
  };
  return session;
}

/** Close the browser and stop code-server, each with a hard timeout. Safe to call twice. */
export async function stop(session: VSCodeSession, timeoutMs = 15_000): Promise<void> {
  const half = Math.max(1_000, Math.floor(timeoutMs / 2));
  await closeBrowser(session, half);
  await session.server.stop(half);
}

/** Where failed tests leave screenshots and workbench logs. */
export const RESULTS_DIR = path.resolve(__dirname, '..', '..', 'test-results');

export interface SuiteSession {
  /** The running editor (set once the suite's `before` has run). */
  readonly vs: VSCodeSession;
  /** The copy of the fixture folder the editor has open. */
  readonly workspace: string;
}

/**
 * The set-up every end-to-end suite shares, as mocha hooks: copy a fixture
 * folder into a temporary `interview-stories/` (a fixed name keeps window titles
 * and screenshots the same), start code-server with the packaged extension and
 * open it in Chromium; on a failed test keep a screenshot and the workbench logs;
 * stop everything and delete the copy at the end.
 */
export function useVSCode(opts: { fixture: string; vsix: string; settings: Record<string, unknown>; name: string }): SuiteSession {
  const state: { vs?: VSCodeSession; tmp?: string; workspace?: string } = {};
  before(async () => {
    if (!fs.existsSync(opts.vsix)) throw new Error(`${opts.vsix} missing: run npm run package`);
    state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), `star-coach-${opts.name}-`));
    state.workspace = path.join(state.tmp, 'interview-stories');
    fs.cpSync(opts.fixture, state.workspace, { recursive: true });
    state.vs = await launchVSCode({ workspace: state.workspace, vsix: [opts.vsix], settings: opts.settings });
  });
  after(async () => {
    if (state.vs) await state.vs.stop();
    if (state.tmp) fs.rmSync(state.tmp, { recursive: true, force: true });
  });
  afterEach(async function () {
    const vs = state.vs;
    if (this.currentTest?.state !== 'failed' || !vs) return;
    const shot = `e2e-${opts.name}-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
    await screenshot(vs.page, path.join(RESULTS_DIR, `${shot}.png`)).catch(() => undefined);
    // The workbench's logs: extension host, and the extension's own output channel.
    const logs = path.join(vs.server.userDataDir, 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(RESULTS_DIR, `${shot}-logs`), { recursive: true });
  });
  return {
    get vs() {
      if (!state.vs) throw new Error('the editor is not running yet');
      return state.vs;
    },
    get workspace() {
      if (!state.workspace) throw new Error('the workspace is not ready yet');
      return state.workspace;
    },
  };
}

/**
 * Saves a screenshot under test-results/screenshots/ and, for the README, as
 * docs/images/<name> when that is missing or STAR_COACH_UPDATE_SCREENSHOTS=1
 * (screenshots are not byte-stable, so a plain run leaves committed ones alone).
 */
export async function readmeShot(page: Page, name: string): Promise<void> {
  const file = path.join(RESULTS_DIR, 'screenshots', name);
  await screenshot(page, file);
  const images = path.resolve(__dirname, '..', '..', 'docs', 'images');
  const target = path.join(images, name);
  if (process.env.STAR_COACH_UPDATE_SCREENSHOTS === '1' || !fs.existsSync(target)) {
    fs.mkdirSync(images, { recursive: true });
    fs.copyFileSync(file, target);
  }
}
