import type { StanceEvidence } from '../packSchema.js';
import { compileContent, findFirst, type UnitMatcher } from './units.js';
import type { CheckContext, Hit } from './types.js';

/**
 * A stance statement: one sentence that names the topic (e.g. economic support)
 * and takes a position on it (offers, does not offer, refers elsewhere). A mere
 * mention of the topic is not a stance.
 */
export function compileStance(ev: StanceEvidence): UnitMatcher {
  return compileContent({ all: [ev.topic, ev.position], within: 'sentence', unless: ev.unless, minWords: 4, headings: false });
}

export function findStance(m: UnitMatcher, ctx: CheckContext): Hit | null {
  return findFirst(m, ctx);
}
