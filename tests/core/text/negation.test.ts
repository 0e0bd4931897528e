import { describe, expect, it } from 'vitest';
import { negatedAt } from '../../../core/text/negation.js';

const neg = (text: string, word: string) => negatedAt(text, { start: 0, end: text.length }, text.indexOf(word))?.word ?? null;

describe('negation scope', () => {
  it('finds negating words and predicates of absence in the clause', () => {
    expect(neg('Vi har inget anhörigbidrag i kommunen.', 'anhörigbidrag')).toBe('inget');
    expect(neg('Nämnden beslutade att inte införa ersättning.', 'ersättning')).toBe('inte');
    expect(neg('Anhöriganställningen upphörde 2021.', 'Anhöriganställningen')).toBe('upphörde');
    expect(neg('Hemvårdsbidraget har avskaffats.', 'Hemvårdsbidraget')).toBe('avskaffats');
    expect(neg('Ett eget bidrag saknas.', 'bidrag')).toBe('saknas');
  });

  it('keeps the scope to the clause', () => {
    expect(neg('Vi har ingen anhöriganställning, men omvårdnadsbidrag kan beviljas.', 'omvårdnadsbidrag')).toBeNull();
    expect(neg('Vi har ingen anhöriganställning, men omvårdnadsbidrag kan beviljas.', 'anhöriganställning')).toBe('ingen');
  });

  it('does not take "inte bara" or "inte minst" as negation', () => {
    expect(neg('Stödet gäller inte bara äldre.', 'äldre')).toBeNull();
  });
});
