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
  /** ProseMirror position of the block's start (the editor maps findings with it). */
  pos: number;
  /** 1-based line in the source file (or the block's ordinal for formats without lines). */
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
}

export function buildCheckDocument(doc: PMNode, options: BuildOptions): CheckDocument {
  const blocks: CheckBlock[] = [];
  const sections: CheckSection[] = [];
  const stack: number[] = [];
  let inToc = false;
  let row = -1;
  doc.descendants((node, pos, parent) => {
    if (node.type.name === 'table_row') row++;
    if (!node.isTextblock) return true;
    const facts = factsOf(node);
    const text = facts.text;
    const index = blocks.length;
    const line = options.lines?.[index] ?? index + 1;
    if (node.type.name === 'heading') {
      const level = node.attrs.level as number;
      while (stack.length && sections[stack[stack.length - 1]!]!.level >= level) {
        sections[stack.pop()!]!.end = index;
      }
      const normalized = facts.normalized;
      inToc = TOC_HEADING.test(normalized);
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
      return false;
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
      toc: inToc || facts.tocLine,
      row: kind === 'cell' ? row : -1,
      tableHeader: cellType(parent) === 'table_header',
      memo: facts.memo,
    });
    return false;
  });
  for (const s of stack) sections[s]!.end = blocks.length;
  for (const s of sections) if (s.end < 0) s.end = blocks.length;
  return { kind: options.kind, date: options.date, metadata: options.metadata, metadataLines: options.metadataLines ?? {}, blocks, sections };
}

function cellType(parent: PMNode | null): string | null {
  const name = parent?.type.name;
  return name === 'table_cell' || name === 'table_header' ? name : null;
}
