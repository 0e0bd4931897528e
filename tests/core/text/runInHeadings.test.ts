import { describe, expect, it } from 'vitest';
import { runInHeadings } from '../../../core/text/runInHeadings.js';

const names = ['sammanfattning', 'bakgrund', 'förslag till beslut', 'ärendet'];
const found = (text: string) => runInHeadings(text, names).map((h) => [h.name, text.slice(h.contentStart, h.contentStart + 8)]);

describe('run-in headings', () => {
  it('a capitalised section name before a new sentence, a colon or a dash', () => {
    expect(found('Förslag till beslut Nämnden godkänner svaret. Sammanfattning: kommunen tillstyrker. Bakgrund – Departementet frågar.')).toEqual([
      ['Förslag till beslut', 'Nämnden '],
      ['Sammanfattning', 'kommunen'],
      ['Bakgrund', 'Departem'],
    ]);
  });

  it('not the word inside a sentence, in lower case, or as part of a longer word', () => {
    expect(found('Mot bakgrund av detta, Ärendet har beretts. Sammanfattningsvis Kommunen. Bakgrunden Är.')).toEqual([]);
  });
});
