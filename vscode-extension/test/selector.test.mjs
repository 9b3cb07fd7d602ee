// Which documents the language client sends to the server (src/selector.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildSelector, cleanList, normalizeGlob } = require('../dist/lib/selector.js');

test('defaults to markdown, plaintext and html, saved and untitled', () => {
  const sel = buildSelector(undefined, undefined);
  assert.deepEqual(sel.map((f) => `${f.scheme}:${f.language}`), [
    'file:markdown', 'untitled:markdown', 'file:plaintext', 'untitled:plaintext', 'file:html', 'untitled:html']);
});

test('globs become file patterns; bare globs match in any folder', () => {
  const sel = buildSelector(['markdown'], ['*.story', 'drafts/**/*.txt', 'C:\\copy\\*.txt']);
  assert.deepEqual(sel.filter((f) => f.pattern).map((f) => f.pattern), ['**/*.story', 'drafts/**/*.txt', 'C:/copy/*.txt']);
  assert.equal(normalizeGlob('x.md'), '**/x.md');
});

test('bad list entries are dropped, not passed to VS Code', () => {
  assert.deepEqual(cleanList(['markdown', ' markdown ', '', 3, null, 'html']), ['markdown', 'html']);
  assert.deepEqual(cleanList('markdown', ['plaintext']), ['plaintext']);
  assert.deepEqual(buildSelector([], []), []);
});
