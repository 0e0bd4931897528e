import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../model/schema.js';
import { headingOf, NUMBERED_HEADING, SENTENCE_END, type Candidate } from './plainText.js';

/**
 * Word files whose headings carry no heading style: the author set them as
 * plain paragraphs, in bold, or numbered by hand ("3. Målgrupper"). The same
 * shape test as for plain text (headingOf: short, no final full stop, starts
 * like a title) decides, and in a Word file it must also be bold as a whole,
 * numbered, or a known section name. Like a heading in plain text, it must head
 * text: a paragraph, list or table follows, or a deeper heading does. A run of
 * hand-numbered lines at one depth ("1. Remissen", "2. Förslaget") is a list of
 * lines, not headings.
 */
export function promotePlainHeadings(body: PMNode): PMNode {
  const children: PMNode[] = [];
  body.forEach((child) => children.push(child));
  const texts = children.map((c) => (c.type === schema.nodes.paragraph ? c.textContent.replace(/\s+/g, ' ').trim() : ''));
  const candidates = children.map((c, i) => candidateOf(c, texts[i]!, texts[i + 1] ?? ''));
  if (!candidates.some(Boolean)) return body;
  const styled = children.some((c) => c.type === schema.nodes.heading);

  // From the end: whether a block is promoted depends on what follows it.
  const promoted = new Array<boolean>(children.length).fill(false);
  for (let i = children.length - 2; i >= 0; i--) {
    const c = candidates[i];
    if (!c) continue;
    const next = children[i + 1]!;
    const nextCandidate = candidates[i + 1];
    if (c.shape === 'numbered' && nextCandidate?.shape === 'numbered' && depth(c) === depth(nextCandidate)) continue;
    let headsText: boolean;
    // A heading directly above another heads text only when that one is deeper ("3. Målgrupper" over "3.1 Unga anhöriga").
    if (promoted[i + 1]) headsText = depthOrOne(nextCandidate) > depthOrOne(c);
    else if (next.type === schema.nodes.paragraph) headsText = isContent(texts[i + 1]!, nextCandidate ?? null);
    else headsText = next.type !== schema.nodes.heading;
    promoted[i] = headsText;
  }
  if (!promoted.some(Boolean)) return body;
  return schema.nodes.doc.create(
    null,
    children.map((child, i) => {
      if (!promoted[i]) return child;
      const c = candidates[i]!;
      // Beside styled headings, a bold line is most often a subsection's.
      const level = c.shape === 'numbered' ? c.level : styled ? 2 : 1;
      // The heading keeps its text (and any footnote), not the bold that marked it as one.
      const inline: PMNode[] = [];
      child.forEach((n) => inline.push(n.isText ? n.mark(n.marks.filter((m) => m.type !== schema.marks.strong)) : n));
      return schema.nodes.heading.create({ level }, inline);
    }),
  );
}

function candidateOf(node: PMNode, text: string, next: string): Candidate | null {
  if (node.type !== schema.nodes.paragraph || !text) return null;
  const c = headingOf(text, next, Infinity);
  if (!c) return null;
  if (c.shape === 'numbered' || c.shape === 'known' || allBold(node)) return c;
  return null;
}

function allBold(node: PMNode): boolean {
  let bold = true;
  node.forEach((inline) => {
    if (inline.isText && inline.text!.trim() && !inline.marks.some((m) => m.type === schema.marks.strong)) bold = false;
    else if (!inline.isText) bold = false;
  });
  return bold;
}

/** Text a heading can head: a sentence, or a line that is no heading itself (an item of a hand-numbered list). */
function isContent(text: string, candidate: Candidate | null): boolean {
  if (!text) return false;
  return !candidate || SENTENCE_END.test(text) || text.split(' ').length >= 8 || candidate.shape === 'numbered';
}

const depth = (c: Candidate) => NUMBERED_HEADING.exec(c.text)?.[1]!.split('.').filter(Boolean).length ?? 0;
const depthOrOne = (c: Candidate | null | undefined) => (c && c.shape === 'numbered' ? depth(c) : 1);
