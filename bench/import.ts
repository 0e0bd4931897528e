import { readFileSync, existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importFile } from '../core/import/importFile.js';
import { parsePlainText } from '../core/import/plainText.js';
import { readPdfPages } from '../core/import/pdf/extract.js';
import { pageLines } from '../core/import/pdf/lines.js';
import { exportDocument } from '../core/docx/write.js';
import { headingEntries } from '../core/model/outline.js';
import { headingPdfs, scoreHeadings, type HeadingCase } from '../tests/helpers/headingPdfs.js';
import { makeText } from './fixtures.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

async function time(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return Math.round(median(ms) * 10) / 10;
}

const hasLibreOffice = () => spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** Heading precision/recall of the layout import, beside the old way: the PDF's bare lines through the plain-text parser. */
async function headingScores(cases: HeadingCase[]) {
  const out: Record<string, unknown> = {};
  for (const set of ['tuned', 'set-aside'] as const) {
    const chosen = cases.filter((c) => c.fixture.set === set);
    const layout = [];
    const baseline = [];
    for (const c of chosen) {
      const bytes = new Uint8Array(readFileSync(c.pdf));
      const doc = await importFile(`${c.fixture.name}.pdf`, bytes);
      layout.push({ expected: c.expected, found: headingEntries(doc.body).map((h) => ({ level: h.level, text: h.heading })) });
      const text = (await readPdfPages(bytes)).map((p, i) => pageLines(p, i).map((l) => l.text).join('\n')).join('\n\n');
      baseline.push({ expected: c.expected, found: parsePlainText(text).blocks.flatMap((b) => (b.type === 'heading' ? [{ level: b.level, text: b.text }] : [])) });
    }
    const r = (s: ReturnType<typeof scoreHeadings>) => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), levelsRight: round(s.levels), headings: s.expected });
    out[set] = { documents: chosen.length, layout: r(scoreHeadings(layout)), lineShapeBaseline: r(scoreHeadings(baseline)) };
  }
  return out;
}

export async function benchImport(root: string): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  const seeds = join(root, '..', 'shared', 'seeds');
  const seedFile = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('001_')) : undefined;
  if (seedFile) {
    const bytes = new Uint8Array(readFileSync(join(seeds, seedFile)));
    for (let i = 0; i < 10; i++) await importFile('seed001.txt', bytes); // warm up
    // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
    const cpu: number[] = [];
    for (let i = 0; i < 15; i++) {
      const c = process.cpuUsage();
      await importFile('seed001.txt', bytes);
      const d = process.cpuUsage(c);
      cpu.push((d.user + d.system) / 1000);
    }
    result.seed001Text = {
      chars: bytes.length,
      importMedianMs: await time(15, () => importFile('seed001.txt', bytes)),
      importCpuMedianMs: Math.round(median(cpu) * 10) / 10,
      targetMs: 25,
    };
  }
  // The 300 documents of 10–30 pages that bench/rules.ts checks with the CLI: their import alone, in this thread.
  const batch: Uint8Array[] = [];
  for (let n = 0; n < 300; n++) {
    const parts = [`Riktlinje nummer ${n}`, '', `Datum: 2026-0${1 + (n % 9)}-1${n % 10}`, ''];
    for (let s = 0; s < 10 + (n % 21); s++) parts.push(`Avsnitt ${s + 1}`, makeText(400, n * 100 + s), '');
    batch.push(new TextEncoder().encode(parts.join('\n')));
  }
  result.batch300Text = {
    documents: batch.length,
    importMs: await time(1, async () => {
      for (const d of batch) await importFile('dok.txt', d);
    }),
  };
  if (!hasLibreOffice()) {
    result.pdf = 'skipped: libreoffice saknas';
    return result;
  }
  result.headings = await headingScores(await headingPdfs(root, join(root, '..', 'shared', 'corpus', 'docs')));
  if (seedFile) {
    // Seed 001 exported to Word by Styrdok and turned into a PDF by LibreOffice.
    const cache = join(tmpdir(), 'styrdok-bench-import');
    mkdirSync(cache, { recursive: true });
    const pdf = join(cache, 'seed001.pdf');
    if (!existsSync(pdf)) {
      const doc = await importFile('seed001.txt', new Uint8Array(readFileSync(join(seeds, seedFile))));
      const docx = await exportDocument({ kind: doc.suggestedKind ?? 'riktlinje', metadata: doc.metadata, body: doc.body, metadataRows: [], author: 'Styrdok' });
      writeFileSync(join(cache, 'seed001.docx'), docx);
      execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', cache, join(cache, 'seed001.docx')], { stdio: 'ignore', timeout: 180_000 });
    }
    const bytes = new Uint8Array(readFileSync(pdf));
    const pages = (await readPdfPages(bytes)).length;
    result.seed001Pdf = { pages, bytes: bytes.length, importMedianMs: await time(3, () => importFile('seed001.pdf', bytes)), targetMs: 3000 };
  }
  return result;
}

if (require.main === module) {
  benchImport(resolve(__dirname, '..', '..')).then(
    (r) => console.log(JSON.stringify({ import: r }, null, 2)),
    (e: Error) => {
      console.error(e);
      process.exit(1);
    },
  );
}
