import { escapeRegExp as escape, foldText } from '../text/normalize.js';

/**
 * Terms in rule packs are written as people write them: "anhörig*" matches
 * any word starting with "anhörig", "psykisk ohälsa" matches the phrase,
 * "re:…" is a regular expression over folded text (lower case, å/ä→a, ö→o).
 * Word boundaries are Unicode-aware: JavaScript's \b is not.
 *
 * Patterns run over folded text (foldKeepOffsets), where every character is a
 * letter, a digit, "§" or a space. So "a word character" is simply `[^\s§]`:
 * the same boundaries as `[\p{L}\p{N}]` there, and about a hundred times
 * cheaper to compile (V8 expands each Unicode property class in a pattern).
 */
const WORD = '[^\\s§]';

/** Compiled groups, shared by rules that list the same terms (non-global regexes keep no state). */
const cache = new Map<string, RegExp>();

export function compileTerms(terms: string[], flags = 'u'): RegExp {
  const source = terms.map(termSource).join('|');
  if (flags.includes('g') || flags.includes('y')) return new RegExp(source, flags);
  const key = `${flags}/${source}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    if (cache.size > 5_000) cache.clear();
    cache.set(key, re);
  }
  return re;
}

function termSource(term: string): string {
  if (term.startsWith('re:')) return `(?:${term.slice(3)})`;
  // A leading star matches the end of a compound ("*utskott" finds "arbetsutskott").
  const suffix = term.trim().startsWith('*');
  const words = foldedWords(term);
  const last = words[words.length - 1];
  // Words are joined by whitespace, which is itself a boundary: only the ends need one.
  const body = words.map(({ piece, prefix }) => escape(piece) + (prefix ? `${WORD}*` : '')).join('\\s+');
  // A suffix term starts at a word start too: a match may only begin where a word begins (the leftmost match
  // did anyway), and the engine no longer tries the pattern at every letter of every word.
  return `(?<!${WORD})${suffix ? `${WORD}*` : ''}${body}${last?.prefix ? '' : `(?!${WORD})`}`;
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

