const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/**
 * Text extracted from PDFs glues footnote numbers to the word before them
 * ("funktionsnedsättning1"). Turn them into superscript digits so the word is
 * a word again and the reference is kept.
 */
export function separateFootnoteDigits(text: string): string {
  return text.replace(/(\p{Ll}{3,})(\d{1,2})(?=[\s.,;:)!?]|$)/gu, (_m, word: string, digits: string) => {
    return word + [...digits].map((d) => SUPERSCRIPT[Number(d)]).join('');
  });
}
