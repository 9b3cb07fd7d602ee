// CopyLint: Show Rule Documentation — for the finding under the cursor, or a rule picked from this file's
// findings, or a typed rule ID. Opens the link the server attached (codeDescription.href), else the rule page
// bundled with the extension (docs/rules/<ID>.md) or found in the workspace.
import * as vscode from 'vscode';
import { copyLintDiagnostics, ruleOf } from '../findings';

const RULE_ID = /^[A-Za-z]+[0-9]+$/;

export async function showRuleDocumentation(context: vscode.ExtensionContext, ruleIdArg?: unknown): Promise<void> {
  const rule = typeof ruleIdArg === 'string' && RULE_ID.test(ruleIdArg) ? { id: ruleIdArg.toUpperCase() } : await pickRule(context);
  if (!rule) return;
  if (rule.href && (await openDoc(rule.href))) return;
  const bundled = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule.id}.md`);
  if (await exists(bundled)) {
    await openDoc(bundled);
    return;
  }
  const inWorkspace = await vscode.workspace.findFiles(`**/docs/rules/${rule.id}.md`, '**/node_modules/**', 1);
  if (inWorkspace.length > 0) {
    await openDoc(inWorkspace[0]);
    return;
  }
  void vscode.window.showWarningMessage(`CopyLint: no documentation found for ${rule.id}.`);
}

async function pickRule(context: vscode.ExtensionContext): Promise<{ id: string; href?: vscode.Uri } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const diags = editor ? copyLintDiagnostics(editor.document.uri) : [];
  if (editor) {
    const here = diags.filter((d) => d.range.contains(editor.selection.active)).map(ruleOf).filter(isRule);
    if (here.length === 1) return here[0];
  }
  const items = new Map<string, vscode.QuickPickItem & { rule: { id: string; href?: vscode.Uri } }>();
  for (const d of diags) {
    const r = ruleOf(d);
    if (r && !items.has(r.id)) items.set(r.id, { label: r.id, description: 'in this file', detail: d.message, rule: r });
  }
  for (const id of await bundledRuleIds(context)) {
    if (!items.has(id)) items.set(id, { label: id, rule: { id } });
  }
  if (items.size === 0) {
    const typed = await vscode.window.showInputBox({
      prompt: 'Rule ID', placeHolder: 'CL0001', validateInput: (v) => (RULE_ID.test(v.trim()) ? undefined : 'Letters then digits, e.g. CL0001'),
    });
    return typed ? { id: typed.trim().toUpperCase() } : undefined;
  }
  const picked = await vscode.window.showQuickPick([...items.values()].sort((a, b) => a.label.localeCompare(b.label)),
    { placeHolder: 'Show documentation for which CopyLint rule?', matchOnDetail: true });
  return picked?.rule;
}

async function bundledRuleIds(context: vscode.ExtensionContext): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
    return entries.map(([name]) => name).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).filter((n) => RULE_ID.test(n));
  } catch {
    return [];
  }
}

async function openDoc(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme === 'http' || uri.scheme === 'https') return vscode.env.openExternal(uri);
  if (!(await exists(uri))) return false;
  if (uri.path.endsWith('.md')) await vscode.commands.executeCommand('markdown.showPreview', uri);
  else await vscode.window.showTextDocument(uri, { preview: true });
  return true;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function isRule(r: { id: string; href?: vscode.Uri } | undefined): r is { id: string; href?: vscode.Uri } {
  return r !== undefined;
}
