const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/**
 * Text extracted from PDFs glues footnote numbers to the word before them
 * ("funktionsnedsättning1"). Turn them into superscript digits so the word is
 * a word again and the reference is kept.
 */
export function separateFootnoteDigits(text: string): string {
  // A plain digit scan, then a look at the letters around: a Unicode regex over every paragraph was the import's hot spot.
  const DIGITS = /\d{1,2}/g;
  let out = '';
  let from = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (at < 3 || !isLower(text[at - 1]!) || !isLower(text[at - 2]!) || !isLower(text[at - 3]!)) continue;
    if (end < text.length && !' \t\n.,;:)!?'.includes(text[end]!)) {
      DIGITS.lastIndex = end + 1;
      continue;
    }
    out += text.slice(from, at) + [...m[0]].map((d) => SUPERSCRIPT[Number(d)]).join('');
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
