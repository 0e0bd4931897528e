import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { API_METHODS, dispatch, type ApiHandlers, type ApiMethod } from '../../core/api.js';
import { openDatabase } from '../../electron/store/openDatabase.js';
import { DocumentStore } from '../../electron/store/documentStore.js';
import { createServices } from '../../electron/services.js';
import { createIpcHandler } from '../../electron/ipc.js';
import { loadTemplates } from '../../core/model/templates.js';
import { readRuleFiles, readYamlFolder } from '../../io/dataFiles.js';
import { ROOT } from '../helpers/dataFiles.js';
import { recordFuzz, timed } from './record.js';
import { createInProcessCompareRunner } from '../../electron/compareRunner.js';

/**
 * Every API payload as it could arrive over IPC or the harness, from a
 * compromised or buggy renderer: random values, near-valid payloads with one
 * field wrong, hostile metadata and bodies. Each call ends in a Swedish
 * refusal or a correct answer within 10 s; a refused call changes nothing
 * stored; no call reaches the generic "something went wrong" path.
 */
let dir: string;
let db: Database.Database;
let services: ApiHandlers;
let docId: string;
let versionId: string;
const GENERIC = 'Något gick fel i Styrdok';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'styrdok-apifuzz-'));
  const opened = openDatabase(dir);
  db = opened.db;
  services = createServices({
    store: new DocumentStore(db),
    templates: loadTemplates(readYamlFolder(ROOT, 'templates')),
    ruleFiles: readRuleFiles(ROOT),
    dataFile: opened.path,
    warnings: [],
    compare: createInProcessCompareRunner({ ruleFiles: readRuleFiles(ROOT), patterns: [] }),
  });
  const doc = await services.createDocument({ kind: 'riktlinje', title: 'Fuzz' });
  docId = doc.id;
  versionId = (await services.saveVersion({ documentId: docId, label: 'Första' })).id;
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function storedState(): string {
  const rows = ['documents', 'versions', 'settings'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('__proto__', 'constructor', '../../etc/passwd', 'CON', '\u0000', '\ud800', "'; DROP TABLE documents; --", 'a'.repeat(3000)),
);
const hostileMetadata = fc.oneof(
  fc.dictionary(hostileString, hostileString, { maxKeys: 8 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "ja"}, "constructor": "x", "title": "T"}')),
  fc.anything(),
);
const textNode = fc.record({ type: fc.constant('text'), text: hostileString });
const hostileBody = fc.oneof(
  fc.record({ type: fc.constant('doc'), content: fc.array(fc.record({ type: fc.constantFrom('paragraph', 'heading', 'bullet_list', 'table', 'script', '__proto__'), attrs: fc.option(fc.dictionary(hostileString, fc.jsonValue()), { nil: undefined }), content: fc.option(fc.array(textNode, { maxLength: 3 }), { nil: undefined }) }, { requiredKeys: ['type'] }), { maxLength: 5 }) }),
  fc.nat(200).map((depth) => {
    let node: Record<string, unknown> = { type: 'text', text: 'djup' };
    for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
    return { type: 'doc', content: [node] };
  }),
  fc.anything(),
);
const id = fc.oneof(fc.constant('__DOC__'), fc.constant('__VERSION__'), fc.uuid(), hostileString, fc.anything());
const base64 = fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b).toString('base64'));

/** Payloads near the valid shape of each method, each field possibly hostile. */
function payloadFor(method: ApiMethod): fc.Arbitrary<unknown> {
  const file = fc.record({ fileName: fc.oneof(fc.constantFrom('a.docx', 'a.txt', 'a.pdf', 'a.md', 'a.exe', '../../a.txt', 'CON.txt'), hostileString), data: fc.oneof(base64, hostileString) });
  const byMethod: Partial<Record<ApiMethod, fc.Arbitrary<unknown>>> = {
    getDocument: fc.record({ id }),
    createDocument: fc.record({ kind: fc.oneof(fc.constantFrom('riktlinje', 'program', 'dikt'), hostileString), title: fc.option(hostileString, { nil: undefined }) }),
    saveDocument: fc.record({ id, metadata: hostileMetadata, body: hostileBody, basedOn: fc.option(hostileString, { nil: undefined }) }, { requiredKeys: ['id', 'metadata', 'body'] }),
    duplicateDocument: fc.record({ id }),
    deleteDocument: fc.record({ id: fc.oneof(fc.uuid(), hostileString) }),
    listVersions: fc.record({ documentId: id }),
    getVersion: fc.record({ id }),
    saveVersion: fc.record({ documentId: id, label: hostileString }),
    restoreVersion: fc.record({ versionId: id }),
    previewImport: file,
    importDocument: fc.tuple(file, fc.oneof(fc.constant('riktlinje'), hostileString)).map(([f, kind]) => ({ ...f, kind })),
    compareVersions: fc.record({ documentId: id, oldVersionId: id, newVersionId: fc.oneof(fc.constant(null), id), ignoreCase: fc.anything() }, { requiredKeys: ['documentId', 'oldVersionId', 'newVersionId'] }),
    exportComparisonDocx: fc.record({ documentId: id, oldVersionId: id, newVersionId: fc.oneof(fc.constant(null), id) }),
    exportDocumentDocx: fc.record({ id }),
    setUserName: fc.record({ name: hostileString }),
  };
  const near = byMethod[method] ?? fc.constant({});
  return fc.oneof({ weight: 4, arbitrary: near }, { weight: 1, arbitrary: fc.anything() }, { weight: 1, arbitrary: near.map((p) => (p && typeof p === 'object' ? { ...p, extra: 1 } : p)) });
}

function resolveIds(value: unknown): unknown {
  if (value === '__DOC__') return docId;
  if (value === '__VERSION__') return versionId;
  if (Array.isArray(value)) return value.map(resolveIds);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveIds(v)]));
  }
  return value;
}

// Methods that may change what is stored when they succeed.
const MUTATING = new Set<ApiMethod>(['createDocument', 'saveDocument', 'duplicateDocument', 'deleteDocument', 'saveVersion', 'restoreVersion', 'importDocument', 'exportComparisonDocx', 'setUserName']);

describe('every API payload', () => {
  it('ends in a Swedish refusal (nothing stored changed) or a correct answer, within 10 s', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let cases = 0;
    let refused = 0;
    let worst = 0;
    for (const method of API_METHODS) {
      await fc.assert(
        fc.asyncProperty(payloadFor(method), async (raw) => {
          const payload = resolveIds(raw);
          const before = storedState();
          const { ms, error, value } = await timed(() => dispatch(services, method, payload));
          cases++;
          worst = Math.max(worst, ms);
          expect(error).toBeUndefined();
          expect(ms).toBeLessThan(10_000);
          const answer = value as { ok: boolean; error?: string };
          if (!answer.ok) {
            refused++;
            expect(answer.error, `${method} ${JSON.stringify(payload)?.slice(0, 300)}`).not.toContain(GENERIC);
            expect(answer.error).toMatch(/[åäöÅÄÖ]|Ogiltiga|Okänt|kunde inte|finns inte/);
            expect(storedState(), `${method} refused but changed the store`).toBe(before);
          } else if (!MUTATING.has(method)) {
            expect(storedState(), `${method} is read-only`).toBe(before);
          }
          expect(Object.prototype).not.toHaveProperty('polluted');
        }),
        { numRuns: method === 'importDocument' || method === 'previewImport' ? 60 : 40 },
      );
    }
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    recordFuzz('API payloads over dispatch (IPC and harness)', cases, worst, { refused });
  }, 300_000);

  it('over IPC, any sender but the app page is refused before validation, whatever the payload', async () => {
    const handler = createIpcHandler(services);
    const before = storedState();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.webUrl(), fc.constant('app://styrdok.evil/index.html'), fc.constant('file:///app/index.html'), fc.string()), fc.constantFrom(...API_METHODS), fc.anything(), async (url, method, payload) => {
        const answer = await handler({ senderFrame: { url } }, method, payload);
        expect(answer).toEqual({ ok: false, error: 'Anropet kom inte från Styrdok och avvisades.' });
      }),
      { numRuns: 300 },
    );
    expect(storedState()).toBe(before);
  });
});
