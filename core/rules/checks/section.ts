import { z } from 'zod';
import type { CheckBlock, CheckSection } from '../checkDocument.js';
import { compileSectionMatcher } from './sectionMatcher.js';
import { evidenceKind } from './kind.js';
import { firstInScope } from './units.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import type { CheckContext, Hit } from './types.js';
import type { LocalEvidence } from './kind.js';
import { runInHeadings, type RunInHeading } from '../../text/runInHeadings.js';
import { countWords, stripPlaceholders } from '../../text/normalize.js';
import { sentenceSpans } from '../../text/sentences.js';
import { SECTION_NAMES } from '../../import/sectionNames.js';

export const sectionSchema = z
  .object({
    headings: z.array(z.string().min(1)).default([]),
    ids: z.array(z.string().min(1)).default([]),
    minWords: z.number().int().min(1).default(5),
    /** Paragraphs that only promise or point elsewhere ("Se bilaga.", "Skrivs senare.") are no text of the section's own. */
    unless: terms.optional(),
    /**
     * Sentences that are no text of the section's own wherever they stand, without voiding the rest of their
     * paragraph: "Kapitel 6 handlar om … . Här saknas …" keeps the second sentence (unlike `unless`, whose
     * opening sentence voids its paragraph).
     */
    exceptSentences: terms.optional(),
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
  exceptSentences: RegExp | null;
  /** Indices of matching sections per sections array (a re-check that changed no heading keeps the array). */
  matching: WeakMap<CheckSection[], number[]>;
}

export function compileSection(ev: SectionEvidence): SectionCheck {
  return {
    matches: compileSectionMatcher(ev),
    minWords: ev.minWords,
    unless: ev.unless ? compileTerms(ev.unless) : null,
    exceptSentences: ev.exceptSentences ? compileTerms(ev.exceptSentences) : null,
    matching: new WeakMap(),
  };
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

/**
 * How many blocks under a heading are read for its section's own text. Bounded,
 * so the test is block-local with a reach and a re-check re-tests only headings
 * near an edit; a section needs this many blocks without text to be missed.
 */
const SECTION_REACH = 40;

/** A matching section starts at block `index` (its heading) and has `minWords` words of its own text. */
export function sectionAt(ev: SectionCheck, ctx: CheckContext, index: number): Hit | null {
  const { doc } = ctx;
  const heading = doc.blocks[index]!;
  if (heading.type !== 'heading' || heading.section < 0) return null;
  const s = doc.sections[heading.section]!;
  if (!ev.matches(s)) return null;
  let words = 0;
  const end = Math.min(s.end, index + 1 + SECTION_REACH, doc.blocks.length);
  for (let i = index + 1; i < end; i++) {
    const b = doc.blocks[i]!;
    if (b.type === 'heading' || b.toc) continue;
    words += ev.unless || ev.exceptSentences ? ownWords(ev.unless, ev.exceptSentences, b) : b.words;
    if (words >= ev.minWords) return { block: index, start: 0, end: heading.text.length };
  }
  return null;
}

/**
 * Words of a block that are the section's own text. A block that opens with a
 * promise or a pointer ("Text kommer senare.", "Se bilaga 2.") or guidance has
 * none; in a block that opens with real text, only the sentences that promise or
 * point are left out ("… behöver förtydligas, se nedan." does not void the positions before it).
 */
function ownWords(unless: RegExp | null, except: RegExp | null, b: CheckBlock): number {
  const voiding = !!unless && unless.test(b.folded);
  if (!voiding && !(except && except.test(b.folded))) return b.words;
  const spans = sentenceSpans(b.text);
  if (voiding && (spans.length < 2 || unless!.test(b.folded.slice(spans[0]!.start, spans[0]!.end)))) return 0;
  return wordsOutside(b, spans, (f) => (!!unless && unless.test(f)) || (!!except && except.test(f)));
}

/** The parts of sentence spans inside [from, to). */
function clipped(spans: { start: number; end: number }[], from: number, to: number): { start: number; end: number }[] {
  return spans.map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) })).filter((s) => s.end > s.start);
}

/** Words of the sentences of `b` (within `spans`) that `left` does not leave out. */
function wordsOutside(b: CheckBlock, spans: { start: number; end: number }[], left: (folded: string) => boolean): number {
  let words = 0;
  for (const s of spans) if (!left(b.folded.slice(s.start, s.end))) words += countWords(stripPlaceholders(b.text.slice(s.start, s.end)));
  return words;
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
  const unless = params.unless ? compileTerms(params.unless) : null;
  const except = params.exceptSentences ? compileTerms(params.exceptSentences) : null;
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
          if (unless && unless.test(block.folded.slice(all[i]!.contentStart, end))) continue;
          const from = all[i]!.contentStart;
          const words =
            except && except.test(block.folded.slice(from, end))
              ? wordsOutside(block, clipped(sentenceSpans(block.text), from, end), (f) => except.test(f))
              : countWords(block.text.slice(from, end));
          if (words >= params.minWords) found = { start: all[i]!.start, end };
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
    const local: LocalEvidence = {
      scope: null,
      reach: SECTION_REACH,
      test: (ctx, i) => withReason(sectionAt(section, ctx, i), 'ett avsnitt med egen text under en rubrik för kravet'),
    };
    // A heading run into flattened text counts when no real section does.
    const fallback = runInSection(params);
    return {
      find: (ctx) => firstInScope(ctx, null, (i) => local.test(ctx, i)) ?? firstInScope(ctx, null, (i) => fallback.test(ctx, i)),
      local,
      fallback,
      sections: (ctx) => matchingSections(section, ctx),
    };
  },
});

function withReason<H extends object>(hit: H | null, reason: string): (H & { reason: string }) | null {
  return hit ? { ...hit, reason } : null;
}
