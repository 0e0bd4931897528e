import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  FootnoteReferenceRun,
  type ParagraphChild,
} from 'docx';
import type { Node as PMNode } from 'prosemirror-model';
import type { DocumentKind } from '../model/kinds.js';
import type { Metadata } from '../model/metadata.js';
import { headingEntries } from '../model/outline.js';
import { BULLET_REF, NUMBERING, ORDERED_REF, STYLES, pageNumberFooter } from './styles.js';

/** Custom properties that let an exported file be imported or checked with its kind, metadata and section ids intact. */
export const PROP_KIND = 'styrdok.kind';
export const PROP_METADATA = 'styrdok.metadata';
export const PROP_SECTIONS = 'styrdok.sections';
export const PROP_LEADING = 'styrdok.leadingBlocks';
/** The title as exported, so a re-import can tell the title block and see whether it was edited in Word. */
export const PROP_TITLE = 'styrdok.title';
/** [key, label] of each metadata row written, so a re-import reads values edited in Word back into their fields. */
export const PROP_FIELDS = 'styrdok.metadataFields';
/** Heading texts in the order of PROP_SECTIONS, so section ids follow their headings, not their count. */
export const PROP_SECTION_HEADINGS = 'styrdok.sectionHeadings';

export const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export interface ExportInput {
  kind: DocumentKind;
  metadata: Metadata;
  body: PMNode;
  /** Metadata rows for the block at the top, label and value, in form order. */
  metadataRows: { label: string; value: string; key?: string }[];
  author: string;
}

/** Any document as .docx bytes: title and metadata block, headings, lists, tables, page numbers. */
export async function exportDocument(input: ExportInput): Promise<Uint8Array> {
  const title = input.metadata.title?.trim() || 'Namnlöst dokument';
  const rows = input.metadataRows.filter((r) => r.value.trim() && r.label !== 'Titel');
  const headings = headingEntries(input.body);
  const leading: (Paragraph | Table)[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  if (rows.length) leading.push(metadataTable(rows));
  const lists: Context = { next: 0, footnotes: {} };
  const children: (Paragraph | Table)[] = [...leading];
  input.body.forEach((node) => children.push(...blockToDocx(node, lists)));
  const doc = new Document({
    footnotes: lists.footnotes,
    creator: input.author,
    title,
    description: 'Skapad med Styrdok',
    styles: STYLES,
    numbering: NUMBERING,
    customProperties: [
      { name: PROP_KIND, value: input.kind },
      { name: PROP_METADATA, value: JSON.stringify(input.metadata) },
      { name: PROP_SECTIONS, value: JSON.stringify(headings.map((h) => h.sectionId)) },
      { name: PROP_LEADING, value: String(leading.length) },
      { name: PROP_TITLE, value: title },
      { name: PROP_FIELDS, value: JSON.stringify(rows.filter((r) => r.key).map((r) => [r.key, r.label])) },
      { name: PROP_SECTION_HEADINGS, value: JSON.stringify(headings.map((h) => h.heading)) },
    ],
    sections: [{ footers: pageNumberFooter(), children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function metadataTable(rows: { label: string; value: string }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: r.label, bold: true })] })] }),
            new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [new Paragraph(r.value)] }),
          ],
        }),
    ),
  });
}

/** Threaded through one export: the next list instance and the Word footnotes written so far. */
interface Context {
  next: number;
  footnotes: Record<number, { children: Paragraph[] }>;
}

function blockToDocx(node: PMNode, lists: Context): (Paragraph | Table)[] {
  switch (node.type.name) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[(node.attrs.level as number) - 1], children: inline(node, lists) })];
    case 'bullet_list':
    case 'ordered_list':
      return listToDocx(node, 0, lists.next++, lists);
    case 'table':
      return [tableToDocx(node, lists)];
    default:
      return [new Paragraph({ children: inline(node, lists) })];
  }
}

function listToDocx(list: PMNode, level: number, instance: number, lists: Context): Paragraph[] {
  const reference = list.type.name === 'ordered_list' ? ORDERED_REF : BULLET_REF;
  const out: Paragraph[] = [];
  list.forEach((item) => {
    item.forEach((child) => {
      if (child.type.name === 'paragraph') out.push(new Paragraph({ numbering: { reference, level: Math.min(level, 2), instance }, children: inline(child, lists) }));
      else out.push(...listToDocx(child, level + 1, lists.next++, lists));
    });
  });
  return out;
}

function tableToDocx(table: PMNode, lists: Context): Table {
  const rows: TableRow[] = [];
  table.forEach((row) => {
    const cells: TableCell[] = [];
    row.forEach((cell) => {
      const paragraphs: Paragraph[] = [];
      cell.forEach((p) => paragraphs.push(new Paragraph({ children: inline(p, lists, cell.type.name === 'table_header') })));
      cells.push(new TableCell({ children: paragraphs.length ? paragraphs : [new Paragraph('')] }));
    });
    rows.push(new TableRow({ children: cells, tableHeader: rows.length === 0 && row.firstChild?.type.name === 'table_header' }));
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

function inline(node: PMNode, lists: Context, bold = false): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  node.forEach((child) => {
    if (child.isText) {
      const marks = new Set(child.marks.map((m) => m.type.name));
      runs.push(new TextRun({ text: child.text ?? '', bold: bold || marks.has('strong'), italics: marks.has('em') }));
    } else if (child.type.name === 'hard_break') runs.push(new TextRun({ break: 1 }));
    else if (child.type.name === 'footnote') {
      // A real Word footnote: Word numbers it and keeps its text at the page foot.
      const id = Object.keys(lists.footnotes).length + 1;
      lists.footnotes[id] = { children: [new Paragraph(String(child.attrs.text))] };
      runs.push(new FootnoteReferenceRun(id));
    }
  });
  return runs;
}
