import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../core/model/kinds.js';
import { requirementIn, TEST_TODAY } from '../helpers/checkText.js';

/**
 * The three weakest requirements on held-out wording (issue 8, accuracy): jamlikhet, samverkan and
 * synpunkter. Each cause is met by a general means (a word family in rules/ordlistor.yaml, a sentence
 * pattern), so each test holds several ways of saying it in our own words, and the near-misses that
 * must stay out.
 */
const statusOf = async (text: string, kind: DocumentKind, id: string) => (await requirementIn(text, kind, id, TEST_TODAY)).status;
async function expectAll(kind: DocumentKind, id: string, status: 'present' | 'missing', texts: string[]) {
  for (const text of texts) expect(await statusOf(text, kind, id), text).toBe(status);
}

describe('jamlikhet: equal access in words other than "lika villkor"', () => {
  it('languages the support is given or translated in, and the relative’s own language', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'present', [
      'Foldern om anhörigstöd har översatts till persiska och dari.',
      'Finsktalande anhöriga kan få samtal med en konsulent som talar finska.',
      'Den som vill kan få stödsamtalet på sitt modersmål.',
      'Anhöriga som inte talar svenska erbjuds samtal med tolk eller på sitt eget språk.',
    ]);
  });

  it('grounds after "oavsett" or "oberoende av", and cultures the support must take into account', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'present', [
      'Stödet ges oberoende av kön, etnisk tillhörighet eller funktionsförmåga.',
      'Ingen anhörig ska diskrimineras när stödet fördelas.',
      'Personalen ska ha kunskap om hur olika kulturer ser på att vårda en förälder.',
    ]);
  });

  it('aids for a disability and groups for men or women', async () => {
    await expectAll('program', 'jamlikhet', 'present', [
      'Vid föreläsningarna finns teleslinga och skrivtolk.',
      'Du kommer in i träffpunkten med rullstol via entrén på baksidan.',
      'Hösten 2027 startar en samtalsgrupp särskilt för söner som vårdar en förälder.',
    ]);
  });

  it('near-misses stay out: a language course, a group for spouses, age or diagnosis, a statistic', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'missing', [
      'Konsulenten går en kurs i spanska på fritiden.',
      'Gruppen för makar och sambor träffas på onsdagar.',
      'Stödet ges oavsett vilken sjukdom den närstående har.',
      'Två av tre som vårdar en närstående i kommunen är kvinnor.',
      'Riktlinjen ska vara skriven på ett klart och begripligt språk.',
    ]);
  });
});

describe('samverkan: two actors doing something together', () => {
  it('a joint subject with a joint act, shared costs, work commissioned by the kommun, a partnership', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      'Kommunen och Alzheimerföreningen ordnar varje vår en föreläsningsserie för anhöriga.',
      'Regionen och kommunerna i länet har tagit fram en gemensam broschyr.',
      'Kommunen och församlingen delar på kostnaderna för sorgegruppen.',
      'Anhörigcaféet drivs av Röda korset på uppdrag av socialnämnden.',
      'Kommunen har ett partnerskap med Frivilligcentralen om besöksverksamheten.',
      'Handläggarna och personalen på vårdcentralen går tillsammans igenom vilka anhöriga som behöver stöd.',
    ]);
  });

  it('near-misses stay out: two actors each with their own part, a person together with her relative, feedback to the relative', async () => {
    await expectAll('riktlinje', 'samverkan', 'missing', [
      'Kommunen och regionen ansvarar för skilda delar av stödet.',
      'Den anhörige och den närstående kan tillsammans delta i en kurs.',
      'Handläggaren återkopplar till den anhörige inom en vecka.',
      'Riktlinjen togs fram på uppdrag av socialnämnden.',
    ]);
  });
});

describe('synpunkter: a position on the proposal without "tillstyrker" or "anser"', () => {
  it('the proposal as subject of a judgement', async () => {
    await expectAll('remissvar', 'synpunkter', 'present', [
      'Förslagen i kapitel 5 är enligt nämnden väl genomarbetade och rimliga.',
      'Utredningens analys av de ekonomiska konsekvenserna är bristfällig.',
      'Den föreslagna strategin är ambitiös men orealistisk för små kommuner.',
      'Förslaget om avgiftsfri avlösning har kommunens fulla stöd.',
      'Förslaget går för långt när det gäller krav på dokumentation.',
    ]);
  });

  it('the respondent agrees, accepts or is against', async () => {
    await expectAll('remissvar', 'synpunkter', 'present', [
      'Vi håller med utredningen om att stödet till unga anhöriga behöver stärkas.',
      'Förbundet är starkt emot att kommunerna får betala för regionens uppdrag.',
      'Kommunen godtar de föreslagna ändringarna i kapitel 3.',
      'Enligt vår bedömning är förslaget ett stöd för kommunernas arbete.',
    ]);
  });

  it('near-misses stay out: what the proposal says, a deferral, someone else agreeing', async () => {
    await expectAll('remissvar', 'synpunkter', 'missing', [
      'Förslaget innebär att kommunerna blir skyldiga att erbjuda avlösning.',
      'Betänkandet är på 240 sidor och överlämnades i maj.',
      'Nämnden återkommer med synpunkter på förslaget efter sammanträdet i juni.',
      'Många anhöriga håller med om att stödet är svårt att hitta.',
      'Utredningen menar att förslaget är rimligt för alla kommuner.',
      'Förslaget är genomtänkt och väl förankrat, skriver regeringen.',
      'Planen är alltför viktig för att vänta på, konstaterar utredaren.',
    ]);
  });
});

describe('fresh wording from a blind writer (blind-f), met by general means', () => {
  it('jamlikhet: equal chances in so many words, a place or age that must not decide, reading aids', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'present', [
      'Alla anhöriga ska ha lika möjligheter till stöd i hela kommunen.',
      'Oavsett var i kommunen du bor kan du få avlösning i hemmet.',
      'Ålder ska inte styra vilket stöd en anhörig får.',
      'Den som har lässvårigheter kan få informationen som ljudfil.',
    ]);
    await expectAll('riktlinje', 'jamlikhet', 'missing', [
      'Förvaltningen planerar att nästa år göra en kartläggning av jämställdheten i anhörigstödet.',
      'Nämnden bör under 2027 ta fram en analys av anhörigstödet ur ett jämställdhetsperspektiv.',
    ]);
  });

  it('samverkan: a joint routine or way of working, a group of representatives, discharge planning', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      'Socialtjänsten och elevhälsan har ett gemensamt arbetssätt när ett barn har en sjuk förälder.',
      'Hemtjänsten och vårdcentralen har en rutin för hur anhöriga får information.',
      'I styrgruppen för anhörigstödet ingår företrädare för regionen, kommunen och anhörigföreningen.',
      'Anhörigkonsulenten är med vid vårdplaneringsmöten inför utskrivning från sjukhus.',
    ]);
  });

  it('samverkan: collaboration only wished for, or another body’s norm, is none described', async () => {
    await expectAll('riktlinje', 'samverkan', 'missing', [
      'Kommunen vill på sikt hitta former för samarbete med Svenska kyrkan.',
      'Vi hoppas kunna starta ett samarbete med föreningarna nästa år.',
      'Socialstyrelsen understryker att samverkan med hälso- och sjukvården är avgörande.',
      'Underlaget ska visa om en eventuell samverkan med regionen är möjlig.',
      'Ledningsgruppen på socialförvaltningen fastställer rutinen för avlösning.',
    ]);
  });

  it('synpunkter: a stance with words in between, a reservation', async () => {
    await expectAll('remissvar', 'synpunkter', 'present', [
      'Styrelsen ställer sig i allt väsentligt positiv till förslaget.',
      'Kommunen vill göra ett förbehåll när det gäller tidplanen.',
    ]);
  });
});

describe('second round: a group with what the support does for it, what the proposal lacks, an actor invited in', () => {
  it('jamlikhet: a group named with what the support does for it; the group alone is a statistic', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'present', [
      'Anhöriga födda utomlands ska nås av information om stödet genom föreningarna.',
      'För anhöriga med egen hörselnedsättning anpassas samtalen.',
      'Stödet ska ges med respekt för den anhöriges religion.',
      'Skärmläsare ska kunna läsa alla sidor om anhörigstöd på webben.',
    ]);
    await expectAll('riktlinje', 'jamlikhet', 'missing', [
      'Var femte invånare i kommunen är född utomlands.',
      'Växelvård ges på samma villkor som andra insatser.',
    ]);
  });

  it('samverkan: an actor invited in, two services in contact with each other; not each with the relatives', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      'Till varje kursomgång bjuds en sjuksköterska från vårdcentralen in.',
      'Anhörigsamordnaren och kuratorn på psykiatrin har regelbunden kontakt.',
      'Kommunen har ett avtal med Strokeförbundet om samtalsgrupper.',
    ]);
    await expectAll('riktlinje', 'samverkan', 'missing', [
      'Hemtjänsten och vårdcentralen har kontakt med familjen varje vecka.',
    ]);
  });

  it('synpunkter: what the proposal lacks, advice against, the respondent as source; not a missing attachment', async () => {
    await expectAll('remissvar', 'synpunkter', 'present', [
      'Av promemorian framgår inte hur kommunerna ska finansiera stödet.',
      'Betänkandet bortser från de långa avstånden i glesbygd.',
      'Nämnden avråder från förslaget om avgifter.',
      'Kommunen ser det som en brist att förslaget saknar en tidplan.',
    ]);
    await expectAll('remissvar', 'synpunkter', 'missing', [
      'I remissen saknas bilaga 2, som kommer senare.',
      'Enligt förvaltningen kom förslaget in den 3 mars.',
    ]);
  });
});

describe('third round: a gender perspective, interpreting, premises adapted for someone; exchange and agreements; a recommendation on a part', () => {
  it('jamlikhet', async () => {
    await expectAll('program', 'jamlikhet', 'present', [
      'Alla aktiviteter ska utvärderas ur ett genusperspektiv.',
      'Samtal via tolk bokas av anhörigkonsulenten.',
      'Ingen ska nekas stöd på grund av sin funktionsnedsättning.',
      'Caféet är anpassat för besökare med nedsatt syn.',
    ]);
    await expectAll('program', 'jamlikhet', 'missing', [
      'Växelvården anpassas efter den närståendes funktionsnedsättning.',
      'Kursen ställdes in på grund av sjukdom.',
    ]);
  });

  it('samverkan', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      'Konsulenterna har ett utbyte med kommunens folkhögskola och med regionens rehabilitering.',
      'Anhörigcentret har månatliga möten med Röda korset.',
      'Ett avtal mellan kommunen och Svenska kyrkan reglerar sorgegrupperna.',
    ]);
    await expectAll('riktlinje', 'samverkan', 'missing', [
      'Vi har fasta träffar med anhöriga varje månad.',
    ]);
  });

  it('synpunkter', async () => {
    await expectAll('remissvar', 'synpunkter', 'present', [
      'Kapitel 5 behöver därför förtydligas när det gäller kommunernas ansvar.',
      'Definitionen av anhörig bör breddas.',
      'Nämnden vill också peka på att små kommuner saknar resurser för förslaget.',
    ]);
    await expectAll('remissvar', 'synpunkter', 'missing', [
      'Förslaget innebär att planen bör revideras vart fjärde år.',
      'Enligt förslaget bör avsnittet om avgifter utgå ur lagen.',
    ]);
  });
});

describe('fourth round: equal shares as a goal, taking part in another actor\'s group, a placeholder, a worry about the proposal', () => {
  it('jamlikhet', async () => {
    await expectAll('program', 'jamlikhet', 'present', ['Döttrar och söner ska erbjudas avlösning lika ofta.', 'Alla tre anhörigkonsulenter är tvåspråkiga.']);
    await expectAll('program', 'jamlikhet', 'missing', ['Fler kvinnor än män svarade på enkäten, men i lika stor utsträckning nöjda.']);
  });

  it('samverkan', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      'Anhörigsamordnaren sitter med i länets samverkansgrupp för demensvård tillsammans med regionen.',
      'Kommunen ingår i regionens nätverk för suicidprevention.',
      'Pensionärsföreningarna bidrar med cirkelledare.',
    ]);
    await expectAll('riktlinje', 'samverkan', 'missing', [
      '## Samverkan\n\nText kommer när avtalet med regionen är klart.',
      'Anhöriga som vill kan vara med i projektet.',
    ]);
  });

  it('synpunkter', async () => {
    await expectAll('remissvar', 'synpunkter', 'present', ['Nämnden befarar att förslaget leder till längre väntetider.']);
    await expectAll('remissvar', 'synpunkter', 'missing', ['Anhöriga tror ofta att avlösning kostar mycket.']);
  });
});

describe('samverkan under its own heading', () => {
  it('partners named under a heading about collaboration count; no collaboration, or one only to be developed, does not', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      '## Samverkan\n\nVåra parter är vårdcentralerna, Försäkringskassan och Strokeföreningen.',
      '## Samverkan\n\n- Regionen: minnesmottagningen\n- Studieförbundet: anhörigcirklar',
    ]);
    await expectAll('riktlinje', 'samverkan', 'missing', [
      '## Samverkan\n\nDet finns ännu inget samarbete med regionen om anhöriga.',
      '## Samverkan\n\nSamarbetet med föreningarna behöver byggas upp.',
      '## Stödformer\n\nFörsäkringskassan och Strokeföreningen har kontor i centrum.',
    ]);
  });
});
