import { DOMParser as PMDOMParser, type Node as PMNode } from 'prosemirror-model';
import { parseHTML } from 'linkedom';
import { schema } from '../model/schema.js';
import { normaliseWordHtml } from './wordHtml.js';

/**
 * HTML (from mammoth, markdown or a paste) into a document, through the same
 * parse rules the editor uses for pasting. linkedom gives a DOM outside the browser.
 */
export function htmlToDoc(html: string): PMNode {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  normaliseWordHtml(document as unknown as Document);
  keepFootnotes(document as unknown as Document);
  const parsed = PMDOMParser.fromSchema(schema).parse(document.body as unknown as HTMLElement);
  return parsed.childCount > 0 ? parsed : schema.nodes.doc.create(null, schema.nodes.paragraph.create());
}

/**
 * mammoth writes a Word footnote as a linked "[1]" and the note in a list at the
 * end. Turn each into the footnote node's markup at its mark, and drop the list.
 */
function keepFootnotes(document: Document): void {
  const refs = document.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]');
  let label = 0;
  for (const ref of Array.from(refs)) {
    const id = ref.getAttribute('href')!.slice(1);
    const note = document.getElementById(id);
    if (!note) continue;
    note.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').forEach((back) => back.remove());
    const sup = document.createElement('sup');
    sup.className = 'footnote';
    sup.setAttribute('data-label', String(++label));
    sup.setAttribute('data-footnote', (note.textContent ?? '').replace(/\s+/g, ' ').trim());
    sup.textContent = String(label);
    const host = ref.parentElement?.tagName === 'SUP' ? ref.parentElement : ref;
    host.replaceWith(sup);
    const list = note.parentElement;
    note.remove();
    if (list && !list.children.length) list.remove();
  }
}
