import { splitSentences } from '../../text/normalize.js';
import type { CheckBlock, CheckDocument } from '../checkDocument.js';
import type { ContentEvidence } from './content.js';
import { countWords } from '../../text/normalize.js';
import { compileSectionMatcher } from './sectionMatcher.js';
import type { CheckSection } from '../checkDocument.js';
import { compileTerms } from '../terms.js';
import { compileRestatement, type Masker } from './restatement.js';
import type { CheckContext, Hit } from './types.js';

/** A compiled content test: every group must match inside one unit (sentence or paragraph). */
export interface UnitMatcher {
  key: string;
  groups: RegExp[];
  unless: RegExp | null;
  mask: Masker | null;
  within: 'sentence' | 'paragraph';
  minWords: number;
  maxWords: number | null;
  headings: boolean;
  scope: ((section: CheckSection) => boolean) | null;
}

let nextKey = 0;

export function compileContent(ev: ContentEvidence): UnitMatcher {
  return {
    key: `m${nextKey++}`,
    groups: ev.all.map((group) => compileTerms(group)),
    unless: ev.unless ? compileTerms(ev.unless) : null,
    mask: compileRestatement(ev.restatement),
    within: ev.within,
    minWords: ev.minWords,
    maxWords: ev.maxWords ?? null,
    headings: ev.headings,
    scope: ev.scope && (ev.scope.headings.length || ev.scope.ids.length) ? compileSectionMatcher(ev.scope) : null,
  };
}

/** Tests one block; results are memoised by block text, so a re-check only tests changed blocks. */
export function testBlock(m: UnitMatcher, block: CheckBlock, index: number): Hit | null {
  if ((block.type === 'heading' && !m.headings) || block.toc) return null;
  const cached = block.memo.get(m.key) as { start: number; end: number } | null | undefined;
  if (cached !== undefined) return cached ? { block: index, start: cached.start, end: cached.end } : null;
  const hit = testUnits(m, block, index);
  block.memo.set(m.key, hit ? { start: hit.start, end: hit.end } : null);
  return hit;
}

function testUnits(m: UnitMatcher, block: CheckBlock, index: number): Hit | null {
  // Cheap rejection on the whole block first: most blocks match no group at all.
  for (const g of m.groups) if (!g.test(block.folded)) return null;
  if (m.within === 'paragraph') return unitHit(m, block.folded, block.text, 0, index);
  let offset = 0;
  for (const sentence of splitSentences(block.text)) {
    const at = block.text.indexOf(sentence, offset);
    const start = at < 0 ? offset : at;
    offset = start + sentence.length;
    const hit = unitHit(m, block.folded.slice(start, start + sentence.length), sentence, start, index);
    if (hit) return hit;
  }
  return null;
}

function unitHit(m: UnitMatcher, folded: string, text: string, base: number, index: number): Hit | null {
  if (m.unless && m.unless.test(folded)) return null;
  if (m.minWords || m.maxWords) {
    const n = countWords(text);
    if (n < m.minWords || (m.maxWords !== null && n > m.maxWords)) return null;
  }
  const masked = m.mask?.(folded) ?? folded;
  let first = -1;
  let last = -1;
  for (const g of m.groups) {
    const match = g.exec(masked);
    if (!match) return null;
    if (first < 0 || match.index < first) first = match.index;
    last = Math.max(last, match.index + match[0].length);
  }
  return { block: index, start: base + Math.max(first, 0), end: base + Math.max(last, 0) };
}

/** The blocks a scope covers: sections matching by template id or heading, with their subsections. */
export function scopeRanges(doc: CheckDocument, scope: ((section: CheckSection) => boolean) | null): [number, number][] {
  if (!scope) return [[0, doc.blocks.length]];
  return doc.sections.filter(scope).map((s) => [s.start, s.end] as [number, number]);
}

/** The first block in scope (in document order) for which `test` gives a hit. */
export function firstInScope<H>(ctx: CheckContext, scope: ((section: CheckSection) => boolean) | null, test: (index: number) => H | null): H | null {
  for (const [from, to] of scopeRanges(ctx.doc, scope)) {
    for (let i = from; i < to; i++) {
      const hit = test(i);
      if (hit) return hit;
    }
  }
  return null;
}

/** The first unit in scope that passes the matcher. */
export function findFirst(m: UnitMatcher, ctx: CheckContext): Hit | null {
  return firstInScope(ctx, m.scope, (i) => testBlock(m, ctx.doc.blocks[i]!, i));
}
