import { schema } from '../core/model/schema.js';
import type { Node as PMNode } from 'prosemirror-model';

/** A deterministic pseudo-Swedish text generator, so runs are comparable. */
const WORDS = (
  'anhöriga stöd närstående kommunen regionen samverkan avlösning insatser socialnämnden förvaltningen ' +
  'ansvar uppföljning riktlinjen programmet information samtal grupper utbildning hälsa behov ' +
  'den som vårdar och stödjer en ska kan får för till med av på om i att det är har inte alla'
).split(' ');

export function makeText(words: number, seed: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out.push(WORDS[x % WORDS.length]!);
    if (i % 14 === 13) out[out.length - 1] += '.';
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** About 100 pages: 40,000 words in 60-word paragraphs under 50 headings. */
export function hundredPageDoc(): PMNode {
  const { doc, heading, paragraph } = schema.nodes;
  const blocks: PMNode[] = [];
  let seed = 1;
  for (let s = 0; s < 50; s++) {
    blocks.push(heading.create({ level: s % 5 === 0 ? 1 : 2 }, schema.text(`Avsnitt ${s + 1} ${makeText(3, seed++)}`)));
    for (let p = 0; p < 13; p++) blocks.push(paragraph.create(null, schema.text(makeText(60, seed++))));
  }
  return doc.create(null, blocks);
}

/**
 * The revision of a document used by the comparison tests and bench: every
 * tenth paragraph edited, one paragraph inserted per five sections, and one
 * section of about 2,000 words moved towards the end.
 */
export function editedVersion(original: PMNode): PMNode {
  const { heading, paragraph } = schema.nodes;
  const sections: PMNode[][] = [];
  original.forEach((node) => {
    if (node.type === heading || sections.length === 0) sections.push([]);
    sections[sections.length - 1]!.push(node);
  });
  let count = 0;
  const edited = sections.map((blocks, s) =>
    blocks.flatMap((node) => {
      if (node.type !== paragraph) return [node];
      count++;
      const out = count % 10 === 0 ? [paragraph.create(null, schema.text(node.textContent.replace(/ stöd /, ' stöd och avlösning ').replace(/\.$/, ', enligt förvaltningens förslag.')))] : [node];
      if (count % 65 === 0 && s % 5 === 0) out.push(paragraph.create(null, schema.text(makeText(40, 9000 + count))));
      return out;
    }),
  );
  // Move a part of about 2,000 words (three sections of ≈ 780 words) to near the end.
  const moved = edited.splice(10, 3);
  edited.splice(edited.length - 3, 0, ...moved);
  return schema.nodes.doc.create(null, edited.flat());
}

/** A revision in which every paragraph changed a little. */
export function everythingEdited(original: PMNode): PMNode {
  const nodes: PMNode[] = [];
  original.forEach((node) => nodes.push(node.type === schema.nodes.paragraph ? schema.nodes.paragraph.create(null, schema.text(`${node.textContent} Tillägg.`)) : node));
  return schema.nodes.doc.create(null, nodes);
}
