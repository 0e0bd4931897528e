import { foldText } from './normalize.js';
import { stem } from './stem.js';

/** A word of a text with its place, folded form (lower case, å/ä→a, ö→o) and Swedish stem. */
export interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
  stem: string;
}

const folds = new Map<string, string>();
function foldWord(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    f = foldText(word).replace(/\s+/g, '-');
    if (folds.size > 50_000) folds.clear();
    folds.set(word, f);
  }
  return f;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}\p{N}]|§/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  const part = text.slice(0, to);
  for (let m = WORD.exec(part); m; m = WORD.exec(part)) {
    const word = m[0];
    const folded = foldWord(word);
    out.push({ start: m.index, end: m.index + word.length, text: word, folded, stem: foldWord(stem(word)) });
  }
  return out;
}
