import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Change, Comparison } from '../compare/compare.js';
import type { Unit } from '../compare/units.js';
import { BULLET_REF, NUMBERING, ORDERED_REF, STYLES, pageNumberFooter } from './styles.js';
import { HEADINGS } from './write.js';

export interface ComparisonExportOptions {
  author: string;
  /** ISO date-time of the changes. */
  date: string;
  title: string;
}

/**
 * A comparison as a Word file with real tracked changes (w:ins / w:del with
 * author and date). A wholly inserted or deleted paragraph has its paragraph
 * mark tracked too, so accepting or rejecting leaves no empty paragraphs. A
 * move is written as a deletion and an insertion.
 */
export async function exportComparison(comparison: Comparison, options: ComparisonExportOptions): Promise<Uint8Array> {
  let id = 1;
  const revision = () => ({ id: id++, author: options.author, date: options.date });
  const lists = new ListInstances();
  const children = comparison.changes.map((change) => paragraphFor(change, revision, lists));
  const doc = new Document({
    creator: options.author,
    title: options.title,
    description: 'Jämförelse skapad med Styrdok',
    features: { trackRevisions: true },
    styles: STYLES,
    numbering: NUMBERING,
    sections: [{ footers: pageNumberFooter(), children: children.length ? children : [new Paragraph('')] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

type Revision = () => { id: number; author: string; date: string };

function paragraphFor(change: Change, revision: Revision, lists: ListInstances): Paragraph {
  const unit = change.unit;
  const base = paragraphProps(unit, lists);
  switch (change.op) {
    case 'equal':
      return new Paragraph({ ...base, children: [new TextRun(unit.text)] });
    case 'insert':
      return new Paragraph({ ...base, run: { insertion: revision() }, children: unit.text ? [new InsertedTextRun({ text: unit.text, ...revision() })] : [] });
    case 'delete':
      return new Paragraph({ ...base, run: { deletion: revision() }, children: unit.text ? [new DeletedTextRun({ text: unit.text, ...revision() })] : [] });
    case 'change': {
      const runs: ParagraphChild[] = change.parts.map((part) =>
        part.type === 'equal' ? new TextRun(part.text) : part.type === 'insert' ? new InsertedTextRun({ text: part.text, ...revision() }) : new DeletedTextRun({ text: part.text, ...revision() }),
      );
      return new Paragraph({ ...base, children: runs });
    }
  }
}

function paragraphProps(unit: Unit, lists: ListInstances) {
  if (unit.type === 'heading') {
    lists.reset();
    return { heading: HEADINGS[Math.min(unit.level, 3) - 1] };
  }
  if (unit.type === 'bullet' || unit.type === 'ordered') {
    return { numbering: { reference: unit.type === 'ordered' ? ORDERED_REF : BULLET_REF, level: Math.min(unit.level - 1, 2), instance: lists.instanceFor(unit) } };
  }
  lists.reset();
  return {};
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
