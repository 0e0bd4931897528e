import { isIsoDate } from '../../model/metadata.js';
import type { CheckContext, RawFinding } from './types.js';

/** Two metadata dates too far apart, e.g. a motion answered more than a year after it was raised. */
export function checkDateRelation(from: string, to: string, maxDays: number, ctx: CheckContext): RawFinding[] {
  const a = ctx.doc.metadata[from]?.trim() ?? '';
  const b = (to === 'dokumentdatum' ? ctx.doc.date : ctx.doc.metadata[to]?.trim()) ?? '';
  if (!isIsoDate(a) || !isIsoDate(b)) return [];
  const days = Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
  if (days <= maxDays) return [];
  return [{ block: -1, start: 0, end: 0, vars: { dagar: String(days) } }];
}
