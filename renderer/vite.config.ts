import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // No inline scripts or eval in the output: the CSP forbids them.
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'chrome120',
    // One local bundle is fine for a desktop app; nothing is fetched over a network.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  // Chromium has every regex feature the rules use: without this, esbuild turns each /\p{L}/u
  // literal into a new RegExp(…) compiled again at every call.
  esbuild: {
    jsx: 'automatic',
    supported: {
      'regexp-unicode-property-escapes': true,
      'regexp-lookbehind-assertions': true,
      'regexp-named-capture-groups': true,
      'regexp-match-indices': true,
    },
  },
  logLevel: 'warn',
});
