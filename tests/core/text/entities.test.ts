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

describe('law citations: what each one names', () => {
  const aliases = ['socialtjänstlagen', 'SoL', 'kommunallagen', 'KL'];
  const parts = (text: string) => lawCitations(text, aliases).map(({ chapter, section, law, sfs }) => ({ chapter, section, law, sfs }));

  it('chapter, paragraph, law and SFS number, whichever order they are written in', () => {
    expect(parts('Se 10 kap. 1 § socialtjänstlagen (2025:400).')).toEqual([{ chapter: 10, section: 1, law: 'socialtjänstlagen', sfs: '2025:400' }]);
    expect(parts('Enligt SoL 5:10 ska kommunen stödja.')).toEqual([{ chapter: 5, section: 10, law: 'SoL', sfs: null }]);
    expect(parts('Socialtjänstlagens 13 kap. 8 § gäller.')).toEqual([{ chapter: 13, section: 8, law: 'Socialtjänstlagen', sfs: null }]);
    expect(parts('Det står i 5 kapitlet 10 §.')).toEqual([{ chapter: 5, section: 10, law: null, sfs: null }]);
  });

  it('an investigation number or a capital is no citation', () => {
    expect(parts('Yttrande över SOU 2018:22 om ett ordnat mottagande.')).toEqual([{ chapter: null, section: null, law: null, sfs: '2018:22' }]);
    expect(parts('Bolaget har 5 kapitalplaceringar.')).toEqual([]);
  });
});
