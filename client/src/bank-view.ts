import { randomBytes } from 'node:crypto';
import {
  Position,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type WebviewPanel,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Bank } from '../../server/src/engine/bank';
import { bankHtml } from './bank-html';

/** The server's request (README: "Story bank and drill for other editors"). */
const STORY_BANK_REQUEST = 'starCoach/storyBank';
/** Edits and file events within this many milliseconds make one refresh. */
const REFRESH_MS = 400;

/**
 * The "Show Story Bank" webview: asks the server for the bank and renders it;
 * re-asks as Markdown files change while the panel is open. Opening a story
 * from a cell is the only message the page sends.
 */
export class StoryBankView {
  private static current: StoryBankView | undefined;
  private readonly disposables: Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private shown = '';

  static show(client: LanguageClient): void {
    if (StoryBankView.current) {
      StoryBankView.current.panel.reveal();
      void StoryBankView.current.refresh();
      return;
    }
    const column = window.activeTextEditor ? ViewColumn.Beside : ViewColumn.Active;
    const panel = window.createWebviewPanel('starCoach.storyBank', 'Story Bank', column, {
      enableScripts: true,
      localResourceRoots: [],
    });
    StoryBankView.current = new StoryBankView(panel, client);
  }

  private constructor(
    private readonly panel: WebviewPanel,
    private readonly client: LanguageClient,
  ) {
    const later = () => this.refreshSoon();
    const watcher = workspace.createFileSystemWatcher('**/*.{md,markdown}');
    this.disposables.push(
      watcher,
      watcher.onDidCreate(later),
      watcher.onDidChange(later),
      watcher.onDidDelete(later),
      workspace.onDidChangeTextDocument((e) => e.document.languageId === 'markdown' && later()),
      workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('starCoach') && later()),
      workspace.onDidChangeWorkspaceFolders(later),
      panel.webview.onDidReceiveMessage((m: { type?: string; file?: unknown; line?: unknown }) => {
        // The story opens next to the bank, so the bank stays in view.
        const column = panel.viewColumn === ViewColumn.One ? ViewColumn.Beside : ViewColumn.One;
        if (m.type === 'open' && typeof m.file === 'string' && typeof m.line === 'number') void openAt(m.file, m.line, column);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    void this.refresh();
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  private async refresh(): Promise<void> {
    let bank: Bank;
    try {
      bank = await this.client.sendRequest<Bank>(STORY_BANK_REQUEST, {});
    } catch (err) {
      void window.showErrorMessage(`STAR Coach could not build the story bank: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    const key = JSON.stringify(bank);
    // Re-rendering resets focus and scroll: only when the bank really changed.
    if (key === this.shown) return;
    this.shown = key;
    this.panel.webview.html = bankHtml(bank, {
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      relative: (file) => workspace.asRelativePath(file),
    });
  }

  private dispose(): void {
    clearTimeout(this.timer);
    StoryBankView.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Opens a story file with the cursor on its title line (1-based). */
async function openAt(file: string, line: number, viewColumn: ViewColumn): Promise<void> {
  const editor = await window.showTextDocument(Uri.file(file), { viewColumn, preview: false });
  const at = new Position(Math.max(0, line - 1), 0);
  editor.selection = new Selection(at, at);
  editor.revealRange(new Range(at, at), TextEditorRevealType.InCenterIfOutsideViewport);
}
