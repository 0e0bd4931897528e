import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Batch throughput of `styrdok check` (issue 8): 300 documents of 10–30 pages
 * built from the paragraphs of real documents (seeds and corpus, shuffled with
 * a fixed seed), checked by one thread and by the worker pool on all cores.
 */
const DOCUMENTS = Number(process.env.STYRDOK_BENCH_DOCS) || 300;
const PAGE_CHARS = 2_500;

function paragraphsOf(root: string): string[] {
  const dirs = [join(root, '..', 'shared', 'seeds'), join(root, '..', 'shared', 'corpus', 'docs')].filter(existsSync);
  const out: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const p of readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/)) if (p.trim().length > 40) out.push(p.trim());
    }
  }
  return out;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same batch. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['Riktlinje för stöd till anhöriga', 'Program för anhörigstöd', 'Svar på motion om anhörigstöd', 'Remissvar om anhörigstöd'];

export function writeBatch(root: string, dir: string): string[] {
  const paragraphs = paragraphsOf(root);
  if (paragraphs.length === 0) throw new Error('../shared saknas: inga texter att bygga dokumenten av');
  const next = random(8);
  const files: string[] = [];
  for (let n = 0; n < DOCUMENTS; n++) {
    const pages = 10 + Math.floor(next() * 21);
    const parts = [`${KINDS[n % KINDS.length]} ${n}`, '', `Datum: 2026-0${1 + (n % 9)}-1${n % 10}`, ''];
    let chars = 0;
    let section = 1;
    while (chars < pages * PAGE_CHARS) {
      if (next() < 0.15) parts.push(`${section++}. Avsnitt ${section}`, '');
      const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
      parts.push(p, '');
      chars += p.length;
    }
    const path = join(dir, `dok-${String(n).padStart(3, '0')}.txt`);
    writeFileSync(path, parts.join('\n'));
    files.push(path);
  }
  return files;
}

function runCheck(root: string, files: string[], threads: number): { seconds: number; documents: number; exitCode: number | null } {
  const t = performance.now();
  const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'styrdok.cjs'), 'check', '--json', ...files], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, STYRDOK_THREADS: String(threads) },
  });
  const seconds = (performance.now() - t) / 1000;
  const documents = cli.stdout ? (JSON.parse(cli.stdout) as { error?: string }[]).filter((r) => !r.error).length : 0;
  return { seconds, documents, exitCode: cli.status };
}

const round = (x: number) => Math.round(x * 100) / 100;

export function benchBatch(root: string): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'styrdok-bench-batch-'));
  try {
    const files = writeBatch(root, dir);
    const megabytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0) / 1024 / 1024;
    const cores = availableParallelism();
    // Alternate, three runs each, medians: the machine is shared and its load changes.
    const one: number[] = [];
    const all: number[] = [];
    let documents = 0;
    for (let i = 0; i < 3; i++) {
      const a = runCheck(root, files, 1);
      const b = runCheck(root, files, cores);
      one.push(a.seconds);
      all.push(b.seconds);
      documents = Math.min(a.documents, b.documents);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1]!;
    const oneRate = DOCUMENTS / median(one);
    const allRate = DOCUMENTS / median(all);
    return {
      batch: {
        documents: DOCUMENTS,
        checked: documents,
        megabytes: round(megabytes),
        cores,
        oneThread: { seconds: round(median(one)), documentsPerSecond: round(oneRate) },
        pool: { threads: cores, seconds: round(median(all)), documentsPerSecond: round(allRate) },
        speedup: round(allRate / oneRate),
        speedupTarget: 1.7,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  console.log(JSON.stringify(benchBatch(resolve(__dirname, '..', '..')), null, 2));
}
