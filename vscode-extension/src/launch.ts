// Decides how to start the CopyLint language server. Pure Node (no `vscode` import) so tests can run it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The .NET runtime major version the bundled (framework-dependent) server targets. */
export const DOTNET_MAJOR = 10;
export const BUNDLED_SERVER_DLL = path.join('server', 'copylint-server.dll');

export const DOTNET_MISSING_MESSAGE =
  `CopyLint needs the .NET ${DOTNET_MAJOR} runtime to run its checks, and it was not found. ` +
  `Install the ".NET ${DOTNET_MAJOR}.0 Runtime" from https://dotnet.microsoft.com/download/dotnet/${DOTNET_MAJOR}.0 ` +
  `(Linux: your package manager's dotnet-runtime-${DOTNET_MAJOR}.0), then run "CopyLint: Restart Server". ` +
  `Or set "copylint.server.path" to a self-contained copylint-server.`;

export interface ServerCommand {
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** What the user should read in logs: where the command came from. */
  origin: 'setting' | 'bundled';
  /** True when the command runs through `dotnet`, so the runtime check applies. */
  needsDotnet: boolean;
}

export type LaunchResult = { ok: true; server: ServerCommand } | { ok: false; message: string };

export interface LaunchInput {
  /** Value of copylint.server.path ('' = use the bundled server). */
  configuredPath: string;
  /** Folder of the installed extension. */
  extensionPath: string;
  /** First workspace folder, to resolve a relative copylint.server.path. */
  workspaceFolder?: string;
  /** Node executable that can run a .js server (the extension host's). */
  nodePath: string;
  /** Finds `dotnet`; injectable for tests. */
  findDotnet?: () => string | undefined;
  exists?: (p: string) => boolean;
}

/** Where `dotnet` lives: DOTNET_ROOT, then PATH, then the usual install folders. */
export function findDotnet(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = isFile): string | undefined {
  const exe = process.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const candidates: string[] = [];
  if (env.DOTNET_ROOT) candidates.push(path.join(env.DOTNET_ROOT, exe));
  for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, exe));
  if (process.platform === 'win32') {
    candidates.push(path.join(env.ProgramFiles ?? 'C:\\Program Files', 'dotnet', exe));
  } else {
    candidates.push('/usr/local/share/dotnet/dotnet', '/usr/share/dotnet/dotnet', '/usr/lib/dotnet/dotnet',
      '/opt/homebrew/bin/dotnet', path.join(os.homedir(), '.dotnet', 'dotnet'));
  }
  return candidates.find((c) => exists(c));
}

/** Does `dotnet --list-runtimes` output contain Microsoft.NETCore.App of the given major version? */
export function hasRuntime(listRuntimesOutput: string, major: number = DOTNET_MAJOR): boolean {
  const re = new RegExp(`^Microsoft\\.NETCore\\.App ${major}\\.`, 'm');
  return re.test(listRuntimesOutput);
}

export function expandPath(p: string, workspaceFolder?: string): string {
  let out = p.trim();
  if (out === '~' || out.startsWith('~/') || out.startsWith('~\\')) out = path.join(os.homedir(), out.slice(1));
  if (!path.isAbsolute(out) && workspaceFolder) out = path.join(workspaceFolder, out);
  return path.normalize(out);
}

/** Resolve the command that starts the server, or a message telling the user what is missing. */
export function resolveServer(input: LaunchInput): LaunchResult {
  const exists = input.exists ?? isFile;
  const locateDotnet = input.findDotnet ?? (() => findDotnet(process.env, exists));
  const configured = (input.configuredPath ?? '').trim();

  if (configured) {
    const target = expandPath(configured, input.workspaceFolder);
    if (!exists(target)) {
      return { ok: false, message: `The CopyLint server set in "copylint.server.path" was not found: ${target}` };
    }
    return commandFor(target, 'setting', input.nodePath, locateDotnet);
  }

  const bundled = path.join(input.extensionPath, BUNDLED_SERVER_DLL);
  if (!exists(bundled)) {
    return {
      ok: false,
      message: `This CopyLint build has no bundled server (${bundled} is missing). ` +
        `Package the extension with scripts/package-extension.sh, or set "copylint.server.path".`,
    };
  }
  return commandFor(bundled, 'bundled', input.nodePath, locateDotnet);
}

function commandFor(target: string, origin: ServerCommand['origin'], nodePath: string,
  locateDotnet: () => string | undefined): LaunchResult {
  const ext = path.extname(target).toLowerCase();
  if (ext === '.dll') {
    const dotnet = locateDotnet();
    if (!dotnet) return { ok: false, message: DOTNET_MISSING_MESSAGE };
    return { ok: true, server: { command: dotnet, args: [target], origin, needsDotnet: true } };
  }
  if (ext === '.js' || ext === '.cjs' || ext === '.mjs') {
    // A Node-based server (used for development against a stub). The extension host may be Electron.
    return {
      ok: true,
      server: { command: nodePath, args: [target, '--stdio'], env: { ELECTRON_RUN_AS_NODE: '1' }, origin, needsDotnet: false },
    };
  }
  return { ok: true, server: { command: target, args: [], origin, needsDotnet: false } };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
