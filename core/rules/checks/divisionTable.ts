import type { CheckBlock } from '../checkDocument.js';
import type { LocalEvidence } from './kind.js';
import type { CheckContext, EvidenceHit } from './types.js';

/**
 * A division of tasks written as a table, as civil servants often lay it out:
 * - a "who" column: rows whose one cell names a side ("Regionen", "Kommunen,
 *   anhörigkonsulenten") and whose other cell holds the task ("Läkarvård",
 *   "Avlösning i hemmet"), with a row for each side;
 * - the sides as column heads ("Kommunen | Regionen") over cells of tasks.
 * A table is a real one (cells) or rows typed with bars, one paragraph a row
 * ("Avlösning | Kommunen"). A row naming both sides ("Kommunen och regionen |
 * gemensamt ansvar") is no one side's task, nor is a phone number or an address.
 * Rows of a table lie next to each other, so the test reads at most REACH
 * blocks on either side.
 */
const REACH = 30;
/** A "who" cell is short: a side and perhaps who in it ("Regionen, hälsocentralen i Granlida"). */
const WHO_WORDS = 6;
/** A column head naming a side is shorter still ("Kommunen", "Region Norrmark", "Kommunens ansvar"). */
const HEAD_WORDS = 4;
/** A task is said in words: a word of three letters or more, and more than three letters in all. */
const WORDS = /^(?=.*\p{L}{3})(?!(?:[^\p{L}]*\p{L}){0,3}[^\p{L}]*$)/u;
/**
 * A first row that names no side is the table's head: it must speak of tasks or of who does them ("Vad | Vem",
 * "Insats | Huvudman", "Uppgift | Ansvarig"), not of contacts or opening hours ("Aktör | Telefontid").
 */
const WHO_HEADER = /(?<![^\s§])(vad|vem|uppgift\S*|insats\S*|ansvar\S*|stod\S*|atgard\S*|omrade\S*|huvudman\S*|utforare|utfors\s+av|ansvarig\S*|roll\S*|gor)(?![^\s§])/u;
/** Contact details are no task: an e-mail or web address, a phone number. */
const CONTACT = /@|www\.|https?:|\b0\d{1,3}[-\s]?\d/u;

interface Cell {
  text: string;
  folded: string;
  words: number;
}
interface Row {
  cells: Cell[];
  header: boolean;
  /** The block that holds the row (a bar row) or each of its cells (a table). */
  blocks: number[];
}

const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The cells of a paragraph typed as a table row ("Avlösning | Kommunen"), else null. */
function barCells(b: CheckBlock): Cell[] | null {
  if (b.type !== 'paragraph' || b.toc || !b.text.includes('|')) return null;
  const cells: Cell[] = [];
  let from = 0;
  for (let at = 0; at <= b.text.length; at++) {
    if (at < b.text.length && b.text[at] !== '|') continue;
    const text = b.text.slice(from, at);
    cells.push({ text, folded: b.folded.slice(from, at), words: wordCount(text) });
    from = at + 1;
  }
  while (cells.length && cells[0]!.words === 0 && !cells[0]!.text.trim()) cells.shift();
  while (cells.length && cells[cells.length - 1]!.words === 0 && !cells[cells.length - 1]!.text.trim()) cells.pop();
  return cells.length >= 2 ? cells : null;
}

/** The table around block i, first row first: adjacent cells of a real table, or adjacent bar rows of as many cells. */
function tableAround(blocks: CheckBlock[], i: number): { rows: Row[]; mine: number; complete: boolean } | null {
  const b = blocks[i]!;
  if (b.type === 'cell' && b.row >= 0) {
    const isCell = (j: number) => j >= 0 && j < blocks.length && blocks[j]!.type === 'cell' && blocks[j]!.row >= 0;
    let from = i;
    while (from > i - REACH && isCell(from - 1)) from--;
    let to = i;
    while (to < i + REACH && isCell(to + 1)) to++;
    const rows: Row[] = [];
    const byRow = new Map<number, Row>();
    for (let j = from; j <= to; j++) {
      const c = blocks[j]!;
      let row = byRow.get(c.row);
      if (!row) byRow.set(c.row, (row = { cells: [], header: c.tableHeader, blocks: [] })), rows.push(row);
      row.cells.push({ text: c.text, folded: c.folded, words: c.words });
      row.blocks.push(j);
    }
    return { rows, mine: rows.indexOf(byRow.get(b.row)!), complete: !isCell(from - 1) };
  }
  const own = barCells(b);
  if (!own) return null;
  const width = own.length;
  const rowAt = (j: number): Row | null => {
    const c = j >= 0 && j < blocks.length ? barCells(blocks[j]!) : null;
    return c && c.length === width ? { cells: c, header: false, blocks: [j] } : null;
  };
  const rows: Row[] = [{ cells: own, header: false, blocks: [i] }];
  let from = i;
  for (let r = rowAt(i - 1); r && from > i - REACH; r = rowAt(from - 1)) rows.unshift(r), from--;
  const mine = i - from;
  let to = i;
  for (let r = rowAt(i + 1); r && to < i + REACH; r = rowAt(to + 1)) rows.push(r), to++;
  return rows.length >= 2 ? { rows, mine, complete: !rowAt(from - 1) } : null;
}

export function divisionTable(sides: RegExp[], unless: RegExp | null, reason: string): LocalEvidence {
  /** The side a cell names as its doer (near its start, short cell, one side only), else null. */
  const who = (c: Cell, maxWords: number): 0 | 1 | null => {
    if (c.words === 0 || c.words > maxWords) return null;
    const hits = sides.map((re) => {
      re.lastIndex = 0;
      return re.exec(c.folded);
    });
    if (hits[0] && hits[1]) return null;
    const side = hits[0] ? 0 : hits[1] ? 1 : null;
    if (side === null) return null;
    // At most one word before the side: "Region Norrmark", "Sjöviks kommun".
    return wordCount(c.folded.slice(0, hits[side]!.index)) <= 1 ? side : null;
  };
  /** A cell with a task: words (not contact details), no side of its own, nothing that makes it shared or put off. */
  const task = (c: Cell) =>
    c.words > 0 && WORDS.test(c.text) && !CONTACT.test(c.text) && who(c, WHO_WORDS) === null && !(unless && ((unless.lastIndex = 0), unless.test(c.folded)));
  /** The side doing a task in a row with a "who" cell, else null. */
  const rowSide = (row: Row): 0 | 1 | null => {
    const doers = row.cells.map((c) => who(c, WHO_WORDS));
    const side = doers.find((d) => d !== null) ?? null;
    if (side === null || doers.some((d) => d !== null && d !== side)) return null;
    return row.cells.some((c, k) => doers[k] === null && task(c)) ? side : null;
  };

  return {
    scope: null,
    reach: REACH,
    test(ctx: CheckContext, i: number): EvidenceHit | null {
      const b = ctx.doc.blocks[i]!;
      if (b.toc || b.tableHeader || b.words === 0 || b.type === 'heading') return null;
      const table = tableAround(ctx.doc.blocks, i);
      if (!table) return null;
      const { rows, mine } = table;
      const own = rows[mine]!;
      // Each row's block reports once: the row's first cell (a table) or the row (bar rows).
      if (own.blocks[0] !== i) return null;
      const hit = { block: i, start: 0, end: b.text.length, reason };

      // A "who" column: this row's doer is one side, another row's the other (under a head that speaks of who does what).
      const head = rows[0]!;
      const headSaysWho = !table.complete || head.cells.some((c) => who(c, WHO_WORDS) !== null || WHO_HEADER.test(c.folded));
      const side = rowSide(own);
      if (side !== null && headSaysWho && rows.some((r, k) => k !== mine && !r.header && rowSide(r) === 1 - side)) return hit;

      // The sides as column heads over tasks: in this row, a task under each side's head (the table's first row, when in reach).
      if (!table.complete || mine === 0) return null;
      const heads = head.cells.map((c) => who(c, HEAD_WORDS));
      if (heads.filter((h) => h !== null).length < 2 || head.cells.length !== own.cells.length) return null;
      const doing = new Set(own.cells.flatMap((c, k) => (heads[k] !== null && task(c) ? [heads[k]] : [])));
      return doing.size === 2 ? hit : null;
    },
  };
}
