import { parentPort } from 'node:worker_threads';
import type { RuleEngine } from '../core/rules/engine.js';
import { resolve } from 'node:path';
import { run } from './styrdok.js';
import { buildEngine, type EngineInput } from './engineSetup.js';
import { checkFile, type CheckOptions } from './checkFile.js';
import { packCache } from './packCache.js';

// Bundled to dist/cli/commands.cjs and loaded by the entry (dist/cli/styrdok.cjs):
// the app root is two folders up.

/** Runs a command line; `script` is the entry file, which worker threads start from. */
export function main(argv: string[], script: string): void {
  run(argv, { out: process.stdout, err: process.stderr, appRoot: resolve(__dirname, '..', '..'), script, packCache: packCache(__filename), threads: threadsFromEnv(), workersOnly: process.env.STYRDOK_WORKERS_ONLY === '1' }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      process.stderr.write(`styrdok: oväntat fel: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * A worker thread of `check`: started before the packs are loaded, it gets the
 * validated rule set first, builds its engine, then checks the files it is sent.
 */
export function runWorker(): void {
  let engine: RuleEngine | null = null;
  let options: CheckOptions | null = null;
  parentPort!.on('message', async (msg: { type: 'init'; input: EngineInput; options: CheckOptions } | { type: 'file'; index: number; file: string }) => {
    if (msg.type === 'init') {
      engine = buildEngine(msg.input);
      options = msg.options;
      return;
    }
    parentPort!.postMessage({ index: msg.index, result: await checkFile(msg.file, engine!, options!) });
  });
}

/**
 * STYRDOK_THREADS limits the threads (the batch bench compares one thread with all);
 * STYRDOK_WORKERS_ONLY=1 leaves the checking to that many worker threads.
 */
function threadsFromEnv(): number | undefined {
  const n = Number(process.env.STYRDOK_THREADS);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
