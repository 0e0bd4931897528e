import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import Database from 'better-sqlite3';
import { openDatabase, DATABASE_FILE } from '../../electron/store/openDatabase.js';
import { DocumentStore } from '../../electron/store/documentStore.js';
import { recordFuzz } from '../fuzz/record.js';

/**
 * The real store in a child process writes autosaves and versions of a
 * growing document without pause and is killed with SIGKILL at random
 * moments. After every kill the file must pass integrity_check, open
 * normally, hold every version whose save had returned, and a working copy
 * no older than the last autosave that had returned.
 */
const KILLS = Number(process.env.STYRDOK_CRASH_KILLS ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'styrdok-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Acks {
  lastAutosave: number;
  versions: Map<string, number>;
  output: string;
}

function runAndKill(script: string, dataDir: string, killAfterMs: { early: boolean; ms: number }): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The bundle lives in a temporary folder; better-sqlite3 is loaded from the project.
      env: { ...process.env, NODE_PATH: join(__dirname, '..', '..', 'node_modules') },
    });
    const acks: Acks = { lastAutosave: -1, versions: new Map(), output: '' };
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        armOnReady(line);
        if (kind === 'autosave') acks.lastAutosave = Number(a);
        else if (kind === 'version') acks.versions.set(a!, Number(b));
      }
    });
    child.stderr.on('data', (c) => (stderr += String(c)));
    // Most kills land a random time after the store is open and writing; some during start-up and opening.
    let timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs.early ? killAfterMs.ms : 30_000);
    const armOnReady = (line: string) => {
      if (killAfterMs.early || !line.startsWith('ready')) return;
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs.ms);
    };
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (${code}): ${stderr}`));
      else resolve(acks);
    });
  });
}

describe('crash safety of the store', () => {
  it(`survives ${KILLS} SIGKILLs during autosaves and version saves without losing a confirmed write`, async () => {
    const script = join(dir, 'storeWriter.cjs');
    await build({
      entryPoints: [join(__dirname, 'storeWriter.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3'],
      logLevel: 'warning',
    });
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    const confirmedVersions = new Map<string, number>();
    let lastConfirmed = 0;
    let killsDuringWrites = 0;
    let worstReopenMs = 0;
    const started = Date.now();
    // A deterministic spread of kill moments: during start-up, open, and steady writing.
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

    for (let n = 0; n < KILLS; n++) {
      const early = random() < 0.15;
      const acks = await runAndKill(script, dataDir, { early, ms: Math.floor(random() * (early ? 150 : 120)) });
      if (acks.lastAutosave >= 0) {
        killsDuringWrites++;
        lastConfirmed = acks.lastAutosave;
      }
      for (const [id, counter] of acks.versions) confirmedVersions.set(id, counter);

      const reopenStarted = performance.now();
      const raw = new Database(join(dataDir, DATABASE_FILE));
      expect(raw.pragma('integrity_check', { simple: true }), `after kill ${n}`).toBe('ok');
      raw.close();

      const { db, path, warnings } = openDatabase(dataDir);
      try {
        expect(path).toBe(join(dataDir, DATABASE_FILE));
        expect(warnings).toEqual([]);
        const store = new DocumentStore(db);
        const id = store.getSetting('crash.documentId');
        if (lastConfirmed > 0) {
          const doc = store.getDocument(id!)!;
          expect(Number(doc.metadata.counter), `working copy after kill ${n}`).toBeGreaterThanOrEqual(lastConfirmed);
          expect(doc.body.content).toHaveLength(1 + (Number(doc.metadata.counter) % 150));
        }
        for (const [versionId, counter] of confirmedVersions) {
          const version = store.getVersion(versionId);
          expect(version, `version ${counter} after kill ${n}`).not.toBeNull();
          expect(version!.metadata.counter).toBe(String(counter));
        }
      } finally {
        db.close();
      }
      worstReopenMs = Math.max(worstReopenMs, performance.now() - reopenStarted);
    }
    expect(killsDuringWrites).toBeGreaterThan(KILLS * 0.6);
    expect(confirmedVersions.size).toBeGreaterThan(10);
    // worstMs: the slowest recovery (integrity check, open, verification) after a kill.
    recordFuzz('crash: SIGKILL during writes', KILLS, worstReopenMs, {
      totalMs: Date.now() - started,
      killsDuringWrites,
      versionsKept: confirmedVersions.size,
      autosaves: lastConfirmed,
    });
  }, 300_000);
});
