// The copylint.* settings in package.json are exactly the ones the server reads plus the few only the
// extension reads (server-settings.json), and the server's own key list agrees once it exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const extRoot = path.resolve(here, '..');
const repoRoot = path.resolve(extRoot, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(extRoot, 'package.json'), 'utf8'));
const contract = JSON.parse(fs.readFileSync(path.join(extRoot, 'server-settings.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties;
const declared = Object.keys(properties).filter((k) => k.startsWith('copylint.')).map((k) => k.slice('copylint.'.length)).sort();

/**
 * Setting keys from the server source: the string literals of the `Keys` collection in a file named
 * ServerSettings*.cs under src/CopyLint.LanguageServer (with or without the "copylint." prefix).
 * Returns undefined when the server has no such list.
 */
export function serverKeysFromSource(serverDir) {
  if (!fs.existsSync(serverDir)) return undefined;
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'bin' || e.name === 'obj') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/^ServerSettings.*\.cs$/.test(e.name)) files.push(p);
    }
  };
  walk(serverDir);
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    const m = /\bKeys\b(?:\s*\{[^}]*\})?\s*=>?\s*([^;]*);/s.exec(src);
    if (!m) continue;
    const keys = [...m[1].matchAll(/"([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)"/g)]
      .map((x) => x[1].replace(/^copylint\./, ''));
    if (keys.length > 0) return { file: path.relative(repoRoot, file), keys: [...new Set(keys)].sort() };
  }
  return undefined;
}

test('every copylint.* setting in package.json is in the contract, and every contract key is in package.json', () => {
  const contractKeys = [...contract.server, ...contract.client].sort();
  assert.deepEqual(declared, contractKeys,
    'package.json contributes.configuration and server-settings.json disagree');
  const overlap = contract.server.filter((k) => contract.client.includes(k));
  assert.deepEqual(overlap, [], 'a key is listed both as server-read and client-only');
});

test('every setting has a description and a default of its declared type', () => {
  for (const [key, schema] of Object.entries(properties)) {
    assert.ok(schema.description || schema.markdownDescription, `${key} has no description`);
    assert.ok('default' in schema, `${key} has no default`);
    const t = schema.type;
    const d = schema.default;
    const actual = Array.isArray(d) ? 'array' : d === null ? 'null' : Number.isInteger(d) ? 'integer' : typeof d;
    const ok = t === actual || (t === 'number' && actual === 'integer') || (Array.isArray(t) && t.includes(actual));
    assert.ok(ok, `${key}: default ${JSON.stringify(d)} is not of type ${JSON.stringify(t)}`);
    if (schema.enum) assert.ok(schema.enum.includes(d), `${key}: default ${d} not in enum`);
  }
});

test('the server reads exactly the server-side settings (src/CopyLint.LanguageServer ServerSettings.Keys)', (t) => {
  const found = serverKeysFromSource(path.join(repoRoot, 'src', 'CopyLint.LanguageServer'));
  if (!found) {
    t.skip('the server has no ServerSettings Keys list yet; package.json is checked against server-settings.json only');
    return;
  }
  assert.deepEqual(found.keys, [...contract.server].sort(),
    `${found.file} Keys and vscode-extension/server-settings.json "server" disagree`);
});

test('the key extractor reads a C# Keys list in the shapes the server may use', () => {
  const tmp = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || '/tmp'), 'copylint-keys-'));
  try {
    fs.writeFileSync(path.join(tmp, 'ServerSettings.cs'), [
      'namespace CopyLint.LanguageServer;',
      'internal sealed record ServerSettings {',
      '  public const string Section = "copylint";',
      '  public static readonly IReadOnlyList<string> Keys = ["enable", "copylint.severity", "debounceMs"];',
      '}',
    ].join('\n'));
    assert.deepEqual(serverKeysFromSource(tmp).keys, ['debounceMs', 'enable', 'severity']);
    fs.writeFileSync(path.join(tmp, 'ServerSettings.cs'), 'static string[] Keys { get; } = new[] { "globs" };');
    assert.deepEqual(serverKeysFromSource(tmp).keys, ['globs']);
    fs.writeFileSync(path.join(tmp, 'ServerSettings.cs'), 'class ServerSettings { public int DebounceMs; }');
    assert.equal(serverKeysFromSource(tmp), undefined);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
