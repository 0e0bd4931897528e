import { foldText } from '../text/normalize.js';

/**
 * Terms in rule packs are written as people write them: "anhörig*" matches
 * any word starting with "anhörig", "psykisk ohälsa" matches the phrase,
 * "re:…" is a regular expression over folded text (lower case, å/ä→a, ö→o).
 * Word boundaries are Unicode-aware: JavaScript's \b is not.
 */
export function compileTerms(terms: string[]): RegExp {
  const parts = terms.map((term) => {
    if (term.startsWith('re:')) return `(?:${term.slice(3)})`;
    // A leading star matches the end of a compound ("*utskott" finds "arbetsutskott").
    const suffix = term.trim().startsWith('*');
    const words = term
      .trim()
      .replace(/^\*/, '')
      .split(/\s+/)
      .flatMap((word) => {
        const prefix = word.endsWith('*');
        // Folding may split a word ("hälso-" → "halso"); the star belongs to its last part.
        const pieces = foldText(prefix ? word.slice(0, -1) : word).split(' ').filter(Boolean);
        return pieces.map((p, i) => escape(p) + (prefix && i === pieces.length - 1 ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'));
      });
    return `${suffix ? '[\\p{L}\\p{N}]*' : '(?<![\\p{L}\\p{N}])'}${words.join('\\s+')}`;
  });
  return new RegExp(parts.join('|'), 'u');
}

export function isValidTerm(term: string): boolean {
  try {
    compileTerms([term]);
    return true;
  } catch {
    return false;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
