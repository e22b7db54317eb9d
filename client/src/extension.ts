import { readdirSync } from 'node:fs';
import { commands, Uri, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

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
    commands.registerCommand('starCoach.restartServer', () => client?.restart()),
    commands.registerCommand('starCoach.showOutput', () => output.show(true)),
    commands.registerCommand('starCoach.openRulePage', async (ruleId?: string) => {
      const id = typeof ruleId === 'string' ? ruleId : await window.showQuickPick(readdirSync(rulesDir).map((f) => f.replace(/\.md$/, '')), { placeHolder: 'Open the page of a STAR Coach rule' });
      if (id) await commands.executeCommand('markdown.showPreview', Uri.file(`${rulesDir}/${id}.md`));
    }),
  );
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
