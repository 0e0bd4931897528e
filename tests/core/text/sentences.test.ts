import { describe, expect, it } from 'vitest';
import { clauseSpans, sentences } from '../../../core/text/sentences.js';

describe('Swedish sentence splitting', () => {
  it('does not break at abbreviations and legal citations', () => {
    const text = 'Stödet ges enligt 5 kap. 10 § SoL, t.ex. avlösning och bl.a. samtal m.m. Se prop. 2008/09:82 s. 12 för skälen. Nästa mening.';
    expect(sentences(text)).toEqual(['Stödet ges enligt 5 kap. 10 § SoL, t.ex. avlösning och bl.a. samtal m.m.', 'Se prop. 2008/09:82 s. 12 för skälen.', 'Nästa mening.']);
  });

  it('splits text that has no line breaks at all', () => {
    const flat = 'Syfte Riktlinjen ska ge en gemensam grund. Målgrupp Stödet gäller alla som vårdar. Ansvar Nämnden följer upp.';
    expect(sentences(flat)).toHaveLength(3);
  });

  it('keeps "13 kapitlet 8 §", initials and numbers together', () => {
    expect(sentences('Av 13 kapitlet 8 § framgår det. A. Berg skrev 2024. Fem personer kom.')).toEqual(['Av 13 kapitlet 8 § framgår det.', 'A. Berg skrev 2024.', 'Fem personer kom.']);
  });

  it('splits clauses at semicolons, colons and before conjunctions', () => {
    const text = 'Utredaren bedömer behovet; samordnaren håller i grupperna, men konsulenten informerar.';
    expect(clauseSpans(text).map((c) => text.slice(c.start, c.end))).toEqual(['Utredaren bedömer behovet', 'samordnaren håller i grupperna', 'men konsulenten informerar.']);
  });
});
