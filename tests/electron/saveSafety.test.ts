import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/store/openDatabase.js';
import { DocumentStore } from '../../electron/store/documentStore.js';
import { createServices } from '../../electron/services.js';
import { loadTemplates } from '../../core/model/templates.js';
import { readYamlFolder } from '../../io/dataFiles.js';
import { dispatch, type ApiHandlers } from '../../core/api.js';
import { ROOT } from '../helpers/dataFiles.js';
import type Database from 'better-sqlite3';
import { createInProcessCompareRunner } from '../../electron/compareRunner.js';

/**
 * Saving when it cannot succeed: another window changed the document, the disk
 * is full, the file turned read-only. The user gets a Swedish message, nothing
 * stored is damaged, and a retry succeeds once the cause is gone.
 */
let dir: string;
let db: Database.Database;
let services: ApiHandlers;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'styrdok-save-'));
  const opened = openDatabase(dir);
  db = opened.db;
  services = createServices({
    store: new DocumentStore(db),
    templates: loadTemplates(readYamlFolder(ROOT, 'templates')),
    ruleFiles: [],
    dataFile: opened.path,
    warnings: [],
    compare: createInProcessCompareRunner({ ruleFiles: [], patterns: [] }),
  });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const body = (text: string, times = 1) => ({
  type: 'doc',
  content: Array.from({ length: times }, () => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

describe('two windows on one document', () => {
  it('the second save based on an old copy is refused as a conflict, never a silent overwrite', async () => {
    const doc = await services.createDocument({ kind: 'riktlinje', title: 'Riktlinje' });
    // Both windows opened the same stored copy.
    const first = await dispatch(services, 'saveDocument', { id: doc.id, metadata: { title: 'A' }, body: body('från fönster A'), basedOn: doc.updatedAt });
    expect(first).toMatchObject({ ok: true });
    const second = await dispatch(services, 'saveDocument', { id: doc.id, metadata: { title: 'B' }, body: body('från fönster B'), basedOn: doc.updatedAt });
    expect(second).toMatchObject({ ok: false, code: 'conflict' });
    expect((second as { error: string }).error).toMatch(/ändrats i ett annat fönster/);
    expect((await services.getDocument({ id: doc.id })).body).toEqual(body('från fönster A'));

    // Window A keeps saving on its own latest copy.
    const again = await dispatch(services, 'saveDocument', { id: doc.id, metadata: { title: 'A' }, body: body('A igen'), basedOn: (first as { value: { updatedAt: string } }).value.updatedAt });
    expect(again).toMatchObject({ ok: true });
    // Window B, after reading the stored copy again, may save on top of it.
    const fresh = await services.getDocument({ id: doc.id });
    expect(await dispatch(services, 'saveDocument', { id: doc.id, metadata: { title: 'B' }, body: body('B efter omläsning'), basedOn: fresh.updatedAt })).toMatchObject({ ok: true });
  });

  it('a deleted document is reported as gone, not as a conflict', async () => {
    const doc = await services.createDocument({ kind: 'program' });
    await services.deleteDocument({ id: doc.id });
    const answer = await dispatch(services, 'saveDocument', { id: doc.id, metadata: {}, body: body('x'), basedOn: doc.updatedAt });
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { error: string; code?: string }).code).toBeUndefined();
    expect((answer as { error: string }).error).toMatch(/finns inte längre/);
  });
});

describe('disk full or read-only during a save', () => {
  it('disk full: Swedish message, stored copy intact, retry succeeds when space is back', async () => {
    const doc = await services.createDocument({ kind: 'riktlinje', title: 'Full disk' });
    const saved = await services.saveDocument({ id: doc.id, metadata: { title: 'Full disk' }, body: body('det som redan är sparat') });
    await services.saveVersion({ documentId: doc.id, label: 'Före' });
    // SQLite's own page limit makes the next growing write fail with SQLITE_FULL, as a full disk does.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const big = body('en lång text som inte får plats '.repeat(50), 400);
    const answer = await dispatch(services, 'saveDocument', { id: doc.id, metadata: { title: 'Full disk' }, body: big, basedOn: saved.updatedAt });
    expect(answer).toMatchObject({ ok: false, code: 'storage' });
    expect((answer as { error: string }).error).toMatch(/Disken är full.*behåller texten/);

    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await services.getDocument({ id: doc.id })).body).toEqual(body('det som redan är sparat'));
    const before = await services.getVersion({ id: (await services.listVersions({ documentId: doc.id }))[0]!.id });
    expect(before.body).toEqual(body('det som redan är sparat'));

    db.pragma('max_page_count = 1073741823');
    expect(await dispatch(services, 'saveDocument', { id: doc.id, metadata: { title: 'Full disk' }, body: big, basedOn: saved.updatedAt })).toMatchObject({ ok: true });
    expect((await services.getDocument({ id: doc.id })).body).toEqual(big);
  });

  it('read-only file: Swedish message, nothing changed, retry succeeds when writable again', async () => {
    const doc = await services.createDocument({ kind: 'motionssvar', title: 'Skrivskydd' });
    db.pragma('query_only = ON');
    const answer = await dispatch(services, 'saveDocument', { id: doc.id, metadata: { title: 'Skrivskydd' }, body: body('ny text') });
    expect(answer).toMatchObject({ ok: false, code: 'storage' });
    expect((answer as { error: string }).error).toMatch(/skrivskyddad/);
    expect((await services.getDocument({ id: doc.id })).body).toEqual(doc.body);
    db.pragma('query_only = OFF');
    expect(await dispatch(services, 'saveDocument', { id: doc.id, metadata: { title: 'Skrivskydd' }, body: body('ny text') })).toMatchObject({ ok: true });
  });
});
