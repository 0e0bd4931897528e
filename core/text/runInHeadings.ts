/**
 * Headings run into running text, as text flattened onto one line (from web
 * pages and PDFs) has them: "… enligt förslaget Sammanfattning Kommunen anser …"
 * or "… Bakgrund: Departementet har …". A section name counts as such a
 * heading where it is capitalised, stands as whole words, and is followed by a
 * colon or dash or by a new sentence (a capital letter); the same word inside a
 * sentence ("Bakgrunden till …", "Ärendet har beretts") is followed by a
 * lower-case word and is no heading.
 */
import type { Span } from './sentences.js';
import { escapeRegExp } from './normalize.js';

export interface RunInHeading extends Span {
  /** The section name as written. */
  name: string;
  /** Where the section's own text starts (after the name and any colon or dash). */
  contentStart: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const patterns = new WeakMap<readonly string[], { re: RegExp; firstWords: Set<string> }>();
/** Capitalised words, for a quick first look (Swedish letters; names are Swedish words). */
const CAPITALISED = /[A-ZÅÄÖÉÜ][a-zåäöéüA-ZÅÄÖÉÜ]*/g;

/** Compiled once per list of names (callers pass the same array each time). */
function pattern(names: readonly string[]): { re: RegExp; firstWords: Set<string> } {
  let p = patterns.get(names);
  if (!p) {
    // Written as a heading is: capitalised or in capitals. Exact case keeps the scan fast (no case folding).
    const written = [...new Set(names.flatMap((n) => {
      const t = n.trim().toLocaleLowerCase('sv');
      return t ? [t[0]!.toLocaleUpperCase('sv') + t.slice(1), t.toLocaleUpperCase('sv')] : [];
    }))].sort((a, b) => b.length - a.length);
    const alternatives = written.map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'));
    // The name, then optional ":" or a dash, then the first character of what follows.
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])(\\s*[:–—-]\\s*|\\s+)(?=\\S)`, 'gu');
    p = { re, firstWords: new Set(written.map((w) => w.split(/\s+/)[0]!.toLocaleLowerCase('sv'))) };
    patterns.set(names, p);
  }
  return p;
}

/** Every run-in heading among `names` in `text`, in order. */
export function runInHeadings(text: string, names: readonly string[]): RunInHeading[] {
  const { re, firstWords } = pattern(names);
  const out: RunInHeading[] = [];
  // Most paragraphs hold none of the names capitalised: a scan of capitalised words says so quickly.
  if (!hasCapitalised(text, firstWords)) return out;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[0].slice(0, m[0].length - m[1]!.length);
    const contentStart = m.index + m[0].length;
    const labelled = m[1]!.trim().length > 0;
    const next = text.slice(contentStart, contentStart + 1);
    if ((!labelled && !UPPER.test(next)) || !LETTER.test(next)) continue;
    out.push({ start: m.index, end: m.index + name.length, name, contentStart });
  }
  return out;
}

function hasCapitalised(text: string, words: Set<string>): boolean {
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) if (words.has(m[0].toLowerCase())) return true;
  return false;
}
