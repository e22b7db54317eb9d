import { readdirSync } from 'node:fs';
import { commands, Uri, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { StoryBankView } from './bank-view';
import { drillStory } from './drill';

let client: LanguageClient | undefined;
/** A restart in flight: a second request while one runs joins it instead of stopping a half-started server. */
let restarting: Promise<void> | undefined;

/** Starts the STAR Coach language server for Markdown and registers the commands. */
export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('STAR Coach', { log: true });
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel: output,
  };
  client = new LanguageClient('starCoach', 'STAR Coach', serverOptions, clientOptions);

  const rulesDir = context.asAbsolutePath('docs/rules');
  context.subscriptions.push(
    output,
    commands.registerCommand('starCoach.restartServer', () => restart(output)),
    commands.registerCommand('starCoach.showOutput', () => output.show(true)),
    commands.registerCommand('starCoach.showStoryBank', () => client && StoryBankView.show(client)),
    commands.registerCommand('starCoach.drillStory', () => client && drillStory(client)),
    commands.registerCommand('starCoach.openRulePage', async (ruleId?: string) => {
      const id =
        typeof ruleId === 'string'
          ? ruleId
          : await window.showQuickPick(
              readdirSync(rulesDir).map((f) => f.replace(/\.md$/, '')),
              { placeHolder: 'Open the page of a STAR Coach rule' },
            );
      if (id) await commands.executeCommand('markdown.showPreview', Uri.file(`${rulesDir}/${id}.md`));
    }),
  );
  await client.start();
}

function restart(output: { error(message: string): void }): Promise<void> {
  if (!client) return Promise.resolve();
  restarting ??= client
    .restart()
    .catch((err: unknown) => output.error(`STAR Coach could not restart its language server: ${String(err)}`))
    .finally(() => {
      restarting = undefined;
    });
  return restarting;
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
