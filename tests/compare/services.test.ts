import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend, type Backend } from '../../electron/backend.js';
import { dispatch } from '../../core/api.js';
import { ROOT } from '../helpers/dataFiles.js';
import { resolvedBlocks } from '../helpers/comparisonDocx.js';
import { schema } from '../../core/model/schema.js';

const built = existsSync(join(ROOT, 'dist', 'electron', 'compareWorker.cjs'));
if (!built) console.warn('[compare] dist/electron/compareWorker.cjs saknas: kör "npm run build"; testet av jämförelse i arbetstråd hoppas över.');

describe.skipIf(!built)('comparison services (run in the worker thread, as in the app)', () => {
  let dir: string;
  let backend: Backend;
  const call = async <T,>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(backend.services, method, input);
    if (!r.ok) throw new Error(r.error);
    return r.value as T;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'styrdok-cmp-'));
    backend = startBackend(ROOT, dir);
  });
  afterAll(() => {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('compares metadata and body, and exports with the compared line and warnings that do not block', async () => {
    const { doc, heading, paragraph } = schema.nodes;
    const body = (text: string, extraHeading: boolean) =>
      doc.create(null, [heading.create({ level: 1 }, schema.text('Syfte')), paragraph.create(null, schema.text(text)), ...(extraHeading ? [heading.create({ level: 1 })] : [])]).toJSON();
    const created = await call<{ id: string }>('createDocument', { kind: 'program', title: 'Program för anhörigstöd' });
    await call('saveDocument', { id: created.id, metadata: { title: 'Program för anhörigstöd', datum: '2026-03-01', diarienummer: 'SN 2026/12' }, body: body('Stödet gäller alla anhöriga.', false) });
    const version = await call<{ id: string; createdAt: string }>('saveVersion', { documentId: created.id, label: '2' });
    await call('saveDocument', { id: created.id, metadata: { title: 'Program för anhörigstöd 2026', datum: '2026-13-45', diarienummer: 'SN 2026/12' }, body: body('Stödet gäller alla anhöriga och närstående.', true) });

    const compared = await call<{ comparison: import('../../core/compare/compare.js').Comparison }>('compareVersions', { documentId: created.id, oldVersionId: version.id, newVersionId: null });
    const byKey = Object.fromEntries(compared.comparison.metadata.map((m) => [m.key, m]));
    expect(byKey.datum).toMatchObject({ label: 'Datum', old: '2026-03-01', new: '2026-13-45', status: 'changed' });
    expect(byKey.title?.status).toBe('changed');
    expect(byKey.diarienummer?.status).toBe('equal');

    const exported = await call<{ data: string; warnings: string[] }>('exportComparisonDocx', { documentId: created.id, oldVersionId: version.id, newVersionId: null });
    expect(exported.warnings).toEqual(expect.arrayContaining([expect.stringContaining('2026-13-45'), 'En rubrik är tom.']));
    expect(exported.warnings.some((w) => w.startsWith('Krav som saknas:')), exported.warnings.join('; ')).toBe(true);
    const bytes = new Uint8Array(Buffer.from(exported.data, 'base64'));
    const accept = await resolvedBlocks(bytes, 'accept');
    const reject = await resolvedBlocks(bytes, 'reject');
    expect(accept[0]).toBe('Program för anhörigstöd 2026');
    expect(reject[0]).toBe('Program för anhörigstöd');
    expect(accept).toContain('Datum | 2026-13-45');
    expect(reject).toContain('Datum | 2026-03-01');
    const line = `Jämförelse mellan version 2 (${version.createdAt.slice(0, 10)}) och nuvarande text (`;
    expect(accept.find((b) => b.startsWith(line))).toBeTruthy();
    expect(accept).toContain('Stödet gäller alla anhöriga och närstående.');
    expect(reject).toContain('Stödet gäller alla anhöriga.');
  }, 60_000);
});
