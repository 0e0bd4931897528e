/**
 * Word puts lists on the clipboard as paragraphs with an "mso-list" style and a
 * typed marker ("·", "1.") inside conditional comments, not as <ul>/<ol>.
 * This rewrites them into real lists, nested by their level, so that pasting
 * from Word keeps lists. Works on any DOM (the browser's or linkedom's).
 */
const MSO_LIST = /mso-list:\s*l(\d+)\s+level(\d+)/i;
const ORDERED_MARKER = /^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]$/;

export function normaliseWordHtml(doc: Document, styleAttr = 'style'): void {
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter((p) => MSO_LIST.test(p.getAttribute(styleAttr) ?? ''));
  if (paragraphs.length === 0) return;
  // Judge contiguity on the original order, before any paragraph is moved.
  const continuesList = paragraphs.map((p, i) => i > 0 && nextElement(paragraphs[i - 1]!) === p);
  let stack: { list: HTMLElement; level: number }[] = [];
  let lastItem: HTMLElement | null = null;
  paragraphs.forEach((p, i) => {
    const level = Number(MSO_LIST.exec(p.getAttribute(styleAttr) ?? '')![2]);
    const ordered = ORDERED_MARKER.test(takeMarker(p));
    if (!continuesList[i]) stack = [];
    while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (top && lastItem) lastItem.appendChild(list);
      else p.parentNode!.insertBefore(list, p);
      top = { list, level };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const para = doc.createElement('p');
    while (p.firstChild) para.appendChild(p.firstChild);
    li.appendChild(para);
    top.list.appendChild(li);
    lastItem = li;
    p.parentNode!.removeChild(p);
  });
}

/** Removes the typed list marker Word emits inside <![if !supportLists]> … <![endif]>. */
function takeMarker(p: Element): string {
  let marker = '';
  let inMarker = false;
  for (const node of Array.from(p.childNodes)) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (/if\s+!supportLists/i.test(data)) inMarker = true;
      else if (/endif/i.test(data)) inMarker = false;
      p.removeChild(node);
      continue;
    }
    if (inMarker) {
      marker += node.textContent ?? '';
      p.removeChild(node);
    }
  }
  if (!marker) {
    // Without the comments, the marker is the first span holding only a bullet or number.
    const first = p.firstElementChild;
    const text = first?.textContent?.replace(/\u00a0/g, ' ').trim() ?? '';
    if (first && (ORDERED_MARKER.test(text) || /^[·•o§▪\-–]$/.test(text))) {
      marker = text;
      p.removeChild(first);
    }
  }
  return marker.replace(/\u00a0/g, ' ').trim().split(/\s+/)[0] ?? '';
}

function nextElement(el: Element): Element | null {
  let n = el.nextSibling;
  while (n && n.nodeType !== 1) {
    if (n.nodeType === 3 && (n.textContent ?? '').trim()) return null;
    n = n.nextSibling;
  }
  return n as Element | null;
}
