import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { schema } from '../../core/model/schema.js';
import { exportDocument } from '../../core/docx/write.js';
import { exportComparison } from '../../core/docx/writeComparison.js';
import { compareDocuments } from '../../core/compare/compare.js';
import { unitsOf } from '../../core/compare/units.js';
import { importFile } from '../../core/import/importFile.js';
import { headingEntries } from '../../core/model/outline.js';
import { bodyFromTemplate } from '../../core/model/document.js';
import { loadTemplates } from '../../core/model/templates.js';
import { editedVersion, everythingEdited, hundredPageDoc } from '../../bench/fixtures.js';
import { partOf } from '../helpers/docxXml.js';
import { resolvedBlocks } from '../helpers/comparisonDocx.js';
import { readDataDir } from '../helpers/dataFiles.js';

const { doc, heading, paragraph, bullet_list, ordered_list, list_item, table, table_row, table_cell, table_header } = schema.nodes;
const p = (t: string) => paragraph.create(null, t ? schema.text(t) : []);
const li = (t: string) => list_item.create(null, p(t));

function sample() {
  const template = loadTemplates(readDataDir('templates')).templates.program!;
  const base = bodyFromTemplate(template);
  const extra = [
    p('Stödet gäller anhöriga till äldre.'),
    bullet_list.create(null, [li('samtal'), li('avlösning')]),
    ordered_list.create(null, [li('först'), li('sedan')]),
    table.create(null, [table_row.create(null, [table_header.create(null, p('Åtgärd')), table_header.create(null, p('När'))]), table_row.create(null, [table_cell.create(null, p('Utbildning')), table_cell.create(null, p('2026'))])]),
    paragraph.create(null, [schema.text('Fet', [schema.marks.strong.create()]), schema.text(' och '), schema.text('kursiv', [schema.marks.em.create()])]),
  ];
  const children: typeof extra = [];
  base.forEach((n) => children.push(n));
  return doc.create(null, [...children.slice(0, 4), ...extra, ...children.slice(4)]);
}

describe('document export', () => {
  it('round-trips: export, import, same outline, same section ids, same metadata and kind', async () => {
    const body = sample();
    const metadata = { title: 'Program för stöd till anhöriga 2026–2029', diarienummer: 'KS 2026/77', datum: '2026-02-01', handlaggare: 'Eva Berg' };
    const bytes = await exportDocument({ kind: 'program', metadata, body, author: 'Eva Berg', metadataRows: [{ label: 'Diarienummer', value: 'KS 2026/77' }, { label: 'Datum', value: '2026-02-01' }, { label: 'Handläggare', value: 'Eva Berg' }] });
    const back = await importFile('program.docx', bytes);
    expect(back.suggestedKind).toBe('program');
    expect(back.metadata).toEqual(metadata);
    expect(headingEntries(back.body).map((h) => [h.heading, h.level, h.sectionId])).toEqual(headingEntries(body).map((h) => [h.heading, h.level, h.sectionId]));
    const types: string[] = [];
    back.body.forEach((n) => types.push(n.type.name));
    expect(types).toEqual(expect.arrayContaining(['bullet_list', 'ordered_list', 'table']));
    expect(JSON.stringify(back.body.toJSON())).toContain('"strong"');
  });

  it('writes headings with outline levels, Swedish language, page numbers and file properties', async () => {
    const bytes = await exportDocument({ kind: 'riktlinje', metadata: { title: 'Riktlinje' }, body: sample(), author: 'Eva Berg', metadataRows: [] });
    const styles = await partOf(bytes, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    expect(styles).toContain('w:val="sv-SE"');
    const footers = (await Promise.all(['word/footer1.xml', 'word/footer2.xml'].map((f) => partOf(bytes, f)))).join('');
    expect(footers).toMatch(/PAGE/);
    const core = await partOf(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Riktlinje</dc:title>');
    expect(core).toContain('<dc:creator>Eva Berg</dc:creator>');
    expect(await partOf(bytes, 'docProps/custom.xml')).toContain('styrdok.kind');
  });
});

describe('comparison export with tracked changes', () => {
  const pairs = () => {
    const big = hundredPageDoc();
    const small = doc.create(null, [heading.create({ level: 1 }, schema.text('Mål')), p('Stödet ska vara tidigt.'), p('Ett stycke som tas bort.'), bullet_list.create(null, [li('samtal'), li('grupper')])]);
    const smallNew = doc.create(null, [heading.create({ level: 1 }, schema.text('Mål')), p('Stödet ska vara tidigt och flexibelt.'), bullet_list.create(null, [li('samtal'), li('grupper'), li('avlösning')]), p('Ett helt nytt stycke.')]);
    return [
      ['small', small, smallNew],
      ['100 pages', big, editedVersion(big)],
      ['everything edited', big, everythingEdited(big)],
    ] as const;
  };

  it.each(pairs())('%s: accepting all gives the new text, rejecting all the old, and mammoth reads the new', async (_name, before, after) => {
    const comparison = compareDocuments(before, after);
    const bytes = await exportComparison(comparison, { author: 'Eva Berg', date: '2026-03-01T10:00:00Z', title: 'Jämförelse' });
    // The first block is the title line; the body follows.
    expect((await resolvedBlocks(bytes, 'accept')).slice(1)).toEqual(unitsOf(after).map((u) => u.text));
    expect((await resolvedBlocks(bytes, 'reject')).slice(1)).toEqual(unitsOf(before).map((u) => u.text));
    const xml = await partOf(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:ins [^>]*w:author="Eva Berg"[^>]*w:date="2026-03-01T10:00:00Z"/);
    const read = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const newText = 'Jämförelse' + unitsOf(after).map((u) => u.text).join('');
    expect(read.value.replace(/\s+/g, '')).toBe(newText.replace(/\s+/g, ''));
  });

  it('writes a valid file for identical documents', async () => {
    const same = hundredPageDoc();
    const comparison = compareDocuments(same, same);
    expect(comparison.identical).toBe(true);
    const bytes = await exportComparison(comparison, { author: 'A', date: '2026-01-01T00:00:00Z', title: 'Ingen skillnad' });
    expect((await resolvedBlocks(bytes, 'accept')).slice(1)).toEqual(unitsOf(same).map((u) => u.text));
  });
});
