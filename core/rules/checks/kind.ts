import type { z } from 'zod';
import type { CheckSection } from '../checkDocument.js';
import type { CheckContext, EvidenceHit, RawFinding } from './types.js';

/**
 * A check kind is one unit: the schema of its parameters in a rule pack and
 * the function that compiles those parameters into a check. The registry
 * (registry.ts) lists every kind; nothing else needs to know them by name.
 */

/** A compiled piece of requirement evidence. */
export interface EvidenceCheck {
  find(ctx: CheckContext): EvidenceHit | null;
  /** Sections this evidence recognises, with or without text (for "insert after"); only section-like kinds have it. */
  sections?(ctx: CheckContext): number[];
  /**
   * Block-local evidence: find(ctx) is exactly the first block in scope (document
   * order) for which local.test gives a hit, else the first hit of fallback when
   * there is one. The engine then re-tests only edited blocks (and their reach) after an edit.
   */
  local?: LocalEvidence;
  fallback?: LocalEvidence;
}

export interface LocalEvidence {
  /** Sections whose blocks (with their subsections') are searched; null: the whole document. */
  scope: ((section: CheckSection) => boolean) | null;
  /**
   * The hit in block `index`, depending only on that block (its node, type, toc, header-row flags), the
   * blocks within `reach` of it, and the document's date.
   */
  test(ctx: CheckContext, index: number): EvidenceHit | null;
  /** How many blocks on either side the test reads (a table row's other cells); 0 when absent. */
  reach?: number;
}

/** Evidence kinds are written `- <name>: { …params }` under a requirement's `evidence`. */
export interface EvidenceKind<N extends string = string, S extends z.ZodType = z.ZodType> {
  name: N;
  schema: S;
  compile(params: z.output<S>): EvidenceCheck;
}

/** A compiled finding rule: every finding it makes in a document. */
export type FindingCheck = ((ctx: CheckContext) => RawFinding[]) & {
  /** Block-local findings: the whole result is exactly perBlock over every block in order (the engine re-runs only edited blocks). */
  perBlock?: (ctx: CheckContext, index: number) => RawFinding[];
  /** Findings from the first hits of block-local tests: the whole result is exactly combine(first hit of each local, in order). */
  firsts?: { locals: LocalEvidence[]; combine(hits: (EvidenceHit | null)[]): RawFinding[] };
};

/** Finding kinds are written `check: { kind: <name>, …params }` in a pack's `rules`. */
export interface FindingKind<N extends string = string, S extends z.ZodType = z.ZodType> {
  name: N;
  schema: S;
  compile(params: z.output<S>): FindingCheck;
}

export function evidenceKind<N extends string, S extends z.ZodType>(kind: EvidenceKind<N, S>): EvidenceKind<N, S> {
  return kind;
}

export function findingKind<N extends string, S extends z.ZodType>(kind: FindingKind<N, S>): FindingKind<N, S> {
  return kind;
}
