import type { Metadata } from '../model/metadata.js';

/**
 * Header lines as municipal documents carry them ("Datum: 2023-07-03",
 * "Diarienr: KS 2020/923", "Handläggare: …") and the metadata field each fills.
 */
const LABELS: { re: RegExp; key: string }[] = [
  { re: /^(datum|beslutsdatum)$/iu, key: 'datum' },
  { re: /^(diarienr|diarienummer|dnr|vårt dnr|vår beteckning|ärendenummer)$/iu, key: 'diarienummer' },
  { re: /^(handläggare|kontaktperson|upprättad av)$/iu, key: 'handlaggare' },
  { re: /^(instans|nämnd|beslutsinstans|mottagare)$/iu, key: 'instans' },
];

const HEADER_LINE = /^\s*([\p{L} ]{2,24}?)\s*[:]\s*(.*?)\s*$/u;
const DATE_IN_TEXT = /(\d{4}-\d{2}-\d{2})/;

export interface HeaderResult {
  metadata: Metadata;
  /** Indexes of the lines that were header lines (and so are not body text). */
  consumed: Set<number>;
  /** 1-based line of each metadata field found. */
  lines: Record<string, number>;
}

/** Reads header lines among the first lines of a document. */
export function readHeaderFields(lines: string[], maxLines = 25): HeaderResult {
  const metadata: Metadata = {};
  const consumed = new Set<number>();
  const fieldLines: Record<string, number> = {};
  const limit = Math.min(lines.length, maxLines);
  for (let i = 0; i < limit; i++) {
    const m = HEADER_LINE.exec(lines[i]!);
    if (!m) continue;
    const label = m[1]!.trim();
    const value = m[2]!.trim();
    if (/^(direktnr|telefon|tel|e-post|epost|mobil)$/iu.test(label)) {
      consumed.add(i); // contact lines belong to the header, not the body
      continue;
    }
    const field = LABELS.find((l) => l.re.test(label));
    if (!field || !value || metadata[field.key]) continue;
    // "Nämnd: beslutar om programmet …" is a role and its task in a list, not a header: a name starts with a capital.
    if ((field.key === 'instans' || field.key === 'handlaggare') && /^\p{Ll}/u.test(value)) continue;
    consumed.add(i);
    fieldLines[field.key] = i + 1;
    if (field.key === 'datum') {
      // "Datum: 2023-07-03 Kommunstyrelsen": the date, then often the body that issues it.
      const date = DATE_IN_TEXT.exec(value);
      metadata.datum = date ? date[1]! : value;
      const rest = date ? value.replace(date[1]!, '').trim() : '';
      if (rest && !metadata.instans) {
        metadata.instans = rest;
        fieldLines.instans = i + 1;
      }
    } else {
      metadata[field.key] = value;
    }
  }
  return { metadata, consumed, lines: fieldLines };
}
