import { describe, expect, it } from 'vitest';
import {
  Document,
  Packer,
  Paragraph,
  HeadingLevel,
  TextRun,
  InsertedTextRun,
  DeletedTextRun,
  LevelFormat,
  AlignmentType,
} from 'docx';
import { importFile } from '../../core/import/importFile.js';
import { headingEntries } from '../../core/model/outline.js';
import { readDocx } from '../../core/docx/read.js';
import JSZip from 'jszip';

const pack = async (doc: Document) => new Uint8Array(await Packer.toBuffer(doc));

const numbering = {
  config: [
    { reference: 'punkter', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
    { reference: 'nummer', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
  ],
};

describe('docx import', () => {
  it('reads Word built-in headings (also as Swedish Word stores them), lists and metadata lines', async () => {
    const doc = new Document({
      numbering,
      styles: {
        // Swedish Word: style id "Rubrik1", but the style's name is still "heading 1".
        paragraphStyles: [
          { id: 'Rubrik1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 32 } },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('Datum: 2026-01-15'),
            new Paragraph('Diarienr: KS 2026/12'),
            new Paragraph({ text: 'Riktlinje för anhörigstöd i Exempelby', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Målgrupper', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Stödet riktar sig till anhöriga till äldre.'),
            new Paragraph({ text: 'Barn som anhöriga', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Samverkan', style: 'Rubrik1' }),
            new Paragraph({ text: 'samtal', numbering: { reference: 'punkter', level: 0 } }),
            new Paragraph({ text: 'grupper', numbering: { reference: 'punkter', level: 0 } }),
            new Paragraph({ text: 'först', numbering: { reference: 'nummer', level: 0 } }),
            new Paragraph({ text: 'sedan', numbering: { reference: 'nummer', level: 0 } }),
          ],
        },
      ],
    });
    const imported = await importFile('riktlinje.docx', await pack(doc));
    expect(imported.metadata).toMatchObject({ datum: '2026-01-15', diarienummer: 'KS 2026/12', title: 'Riktlinje för anhörigstöd i Exempelby' });
    expect(headingEntries(imported.body).map((h) => [h.heading, h.level])).toEqual([
      ['Målgrupper', 1],
      ['Barn som anhöriga', 2],
      ['Samverkan', 1],
    ]);
    const types: string[] = [];
    imported.body.forEach((n) => types.push(n.type.name));
    expect(types).toContain('bullet_list');
    expect(types).toContain('ordered_list');
    expect(imported.notices).toEqual([]);
  });

  it('reads custom styles named "Rubrik 1" and "Rubrik 2" as headings', async () => {
    const doc = new Document({
      styles: {
        paragraphStyles: [
          { id: 'EgenRubrik1', name: 'Rubrik 1', basedOn: 'Normal', run: { bold: true, size: 30 } },
          { id: 'EgenRubrik2', name: 'Rubrik 2', basedOn: 'Normal', run: { bold: true, size: 26 } },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Förslag till beslut', style: 'EgenRubrik1' }),
            new Paragraph('Nämnden besvarar remissen med detta yttrande.'),
            new Paragraph({ text: 'Synpunkter på avsnitt 4', style: 'EgenRubrik2' }),
            new Paragraph({ children: [new TextRun({ text: 'Förvaltningen tillstyrker', bold: true }), new TextRun(' förslaget.')] }),
          ],
        },
      ],
    });
    const imported = await importFile('remissvar.docx', await pack(doc));
    expect(headingEntries(imported.body).map((h) => [h.heading, h.level])).toEqual([
      ['Förslag till beslut', 1],
      ['Synpunkter på avsnitt 4', 2],
    ]);
    const json = JSON.stringify(imported.body.toJSON());
    expect(json).toContain('"strong"');
    expect(imported.suggestedKind).toBe('remissvar');
  });

  it('tells the user that tracked changes were accepted', async () => {
    const date = '2026-01-01T00:00:00Z';
    const doc = new Document({
      features: { trackRevisions: true },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Stödet gäller '),
                new DeletedTextRun({ text: 'äldre', id: 1, author: 'A', date }),
                new InsertedTextRun({ text: 'alla anhöriga', id: 2, author: 'A', date }),
                new TextRun('.'),
              ],
            }),
          ],
        },
      ],
    });
    const imported = await importFile('ändrad.docx', await pack(doc));
    expect(imported.body.textContent).toBe('Stödet gäller alla anhöriga.');
    expect(imported.notices.join(' ')).toMatch(/spårade ändringar.*godkänts/);
  });

  it('refuses corrupt, encrypted, bomb-like and entity-laden files with a Swedish reason', async () => {
    await expect(importFile('trasig.docx', new TextEncoder().encode('PK inte alls en zip'))).rejects.toThrow(/inte ett giltigt Word-dokument|skadad/);
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(importFile('lösenord.docx', cfb)).rejects.toThrow(/lösenordsskyddad/);

    // A zip whose directory declares 200 MB uncompressed: refused before unpacking.
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        const cd = view.getUint32(i + 16, true);
        view.setUint32(cd + 24, 200 * 1024 * 1024, true);
        break;
      }
    }
    const started = Date.now();
    await expect(importFile('bomb.docx', bytes)).rejects.toThrow(/100 MB/);
    expect(Date.now() - started).toBeLessThan(1000);

    const evil = new JSZip();
    evil.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document>&a;</w:document>');
    await expect(readDocx(await evil.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/entiteter/);
  });
});
