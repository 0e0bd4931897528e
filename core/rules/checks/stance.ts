import type { StanceEvidence } from '../packSchema.js';
import { compileContent, type UnitMatcher } from './units.js';

/**
 * A stance statement: one sentence that names the topic (e.g. economic support)
 * and takes a position on it (offers, does not offer, refers elsewhere). A mere
 * mention of the topic is not a stance.
 */
export function compileStance(ev: StanceEvidence): UnitMatcher {
  return compileContent({ all: [ev.topic, ev.position], within: 'sentence', unless: ev.unless, minWords: 4, headings: false });
}
