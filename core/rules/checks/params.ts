import { z } from 'zod';
import { termProblem } from '../terms.js';

/** Parameter schemas shared by several check kinds. */
export const term = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    const problem = termProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', input: value, message: `ogiltig term "${value}": ${problem}` });
  });
export const terms = z.array(term).min(1);

export const scope = z
  .object({
    headings: z.array(z.string().min(1)).default([]),
    ids: z.array(z.string().min(1)).default([]),
  })
  .strict();
