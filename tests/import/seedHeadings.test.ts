import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../core/import/importFile.js';
import { headingEntries, deriveOutline, sectionText } from '../../core/model/outline.js';
import { ROOT, hasSeeds, readSeed } from '../helpers/dataFiles.js';

/** The headings a reader sees in seeds 002 and 004, written down before the plain-text import was tuned. */
const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed-headings/seeds.json'), 'utf8')) as Record<
  string,
  { title: string | null; headings: [number, string][] }
>;

const importSeed = (id: string) => importFile(`${id}.txt`, new TextEncoder().encode(readSeed(id)));

describe.skipIf(!hasSeeds)('plain text of the seeds: the headings a reader sees', () => {
  for (const id of ['002', '004']) {
    it(`seed ${id}: exactly the reader's headings, with their levels`, async () => {
      const doc = await importSeed(id);
      expect(headingEntries(doc.body).map((h) => [h.level, h.heading])).toEqual(expected[id]!.headings);
      if (expected[id]!.title) expect(doc.metadata.title).toBe(expected[id]!.title);
    });
  }

  it('seed 002: footnotes leave the running text; the headings they hid come back', async () => {
    const doc = await importSeed('002');
    expect(doc.body.textContent).not.toMatch(/NKA, Nationellt kompetenscentrum/);
    // No footnote line is left inside a section, and the economic-support section holds its own text.
    const outline = deriveOutline(doc.body);
    const economic = outline.find((s) => s.heading === 'Ekonomiskt stöd riktat till anhöriga')!;
    const text = sectionText(doc.body, economic);
    expect(text).toMatch(/^Herrljunga kommun har inte/);
    expect(text).not.toMatch(/Socialtjänstlagen \(SoL\)/);
    // The subsections under Ansvarsfördelning sit inside it.
    const responsibility = outline.find((s) => s.heading === 'Ansvarsfördelning')!;
    expect(responsibility.children.map((c) => c.heading)).toEqual(['Socialnämnden', 'Socialchef', 'Verksamhetschefer och enhetschefer', 'Anhörigsamordnare']);
    expect(doc.body.textContent).toContain('funktionsnedsättning¹');
  });

  it('seed 004: the trailing table of contents adds no headings and no text', async () => {
    const doc = await importSeed('004');
    const last = doc.body.lastChild!;
    expect(last.textContent).not.toMatch(/Klargörande av begrepp/);
    const names = headingEntries(doc.body).map((h) => h.heading);
    expect(new Set(names).size).toBe(names.length);
  });

  it('seed 001: headings are far fewer than its 500 lines of figures, names and table rows', async () => {
    const doc = await importSeed('001');
    const names = headingEntries(doc.body).map((h) => h.heading);
    expect(names.length).toBeLessThan(160);
    expect(names).not.toContain('Ja Nej');
    expect(names).toEqual(expect.arrayContaining(['Sammanfattning', 'Bakgrund']));
  });
});
