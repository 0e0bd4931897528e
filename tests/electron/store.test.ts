import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, DATABASE_FILE } from '../../electron/store/openDatabase.js';
import { DocumentStore } from '../../electron/store/documentStore.js';
import { MIGRATIONS } from '../../electron/store/migrations.js';
import { startBackend } from '../../electron/backend.js';
import { dispatch } from '../../core/api.js';
import { ROOT } from '../helpers/dataFiles.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'styrdok-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('database file', () => {
  it('migrates an empty folder to the latest schema in WAL mode', () => {
    const { db, path, warnings } = openDatabase(dir);
    expect(path).toBe(join(dir, DATABASE_FILE));
    expect(warnings).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['documents', 'settings', 'versions']);
    db.close();
  });

  it('migrates an existing empty file and reopens without migrating twice', () => {
    writeFileSync(join(dir, DATABASE_FILE), '');
    openDatabase(dir).db.close();
    const again = openDatabase(dir);
    expect(again.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    again.db.close();
  });

  it('leaves a file that is not a database untouched and starts a fresh one beside it', () => {
    const junk = Buffer.from('Det här är ingen databas, bara text som någon sparade med fel namn.\n'.repeat(50));
    const primary = join(dir, DATABASE_FILE);
    writeFileSync(primary, junk);
    const opened = openDatabase(dir);
    expect(opened.path).not.toBe(primary);
    expect(opened.warnings.join(' ')).toMatch(/kunde inte öppnas.*lämnats orörd/);
    const store = new DocumentStore(opened.db);
    store.createDocument({ kind: 'riktlinje', title: 'Ny', metadata: {}, body: body('x') });
    opened.db.close();
    expect(readFileSync(primary).equals(junk)).toBe(true);
    // The next start uses the same fresh file, so the new document is still there.
    const next = openDatabase(dir);
    expect(next.path).toBe(opened.path);
    expect(new DocumentStore(next.db).listDocuments().map((d) => d.title)).toEqual(['Ny']);
    next.db.close();
    expect(readFileSync(primary).equals(junk)).toBe(true);
  });

  it('leaves a database with a damaged page untouched', () => {
    const primary = join(dir, DATABASE_FILE);
    const db = new Database(primary);
    db.exec('CREATE TABLE t (x TEXT); ' + Array.from({ length: 200 }, (_, i) => `INSERT INTO t VALUES ('${'rad ' + i + ' '.repeat(200)}');`).join(''));
    db.close();
    const bytes = readFileSync(primary);
    bytes.fill(0xff, 4096 + 100, 4096 * 3); // scribble over pages 2–3, keep the header
    writeFileSync(primary, bytes);
    const opened = openDatabase(dir);
    expect(opened.path).not.toBe(primary);
    opened.db.close();
    expect(readFileSync(primary).equals(bytes)).toBe(true);
  });
});

describe('document store', () => {
  it('round-trips documents, newest first, and deletes them with their versions', () => {
    const { db } = openDatabase(dir);
    const store = new DocumentStore(db);
    const a = store.createDocument({ kind: 'riktlinje', title: 'A', metadata: { title: 'A', diarienummer: 'KS 2020/1' }, body: body('a') });
    const b = store.createDocument({ kind: 'remissvar', title: 'B', metadata: {}, body: body('b') });
    expect(store.listDocuments().map((d) => d.id)).toEqual([b.id, a.id]);
    store.saveDocument(a.id, 'A2', { title: 'A2', diarienummer: 'KS 2020/2' }, body('ändrad'));
    expect(store.listDocuments().map((d) => d.id)).toEqual([a.id, b.id]);
    const loaded = store.getDocument(a.id)!;
    expect(loaded).toMatchObject({ title: 'A2', diarienummer: 'KS 2020/2', kind: 'riktlinje' });
    expect(loaded.body).toEqual(body('ändrad'));
    store.saveVersion(a.id, 'v1');
    expect(store.deleteDocument(a.id)).toBe(true);
    expect(store.getDocument(a.id)).toBeNull();
    expect(db.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(0);
    db.close();
  });

  it('keeps versions immutable: a later save does not change them, and SQL updates are refused', () => {
    const { db } = openDatabase(dir);
    const store = new DocumentStore(db);
    const doc = store.createDocument({ kind: 'program', title: 'P', metadata: {}, body: body('första') });
    const v1 = store.saveVersion(doc.id, 'Första utkastet')!;
    store.saveDocument(doc.id, 'P', {}, body('andra'));
    expect(store.getVersion(v1.id)!.body).toEqual(body('första'));
    expect(() => db.prepare("UPDATE versions SET label = 'x'").run()).toThrow(/immutable/);
    db.close();
  });
});

describe('services', () => {
  it('restoring a version first snapshots the current text', async () => {
    const backend = startBackend(ROOT, dir);
    const s = backend.services;
    const doc = await s.createDocument({ kind: 'motionssvar' });
    await s.saveDocument({ id: doc.id, metadata: { title: 'Svar' }, body: body('version ett') });
    const v1 = await s.saveVersion({ documentId: doc.id, label: 'Ett' });
    await s.saveDocument({ id: doc.id, metadata: { title: 'Svar' }, body: body('version två') });
    const restored = await s.restoreVersion({ versionId: v1.id });
    expect(restored.body).toEqual(body('version ett'));
    const versions = await s.listVersions({ documentId: doc.id });
    expect(versions.map((v) => v.label)).toEqual(['Före återställning till "Ett"', 'Ett']);
    expect((await s.getVersion({ id: versions[0]!.id })).body).toEqual(body('version två'));
    backend.close();
  });

  it('refuses a body the editor could not open, and keeps the stored one', async () => {
    const backend = startBackend(ROOT, dir);
    const doc = await backend.services.createDocument({ kind: 'riktlinje' });
    const bad = { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'paragraph' }] }] };
    const answer = await dispatch(backend.services, 'saveDocument', { id: doc.id, metadata: {}, body: bad });
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { error: string }).error).toMatch(/ogiltig struktur/);
    expect((await backend.services.getDocument({ id: doc.id })).body).toEqual(doc.body);
    backend.close();
  });

  it('rejects malformed payloads and unknown methods before any service runs', async () => {
    const backend = startBackend(ROOT, dir);
    expect(await dispatch(backend.services, 'dropTables', {})).toEqual({ ok: false, error: 'Okänt anrop.' });
    expect(await dispatch(backend.services, 'createDocument', { kind: 'dikt' })).toMatchObject({ ok: false });
    expect(await dispatch(backend.services, 'getDocument', { id: '../../etc/passwd' })).toMatchObject({ ok: false });
    expect(await dispatch(backend.services, 'listDocuments', { extra: 1 })).toMatchObject({ ok: false });
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    backend.close();
  });
});
