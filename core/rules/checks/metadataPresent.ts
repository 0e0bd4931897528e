import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import { foldKeepOffsets } from '../../text/normalize.js';
import type { CheckContext, EvidenceHit } from './types.js';

/** Metadata evidence: every listed field has a value (e.g. datum and diarienummer in the header). */
export function findMetadata(fields: string[], ctx: CheckContext): EvidenceHit | null {
  const values = fields.map((f) => (ctx.doc.metadata[f] ?? '').trim());
  if (values.some((v) => !v)) return null;
  const lines = fields.map((f) => ctx.doc.metadataLines[f]).filter((l): l is number => l !== undefined);
  return { block: null, text: fields.map((f, i) => `${f}: ${values[i]}`).join(', '), line: lines.length ? Math.min(...lines) : null };
}

/**
 * `metadata:` evidence. With `all`, the fields' values together must also say
 * something: every term group matches (e.g. a title "Yttrande över
 * Socialstyrelsens förslag …" names the remiss and its sender).
 */
export const metadataKind = evidenceKind({
  name: 'metadata',
  schema: z.object({ fields: z.array(z.string().min(1)).min(1), all: z.array(terms).min(1).optional() }).strict(),
  compile: ({ fields, all }) => {
    const groups = all?.map((g) => compileTerms(g)) ?? null;
    return {
      find: (ctx) => {
        const hit = findMetadata(fields, ctx);
        if (!hit) return null;
        if (!groups) return { ...hit, reason: 'uppgifter i dokumentets huvud' };
        const folded = foldKeepOffsets(fields.map((f) => ctx.doc.metadata[f] ?? '').join(' \n '));
        // The evidence is what the header says, without the field's internal name ("title").
        const text = fields.map((f) => (ctx.doc.metadata[f] ?? '').trim()).join(' · ');
        return groups.every((g) => g.test(folded)) ? { ...hit, text, reason: 'dokumentets titel eller huvud säger det' } : null;
      },
    };
  },
});
