import { countWords, headingMatches } from '../../text/normalize.js';
import type { SectionEvidence } from '../packSchema.js';
import type { CheckContext, Hit } from './types.js';

/**
 * A required section, recognised by template section id or heading synonym
 * (folded, numbering ignored, small typos allowed). A heading alone does not
 * count: the section needs `minWords` words of its own text.
 */
export function findSection(ev: SectionEvidence, ctx: CheckContext): Hit | null {
  const { doc } = ctx;
  for (const s of doc.sections) {
    const matches = (s.sectionId && ev.ids.includes(s.sectionId)) || ev.headings.some((h) => headingMatches(s.heading, h));
    if (!matches) continue;
    let words = 0;
    let firstContent = -1;
    for (let i = s.start; i < s.end; i++) {
      const b = doc.blocks[i]!;
      if (b.type === 'heading' || b.toc) continue;
      const n = countWords(b.folded);
      if (n > 0 && firstContent < 0) firstContent = i;
      words += n;
      if (words >= ev.minWords) return { block: s.block, start: 0, end: doc.blocks[s.block]!.text.length };
    }
  }
  return null;
}

/** Sections matching a section evidence, whether or not they have text (for "insert after"). */
export function matchingSections(ev: SectionEvidence, ctx: CheckContext): number[] {
  return ctx.doc.sections
    .map((s, i) => ((s.sectionId && ev.ids.includes(s.sectionId)) || ev.headings.some((h) => headingMatches(s.heading, h)) ? i : -1))
    .filter((i) => i >= 0);
}
