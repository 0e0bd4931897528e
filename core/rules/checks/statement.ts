import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { scope, terms } from './params.js';
import { compileTerms } from '../terms.js';
import { compileSectionMatcher } from './sectionMatcher.js';
import { checkKey, sentenceEvidence, matchIn } from './sentenceEvidence.js';
import { termHint } from './hints.js';
import { compileRestatement, restatementSchema } from './restatement.js';
import type { AnalysedSentence } from '../../text/analysis.js';
import type { Entity, EntityType } from '../../text/entities.js';
import type { CheckBlock } from '../checkDocument.js';

/**
 * `statement:` evidence — one sentence that says something, built from the
 * language layer: every group in `all` must be found in the sentence, where a
 * group mixes terms ("motion*", "@partier") and recognised entities written
 * "=time", "=person", "=meeting", "=money", "=signature" (e.g. "a motion, its author, and
 * when"). Negation is judged on the clause of the first group's match.
 */
const ENTITY_REF = /^=(time|money|person|meeting|signature)$/;

export const statementSchema = z
  .object({
    all: z.array(terms).min(1),
    unless: terms.optional(),
    /** "forbid": the first group's clause must not be negated; "require": it must be. */
    negation: z.enum(['allow', 'forbid', 'require']).default('allow'),
    scope: scope.optional(),
    /** A fixed enumeration restated (the law's own groups) is blanked before the groups are matched (restatement.ts). */
    restatement: restatementSchema.optional(),
    /** Clauses holding one of these terms are not read: "målet för 2025 nåddes inte" beside "Målet är att …" cancels only its own clause. */
    exceptClauses: terms.optional(),
    headings: z.boolean().default(false),
    minWords: z.number().int().min(0).default(0),
    /** Why the sentence counts, in Swedish, shown beside the evidence. */
    reason: z.string().min(1),
  })
  .strict();
export type StatementEvidence = z.output<typeof statementSchema>;

interface Group {
  re: RegExp | null;
  hint: (folded: string) => boolean;
  entities: EntityType[];
}

function compileGroup(group: string[]): Group {
  const entities = group.map((t) => ENTITY_REF.exec(t)?.[1]).filter((e): e is EntityType => !!e);
  const words = group.filter((t) => !ENTITY_REF.test(t));
  return { re: words.length ? compileTerms(words) : null, hint: words.length ? termHint(words) : () => true, entities };
}

function entitiesOf(s: AnalysedSentence, type: EntityType): Entity[] {
  // A time limit ("inom ett år") says when something must happen, not when it did or will: no point in time.
  if (type === 'signature') return s.signatures;
  return type === 'time' ? s.times.filter((t) => !t.duration) : type === 'money' ? s.money : type === 'person' ? s.persons : s.meetings;
}

function findGroup(g: Group, block: CheckBlock, s: AnalysedSentence, masked: string | null): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  if (g.re && masked !== null) {
    const m = g.re.exec(masked);
    if (m) best = { start: s.start + m.index, end: s.start + m.index + m[0].length };
  } else if (g.re) best = matchIn(g.re, block, s);
  for (const type of g.entities) {
    const e = entitiesOf(s, type)[0];
    if (e && (!best || e.start < best.start)) best = { start: e.start, end: e.end };
  }
  return best;
}

export const statementKind = evidenceKind({
  name: 'statement',
  schema: statementSchema,
  compile(params) {
    const groups = params.all.map(compileGroup);
    const unless = params.unless ? compileTerms(params.unless) : null;
    const inScope = params.scope && (params.scope.headings.length || params.scope.ids.length) ? compileSectionMatcher(params.scope) : null;
    const restated = compileRestatement(params.restatement);
    const except = params.exceptClauses ? compileTerms(params.exceptClauses) : null;
    /** The sentence's folded text with excepted clauses and a restated enumeration blanked; null when nothing is blanked. */
    const mask = (s: AnalysedSentence, folded: string): string | null => {
      let out: string | null = null;
      if (except && except.test(folded)) {
        out = folded;
        for (const c of s.clauses) {
          const from = c.start - s.start;
          const to = c.end - s.start;
          if (except.test(folded.slice(from, to))) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
        }
      }
      return (restated && restated(out ?? folded)) ?? out;
    };
    const key = checkKey('st');
    return sentenceEvidence(
      key,
      (s, block) => {
        if (params.minWords && s.tokens.length < params.minWords) return null;
        if (unless && matchIn(unless, block, s)) return null;
        let first = -1;
        let last = -1;
        let firstAt = -1;
        const masked = mask(s, block.folded.slice(s.start, s.end));
        for (const g of groups) {
          const m = findGroup(g, block, s, masked);
          if (!m) return null;
          if (firstAt < 0) firstAt = m.start;
          first = first < 0 ? m.start : Math.min(first, m.start);
          last = Math.max(last, m.end);
        }
        if (params.negation !== 'allow') {
          const clause = s.clauses.find((c) => firstAt >= c.start && firstAt < c.end);
          const negated = !!clause?.negation;
          if (negated !== (params.negation === 'require')) return null;
        }
        return { start: first, end: last, reason: params.reason };
      },
      { headings: params.headings, scope: inScope, prefilter: (folded) => groups.every((g) => g.entities.length > 0 || (g.hint(folded) && g.re!.test(folded))) },
    );
  },
});
