import { clauseSpans, sentenceSpans, type Span } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { negationCue, type NegationCue } from './negation.js';
import { meetings, moneyAmounts, personsWithParty, signatures, timeExpressions, type Entity } from './entities.js';
import { stripPlaceholders } from './normalize.js';

/**
 * What the language layer knows about one sentence: its words (folded and
 * stemmed), its clauses with their negation, and the entities in it. Each part
 * is worked out when first asked for and then kept, and the sentences are kept
 * with their block, so a check pays only for what it reads and a re-check after
 * an edit analyses only the edited block.
 */
export interface Clause extends Span {
  tokens: Token[];
  negation: NegationCue | null;
}

const QUOTED = /^\s*["”“„«»'’]/u;
const OPENING = /^\s*["”“„«]/u;
const CLOSING = /["”“»]\s*[.)]?\s*(?:\([^)]{0,80}\))?\s*[.]?\s*$/u;
const QUOTE_END = /["”“»'’]\s*[.)]?\s*$/u;

export class AnalysedSentence implements Span {
  readonly text: string;
  /** The sentence is a quotation (e.g. the law's own wording quoted), not the document's own statement. */
  quoted: boolean;
  private cache: { tokens?: Token[]; clauses?: Clause[]; times?: Entity[]; money?: Entity[]; persons?: Entity[]; meetings?: Entity[]; signatures?: Entity[] } = {};

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {
    this.text = source.slice(start, end);
    this.quoted = QUOTED.test(this.text) && QUOTE_END.test(this.text);
  }

  get tokens(): Token[] {
    return (this.cache.tokens ??= tokenize(this.source, this.start, this.end));
  }

  get clauses(): Clause[] {
    if (!this.cache.clauses) {
      const tokens = this.tokens;
      let k = 0;
      this.cache.clauses = clauseSpans(this.source, this).map((c) => {
        while (k < tokens.length && tokens[k]!.start < c.start) k++;
        const from = k;
        while (k < tokens.length && tokens[k]!.end <= c.end) k++;
        const ct = tokens.slice(from, k);
        return { ...c, tokens: ct, negation: negationCue(ct) };
      });
    }
    return this.cache.clauses;
  }

  get times(): Entity[] {
    return (this.cache.times ??= this.shift(timeExpressions(this.text)));
  }

  get money(): Entity[] {
    return (this.cache.money ??= this.shift(moneyAmounts(this.text)));
  }

  get persons(): Entity[] {
    return (this.cache.persons ??= this.shift(personsWithParty(this.text)));
  }

  get meetings(): Entity[] {
    return (this.cache.meetings ??= this.shift(meetings(this.text)));
  }

  get signatures(): Entity[] {
    return (this.cache.signatures ??= this.shift(signatures(this.text)));
  }

  /** The clause holding an offset. */
  clauseAt(at: number): Clause | null {
    return this.clauses.find((c) => at >= c.start && at < c.end) ?? null;
  }

  private shift(es: Entity[]): Entity[] {
    for (const e of es) {
      e.start += this.start;
      e.end += this.start;
    }
    return es;
  }
}

export function analyseText(raw: string): AnalysedSentence[] {
  // Placeholders ("[fyll i]", "XX", "…") are blanked, offsets unchanged: they are never evidence.
  const text = stripPlaceholders(raw);
  const out = sentenceSpans(text).map((s) => new AnalysedSentence(text, s.start, s.end));
  // A quotation may run over several sentences ("”Nämnden ska … . Stödet ska … .”"): all of them are quoted.
  let open = false;
  for (const s of out) {
    const opens = OPENING.test(s.text);
    if (open || opens) {
      const closes = CLOSING.test(s.text);
      s.quoted = true;
      open = !closes;
    }
  }
  return out;
}
