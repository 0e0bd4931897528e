import type { Node as PMNode } from 'prosemirror-model';
import { detectKind } from '../model/detectKind.js';
import type { DocumentKind } from '../model/kinds.js';
import { isIsoDate, type Metadata } from '../model/metadata.js';
import { buildCheckDocument, type CheckDocument } from './checkDocument.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/**
 * The date a document speaks from: its metadata date, else the first date in
 * its opening text ("2023-07-03" or "3 juli 2023"), else null.
 */
export function documentDate(metadata: Metadata, body: PMNode): string | null {
  if (metadata.datum && isIsoDate(metadata.datum)) return metadata.datum.trim();
  const head = body.textBetween(0, Math.min(body.content.size, 3000), '\n', ' ');
  const iso = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/.exec(head);
  if (iso && isIsoDate(iso[1]!)) return iso[1]!;
  const sv = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`, 'i').exec(head);
  if (sv) {
    const date = `${sv[3]}-${String(MONTHS.indexOf(sv[2]!.toLowerCase()) + 1).padStart(2, '0')}-${sv[1]!.padStart(2, '0')}`;
    if (isIsoDate(date)) return date;
  }
  return null;
}

export type KindSource = 'given' | 'detected' | 'default';

export interface PreparedDocument {
  doc: CheckDocument;
  /** Where the kind came from: the caller, detection, or a default because it could not be detected. */
  kindSource: KindSource;
  /** The kind could not be detected and a default was used (kindSource 'default'). */
  kindGuessed: boolean;
}

export function prepareForCheck(
  input: { body: PMNode; metadata: Metadata; lines?: number[]; metadataLines?: Record<string, number>; suggestedKind?: DocumentKind | null },
  options: { kind?: DocumentKind; date?: string; today: string },
): PreparedDocument {
  const detected = input.suggestedKind ?? detectKind(input.body.textContent)?.kind ?? null;
  const kind = options.kind ?? detected ?? 'riktlinje';
  const date = options.date ?? documentDate(input.metadata, input.body) ?? options.today;
  return {
    doc: buildCheckDocument(input.body, { kind, date, metadata: input.metadata, lines: input.lines, metadataLines: input.metadataLines }),
    kindSource: options.kind ? 'given' : detected ? 'detected' : 'default',
    kindGuessed: !options.kind && !detected,
  };
}
