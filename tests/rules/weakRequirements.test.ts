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
