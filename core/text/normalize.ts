/** Swedish text helpers shared by the rule engine and the comparison. */

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, diacritics folded (å→a, ä→a, ö→o), punctuation to spaces, whitespace collapsed. */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[^\p{L}\p{N}§]+/gu, ' ')
    .trim();
}

/** A heading for comparison: folded and without numbering like "3.2" or "4 a)". */
export function normalizeHeading(heading: string): string {
  return foldText(heading.replace(/^\s*(\d+(\.\d+)*\.?|[IVX]+\.|[a-z]\))\s+/iu, ''));
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
export function countWords(text: string): number {
  // test() walks the runs without building an array of them (this runs for every block).
  WORD_RUN.lastIndex = 0;
  let n = 0;
  while (WORD_RUN.test(text)) n++;
  return n;
}

/** Small edit distance, bounded: returns max+1 once it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Does a heading name the same thing as a synonym? Exact after folding, contains it as words, or a small typo. */
export function headingMatches(heading: string, synonym: string): boolean {
  return normalizedHeadingMatches(normalizeHeading(heading), normalizeHeading(synonym));
}

/** headingMatches for headings already passed through normalizeHeading. */
export function normalizedHeadingMatches(h: string, s: string): boolean {
  if (!h || !s) return false;
  if (h === s) return true;
  if (` ${h} `.includes(` ${s} `)) return true;
  const allowed = Math.floor(s.length / 8);
  return allowed > 0 && editDistance(h, s, allowed) <= allowed;
}

/**
 * Template placeholders that do not count as content: "[fyll i]", "XX", "…", and a paragraph that is
 * nothing but a short note in parentheses ("(infogas)", "(fylls i av nämndsekreteraren)"): an editor's
 * note, not text of the document's own. Same length, so offsets hold.
 */
export function stripPlaceholders(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(/\[[^\]]{0,80}\]/g, blank)
    .replace(/(?<![\p{L}])[Xx]{2,}(?![\p{L}])/gu, blank)
    // A lone capital X where a number or name goes: "Bilaga X", "dnr X", "X kronor".
    .replace(/(?<![\p{L}\p{N}(-])X(?![\p{L}\p{N})-])/gu, blank)
    .replace(/…|\.{3,}/g, blank)
    .replace(PARENTHESISED_NOTE, blank);
}
const PARENTHESISED_NOTE = /^\s*\([^()\n]{1,80}\)\s*$/u;

const foldTable = new Map<number, string>();
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  let f = foldTable.get(code);
  if (f === undefined) {
    const lower = c.toLocaleLowerCase('sv').normalize('NFD');
    f = lower.length > 0 && /[\p{L}\p{N}§]/u.test(lower[0]!) ? lower[0]! : ' ';
    foldTable.set(code, f);
  }
  return f;
}

/** Folded code unit per UTF-16 code unit, filled as met (0: not yet known; no character folds to NUL). */
const foldCodes = new Uint16Array(65536);
function foldCode(code: number): number {
  let f = foldCodes[code]!;
  if (f === 0) foldCodes[code] = f = foldChar(String.fromCharCode(code)).charCodeAt(0);
  return f;
}

// Long texts are folded into a reused buffer and decoded as one string: adding one character at a
// time built a chain of string pieces, ten times the text's size in garbage (most of the checker's).
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
let foldBuffer = new Uint16Array(4096);

/**
 * Folds text for matching while keeping every offset: one output character per
 * input code unit (lower case, diacritics dropped, anything else a space). So a
 * match in the folded text points at the same place in the original.
 */
export function foldKeepOffsets(text: string): string {
  const n = text.length;
  if (n < 24 || !utf16) {
    let out = '';
    for (let i = 0; i < n; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
    return out;
  }
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  for (let i = 0; i < n; i++) foldBuffer[i] = foldCode(text.charCodeAt(i));
  return utf16.decode(foldBuffer.subarray(0, n));
}

/**
 * Splits into sentences without breaking at Swedish abbreviations or legal
 * citations ("5 kap. 10 §", "t.ex.", "bl.a.", "prop.", "s. 12").
 */
const ABBREVIATIONS = /(?:\b(?:t\.ex|bl\.a|m\.fl|m\.m|s\.k|d\.v\.s|dvs|osv|etc|jfr|ca|resp|kap|prop|nr|s|f|ff|st|inkl|exkl|enl|ang|fr\.o\.m|t\.o\.m|p|dnr|tel|kl|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.)$/iu;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["”»)]?\s+(?=[\p{Lu}\d"”«(])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(candidate)) continue;
    // "5 kap. 10 §": a dot after "kap" followed by a digit is never a sentence end (handled above); a digit before the dot and a digit after is a number.
    if (/\d\.$/.test(candidate) && /^\d/.test(text.slice(re.lastIndex))) continue;
    out.push(candidate.trim());
    start = re.lastIndex;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** A literal text as a regular-expression source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
