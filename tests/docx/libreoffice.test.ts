import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { schema } from '../../core/model/schema.js';
import { compareDocuments } from '../../core/compare/compare.js';
import { unitsOf } from '../../core/compare/units.js';
import { exportComparison } from '../../core/docx/writeComparison.js';
import { exportDocument } from '../../core/docx/write.js';
import { editedVersion, hundredPageDoc } from '../../bench/fixtures.js';
import { resolvedBlocks } from '../helpers/comparisonDocx.js';

const SOFFICE = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
const inCI = process.env.CI === 'true';
if (!SOFFICE && !inCI) console.warn('[libreoffice] LibreOffice saknas; testerna hoppas över. Installera med: apt-get install -y libreoffice-writer');

function convert(file: string, to: string, outDir: string): string {
  execFileSync(SOFFICE ?? 'libreoffice', ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/profil`, '--convert-to', to, '--outdir', outDir, file], { stdio: 'ignore', timeout: 120_000 });
  return join(outDir, file.split('/').pop()!.replace(/\.[^.]+$/, `.${to.split(':')[0]}`));
}

describe.skipIf(!SOFFICE && !inCI)('LibreOffice reads the exports as Word would', () => {
  it('keeps tracked changes through a re-save: accept gives the new text, reject the old', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrdok-lo-'));
    const before = hundredPageDoc();
    const after = editedVersion(before);
    const file = join(dir, 'jamforelse.docx');
    writeFileSync(file, await exportComparison(compareDocuments(before, after), { author: 'Eva Berg', date: '2026-03-01T10:00:00Z', title: 'Jämförelse' }));
    const saved = join(dir, 'resaved');
    execFileSync('mkdir', ['-p', saved]);
    const resaved = convert(file, 'docx:MS Word 2007 XML', saved);
    const bytes = new Uint8Array(readFileSync(resaved));
    expect((await resolvedBlocks(bytes, 'accept')).slice(1)).toEqual(unitsOf(after).map((u) => u.text));
    expect((await resolvedBlocks(bytes, 'reject')).slice(1)).toEqual(unitsOf(before).map((u) => u.text));
    // LibreOffice read the moved sections as moves (it writes them back as w:moveFrom / w:moveTo, not as deletions and insertions).
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:moveFromRangeStart [^>]*w:name="move1"/);
    expect(xml).toMatch(/<w:moveToRangeStart [^>]*w:name="move1"/);
    expect(xml).toMatch(/<w:moveTo w:id/);
  }, 180_000);

  it('sees every heading as a heading with its level after converting to .odt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrdok-lo-'));
    const { doc, heading, paragraph } = schema.nodes;
    const body = doc.create(null, [
      heading.create({ level: 1 }, schema.text('Inledning')),
      paragraph.create(null, schema.text('Text.')),
      heading.create({ level: 2 }, schema.text('Bakgrund')),
      heading.create({ level: 3 }, schema.text('Lagstöd')),
    ]);
    const file = join(dir, 'dokument.docx');
    writeFileSync(file, await exportDocument({ kind: 'riktlinje', metadata: { title: 'Riktlinje' }, body, author: 'Eva', metadataRows: [] }));
    const odt = convert(file, 'odt', dir);
    const content = await (await JSZip.loadAsync(readFileSync(odt))).file('content.xml')!.async('string');
    const headings = [...content.matchAll(/<text:h[^>]*text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g)].map((m) => [m[2]!.replace(/<[^>]+>/g, ''), Number(m[1])]);
    expect(headings).toEqual(expect.arrayContaining([['Inledning', 1], ['Bakgrund', 2], ['Lagstöd', 3]]));
    // A page or two as PDF, to look at.
    convert(file, 'pdf', dir);
    expect(existsSync(join(dir, 'dokument.pdf'))).toBe(true);
  }, 180_000);
});
