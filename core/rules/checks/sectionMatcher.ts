import { normalizeHeading, normalizedHeadingMatches } from '../../text/normalize.js';
import type { CheckSection } from '../checkDocument.js';

/**
 * Recognises a section by template id or heading synonym. Synonyms are
 * normalised once and answers are cached per heading, since a long document
 * has hundreds of headings and every check asks about all of them.
 */
export function compileSectionMatcher(scope: { headings: string[]; ids: string[] }): (section: CheckSection) => boolean {
  const synonyms = scope.headings.map(normalizeHeading);
  const ids = new Set(scope.ids);
  const cache = new Map<string, boolean>();
  return (section) => {
    if (section.sectionId && ids.has(section.sectionId)) return true;
    let answer = cache.get(section.normalized);
    if (answer === undefined) {
      answer = synonyms.some((s) => normalizedHeadingMatches(section.normalized, s));
      if (cache.size > 10_000) cache.clear();
      cache.set(section.normalized, answer);
    }
    return answer;
  };
}
