// CopyLint for VS Code: starts the CopyLint language server for prose documents and adds commands and a
// status bar item around it. All linting happens in the server.
import * as vscode from 'vscode';
import { createConfig } from './commands/createConfig';
import { lintWorkspace } from './commands/lintWorkspace';
import { showRuleDocumentation } from './commands/showRuleDocumentation';
import { ServerManager } from './serverManager';
import { StatusBar } from './statusBar';

let server: ServerManager | undefined;

export function activate(context: vscode.ExtensionContext): void {
  server = new ServerManager(context);
  const s = server;
  const status = new StatusBar(s);
  context.subscriptions.push(
    s,
    status,
    vscode.commands.registerCommand('copylint.runLintWorkspace', () => lintWorkspace(s)),
    vscode.commands.registerCommand('copylint.showRuleDocumentation', (ruleId?: unknown) => showRuleDocumentation(context, ruleId)),
    vscode.commands.registerCommand('copylint.restartServer', async () => {
      const client = await s.restart(true);
      if (client) void vscode.window.setStatusBarMessage('CopyLint server restarted', 3000);
    }),
    vscode.commands.registerCommand('copylint.createConfig', () => createConfig()),
  );
  s.startIfNeeded();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
