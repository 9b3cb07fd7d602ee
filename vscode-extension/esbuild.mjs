// Bundles the extension (and vscode-languageclient) into one CommonJS file; `vscode` stays external.
// Also emits dist/launch.js: the pure server-resolution logic, so node:test can load it without VS Code.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: process.argv.includes('--minify') });
await build({ ...common, entryPoints: ['src/launch.ts', 'src/selector.ts', 'src/starterConfig.ts', 'src/summary.ts'], outdir: 'dist/lib' });
