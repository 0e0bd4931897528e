import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportDocument } from '../../core/docx/write.js';
import { importFile } from '../../core/import/importFile.js';
import { headingEntries } from '../../core/model/outline.js';
import { bodyFromTemplate } from '../../core/model/document.js';
import { loadTemplates, fieldsForKind } from '../../core/model/templates.js';
import { sectionIdsFor } from '../../core/import/styrdokDocx.js';
import { readDataDir } from '../helpers/dataFiles.js';

/**
 * A document exported by Styrdok, edited in Word, imported again: what the
 * user changed in Word wins; the custom properties only fill what the
 * document no longer says.
 */
const templates = loadTemplates(readDataDir('templates'));
const kind = 'riktlinje' as const;
const metadata = { title: 'Riktlinje för anhörigstöd', diarienummer: 'SN 2026/14', datum: '2026-03-01', handlaggare: 'Eva Berg' };

async function exported(): Promise<Uint8Array> {
  const body = bodyFromTemplate(templates.templates[kind]!);
  const metadataRows = fieldsForKind(templates, kind).map((f) => ({ key: f.key, label: f.label, value: metadata[f.key as keyof typeof metadata] ?? '' }));
  return exportDocument({ kind, metadata, body, metadataRows, author: 'Eva Berg' });
}

/** Edits word/document.xml as Word would leave it after the user's change. */
async function editInWord(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const next = edit(xml);
  expect(next).not.toBe(xml);
  zip.file('word/document.xml', next);
  return zip.generateAsync({ type: 'uint8array' });
}

const originalHeadings = () => headingEntries(bodyFromTemplate(templates.templates[kind]!));

describe('re-importing a Styrdok .docx edited in Word', () => {
  it('unchanged: same metadata, same headings and section ids, no title or metadata table in the body', async () => {
    const back = await importFile('r.docx', await exported());
    expect(back.metadata).toEqual(metadata);
    expect(headingEntries(back.body).map((h) => [h.heading, h.sectionId])).toEqual(originalHeadings().map((h) => [h.heading, h.sectionId]));
    expect(back.body.textContent).not.toContain('SN 2026/14');
  });

  it('a title and a diarienummer edited in Word win over the properties', async () => {
    const bytes = await editInWord(await exported(), (xml) => xml.replace('Riktlinje för anhörigstöd', 'Riktlinje för stöd till anhöriga 2026').replace('SN 2026/14', 'SN 2026/99'));
    const back = await importFile('r.docx', bytes);
    expect(back.metadata.title).toBe('Riktlinje för stöd till anhöriga 2026');
    expect(back.metadata.diarienummer).toBe('SN 2026/99');
    expect(back.metadata.handlaggare).toBe('Eva Berg');
    expect(headingEntries(back.body)[0]!.heading).toBe(originalHeadings()[0]!.heading);
  });

  it('a heading inserted in Word gets no id, and the ids of the others follow their headings', async () => {
    const second = originalHeadings()[1]!.heading;
    const bytes = await editInWord(await exported(), (xml) => {
      const at = xml.indexOf(`>${second}<`);
      const paragraphStart = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
      return `${xml.slice(0, paragraphStart)}<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Bakgrund från Word</w:t></w:r></w:p>${xml.slice(paragraphStart)}`;
    });
    const back = headingEntries((await importFile('r.docx', bytes)).body);
    const inserted = back.find((h) => h.heading === 'Bakgrund från Word')!;
    expect(inserted.sectionId).toBeNull();
    for (const h of originalHeadings()) expect(back.find((b) => b.heading === h.heading)?.sectionId, h.heading).toBe(h.sectionId);
  });

  it('a title block deleted in Word drops no body text', async () => {
    const bytes = await editInWord(await exported(), (xml) => {
      const at = xml.indexOf('Riktlinje för anhörigstöd');
      const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      return xml.slice(0, start) + xml.slice(end);
    });
    const back = await importFile('r.docx', bytes);
    expect(headingEntries(back.body).map((h) => h.heading)).toEqual(originalHeadings().map((h) => h.heading));
    expect(back.metadata.title).toBe(metadata.title);
    expect(back.metadata.diarienummer).toBe('SN 2026/14');
  });

  it('section ids by text: renamed in place keeps its id, reordered follow their text, order alone for old files', () => {
    const props = { sections: ['a', 'b', 'c'], headings: ['Inledning', 'Syfte', 'Uppföljning'] };
    expect(sectionIdsFor(['Inledning', 'Syfte och mål', 'Uppföljning'], props)).toEqual(['a', 'b', 'c']);
    expect(sectionIdsFor(['Ny rubrik', 'Inledning', 'Syfte', 'Uppföljning'], props)).toEqual([null, 'a', 'b', 'c']);
    expect(sectionIdsFor(['Inledning', 'Uppföljning'], props)).toEqual(['a', 'c']);
    expect(sectionIdsFor(['x', 'y', 'z'], { sections: ['a', 'b', 'c'], headings: null })).toEqual(['a', 'b', 'c']);
    expect(sectionIdsFor(['x', 'y'], { sections: ['a', 'b', 'c'], headings: null })).toEqual([null, null]);
  });
});
