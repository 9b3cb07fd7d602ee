// CopyLint: Create copylint.json — writes a starter configuration in a workspace folder and opens it.
// The file is JSON with comments (CopyLint's loader accepts comments); the extension validates it against
// the shipped schema, so hovering a key explains it and typing offers completions.
import * as vscode from 'vscode';
import { STARTER_CONFIG } from '../starterConfig';

export async function createConfig(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('CopyLint: open a folder first; copylint.json goes at the top of it.');
    return undefined;
  }
  const folder = folders.length === 1
    ? folders[0]
    : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Create copylint.json in which folder?' });
  if (!folder) return undefined;
  const target = vscode.Uri.joinPath(folder.uri, 'copylint.json');
  let existed = true;
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    existed = false;
  }
  if (!existed) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(STARTER_CONFIG));
  await vscode.window.showTextDocument(target);
  if (existed) void vscode.window.showInformationMessage(`CopyLint: ${vscode.workspace.asRelativePath(target)} already exists; opened it.`);
  return target;
}
