import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { scope, terms } from './params.js';
import { compileContent, firstInScope, testBlock } from './units.js';
import { restatementSchema } from './restatement.js';
import type { LocalEvidence } from './kind.js';

export const contentSchema = z
  .object({
    all: z.array(terms).min(1),
    within: z.enum(['sentence', 'paragraph']).default('paragraph'),
    scope: scope.optional(),
    unless: terms.optional(),
    /** A fixed enumeration restated (the law's own groups) is blanked before the groups are matched. */
    restatement: restatementSchema.optional(),
    minWords: z.number().int().min(0).default(0),
    /** Short units only, e.g. a signature line. */
    maxWords: z.number().int().min(1).optional(),
    /** Let headings count as units (extracted text often turns signature lines into headings). */
    headings: z.boolean().default(false),
  })
  .strict();
export type ContentEvidence = z.output<typeof contentSchema>;

/** `content:` evidence — one sentence or paragraph where every term group matches. */
export const contentKind = evidenceKind({
  name: 'content',
  schema: contentSchema,
  compile(params) {
    const matcher = compileContent(params);
    const reason = params.within === 'sentence' ? 'nyckelord ur regeln i samma mening' : 'nyckelord ur regeln i samma stycke';
    const local: LocalEvidence = {
      scope: matcher.scope,
      test: (ctx, i) => {
        const hit = testBlock(matcher, ctx.doc.blocks[i]!, i);
        return hit ? { ...hit, reason } : null;
      },
    };
    return { find: (ctx) => firstInScope(ctx, local.scope, (i) => local.test(ctx, i)), local };
  },
});
