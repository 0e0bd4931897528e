import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVersions } from '../../core/compare/compare.js';
import { CELL_SEPARATOR, unitsOf } from '../../core/compare/units.js';
import { exportComparison } from '../../core/docx/writeComparison.js';
import { resolvedBlocks } from '../helpers/comparisonDocx.js';
import { partOf } from '../helpers/docxXml.js';
import { schema } from '../../core/model/schema.js';
import { applyEdits, blocks, edits, text, toDoc } from './arbitraries.js';

const FIELDS = [
  { key: 'title', label: 'Titel' },
  { key: 'diarienummer', label: 'Diarienummer' },
  { key: 'datum', label: 'Datum' },
];
const LINE = 'Jämförelse mellan version 2 (2026-03-01) och version 3 (2026-04-12)';

/** The blocks a plain export of one version would hold, in the comparison export's order. */
function expected(metadata: Record<string, string>, other: Record<string, string>, doc: ReturnType<typeof toDoc>): string[] {
  const title = metadata.title || other.title ? metadata.title || 'Namnlöst dokument' : 'Jämförelse';
  const rows = FIELDS.filter((f) => f.key !== 'title' && metadata[f.key]).map((f) => `${f.label} | ${metadata[f.key]}`);
  return [title, ...rows, LINE, ...unitsOf(doc).map((u) => (u.cells ? u.cells.map((c) => c.text).join(CELL_SEPARATOR) : u.text))];
}

/** Every move range opens and closes once, and each name has exactly one source and one destination range. */
function expectWellFormedMoves(xml: string) {
  for (const side of ['moveFrom', 'moveTo']) {
    const starts = [...xml.matchAll(new RegExp(`<w:${side}RangeStart w:id="(\\d+)"[^>]*w:name="([^"]+)"`, 'g'))];
    const ends = [...xml.matchAll(new RegExp(`<w:${side}RangeEnd w:id="(\\d+)"`, 'g'))].map((m) => m[1]);
    expect(starts.map((m) => m[1]).sort()).toEqual([...ends].sort());
    expect(new Set(starts.map((m) => m[2])).size).toBe(starts.length);
  }
  const names = (side: string) => [...xml.matchAll(new RegExp(`<w:${side}RangeStart [^>]*w:name="([^"]+)"`, 'g'))].map((m) => m[1]).sort();
  expect(names('moveFrom')).toEqual(names('moveTo'));
  // Moved-away text is w:t inside w:moveFrom, never w:delText.
  expect(xml).not.toMatch(/<w:moveFrom [^>]*[^/]>(?:(?!<\/w:moveFrom>).)*<w:delText/);
}

describe('comparison export exactness in Word', () => {
  it('accepting every change gives the new version (title, metadata, body), rejecting every change the old, moves included', async () => {
    const metadata = fc.record({ title: text, diarienummer: fc.constantFrom('', 'KS 2026/77', 'SN 2025/1'), datum: fc.constantFrom('', '2026-03-01', '2026-13-45') });
    await fc.assert(
      fc.asyncProperty(blocks, edits, metadata, metadata, fc.boolean(), async (source, list, oldMeta, newMeta, ignore) => {
        const before = toDoc(source);
        const after = toDoc(applyEdits(source, list));
        const c = compareVersions({ body: before, metadata: oldMeta }, { body: after, metadata: newMeta }, FIELDS, { ignoreWhitespace: ignore, ignoreCase: ignore });
        const bytes = await exportComparison(c, { author: 'Eva Berg', date: '2026-04-12T10:00:00Z', title: 'Jämförelse', comparedLine: LINE });
        expect(await resolvedBlocks(bytes, 'accept')).toEqual(expected(newMeta, oldMeta, after));
        expect(await resolvedBlocks(bytes, 'reject')).toEqual(expected(oldMeta, newMeta, before));
        expectWellFormedMoves(await partOf(bytes, 'word/document.xml'));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('comparison export as a reader sees it', () => {
  const { doc, heading, paragraph, table, table_row, table_cell, table_header } = schema.nodes;
  const p = (...parts: (string | [string, 'b' | 'i'])[]) =>
    paragraph.create(null, parts.map((x) => (typeof x === 'string' ? schema.text(x) : schema.text(x[0], [x[1] === 'b' ? schema.marks.strong.create() : schema.marks.em.create()]))));
  const h = (t: string) => heading.create({ level: 1 }, schema.text(t));
  const cells = (type: typeof table_cell, ...t: string[]) => table_row.create(null, t.map((x) => type.create(null, paragraph.create(null, schema.text(x)))));
  const before = doc.create(null, [
    h('Inledning'),
    p('Programmet gäller ', ['2025–2028', 'b'], '.'),
    h('Anhörigsamordnare'),
    p('Samordnaren ger råd till anhöriga.'),
    p('Samordnaren når man via kontaktcenter.'),
    h('Åtgärder'),
    table.create(null, [cells(table_header, 'Åtgärd', 'När'), cells(table_cell, 'Utbildning', '2026'), cells(table_cell, 'Cafékvällar', '2027')]),
    h('Uppföljning'),
    p('Nämnden följer upp programmet.'),
  ]);
  const after = doc.create(null, [
    h('Inledning'),
    p('Programmet gäller ', ['2026–2029', 'b'], ' och ', ['revideras', 'i'], '.'),
    h('Åtgärder'),
    table.create(null, [cells(table_header, 'Åtgärd', 'När'), cells(table_cell, 'Utbildning', '2027'), cells(table_cell, 'Samtalsgrupper', 'löpande')]),
    h('Uppföljning'),
    p('Nämnden följer upp programmet.'),
    h('Anhörigsamordnare'),
    p('Samordnaren ger råd till anhöriga.'),
    p('Samordnaren når man via kontaktcenter.'),
  ]);

  it('writes a moved section as a Word move with matching range names, keeps bold and italic, and tables as tables', async () => {
    const c = compareVersions({ body: before, metadata: { title: 'Program', datum: '2026-03-01' } }, { body: after, metadata: { title: 'Program', datum: '2026-04-12' } }, FIELDS);
    expect(c.sections.filter((s) => s.heading === 'Anhörigsamordnare')).toHaveLength(1);
    const bytes = await exportComparison(c, { author: 'Eva Berg', date: '2026-04-12T10:00:00Z', title: 'Program', comparedLine: LINE });
    const xml = await partOf(bytes, 'word/document.xml');
    const fromNames = [...xml.matchAll(/<w:moveFromRangeStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]);
    const toNames = [...xml.matchAll(/<w:moveToRangeStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]);
    expect(fromNames.length).toBeGreaterThan(0);
    expect(toNames.sort()).toEqual(fromNames.sort());
    expect(xml).toMatch(/<w:moveFrom w:id="\d+"[^>]*><w:r>(?:<w:rPr\/>)?<w:t xml:space="preserve">Samordnaren ger råd till anhöriga\.<\/w:t>/);
    expect(xml).toMatch(/<w:moveTo w:id="\d+"[^>]*><w:r>(?:<w:rPr\/>)?<w:t xml:space="preserve">Samordnaren ger råd till anhöriga\.<\/w:t>/);
    expect(xml).not.toMatch(/<w:del [^>]*>(?:(?!<\/w:del>)[\s\S])*Samordnaren ger råd/);
    // Bold and italic kept in a changed paragraph, on the inserted and the deleted words alike.
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">2026–2029<\/w:t>/);
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:delText xml:space="preserve">2025–2028<\/w:delText>/);
    expect(xml).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">revideras<\/w:t>/);
    // Metadata table first, then the compared line; the body's table is a table with a tracked row.
    expect(xml.indexOf('<w:tbl>')).toBeLessThan(xml.indexOf(LINE));
    const bodyTable = xml.slice(xml.indexOf(LINE)).match(/<w:tbl>[\s\S]*?<\/w:tbl>/)?.[0] ?? '';
    expect(bodyTable).toContain('<w:tblHeader/>');
    expect(bodyTable).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins /);
    expect(bodyTable).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:del /);
    const accept = await resolvedBlocks(bytes, 'accept');
    expect(accept.slice(0, 3)).toEqual(['Program', 'Datum | 2026-04-12', LINE]);
    expect(accept).toContain('Utbildning | 2027');
    expect((await resolvedBlocks(bytes, 'reject')).slice(0, 2)).toEqual(['Program', 'Datum | 2026-03-01']);
  });
});
