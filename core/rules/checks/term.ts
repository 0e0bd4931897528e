import { compileTerms } from '../terms.js';
import type { CheckContext, RawFinding } from './types.js';

/** A forbidden or outdated term, with its replacement where there is one. Every occurrence is reported. */
export function compileTermCheck(terms: string[], unless?: string[]) {
  return { re: new RegExp(compileTerms(terms).source, 'gu'), unless: unless ? compileTerms(unless) : null };
}

export function checkTerm(check: ReturnType<typeof compileTermCheck>, replacement: string | undefined, ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  ctx.doc.blocks.forEach((block, index) => {
    if (block.toc) return;
    check.re.lastIndex = 0;
    for (let m = check.re.exec(block.folded); m; m = check.re.exec(block.folded)) {
      if (check.unless?.test(block.folded)) break;
      out.push({ block: index, start: m.index, end: m.index + m[0].length, replacement });
    }
  });
  return out;
}
