import { foldText } from '../text/normalize.js';

/**
 * Terms in rule packs are written as people write them: "anhörig*" matches
 * any word starting with "anhörig", "psykisk ohälsa" matches the phrase,
 * "re:…" is a regular expression over folded text (lower case, å/ä→a, ö→o).
 * Word boundaries are Unicode-aware: JavaScript's \b is not.
 */
export function compileTerms(terms: string[], flags = 'u'): RegExp {
  return new RegExp(terms.map(termSource).join('|'), flags);
}

function termSource(term: string): string {
  if (term.startsWith('re:')) return `(?:${term.slice(3)})`;
  // A leading star matches the end of a compound ("*utskott" finds "arbetsutskott").
  const suffix = term.trim().startsWith('*');
  const words = foldedWords(term).map(({ piece, prefix }) => escape(piece) + (prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'));
  return `${suffix ? '[\\p{L}\\p{N}]*' : '(?<![\\p{L}\\p{N}])'}${words.join('\\s+')}`;
}

/** A plain term's words after folding; a star belongs to the last piece of its word. */
function foldedWords(term: string): { piece: string; prefix: boolean }[] {
  return term
    .trim()
    .replace(/^\*/, '')
    .split(/\s+/)
    .flatMap((word) => {
      const prefix = word.endsWith('*');
      // Folding may split a word ("hälso-" → "halso"); the star belongs to its last part.
      const pieces = foldText(prefix ? word.slice(0, -1) : word).split(' ').filter(Boolean);
      return pieces.map((piece, i) => ({ piece, prefix: prefix && i === pieces.length - 1 }));
    });
}

/** Texts a zero-width match shows up in, if the pattern allows one anywhere. */
const PROBES = ['', ' ', 'a', 'anhoriga och kommunen', 'den 3 mars 2024', '5 kap 10 § sol'];

/**
 * Why a term cannot be used, in Swedish, or null when it is fine. Checked when
 * a pack loads, so a bad term is reported with its file and line instead of
 * failing (or hanging) later. Only `re:` terms compile a regular expression
 * here; plain terms are escaped and always valid.
 */
export function termProblem(term: string): string | null {
  if (!term.startsWith('re:')) {
    return foldedWords(term).length === 0 ? 'termen innehåller inga bokstäver eller siffror' : null;
  }
  let re: RegExp;
  try {
    re = new RegExp(`(?:${term.slice(3)})`, 'gu');
  } catch {
    return 'ogiltigt reguljärt uttryck';
  }
  for (const probe of PROBES) {
    re.lastIndex = 0;
    for (let m = re.exec(probe); m; m = re.exec(probe)) {
      if (m[0].length === 0) return 'det reguljära uttrycket kan matcha en tom text (till exempel "(ord)?"); då hittar det ingenting meningsfullt';
      if (re.lastIndex >= probe.length) break;
    }
  }
  return null;
}

export function isValidTerm(term: string): boolean {
  return termProblem(term) === null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
