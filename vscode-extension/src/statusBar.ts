// Status bar item: CopyLint's findings in the current file; clicking it opens the Problems panel.
import * as vscode from 'vscode';
import { copyLintDiagnostics, countBySeverity } from './findings';
import { ServerManager } from './serverManager';

export const OPEN_PROBLEMS_COMMAND = 'workbench.actions.view.problems';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly server: ServerManager) {
    this.item = vscode.window.createStatusBarItem('copylint.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'CopyLint';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      server.onDidChangeState(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.server.matches(editor.document)) {
      this.item.hide();
      return;
    }
    switch (this.server.state) {
      case 'disabled':
        this.show('$(circle-slash) CopyLint', 'CopyLint is turned off (copylint.enable)', 'workbench.action.openSettings');
        this.item.command = { title: 'Open settings', command: 'workbench.action.openSettings', arguments: ['copylint.enable'] };
        return;
      case 'failed':
        this.show('$(error) CopyLint', `CopyLint is not running: ${this.server.lastError ?? 'unknown error'}`, 'copylint.restartServer');
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        return;
      case 'starting':
      case 'stopped':
        this.show('$(sync~spin) CopyLint', 'CopyLint is starting', OPEN_PROBLEMS_COMMAND);
        return;
      case 'running': {
        const c = countBySeverity(copyLintDiagnostics(editor.document.uri));
        const total = c.errors + c.warnings + c.infos;
        if (total === 0) {
          this.show('$(check) CopyLint', 'CopyLint: no findings in this file', OPEN_PROBLEMS_COMMAND);
        } else {
          this.show(`CopyLint $(error) ${c.errors} $(warning) ${c.warnings} $(info) ${c.infos}`,
            `CopyLint in this file: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'note')}. Click to open Problems.`,
            OPEN_PROBLEMS_COMMAND);
        }
        return;
      }
    }
  }

  private show(text: string, tooltip: string, command: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip, role: 'button' };
    this.item.command = command;
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
