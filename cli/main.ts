import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { run } from './styrdok.js';
import { buildEngine, type EngineInput } from './engineSetup.js';
import { checkFile, type CheckOptions } from './checkFile.js';

// Bundled to dist/cli/styrdok.cjs: the app root is two folders up. The same
// file runs as a worker thread when `check` spreads files over the cores.
if (!isMainThread && workerData?.styrdokWorker) {
  const { input, options } = workerData as { input: EngineInput; options: CheckOptions };
  const engine = buildEngine(input);
  parentPort!.on('message', async (msg: { index: number; file: string }) => {
    parentPort!.postMessage({ index: msg.index, result: await checkFile(msg.file, engine, options) });
  });
} else {
  run(process.argv.slice(2), { out: process.stdout, err: process.stderr, appRoot: resolve(__dirname, '..', '..'), script: __filename }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      process.stderr.write(`styrdok: oväntat fel: ${e.message}\n`);
      process.exitCode = 2;
    },
  );
}
