import JSZip from 'jszip';
import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Change, Comparison, TextPart } from '../compare/compare.js';
import type { MetadataChange } from '../compare/metadata.js';
import { runsOf, type Run, type Unit } from '../compare/units.js';
import { BULLET_REF, NUMBERING, ORDERED_REF, STYLES, pageNumberFooter } from './styles.js';
import { HEADINGS } from './write.js';
import { applyMoves, MoveRegistry } from './wordMoves.js';

export interface ComparisonExportOptions {
  author: string;
  /** ISO date-time of the changes. */
  date: string;
  /** Title for the file's properties and, when the metadata holds none, for the title line. */
  title: string;
  /** What was compared, e.g. "Jämförelse mellan version 2 (2026-03-01) och version 3 (2026-04-12)". */
  comparedLine?: string;
}

const UNTITLED = 'Namnlöst dokument';

/**
 * A comparison as a Word file with real tracked changes (w:ins / w:del with
 * author and date). It opens as the document itself would: the title, the
 * metadata block (changed values tracked), a line saying what was compared,
 * then the body. A wholly inserted or deleted paragraph or table row has its
 * mark tracked too, so accepting or rejecting leaves nothing behind; a moved
 * paragraph is a Word move (w:moveFrom / w:moveTo, see wordMoves.ts); bold
 * and italic are kept. Accepting every change gives the new version's text
 * and metadata, rejecting every change the old one's, exactly.
 */
export async function exportComparison(comparison: Comparison, options: ComparisonExportOptions): Promise<Uint8Array> {
  const w = new Writer(options, comparison.changes);
  const children: (Paragraph | Table)[] = [w.title(comparison.metadata.find((m) => m.key === 'title'))];
  const rows = comparison.metadata.filter((m) => m.key !== 'title');
  if (rows.length) children.push(w.metadataTable(rows));
  if (options.comparedLine) children.push(new Paragraph({ style: 'Jamforelse', children: [new TextRun({ text: options.comparedLine, italics: true })] }));
  children.push(...w.body(comparison.changes));
  const doc = new Document({
    creator: options.author,
    title: options.title,
    description: 'Jämförelse skapad med Styrdok',
    features: { trackRevisions: true },
    styles: { ...STYLES, paragraphStyles: [{ id: 'Jamforelse', name: 'Jämförelse', basedOn: 'Normal', run: { color: '404040' }, paragraph: { spacing: { before: 120, after: 240 } } }] },
    numbering: NUMBERING,
    sections: [{ footers: pageNumberFooter(), children }],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  if (w.moves.isEmpty()) return bytes;
  // The docx library has no Word moves: its deletions and insertions of moved text are rewritten as moves.
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', applyMoves(xml, w.moves, options));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

type Kind = TextPart['type'];
/** A piece of text with one formatting and one tracking. */
interface Piece {
  text: string;
  kind: Kind;
  bold?: boolean;
  italic?: boolean;
}

class Writer {
  private nextId = 1;
  readonly moves: MoveRegistry;
  private readonly lists = new ListInstances();

  constructor(private readonly options: ComparisonExportOptions, changes: Change[]) {
    this.moves = new MoveRegistry(changes);
  }

  revision() {
    return { id: this.nextId++, author: this.options.author, date: this.options.date };
  }

  /** The title line: the metadata title, tracked (an empty side reads "Namnlöst dokument", as in a plain export). */
  title(change: MetadataChange | undefined): Paragraph {
    let pieces: Piece[];
    if (!change) pieces = [{ text: this.options.title || UNTITLED, kind: 'equal' }];
    else {
      pieces = change.parts.map((p) => ({ text: p.text, kind: p.type }));
      if (!change.old) pieces.unshift({ text: UNTITLED, kind: 'delete' });
      if (!change.new) pieces.push({ text: UNTITLED, kind: 'insert' });
    }
    return new Paragraph({ heading: HeadingLevel.TITLE, children: this.runs(pieces) });
  }

  metadataTable(rows: MetadataChange[]): Table {
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map((m) => {
        const row = m.status === 'added' ? 'insert' : m.status === 'removed' ? 'delete' : 'equal';
        return new TableRow({
          ...rowRevision(row, () => this.revision()),
          children: [
            new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: this.runs([{ text: m.label, kind: row, bold: true }]) })] }),
            new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: this.runs(m.parts.map((p) => ({ text: p.text, kind: p.type }))) })] }),
          ],
        });
      }),
    });
  }

  body(changes: Change[]): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    let rows: TableRow[] = [];
    // Rows of one table stay together: a row changes table only when its own table (old or new side) changes.
    let last: { old?: number; new?: number } = {};
    const flush = () => {
      if (rows.length) out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
      rows = [];
      last = {};
    };
    changes.forEach((change, index) => {
      if (change.unit.type === 'row') {
        const sides = tablesOf(change);
        if ((sides.old !== undefined && last.old !== undefined && sides.old !== last.old) || (sides.new !== undefined && last.new !== undefined && sides.new !== last.new)) flush();
        last = { old: sides.old ?? last.old, new: sides.new ?? last.new };
        rows.push(this.row(change));
        return;
      }
      flush();
      out.push(this.paragraph(change, index));
    });
    flush();
    return out.length ? out : [new Paragraph('')];
  }

  private paragraph(change: Change, index: number): Paragraph {
    const base = this.paragraphProps(change.unit);
    switch (change.op) {
      case 'equal':
        return new Paragraph({ ...base, children: this.runs(piecesOf(runsOf(change.unit), 'equal')) });
      case 'change':
        return new Paragraph({ ...base, children: this.runs(piecesOfParts(change.parts, runsOf(change.old), runsOf(change.unit))) });
      case 'insert':
      case 'delete': {
        const kind = change.op;
        const move = this.moves.open(change, index);
        const mark = this.revision();
        if (move) move.mark(mark.id);
        const runs = this.runs(piecesOf(runsOf(change.unit), kind), move ?? undefined);
        return new Paragraph({ ...base, run: kind === 'insert' ? { insertion: mark } : { deletion: mark }, children: runs });
      }
    }
  }

  private row(change: Change): TableRow {
    const unit = change.unit;
    const kind: Kind = change.op === 'insert' ? 'insert' : change.op === 'delete' ? 'delete' : 'equal';
    const cells = (unit.cells ?? []).map((cell, i) => {
      let pieces: Piece[];
      if (change.op === 'change' && change.cells) pieces = piecesOfParts(change.cells[i] ?? [], runsOf(change.old.cells![i]!), runsOf(cell));
      else pieces = piecesOf(runsOf(cell), kind);
      if (unit.header) pieces = pieces.map((p) => ({ ...p, bold: true }));
      return new TableCell({ children: [new Paragraph({ children: this.runs(pieces) })] });
    });
    return new TableRow({ ...rowRevision(kind, () => this.revision()), ...(unit.header ? { tableHeader: true } : {}), children: cells.length ? cells : [new TableCell({ children: [new Paragraph('')] })] });
  }

  private paragraphProps(unit: Unit) {
    if (unit.type === 'heading') {
      this.lists.reset();
      return { heading: HEADINGS[Math.min(unit.level, 3) - 1] };
    }
    if (unit.type === 'bullet' || unit.type === 'ordered') {
      return { numbering: { reference: unit.type === 'ordered' ? ORDERED_REF : BULLET_REF, level: Math.min(unit.level - 1, 2), instance: this.lists.instanceFor(unit) } };
    }
    this.lists.reset();
    return {};
  }

  /** Runs for pieces; a line break in the text becomes a Word line break. A move registers its runs' ids. */
  private runs(pieces: Piece[], move?: { run(id: number): void }): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const piece of pieces) {
      piece.text.split('\n').forEach((text, i) => {
        if (!text && i === 0) return;
        const props = { text, bold: piece.bold, italics: piece.italic, ...(i > 0 ? { break: 1 } : {}) };
        if (piece.kind === 'equal') out.push(new TextRun(props));
        else {
          const rev = this.revision();
          move?.run(rev.id);
          out.push(piece.kind === 'insert' ? new InsertedTextRun({ ...props, ...rev }) : new DeletedTextRun({ ...props, ...rev }));
        }
      });
    }
    return out;
  }
}

function rowRevision(kind: Kind, revision: () => { id: number; author: string; date: string }) {
  if (kind === 'insert') return { insertion: revision() };
  if (kind === 'delete') return { deletion: revision() };
  return {};
}

/** The table a row belongs to on each side it exists on. */
function tablesOf(change: Change): { old?: number; new?: number } {
  switch (change.op) {
    case 'delete':
      return { old: change.unit.table };
    case 'insert':
    case 'equal':
      return { new: change.unit.table };
    case 'change':
      return { old: change.old.table, new: change.unit.table };
  }
}

function piecesOf(runs: Run[], kind: Kind): Piece[] {
  return runs.map((r) => ({ text: r.text, kind, bold: r.bold, italic: r.italic }));
}

/**
 * Word-level parts carried over the formatting runs: equal and inserted text
 * takes its formatting from the new unit, deleted text from the old one.
 */
export function piecesOfParts(parts: TextPart[], oldRuns: Run[], newRuns: Run[]): Piece[] {
  const oldCursor = new RunCursor(oldRuns);
  const newCursor = new RunCursor(newRuns);
  const out: Piece[] = [];
  for (const part of parts) {
    const cursor = part.type === 'delete' ? oldCursor : newCursor;
    if (part.type === 'equal') oldCursor.skip(part.text.length);
    for (const slice of cursor.take(part.text)) out.push({ ...slice, kind: part.type });
  }
  return out;
}

class RunCursor {
  private run = 0;
  private offset = 0;
  constructor(private readonly runs: Run[]) {}

  take(text: string): { text: string; bold?: boolean; italic?: boolean }[] {
    const out: { text: string; bold?: boolean; italic?: boolean }[] = [];
    let at = 0;
    while (at < text.length) {
      const r = this.runs[this.run];
      // Runs always cover the text; this guards against a mismatch rather than looping.
      if (!r) {
        out.push({ text: text.slice(at) });
        break;
      }
      const n = Math.min(text.length - at, r.text.length - this.offset);
      out.push({ text: text.slice(at, at + n), bold: r.bold, italic: r.italic });
      at += n;
      this.advance(n);
    }
    return out;
  }

  skip(n: number): void {
    while (n > 0 && this.runs[this.run]) {
      const k = Math.min(n, this.runs[this.run]!.text.length - this.offset);
      n -= k;
      this.advance(k);
    }
  }

  private advance(n: number): void {
    this.offset += n;
    if (this.offset >= (this.runs[this.run]?.text.length ?? 0)) {
      this.run++;
      this.offset = 0;
    }
  }
}

/** Consecutive list items share one numbering instance; anything else starts a new list. */
class ListInstances {
  private current = 0;
  private type: string | null = null;
  instanceFor(unit: Unit): number {
    if (this.type !== unit.type) {
      this.current++;
      this.type = unit.type;
    }
    return this.current;
  }
  reset(): void {
    this.type = null;
  }
}
