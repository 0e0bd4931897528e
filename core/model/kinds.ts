/** The four document kinds Styrdok knows, with their Swedish names. */
export const DOCUMENT_KINDS = ['riktlinje', 'program', 'motionssvar', 'remissvar'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const KIND_LABELS: Record<DocumentKind, string> = {
  riktlinje: 'Riktlinje för anhörigstöd',
  program: 'Program för stöd till anhöriga',
  motionssvar: 'Svar på motion',
  remissvar: 'Remissvar',
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
