import type { Node as PMNode } from 'prosemirror-model';
import type { DocumentKind } from '../model/kinds.js';
import type { Metadata } from '../model/metadata.js';
import { normalizeHeading, stripPlaceholders, foldKeepOffsets, countWords } from '../text/normalize.js';

/**
 * The engine's view of a document: its text blocks in order, each with where it
 * is (editor position and source line), and the sections they belong to.
 * Built once per document version from the ProseMirror body.
 */
export interface CheckBlock {
  type: 'heading' | 'paragraph' | 'item' | 'cell';
  text: string;
  /** Folded text for matching, offset for offset the same as `text` (see foldKeepOffsets). */
  folded: string;
  /** Words of real content (placeholders excluded). */
  words: number;
  level: number;
  sectionId: string | null;
  /** Index in `sections` of the innermost section holding this block; -1 before the first heading. */
  section: number;
  /**
   * ProseMirror position of the block's start (the editor maps findings with it) in the
   * version the block was made for: a block reused after an edit keeps it, so read it
   * with blockPos(doc, index).
   */
  pos: number;
  /** 1-based line in the source file (or the block's ordinal for formats without lines); read it with blockLine(doc, index). */
  line: number;
  /** The block belongs to a table of contents and is no evidence of anything. */
  toc: boolean;
  /** A table cell: its row's ordinal in the document (cells of one row share it), else -1. */
  row: number;
  /** A cell of a table header row ("Åtgärd | Ansvarig | Klart senast"): no evidence of anything. */
  tableHeader: boolean;
  /** Results of content tests on this block, kept with its (immutable) node across edits. */
  memo: Map<string, unknown>;
}

/** Where in a block a test matched (character offsets). */
export interface BlockMatch {
  start: number;
  end: number;
}

export interface CheckSection {
  heading: string;
  normalized: string;
  level: number;
  sectionId: string | null;
  block: number;
  /** Blocks of the section's own text and its subsections: [start, end). */
  start: number;
  end: number;
  parent: number;
}

export interface CheckDocument {
  kind: DocumentKind;
  /** The document's date (YYYY-MM-DD) used for date-dependent rules. */
  date: string;
  metadata: Metadata;
  /** Source line of metadata fields that came from header lines in the text. */
  metadataLines: Record<string, number>;
  blocks: CheckBlock[];
  sections: CheckSection[];
}

/**
 * What the engine derives from a textblock node's own text. ProseMirror nodes
 * are immutable and an edit keeps every untouched node, so after a keystroke
 * only the edited block is derived again; content-test results (memo) are kept
 * with the node the same way.
 */
interface NodeFacts {
  text: string;
  folded: string;
  normalized: string;
  words: number;
  tocLine: boolean;
  memo: Map<string, unknown>;
}
const factsCache = new WeakMap<PMNode, NodeFacts>();
function factsOf(node: PMNode): NodeFacts {
  let f = factsCache.get(node);
  if (!f) {
    // Every inline leaf (a hard break) counts as one character, as it does in ProseMirror
    // positions: with textContent, offsets after a break would point one character early.
    const text = node.textBetween(0, node.content.size, undefined, leafText);
    const heading = node.type.name === 'heading';
    const folded = foldKeepOffsets(heading ? text : stripPlaceholders(text));
    f = {
      text,
      folded,
      normalized: heading ? normalizeHeading(text) : '',
      words: countWords(folded),
      tocLine: TOC_LINE.test(text),
      memo: new Map(),
    };
    factsCache.set(node, f);
  }
  return f;
}

const leafText = (leaf: PMNode) => (leaf.type.name === 'hard_break' ? '\n' : ' '.repeat(leaf.nodeSize));

const TOC_HEADING = /^(innehall|innehallsforteckning|innehallsfortekning)$/;
const TOC_LINE = /(\.{3,}|…|\s{3,})\s*\d{1,3}\s*$/;

export interface BuildOptions {
  kind: DocumentKind;
  date: string;
  metadata: Metadata;
  /** Source line of each text block in document order, when the source had lines. */
  lines?: number[];
  metadataLines?: Record<string, number>;
  /**
   * What the caller knows changed since a document it built before (the editor's review
   * worker is told which top-level nodes were replaced): `prev`'s top-level nodes with
   * [from, to) replaced by new ones. Saves comparing every top-level node to find the
   * edit. A promise of the caller: only its edges are checked (it is ignored when they do
   * not match), so pass exactly what was replaced, as the review worker does.
   */
  edit?: { prev: CheckDocument; from: number; to: number };
}

/**
 * How a check document was built, kept beside it (not in it) so the next
 * version of the same document can be built from it: per top-level node, its
 * first block, the table-row counter before it and its position.
 */
interface BuildState {
  root: PMNode;
  childStart: number[];
  rowBefore: number[];
  /** Per top-level node, its first block's position less its own (structural, so it never shifts); -1 without blocks. */
  inner: number[];
  chars: number;
  /**
   * Corrections of reused blocks' `pos` and `line`, piecewise constant: from block
   * `from` on (until the next entry), add `pos` and `line`. Empty after a full build.
   */
  corrections: Correction[];
  /** Its node tables have passed to a later version (which was built from this one). */
  consumed: boolean;
}
interface Correction {
  from: number;
  pos: number;
  line: number;
}
/** More corrections than this: the blocks are copied with their right positions instead. */
const MAX_CORRECTIONS = 32;
const NO_CORRECTION: Correction = { from: 0, pos: 0, line: 0 };

function correctionAt(corrections: Correction[], index: number): Correction {
  let lo = 0;
  let hi = corrections.length - 1;
  let found = NO_CORRECTION;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (corrections[mid]!.from <= index) {
      found = corrections[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** ProseMirror position of a block's start in this document. */
export function blockPos(doc: CheckDocument, index: number): number {
  const state = buildStates.get(doc);
  const pos = doc.blocks[index]!.pos;
  return state && state.corrections.length ? pos + correctionAt(state.corrections, index).pos : pos;
}

/** A block's 1-based source line (or ordinal) in this document. */
export function blockLine(doc: CheckDocument, index: number): number {
  const state = buildStates.get(doc);
  const line = doc.blocks[index]!.line;
  return state && state.corrections.length ? line + correctionAt(state.corrections, index).line : line;
}
const buildStates = new WeakMap<CheckDocument, BuildState>();

/**
 * What changed since a previous version: blocks [0, from) are the previous
 * document's (same objects), blocks [to, length) are its [prevTo, length) with
 * only positions, indices and row ordinals shifted, and the sections are the
 * same headings (no heading was edited, added or removed).
 */
export interface CheckChange {
  prev: CheckDocument;
  from: number;
  prevTo: number;
  to: number;
}
const changes = new WeakMap<CheckDocument, CheckChange>();

/** How this document differs from the version it was built from, when it was built incrementally. */
export function changeSince(doc: CheckDocument): CheckChange | undefined {
  return changes.get(doc);
}

/** Characters of text in the document's blocks. */
export function textLength(doc: CheckDocument): number {
  const state = buildStates.get(doc);
  if (state) return state.chars;
  let chars = 0;
  for (const b of doc.blocks) chars += b.text.length;
  return chars;
}

/** Where a top-level node of a built document starts (from its first block's position, else its predecessors'). */
function childOffset(doc: CheckDocument, state: BuildState, index: number): number {
  let add = 0;
  for (let i = index; ; ) {
    if (i < state.inner.length && state.inner[i]! >= 0) return blockPos(doc, state.childStart[i]!) - state.inner[i]! + add;
    if (i === 0) return add;
    i--;
    add += state.root.child(i).nodeSize;
  }
}

/** The last few documents built, to build the next version of one from it (an editor re-checks after every edit). */
const recent: CheckDocument[] = [];
const RECENT = 4;

export function buildCheckDocument(doc: PMNode, options: BuildOptions): CheckDocument {
  const built = options.lines ? null : buildIncrementally(doc, options);
  const result = built ?? buildFully(doc, options);
  if (!options.lines) {
    recent.unshift(result);
    if (recent.length > RECENT) recent.pop();
  }
  return result;
}

/** The walk's state between blocks. */
interface Walk {
  blocks: CheckBlock[];
  sections: CheckSection[];
  stack: number[];
  inToc: boolean;
  row: number;
  chars: number;
  lines: number[] | undefined;
  /** Set when a heading is met and headings are not allowed (an incremental build falls back). */
  headingSeen: boolean;
  allowHeadings: boolean;
  /** Index of the walk's first block in the document (the walk's `blocks` hold only the blocks it made). */
  base: number;
}

function visit(w: Walk, node: PMNode, pos: number, parent: PMNode | null): void {
  if (node.type.name === 'table_row') w.row++;
  if (!node.isTextblock) {
    node.forEach((child, offset) => visit(w, child, pos + 1 + offset, node));
    return;
  }
  const facts = factsOf(node);
  const text = facts.text;
  const { blocks, sections, stack } = w;
  const index = w.base + blocks.length;
  const line = w.lines?.[index] ?? index + 1;
  w.chars += text.length;
  if (node.type.name === 'heading') {
    if (!w.allowHeadings) {
      w.headingSeen = true;
      return;
    }
    const level = node.attrs.level as number;
    while (stack.length && sections[stack[stack.length - 1]!]!.level >= level) {
      sections[stack.pop()!]!.end = index;
    }
    const normalized = facts.normalized;
    w.inToc = TOC_HEADING.test(normalized);
    sections.push({
      heading: text,
      normalized,
      level,
      sectionId: (node.attrs.sectionId as string | null) ?? null,
      block: index,
      start: index + 1,
      end: -1,
      parent: stack.length ? stack[stack.length - 1]! : -1,
    });
    stack.push(sections.length - 1);
    blocks.push({ type: 'heading', text, folded: facts.folded, words: facts.words, level, sectionId: node.attrs.sectionId ?? null, section: sections.length - 1, pos, line, toc: false, row: -1, tableHeader: false, memo: facts.memo });
    return;
  }
  const kind = parent?.type.name === 'list_item' ? 'item' : parent?.type.name === 'table_cell' || parent?.type.name === 'table_header' ? 'cell' : 'paragraph';
  blocks.push({
    type: kind,
    text,
    folded: facts.folded,
    words: facts.words,
    level: 0,
    sectionId: null,
    section: stack.length ? stack[stack.length - 1]! : -1,
    pos,
    line,
    toc: w.inToc || facts.tocLine,
    row: kind === 'cell' ? w.row : -1,
    tableHeader: cellType(parent) === 'table_header',
    memo: facts.memo,
  });
}

function buildFully(doc: PMNode, options: BuildOptions): CheckDocument {
  const w: Walk = { blocks: [], sections: [], stack: [], inToc: false, row: -1, chars: 0, lines: options.lines, headingSeen: false, allowHeadings: true, base: 0 };
  const childStart: number[] = [];
  const rowBefore: number[] = [];
  const inner: number[] = [];
  doc.forEach((child, offset) => {
    const first = w.blocks.length;
    childStart.push(first);
    rowBefore.push(w.row);
    visit(w, child, offset, doc);
    inner.push(w.blocks.length > first ? w.blocks[first]!.pos - offset : -1);
  });
  childStart.push(w.blocks.length);
  rowBefore.push(w.row);
  const { blocks, sections, stack } = w;
  for (const s of stack) sections[s]!.end = blocks.length;
  for (const s of sections) if (s.end < 0) s.end = blocks.length;
  const result: CheckDocument = { kind: options.kind, date: options.date, metadata: options.metadata, metadataLines: options.metadataLines ?? {}, blocks, sections };
  buildStates.set(result, { root: doc, childStart, rowBefore, inner, chars: w.chars, corrections: [], consumed: false });
  return result;
}

/**
 * The next version of a recently built document: blocks of unchanged top-level
 * nodes before the edit are kept, those after it are kept or shifted, and only
 * the edited nodes are walked. Null when no recent version shares nodes with
 * this one or a heading is in the edited part (sections would change).
 */
function buildIncrementally(doc: PMNode, options: BuildOptions): CheckDocument | null {
  const news = doc.content.content;
  const n = news.length;
  let best: { prev: CheckDocument; state: BuildState; p: number; q: number } | null = hinted(doc, options);
  for (const prev of best ? [] : recent) {
    const state = buildStates.get(prev);
    if (!state || state.consumed) continue;
    const olds = state.root.content.content;
    // Two documents made from one array that was changed in place in between: nothing can be told apart.
    if (olds === news && state.root !== doc) continue;
    const m = olds.length;
    let p = 0;
    const max = Math.min(n, m);
    while (p < max && news[p] === olds[p]) p++;
    let q = 0;
    while (q < max - p && news[n - 1 - q] === olds[m - 1 - q]) q++;
    if (!best || p + q > best.p + best.q) best = { prev, state, p, q };
    // One node changed (or only inserted or removed ones): no other version can share more.
    if (p + q >= max - 1) break;
  }
  if (!best || best.p + best.q === 0) return null;
  const { prev, state, p, q } = best;
  // A large paste: walking it costs as much as the whole document.
  if (n - q - p > 5_000) return null;
  const m = state.root.childCount;
  const a = state.childStart[p]!;
  const b = state.childStart[m - q]!;
  // No heading in the old edited part: the sections stay the same headings.
  for (let i = a; i < b; i++) if (prev.blocks[i]!.type === 'heading') return null;
  const before = a > 0 ? prev.blocks[a - 1]! : null;
  const current = before ? before.section : -1;
  const stack: number[] = [];
  for (let s = current; s >= 0; s = prev.sections[s]!.parent) stack.unshift(s);
  const w: Walk = {
    blocks: [],
    sections: prev.sections,
    stack,
    inToc: current >= 0 ? TOC_HEADING.test(prev.sections[current]!.normalized) : false,
    row: state.rowBefore[p]!,
    chars: 0,
    lines: undefined,
    headingSeen: false,
    allowHeadings: false,
    base: a,
  };
  // The edited nodes' entries; the state's arrays are then updated in place (see below).
  const childStart: number[] = [];
  const rowBefore: number[] = [];
  const inner: number[] = [];
  const start = childOffset(prev, state, p);
  let offset = start;
  for (let i = p; i < n - q; i++) {
    const first = w.blocks.length;
    childStart.push(a + first);
    rowBefore.push(w.row);
    const child = doc.child(i);
    visit(w, child, offset, doc);
    if (w.headingSeen) return null;
    inner.push(w.blocks.length > first ? w.blocks[first]!.pos - offset : -1);
    offset += child.nodeSize;
  }
  let oldEnd = start;
  for (let i = p; i < m - q; i++) oldEnd += state.root.child(i).nodeSize;
  if (w.blocks.length > 20_000) return null;
  const to = a + w.blocks.length;
  let oldChars = 0;
  for (let i = a; i < b; i++) oldChars += prev.blocks[i]!.text.length;
  const blockDelta = to - b;
  const posDelta = offset - oldEnd;
  const rowDelta = w.row - state.rowBefore[m - q]!;
  // The previous version's block array passes to this one, updated in place (see below).
  const blocks = prev.blocks;
  // Blocks after the edit are the same objects; their positions and lines are corrected on reading.
  const corrections: Correction[] = [];
  const correct = (c: Correction) => {
    if (corrections.length && corrections[corrections.length - 1]!.from === c.from) corrections.pop();
    const last = corrections[corrections.length - 1];
    if (last ? last.pos !== c.pos || last.line !== c.line : c.pos !== 0 || c.line !== 0) corrections.push(c);
  };
  for (const c of state.corrections) {
    if (c.from >= a) break;
    correct(c);
  }
  correct({ from: a, pos: 0, line: 0 });
  const after = correctionAt(state.corrections, b);
  correct({ from: to, pos: after.pos + posDelta, line: after.line + blockDelta });
  for (const c of state.corrections) if (c.from > b) correct({ from: c.from + blockDelta, pos: c.pos + posDelta, line: c.line + blockDelta });
  blocks.splice(a, b - a, ...w.blocks);
  // A table added or removed renumbers the rows after it (rows are compared between blocks), and too many
  // corrections slow reading: then the blocks concerned are copied with their right values.
  if (rowDelta !== 0 || corrections.length > MAX_CORRECTIONS) {
    for (let i = 0; i < blocks.length; i++) {
      const o = blocks[i]!;
      const c = correctionAt(corrections, i);
      if (c.pos === 0 && c.line === 0 && !(i >= to && rowDelta !== 0 && o.row >= 0)) continue;
      // A literal, not a spread: the same object shape as a walked block, and much faster to make.
      blocks[i] = {
        type: o.type,
        text: o.text,
        folded: o.folded,
        words: o.words,
        level: o.level,
        sectionId: o.sectionId,
        section: o.section,
        pos: o.pos + c.pos,
        line: o.line + c.line,
        toc: o.toc,
        row: o.row >= 0 && i >= to ? o.row + rowDelta : o.row,
        tableHeader: o.tableHeader,
        memo: o.memo,
      };
    }
    corrections.length = 0;
  }
  // The previous version's node tables pass to this one, updated in place (copying them would cost
  // in proportion to the document): the previous version cannot be built from again.
  if (blockDelta !== 0) for (let i = m - q; i <= m; i++) state.childStart[i]! += blockDelta;
  if (rowDelta !== 0) for (let i = m - q; i <= m; i++) state.rowBefore[i]! += rowDelta;
  state.childStart.splice(p, m - q - p, ...childStart);
  state.rowBefore.splice(p, m - q - p, ...rowBefore);
  state.inner.splice(p, m - q - p, ...inner);
  state.consumed = true;
  // The previous version's blocks, should anyone still read them, are made again from its nodes.
  const prevRoot = state.root;
  const prevOptions: BuildOptions = { kind: prev.kind, date: prev.date, metadata: prev.metadata, metadataLines: prev.metadataLines };
  let rebuilt: CheckBlock[] | null = null;
  state.corrections = [];
  Object.defineProperty(prev, 'blocks', { configurable: true, enumerable: true, get: () => (rebuilt ??= buildFully(prevRoot, prevOptions).blocks) });
  const at = recent.indexOf(prev);
  if (at >= 0) recent.splice(at, 1);
  const nextState: BuildState = {
    root: doc,
    childStart: state.childStart,
    rowBefore: state.rowBefore,
    inner: state.inner,
    chars: state.chars - oldChars + w.chars,
    corrections,
    consumed: false,
  };
  // Block indices in sections: those at or after the old edited part move with it.
  const sections =
    blockDelta === 0
      ? prev.sections
      : prev.sections.map((s) => ({
          ...s,
          block: s.block >= b ? s.block + blockDelta : s.block,
          start: s.start > a ? s.start + blockDelta : s.start,
          end: s.end >= b ? s.end + blockDelta : s.end,
        }));
  const result: CheckDocument = { kind: options.kind, date: options.date, metadata: options.metadata, metadataLines: options.metadataLines ?? {}, blocks, sections };
  buildStates.set(result, nextState);
  changes.set(result, { prev, from: a, prevTo: b, to });
  return result;
}

/** The edit the caller names, when it fits the two documents: only its edges are compared. */
function hinted(doc: PMNode, options: BuildOptions): { prev: CheckDocument; state: BuildState; p: number; q: number } | null {
  const edit = options.edit;
  const state = edit && buildStates.get(edit.prev);
  if (!edit || !state || state.consumed) return null;
  const news = doc.content.content;
  const olds = state.root.content.content;
  if (olds === news && state.root !== doc) return null;
  const n = news.length;
  const m = olds.length;
  const p = edit.from;
  const q = m - edit.to;
  if (!(p >= 0 && q >= 0 && p <= edit.to && p + q <= n)) return null;
  if (p > 0 && news[p - 1] !== olds[p - 1]) return null;
  if (q > 0 && news[n - q] !== olds[m - q]) return null;
  return { prev: edit.prev, state, p, q };
}

function cellType(parent: PMNode | null): string | null {
  const name = parent?.type.name;
  return name === 'table_cell' || name === 'table_header' ? name : null;
}
