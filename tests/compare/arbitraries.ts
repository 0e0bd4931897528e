import fc from 'fast-check';
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../core/model/schema.js';

/**
 * Random documents and random edits of them, for the comparison's exactness
 * properties. Texts are built from a small vocabulary with odd whitespace and
 * case, so that paragraphs often resemble each other (the hard case for pairing).
 */
const WORDS = ['anhöriga', 'stöd', 'Kommunen', 'avlösning', 'samtal', 'och', 'i', 'ska', 'nämnden', 'ÅR', '2026', '§', 'Barn', 'unga'];
const SPACES = [' ', ' ', ' ', '  ', '\t', ' \u00a0'];

export const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { maxLength: 9 })
  .map((ws) => ws.map(([w, s]) => w + s).join('').replace(/^\s+/, (m) => (m.length % 2 ? m : '')));

type Inline = { text: string; bold: boolean; italic: boolean } | 'br';
const inline = fc.array(fc.oneof({ weight: 8, arbitrary: fc.record({ text, bold: fc.boolean(), italic: fc.boolean() }) }, { weight: 1, arbitrary: fc.constant('br' as const) }), { maxLength: 3 });

/** A block as plain data, so that fast-check can shrink and edit it. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; inline: Inline[] }
  | { kind: 'paragraph'; inline: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; rows: string[][] };

export const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), inline }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), inline }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(inline, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).chain((cols) => fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.array(text, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 3 }) })) },
);

export const blocks = fc.array(block, { minLength: 1, maxLength: 14 });

/** One edit of a block list: the kinds a writer makes between two versions. */
type Edit =
  | { op: 'delete'; at: number }
  | { op: 'insert'; at: number; block: Block }
  | { op: 'retext'; at: number; text: string }
  | { op: 'whitespace'; at: number }
  | { op: 'case'; at: number }
  | { op: 'move'; from: number; length: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), block }),
  fc.record({ op: fc.constant('retext' as const), at: fc.nat(), text }),
  fc.record({ op: fc.constant('whitespace' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('case' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 4 }), to: fc.nat() }),
);

export const edits = fc.array(edit, { maxLength: 8 });

function mapText(b: Block, f: (t: string) => string): Block {
  const mapInline = (xs: Inline[]) => xs.map((x) => (x === 'br' ? x : { ...x, text: f(x.text) }));
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return { ...b, inline: mapInline(b.inline) };
    case 'list':
      return { ...b, items: b.items.map(mapInline) };
    case 'table':
      return { ...b, rows: b.rows.map((r) => r.map(f)) };
  }
}

export function applyEdits(source: Block[], list: Edit[]): Block[] {
  const out = [...source];
  for (const e of list) {
    const at = (n: number) => (out.length ? n % out.length : 0);
    switch (e.op) {
      case 'delete':
        if (out.length > 1) out.splice(at(e.at), 1);
        break;
      case 'insert':
        out.splice(at(e.at), 0, e.block);
        break;
      case 'retext': {
        const i = at(e.at);
        out[i] = mapText(out[i]!, (t) => (t.length > 3 ? t.slice(0, t.length >> 1) + e.text : e.text + t));
        break;
      }
      case 'whitespace':
        out[at(e.at)] = mapText(out[at(e.at)]!, (t) => t.replace(/ /, '  ').replace(/\s+$/, '') + ' ');
        break;
      case 'case':
        out[at(e.at)] = mapText(out[at(e.at)]!, (t) => t.toLocaleUpperCase('sv'));
        break;
      case 'move': {
        const from = at(e.from);
        const moved = out.splice(from, Math.min(e.length, out.length - from));
        out.splice(out.length ? e.to % (out.length + 1) : 0, 0, ...moved);
        break;
      }
    }
  }
  return out.length ? out : source;
}

const { doc, heading, paragraph, bullet_list, ordered_list, list_item, table, table_row, table_cell, hard_break } = schema.nodes;

function inlineNodes(xs: Inline[]): PMNode[] {
  const out: PMNode[] = [];
  for (const x of xs) {
    if (x === 'br') out.push(hard_break.create());
    else if (x.text) {
      const marks = [...(x.bold ? [schema.marks.strong.create()] : []), ...(x.italic ? [schema.marks.em.create()] : [])];
      out.push(schema.text(x.text, marks));
    }
  }
  return out;
}

export function toDoc(list: Block[]): PMNode {
  return doc.create(
    null,
    list.map((b) => {
      switch (b.kind) {
        case 'heading':
          return heading.create({ level: b.level }, inlineNodes(b.inline));
        case 'paragraph':
          return paragraph.create(null, inlineNodes(b.inline));
        case 'list':
          return (b.ordered ? ordered_list : bullet_list).create(null, b.items.map((i) => list_item.create(null, paragraph.create(null, inlineNodes(i)))));
        case 'table':
          return table.create(null, b.rows.map((r) => table_row.create(null, r.map((c) => table_cell.create(null, paragraph.create(null, c ? schema.text(c) : []))))));
      }
    }),
  );
}
