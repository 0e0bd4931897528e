import { parentPort, workerData } from 'node:worker_threads';
import { lazyEngine, runCompareJob, type CompareInit, type CompareJob } from './compareJob.js';

/**
 * The comparison worker thread (bundled to dist/electron/compareWorker.cjs).
 * It builds its rule engine once, from the pack texts it was started with.
 */
const getEngine = lazyEngine(workerData as CompareInit);
/** Changes per message: a slice parses in a few milliseconds. */
const SLICE = 400;

parentPort!.on('message', async (msg: { id: number; job: CompareJob }) => {
  try {
    const value = await runCompareJob(msg.job, getEngine);
    if (value.bytes) parentPort!.postMessage({ id: msg.id, ok: true, value }, [value.bytes.buffer as ArrayBuffer]);
    else {
      // A large comparison crosses as JSON bytes (moved, not copied) in slices of changes: the
      // receiving thread parses each slice in a short task of its own while it serves windows.
      const { changes, ...rest } = value.comparison;
      const encode = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
      for (let i = 0; i < changes.length; i += SLICE) {
        const part = encode(changes.slice(i, i + SLICE));
        parentPort!.postMessage({ id: msg.id, part }, [part.buffer as ArrayBuffer]);
      }
      const json = encode(rest);
      parentPort!.postMessage({ id: msg.id, ok: true, json }, [json.buffer as ArrayBuffer]);
    }
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: (e as Error).message });
  }
});
