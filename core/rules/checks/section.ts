import { z } from 'zod';
import type { CheckSection } from '../checkDocument.js';
import { compileSectionMatcher } from './sectionMatcher.js';
import { evidenceKind } from './kind.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import type { CheckContext, Hit } from './types.js';

export const sectionSchema = z
  .object({
    headings: z.array(z.string().min(1)).default([]),
    ids: z.array(z.string().min(1)).default([]),
    minWords: z.number().int().min(1).default(5),
    /** Paragraphs that only promise or point elsewhere ("Se bilaga.", "Skrivs senare.") are no text of the section's own. */
    unless: terms.optional(),
  })
  .strict();
export type SectionEvidence = z.output<typeof sectionSchema>;

/**
 * A required section, recognised by template section id or heading synonym
 * (folded, numbering ignored, small typos allowed). A heading alone does not
 * count: the section needs `minWords` words of its own text.
 */
export interface SectionCheck {
  matches: (section: CheckSection) => boolean;
  minWords: number;
  unless: RegExp | null;
  /** Indices of matching sections per sections array (a re-check that changed no heading keeps the array). */
  matching: WeakMap<CheckSection[], number[]>;
}

export function compileSection(ev: SectionEvidence): SectionCheck {
  return { matches: compileSectionMatcher(ev), minWords: ev.minWords, unless: ev.unless ? compileTerms(ev.unless) : null, matching: new WeakMap() };
}

function matchingIndices(ev: SectionCheck, sections: CheckSection[]): number[] {
  let found = ev.matching.get(sections);
  if (!found) {
    found = [];
    for (let i = 0; i < sections.length; i++) if (ev.matches(sections[i]!)) found.push(i);
    ev.matching.set(sections, found);
  }
  return found;
}

export function findSection(ev: SectionCheck, ctx: CheckContext): Hit | null {
  const { doc } = ctx;
  for (const index of matchingIndices(ev, doc.sections)) {
    const s = doc.sections[index]!;
    let words = 0;
    let firstContent = -1;
    for (let i = s.start; i < s.end; i++) {
      const b = doc.blocks[i]!;
      if (b.type === 'heading' || b.toc) continue;
      if (ev.unless && ev.unless.test(b.folded)) continue;
      const n = b.words;
      if (n > 0 && firstContent < 0) firstContent = i;
      words += n;
      if (words >= ev.minWords) return { block: s.block, start: 0, end: doc.blocks[s.block]!.text.length };
    }
  }
  return null;
}

/** Sections matching a section evidence, whether or not they have text (for "insert after"). */
export function matchingSections(ev: SectionCheck, ctx: CheckContext): number[] {
  return [...matchingIndices(ev, ctx.doc.sections)];
}

/** `section:` evidence — a section with text of its own, found by id or heading. */
export const sectionKind = evidenceKind({
  name: 'section',
  schema: sectionSchema,
  compile(params) {
    const section = compileSection(params);
    return { find: (ctx) => withReason(findSection(section, ctx), 'ett avsnitt med egen text under en rubrik för kravet'), sections: (ctx) => matchingSections(section, ctx) };
  },
});

function withReason<H extends object>(hit: H | null, reason: string): (H & { reason: string }) | null {
  return hit ? { ...hit, reason } : null;
}
