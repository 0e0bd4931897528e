import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/dataFiles.js';

/**
 * Robustness figures of the last run (cases tried, worst time), one JSON line
 * each in dist/robustness-figures.jsonl, for the README section
 * "Tillförlitlighet och säkerhet". Figures only; no assertion depends on them.
 */
export function recordFuzz(what: string, cases: number, worstMs: number, extra: Record<string, number> = {}): void {
  const line = JSON.stringify({ what, cases, worstMs: Math.round(worstMs), ...extra, at: new Date().toISOString() });
  try {
    mkdirSync(join(ROOT, 'dist'), { recursive: true });
    appendFileSync(join(ROOT, 'dist', 'robustness-figures.jsonl'), line + '\n');
  } catch {
    /* figures are a courtesy; a read-only checkout still runs the tests */
  }
}

/** Runs fn and reports its time and what it threw (undefined if it returned). */
export async function timed(fn: () => unknown): Promise<{ ms: number; error: unknown; value: unknown }> {
  const started = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - started, error: undefined, value };
  } catch (error) {
    return { ms: performance.now() - started, error, value: undefined };
  }
}
