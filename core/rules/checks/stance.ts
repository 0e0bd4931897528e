import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import { compileConcept } from '../../text/concepts.js';
import { checkKey, sentenceEvidence, matchIn } from './sentenceEvidence.js';

export const stanceSchema = z
  .object({
    /** The concept, inflection- and compound-aware: "anhörig+bidrag" meets "anhörigbidraget" and "bidrag till anhöriga". */
    topic: terms,
    /** Words of a position taken: offered, granted, referred elsewhere. */
    position: terms,
    /** Words of an undecided matter: "ska utredas", "återkommer", "diskuteras". */
    unless: terms.optional(),
  })
  .strict();
export type StanceEvidence = z.output<typeof stanceSchema>;

/**
 * `stance:` evidence — a sentence that names the topic (e.g. economic support)
 * and takes a position on it: offered ("kan beviljas", an amount), not offered
 * (negated: "Vi har inget anhörigbidrag", "avskaffades", "beslutade att inte
 * införa"), or referred elsewhere ("närståendepenning hos Försäkringskassan").
 * A mention of the topic is no stance, nor is a matter left open ("ska utredas").
 */
export const stanceKind = evidenceKind({
  name: 'stance',
  schema: stanceSchema,
  compile(params) {
    const topic = compileConcept(params.topic);
    const position = compileTerms(params.position);
    const unless = params.unless ? compileTerms(params.unless) : null;
    const key = checkKey('stance');
    return sentenceEvidence(key, (s, block) => {
      if (!topic.mayMatch(block.folded.slice(s.start, s.end))) return null;
      const t = topic.match(s.tokens);
      if (!t) return null;
      if (unless && matchIn(unless, block, s)) return null;
      const clause = s.clauses.find((c) => t.start >= c.start && t.start < c.end);
      const negation = clause?.negation ?? s.clauses.find((c) => c.negation)?.negation ?? null;
      if (negation) return { start: Math.min(t.start, negation.start), end: Math.max(t.end, negation.end), reason: `ställningstagande: erbjuds inte (”${negation.word}”)` };
      if (s.money.length) return { start: t.start, end: Math.max(t.end, s.money[0]!.end), reason: 'ställningstagande: erbjuds, med belopp' };
      const p = matchIn(position, block, s);
      if (p) return { start: Math.min(t.start, p.start), end: Math.max(t.end, p.end), reason: 'ställningstagande: erbjuds eller hänvisas' };
      return null;
    }, { prefilter: (folded) => topic.mayMatch(folded) });
  },
});
