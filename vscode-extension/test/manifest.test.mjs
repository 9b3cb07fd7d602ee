// package.json promises (commands, activation, schemas) that the code and the packaging script must keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const extRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(extRoot, 'package.json'), 'utf8'));
const source = fs.readdirSync(path.join(extRoot, 'src'), { recursive: true })
  .filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(extRoot, 'src', f), 'utf8')).join('\n');

test('every contributed command is registered by the extension, and titled under the CopyLint category', () => {
  for (const c of manifest.contributes.commands) {
    assert.ok(source.includes(`registerCommand('${c.command}'`), `${c.command} is contributed but never registered`);
    assert.equal(c.category, 'CopyLint');
  }
  const titles = manifest.contributes.commands.map((c) => c.title).sort();
  assert.deepEqual(titles, ['Create copylint.json', 'Lint Workspace', 'Restart Server', 'Show Rule Documentation']);
});

test('no contributed command id collides with the server command the language client registers itself', () => {
  assert.ok(!manifest.contributes.commands.some((c) => c.command === 'copylint.lintWorkspace'));
});

test('activates on markdown, plaintext and html', () => {
  for (const lang of ['markdown', 'plaintext', 'html']) assert.ok(manifest.activationEvents.includes(`onLanguage:${lang}`));
  assert.deepEqual(manifest.contributes.configuration.properties['copylint.languages'].default, ['markdown', 'plaintext', 'html']);
});

test('schemas for copylint.json and rule packs come from rules/schema at package time', () => {
  const urls = manifest.contributes.jsonValidation.map((j) => j.url).sort();
  assert.deepEqual(urls, ['./schemas/copylint.schema.json', './schemas/rule-pack.schema.json']);
  const script = fs.readFileSync(path.join(extRoot, '..', 'scripts', 'package-extension.sh'), 'utf8');
  for (const u of urls) assert.ok(script.includes(path.basename(u)), `package-extension.sh does not ship ${u}`);
  const ignore = fs.readFileSync(path.join(extRoot, '.vscodeignore'), 'utf8');
  assert.match(ignore, /^!schemas\/\*\*$/m);
  assert.match(ignore, /^!server\/\*\*$/m);
});

test('the bundle entry point is what esbuild writes', () => {
  assert.equal(manifest.main, './dist/extension.js');
  assert.match(fs.readFileSync(path.join(extRoot, 'esbuild.mjs'), 'utf8'), /outfile: 'dist\/extension\.js'/);
});
