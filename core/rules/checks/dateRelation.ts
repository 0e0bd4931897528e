import { z } from 'zod';
import { findingKind } from './kind.js';
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

/** `kind: date-relation` — two metadata dates at most maxDays apart. */
export const dateRelationKind = findingKind({
  name: 'date-relation',
  schema: z.object({ from: z.string().min(1), to: z.string().min(1), maxDays: z.number().int().min(0) }).strict(),
  compile: ({ from, to, maxDays }) => (ctx) => checkDateRelation(from, to, maxDays, ctx),
});
