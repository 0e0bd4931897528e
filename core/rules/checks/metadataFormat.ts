import { z } from 'zod';
import { findingKind } from './kind.js';
import { isIsoDate, matchDiarienummer } from '../../model/metadata.js';
import type { CheckContext, RawFinding } from './types.js';

/** A metadata value in a format no one expects: a finding, never an error (the value is kept). */
export function checkMetadataFormat(field: string, format: 'date' | 'diarienummer', ctx: CheckContext): RawFinding[] {
  const value = ctx.doc.metadata[field]?.trim();
  if (!value) return [];
  const ok = format === 'date' ? isIsoDate(value) : ctx.diarienummerPatterns.length === 0 || matchDiarienummer(value, ctx.diarienummerPatterns) !== null;
  return ok ? [] : [{ block: -1, start: 0, end: 0, vars: { varde: value } }];
}

/** `kind: metadata-format` — a metadata value in the expected format. */
export const metadataFormatKind = findingKind({
  name: 'metadata-format',
  schema: z.object({ field: z.string().min(1), format: z.enum(['date', 'diarienummer']) }).strict(),
  compile: ({ field, format }) => (ctx) => checkMetadataFormat(field, format, ctx),
});
