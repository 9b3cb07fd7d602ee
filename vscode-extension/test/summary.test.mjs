// What the user reads after Lint Workspace, and the copylint.json that Create copylint.json writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { summarize } = require('../dist/lib/summary.js');
const { STARTER_CONFIG } = require('../dist/lib/starterConfig.js');
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('Lint Workspace summary uses the server result {files, findings}', () => {
  assert.equal(summarize({ files: 2, findings: 1 }), 'CopyLint checked 2 files: 1 finding.');
  assert.equal(summarize({ files: 1, findings: 0 }), 'CopyLint checked 1 file: 0 findings.');
  assert.equal(summarize({ files: 3, diagnostics: [1, 2] }), 'CopyLint checked 3 files: 2 findings.');
  assert.equal(summarize(null), 'CopyLint finished checking the workspace.');
  assert.equal(summarize({ files: 'x' }), 'CopyLint finished checking the workspace.');
});

test('the starter copylint.json is valid JSON once comments go, and uses only keys the schema allows', (t) => {
  const json = JSON.parse(STARTER_CONFIG.replace(/^\s*\/\/.*$/gm, ''));
  assert.equal(json.root, true);
  assert.deepEqual(json.rules, {}, 'the starter must not change any rule level');
  const schemaPath = path.join(repoRoot, 'rules', 'schema', 'copylint.schema.json');
  if (!fs.existsSync(schemaPath)) {
    t.skip('rules/schema/copylint.schema.json is not in this checkout');
    return;
  }
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  for (const key of Object.keys(json)) assert.ok(key in schema.properties, `starter key "${key}" is not in copylint.schema.json`);
});
