import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { UserError } from '../core/api.js';
import { lazyEngine, runCompareJob, type CompareInit, type CompareJob, type CompareJobResult } from './compareJob.js';
import type { Change, Comparison } from '../core/compare/compare.js';

export type RunCompare = (job: CompareJob) => Promise<CompareJobResult>;

export interface CompareRunner {
  run: RunCompare;
  close(): Promise<void>;
}

/** Longest a comparison may take before it is stopped and the user told. */
const JOB_LIMIT_MS = 120_000;
const TOO_LONG = 'Jämförelsen tog för lång tid och avbröts. Försök jämföra mindre delar av dokumenten.';

/**
 * Runs comparisons in one worker thread, started on first use and restarted
 * after a crash or a stopped job, so a large comparison never blocks the
 * process that serves the windows (Electron's main process, the harness
 * server). Jobs queue; each has a time limit.
 */
export function createWorkerCompareRunner(script: string, init: CompareInit, limitMs = JOB_LIMIT_MS): CompareRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: CompareJobResult) => void; reject: (e: Error) => void; timer: NodeJS.Timeout; parts: Change[][] }>();

  const failAll = (error: Error) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(error);
      pending.delete(id);
    }
  };
  const start = () => {
    const w = new Worker(script, { workerData: init });
    w.on('message', (msg: { id: number; ok?: boolean; value?: CompareJobResult; json?: Uint8Array; part?: Uint8Array; error?: string }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.part) {
        // One slice of a comparison's changes; each arrives as a task of its own.
        p.parts.push(JSON.parse(new TextDecoder().decode(msg.part)) as Change[]);
        return;
      }
      pending.delete(msg.id);
      clearTimeout(p.timer);
      if (!msg.ok) p.reject(new UserError(`Jämförelsen misslyckades: ${msg.error}`));
      else if (msg.json) {
        const rest = JSON.parse(new TextDecoder().decode(msg.json)) as Omit<Comparison, 'changes'>;
        p.resolve({ comparison: { ...rest, changes: p.parts.flat() } });
      } else p.resolve(msg.value!);
    });
    w.on('error', (e) => {
      worker = null;
      failAll(new UserError(`Jämförelsen misslyckades: ${e.message}`));
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
    });
    // An idle worker does not keep the process alive.
    w.unref();
    return w;
  };

  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        worker ??= start();
        const id = nextId++;
        const timer = setTimeout(() => {
          // A runaway job is stopped with its worker; queued jobs fail with it and the next call starts afresh.
          const w = worker;
          worker = null;
          failAll(new UserError(TOO_LONG));
          void w?.terminate();
        }, limitMs);
        pending.set(id, { resolve, reject, timer, parts: [] });
        worker.postMessage({ id, job });
      }),
    close: async () => {
      failAll(new UserError('Programmet avslutas.'));
      await worker?.terminate();
      worker = null;
    },
  };
}

/** In-process runner, for callers without a built worker script (unit tests that call the services directly). */
export function createInProcessCompareRunner(init: CompareInit): CompareRunner {
  const getEngine = lazyEngine(init);
  return { run: (job) => runCompareJob(job, getEngine), close: async () => {} };
}

/** The worker runner when the built worker script exists, else in-process (with a note on stderr). */
export function createCompareRunner(script: string, init: CompareInit): CompareRunner {
  if (existsSync(script)) return createWorkerCompareRunner(script, init);
  console.warn(`[styrdok] ${script} saknas (kör "npm run build"); jämförelser körs i huvudprocessen.`);
  return createInProcessCompareRunner(init);
}
