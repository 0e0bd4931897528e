// Builds everything a checkout needs: the renderer (Vite) and the Node/Electron
// entry points (esbuild, CommonJS so plain Node 20 and Electron load them).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readdirSync, rmSync, existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

await viteBuild({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });

const REGEXP_FEATURES = {
  'regexp-unicode-property-escapes': true,
  'regexp-lookbehind-assertions': true,
  'regexp-named-capture-groups': true,
  'regexp-match-indices': true,
  'regexp-dot-all-flag': true,
  'regexp-sticky-and-unicode-flags': true,
};

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Native and Electron modules stay outside the bundle; they are loaded at run time.
  external: ['electron', 'better-sqlite3', 'pdfjs-dist'],
  // Keep import() so CommonJS can load the ES-module-only pdfjs-dist. Node 20 has every regex
  // feature the rules use: esbuild would otherwise turn each /\p{L}/u literal into a new RegExp(…)
  // compiled again at every call.
  supported: { 'dynamic-import': true, ...REGEXP_FEATURES },
  logLevel: 'warning',
  legalComments: 'none',
};
await Promise.all([
  // The CLI: a small entry (help without loading anything) and the commands bundle it loads.
  esbuild({ ...node, entryPoints: [join(root, 'cli/entry.ts')], outfile: join(root, 'dist/cli/styrdok.cjs') }),
  // Minified: a third of the size reads and compiles faster on every run; errors reach the user as Swedish messages.
  // No import() in it: the entry runs it from V8's code cache (cli/codeCache.ts), and Node 20 loses the
  // import() hook of cached code; pdfjs-dist, an ES module, then loads through require(), as Node ≥ 20.19 allows.
  esbuild({ ...node, entryPoints: [join(root, 'cli/main.ts')], outfile: join(root, 'dist/cli/commands.cjs'), minify: true, keepNames: false, supported: { 'dynamic-import': false, ...REGEXP_FEATURES } }),
  esbuild({ ...node, entryPoints: [join(root, 'tests/harness/cli.ts')], outfile: join(root, 'dist/harness/server.cjs') }),
  esbuild({ ...node, entryPoints: [join(root, 'bench/editor.ts')], outfile: join(root, 'dist/bench/editor.cjs'), external: [...node.external, 'playwright-core'] }),
  esbuild({ ...node, entryPoints: [join(root, 'bench/compare.ts')], outfile: join(root, 'dist/bench/compare.cjs') }),
  esbuild({ ...node, entryPoints: [join(root, 'bench/rules.ts')], outfile: join(root, 'dist/bench/rules.cjs') }),
  esbuild({ ...node, entryPoints: [join(root, 'bench/batch.ts')], outfile: join(root, 'dist/bench/batch.cjs') }),
  esbuild({ ...node, entryPoints: [join(root, 'bench/cli.ts')], outfile: join(root, 'dist/bench/cli.cjs') }),
  esbuild({ ...node, entryPoints: [join(root, 'bench/import.ts')], outfile: join(root, 'dist/bench/import.cjs') }),
  esbuild({ ...node, entryPoints: [join(root, 'electron/main.ts')], outfile: join(root, 'dist/electron/main.cjs') }),
  // Comparisons run in this worker thread, for Electron's main process and the harness alike.
  esbuild({ ...node, entryPoints: [join(root, 'electron/compareWorker.ts')], outfile: join(root, 'dist/electron/compareWorker.cjs') }),
  // A sandboxed preload may only require 'electron': everything else is bundled in.
  esbuild({ ...node, entryPoints: [join(root, 'electron/preload.ts')], outfile: join(root, 'dist/electron/preload.cjs') }),
]);
// Caches of the previous CLI bundle are stale now (cli/packCache.ts, cli/codeCache.ts).
for (const name of existsSync(join(root, 'dist/cli')) ? readdirSync(join(root, 'dist/cli')) : []) {
  if (name.endsWith('.packs.json') || name.endsWith('.v8cache') || name.endsWith('.tmp')) rmSync(join(root, 'dist/cli', name), { force: true });
}
console.error(`Styrdok byggt på ${((Date.now() - started) / 1000).toFixed(1)} s.`);
