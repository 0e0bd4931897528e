import type { DiarienummerPattern, MetadataField } from './templates.js';

/** Metadata is a flat map of field key to the text the writer typed. */
export type Metadata = Record<string, string>;

/** Checks that YYYY-MM-DD names a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const compiled = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    compiled.set(source, re);
  }
  return re;
}

export function matchDiarienummer(value: string, patterns: DiarienummerPattern[]): DiarienummerPattern | null {
  const v = value.trim();
  // Compiled once per pattern: the form asks on every keystroke in it.
  return patterns.find((p) => patternOf(p.pattern).test(v)) ?? null;
}

/**
 * Form warnings for values that do not fit their field's format. An unusual
 * value is a warning, never an error: it is stored as typed.
 */
export function metadataWarnings(
  metadata: Metadata,
  fields: MetadataField[],
  patterns: DiarienummerPattern[],
): Record<string, string> {
  const warnings: Record<string, string> = {};
  for (const field of fields) {
    const value = (metadata[field.key] ?? '').trim();
    if (!value) continue;
    if (field.type === 'date' && !isIsoDate(value)) {
      warnings[field.key] = 'Datumet ska skrivas ÅÅÅÅ-MM-DD och vara ett riktigt datum, till exempel 2026-03-15.';
    }
    if (field.type === 'diarienummer' && patterns.length > 0 && !matchDiarienummer(value, patterns)) {
      const examples = patterns.map((p) => p.example).join(', ');
      warnings[field.key] = `Diarienumret följer inget av de kända mönstren (${examples}). Det sparas ändå – kontrollera att det är rätt.`;
    }
  }
  return warnings;
}
