import { z } from 'zod';
import { contentSchema } from './content.js';
import { findingKind } from './kind.js';
import { compileContent } from './units.js';
import { findFirst, testBlock, type UnitMatcher } from './units.js';
import type { LocalEvidence } from './kind.js';
import type { CheckContext, EvidenceHit, RawFinding } from './types.js';

/** When X is present, Y is required: e.g. an action list needs dates or a timeline. */
export function checkConditional(when: UnitMatcher, then: UnitMatcher, ctx: CheckContext): RawFinding[] {
  const trigger = findFirst(when, ctx);
  if (!trigger) return [];
  return findFirst(then, ctx) ? [] : [trigger];
}

/** `kind: conditional` — `when` content present requires `then` content. */
export const conditionalKind = findingKind({
  name: 'conditional',
  schema: z.object({ when: contentSchema, then: contentSchema }).strict(),
  compile(params) {
    const when = compileContent(params.when);
    const then = compileContent(params.then);
    const local = (m: UnitMatcher): LocalEvidence => ({ scope: m.scope, test: (ctx, i) => testBlock(m, ctx.doc.blocks[i]!, i) });
    return Object.assign((ctx: CheckContext) => checkConditional(when, then, ctx), {
      firsts: {
        locals: [local(when), local(then)],
        combine: ([trigger, required]: (EvidenceHit | null)[]): RawFinding[] => (trigger && trigger.block !== null && !required ? [trigger as RawFinding] : []),
      },
    });
  },
});
