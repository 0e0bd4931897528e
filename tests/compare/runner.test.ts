import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkerCompareRunner } from '../../electron/compareRunner.js';
import type { CompareJob } from '../../electron/compareJob.js';

/**
 * The runner's promises with a stand-in worker script: a job that never ends
 * is stopped with a Swedish message and the next job gets a fresh worker; a
 * worker that fails says so in Swedish.
 */
const dir = mkdtempSync(join(tmpdir(), 'styrdok-runner-'));
const script = join(dir, 'worker.cjs');
writeFileSync(
  script,
  `const { parentPort } = require('node:worker_threads');
   parentPort.on('message', ({ id, job }) => {
     if (job.options.hang) for (;;) {}
     if (job.options.fail) return parentPort.postMessage({ id, ok: false, error: 'trasig indata' });
     parentPort.postMessage({ id, ok: true, value: { comparison: { changes: [], sections: [], metadata: [], identical: true, coarse: false } } });
   });`,
);
const job = (options: Record<string, boolean>) => ({ old: { body: {}, metadata: {} }, next: { body: {}, metadata: {}, kind: 'riktlinje' }, fields: [], options }) as unknown as CompareJob;

describe('comparison runner (worker thread)', () => {
  it('stops a job that runs too long with a Swedish message, and runs the next in a fresh worker', async () => {
    const runner = createWorkerCompareRunner(script, { ruleFiles: [], patterns: [] }, 1500);
    await expect(runner.run(job({ hang: true }))).rejects.toThrow('Jämförelsen tog för lång tid och avbröts');
    await expect(runner.run(job({}))).resolves.toMatchObject({ comparison: { identical: true } });
    await runner.close();
  }, 30_000);

  it('reports a failed job in Swedish and keeps working', async () => {
    const runner = createWorkerCompareRunner(script, { ruleFiles: [], patterns: [] });
    await expect(runner.run(job({ fail: true }))).rejects.toThrow('Jämförelsen misslyckades: trasig indata');
    await expect(runner.run(job({}))).resolves.toMatchObject({ comparison: { identical: true } });
    await runner.close();
  }, 30_000);
});
