// CopyLint's diagnostics, told apart from other extensions' by their source.
import * as vscode from 'vscode';

export function isCopyLintDiagnostic(d: vscode.Diagnostic): boolean {
  return typeof d.source === 'string' && d.source.toLowerCase().startsWith('copylint');
}

export function copyLintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(isCopyLintDiagnostic);
}

/** The rule ID of a diagnostic (its code), and the documentation link the server attached, if any. */
export function ruleOf(d: vscode.Diagnostic): { id: string; href?: vscode.Uri } | undefined {
  const code = d.code;
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'object') return { id: String(code.value), href: code.target };
  return { id: String(code) };
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countBySeverity(diags: readonly vscode.Diagnostic[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diags) {
    if (d.severity === vscode.DiagnosticSeverity.Error) c.errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) c.warnings++;
    else c.infos++;
  }
  return c;
}
