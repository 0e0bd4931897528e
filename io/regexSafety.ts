import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Finds `re:` terms in a municipality's rule pack whose backtracking can take
 * super-linear time (e.g. "(a+)+$"): such a pattern can freeze the review on
 * one long paragraph, so the pack is refused when it loads. Uses scslre's
 * static analysis, required from the app's node_modules on first use: it is
 * large, and only packs other than the app's own need it.
 */
export type RegexCheck = (source: string) => string | null;

type Analyse = typeof import('scslre').analyse;

export function regexCheck(appRoot: string): RegexCheck {
  let analyse: Analyse | null = null;
  return (source) => {
    analyse ??= (createRequire(join(appRoot, 'package.json'))('scslre') as typeof import('scslre')).analyse;
    let reports;
    try {
      // Terms are parts of larger patterns, so a rejecting suffix can always follow.
      reports = analyse(new RegExp(`(?:${source})`, 'u'), { maxReports: 1, reportTypes: { Self: true, Trade: true, Move: false }, assumeRejectingSuffix: true }).reports;
    } catch {
      return null; // Syntax is judged by the pack schema, with its own message.
    }
    const r = reports[0];
    if (!r) return null;
    return `det reguljära uttrycket kan ta orimligt lång tid på vissa texter (${r.exponential ? 'exponentiell' : 'polynomisk'} backtracking när "${r.character.literal.source}" upprepas); skriv om det utan nästlade eller överlappande upprepningar`;
  };
}
