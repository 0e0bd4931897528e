import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { ROOT, SEEDS, hasSeeds } from '../helpers/dataFiles.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'docs');
const BIN = join(ROOT, 'dist', 'cli', 'styrdok.cjs');

/** The built CLI on these files with at most `threads` threads (1: this thread only, no workers). */
function check(threads: number, args: string[], workersOnly = false) {
  const env = { ...process.env, STYRDOK_THREADS: String(threads), STYRDOK_WORKERS_ONLY: workersOnly ? '1' : '0' };
  const r = spawnSync(process.execPath, [BIN, 'check', ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let files: string[];

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')]);
  const dir = mkdtempSync(join(tmpdir(), 'styrdok-pool-'));
  const own = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const real = [SEEDS, CORPUS].filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(d, f)),
  );
  files = [
    ...real,
    own('utan-typ.txt', 'Anteckningar\n\nNågra rader om mötet utan rubriker som säger vad dokumentet är.\n'),
    own('riktlinje.txt', 'Riktlinje för anhörigstöd\n\nDatum: 2026-03-01\n\nMålgrupper\nStödet gäller anhöriga till äldre.\n\nAnsvar\nNämnden ansvarar för stödet.\n'),
    own('binär.txt', new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0])),
    join(dir, 'finns-inte.txt'),
  ];
}, 120_000);

describe('styrdok check on several threads', () => {
  it('gives the same JSON, messages and exit code as one thread, in the order of the files', () => {
    const one = check(1, ['--json', ...files]);
    const pool = check(2, ['--json', ...files]);
    expect(pool.out).toBe(one.out);
    expect(pool.code).toBe(one.code);
    expect(pool.err).toBe(one.err);
    const reports = JSON.parse(pool.out) as { file: string; error?: string; requirements?: unknown[] }[];
    expect(reports.map((r) => r.file)).toEqual(files);
    // The unreadable files are reported as errors (exit 2), the others are checked.
    expect(reports.filter((r) => r.error).map((r) => r.file)).toEqual(files.slice(-2));
    expect(reports.filter((r) => !r.error).every((r) => (r.requirements?.length ?? 0) > 0)).toBe(true);
    expect(pool.code).toBe(2);
  }, 180_000);

  it('gives the same JSON when one worker thread does all the checking', () => {
    const sample = files.slice(-6);
    const one = check(1, ['--json', ...sample]);
    const worker = check(1, ['--json', ...sample], true);
    expect(worker.out).toBe(one.out);
    expect(worker.err).toBe(one.err);
    expect(worker.code).toBe(one.code);
  }, 180_000);

  it('gives the same human report as one thread', () => {
    const sample = hasSeeds ? files.filter((f) => !f.startsWith(SEEDS)).slice(0, 5) : files.slice(0, 5);
    const one = check(1, sample);
    const pool = check(3, sample);
    expect(pool.out).toBe(one.out);
    expect(pool.err).toBe(one.err);
    expect(pool.code).toBe(one.code);
    expect(pool.out).toContain('Krav:');
  }, 180_000);

  it('reads files given more than once each time', () => {
    const real = files.slice(0, 2);
    const args = ['--json', ...real, ...real, ...real];
    const pool = check(2, args);
    const reports = JSON.parse(pool.out) as unknown[];
    expect(reports).toHaveLength(6);
    expect(reports[4]).toEqual(reports[0]);
    expect(pool.out).toBe(check(1, args).out);
  }, 180_000);
});
