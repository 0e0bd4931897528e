/**
 * Prepares pasted HTML for the editor: Word's list paragraphs become lists,
 * bold and italic given as inline styles (Google Docs, web pages) become
 * <strong>/<em>, and then every style attribute goes. The renderer's CSP
 * forbids inline styles, and nothing in the schema needs them after this.
 */
import { normaliseWordHtml } from './wordHtml.js';

/** The attribute inline styles are moved to before parsing, so the browser never applies (or reports) them. */
export const INERT_STYLE_ATTR = 'data-pasted-style';

/** Renames style attributes in raw HTML; [^<>]* keeps the match inside one tag. */
export function neutraliseInlineStyles(html: string): string {
  return html.replace(/(<[a-zA-Z][^<>]*?\s)style(\s*=)/g, `$1${INERT_STYLE_ATTR}$2`);
}

export function sanitizePastedDocument(doc: Document, styleAttr = INERT_STYLE_ATTR): void {
  normaliseWordHtml(doc, styleAttr);
  for (const el of Array.from(doc.body.querySelectorAll(`[${styleAttr}]`))) {
    const style = el.getAttribute(styleAttr) ?? '';
    const bold = /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
    const normalWeight = /font-weight\s*:\s*(normal|[1-4]00)/i.test(style);
    const italic = /font-style\s*:\s*italic/i.test(style);
    el.removeAttribute(styleAttr);
    if (el.tagName === 'B' && normalWeight) {
      // Google Docs wraps a whole paste in <b style="font-weight:normal">.
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    if (bold || italic) wrapChildren(doc, el, [bold && 'strong', italic && 'em'].filter(Boolean) as string[]);
  }
}

function wrapChildren(doc: Document, el: Element, tags: string[]): void {
  for (const tag of tags) {
    const wrapper = doc.createElement(tag);
    while (el.firstChild) wrapper.appendChild(el.firstChild);
    el.appendChild(wrapper);
  }
}
