import type { TextPart } from './compare.js';

/** A metadata field as the comparison shows it: its key and its Swedish label, in form order. */
export interface MetadataField {
  key: string;
  label: string;
}

export interface MetadataChange {
  key: string;
  label: string;
  old: string;
  new: string;
  /** Word-level parts, exact in both values. */
  parts: TextPart[];
  /** added: empty before, filled now; removed: the reverse. */
  status: 'equal' | 'changed' | 'added' | 'removed';
  /** Only case or whitespace differ and the user chose to ignore that. */
  ignorable?: boolean;
}

/**
 * Compares two versions' metadata field by field: the fields given (in their
 * order), then any other key either side holds, so nothing is silently left out.
 */
export function compareMetadata(
  old: Record<string, string>,
  next: Record<string, string>,
  fields: MetadataField[],
  options: { ignoreCase?: boolean; ignoreWhitespace?: boolean; word: (a: string, b: string) => TextPart[] },
): MetadataChange[] {
  const known = new Set(fields.map((f) => f.key));
  const extra = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((k) => !known.has(k)).sort();
  const all = [...fields, ...extra.map((key) => ({ key, label: key }))];
  const fold = (s: string) => {
    let t = s;
    if (options.ignoreWhitespace) t = t.replace(/\s+/g, ' ').trim();
    if (options.ignoreCase) t = t.toLocaleLowerCase('sv');
    return t;
  };
  const out: MetadataChange[] = [];
  for (const f of all) {
    const a = old[f.key] ?? '';
    const b = next[f.key] ?? '';
    if (!a && !b) continue;
    const status = a === b ? 'equal' : !a ? 'added' : !b ? 'removed' : 'changed';
    const change: MetadataChange = { key: f.key, label: f.label, old: a, new: b, parts: options.word(a, b), status };
    if (status === 'changed' && fold(a) === fold(b)) change.ignorable = true;
    out.push(change);
  }
  return out;
}
