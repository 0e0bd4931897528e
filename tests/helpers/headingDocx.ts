import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, LeaderType, Packer, PageNumber, Paragraph,
  TabStopType, Table, TableCell, TableRow, TextRun, WidthType, type IStylesOptions,
} from 'docx';

/**
 * Word files whose headings are known, in several house styles, for measuring
 * the PDF import: LibreOffice turns them into PDFs, the import reads them back.
 * A fixture lists blocks; corpus fixtures name a corpus text and the headings a
 * reader marks in it, written down before the import was tuned.
 */
export type FixtureBlock =
  | { h: 1 | 2 | 3; text: string }
  | { p: string; notes?: string[]; lead?: string }
  | { li: string[] }
  | { title: string }
  | { toc: true }
  | { table: string[][] };

export interface HeadingFixture {
  name: string;
  /** Tuned on, or set aside and only measured. */
  set: 'tuned' | 'set-aside';
  style: keyof typeof HOUSE_STYLES;
  /** Running header text on every page. */
  header?: string;
  blocks?: FixtureBlock[];
  /** A corpus text (../shared/corpus/docs) and the headings a reader marks in it, with levels. */
  corpus?: { file: string; title?: string; headings: [number, string][] };
}

type Styles = { body: { font: string; size: number }; h: { size: number; bold: boolean; italic?: boolean; color?: string }[]; title: number };

export const HOUSE_STYLES = {
  // Word's own look: larger coloured headings.
  word: { body: { font: 'Calibri', size: 11 }, h: [{ size: 16, bold: false, color: '2F5496' }, { size: 13, bold: false, color: '2F5496' }, { size: 12, bold: false, color: '1F3763' }], title: 28 },
  // Many kommuner: Times body, headings in bold a little larger.
  kommun: { body: { font: 'Times New Roman', size: 12 }, h: [{ size: 14, bold: true }, { size: 12, bold: true }, { size: 12, bold: true, italic: true }], title: 20 },
  // Arial throughout, headings bold at body size or just above.
  tight: { body: { font: 'Arial', size: 10 }, h: [{ size: 12, bold: true }, { size: 10, bold: true }, { size: 10, bold: false, italic: true }], title: 16 },
  // python-docx's default template: the third level bold at body size.
  pydocx: { body: { font: 'Calibri', size: 11 }, h: [{ size: 14, bold: true, color: '365F91' }, { size: 13, bold: true, color: '4F81BD' }, { size: 11, bold: true, color: '4F81BD' }], title: 26 },
} satisfies Record<string, Styles>;

function styles(s: Styles): IStylesOptions {
  const run = (size: number, o: { bold?: boolean; italic?: boolean; color?: string } = {}) => ({ font: s.body.font, size: size * 2, bold: o.bold ?? false, italics: o.italic ?? false, color: o.color });
  const heading = (i: number) => ({ run: run(s.h[i]!.size, s.h[i]!), paragraph: { outlineLevel: i, spacing: { before: 240, after: 120 }, keepNext: true } });
  return {
    default: {
      document: { run: run(s.body.size), paragraph: { spacing: { after: 120 } } },
      heading1: heading(0),
      heading2: heading(1),
      heading3: heading(2),
      title: { run: run(s.title, { bold: true }), paragraph: { spacing: { after: 240 } } },
    },
  };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** The blocks of a corpus fixture: each line of the text a paragraph, those equal to a reader's heading headings. */
export function corpusBlocks(corpusDir: string, c: NonNullable<HeadingFixture['corpus']>): FixtureBlock[] {
  const lines = readFileSync(join(corpusDir, c.file), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('# ') && !/^\[(Note|\.\.\.)/.test(l.trim()))
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const wanted = [...c.headings];
  const blocks: FixtureBlock[] = [];
  for (const line of lines) {
    if (c.title && line === c.title && !blocks.length) blocks.push({ title: line });
    else if (wanted[0] && line === wanted[0][1]) blocks.push({ h: wanted.shift()![0] as 1 | 2 | 3, text: line });
    else if (/^[•●▪·]\s+\S/.test(line)) blocks.push({ li: [line.replace(/^[•●▪·]\s+/, '')] });
    else if (/^[•●▪·]$/.test(line)) continue;
    else blocks.push({ p: line });
  }
  if (wanted.length) throw new Error(`${c.file}: headings not found as lines: ${wanted.map((w) => w[1]).join(' | ')}`);
  return blocks;
}

export function expectedHeadings(blocks: FixtureBlock[]): { level: number; text: string }[] {
  return blocks.flatMap((b) => ('h' in b ? [{ level: b.h, text: b.text }] : []));
}

export async function headingDocx(fixture: HeadingFixture, blocks: FixtureBlock[]): Promise<Uint8Array> {
  const s = HOUSE_STYLES[fixture.style];
  const notes: Record<number, { children: Paragraph[] }> = {};
  let noteId = 0;
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if ('title' in b) children.push(new Paragraph({ text: b.title, heading: HeadingLevel.TITLE }));
    else if ('h' in b) children.push(new Paragraph({ text: b.text, heading: HEADINGS[b.h - 1] }));
    else if ('li' in b) for (const item of b.li) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
    else if ('table' in b) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.table.map((row, i) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: i === 0 })] })] })) })),
        }),
      );
    }
    else if ('toc' in b) {
      children.push(new Paragraph({ children: [new TextRun({ text: 'Innehåll', bold: true })] }));
      let page = 2;
      for (const h of expectedHeadings(blocks)) {
        children.push(
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: 9000, leader: LeaderType.DOT }],
            indent: { left: (h.level - 1) * 240 },
            children: [new TextRun(h.text), new TextRun({ children: ['\t', String(page++)] })],
          }),
        );
      }
    } else {
      // A bold lead-in ("Mål: …") is part of the paragraph, not a heading.
      const runs: (TextRun | FootnoteReferenceRun)[] = [...(b.lead ? [new TextRun({ text: `${b.lead} `, bold: true })] : []), new TextRun(b.p)];
      for (const note of b.notes ?? []) {
        notes[++noteId] = { children: [new Paragraph({ children: [new TextRun({ text: note, size: (s.body.size - 2) * 2 })] })] };
        runs.push(new FootnoteReferenceRun(noteId));
      }
      children.push(new Paragraph({ children: runs }));
    }
  }
  const small = (text: string | (string | typeof PageNumber.CURRENT)[]) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: Array.isArray(text) ? text : [text], size: (s.body.size - 1) * 2 })] });
  const doc = new Document({
    styles: styles(s),
    footnotes: notes,
    sections: [
      {
        headers: fixture.header ? { default: new Header({ children: [small(fixture.header)] }) } : undefined,
        footers: { default: new Footer({ children: [small(['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES])] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
