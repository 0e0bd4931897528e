import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Change, Comparison, TextPart } from '../compare/compare.js';
import type { MetadataChange } from '../compare/metadata.js';
import { runsOf, type Run, type Unit } from '../compare/units.js';
import { BULLET_REF, NUMBERING, ORDERED_REF, STYLES, pageNumberFooter } from './styles.js';
import { MoveRegistry } from './wordMoves.js';

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
const BODY_MARK = '@@STYRDOK-BODY@@';
const LIST_MARK = (k: number) => `@@STYRDOK-LIST-${k}@@`;

/**
 * A comparison as a Word file with real tracked changes (w:ins / w:del with
 * author and date). It opens as the document itself would: the title, the
 * metadata block (changed values tracked), a line saying what was compared,
 * then the body. A wholly inserted or deleted paragraph or table row has its
 * mark tracked too, so accepting or rejecting leaves nothing behind; a moved
 * paragraph is a Word move (w:moveFrom / w:moveTo inside named move ranges);
 * bold and italic are kept; tables stay tables. Accepting every change gives
 * the new version's text and metadata, rejecting every change the old one's,
 * exactly.
 *
 * The docx library writes the package (styles, numbering, footer, settings
 * with change tracking on, properties); the body is written here as XML
 * text, because the library has no Word moves and builds an object per run,
 * which made a 6,000-paragraph comparison take seconds.
 */
export async function exportComparison(comparison: Comparison, options: ComparisonExportOptions): Promise<Uint8Array> {
  const lists = listInstances(comparison.changes);
  const doc = new Document({
    creator: options.author,
    title: options.title,
    description: 'Jämförelse skapad med Styrdok',
    features: { trackRevisions: true },
    styles: { ...STYLES, paragraphStyles: [{ id: 'Jamforelse', name: 'Jämförelse', basedOn: 'Normal', run: { color: '404040' }, paragraph: { spacing: { before: 120, after: 240 } } }] },
    numbering: NUMBERING,
    sections: [
      {
        footers: pageNumberFooter(),
        // One paragraph per list the body uses, so that the library defines its numbering; they are replaced below.
        children: [
          ...lists.map((l, k) => new Paragraph({ numbering: { reference: l.type === 'ordered' ? ORDERED_REF : BULLET_REF, level: 0, instance: k + 1 }, children: [new TextRun(LIST_MARK(k))] })),
          new Paragraph({ children: [new TextRun(BODY_MARK)] }),
        ],
      },
    ],
  });
  // fflate rather than JSZip for the final package: deflating a large body is several times faster.
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const skeleton = strFromU8(files['word/document.xml']!);
  const numIds = lists.map((_, k) => {
    const at = skeleton.indexOf(LIST_MARK(k));
    const p = skeleton.lastIndexOf('<w:p>', at);
    return /<w:numId w:val="(\d+)"\/>/.exec(skeleton.slice(p, at))?.[1] ?? '0';
  });
  const w = new Writer(options, comparison.changes, numIds);
  const body = [w.title(comparison.metadata.find((m) => m.key === 'title'))];
  const rows = comparison.metadata.filter((m) => m.key !== 'title');
  if (rows.length) body.push(w.metadataTable(rows));
  if (options.comparedLine) body.push(`<w:p><w:pPr><w:pStyle w:val="Jamforelse"/></w:pPr>${w.runs([{ text: options.comparedLine, kind: 'equal', italic: true }])}</w:p>`);
  body.push(w.body(comparison.changes));
  const first = skeleton.indexOf('<w:body>') + '<w:body>'.length;
  const mark = skeleton.indexOf('</w:p>', skeleton.indexOf(BODY_MARK)) + '</w:p>'.length;
  files['word/document.xml'] = strToU8(skeleton.slice(0, first) + body.join('') + skeleton.slice(mark));
  // [Content_Types].xml first, as Word's own packages have it.
  const ordered = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0)));
  return zipSync(ordered, { level: 6 });
}

type Kind = TextPart['type'];
/** A piece of text with one formatting and one tracking. */
interface Piece {
  text: string;
  kind: Kind;
  bold?: boolean;
  italic?: boolean;
}

const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3'];
const PCT = 5000; // w:type="pct" widths are in fiftieths of a percent
const TABLE_BORDERS =
  '<w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4"/><w:left w:val="single" w:color="auto" w:sz="4"/><w:bottom w:val="single" w:color="auto" w:sz="4"/><w:right w:val="single" w:color="auto" w:sz="4"/><w:insideH w:val="single" w:color="auto" w:sz="4"/><w:insideV w:val="single" w:color="auto" w:sz="4"/></w:tblBorders>';
/** Text width of an A4 page with the library's default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

class Writer {
  private nextId = 1;
  private readonly moves: MoveRegistry;
  private readonly revisionAttrs: string;

  constructor(
    private readonly options: ComparisonExportOptions,
    changes: Change[],
    private readonly numIds: string[],
  ) {
    this.moves = new MoveRegistry(changes);
    this.revisionAttrs = `w:author="${escapeXml(options.author)}" w:date="${escapeXml(options.date)}"`;
  }

  private revision(tag: string, selfClosing = true): string {
    return `<${tag} w:id="${this.nextId++}" ${this.revisionAttrs}${selfClosing ? '/>' : '>'}`;
  }

  /** The title line: the metadata title, tracked (an empty side reads "Namnlöst dokument", as in a plain export). */
  title(change: MetadataChange | undefined): string {
    let pieces: Piece[];
    if (!change) pieces = [{ text: this.options.title || UNTITLED, kind: 'equal' }];
    else {
      pieces = change.parts.map((p) => ({ text: p.text, kind: p.type }));
      if (!change.old) pieces.unshift({ text: UNTITLED, kind: 'delete' });
      if (!change.new) pieces.push({ text: UNTITLED, kind: 'insert' });
    }
    return `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${this.runs(pieces)}</w:p>`;
  }

  metadataTable(rows: MetadataChange[]): string {
    const out = rows.map((m) => {
      const kind: Kind = m.status === 'added' ? 'insert' : m.status === 'removed' ? 'delete' : 'equal';
      const label = this.cell(1500, this.runs([{ text: m.label, kind, bold: true }]));
      const value = this.cell(3500, this.runs(m.parts.map((p) => ({ text: p.text, kind: p.type }))));
      return `<w:tr>${this.rowProps(kind, false)}${label}${value}</w:tr>`;
    });
    return table([1500, 3500].map((w) => Math.round((w / PCT) * TEXT_WIDTH)), out.join(''));
  }

  body(changes: Change[]): string {
    const out: string[] = [];
    let rows: string[] = [];
    let columns = 1;
    // Rows of one table stay together: a row changes table only when its own table (old or new side) changes.
    let last: { old?: number; new?: number } = {};
    let list: { type: string; index: number } | null = null;
    let listIndex = 0;
    const flush = () => {
      if (rows.length) out.push(table(new Array(columns).fill(Math.round(TEXT_WIDTH / columns)), rows.join('')));
      rows = [];
      columns = 1;
      last = {};
    };
    changes.forEach((change, index) => {
      const unit = change.unit;
      if (unit.type === 'row') {
        const sides = tablesOf(change);
        if ((sides.old !== undefined && last.old !== undefined && sides.old !== last.old) || (sides.new !== undefined && last.new !== undefined && sides.new !== last.new)) flush();
        last = { old: sides.old ?? last.old, new: sides.new ?? last.new };
        columns = Math.max(columns, unit.cells?.length ?? 1);
        rows.push(this.row(change));
        list = null;
        return;
      }
      flush();
      let props = '';
      if (unit.type === 'heading') props = `<w:pStyle w:val="${HEADING_STYLES[Math.min(unit.level, 3) - 1]}"/>`;
      else if (unit.type === 'bullet' || unit.type === 'ordered') {
        // Consecutive list items share one numbering instance; anything else starts a new list.
        if (!list || list.type !== unit.type) list = { type: unit.type, index: listIndex++ };
        props = `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${Math.min(unit.level - 1, 2)}"/><w:numId w:val="${this.numIds[list.index]}"/></w:numPr>`;
      }
      if (unit.type !== 'bullet' && unit.type !== 'ordered') list = null;
      out.push(this.paragraph(change, index, props));
    });
    flush();
    return out.length ? out.join('') : '<w:p/>';
  }

  private paragraph(change: Change, index: number, props: string): string {
    switch (change.op) {
      case 'equal':
        return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${this.runs(piecesOf(runsOf(change.unit), 'equal'))}</w:p>`;
      case 'change':
        return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${this.runs(piecesOfParts(change.parts, runsOf(change.old), runsOf(change.unit)))}</w:p>`;
      case 'insert':
      case 'delete': {
        const move = this.moves.at(index);
        const tag = move ? (change.op === 'delete' ? 'w:moveFrom' : 'w:moveTo') : change.op === 'delete' ? 'w:del' : 'w:ins';
        const mark = `<w:rPr>${this.revision(tag)}</w:rPr>`;
        const runs = this.runs(piecesOf(runsOf(change.unit), change.op), move ? tag : undefined);
        const range = move ? (change.op === 'delete' ? 'w:moveFromRange' : 'w:moveToRange') : '';
        const start = move?.first ? `<${range}Start w:id="${move.rangeId}" ${this.revisionAttrs} w:name="${move.name}"/>` : '';
        const end = move?.last ? `<${range}End w:id="${move.rangeId}"/>` : '';
        return `<w:p><w:pPr>${props}${mark}</w:pPr>${start}${runs}${end}</w:p>`;
      }
    }
  }

  private row(change: Change): string {
    const unit = change.unit;
    const kind: Kind = change.op === 'insert' ? 'insert' : change.op === 'delete' ? 'delete' : 'equal';
    const width = Math.floor(PCT / Math.max(1, unit.cells?.length ?? 1));
    const cells = (unit.cells ?? []).map((cell, i) => {
      let pieces: Piece[];
      if (change.op === 'change' && change.cells) pieces = piecesOfParts(change.cells[i] ?? [], runsOf(change.old.cells![i]!), runsOf(cell));
      else pieces = piecesOf(runsOf(cell), kind);
      if (unit.header) pieces = pieces.map((p) => ({ ...p, bold: true }));
      return this.cell(width, this.runs(pieces));
    });
    return `<w:tr>${this.rowProps(kind, !!unit.header)}${cells.length ? cells.join('') : this.cell(PCT, '')}</w:tr>`;
  }

  private rowProps(kind: Kind, header: boolean): string {
    const revision = kind === 'insert' ? this.revision('w:ins') : kind === 'delete' ? this.revision('w:del') : '';
    return header || revision ? `<w:trPr>${header ? '<w:tblHeader/>' : ''}${revision}</w:trPr>` : '';
  }

  private cell(widthPct: number, content: string): string {
    return `<w:tc><w:tcPr><w:tcW w:w="${widthPct}" w:type="pct"/></w:tcPr><w:p>${content}</w:p></w:tc>`;
  }

  /**
   * Runs for pieces: a line break is w:br, a tab w:tab. Inserted and deleted
   * pieces are wrapped in w:ins / w:del, or in the move's own tag (moved-away
   * text is w:t inside w:moveFrom, as Word writes it).
   */
  runs(pieces: Piece[], moveTag?: string): string {
    let out = '';
    for (const piece of pieces) {
      if (!piece.text) continue;
      const deleted = piece.kind === 'delete' && !moveTag;
      const props = piece.bold || piece.italic ? `<w:rPr>${piece.bold ? '<w:b/><w:bCs/>' : ''}${piece.italic ? '<w:i/><w:iCs/>' : ''}</w:rPr>` : '';
      const run = `<w:r>${props}${runContent(piece.text, deleted)}</w:r>`;
      if (piece.kind === 'equal') out += run;
      else {
        const tag = moveTag ?? (piece.kind === 'insert' ? 'w:ins' : 'w:del');
        out += `${this.revision(tag, false)}${run}</${tag}>`;
      }
    }
    return out;
  }
}

function table(grid: number[], rows: string): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="${PCT}" w:type="pct"/>${TABLE_BORDERS}</w:tblPr><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
}

/** Text as run content: line breaks and tabs as their elements, the rest as w:t (w:delText when deleted). */
function runContent(text: string, deleted: boolean): string {
  const tag = deleted ? 'w:delText' : 'w:t';
  let out = '';
  for (const part of text.split(/(\n|\t)/)) {
    if (part === '\n') out += '<w:br/>';
    else if (part === '\t') out += '<w:tab/>';
    else if (part) out += `<${tag} xml:space="preserve">${escapeXml(part)}</${tag}>`;
  }
  return out;
}

/** Escapes XML text and drops characters XML 1.0 cannot hold. */
function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The lists of the body in order: each run of consecutive list items of one type is one numbered list. */
function listInstances(changes: Change[]): { type: string }[] {
  const out: { type: string }[] = [];
  let current: string | null = null;
  for (const c of changes) {
    const t = c.unit.type;
    if (t === 'bullet' || t === 'ordered') {
      if (current !== t) out.push({ type: t });
      current = t;
    } else current = null;
  }
  return out;
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

