import { clauseSpans, type Span } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Negation scope, judged per clause: a clause is negated when it holds a
 * negating word ("inte", "ej", "ingen", "inget", "inga", "aldrig") or a
 * predicate of absence or ending ("saknas", "upphört", "avskaffats",
 * "avvecklats", "slopats", "finns inte längre"). Swedish puts the negation
 * after the finite verb, away from the word it negates, so the clause (not a
 * word window) is the scope. "Inte bara" and "inte minst" do not negate.
 */
const NEGATORS = new Set(['inte', 'ej', 'icke', 'ingen', 'inget', 'inga', 'aldrig', 'varken', 'knappast']);
const ABSENCE = /^(saknas|saknar|saknat|upphort|upphorde|upphor|avskaffat|avskaffats|avskaffades|avskaffa|avvecklat|avvecklats|avvecklades|avveckla|slopat|slopats|slopades|nedlagt|lagts|lades|tagits|togs)$/;
/** "lagts ned", "tagits bort": the participle needs its particle. */
const PARTICLE_AFTER: Record<string, RegExp> = { lagts: /^(ned|ner)$/, lades: /^(ned|ner)$/, tagits: /^bort$/, togs: /^bort$/ };
const NOT_NEGATING_AFTER = /^(bara|enbart|endast|minst|heller)$/;

export interface NegationCue {
  start: number;
  end: number;
  word: string;
}

/** The negation cue of a list of tokens (one clause), or null. */
export function negationCue(tokens: Token[]): NegationCue | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.folded ?? '';
    if (NEGATORS.has(t.folded)) {
      if (t.folded === 'inte' && NOT_NEGATING_AFTER.test(next)) continue;
      return { start: t.start, end: t.end, word: t.text };
    }
    if (ABSENCE.test(t.folded)) {
      const particle = PARTICLE_AFTER[t.folded];
      if (particle && !particle.test(next)) continue;
      return { start: t.start, end: t.end, word: t.text };
    }
  }
  return null;
}

/** Is the clause of `text` around offset `at` negated? */
export function negatedAt(text: string, span: Span, at: number): NegationCue | null {
  for (const c of clauseSpans(text, span)) {
    if (at >= c.start && at < c.end) return negationCue(tokenize(text, c.start, c.end));
  }
  return null;
}
