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
  const parsed = PMDOMParser.fromSchema(schema).parse(document.body as unknown as HTMLElement);
  return parsed.childCount > 0 ? parsed : schema.nodes.doc.create(null, schema.nodes.paragraph.create());
}
