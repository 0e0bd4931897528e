import { z } from 'zod';

/**
 * Shared vocabularies (actors, months, economic-support terms …) are data,
 * defined once in rules/ordlistor.yaml. A rule pack names a list as "@name"
 * inside any list of terms, and the list is put in its place when the pack
 * loads, so every rule that speaks of "roller" uses the same words.
 */
export const vocabularySchema = z
  .object({
    ordlistor: z.string().min(1),
    description: z.string().optional(),
    lists: z.record(z.string().regex(/^[a-z0-9-]+$/, 'namn på ordlistor skrivs med a–z, 0–9 och bindestreck'), z.array(z.string().min(1)).min(1)),
  })
  .strict();
export type Vocabulary = z.output<typeof vocabularySchema>;

const REFERENCE = /^@([a-z0-9-]+)$/;

/**
 * Replaces every "@name" item of a string array by the list's words. Unknown
 * names are reported through `unknown` with their path, so the loader can say
 * file and line.
 */
export function expandReferences(value: unknown, lists: Record<string, string[]>, unknown: (path: (string | number)[], name: string) => void, path: (string | number)[] = []): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const ref = typeof item === 'string' ? REFERENCE.exec(item) : null;
      if (!ref) {
        out.push(expandReferences(item, lists, unknown, [...path, i]));
        return;
      }
      const list = lists[ref[1]!];
      if (list) out.push(...list);
      else {
        unknown([...path, i], ref[1]!);
        out.push(item);
      }
    });
    return out;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandReferences(v, lists, unknown, [...path, k])]));
  }
  return value;
}

/** Merges vocabularies in load order: a later file (a municipality's own) extends a list of the same name. */
export function mergeVocabularies(vocabularies: Vocabulary[]): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const v of vocabularies) for (const [name, words] of Object.entries(v.lists)) lists[name] = [...new Set([...(lists[name] ?? []), ...words])];
  return lists;
}
