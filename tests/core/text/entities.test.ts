import { describe, expect, it } from 'vitest';
import { lawCitations, meetings, moneyAmounts, personsWithParty, timeExpressions } from '../../../core/text/entities.js';

const texts = (es: { text: string }[]) => es.map((e) => e.text);

describe('recognisers', () => {
  it('time expressions: dates, months, seasons, quarters, deadlines', () => {
    expect(texts(timeExpressions('Klart 2026-03-01, senast i september 2026 och under våren 2027.'))).toEqual(['2026-03-01', 'senast i september 2026', 'under våren 2027']);
    expect(texts(timeExpressions('Kvartal 3 2026 och första halvåret 2027, klar till årsskiftet.'))).toEqual(['Kvartal 3 2026', 'första halvåret 2027', 'årsskiftet']);
    expect(texts(timeExpressions('Motionen väcktes den 12 juni 2023.'))).toEqual(['den 12 juni 2023']);
  });

  it('does not take law or registry numbers for years', () => {
    expect(timeExpressions('Socialtjänstlagen (2001:453) och dnr KS 2024/311.')).toEqual([]);
  });

  it('money', () => {
    expect(texts(moneyAmounts('Bidraget är 2 500 kronor i månaden, totalt 1,2 miljoner kronor.'))).toEqual(['2 500 kronor', '1,2 miljoner kronor']);
  });

  it('persons with party', () => {
    expect(texts(personsWithParty('Motion av Karin Svensson (C) och Erik Nilsson (KD).'))).toEqual(['Karin Svensson (C)', 'Erik Nilsson (KD)']);
  });

  it('meetings and §, but not a law paragraph', () => {
    expect(texts(meetings('Vid sammanträdet den 3 maj, § 88, beslutades det.'))).toEqual(['sammanträdet', '§ 88']);
  });

  it('law citations built from the register names', () => {
    const aliases = ['socialtjänstlagen', 'SoL', 'hälso- och sjukvårdslagen', 'HSL'];
    expect(texts(lawCitations('Enligt 5 kapitlet 10 § socialtjänstlagen och 5 kap. 7 § HSL.', aliases))).toEqual(['5 kapitlet 10 § socialtjänstlagen', '5 kap. 7 § HSL']);
    expect(texts(lawCitations('Socialtjänstlagen (2025:400) gäller.', aliases))).toEqual(['Socialtjänstlagen (2025:400)']);
  });
});
