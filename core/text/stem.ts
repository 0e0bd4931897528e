import { stemmer } from '@orama/stemmers/swedish';

/**
 * Snowball's Swedish stemmer (from @orama/stemmers) over folded-case words,
 * with a cache: the same words recur in every document.
 */
const cache = new Map<string, string>();

export function stem(word: string): string {
  const lower = word.toLocaleLowerCase('sv');
  let s = cache.get(lower);
  if (s === undefined) {
    s = stemmer(lower);
    if (cache.size > 50_000) cache.clear();
    cache.set(lower, s);
  }
  return s;
}
