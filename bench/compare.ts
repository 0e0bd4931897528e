import { compareDocuments } from '../core/compare/compare.js';
import { exportComparison } from '../core/docx/writeComparison.js';
import { editedVersion, everythingEdited, hundredPageDoc } from './fixtures.js';

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

/** Comparison figures for issue 4: two 100-page versions, their export, and a version where everything changed. */
export async function benchCompare(): Promise<Record<string, unknown>> {
  const before = hundredPageDoc();
  const after = editedVersion(before);
  const rewritten = everythingEdited(before);
  const comparison = compareDocuments(before, after);
  const options = { author: 'Styrdok', date: '2026-01-01T00:00:00Z', title: 'Jämförelse' };
  return {
    words: before.textContent.split(/\s+/).length,
    compareMedianMs: await time(7, () => compareDocuments(before, after)),
    compareTargetMs: 300,
    exportMedianMs: await time(5, () => exportComparison(comparison, options)),
    exportTargetMs: 1000,
    everythingChangedMedianMs: await time(3, async () => exportComparison(compareDocuments(before, rewritten), options)),
    everythingChangedTargetMs: 2000,
    movedSections: comparison.sections.filter((s) => s.status === 'moved').length,
  };
}

if (require.main === module) {
  benchCompare().then(
    (r) => console.log(JSON.stringify({ compare: r }, null, 2)),
    (e: Error) => {
      console.error(e);
      process.exit(1);
    },
  );
}
