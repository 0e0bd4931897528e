import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Node as PMNode } from 'prosemirror-model';
import { importFile } from '../../core/import/importFile.js';
import { exportDocument } from '../../core/docx/write.js';
import { bodyFromJSON } from '../../core/model/document.js';
import { hasSeeds, readSeed } from '../helpers/dataFiles.js';

function notesOf(body: PMNode): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  body.descendants((n) => {
    if (n.type.name === 'footnote') out.push({ label: String(n.attrs.label), text: String(n.attrs.text) });
  });
  return out;
}

const TEXT = `Riktlinje för anhörigstöd

Inledning
Nämnden erbjuder stöd till den som vårdar en närstående med funktionsnedsättning1. Stödet
gäller alla verksamheter.

1 Socialtjänstlagen (2025:400), 13 kap.

Ekonomiskt stöd
Kommunen betalar inte ut anhörigbidrag.
`;

describe('footnotes are a node of the document', () => {
  it('a plain-text footnote becomes a footnote at its mark, not text in the body', async () => {
    const doc = await importFile('r.txt', new TextEncoder().encode(TEXT));
    expect(notesOf(doc.body)).toEqual([{ label: '1', text: 'Socialtjänstlagen (2025:400), 13 kap.' }]);
    // The running text keeps only the mark; the note's text is nowhere in it.
    expect(doc.body.textContent).toContain('funktionsnedsättning¹. Stödet gäller');
    expect(doc.body.textContent).not.toContain('Socialtjänstlagen (2025:400)');
    // It survives the store's JSON round trip.
    expect(notesOf(bodyFromJSON(doc.body.toJSON()))).toEqual(notesOf(doc.body));
  });

  it('is written to Word as a real footnote and read back as one', async () => {
    const doc = await importFile('r.txt', new TextEncoder().encode(TEXT));
    const bytes = await exportDocument({ kind: 'riktlinje', metadata: doc.metadata, body: doc.body, metadataRows: [], author: 'Test' });
    const zip = await JSZip.loadAsync(bytes);
    const footnotesXml = await zip.file('word/footnotes.xml')!.async('string');
    expect(footnotesXml).toContain('Socialtjänstlagen (2025:400), 13 kap.');
    expect(await zip.file('word/document.xml')!.async('string')).toMatch(/<w:footnoteReference w:id="1"\/>/);
    // A Word file without Styrdok's properties (as if from elsewhere): the note comes back as a footnote.
    zip.remove('docProps/custom.xml');
    const again = await importFile('r.docx', new Uint8Array(await zip.generateAsync({ type: 'uint8array' })));
    expect(notesOf(again.body)).toEqual([{ label: '1', text: 'Socialtjänstlagen (2025:400), 13 kap.' }]);
    expect(again.body.textContent).not.toContain('Socialtjänstlagen (2025:400)');
  });

  it.skipIf(!hasSeeds)('seed 002: its three footnotes sit at their marks', async () => {
    const doc = await importFile('002.txt', new TextEncoder().encode(readSeed('002')));
    const notes = notesOf(doc.body);
    expect(notes.map((n) => n.label)).toEqual(['1', '2', '3']);
    expect(notes[0]!.text).toMatch(/^5 kap\. 10 § Socialtjänstlagen/);
    expect(notes[2]!.text).toMatch(/^NKA, Nationellt kompetenscentrum anhöriga/);
  });
});
