import { blockLine, blockPos, type CheckDocument } from './checkDocument.js';
import { sentenceSpans } from '../text/sentences.js';
import type { Severity } from './packSchema.js';
import type { EvidenceHit, Hit } from './checks/types.js';

/** What a check reports, as plain data: the editor, the findings panel and the CLI only render it. */

/** Where a result points: a block of the document (editor position and source line). */
export interface Location {
  line: number;
  column: number;
  /** ProseMirror positions of the range, for decorations and jump-to. */
  from: number;
  to: number;
}

export interface RequirementResult {
  id: string;
  title: string;
  status: 'present' | 'missing';
  severity: Severity;
  message: string;
  explanation: string;
  source: string;
  unverified: boolean;
  /** `reason` says which pattern made it count. */
  evidence: ((Location & { text: string }) | { line: number | null; text: string }) & { reason?: string } | null;
  /** Heading of the section after which the missing content belongs; null when the document has no sections. */
  insertAfter: string | null;
  /** ProseMirror position to insert at (end of that section, or the document end). */
  insertPos: number | null;
  /** Template section whose skeleton a fix would insert. */
  template: string | null;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  explanation: string;
  source: string;
  unverified: boolean;
  location: Location | null;
  /** Text that should stand in place of the located range (a one-click fix). */
  replacement?: string;
  /** With a replacement: the text the range held when checked (a fix applies only while it is still there). */
  found?: string;
}

export interface CheckResult {
  requirements: RequirementResult[];
  findings: Finding[];
}

export function locate(hit: Hit, doc: CheckDocument): Location {
  const pos = blockPos(doc, hit.block);
  // +1: the text of a textblock starts one position after the node's start.
  return { line: blockLine(doc, hit.block), column: hit.start + 1, from: pos + 1 + hit.start, to: pos + 1 + hit.end };
}

/** A finding's location moved by an edit before it: `lines` lines and `chars` positions further on. */
export function shifted(f: Finding, lines: number, chars: number): Finding {
  const l = f.location;
  if (!l || (lines === 0 && chars === 0)) return f;
  return { ...f, location: { line: l.line + lines, column: l.column, from: l.from + chars, to: l.to + chars } };
}

export function evidenceOf(hit: EvidenceHit, doc: CheckDocument): RequirementResult['evidence'] {
  const reason = hit.reason ? { reason: hit.reason } : {};
  if (hit.block === null) return { line: hit.line, text: hit.text, ...reason };
  const block = doc.blocks[hit.block]!;
  // Kept with the block's node (its memo lives as long as the node is unchanged): a re-check reports the same
  // evidence sentences again, and finding each one's sentence anew was a fifth of a re-check's garbage.
  const key = `\u0000snippet ${hit.start}`;
  let text = block.memo.get(key) as string | undefined;
  if (text === undefined) block.memo.set(key, (text = snippet(block.text, hit.start)));
  return { ...locate(hit, doc), text, ...reason };
}

/** The evidence sentence: the whole sentence holding the match, shortened around it when very long. */
function snippet(text: string, at: number): string {
  const sentence = sentenceSpans(text).find((s) => at >= s.start && at < s.end) ?? { start: 0, end: text.length };
  const MAX = 240;
  let start = sentence.start;
  if (sentence.end - start > MAX && at - start > 40) {
    start = Math.max(sentence.start, at - 40);
    // Start at a word.
    while (start > sentence.start && /\S/.test(text[start - 1]!)) start--;
  }
  const end = Math.min(sentence.end, start + MAX);
  const s = text.slice(start, end).trim();
  return (start > 0 && start > sentence.start ? '…' : '') + s + (end < sentence.end ? '…' : '');
}

export function interpolate(message: string, vars?: Record<string, string>): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
