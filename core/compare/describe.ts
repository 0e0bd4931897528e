/** One side of a comparison as the reader should know it. */
export type ComparedSource = { type: 'version'; label: string; date: string } | { type: 'current'; date: string } | { type: 'file'; name: string };

function describe(s: ComparedSource): string {
  switch (s.type) {
    case 'version':
      // "version 2 (2026-03-01)" for numbered versions, the label in quotes otherwise.
      return /^\d+$/.test(s.label.trim()) ? `version ${s.label.trim()} (${s.date})` : `versionen ”${s.label}” (${s.date})`;
    case 'current':
      return `nuvarande text (${s.date})`;
    case 'file':
      return s.name;
  }
}

/** The line under the metadata of an exported comparison that says what was compared. */
export function comparedLine(old: ComparedSource, next: ComparedSource): string {
  return `Jämförelse mellan ${describe(old)} och ${describe(next)}`;
}
