import { z } from 'zod';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';

/**
 * A fixed enumeration restated, such as the law's own three groups of carers
 * ("den som vårdar en närstående som är långvarigt sjuk eller äldre eller
 * stödjer en närstående med funktionsnedsättning"): when a unit names at least
 * `atLeast` of the `of` entries (each entry one category, in any words and
 * order) together with one of `with`, those words are blanked before the
 * unit's groups are matched, so only what the text adds to them can count.
 * With `alone`, that many entries are a restatement without a `with` term.
 */
export const restatementSchema = z
  .object({
    of: terms,
    atLeast: z.number().int().min(1),
    with: terms,
    /** This many entries are a restatement even without a `with` term (all three of the law's groups). */
    alone: z.number().int().min(1).optional(),
  })
  .strict();
export type Restatement = z.output<typeof restatementSchema>;

/** Blanks a restated enumeration in folded text (same length, offsets hold); null when the text restates none. */
export type Masker = (folded: string) => string | null;

export function compileRestatement(r: Restatement | undefined): Masker | null {
  if (!r) return null;
  const parts = r.of.map((t) => compileTerms([t], 'gu'));
  const frame = compileTerms(r.with, 'gu');
  const found = (re: RegExp, text: string) => {
    re.lastIndex = 0;
    return re.test(text);
  };
  return (folded) => {
    const named = parts.filter((re) => found(re, folded));
    if (named.length < r.atLeast || (!found(frame, folded) && (r.alone === undefined || named.length < r.alone))) return null;
    let out = folded;
    for (const re of [...named, frame]) out = out.replace(re, (m) => ' '.repeat(m.length));
    return out;
  };
}
