// How the extension decides what to run as the server (src/launch.ts, built to dist/lib by `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const launch = require('../dist/lib/launch.js');

const EXT = '/opt/ext';
const DLL = path.join(EXT, 'server', 'copylint-server.dll');
const base = { configuredPath: '', extensionPath: EXT, nodePath: '/usr/bin/node' };

test('default: the bundled server dll run with dotnet', () => {
  const r = launch.resolveServer({ ...base, exists: (p) => p === DLL, findDotnet: () => '/usr/bin/dotnet' });
  assert.equal(r.ok, true);
  assert.deepEqual(r.server, { command: '/usr/bin/dotnet', args: [DLL], origin: 'bundled', needsDotnet: true });
});

test('no dotnet: a message that names the .NET 10 runtime and where to get it', () => {
  const r = launch.resolveServer({ ...base, exists: (p) => p === DLL, findDotnet: () => undefined });
  assert.equal(r.ok, false);
  assert.match(r.message, /\.NET 10/);
  assert.match(r.message, /dotnet\.microsoft\.com\/download\/dotnet\/10\.0/);
  assert.match(r.message, /copylint\.server\.path/);
});

test('no bundled server: says how to get one', () => {
  const r = launch.resolveServer({ ...base, exists: () => false, findDotnet: () => '/usr/bin/dotnet' });
  assert.equal(r.ok, false);
  assert.match(r.message, /no bundled server/);
  assert.match(r.message, /package-extension\.sh/);
});

test('copylint.server.path: an executable runs as is, relative paths resolve against the workspace', () => {
  const exe = '/ws/tools/copylint-server';
  const r = launch.resolveServer({ ...base, configuredPath: 'tools/copylint-server', workspaceFolder: '/ws', exists: (p) => p === exe });
  assert.deepEqual(r.server, { command: exe, args: [], origin: 'setting', needsDotnet: false });
});

test('copylint.server.path: a dll runs with dotnet, a .js server with the extension host node', () => {
  const dll = '/srv/copylint-server.dll';
  const r1 = launch.resolveServer({ ...base, configuredPath: dll, exists: (p) => p === dll, findDotnet: () => '/d/dotnet' });
  assert.deepEqual(r1.server.args, [dll]);
  assert.equal(r1.server.command, '/d/dotnet');
  const js = '/srv/stub/server.js';
  const r2 = launch.resolveServer({ ...base, configuredPath: js, exists: (p) => p === js });
  assert.equal(r2.server.command, '/usr/bin/node');
  assert.deepEqual(r2.server.args, [js, '--stdio']);
  assert.equal(r2.server.env.ELECTRON_RUN_AS_NODE, '1');
});

test('copylint.server.path pointing nowhere: names the path', () => {
  const r = launch.resolveServer({ ...base, configuredPath: '/nope/server', exists: () => false });
  assert.equal(r.ok, false);
  assert.match(r.message, /\/nope\/server/);
});

test('findDotnet: DOTNET_ROOT first, then PATH', () => {
  const env = { DOTNET_ROOT: '/r', PATH: ['/a', '/b'].join(path.delimiter) };
  assert.equal(launch.findDotnet(env, (p) => p === '/r/dotnet' || p === '/b/dotnet'), '/r/dotnet');
  assert.equal(launch.findDotnet(env, (p) => p === '/b/dotnet'), '/b/dotnet');
  assert.equal(launch.findDotnet({ PATH: '' }, () => false), undefined);
});

test('hasRuntime reads `dotnet --list-runtimes`', () => {
  const out = 'Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]\n' +
    'Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n';
  assert.equal(launch.hasRuntime(out, 10), false);
  assert.equal(launch.hasRuntime(out + 'Microsoft.NETCore.App 10.0.1 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n', 10), true);
  assert.equal(launch.hasRuntime('Microsoft.AspNetCore.App 10.0.1 [x]\n', 10), false);
});
