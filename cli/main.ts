import { parentPort, workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { run } from './styrdok.js';
import { buildEngine, type EngineInput } from './engineSetup.js';
import { checkFile, type CheckOptions } from './checkFile.js';
import { packCache } from './packCache.js';

// Bundled to dist/cli/commands.cjs and loaded by the entry (dist/cli/styrdok.cjs):
// the app root is two folders up.

/** Runs a command line; `script` is the entry file, which worker threads start from. */
export function main(argv: string[], script: string): void {
  run(argv, { out: process.stdout, err: process.stderr, appRoot: resolve(__dirname, '..', '..'), script, packCache: packCache(__filename) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      process.stderr.write(`styrdok: oväntat fel: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}

/** A worker thread of `check`: builds its engine from the validated pack texts and checks the files it is sent. */
export function runWorker(): void {
  const { input, options } = workerData as { input: EngineInput; options: CheckOptions };
  const engine = buildEngine(input);
  parentPort!.on('message', async (msg: { index: number; file: string }) => {
    parentPort!.postMessage({ index: msg.index, result: await checkFile(msg.file, engine, options) });
  });
}
