import { Schema, type NodeSpec, type MarkSpec, type DOMOutputSpec } from 'prosemirror-model';
import { tableNodes } from 'prosemirror-tables';

/**
 * The document body: headings (1–3) carrying an optional template section id,
 * paragraphs, bullet and ordered lists, simple tables, bold and italic.
 * Headings live only at the top level, so the outline is a flat scan of the doc.
 */
const headingLevels = [1, 2, 3];

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function superscript(label: string): string {
  return /^\d+$/.test(label) ? [...label].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('') : label;
}

const nodes: Record<string, NodeSpec> = {
  doc: { content: '(paragraph | heading | bullet_list | ordered_list | table)+' },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: (): DOMOutputSpec => ['p', 0],
  },
  heading: {
    attrs: { level: { default: 1 }, sectionId: { default: null } },
    content: 'inline*',
    defining: true,
    parseDOM: [
      ...headingLevels.map((level) => ({
        tag: `h${level}`,
        getAttrs: (dom: HTMLElement) => ({ level, sectionId: dom.getAttribute('data-section') || null }),
      })),
      // Deeper headings from pasted or imported content flatten to level 3.
      ...[4, 5, 6].map((n) => ({ tag: `h${n}`, attrs: { level: 3, sectionId: null } })),
    ],
    toDOM: (node): DOMOutputSpec => {
      const attrs: Record<string, string> = {};
      if (node.attrs.sectionId) attrs['data-section'] = node.attrs.sectionId;
      return [`h${node.attrs.level}`, attrs, 0];
    },
  },
  bullet_list: {
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: (): DOMOutputSpec => ['ul', 0],
  },
  ordered_list: {
    attrs: { order: { default: 1 } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom: HTMLElement) => ({
          order: dom.hasAttribute('start') ? Number(dom.getAttribute('start')) || 1 : 1,
        }),
      },
    ],
    toDOM: (node): DOMOutputSpec => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: node.attrs.order }, 0]),
  },
  list_item: {
    content: 'paragraph (paragraph | bullet_list | ordered_list)*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0],
  },
  ...tableNodes({ tableGroup: 'block', cellContent: 'paragraph+', cellAttributes: {} }),
  text: { group: 'inline' },
  /**
   * A footnote: an atom at its reference mark, holding the note's text. Its text
   * for search and rules is the mark only ("¹"), so a note never mixes into the
   * running text; the Word export writes a real footnote.
   */
  footnote: {
    inline: true,
    group: 'inline',
    atom: true,
    selectable: true,
    attrs: { label: { default: '' }, text: { default: '' } },
    leafText: (node) => superscript(String(node.attrs.label)),
    parseDOM: [
      {
        tag: 'sup.footnote[data-footnote]',
        getAttrs: (dom: HTMLElement) => ({ label: dom.getAttribute('data-label') ?? dom.textContent ?? '', text: dom.getAttribute('data-footnote') ?? '' }),
      },
    ],
    // The note's text is read out by screen readers after the mark and shown as a tooltip.
    toDOM: (node): DOMOutputSpec => [
      'sup',
      { class: 'footnote', 'data-footnote': node.attrs.text, 'data-label': node.attrs.label, title: `Fotnot ${node.attrs.label}: ${node.attrs.text}` },
      ['span', { class: 'visually-hidden' }, 'Fotnot '],
      String(node.attrs.label),
      ['span', { class: 'visually-hidden' }, `: ${node.attrs.text}`],
    ],
  },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: (): DOMOutputSpec => ['br'],
  },
};

const marks: Record<string, MarkSpec> = {
  strong: {
    parseDOM: [
      { tag: 'strong' },
      // Word and Google Docs wrap normal text in <b style="font-weight:normal">.
      { tag: 'b', getAttrs: (dom: HTMLElement) => dom.style?.fontWeight !== 'normal' && null },
      {
        style: 'font-weight',
        getAttrs: (value: string) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null,
      },
    ],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
};

export type NodeName =
  | 'doc' | 'paragraph' | 'heading' | 'bullet_list' | 'ordered_list' | 'list_item'
  | 'table' | 'table_row' | 'table_cell' | 'table_header' | 'text' | 'hard_break' | 'footnote';
export type MarkName = 'strong' | 'em';

export const schema = new Schema<NodeName, MarkName>({
  nodes: nodes as Record<NodeName, NodeSpec>,
  marks: marks as Record<MarkName, MarkSpec>,
});
export type HeadingLevel = 1 | 2 | 3;
