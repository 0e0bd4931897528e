import type { CheckDocument } from '../checkDocument.js';
import type { DiarienummerPattern } from '../../model/templates.js';
import type { LawRegister } from '../packSchema.js';

/** Where a check found something: a block and a character range in its text. */
export interface Hit {
  block: number;
  start: number;
  end: number;
}

/** A finding before the engine adds the rule's texts. */
export interface RawFinding extends Hit {
  /** Replaces the rule's message when the check knows more (e.g. which law replaced the cited one). */
  message?: string;
  replacement?: string;
  /** Values for {placeholders} in the rule's message. */
  vars?: Record<string, string>;
}

export interface CheckContext {
  doc: CheckDocument;
  /** Distinguishes engines in per-block memos (their registers and packs may differ). */
  engineId: number;
  register: LawRegister | null;
  diarienummerPatterns: DiarienummerPattern[];
}

/** A piece of evidence that a requirement is met. Metadata evidence has no block. */
export type EvidenceHit = (Hit | { block: null; text: string; line: number | null }) & {
  /** Why it counts, in Swedish (which pattern matched), shown beside the evidence. */
  reason?: string;
};
