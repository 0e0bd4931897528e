import { z } from 'zod';
import { evidenceKind } from './kind.js';
import type { CheckContext, EvidenceHit } from './types.js';

/** Metadata evidence: every listed field has a value (e.g. datum and diarienummer in the header). */
export function findMetadata(fields: string[], ctx: CheckContext): EvidenceHit | null {
  const values = fields.map((f) => (ctx.doc.metadata[f] ?? '').trim());
  if (values.some((v) => !v)) return null;
  const lines = fields.map((f) => ctx.doc.metadataLines[f]).filter((l): l is number => l !== undefined);
  return { block: null, text: fields.map((f, i) => `${f}: ${values[i]}`).join(', '), line: lines.length ? Math.min(...lines) : null };
}

/** `metadata:` evidence. */
export const metadataKind = evidenceKind({
  name: 'metadata',
  schema: z.object({ fields: z.array(z.string().min(1)).min(1) }).strict(),
  compile: ({ fields }) => ({
    find: (ctx) => {
      const hit = findMetadata(fields, ctx);
      return hit ? { ...hit, reason: 'uppgifter i dokumentets huvud' } : null;
    },
  }),
});
