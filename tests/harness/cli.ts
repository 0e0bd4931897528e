import { resolve } from 'node:path';
import { main } from './server.js';

// Bundled to dist/harness/server.cjs; the app root is two folders up.
main(resolve(__dirname, '..', '..')).catch((e: Error) => {
  console.error(`Styrdok kunde inte starta: ${e.message}`);
  process.exit(1);
});
