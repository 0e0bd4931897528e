import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleFiles, RuleEngine } from '../core/rules/engine.js';
import type { DataFile } from '../core/data/loadYaml.js';
import type { DiarienummerPattern } from '../core/model/templates.js';
import { runCompareJob, type CompareJob } from './compareJob.js';

/**
 * The comparison worker thread (bundled to dist/electron/compareWorker.cjs).
 * It builds its rule engine once, from the pack texts it was started with.
 */
const init = workerData as { ruleFiles: DataFile[]; patterns: DiarienummerPattern[] };
let engine: RuleEngine | null = null;
const getEngine = () => (engine ??= new RuleEngine(loadRuleFiles(init.ruleFiles).ruleSet, { diarienummerPatterns: init.patterns }));

parentPort!.on('message', async (msg: { id: number; job: CompareJob }) => {
  try {
    const value = await runCompareJob(msg.job, getEngine);
    if (value.bytes) parentPort!.postMessage({ id: msg.id, ok: true, value }, [value.bytes.buffer as ArrayBuffer]);
    else {
      // A large comparison crosses as JSON bytes (moved, not copied): the receiving thread parses it
      // in one short step instead of rebuilding tens of thousands of objects while serving windows.
      const json = new TextEncoder().encode(JSON.stringify(value.comparison));
      parentPort!.postMessage({ id: msg.id, ok: true, json }, [json.buffer as ArrayBuffer]);
    }
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: (e as Error).message });
  }
});
