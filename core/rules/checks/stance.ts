import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { terms } from './params.js';
import { compileContent, findFirst, type UnitMatcher } from './units.js';

export const stanceSchema = z
  .object({
    topic: terms,
    position: terms,
    unless: terms.optional(),
  })
  .strict();
export type StanceEvidence = z.output<typeof stanceSchema>;

/**
 * A stance statement: one sentence that names the topic (e.g. economic support)
 * and takes a position on it (offers, does not offer, refers elsewhere). A mere
 * mention of the topic is not a stance.
 */
export function compileStance(ev: StanceEvidence): UnitMatcher {
  return compileContent({ all: [ev.topic, ev.position], within: 'sentence', unless: ev.unless, minWords: 4, headings: false });
}

/** `stance:` evidence. */
export const stanceKind = evidenceKind({
  name: 'stance',
  schema: stanceSchema,
  compile(params) {
    const matcher = compileStance(params);
    return { find: (ctx) => findFirst(matcher, ctx) };
  },
});
