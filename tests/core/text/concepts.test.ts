import { describe, expect, it } from 'vitest';
import { compileConcept } from '../../../core/text/concepts.js';
import { stem } from '../../../core/text/stem.js';
import { tokenize } from '../../../core/text/tokens.js';

const matches = (entries: string[], text: string) => compileConcept(entries).match(tokenize(text)) !== null;

describe('stems and compounds', () => {
  it('uses the Snowball Swedish stemmer', () => {
    expect(stem('ersättningen')).toBe('ersättning');
    expect(stem('kommunens')).toBe('kommun');
  });

  it('lets "anhörigbidraget", "bidrag till anhöriga" and "anhörigbidrag" meet', () => {
    for (const text of ['Anhörigbidraget är avskaffat.', 'Kommunen ger bidrag till anhöriga.', 'Ett anhörigbidrag kan sökas.', 'Anhörigas bidrag räknas inte.']) {
      expect([text, matches(['anhörig+bidrag'], text)]).toEqual([text, true]);
    }
    expect(matches(['anhörig+bidrag'], 'Anhöriga får information från föreningen, som i sin tur får ett bidrag från nämnden.')).toBe(false);
  });

  it('matches inflections of a plain word by stem or noun ending', () => {
    expect(matches(['hemvårdsbidrag'], 'Hemvårdsbidraget avskaffades.')).toBe(true);
    expect(matches(['ersättning'], 'Ersättningarna betalas ut.')).toBe(true);
    expect(matches(['ersättning'], 'Ersättningsnivån är låg.')).toBe(false);
  });

  it('matches a compound head with a leading star', () => {
    expect(matches(['*samordnare'], 'Anhörigsamordnaren leder gruppen.')).toBe(true);
  });
});
