import { z } from 'zod';
import type { CheckBlock, CheckSection } from '../checkDocument.js';
import { compileSectionMatcher } from './sectionMatcher.js';
import { evidenceKind } from './kind.js';
import { firstInScope } from './units.js';
import type { CheckContext, Hit } from './types.js';
import type { LocalEvidence } from './kind.js';
import { runInHeadings, type RunInHeading } from '../../text/runInHeadings.js';
import { countWords } from '../../text/normalize.js';
import { SECTION_NAMES } from '../../import/sectionNames.js';

export const sectionSchema = z
  .object({
    headings: z.array(z.string().min(1)).default([]),
    ids: z.array(z.string().min(1)).default([]),
    minWords: z.number().int().min(1).default(5),
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
  /** Indices of matching sections per sections array (a re-check that changed no heading keeps the array). */
  matching: WeakMap<CheckSection[], number[]>;
}

export function compileSection(ev: SectionEvidence): SectionCheck {
  return { matches: compileSectionMatcher(ev), minWords: ev.minWords, matching: new WeakMap() };
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

/**
 * A section name run into the running text of a paragraph (flattened text:
 * "… Sammanfattning Kommunen anser …"), with `minWords` words of its own before
 * the next run-in section name or the paragraph's end. Block-local.
 */
let nextKey = 0;
function runInSection(params: SectionEvidence): LocalEvidence {
  const own = new Set(params.headings.map(nameKey));
  addRunInNames(params.headings);
  const key = `runin${nextKey++}`;
  return {
    scope: null,
    test: (ctx, index) => {
      const block = ctx.doc.blocks[index]!;
      if (block.type === 'heading' || block.toc || block.tableHeader || !own.size) return null;
      let found = block.memo.get(key) as { start: number; end: number } | null | undefined;
      if (found === undefined) {
        found = null;
        const all = runInAll(block);
        for (let i = 0; i < all.length && !found; i++) {
          if (!own.has(nameKey(all[i]!.name))) continue;
          // Where the next section name (of any section) starts, this section's text ends.
          const end = all[i + 1]?.start ?? block.text.length;
          if (countWords(block.text.slice(all[i]!.contentStart, end)) >= params.minWords) found = { start: all[i]!.start, end };
        }
        block.memo.set(key, found);
      }
      return found ? { block: index, ...found, reason: 'en avsnittsrubrik inskriven i löptexten, följd av egen text' } : null;
    },
  };
}

const nameKey = (name: string) => name.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** Every section name any section check knows, and the common ones: one scan per block serves all checks. */
let runInNames: readonly string[] = [...SECTION_NAMES];
const runInKnown = new Set(runInNames.map(nameKey));
let runInVersion = 0;

function addRunInNames(names: string[]): void {
  const fresh = names.filter((n) => !runInKnown.has(nameKey(n)));
  if (!fresh.length) return;
  for (const n of fresh) runInKnown.add(nameKey(n));
  runInNames = [...runInNames, ...fresh];
  runInVersion++;
}

function runInAll(block: CheckBlock): RunInHeading[] {
  const key = `runin:all${runInVersion}`;
  let all = block.memo.get(key) as RunInHeading[] | undefined;
  if (!all) block.memo.set(key, (all = runInHeadings(block.text, runInNames)));
  return all;
}

/** `section:` evidence — a section with text of its own, found by id or heading, or a heading run into the text. */
export const sectionKind = evidenceKind({
  name: 'section',
  schema: sectionSchema,
  compile(params) {
    const section = compileSection(params);
    const local = runInSection(params);
    const fallback = (ctx: CheckContext) => withReason(findSection(section, ctx), 'ett avsnitt med egen text under en rubrik för kravet');
    return {
      // A real section and a run-in heading both mean present; the run-in one is block-local, so re-checks stay cheap.
      find: (ctx) => firstInScope(ctx, null, (i) => local.test(ctx, i)) ?? fallback(ctx),
      local,
      fallback,
      sections: (ctx) => matchingSections(section, ctx),
    };
  },
});

function withReason<H extends object>(hit: H | null, reason: string): (H & { reason: string }) | null {
  return hit ? { ...hit, reason } : null;
}
