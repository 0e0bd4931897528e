import { isIsoDate, matchDiarienummer } from '../../model/metadata.js';
import type { CheckContext, RawFinding } from './types.js';

/** A metadata value in a format no one expects: a finding, never an error (the value is kept). */
export function checkMetadataFormat(field: string, format: 'date' | 'diarienummer', ctx: CheckContext): RawFinding[] {
  const value = ctx.doc.metadata[field]?.trim();
  if (!value) return [];
  const ok = format === 'date' ? isIsoDate(value) : ctx.diarienummerPatterns.length === 0 || matchDiarienummer(value, ctx.diarienummerPatterns) !== null;
  return ok ? [] : [{ block: -1, start: 0, end: 0, vars: { varde: value } }];
}
