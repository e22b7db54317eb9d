// The story bank webview and the drill command in a real VS Code (code-server + Chromium).
// The workspace is the CLI's folder of 12 stories; what the page should show comes from the
// engine's own bank of the same files. Every wait polls (harness.waitFor); nothing sleeps.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { buildBank } from '../../server/src/engine/bank';
import { drillDocument, drillJson } from '../../server/src/engine/drill';
import { validateConfig } from '../../server/src/engine/config';
import { RULES } from '../../server/src/engine/rules';
import {
  cursorPosition,
  listCommands,
  gotoPosition,
  readmeShot,
  useVSCode,
  openFile,
  readEditorText,
  runCommand,
  waitFor,
} from './harness';

const root = path.resolve(__dirname, '..', '..');
const VSIX = path.join(root, 'star-coach.vsix');
const FIXTURE = path.join(root, 'test', 'cli', 'fixtures', 'bank');

/** The frame that holds the story bank page (webviews are nested iframes). */
async function bankFrame(page: Page): Promise<Frame> {
  return waitFor(
    'the story bank webview',
    async () => {
      for (const frame of page.frames()) {
        if (
          (await frame
            .locator('table.matrix')
            .count()
            .catch(() => 0)) > 0
        )
          return frame;
      }
      return undefined;
    },
    90_000,
  );
}

describe('Story bank in VS Code (code-server)', function () {
  this.timeout(240_000);
  const editor = useVSCode({
    fixture: FIXTURE,
    vsix: VSIX,
    name: 'bank',
    settings: { 'editor.fontSize': 15, 'workbench.colorTheme': 'Default Dark Modern', 'workbench.startupEditor': 'none' },
  });
  let workspace: string;
  let page: Page;

  before(() => {
    workspace = editor.workspace;
    page = editor.vs.page;
  });

  it('"Show Story Bank" opens a webview with the matrix the server computed, under a CSP without unsafe-inline script', async () => {
    // No editor and no side bar: the bank gets the whole window, for the README's screenshot.
    await page.keyboard.press('Control+B');
    // With no file open, the palette lists the command only once the extension host has read the installed extension.
    await waitFor(
      'the STAR Coach commands in the Command Palette',
      async () => (await listCommands(page, 'STAR Coach: Show Story Bank')).includes('STAR Coach: Show Story Bank'),
      90_000,
    );
    await runCommand(page, 'STAR Coach: Show Story Bank');
    const frame = await bankFrame(page);
    const files = fs
      .readdirSync(path.join(workspace, 'stories'))
      .sort()
      .map((n) => path.join(workspace, 'stories', n));
    const config = validateConfig(JSON.parse(fs.readFileSync(path.join(workspace, '.starcoach.json'), 'utf8')), RULES).config;
    const bank = buildBank(
      files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8'), config })),
      { config },
    );
    const rows = await frame.locator('table.matrix tbody th[scope=row]').allInnerTexts();
    assert.deepEqual(
      rows.map((r) => r.replace(/\s*\(gap\)$/, '')),
      bank.principles.map((p) => p.name),
    );
    assert.equal(await frame.locator('table.matrix thead th[scope=col]').count(), bank.stories.length + 1);
    assert.equal(
      await frame.locator('table.matrix td.shown').count(),
      bank.stories.reduce((n, s) => n + s.shown.length, 0),
    );
    const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(csp, 'a Content-Security-Policy');
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    // The page's own script runs by its nonce (VS Code adds one of its own to every webview).
    const scripts = await frame.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('nonce') ?? ''));
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce && scripts.includes(nonce), `no script with the CSP's nonce among ${JSON.stringify(scripts)}`);
    await page.mouse.move(5, 400);
    await readmeShot(page, 'story-bank.png');
  });

  it('a click on a cell opens the story at its title', async () => {
    const frame = await bankFrame(page);
    const cell = frame.locator('td.shown[data-file$="09-mentoring.md"]').first();
    assert.equal(await cell.getAttribute('data-line'), '5');
    await cell.click();
    await waitFor('the story to open at its title', async () => {
      const tab = page.locator('.part.editor .tab.active[data-resource-name="09-mentoring.md"]');
      if ((await tab.count()) === 0) return false;
      return (await cursorPosition(page).catch(() => ({ line: 0 }))).line === 5;
    });
  });

  it('refreshes as a story changes on disk', async () => {
    const file = path.join(workspace, 'stories', '07-rollout.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## Owning the rollout', '## Owning the payments rollout'));
    // A refresh replaces the page, and with it the frame: find it again on each try.
    await waitFor(
      'the new title in the bank',
      async () => {
        const frame = await bankFrame(page);
        return (
          (await frame
            .locator('text=Owning the payments rollout')
            .count()
            .catch(() => 0)) > 0
        );
      },
      30_000,
    );
  });

  it('"Drill This Story" asks one question at a time at its line, and saves the notes as a comment on request', async () => {
    const rel = 'stories/10-two-stories.md';
    const text = fs.readFileSync(path.join(workspace, rel), 'utf8');
    const [first, second] = drillJson(rel, text, drillDocument(text, { level: 'L6' }));
    await openFile(page, rel);
    await gotoPosition(page, 4);
    // Not runCommand(): the command opens an input box, so the quick input never hides.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>STAR Coach: Drill This Story');
    await page.locator('.quick-input-widget .monaco-list-row .label-name', { hasText: 'STAR Coach: Drill This Story' }).first().click();
    const message = page.locator('.quick-input-widget .quick-input-message');
    const q1 = first.questions[0];
    await waitFor('the first question', async () => (await message.innerText().catch(() => '')).startsWith(q1.question));
    // The editor reveals the question's line as the question shows; the two can land a moment apart.
    const line = await waitFor(
      'the cursor at the question',
      async () => {
        const at = (await cursorPosition(page)).line;
        return at === q1.line ? at : undefined;
      },
      10_000,
    ).catch(async () => (await cursorPosition(page)).line);
    assert.equal(line, q1.line);
    await input.fill('Billing export, 30 days before and after');
    await page.keyboard.press('Enter');
    await waitFor('the follow-up', async () => (await message.innerText().catch(() => '')).startsWith(first.questions[1].question));
    assert.match(await page.locator('.quick-input-widget .quick-input-title').innerText(), /\(2 of \d+, follow-up 1\)$/);
    await page.keyboard.press('Escape');
    const save = page.locator('.notifications-toasts .monaco-button', { hasText: 'Save as Comment' });
    await save.waitFor({ state: 'visible', timeout: 10_000 });
    await save.click();
    const comment = `<!-- star-coach drill notes\nQ: ${q1.question}\nA: Billing export, 30 days before and after\n-->\n\n`;
    const after = await waitFor('the notes in the story', async () => {
      const t = await readEditorText(page);
      return t.includes('drill notes') ? t : undefined;
    });
    const at = text.indexOf(`## ${second.title}`);
    assert.equal(after, text.slice(0, at) + comment + text.slice(at));
  });
});
