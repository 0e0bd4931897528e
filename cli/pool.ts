import { Worker } from 'node:worker_threads';
import type { CheckOptions, FileError, FileReport } from './checkFile.js';
import type { EngineInput } from './engineSetup.js';

/**
 * Checks files on all cores: one worker thread per core, each with its own
 * engine built from the same pack texts, files handed out one at a time.
 */
export async function checkInPool(
  script: string,
  files: string[],
  input: EngineInput,
  options: CheckOptions,
  threads: number,
  onDone: (done: number) => void,
): Promise<(FileReport | FileError)[]> {
  const results: (FileReport | FileError)[] = new Array(files.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { styrdokWorker: true, input, options } });
        const feed = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          worker.postMessage({ index, file: files[index] });
        };
        worker.on('message', (msg: { index: number; result: FileReport | FileError }) => {
          results[msg.index] = msg.result;
          onDone(++done);
          feed();
        });
        worker.on('error', reject);
        worker.once('online', feed);
      }),
    ),
  );
  return results;
}
