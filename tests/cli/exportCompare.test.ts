import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../cli/styrdok.js';
import { importFile } from '../../core/import/importFile.js';
import { headingEntries } from '../../core/model/outline.js';
import { paragraphsOf } from '../helpers/docxXml.js';
import { resolvedBlocks } from '../helpers/comparisonDocx.js';
import { ROOT } from '../helpers/dataFiles.js';

async function styrdok(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) }, appRoot: ROOT });
  return { code, out, err };
}

let dir: string;
const OLD = 'Program för stöd till anhöriga\n\nDatum: 2025-10-01\n\nMålgrupper\nStödet gäller anhöriga till äldre.\n\nÅtgärder\nUtbildning för personal.\n\nUppföljning\nProgrammet följs upp årligen.\n';
const NEW = 'Program för stöd till anhöriga\n\nDatum: 2025-12-01\n\nMålgrupper\nStödet gäller anhöriga till äldre och unga anhöriga.\n\nUppföljning\nProgrammet följs upp årligen.\n\nTidplan\nUtbildningen sker hösten 2026.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'styrdok-export-'));
  writeFileSync(join(dir, 'gammal.txt'), OLD);
  writeFileSync(join(dir, 'ny.txt'), NEW);
});

describe('styrdok export and compare', () => {
  it('exports a document that imports back with the same outline and metadata', async () => {
    const out = join(dir, 'program.docx');
    const r = await styrdok('export', join(dir, 'ny.txt'), '-o', out, '--kind', 'program');
    expect(r.code).toBe(0);
    const back = await importFile('program.docx', new Uint8Array(readFileSync(out)));
    expect(back.suggestedKind).toBe('program');
    expect(back.metadata.datum).toBe('2025-12-01');
    expect(headingEntries(back.body).map((h) => h.heading)).toEqual(['Målgrupper', 'Uppföljning', 'Tidplan']);
  });

  it('prints a summary per section without -o, and writes tracked changes with -o and --author', async () => {
    const text = await styrdok('compare', join(dir, 'gammal.txt'), join(dir, 'ny.txt'));
    expect(text.code).toBe(0);
    expect(text.out).toContain('Målgrupper: ändrat, 1 ändring');
    expect(text.out).toContain('Åtgärder: borttaget');
    expect(text.out).toContain('Tidplan: nytt');
    const out = join(dir, 'jamforelse.docx');
    const r = await styrdok('compare', join(dir, 'gammal.txt'), join(dir, 'ny.txt'), '-o', out, '--author', 'Eva Berg');
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(await paragraphsOf(bytes, 'accept')).toContain('Stödet gäller anhöriga till äldre och unga anhöriga.');
    expect(await paragraphsOf(bytes, 'reject')).toContain('Utbildning för personal.');
    expect(readFileSync(out).length).toBeGreaterThan(1000);
  });

  it('compares metadata, opens the Word file with title, metadata and what was compared, and warns without stopping', async () => {
    writeFileSync(join(dir, 'fel-datum.txt'), NEW.replace('Datum: 2025-12-01', 'Datum: 2026-13-45').replace('\nMålgrupper\n', '\n\nMålgrupper\n'));
    const text = await styrdok('compare', join(dir, 'gammal.txt'), join(dir, 'ny.txt'));
    expect(text.out).toContain('Datum: ”2025-10-01” → ”2025-12-01”');
    const out = join(dir, 'jamforelse-datum.docx');
    const r = await styrdok('compare', join(dir, 'gammal.txt'), join(dir, 'fel-datum.txt'), '-o', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('varning: Datum ”2026-13-45” är inget riktigt datum');
    const accept = await resolvedBlocks(new Uint8Array(readFileSync(out)), 'accept');
    const reject = await resolvedBlocks(new Uint8Array(readFileSync(out)), 'reject');
    expect(accept[0]).toBe('Program för stöd till anhöriga');
    expect(accept).toContain('Datum | 2026-13-45');
    expect(reject).toContain('Datum | 2025-10-01');
    expect(accept).toContain('Jämförelse mellan gammal.txt och fel-datum.txt');
  });

  it('says "Inga skillnader" for identical files and still writes a valid file', async () => {
    const out = join(dir, 'samma.docx');
    const r = await styrdok('compare', join(dir, 'ny.txt'), join(dir, 'ny.txt'), '-o', out);
    expect(r.out).toContain('Inga skillnader');
    expect((await paragraphsOf(new Uint8Array(readFileSync(out)), 'accept')).length).toBeGreaterThan(3);
  });

  it('refuses a corrupt input and an unwritable output with a Swedish line and exit 2', async () => {
    writeFileSync(join(dir, 'trasig.docx'), 'PK inte en zip');
    const bad = await styrdok('compare', join(dir, 'trasig.docx'), join(dir, 'ny.txt'), '-o', join(dir, 'x.docx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/trasig\.docx: .*(skadad|giltigt)/);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    const unwritable = await styrdok('export', join(dir, 'ny.txt'), '-o', join(dir, 'finns-inte', 'ut.docx'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toMatch(/ut\.docx: filen eller mappen finns inte/);
  });
});

describe('styrdok -o and an existing file', () => {
  it('leaves an existing file alone (exit 2, Swedish line) unless --force is given', async () => {
    const out = join(dir, 'finns-redan.docx');
    writeFileSync(out, 'användarens egen fil');
    for (const argv of [
      ['export', join(dir, 'ny.txt'), '-o', out],
      ['compare', join(dir, 'gammal.txt'), join(dir, 'ny.txt'), '-o', out],
    ]) {
      const r = await styrdok(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/finns redan och skrivs inte över.*--force/);
      expect(readFileSync(out, 'utf8')).toBe('användarens egen fil');
    }
    const forced = await styrdok('export', join(dir, 'ny.txt'), '-o', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
