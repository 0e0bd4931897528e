/**
 * Swedish sentence splitting that does not depend on line breaks and does not
 * break at abbreviations or legal citations ("t.ex.", "bl.a.", "5 kap. 10 § SoL",
 * "prop. 2008/09:82 s. 12"). Intl.Segmenter gets exactly these wrong.
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that end in a dot but never end a sentence by themselves. */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:t\.ex|t\.\s?ex|bl\.a|m\.fl|m\.m|s\.k|d\.v\.s|dvs|osv|etc|jfr|ca|cirka|resp|kap|prop|nr|s|f|ff|st|inkl|exkl|enl|ang|fr\.o\.m|t\.o\.m|p|dnr|tel|kl|jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|ev|ex|tf|ordf|avd|förv|kungl|mm|pga|p\.g\.a|o\.d|o\.s\.v|bet|dir|ds|sou|lag|forts|vol|uppl|red|obs|t\.f|f\.d|f\.n|i\.st\.f|pkt|mom|st|e\.d|el|ung|min|tim|kr|mnkr|tkr|mkr)\.$/iu;

/** Abbreviations that commonly close a sentence. */
const TERMINAL = /(?:^|[^\p{L}])(?:m\.m|m\.fl|osv|o\.s\.v|etc|o\.d|m\.m\.)\.$/iu;

/** A dot followed by these is a citation or number, not a sentence end: "kap. 10 §", "s. 12", "prop. 2008/09:82". */
const CONTINUES = /^\s*(?:\d|§|[a-zåäö]{1,3}\s*§)/u;

/** Spans of the sentences of a text; offsets point into the text. */
/** Characters at the end of a candidate sentence that the abbreviation tests see (longer than any abbreviation). */
const TAIL = 24;

export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = skipSpace(text, 0);
  // A sentence ends at . ! ? (optionally a closing quote or bracket) followed by space and a capital, digit or quote.
  const re = /[.!?]+["”»)]?(?=\s+["”«(]?[\p{Lu}\d§])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      // The tests below look only at how the candidate sentence ends: give them its last characters, not the whole
      // sentence to scan (each abbreviation is far shorter than TAIL, so a cut tail cannot fake the start "^").
      const tail = text.slice(Math.max(start, end - TAIL), end);
      // "m.m.", "osv." and the like often end a sentence: before a capital letter they do.
      if (ABBREVIATION.test(tail) && !(TERMINAL.test(tail) && /^\s+\p{Lu}/u.test(text.slice(end)))) continue;
      // "2024. 5" – a number before the dot and a number after is part of a citation or list.
      if (/\d\.$/.test(tail) && CONTINUES.test(text.slice(end))) continue;
      // A single capital letter before the dot is an initial ("A. Berg").
      if (/(?:^|\s)\p{Lu}\.$/u.test(tail)) continue;
    }
    // start is past any space and the match is not space, so the candidate has text.
    out.push(trimmed(text, start, end));
    start = skipSpace(text, end);
  }
  if (start < text.length && text.slice(start).trim()) out.push(trimmed(text, start, text.length));
  return out;
}

/** Sentences as strings (kept for callers that need only the text). */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

/**
 * Clauses of a sentence: parts separated by ";", ":" or a dash between words, or
 * by a comma before a conjunction that starts a new clause. Negation and stance
 * are judged per clause, so "vi har inget X, men Y" keeps Y positive.
 */
export function clauseSpans(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const re = /\s*(?:;|:\s|\s[–—-]\s|,\s*(?=(?:men|medan|och|eller|samt|utan|då|när|eftersom|vilket|som)\s))\s*/giu;
  re.lastIndex = span.start;
  let start = span.start;
  const part = text.slice(0, span.end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function trimmed(text: string, start: number, end: number): Span {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
