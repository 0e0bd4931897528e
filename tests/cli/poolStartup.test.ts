import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/dataFiles.js';
import { minimalPdf } from '../helpers/minimalPdf.js';

// The CLI and its worker threads load the commands bundle with V8's code cache
// (cli/codeCache.ts). Here on a copy of the built CLI, so the cache files it
// writes and the broken cache this test plants touch no other test's bundle.
let root: string;
let bin: string;
let files: string[];

const cacheFiles = () => readdirSync(join(root, 'dist', 'cli')).filter((f) => f.endsWith('.v8cache'));

function check(threads: number) {
  const r = spawnSync(process.execPath, [bin, 'check', '--json', ...files], { encoding: 'utf8', env: { ...process.env, STYRDOK_THREADS: String(threads) } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')]);
  root = mkdtempSync(join(tmpdir(), 'styrdok-start-'));
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  for (const name of ['styrdok.cjs', 'commands.cjs']) copyFileSync(join(ROOT, 'dist', 'cli', name), join(root, 'dist', 'cli', name));
  for (const name of ['rules', 'templates', 'node_modules', 'package.json']) symlinkSync(join(ROOT, name), join(root, name));
  bin = join(root, 'dist', 'cli', 'styrdok.cjs');
  const own = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(root, name), content);
    return join(root, name);
  };
  const text = 'Riktlinje för anhörigstöd\n\nDatum: 2026-03-01\n\nMålgrupper\nStödet gäller anhöriga till äldre.\n\nAnsvar\nNämnden ansvarar för stödet.\n';
  files = [
    own('a.txt', text),
    own('b.txt', text.replace('äldre', 'personer med psykisk ohälsa')),
    own('c.txt', 'Remissvar\n\nSammanfattning\nFörvaltningen tillstyrker förslaget.\n'),
    // A PDF: its reader is an ES module loaded with import() from the bundle.
    own('d.pdf', minimalPdf(['Remissvar', '', 'Sammanfattning', 'Forvaltningen tillstyrker forslaget.'])),
  ];
}, 120_000);

describe('the commands bundle with V8 code cache', () => {
  it('writes the cache on the first run and gives the same reports with it, in this thread and in workers', () => {
    const first = check(1);
    expect(first.err).toBe('');
    expect(cacheFiles()).toHaveLength(1);
    const reports = JSON.parse(first.out) as { file: string; error?: string; kind?: string }[];
    expect(reports.map((r) => r.error ?? r.kind)).toEqual(['riktlinje', 'riktlinje', 'remissvar', 'remissvar']);
    const cached = check(1);
    const pool = check(2);
    expect(cached.out).toBe(first.out);
    expect(pool.out).toBe(first.out);
    expect(pool.code).toBe(first.code);
  }, 120_000);

  it('ignores a broken cache and writes a good one in its place', () => {
    const good = check(1).out;
    const path = join(root, 'dist', 'cli', cacheFiles()[0]!);
    writeFileSync(path, 'not a code cache');
    const pool = check(2);
    expect(pool.err).toBe('');
    expect(pool.out).toBe(good);
    expect(readFileSync(path, 'utf8')).not.toBe('not a code cache');
    expect(check(1).out).toBe(good);
  }, 120_000);

  it('answers --help without loading the bundle', () => {
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(r.stdout).toContain('Användning: styrdok');
    expect(r.status).toBe(0);
  });
});
