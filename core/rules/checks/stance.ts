import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import { compileConcept, type Concept } from '../../text/concepts.js';
import { tokenize } from '../../text/tokens.js';
import { checkKey, sentenceEvidence, sentenceAt, matchIn } from './sentenceEvidence.js';
import { firstInScope } from './units.js';
import type { LocalEvidence } from './kind.js';
import type { CheckContext } from './types.js';
import type { AnalysedSentence } from '../../text/analysis.js';
import type { CheckBlock, CheckSection } from '../checkDocument.js';

export const stanceSchema = z
  .object({
    /** The concept, inflection- and compound-aware: "anhörig+bidrag" meets "anhörigbidraget" and "bidrag till anhöriga". */
    topic: terms,
    /** Words of a position taken: offered, granted, referred elsewhere. */
    position: terms,
    /** Words of an undecided matter: "ska utredas", "återkommer", "diskuteras". */
    unless: terms.optional(),
    /**
     * Words that stand for the topic under a heading that names it ("# Anhörigbidrag" — "Kommunen erbjuder inte
     * detta.", "Bidraget beviljas efter …"): in such a section they count as the topic.
     */
    anaphors: terms.optional(),
  })
  .strict();
export type StanceEvidence = z.output<typeof stanceSchema>;

type Span = { start: number; end: number };

/** The stance a sentence takes on the topic found at `t`, or null. */
function stanceOn(t: Span, s: AnalysedSentence, block: CheckBlock, position: RegExp): { start: number; end: number; reason: string } | null {
  const clause = s.clauses.find((c) => t.start >= c.start && t.start < c.end);
  const negation = clause?.negation ?? s.clauses.find((c) => c.negation)?.negation ?? null;
  if (negation) return { start: Math.min(t.start, negation.start), end: Math.max(t.end, negation.end), reason: `ställningstagande: erbjuds inte (”${negation.word}”)` };
  if (s.money.length) return { start: t.start, end: Math.max(t.end, s.money[0]!.end), reason: 'ställningstagande: erbjuds, med belopp' };
  const p = matchIn(position, block, s);
  if (p) return { start: Math.min(t.start, p.start), end: Math.max(t.end, p.end), reason: 'ställningstagande: erbjuds eller hänvisas' };
  return null;
}

/** Whether a section's heading (or a parent's) names the topic; cached per heading text. */
function headingNames(topic: Concept): (section: CheckSection) => boolean {
  const cache = new Map<string, boolean>();
  return (section) => {
    let answer = cache.get(section.heading);
    if (answer === undefined) {
      answer = !!topic.match(tokenize(section.heading));
      if (cache.size > 10_000) cache.clear();
      cache.set(section.heading, answer);
    }
    return answer;
  };
}

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
    const named = sentenceEvidence(key, (s, block) => {
      if (!topic.mayMatch(block.folded.slice(s.start, s.end))) return null;
      const t = topic.match(s.tokens);
      if (!t) return null;
      if (unless && matchIn(unless, block, s)) return null;
      return stanceOn(t, s, block, position);
    }, { prefilter: (folded) => topic.mayMatch(folded) });
    if (!params.anaphors) return named;
    // Under a heading that names the topic (or, before the first heading, a title that does), "detta",
    // "bidraget", "sådan ersättning" stand for it. The sentence test does not read the heading, so its memo holds.
    const anaphors = compileTerms(params.anaphors);
    const names = headingNames(topic);
    const aboutTopic = (ctx: CheckContext, i: number): boolean => {
      const doc = ctx.doc;
      let sec = doc.blocks[i]!.section;
      if (sec < 0) return !!doc.metadata.title && names({ heading: doc.metadata.title } as CheckSection);
      for (; sec >= 0; sec = doc.sections[sec]!.parent) if (names(doc.sections[sec]!)) return true;
      return false;
    };
    const anaphorKey = checkKey('stance-h');
    const anaphorTest = (s: AnalysedSentence, block: CheckBlock) => {
      const a = matchIn(anaphors, block, s);
      if (!a) return null;
      if (unless && matchIn(unless, block, s)) return null;
      const found = stanceOn(a, s, block, position);
      return found && { ...found, reason: `${found.reason}, under en rubrik om ämnet` };
    };
    const viaHeading: LocalEvidence = {
      scope: null,
      test: (ctx, i) => (ctx.doc.blocks[i]!.type !== 'heading' && aboutTopic(ctx, i) ? sentenceAt(ctx, i, anaphorKey, anaphorTest, { prefilter: (folded) => anaphors.test(folded) }) : null),
    };
    return { find: (ctx) => named.find(ctx) ?? firstInScope(ctx, null, (i) => viaHeading.test(ctx, i)), local: named.local, fallback: viaHeading };
  },
});
