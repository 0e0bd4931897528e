import { Worker } from 'node:worker_threads';
import type { CheckOptions, FileError, FileReport } from './checkFile.js';
import type { EngineInput } from './engineSetup.js';

type Result = FileReport | FileError;

/** Files handed to each worker ahead of its answers. */
const IN_FLIGHT = 2;

/**
 * Checks files on all cores: one worker thread per core, each with its own
 * engine built from the validated rule set, files handed out one at a time so
 * a long document never leaves the other core idle. Only paths go to the
 * workers; each reads, imports and checks its file and sends back the report.
 *
 * The workers are started before the packs are loaded (start), so loading
 * the code bundle in each worker overlaps with this thread's own work.
 */
export interface Pool {
  check(files: string[], input: EngineInput, options: CheckOptions, onDone: (done: number) => void): Promise<Result[]>;
  /** Ends the workers (after check, or when the command stops early). */
  close(): Promise<void>;
}

export function startPool(script: string, threads: number): Pool {
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: { styrdokWorker: true } }));
  return {
    async check(files, input, options, onDone) {
      const results: Result[] = new Array(files.length);
      let next = 0;
      let done = 0;
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              let outstanding = 0;
              const feed = () => {
                if (next >= files.length) {
                  if (outstanding === 0) resolve();
                  return;
                }
                outstanding++;
                const index = next++;
                worker.postMessage({ type: 'file', index, file: files[index] });
              };
              worker.on('message', (msg: { index: number; result: Result }) => {
                results[msg.index] = msg.result;
                outstanding--;
                onDone(++done);
                feed();
              });
              worker.once('error', reject);
              worker.postMessage({ type: 'init', input, options });
              // Two files in flight per worker: the next one is already queued when a report goes back,
              // so a worker never waits for this thread to answer before it can go on.
              for (let i = 0; i < IN_FLIGHT; i++) feed();
            }),
        ),
      );
      return results;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
