import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend, type Backend } from '../../electron/backend.js';
import { dispatch, type ImportPreview, type ImportOutcome } from '../../core/api.js';
import { ROOT } from '../helpers/dataFiles.js';

const MOTION_REPLY = `Svar på motion om avlösning i hemmet

Datum: 2026-02-02
Diarienr: KS 2025/412

Ärendebeskrivning
Karin Lund (V) väckte den 4 mars 2025, § 31, en motion om fler timmar avlösning i hemmet.

Förslag till beslut
Kommunfullmäktige beslutar att anse motionen besvarad.
`;

let dir: string;
let backend: Backend;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'styrdok-import-'));
  backend = startBackend(ROOT, dir);
});
afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = { fileName: 'motionssvar.txt', data: Buffer.from(MOTION_REPLY, 'utf8').toString('base64') };

describe('import preview and correction (API)', () => {
  it('shows the recognised metadata and the outline with levels before saving', async () => {
    const answer = await dispatch(backend.services, 'previewImport', file);
    expect(answer.ok).toBe(true);
    const preview = (answer as { value: ImportPreview }).value;
    expect(preview.suggestedKind).toBe('motionssvar');
    expect(preview.metadata).toMatchObject({
      title: 'Svar på motion om avlösning i hemmet',
      datum: '2026-02-02',
      diarienummer: 'KS 2025/412',
      motionar: 'Karin Lund (V)',
      motionDatum: '2025-03-04',
      motionParagraf: '§ 31',
    });
    expect(preview.outline).toEqual([
      { level: 1, text: 'Ärendebeskrivning' },
      { level: 1, text: 'Förslag till beslut' },
    ]);
  });

  it('saves what the user corrected over what the file said; an emptied field is dropped', async () => {
    const answer = await dispatch(backend.services, 'importDocument', {
      ...file,
      kind: 'motionssvar',
      metadata: { motionar: 'Karin Lund (V) och Per Ek (V)', datum: '2026-02-03', handlaggare: 'Eva Lind', motionParagraf: '' },
    });
    expect(answer.ok).toBe(true);
    const { document } = (answer as { value: ImportOutcome }).value;
    expect(document.metadata).toMatchObject({ motionar: 'Karin Lund (V) och Per Ek (V)', datum: '2026-02-03', handlaggare: 'Eva Lind', diarienummer: 'KS 2025/412', motionDatum: '2025-03-04' });
    expect(document.metadata.motionParagraf).toBeUndefined();
  });

  it('refuses corrections with keys that are not field names', async () => {
    const answer = await dispatch(backend.services, 'importDocument', { ...file, kind: 'motionssvar', metadata: { __proto__x: 'x', 'a b': 'y' } });
    expect(answer.ok).toBe(false);
  });
});
