import { z } from 'zod';
import { findingKind } from './kind.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import type { CheckContext, RawFinding } from './types.js';

/** A forbidden or outdated term, with its replacement where there is one. Every occurrence is reported. */
let nextKey = 0;

export function compileTermCheck(terms: string[], unless?: string[]) {
  return { key: `term${nextKey++}`, re: compileTerms(terms, 'gu'), unless: unless ? compileTerms(unless) : null };
}

export function checkTerm(check: ReturnType<typeof compileTermCheck>, replacement: string | undefined, ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (let i = 0; i < ctx.doc.blocks.length; i++) out.push(...checkTermIn(check, replacement, ctx, i));
  return out;
}

/** The term's findings in one block (memoised on the block's node). */
export function checkTermIn(check: ReturnType<typeof compileTermCheck>, replacement: string | undefined, ctx: CheckContext, index: number): RawFinding[] {
  const block = ctx.doc.blocks[index]!;
  if (block.toc) return [];
  let found = block.memo.get(check.key) as [number, number][] | undefined;
  if (!found) {
    found = [];
    if (!check.unless?.test(block.folded)) {
      check.re.lastIndex = 0;
      for (let m = check.re.exec(block.folded); m; m = check.re.exec(block.folded)) {
        // Packs cannot hold terms that match empty text, but a zero-width match must never stall this loop.
        if (m[0].length === 0) check.re.lastIndex++;
        else found.push([m.index, m.index + m[0].length]);
      }
    }
    block.memo.set(check.key, found);
  }
  return found.map(([start, end]) => ({ block: index, start, end, replacement }));
}

const variant = z.object({ terms, replacement: z.string().min(1) }).strict();

export const termSchema = z
  .object({
    terms: terms.optional(),
    replacement: z.string().optional(),
    /** Ways of saying the same wrong thing, each with the replacement that reads right in its place. */
    variants: z.array(variant).min(1).optional(),
    unless: terms.optional(),
  })
  .strict()
  .refine((p) => p.terms || p.variants, { message: 'ange terms eller variants' })
  .refine((p) => !(p.variants && p.replacement), { message: 'med variants har varje variant sin egen replacement' });

/** `kind: term` — a forbidden or outdated term, with an optional replacement (one per variant when the wording differs). */
export const termKind = findingKind({
  name: 'term',
  schema: termSchema,
  compile(params) {
    const parts = [
      ...(params.terms ? [{ check: compileTermCheck(params.terms, params.unless), replacement: params.replacement }] : []),
      ...(params.variants ?? []).map((v) => ({ check: compileTermCheck(v.terms, params.unless), replacement: v.replacement })),
    ];
    // In text order, one finding per range (the first variant that matched it).
    const merge = (lists: RawFinding[][]): RawFinding[] => {
      if (lists.length === 1) return lists[0]!;
      const seen = new Set<string>();
      return lists
        .flat()
        .filter((f) => !seen.has(`${f.block}:${f.start}`) && !!seen.add(`${f.block}:${f.start}`))
        .sort((a, b) => a.block - b.block || a.start - b.start);
    };
    return Object.assign((ctx: CheckContext) => merge(parts.map((p) => checkTerm(p.check, p.replacement, ctx))), {
      perBlock: (ctx: CheckContext, index: number) => merge(parts.map((p) => checkTermIn(p.check, p.replacement, ctx, index))),
    });
  },
});
