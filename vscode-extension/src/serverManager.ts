// Owns the language client: starts it lazily when a document CopyLint checks is open, restarts it when the
// settings that shape the launch change, and reports a clear message when the server cannot start.
import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { DocumentSelector, LanguageClient, LanguageClientOptions, ServerOptions, State } from 'vscode-languageclient/node';
import { DOTNET_MAJOR, DOTNET_MISSING_MESSAGE, hasRuntime, resolveServer, ServerCommand } from './launch';
import { buildSelector, SelectorFilter } from './selector';

export type ServerState = 'stopped' | 'starting' | 'running' | 'failed' | 'disabled';

/** Settings that change how the server is launched or which documents it gets: a change restarts it. */
const RESTART_SETTINGS = ['copylint.enable', 'copylint.server.path', 'copylint.languages', 'copylint.globs'];

export class ServerManager implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  private client: LanguageClient | undefined;
  private pending: Promise<LanguageClient | undefined> | undefined;
  private stateValue: ServerState = 'stopped';
  private lastErrorValue: string | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('CopyLint', { log: true });
    this.disposables.push(
      this.output,
      this.stateEmitter,
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (this.stateValue === 'stopped' && this.matches(doc)) void this.ensureStarted();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (RESTART_SETTINGS.some((s) => e.affectsConfiguration(s))) void this.restart(false);
      }),
    );
  }

  get state(): ServerState {
    return this.stateValue;
  }

  get lastError(): string | undefined {
    return this.lastErrorValue;
  }

  get languageClient(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  selector(): SelectorFilter[] {
    const cfg = vscode.workspace.getConfiguration('copylint');
    return buildSelector(cfg.get('languages'), cfg.get('globs'));
  }

  matches(doc: vscode.TextDocument): boolean {
    return vscode.languages.match(this.selector() as vscode.DocumentSelector, doc) > 0;
  }

  /** Start if any open document is one CopyLint checks. */
  startIfNeeded(): void {
    if (vscode.workspace.textDocuments.some((d) => this.matches(d))) void this.ensureStarted();
  }

  /** The running client, starting it if needed. `interactive` shows errors as notifications. */
  async ensureStarted(interactive = true): Promise<LanguageClient | undefined> {
    if (this.client && this.client.state === State.Running) return this.client;
    if (!this.pending) {
      this.pending = this.start(interactive).finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  async restart(interactive = true): Promise<LanguageClient | undefined> {
    await this.stop();
    this.setState('stopped');
    if (interactive) return this.ensureStarted(true);
    this.startIfNeeded();
    return undefined;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      if (client.needsStop()) await client.stop(5000);
    } catch (e) {
      this.output.appendLine(`[copylint] stopping the server: ${errorText(e)}`);
    }
    await client.dispose().catch(() => undefined);
  }

  private async start(interactive: boolean): Promise<LanguageClient | undefined> {
    const cfg = vscode.workspace.getConfiguration('copylint');
    if (cfg.get<boolean>('enable', true) === false) {
      this.setState('disabled');
      return undefined;
    }
    const resolved = resolveServer({
      configuredPath: cfg.get<string>('server.path', ''),
      extensionPath: this.context.extensionPath,
      workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      nodePath: process.execPath,
    });
    if (!resolved.ok) return this.fail(resolved.message, interactive);
    const server = resolved.server;
    if (server.needsDotnet) {
      const problem = await checkDotnetRuntime(server.command);
      if (problem) return this.fail(problem, interactive);
    }
    this.setState('starting');
    this.output.appendLine(`[copylint] starting ${server.origin} server: ${server.command} ${server.args.join(' ')}`);
    const client = new LanguageClient('copylint', 'CopyLint', serverOptions(server), this.clientOptions());
    client.onDidChangeState((e) => {
      if (client !== this.client) return;
      if (e.newState === State.Running) this.setState('running');
      else if (e.newState === State.Stopped && this.stateValue !== 'failed') this.setState('stopped');
    });
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      if (this.client === client) this.client = undefined;
      await client.dispose().catch(() => undefined);
      return this.fail(`The CopyLint server could not start: ${errorText(e)}`, interactive);
    }
    this.lastErrorValue = undefined;
    this.setState('running');
    return client;
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: this.selector() as DocumentSelector,
      diagnosticCollectionName: 'copylint',
      outputChannel: this.output,
      synchronize: {
        configurationSection: 'copylint',
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/copylint.json'),
          vscode.workspace.createFileSystemWatcher('**/*.copylint-pack.json'),
          vscode.workspace.createFileSystemWatcher('**/{rules,rules/packs,rule-packs}/*.json'),
        ],
      },
      markdown: { isTrusted: false, supportHtml: false },
    };
  }

  private fail(message: string, interactive: boolean): undefined {
    this.lastErrorValue = message;
    this.setState('failed');
    this.output.appendLine(`[copylint] ${message}`);
    const actions = ['Show Output', 'Open Settings'];
    const show = interactive ? vscode.window.showErrorMessage(message, ...actions) : vscode.window.showWarningMessage(message, ...actions);
    void show.then((pick) => {
      if (pick === 'Show Output') this.output.show(true);
      else if (pick === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'copylint.server.path');
    });
    return undefined;
  }

  private setState(state: ServerState): void {
    if (this.stateValue === state) return;
    this.stateValue = state;
    this.stateEmitter.fire(state);
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables) d.dispose();
  }
}

function serverOptions(server: ServerCommand): ServerOptions {
  return {
    command: server.command,
    args: server.args,
    options: { env: { ...process.env, ...(server.env ?? {}), DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } },
  };
}

/** Undefined when `dotnet` can run a .NET 10 app; otherwise the message for the user. */
function checkDotnetRuntime(dotnet: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(dotnet, ['--list-runtimes'], { timeout: 15000 }, (err, stdout) => {
      if (err && !stdout) resolve(`${DOTNET_MISSING_MESSAGE} (running "${dotnet} --list-runtimes" failed: ${err.message})`);
      else if (!hasRuntime(String(stdout), DOTNET_MAJOR)) {
        resolve(`${DOTNET_MISSING_MESSAGE} (found ${dotnet}, but it lists no Microsoft.NETCore.App ${DOTNET_MAJOR}.x runtime)`);
      } else resolve(undefined);
    });
  });
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
