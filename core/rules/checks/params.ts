import { z } from 'zod';
import { isValidTerm } from '../terms.js';

/** Parameter schemas shared by several check kinds. */
export const term = z.string().min(1).refine(isValidTerm, 'ogiltig term eller ogiltigt reguljärt uttryck');
export const terms = z.array(term).min(1);

export const scope = z
  .object({
    headings: z.array(z.string().min(1)).default([]),
    ids: z.array(z.string().min(1)).default([]),
  })
  .strict();
