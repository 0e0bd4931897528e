import { clauseSpans, sentenceSpans, type Span } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { negationCue, type NegationCue } from './negation.js';
import { meetings, moneyAmounts, personsWithParty, timeExpressions, type Entity } from './entities.js';
import { stripPlaceholders } from './normalize.js';

/**
 * What the language layer knows about one sentence: its words (folded and
 * stemmed), its clauses with their negation, and the entities in it. Built
 * once per block text and kept with the block, so a re-check after an edit
 * analyses only the edited block.
 */
export interface Clause extends Span {
  tokens: Token[];
  negation: NegationCue | null;
}

export interface AnalysedSentence extends Span {
  text: string;
  tokens: Token[];
  clauses: Clause[];
  times: Entity[];
  money: Entity[];
  persons: Entity[];
  meetings: Entity[];
  /** The sentence is a quotation (e.g. the law's own wording quoted), not the document's own statement. */
  quoted: boolean;
}

const QUOTED = /^\s*["”“„«»'’]/u;
const QUOTE_END = /["”“»'’]\s*[.)]?\s*$/u;

export function analyseText(raw: string): AnalysedSentence[] {
  // Placeholders ("[fyll i]", "XX", "…") are blanked, offsets unchanged: they are never evidence.
  const text = stripPlaceholders(raw);
  return sentenceSpans(text).map((s) => {
    const sentence = text.slice(s.start, s.end);
    const tokens = tokenize(text, s.start, s.end);
    const clauses = clauseSpans(text, s).map((c) => {
      const ct = tokens.filter((t) => t.start >= c.start && t.end <= c.end);
      return { ...c, tokens: ct, negation: negationCue(ct) };
    });
    const shift = (es: Entity[]) => es.map((e) => ({ ...e, start: e.start + s.start, end: e.end + s.start }));
    return {
      ...s,
      text: sentence,
      tokens,
      clauses,
      times: shift(timeExpressions(sentence)),
      money: shift(moneyAmounts(sentence)),
      persons: shift(personsWithParty(sentence)),
      meetings: shift(meetings(sentence)),
      quoted: QUOTED.test(sentence) && QUOTE_END.test(sentence),
    };
  });
}

/** The clause of a sentence holding an offset. */
export function clauseAt(sentence: AnalysedSentence, at: number): Clause | null {
  return sentence.clauses.find((c) => at >= c.start && at < c.end) ?? null;
}
