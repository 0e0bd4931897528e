import { findFirst, type UnitMatcher } from './units.js';
import type { CheckContext, RawFinding } from './types.js';

/** When X is present, Y is required: e.g. an action list needs dates or a timeline. */
export function checkConditional(when: UnitMatcher, then: UnitMatcher, ctx: CheckContext): RawFinding[] {
  const trigger = findFirst(when, ctx);
  if (!trigger) return [];
  return findFirst(then, ctx) ? [] : [trigger];
}
