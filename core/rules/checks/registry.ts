import { z } from 'zod';
import type { EvidenceKind, FindingKind } from './kind.js';
import { sectionKind } from './section.js';
import { contentKind } from './content.js';
import { stanceKind } from './stance.js';
import { metadataKind } from './metadataPresent.js';
import { legalReferenceKind } from './legalReference.js';
import { dateRelationKind } from './dateRelation.js';
import { termKind } from './term.js';
import { conditionalKind } from './conditional.js';
import { metadataFormatKind } from './metadataFormat.js';
import { statementKind } from './statement.js';
import { responsibilityKind } from './responsibility.js';
import { timelineKind } from './timeline.js';
import { citationKind } from './citation.js';
import { divisionKind } from './division.js';

/**
 * Every check kind the engine knows. A new kind is one file in this folder
 * exporting `evidenceKind({...})` or `findingKind({...})` and one line here;
 * the pack schema and the engine pick it up from these lists.
 */
export const EVIDENCE_KINDS = [sectionKind, contentKind, stanceKind, metadataKind, statementKind, responsibilityKind, timelineKind, citationKind, divisionKind] as const;
export const FINDING_KINDS = [legalReferenceKind, dateRelationKind, termKind, conditionalKind, metadataFormatKind] as const;

type EvidenceOf<K> = K extends EvidenceKind<infer N, infer S> ? { [P in N]: z.output<S> } : never;
type FindingOf<K> = K extends FindingKind<infer N, infer S> ? { kind: N } & z.output<S> : never;
/** One piece of requirement evidence as written in a pack, e.g. `{ section: {...} }`. */
export type Evidence = EvidenceOf<(typeof EVIDENCE_KINDS)[number]>;
/** A finding rule's `check` as written in a pack, e.g. `{ kind: 'term', terms: [...] }`. */
export type FindingCheckParams = FindingOf<(typeof FINDING_KINDS)[number]>;

const evidenceByName = new Map<string, EvidenceKind>(EVIDENCE_KINDS.map((k) => [k.name, k as unknown as EvidenceKind]));
const findingByName = new Map<string, FindingKind>(FINDING_KINDS.map((k) => [k.name, k as unknown as FindingKind]));

export function evidenceKindOf(ev: Evidence): { kind: EvidenceKind; params: unknown } {
  const name = Object.keys(ev)[0]!;
  return { kind: evidenceByName.get(name)!, params: (ev as Record<string, unknown>)[name] };
}

export function findingKindOf(check: FindingCheckParams): { kind: FindingKind; params: unknown } {
  const { kind, ...params } = check as { kind: string };
  return { kind: findingByName.get(kind)!, params };
}

/** Copies a kind's own validation issues into the pack's, under the key they belong to. */
function reportIssues(ctx: z.RefinementCtx, issues: z.core.$ZodIssue[], prefix: (string | number)[]): void {
  for (const issue of issues) ctx.addIssue({ ...(issue as z.core.$ZodIssue & { code: 'custom' }), path: [...prefix, ...issue.path] as (string | number)[] });
}

/** Evidence: an object with exactly one key, the kind's name, holding the kind's parameters. */
export const evidenceSchema = z.record(z.string(), z.unknown()).transform((obj, ctx): Evidence => {
  const names = Object.keys(obj);
  if (names.length !== 1) {
    ctx.addIssue({ code: 'custom', input: obj, message: `ange exakt en sorts belägg (${[...evidenceByName.keys()].join(', ')})` });
    return z.NEVER;
  }
  const name = names[0]!;
  const kind = evidenceByName.get(name);
  if (!kind) {
    ctx.addIssue({ code: 'custom', input: obj, path: [name], message: `okänd sorts belägg "${name}" (tillåtna: ${[...evidenceByName.keys()].join(', ')})` });
    return z.NEVER;
  }
  const r = kind.schema.safeParse(obj[name], { reportInput: true });
  if (!r.success) {
    reportIssues(ctx, r.error.issues, [name]);
    return z.NEVER;
  }
  return { [name]: r.data } as Evidence;
});

/** A finding rule's check: `kind` names the kind, the other keys are its parameters. */
export const findingCheckSchema = z.record(z.string(), z.unknown()).transform((obj, ctx): FindingCheckParams => {
  const { kind: name, ...params } = obj;
  const kind = typeof name === 'string' ? findingByName.get(name) : undefined;
  if (!kind) {
    ctx.addIssue({
      code: 'custom',
      input: obj,
      path: ['kind'],
      message: name === undefined ? 'värde saknas' : `okänd kontrolltyp "${String(name)}" (tillåtna: ${[...findingByName.keys()].join(', ')})`,
    });
    return z.NEVER;
  }
  const r = kind.schema.safeParse(params, { reportInput: true });
  if (!r.success) {
    reportIssues(ctx, r.error.issues, []);
    return z.NEVER;
  }
  return { kind: name, ...(r.data as object) } as FindingCheckParams;
});
