// CopyLint: Lint Workspace — asks the server to check every file in the workspace (workspace/executeCommand
// `copylint.lintWorkspace`), showing the server's work-done progress in a cancellable notification.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress } from 'vscode-languageclient/node';
import { errorText, ServerManager } from '../serverManager';
import { OPEN_PROBLEMS_COMMAND } from '../statusBar';
import { summarize } from '../summary';

export const SERVER_LINT_WORKSPACE = 'copylint.lintWorkspace';

export async function lintWorkspace(server: ServerManager): Promise<unknown> {
  const client = await server.ensureStarted(true);
  if (!client) return undefined;
  const supported = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (!supported.includes(SERVER_LINT_WORKSPACE)) {
    void vscode.window.showWarningMessage('This CopyLint server does not offer "Lint Workspace". Update the extension or copylint.server.path.');
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'CopyLint: linting workspace', cancellable: true },
    async (progress, token) => {
      const workDoneToken = `copylint-lint-workspace-${Date.now()}`;
      let done = 0;
      const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        let increment: number | undefined;
        if (typeof value.percentage === 'number' && value.percentage > done) {
          increment = value.percentage - done;
          done = value.percentage;
        }
        progress.report({ message: value.message, increment });
      });
      try {
        const result = await client.sendRequest(ExecuteCommandRequest.type,
          { command: SERVER_LINT_WORKSPACE, arguments: [], workDoneToken }, token);
        // not awaited: the progress notification closes now, the summary stays until dismissed
        void vscode.window.showInformationMessage(summarize(result), 'Show Problems').then((pick) => {
          if (pick) void vscode.commands.executeCommand(OPEN_PROBLEMS_COMMAND);
        });
        return result;
      } catch (e) {
        if (token.isCancellationRequested) {
          void vscode.window.showInformationMessage('CopyLint: Lint Workspace cancelled.');
        } else {
          void vscode.window.showErrorMessage(`CopyLint: Lint Workspace failed: ${errorText(e)}`);
        }
        return undefined;
      } finally {
        sub.dispose();
      }
    });
}
