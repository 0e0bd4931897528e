import type { Change } from '../compare/compare.js';

/**
 * Word moves for the comparison export. The docx library writes tracked
 * insertions and deletions only; moved paragraphs are written as such and
 * rewritten here into w:moveFrom / w:moveTo, with a named move range around
 * each run of consecutive moved paragraphs (w:moveFromRangeStart /
 * w:moveToRangeStart share the name), so that Word and LibreOffice show the
 * text as moved rather than deleted in one place and inserted in another.
 */
type Side = 'from' | 'to';

interface MovedParagraph {
  mark: number;
  runs: number[];
}

interface Group {
  name: string;
  from: MovedParagraph[];
  to: MovedParagraph[];
}

/** First id of range markers, above any revision id a comparison uses. */
const RANGE_ID_BASE = 1_000_000_000;

export class MoveRegistry {
  private readonly groupOf = new Map<number, Group>();
  private readonly groups: Group[] = [];
  private readonly ids = { from: new Set<number>(), to: new Set<number>() };

  /** Groups moves whose paragraphs are consecutive both where they come from and where they go. */
  constructor(changes: Change[]) {
    const fromPos = new Map<number, number>();
    const toPos = new Map<number, number>();
    changes.forEach((c, i) => {
      if ((c.op === 'delete' || c.op === 'insert') && c.move !== undefined && c.unit.type !== 'row') (c.op === 'delete' ? fromPos : toPos).set(c.move, i);
    });
    const moves = [...fromPos.keys()].filter((m) => toPos.has(m)).sort((a, b) => fromPos.get(a)! - fromPos.get(b)!);
    let prev: number | null = null;
    for (const m of moves) {
      const joins = prev !== null && fromPos.get(m) === fromPos.get(prev)! + 1 && toPos.get(m) === toPos.get(prev)! + 1;
      if (!joins) this.groups.push({ name: `move${this.groups.length + 1}`, from: [], to: [] });
      this.groupOf.set(m, this.groups[this.groups.length - 1]!);
      prev = m;
    }
  }

  isEmpty(): boolean {
    return this.groups.length === 0;
  }

  /** Registers a moved paragraph as it is written; null for a change that is not part of a move. */
  open(change: Change, _index: number): { mark(id: number): void; run(id: number): void } | null {
    if ((change.op !== 'delete' && change.op !== 'insert') || change.move === undefined) return null;
    const group = this.groupOf.get(change.move);
    if (!group) return null;
    const side: Side = change.op === 'delete' ? 'from' : 'to';
    const paragraph: MovedParagraph = { mark: 0, runs: [] };
    group[side].push(paragraph);
    const ids = this.ids[side];
    return {
      mark: (id) => {
        paragraph.mark = id;
        ids.add(id);
      },
      run: (id) => {
        paragraph.runs.push(id);
        ids.add(id);
      },
    };
  }

  get all(): readonly Group[] {
    return this.groups;
  }

  sideOf(id: number): Side | null {
    return this.ids.from.has(id) ? 'from' : this.ids.to.has(id) ? 'to' : null;
  }
}

const TAG = { from: 'w:moveFrom', to: 'w:moveTo' } as const;

/** Rewrites the moved paragraphs' tracked deletions and insertions in document.xml as Word moves. */
export function applyMoves(xml: string, registry: MoveRegistry, who: { author: string; date: string }): string {
  // Paragraph marks: <w:del w:id="7" .../> inside w:pPr/w:rPr.
  let out = xml.replace(/<w:(del|ins) w:id="(\d+)"([^>]*?)\/>/g, (whole, _tag: string, id: string, rest: string) => {
    const side = registry.sideOf(Number(id));
    return side ? `<${TAG[side]} w:id="${id}"${rest}/>` : whole;
  });
  // Runs: <w:del w:id="8" ...><w:r>…<w:delText>…</w:delText></w:r></w:del>; moved-away text is w:t in Word's moves.
  out = out.replace(/<w:(del|ins) w:id="(\d+)"((?:\s+[\w:]+="[^"]*")*)>([\s\S]*?)<\/w:\1>/g, (whole, _tag: string, id: string, rest: string, content: string) => {
    const side = registry.sideOf(Number(id));
    if (!side) return whole;
    const body = side === 'from' ? content.replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>') : content;
    return `<${TAG[side]} w:id="${id}"${rest}>${body}</${TAG[side]}>`;
  });
  const inserts: { at: number; text: string }[] = [];
  let rangeId = RANGE_ID_BASE;
  const attrs = `w:author="${escapeAttr(who.author)}" w:date="${escapeAttr(who.date)}"`;
  for (const group of registry.all) {
    for (const side of ['from', 'to'] as const) {
      const paragraphs = group[side];
      if (!paragraphs.length) continue;
      const id = rangeId++;
      const tag = side === 'from' ? 'w:moveFromRange' : 'w:moveToRange';
      const first = out.indexOf(`<${TAG[side]} w:id="${paragraphs[0]!.mark}"`);
      const last = out.indexOf(`<${TAG[side]} w:id="${paragraphs[paragraphs.length - 1]!.mark}"`);
      if (first < 0 || last < 0) continue;
      inserts.push({ at: out.indexOf('</w:pPr>', first) + '</w:pPr>'.length, text: `<${tag}Start w:id="${id}" ${attrs} w:name="${group.name}"/>` });
      inserts.push({ at: out.indexOf('</w:p>', last), text: `<${tag}End w:id="${id}"/>` });
    }
  }
  inserts.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const { at, text } of inserts) {
    pieces.push(out.slice(from, at), text);
    from = at;
  }
  pieces.push(out.slice(from));
  return pieces.join('');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
