import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Node as PMNode } from 'prosemirror-model';
import { compareDocuments } from '../core/compare/compare.js';
import { exportComparison } from '../core/docx/writeComparison.js';
import { schema } from '../core/model/schema.js';
import { startHarness } from '../tests/harness/server.js';
import { editedVersion, everythingEdited, hundredPageDoc, makeText } from './fixtures.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

async function time<T>(runs: number, fn: () => Promise<T> | T): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return round(median(times));
}

/** The worst case of issue 11: paragraphs without headings, nothing in common between the versions. */
const UNRELATED = 3000;
const unrelatedTexts = (seed: number) => Array.from({ length: UNRELATED }, (_, i) => makeText(25, seed + i * 7));
const asDoc = (texts: string[]): PMNode => schema.nodes.doc.create(null, texts.map((t) => schema.nodes.paragraph.create(null, schema.text(t))));

/** Comparison figures: two 100-page versions and their export (issue 4); the unrelated worst case end to end, in-process and in the harness (issue 11). */
export async function benchCompare(appRoot: string): Promise<Record<string, unknown>> {
  const before = hundredPageDoc();
  const after = editedVersion(before);
  const rewritten = everythingEdited(before);
  const comparison = compareDocuments(before, after);
  const options = { author: 'Styrdok', date: '2026-01-01T00:00:00Z', title: 'Jämförelse' };
  const figures: Record<string, unknown> = {
    words: before.textContent.split(/\s+/).length,
    compareMedianMs: await time(7, () => compareDocuments(before, after)),
    compareTargetMs: 300,
    exportMedianMs: await time(5, () => exportComparison(comparison, options)),
    exportTargetMs: 1000,
    everythingChangedMedianMs: await time(3, async () => exportComparison(compareDocuments(before, rewritten), options)),
    everythingChangedTargetMs: 2000,
    movedSections: comparison.sections.filter((s) => s.status === 'moved').length,
  };

  // Worst case in-process: 3,000 unrelated paragraphs without headings.
  const oldTexts = unrelatedTexts(1);
  const newTexts = unrelatedTexts(500_000);
  const oldDoc = asDoc(oldTexts);
  const newDoc = asDoc(newTexts);
  const worst = compareDocuments(oldDoc, newDoc, { ignoreWhitespace: true });
  figures.unrelatedParagraphs = UNRELATED;
  figures.unrelatedCompareMedianMs = await time(3, () => compareDocuments(oldDoc, newDoc, { ignoreWhitespace: true }));
  figures.unrelatedCompareAndExportMedianMs = await time(3, async () => exportComparison(compareDocuments(oldDoc, newDoc, { ignoreWhitespace: true }), options));
  figures.unrelatedInProcessTargetMs = 2000;
  figures.unrelatedCoarse = worst.coarse;

  // End to end: `styrdok compare` in its own process, reading two text files and writing the Word file.
  const dir = mkdtempSync(join(tmpdir(), 'styrdok-bench-cmp-'));
  try {
    writeFileSync(join(dir, 'gammal.txt'), oldTexts.join('\n\n') + '\n');
    writeFileSync(join(dir, 'ny.txt'), newTexts.join('\n\n') + '\n');
    const cli = join(appRoot, 'dist', 'cli', 'styrdok.cjs');
    figures.unrelatedCliMedianMs = await time(3, () => {
      execFileSync(process.execPath, [cli, 'compare', join(dir, 'gammal.txt'), join(dir, 'ny.txt'), '-o', join(dir, 'ut.docx'), '--force'], { stdio: 'ignore' });
    });
    figures.unrelatedCliTargetMs = 5000;
    Object.assign(figures, await harnessEventLoop(appRoot, dir, oldDoc, newDoc));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/**
 * The back end's event loop while it compares and exports the worst case over
 * HTTP: the harness server runs the same services as Electron's main process,
 * so a long block here would freeze every window there.
 */
async function harnessEventLoop(appRoot: string, dir: string, oldDoc: PMNode, newDoc: PMNode): Promise<Record<string, unknown>> {
  const harness = await startHarness({ appRoot, dataDir: join(dir, 'data') });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await fetch(new URL(`/api/${method}`, harness.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
    const answer = (await res.json()) as { ok: boolean; value: T; error?: string };
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  };
  try {
    const doc = await call<{ id: string }>('createDocument', { kind: 'riktlinje', title: 'Jämförelsebänk' });
    await call('saveDocument', { id: doc.id, metadata: { title: 'Jämförelsebänk' }, body: oldDoc.toJSON() });
    const version = await call<{ id: string }>('saveVersion', { documentId: doc.id, label: '1' });
    await call('saveDocument', { id: doc.id, metadata: { title: 'Jämförelsebänk' }, body: newDoc.toJSON() });
    const input = { documentId: doc.id, oldVersionId: version.id, newVersionId: null };
    await call('compareVersions', input); // starts the worker thread
    // The same measure with nothing to do, for scale: on a loaded machine the scheduler alone delays the loop.
    const idle = monitorEventLoopDelay({ resolution: 10 });
    idle.enable();
    await new Promise((r) => setTimeout(r, 3000));
    idle.disable();
    const measure = async (fn: () => Promise<unknown>) => {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const ms = await time(3, fn);
      delay.disable();
      return { ms, max: round(delay.max / 1e6), p99: round(delay.percentile(99) / 1e6) };
    };
    const compared = await measure(() => call('compareVersions', input));
    // Export of the working copy first snapshots it as a version (the store's synchronous write is part of this figure).
    const exported = await measure(() => call('exportComparisonDocx', input));
    return {
      harnessUnrelatedCompareMedianMs: compared.ms,
      harnessUnrelatedExportMedianMs: exported.ms,
      harnessEventLoopMaxDelayMs: Math.max(compared.max, exported.max),
      harnessEventLoopCompareMaxDelayMs: compared.max,
      harnessEventLoopExportMaxDelayMs: exported.max,
      harnessEventLoopP99DelayMs: Math.max(compared.p99, exported.p99),
      harnessEventLoopTargetMs: 100,
      harnessEventLoopIdleMaxDelayMs: round(idle.max / 1e6),
    };
  } finally {
    await harness.close();
  }
}

if (require.main === module) {
  // Bundled to dist/bench/compare.cjs: the app root is two folders up.
  benchCompare(resolve(__dirname, '..', '..')).then(
    (r) => console.log(JSON.stringify({ compare: r }, null, 2)),
    (e: Error) => {
      console.error(e);
      process.exit(1);
    },
  );
}
