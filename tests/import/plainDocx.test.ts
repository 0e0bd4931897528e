import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Node as PMNode } from 'prosemirror-model';
import { importFile } from '../../core/import/importFile.js';
import { ROOT } from '../helpers/dataFiles.js';

/**
 * A text file saved as Word (each line a paragraph, blank lines empty ones, or
 * each block of text one paragraph) has no styles to tell its headings by: it
 * must import as the text file does — the same headings, levels and metadata —
 * so that the checklist judges a .docx as it judges the .txt.
 */
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'docs');

function corpusText(name: string): string {
  // The corpus's three "# " note lines are not part of the document.
  return readFileSync(join(CORPUS, name), 'utf8').replace(/^(#[^\n]*\n){1,3}/, '');
}

async function wordFile(paragraphs: string[], bold = false): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ children: text ? [new TextRun({ text, bold })] : [] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const outline = (body: PMNode) => {
  const out: string[] = [];
  body.forEach((c) => {
    if (c.type.name === 'heading') out.push(`${c.attrs.level} ${c.textContent}`);
  });
  return out;
};

describe.skipIf(!existsSync(CORPUS))('a Word file holding plain text', () => {
  const names = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];

  it('imports line by line as the text file does: headings, levels, metadata and text', async () => {
    for (const name of names) {
      const text = corpusText(name);
      const fromText = await importFile(name, new TextEncoder().encode(text));
      const fromWord = await importFile(name.replace(/\.txt$/, '.docx'), await wordFile(text.replace(/\r\n?/g, '\n').split('\n')));
      expect(outline(fromWord.body), name).toEqual(outline(fromText.body));
      expect(fromWord.metadata, name).toEqual(fromText.metadata);
      expect(fromWord.suggestedKind, name).toBe(fromText.suggestedKind);
      expect(fromWord.body.textContent, name).toBe(fromText.body.textContent);
    }
  }, 120_000);

  it('imports paragraph by paragraph (no empty paragraphs) with the same headings', async () => {
    for (const name of names) {
      const text = corpusText(name);
      const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
      const fromText = await importFile(name, new TextEncoder().encode(blocks.join('\n\n')));
      const fromWord = await importFile(name.replace(/\.txt$/, '.docx'), await wordFile(blocks));
      expect(outline(fromWord.body), name).toEqual(outline(fromText.body));
    }
  }, 120_000);

  it('keeps formatting: a Word file with bold text is read as Word, not as text', async () => {
    const file = await wordFile(['Målgrupper', 'Stödet riktar sig till unga anhöriga.'], true);
    const imported = await importFile('fet.docx', file);
    let bold = false;
    imported.body.descendants((n) => {
      if (n.marks.some((m) => m.type.name === 'strong')) bold = true;
    });
    expect(bold).toBe(true);
  });
});
