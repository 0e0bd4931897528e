import { analyseText, type AnalysedSentence } from '../../text/analysis.js';
import type { CheckBlock } from '../checkDocument.js';
import type { CheckSection } from '../checkDocument.js';
import { firstInScope } from './units.js';
import type { EvidenceCheck, LocalEvidence } from './kind.js';
import type { CheckContext, EvidenceHit } from './types.js';

/**
 * Shared walk of the sentences that can be evidence. Never evidence: headings
 * (unless a kind allows them), tables of contents, table header rows,
 * placeholders (blanked by the analysis) and quoted text such as the law's own
 * wording. Sentence analysis is kept with the block's immutable node, and so is
 * each check's answer, so a re-check only looks at edited blocks.
 */
export interface SentenceHit {
  start: number;
  end: number;
  reason: string;
}

export type SentenceTest = (s: AnalysedSentence, block: CheckBlock, index: number, ctx: CheckContext) => SentenceHit | null;

const ANALYSIS = 'lang:analysis';

export function analysed(block: CheckBlock): AnalysedSentence[] {
  let a = block.memo.get(ANALYSIS) as AnalysedSentence[] | undefined;
  if (!a) {
    a = analyseText(block.text);
    block.memo.set(ANALYSIS, a);
  }
  return a;
}

/** "Label: value" – a header line that extraction often turns into a heading; its value is content. */
const FIELD_LINE = /^[^:]{3,70}:\s+\S/u;

export function eligible(block: CheckBlock, headings: boolean): boolean {
  if (block.toc || block.tableHeader) return false;
  if (block.type === 'heading' && !headings && !FIELD_LINE.test(block.text)) return false;
  return block.words > 0;
}

let nextKey = 0;
export function checkKey(prefix: string): string {
  return `${prefix}${nextKey++}`;
}

/**
 * The first sentence in scope that passes `test`. `key` memoises the answer per
 * block; `memoDependsOnDate` adds the document date to it for tests that read it.
 */
export interface SentenceOptions {
  headings?: boolean;
  scope?: ((s: CheckSection) => boolean) | null;
  dateDependent?: boolean;
  /** A cheap test on the whole block's folded text: blocks that fail it are never analysed. */
  prefilter?: (folded: string) => boolean;
  /** Quoted sentences reach the test too (it judges which part is the document's own). */
  quoted?: boolean;
  /** The answer depends on the engine's law register: memoised per engine. */
  perEngine?: boolean;
}

/** The answer of `test` for one block (memoised on the block's node), as evidence. */
export function sentenceAt(ctx: CheckContext, index: number, key: string, test: SentenceTest, options: SentenceOptions): EvidenceHit | null {
  const block = ctx.doc.blocks[index]!;
  if (!eligible(block, options.headings ?? false)) return null;
  const memoKey = `${key}${options.dateDependent ? `|${ctx.doc.date}` : ''}${options.perEngine ? `|${ctx.engineId}` : ''}`;
  let found = block.memo.get(memoKey) as SentenceHit | null | undefined;
  if (found === undefined) {
    found = null;
    const candidates = options.prefilter && !options.prefilter(block.folded) ? [] : analysed(block);
    for (const s of candidates) {
      if (s.quoted && !options.quoted) continue;
      found = test(s, block, index, ctx);
      if (found) break;
    }
    block.memo.set(memoKey, found);
  }
  return found ? { block: index, start: found.start, end: found.end, reason: found.reason } : null;
}

/**
 * The first sentence in scope that passes `test`. `key` memoises the answer per
 * block; `dateDependent` adds the document date to it for tests that read it.
 */
export function findSentence(ctx: CheckContext, key: string, test: SentenceTest, options: SentenceOptions = {}): EvidenceHit | null {
  return firstInScope(ctx, options.scope ?? null, (i) => sentenceAt(ctx, i, key, test, options));
}

/** Sentence evidence as a block-local check: the engine can re-test only edited blocks (see LocalEvidence). */
export function sentenceEvidence(key: string, test: SentenceTest, options: SentenceOptions = {}): EvidenceCheck & { local: LocalEvidence } {
  const local: LocalEvidence = { scope: options.scope ?? null, test: (ctx, i) => sentenceAt(ctx, i, key, test, options) };
  return { find: (ctx) => firstInScope(ctx, local.scope, (i) => local.test(ctx, i)), local };
}

/** A term-group regex (compileTerms) tested on a sentence's folded text; the match in block offsets. */
export function matchIn(re: RegExp, block: CheckBlock, s: { start: number; end: number }): { start: number; end: number } | null {
  const m = re.exec(block.folded.slice(s.start, s.end));
  return m ? { start: s.start + m.index, end: s.start + m.index + m[0].length } : null;
}
