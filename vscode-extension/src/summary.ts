// The message shown when Lint Workspace finishes. Pure module (no `vscode`), tested in test/summary.test.mjs.

/** One line for the user from whatever summary the server returns ({files, diagnostics} or similar). */
export function summarize(result: unknown): string {
  if (result && typeof result === 'object') {
    const r = result as Record<string, unknown>;
    const files = firstNumber(r, ['files', 'fileCount', 'filesChecked']);
    const findings = firstNumber(r, ['diagnostics', 'findings', 'diagnosticCount', 'findingCount']);
    if (files !== undefined && findings !== undefined) {
      return `CopyLint checked ${files} file${files === 1 ? '' : 's'}: ${findings} finding${findings === 1 ? '' : 's'}.`;
    }
  }
  return 'CopyLint finished checking the workspace.';
}

function firstNumber(r: Record<string, unknown>, keys: string[]): number | undefined {
  for (const k of keys) {
    const v = r[k];
    if (typeof v === 'number') return v;
    if (Array.isArray(v)) return v.length;
  }
  return undefined;
}
