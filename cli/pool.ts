import { Worker } from 'node:worker_threads';
import type { CheckOptions, FileError, FileReport } from './checkFile.js';
import type { EngineInput } from './engineSetup.js';

type Result = FileReport | FileError;

/** Files handed to each worker ahead of its answers. */
const IN_FLIGHT = 3;

/**
 * Checks files on all cores: this thread and one worker thread per further
 * core take files from one queue, so a long document never leaves a core idle.
 * This thread checks too: a worker of its own would cost a second load of the
 * code bundle, a second engine and a second warm-up of the JIT, while this
 * thread would only wait. Only paths go to the workers; each reads, imports
 * and checks its file and sends back the report.
 *
 * The workers are started before the packs are loaded (startPool), so loading
 * the code bundle in each worker overlaps with this thread's own work.
 */
export interface Pool {
  /**
   * `checkHere` makes the checker of this thread (one file at a time, between the workers' answers); it is
   * called after the workers have their rules, so they build their engines while this thread builds its own.
   * Null leaves all files to the workers.
   */
  check(files: string[], input: EngineInput, options: CheckOptions, checkHere: (() => (file: string) => Promise<Result>) | null, onDone: (done: number) => void): Promise<Result[]>;
  /** Ends the workers (after check, or when the command stops early). */
  close(): Promise<void>;
}

/** `workers`: threads besides this one. */
export function startPool(script: string, workers: number): Pool {
  const threads = Array.from({ length: workers }, () => new Worker(script, { workerData: { styrdokWorker: true } }));
  return {
    async check(files, input, options, checkHere, onDone) {
      const results: Result[] = new Array(files.length);
      let next = 0;
      let done = 0;
      const finished = (index: number, result: Result) => {
        results[index] = result;
        onDone(++done);
      };
      const inWorkers = threads.map(
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
              outstanding--;
              finished(msg.index, msg.result);
              feed();
            });
            worker.once('error', reject);
            worker.postMessage({ type: 'init', input, options });
            // Files queued ahead: while this thread checks a file of its own it answers no worker,
            // and the worker goes on with the next queued file meanwhile.
            for (let i = 0; i < IN_FLIGHT; i++) feed();
          }),
      );
      const here = (async () => {
        const checkOne = checkHere?.();
        while (checkOne && next < files.length) {
          const index = next++;
          finished(index, await checkOne(files[index]!));
        }
      })();
      await Promise.all([...inWorkers, here]);
      return results;
    },
    async close() {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}
