import { escapeRegExp, foldText } from '../../text/normalize.js';

/**
 * A cheap necessary condition for a list of pack terms: the folded core of
 * some term occurs as a substring. Used to skip blocks before the exact (and
 * much slower) Unicode-aware matching. A list with a `re:` term has no hint.
 */
export function termHint(terms: string[]): (folded: string) => boolean {
  if (terms.some((t) => t.startsWith('re:'))) return () => true;
  const cores = [...new Set(terms.map((t) => foldText(t.replace(/\*/g, ' ')).split(' ').sort((a, b) => b.length - a.length)[0] ?? '').filter(Boolean))];
  if (!cores.length) return () => true;
  const re = new RegExp(cores.map(escapeRegExp).join('|'));
  return (folded) => re.test(folded);
}
