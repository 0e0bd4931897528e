import { foldText } from './normalize.js';
import { stem } from './stem.js';
import type { Token } from './tokens.js';

/**
 * Concept matching over a sentence's tokens, inflection- and compound-aware:
 * - "ersättning" matches any inflection with the same Snowball stem ("ersättningen", "ersättningar");
 * - "anhörig*" matches words starting so; "*samordnare" words ending so (compound heads);
 * - "anhörig+bidrag" matches the compound in either spelling — "anhörigbidraget" as one
 *   word, or "bidrag till anhöriga" / "anhörigas … bidrag" as words up to three apart;
 * - "hänvisas till" (several words) matches consecutive words, each by its stem.
 */
export interface ConceptMatch {
  start: number;
  end: number;
  entry: string;
}

type WordTest = (t: Token) => boolean;
type EntryTest = (tokens: Token[]) => ConceptMatch | null;

const WINDOW = 3;
const INFLECTION = /^(?:e|en|et|ens|ets|er|erna|ernas|ar|arna|arnas|or|orna|ornas|na|s|a|n|t|as|es)$/;

function wordTest(word: string): WordTest {
  if (word.endsWith('*') && word.startsWith('*')) {
    const core = foldText(word.slice(1, -1));
    return (t) => t.folded.includes(core);
  }
  if (word.endsWith('*')) {
    const prefix = foldText(word.slice(0, -1));
    return (t) => t.folded.startsWith(prefix);
  }
  if (word.startsWith('*')) {
    const suffix = foldText(word.slice(1));
    const suffixStem = foldText(stem(word.slice(1)));
    return (t) => t.folded.endsWith(suffix) || t.stem.endsWith(suffixStem);
  }
  const folded = foldText(word);
  const s = foldText(stem(word));
  // Snowball leaves some inflections ("-et", "-ets") alone: accept the common noun endings too.
  return (t) => t.folded === folded || t.stem === s || (t.folded.startsWith(folded) && INFLECTION.test(t.folded.slice(folded.length)));
}

function compileEntry(entry: string): EntryTest {
  if (entry.includes('+')) {
    const parts = entry.split('+').map((p) => p.trim());
    const partStems = parts.map((p) => foldText(stem(p.replace(/\*/g, ''))));
    const tests = parts.map((p) => wordTest(p.endsWith('*') ? p : `${p}*`));
    return (tokens) => {
      // One compound word holding the parts in order.
      for (const t of tokens) {
        let at = 0;
        let ok = true;
        for (const s of partStems) {
          const i = t.folded.indexOf(s, at);
          if (i < 0) {
            ok = false;
            break;
          }
          at = i + s.length;
        }
        if (ok) return { start: t.start, end: t.end, entry };
      }
      // The parts as separate words close together, in any order ("bidrag till anhöriga").
      // Plain loops: this runs for every token of every sentence, and closures here were most of the
      // checker's garbage.
      const partAt = (t: Token, k: number) => tests[k]!(t) || t.folded.endsWith(partStems[k]!);
      const anyPart = (t: Token) => {
        for (let k = 0; k < parts.length; k++) if (partAt(t, k)) return true;
        return false;
      };
      for (let i = 0; i < tokens.length; i++) {
        if (!anyPart(tokens[i]!)) continue;
        const from = Math.max(0, i - WINDOW);
        const to = Math.min(tokens.length, i + WINDOW + 1);
        let found = true;
        for (let k = 0; k < parts.length && found; k++) {
          found = false;
          for (let j = from; j < to; j++) if (partAt(tokens[j]!, k)) {
            found = true;
            break;
          }
        }
        if (found) {
          let first = -1;
          let last = -1;
          for (let j = from; j < to; j++) if (anyPart(tokens[j]!)) {
            if (first < 0) first = j;
            last = j;
          }
          return { start: tokens[first]!.start, end: tokens[last]!.end, entry };
        }
      }
      return null;
    };
  }
  const words = entry.trim().split(/\s+/).map(wordTest);
  return (tokens) => {
    outer: for (let i = 0; i + words.length <= tokens.length; i++) {
      for (let k = 0; k < words.length; k++) if (!words[k]!(tokens[i + k]!)) continue outer;
      return { start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end, entry };
    }
    return null;
  };
}

export interface Concept {
  match(tokens: Token[]): ConceptMatch | null;
  /** A cheap test on folded text: false means no match is possible (each entry's first part, as a stem, is absent). */
  mayMatch(folded: string): boolean;
}

export function compileConcept(entries: string[]): Concept {
  const tests = entries.map(compileEntry);
  // Every part of an entry (its stem, or its letters before a star) must occur somewhere in the text.
  const parts = entries.map((e) =>
    e
      .split(/[+\s]+/)
      .map((p) => {
        const word = p.replace(/\*/g, '');
        const f = foldText(word);
        const s = foldText(stem(word));
        return s.length >= 3 && s.length < f.length ? s : f;
      })
      .filter(Boolean),
  );
  return {
    mayMatch: (folded) => parts.some((ps) => ps.every((p) => folded.includes(p))),
    match(tokens) {
      let best: ConceptMatch | null = null;
      for (const test of tests) {
        const m = test(tokens);
        if (m && (!best || m.start < best.start)) best = m;
      }
      return best;
    },
  };
}
