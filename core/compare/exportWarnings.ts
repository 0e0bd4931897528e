import type { Node as PMNode } from 'prosemirror-model';
import type { DocumentKind } from '../model/kinds.js';
import { isIsoDate, type Metadata } from '../model/metadata.js';
import type { RuleEngine } from '../rules/engine.js';
import { prepareForCheck } from '../rules/prepare.js';

/** A metadata field as the warnings need it: key, label and kind of value. */
export interface WarnedField {
  key: string;
  label: string;
  type?: string;
}

/**
 * What a reader of an exported document would catch, said before the file
 * leaves: an impossible date in the metadata, empty headings, and
 * requirements of severity "fel" the rule engine still finds missing. These
 * warn; they never stop the export.
 */
export function exportWarnings(input: { kind: DocumentKind; metadata: Metadata; body: PMNode; fields: WarnedField[]; engine: RuleEngine | null; today: string }): string[] {
  const warnings: string[] = [];
  for (const field of input.fields) {
    const value = (input.metadata[field.key] ?? '').trim();
    if (field.type === 'date' && value && !isIsoDate(value)) warnings.push(`${field.label} ”${value}” är inget riktigt datum (skriv ÅÅÅÅ-MM-DD).`);
  }
  let empty = 0;
  input.body.forEach((node) => {
    if (node.type.name === 'heading' && !node.textContent.trim()) empty++;
  });
  if (empty) warnings.push(empty === 1 ? 'En rubrik är tom.' : `${empty} rubriker är tomma.`);
  if (input.engine) {
    const { doc } = prepareForCheck({ body: input.body, metadata: input.metadata }, { kind: input.kind, today: input.today });
    const missing = input.engine.check(doc).requirements.filter((r) => r.status === 'missing' && r.severity === 'fel');
    for (const r of missing) warnings.push(`Krav som saknas: ${r.title}.`);
  }
  return warnings;
}
