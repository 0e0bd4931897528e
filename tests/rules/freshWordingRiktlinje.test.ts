import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../core/model/kinds.js';
import { timeExpressions } from '../../core/text/entities.js';
import { readHeaderFields } from '../../core/import/headerFields.js';
import { requirementIn, TEST_TODAY } from '../helpers/checkText.js';

/**
 * Causes of wrong judgements on riktlinje and program requirements, found on passages by
 * writers who never saw the rules (issue 8, accuracy). Each cause is fixed by a general means
 * (vocabulary, sentence pattern), so each test holds several ways of saying it in our own
 * words, and the near-misses that must stay out.
 */
const present = async (text: string, kind: DocumentKind, id: string) => (await requirementIn(text, kind, id, TEST_TODAY)).status;
async function expectAll(kind: DocumentKind, id: string, status: 'present' | 'missing', texts: string[]) {
  for (const text of texts) expect(await present(text, kind, id), text).toBe(status);
}

describe('a year at the end of a sentence or leading a plan item is a time', () => {
  it('recognises the year before a full stop or a colon, but not an SFS number or a decimal', () => {
    expect(timeExpressions('Broschyren ska vara klar 2027.').map((t) => t.text)).toEqual(['2027']);
    expect(timeExpressions('2027: webbkurs för anhöriga').map((t) => t.text)).toEqual(['2027']);
    expect(timeExpressions('ändrad genom SFS 2001:453').map((t) => t.text)).toEqual([]);
    expect(timeExpressions('värdet 2022.625 i tabellen').map((t) => t.text)).toEqual([]);
  });

  it('an action with a year at the end, or a plan item led by its time, is a timeline', async () => {
    await expectAll('program', 'atgarder-tidplan', 'present', [
      'En ny samtalsgrupp för unga anhöriga startar 2027.',
      'Informationen på webben ska vara översatt till finska och arabiska 2028.',
      '# Plan\n\n- Hösten 2026: anhörigcafé i Norrby två gånger i månaden.\n- 2027: webbkurs för anhöriga på flera språk.',
      'Våren 2027 – en kurs om demens för anhöriga i norra kommundelen.',
    ]);
  });

  it('past years, a period of validity or a law number are no timeline', async () => {
    await expectAll('program', 'atgarder-tidplan', 'missing', [
      '# Historik\n\n- 2019: Anhörigcentret öppnade i Norrby.\n- 2021: Träffpunkten flyttade.',
      'Programmet gäller 2026–2028 och antogs av nämnden.',
      'Stödet vilar på lagen i dess lydelse enligt SFS 2009:549.',
      '2026: 312 anhöriga har hittills fått stöd av anhörigcentret.',
      'Åtgärd Ansvarig Klart senast',
    ]);
  });
});

describe('the granting verb in every form is a stance on economic support', () => {
  it('bevilja, betala ut, söks, prövas, uppgår till', async () => {
    await expectAll('riktlinje', 'ekonomiskt-stod', 'present', [
      'Kommunen kan bevilja omvårdnadsbidrag till den som vårdar en svårt sjuk make i hemmet.',
      'Anhörigbidraget betalar kommunen ut varje månad efter beslut av handläggaren.',
      'Vårdbidrag söks hos biståndsenheten och prövas av en handläggare.',
      'Den som vårdar sin förälder kan ansöka om anhöriganställning genom hemtjänsten.',
    ]);
  });

  it('the same verbs about other support, a need, or an open question are no stance', async () => {
    await expectAll('riktlinje', 'ekonomiskt-stod', 'missing', [
      'Kommunen kan bevilja avlösning i hemmet upp till tio timmar i veckan.',
      'Anhöriga kan behöva ekonomiskt stöd för att klara sin vardag, visar enkäten.',
      'Frågan om ett kommunalt anhörigbidrag ska utredas under året.',
    ]);
  });
});

describe('a role that reviews the document or proposes changes has a task', () => {
  it('går igenom, granskar, ser över, uppdaterar, lämnar förslag, sammanställer', async () => {
    await expectAll('riktlinje', 'ansvarsfordelning', 'present', [
      'Det är strategen på förvaltningen som varje år går igenom riktlinjen och lämnar förslag på ändringar.',
      'Varje höst granskar utvecklingsledaren programmet och föreslår ändringar.',
      'Enhetschefen för myndighetsenheten ser över rutinen vartannat år.',
      'Socialchefen sammanställer uppföljningen och redovisar den för nämnden i mars.',
    ]);
  });

  it('going through hard times, a collective review or a passive without a role is no task', async () => {
    await expectAll('riktlinje', 'ansvarsfordelning', 'missing', [
      'Hemtjänsten går igenom en stor omorganisation under året.',
      'Förvaltningen går igenom stora förändringar.',
      'Vi ser över riktlinjen tillsammans vartannat år.',
      'Riktlinjen ska ses över vid behov.',
    ]);
  });
});

describe('a split between kommun and region still to be agreed, or made jointly, is no split', () => {
  it('an agreement to be made about how responsibility shall be divided', async () => {
    await expectAll('program', 'kommun-region', 'missing', [
      'Kommunen och regionen ska under året ta fram en överenskommelse om hur ansvaret för anhörigstödet ska delas.',
      'Regionen och kommunen utreder under året vem som ska ansvara för samtalsstödet till barn som anhöriga.',
      'Det saknas i dag en överenskommelse med regionen om vilka uppgifter som ska ligga på vårdcentralen.',
      'En arbetsgrupp med regionen och kommunen ska föreslå hur uppgifterna ska fördelas.',
      'Regionen och kommunen ska ge anhöriga ett gott bemötande.',
      'Kommunen och regionen ansvarar för att anhöriga får ett gott stöd.',
    ]);
  });

  it('a split that is made still counts, also with "ska … ge"', async () => {
    await expectAll('program', 'kommun-region', 'present', [
      'Enligt överenskommelsen med regionen ska vårdcentralen ge information om diagnosen, medan kommunens anhörigsamordnare erbjuder samtal.',
      'Regionen och kommunen har olika uppdrag: regionen ska ge vård och behandling, medan kommunen ska ge stöd i vardagen.',
      'Regionen ansvarar för behandlingen och kommunen för avlösningen.',
    ]);
  });

  it('a role that is to settle who does what has no task yet', async () => {
    expect(await present('Förvaltningen ska utreda vem som ska ansvara för anhöriggrupperna.', 'riktlinje', 'ansvarsfordelning')).toBe('missing');
  });
});

describe('a definition need not use "menas" or "avses"', () => {
  it('är en anhörig någon som, kallar vi, räknas som, används om', async () => {
    await expectAll('riktlinje', 'definitioner', 'present', [
      'I den här riktlinjen är en anhörig någon som ger omsorg eller stöd till en person i sin närhet.',
      'Den som tar emot hjälpen kallar vi närstående.',
      'Som anhörig räknas var och en som regelbundet hjälper en familjemedlem, vän eller granne.',
      'En närstående är den person som får hjälp av en anhörig.',
      'Vi använder ordet anhörig om den som vårdar eller stödjer någon i sin närhet, oavsett släktskap.',
      'Begreppet närstående används här om den person som får omsorgen.',
      'En anhörig är en familjemedlem, vän eller granne som hjälper någon regelbundet.',
    ]);
  });

  it('a statement about anhöriga, or a summons, is no definition', async () => {
    await expectAll('riktlinje', 'definitioner', 'missing', [
      'Anhöriga kallas till ett första möte med handläggaren.',
      'Anhöriga är en viktig resurs och förtjänar ett gott bemötande.',
      'Vi ger anhöriga någon som lyssnar.',
      'Närstående är ofta äldre personer med demens.',
      'En anhörig är ofta den som märker först att något är fel.',
    ]);
  });
});

describe('a goal need not use the word "mål"', () => {
  it('a wish for how it shall be for anhöriga, a vision or an ambition', async () => {
    await expectAll('program', 'syfte-mal', 'present', [
      'Vi vill att varje anhörig i kommunen ska veta vart hen kan vända sig.',
      'Ingen anhörig ska behöva stå ensam med omsorgen om en närstående.',
      'Kommunen vill att den som vårdar en närstående ska orka och få tid för sig själv.',
      'Vår vision är ett samhälle där anhörigas insatser syns och värdesätts.',
      'Ambitionen är att alla anhöriga ska få erbjudande om stöd inom en månad.',
    ]);
  });

  it('the purpose of a meeting or survey, a past purpose, or a request to the reader is no goal', async () => {
    await expectAll('program', 'syfte-mal', 'missing', [
      'Syftet med träffen den 4 maj var att samla in synpunkter från anhöriga.',
      'Enkätens syfte var att ta reda på hur nöjda anhöriga är med avlösningen.',
      'Syftet med dialogmötet i mars är att höra vad anhöriga tycker om träffpunkten.',
      'Vi vill att du hör av dig till anhörigsamordnaren om du har frågor.',
    ]);
    expect(await present('Syftet med riktlinjen är att stödet till anhöriga ska vara likvärdigt i hela kommunen.', 'riktlinje', 'syfte-mal')).toBe('present');
  });
});

describe('collaboration need not use the word "samverkan"', () => {
  it('joint work with an organisation, regular meetings to plan, dialogue', async () => {
    await expectAll('program', 'samverkan', 'present', [
      'Fyra gånger per år träffar personalen Strokeföreningen och Röda korset för att planera gemensamma föreläsningar.',
      'Anhörigkonsulenten och Parkinsonföreningen ordnar gemensamma temakvällar varje termin.',
      'Kommunen har gemensamma utbildningsdagar med regionen för personal som möter anhöriga.',
      'Vi har en återkommande dialog med pensionärsorganisationerna om hur stödet fungerar.',
    ]);
  });

  it('an association on its own, anhöriga meeting, or a referral is no collaboration', async () => {
    await expectAll('program', 'samverkan', 'missing', [
      'Föreningen har gemensamma aktiviteter för sina medlemmar.',
      'Anhöriga träffas varje månad i anhöriggruppen.',
      'Personalen träffar anhöriga regelbundet på boendet.',
      'Anhöriga kan vända sig till Demensföreningen för råd.',
    ]);
  });
});

describe('general remarks are not the thing itself', () => {
  it('that follow-up matters in general says nothing about how this support is followed up', async () => {
    await expectAll('program', 'uppfoljning', 'missing', [
      '# Uppföljning\n\nUppföljning och utvärdering är viktiga delar i kvalitetsarbetet. Anhöriga vet ofta hur insatserna fungerar.',
      'Systematisk uppföljning är en förutsättning för god kvalitet.',
      'Det är viktigt att följa upp insatser.',
    ]);
    await expectAll('program', 'uppfoljning', 'present', [
      'Uppföljningen görs varje år av anhörigsamordnaren och redovisas för nämnden.',
      'Det är viktigt att följa upp stödet, och därför frågar vi alla anhöriga om sin upplevelse varje höst.',
      'Riktlinjen revideras vart tredje år.',
    ]);
  });

  it('women and men in a statistic are no stance on equal access; what the support does about them is', async () => {
    await expectAll('program', 'jamlikhet', 'missing', [
      'Kvinnor och män svarade i ungefär lika stor utsträckning på enkäten. Svarsfrekvensen var 48 procent.',
      'Fler kvinnor än män deltog i anhörigcaféet förra året.',
    ]);
    await expectAll('program', 'jamlikhet', 'present', [
      'Stödet ska utformas så att det når både kvinnor och män.',
      'Män som vårdar sin partner söker sällan stöd, och vi ska därför särskilt nå fler män.',
      'Kvinnor och män har delvis olika behov av stöd, vilket handläggaren tar hänsyn till.',
      'Information om stödet finns på flera språk.',
    ]);
  });
});

describe('a bare citation in brackets belongs to the law named right before it', () => {
  it('another law before the brackets is no citation of socialtjänstlagen, even when SoL is named nearby', async () => {
    await expectAll('program', 'lagrum', 'missing', [
      '# Lagstöd\n\nHälso- och sjukvårdslagen (5 kap. 7 §) säger att vården ska uppmärksamma barns behov. Även socialtjänstlagen gäller för anhörigstödet.',
      'Lagen om stöd och service till vissa funktionshindrade, LSS (9 §), ger rätt till avlösarservice. Socialtjänstlagen gäller också.',
    ]);
  });

  it('socialtjänstlagen before the brackets, or a bare citation elsewhere in its paragraph, still counts', async () => {
    await expectAll('program', 'lagrum', 'present', [
      'Socialtjänstlagen (5 kap. 10 §) säger att kommunen ska erbjuda stöd till anhöriga.',
      'Enligt SoL (13 kap.) ska kommunen erbjuda stöd till den som vårdar.',
      'Stödet vilar på socialtjänstlagen. Kommunen ska enligt 5 kap. 10 § erbjuda stöd.',
    ]);
  });
});

describe('follow-up told by its method and rhythm', () => {
  it('questions to the participants, interviews or a report, with how often', async () => {
    await expectAll('program', 'uppfoljning', 'present', [
      'Efter varje kursomgång får deltagarna besvara en kort enkät.',
      'Vart annat år gör vi intervjuer med ett tiotal anhöriga om hur de har upplevt stödet.',
      'Efter varje termin får deltagarna i grupperna svara på fem frågor på en lapp.',
      'En gång om året skriver vi en kort rapport till direktionen om vad som behöver ändras.',
    ]);
  });

  it('answering questions as support, a yearly count, or a general remark is no follow-up', async () => {
    await expectAll('program', 'uppfoljning', 'missing', [
      'Anhörigsamordnaren svarar på frågor från anhöriga varje vardag.',
      'Varje år deltar omkring 200 anhöriga i anhörigcaféet.',
      '# Uppföljning\n\nDet är viktigt att följa upp det vi gör. Anhöriga ska känna sig sedda.',
    ]);
    expect(await present('Det är viktigt att följa upp stödet varje år.', 'program', 'uppfoljning')).toBe('present');
  });
});

describe('content that is to be written or decided later is no content', () => {
  it('a question decided later, a section to be added', async () => {
    await expectAll('program', 'uppfoljning', 'missing', [
      'Former för uppföljning och utvärdering av programmet tas fram senare av förvaltningen.',
      'Hur programmet ska följas upp bestäms senare.',
    ]);
    expect(await present('Vilka aktörer staden ska samverka med, och i vilka former, bedöms när programmet har gällt ett år.', 'program', 'samverkan')).toBe('missing');
    expect(await present('# Barn och unga\n\nAvsnittet om barn som anhöriga arbetas in när överenskommelsen med regionen är klar.', 'program', 'barn-som-anhoriga')).toBe('missing');
    expect(await present('Kommunen samverkar med regionen och föreningarna, vilket beskrivs närmare i bilaga 2.', 'program', 'samverkan')).toBe('present');
  });
});

describe('what the document or the support is for, with itself as subject', () => {
  it('"Riktlinjen ska ge …", "Programmet ska bidra till …", a long wish', async () => {
    await expectAll('riktlinje', 'syfte-mal', 'present', [
      '# Varför finns riktlinjen?\n\nRiktlinjen ska ge personalen ett gemensamt sätt att möta anhöriga.',
      'Programmet ska bidra till att fler anhöriga får stöd i tid.',
      'Stödet ska förebygga ohälsa hos den som vårdar.',
      'Vi vill att alla som hjälper någon i sin närhet i vår kommun ska veta var de kan få stöd.',
    ]);
  });

  it('what is done to the document, or a mere provision, is no purpose', async () => {
    await expectAll('riktlinje', 'syfte-mal', 'missing', [
      'Riktlinjen ska revideras vart tredje år.',
      'Riktlinjen ska ge en hänvisning till bilagan med blanketter.',
      'Det ska finnas en anhörigsamordnare i varje kommundel.',
    ]);
  });
});

describe('children and young people who themselves care for someone in the family', () => {
  it('are children as relatives, and a target group', async () => {
    await expectAll('program', 'barn-som-anhoriga', 'present', [
      '# Unga som hjälper till hemma\n\nMånga tonåringar handlar, lagar mat och ser efter ett syskon när föräldern inte orkar.',
      'Elever som tar hand om en förälder med missbruk får stöd av skolkuratorn.',
      'Unga mellan 13 och 24 år som hjälper en familjemedlem har egna träffar.',
    ]);
    expect(await present('Unga mellan 13 och 24 år som hjälper en familjemedlem har egna träffar.', 'riktlinje', 'malgrupper')).toBe('present');
  });

  it('parents helping children, children needing help, or helping out in a club are not', async () => {
    await expectAll('program', 'barn-som-anhoriga', 'missing', [
      'Föräldrar som hjälper sina barn med läxorna kan få tips på biblioteket.',
      'Barn som behöver hjälp i skolan får stöd av elevhälsan.',
      'Ungdomar som hjälper till i föreningen får ett diplom.',
      'Pappa och mamma orkar inte alltid med sina tonåringar.',
    ]);
    expect(await present('Barn som behöver hjälp i skolan får stöd av elevhälsan.', 'riktlinje', 'malgrupper')).toBe('missing');
  });
});

describe('equal access as premises everyone can use, and groups for men who care', () => {
  it('ramps, hearing loops, sign language, premises for people with a disability; a group for men who care', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'present', [
      'Lokaler för anhöriggrupper ska vara tillgängliga för personer med rörelsenedsättning.',
      'Lokalen i Ödeby har ramp och hörslinga.',
      'Vid behov finns teckenspråkstolk på informationsträffarna.',
      'Därför startar vi en grupp för män som vårdar sin partner.',
      'Förvaltningen ska därför särskilt nå ut till män som vårdar.',
    ]);
  });

  it('a reachable coordinator, a relative\'s disability, or men who care in a statistic are not', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'missing', [
      'Informationen finns tillgänglig på kommunens webbplats.',
      'Anhörigsamordnaren är tillgänglig på telefon varje förmiddag.',
      'Många män som vårdar sin fru gör det i tysthet.',
      'Den närstående har en rörelsenedsättning och behöver hjälp med förflyttningar.',
    ]);
  });
});

describe('meetings between services and SIP are collaboration', () => {
  it('counts "möten mellan …" and a SIP without the word samverkan', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      'Genom regelbundna möten mellan biståndsenheten, socialpsykiatrin och vårdcentralerna slussas anhöriga vidare till rätt instans.',
      'Inför utskrivning från slutenvården deltar anhörigsamordnaren i samordnad individuell planering.',
      'Anhöriga kan be om en SIP när flera huvudmän är inblandade.',
    ]);
    expect(await present('Mellan mötena med anhöriggruppen finns tid för enskilda samtal.', 'riktlinje', 'samverkan')).toBe('missing');
  });

  it('a kommun named with its place ("Sjövik kommuns anhörigcenter") is the kommun\'s side of a split', async () => {
    expect(await present('Vårdcentralerna står för den medicinska informationen. Norrby kommuns anhörigcenter står för avlösning i hemmet.', 'program', 'kommun-region')).toBe('present');
    expect(await present('Anhörigcentret står för kaffe och fika, och vårdcentralen lånar ut lokalen.', 'program', 'kommun-region')).toBe('missing');
  });
});

describe('a table of who does what', () => {
  it('rows giving tasks to the region and to the kommun split the responsibility', async () => {
    const table = '# Vem gör vad\n\n| Vad | Vem |\n|---|---|\n| Läkarbesök och läkemedel | Regionen, hälsocentralen |\n| Minnesutredning | Regionen |\n| Avlösning i hemmet och korttidsplats | Kommunen |\n';
    expect(await present(table, 'program', 'kommun-region')).toBe('present');
  });

  it('a contact table, or a table with one side only, does not', async () => {
    await expectAll('program', 'kommun-region', 'missing', [
      '# Kontakt\n\n| Aktör | Kontakt |\n|---|---|\n| Regionen | 0771-11 22 33 växel |\n| Kommunen | 0480-45 00 00 växel |\n',
      '# Kontakt\n\n| Aktör | Telefontid |\n|---|---|\n| Regionen | måndagar och tisdagar |\n| Kommunen | onsdagar och torsdagar |\n',
      '# Vem gör vad\n\n| Vad | Vem |\n|---|---|\n| Läkarbesök och läkemedel | Regionen |\n| Minnesutredning | Regionen |\n',
    ]);
  });
});

describe('a role list that starts with "Nämnd:" is body text, not a header line', () => {
  it('a value that starts in lower case is a task, not the name of an instans or handläggare', () => {
    expect(readHeaderFields(['Nämnd: beslutar om programmet och målen.']).metadata).toEqual({});
    expect(readHeaderFields(['Handläggare: utreder behovet.']).metadata).toEqual({});
    expect(readHeaderFields(['Nämnd: Socialnämnden']).metadata).toEqual({ instans: 'Socialnämnden' });
    expect(readHeaderFields(['Handläggare: Eva Lund']).metadata).toEqual({ handlaggare: 'Eva Lund' });
  });

  it('so the roles and tasks count as a responsibility split', async () => {
    expect(await present('Nämnd: beslutar om programmet och målen för stödet. Förvaltningschef: fördelar resurser.', 'program', 'ansvarsfordelning')).toBe('present');
  });
});

describe('more tasks in plain present tense', () => {
  it('kontaktar, handlägger, beviljar, delegerat, sköter with a role as subject', async () => {
    await expectAll('riktlinje', 'ansvarsfordelning', 'present', [
      'Anhörigkonsulenten kontaktar alla nya anhöriga inom två veckor.',
      'Socialchefen har delegerat beslutet om avlösning till enhetscheferna.',
      'Myndighetsenhetens handläggare handlägger ansökningarna om avlösning.',
      'Det är enhetschefen som beviljar korttidsvistelse.',
    ]);
  });

  it('the anhörig or the reader as subject gives nobody a task', async () => {
    await expectAll('riktlinje', 'ansvarsfordelning', 'missing', [
      'Anhöriga kan kontakta anhörigsamordnaren på telefon.',
      'Kontakta hemtjänsten om du behöver hjälp.',
      'Många anhöriga kontaktar biståndshandläggaren först.',
      'Den som vårdar kontaktar handläggaren vid behov.',
      'Anhöriga sköter ofta kontakten med hemtjänsten.',
    ]);
  });
});

describe('"den som" is the carer only with a caring verb', () => {
  it('personer som vårdar, du som hjälper, den som stöder, dig som har en nära relation', async () => {
    await expectAll('riktlinje', 'malgrupper', 'present', [
      'Riktlinjen gäller stöd till personer som vårdar en närstående med demenssjukdom, psykisk ohälsa eller missbruk.',
      'Du som hjälper en förälder med demens kan få stöd av anhörigkonsulenten.',
      'Den som stöder en närstående med cancer kan få samtalsstöd.',
      'Den som sköter om en förälder med Parkinsons sjukdom är välkommen till anhörigcentret.',
    ]);
  });

  it('the person cared for is no target group of carer support', async () => {
    await expectAll('riktlinje', 'malgrupper', 'missing', [
      'Den som har demens kan få plats på ett särskilt boende.',
      'Den som har demens och bor hemma kan få hemtjänst.',
      'Personal som arbetar med personer med demens ska ha rätt kompetens.',
    ]);
  });
});

describe('starting verbs, and a time on its own label line', () => {
  it('inleds, kommer igång; "Tidpunkt: 2027" after the action', async () => {
    await expectAll('program', 'atgarder-tidplan', 'present', [
      'Under hösten 2026 inleds ett arbete med en webbplats för anhöriga.',
      'En ny anhöriggrupp för män kommer igång i januari 2027.',
      'Åtgärd: Utbilda personalen i hemtjänsten. Tidpunkt: 2027. Ansvar: enhetscheferna.',
      'Åtgärd: Ta fram en broschyr på lätt svenska.\nKlart senast: våren 2027',
    ]);
  });

  it('a label with a past year or a decision date is no timeline', async () => {
    await expectAll('program', 'atgarder-tidplan', 'missing', [
      'Anhörigcaféet har funnits länge. Tidpunkt: 2019.',
      'Programmet antogs av kommunfullmäktige. Datum: 2026-05-12.',
    ]);
  });
});

describe('a who-does-what table written as text', () => {
  it('"task | side" rows for both sides split the responsibility', async () => {
    expect(await present('Vad | Vem\nLäkarbesök och läkemedel | Regionen, hälsocentralen\nMinnesutredning | Regionen\nAvlösning i hemmet | Kommunen\n', 'program', 'kommun-region')).toBe('present');
  });

  it('a contact list or one side only does not', async () => {
    await expectAll('program', 'kommun-region', 'missing', [
      'Aktör | Telefon\nRegionen | 0771-11 22 33\nKommunen | 0480-45 00 00',
      'Läkarbesök | Regionen\nMinnesutredning | Regionen',
    ]);
  });
});

describe('more forms of support, collaboration by agreement or network, a parent who drinks', () => {
  it('meeting places, circles, phone lines, aids are forms of support; staff advice is not', async () => {
    await expectAll('riktlinje', 'stodformer', 'present', [
      'Anhörigcentret har en öppen mötesplats dit anhöriga kan komma utan att boka tid.',
      'Anhöriga kan få råd om hur de kan ta hand om sin egen hälsa.',
      'Det finns en anhörigcirkel som träffas varannan vecka.',
      'Vi har en telefonlinje för anhöriga som är öppen på kvällar.',
    ]);
    expect(await present('Personalen får råd om hur de bemöter anhöriga.', 'riktlinje', 'stodformer')).toBe('missing');
    expect(await present('Den närstående kan få hjälpmedel från regionen.', 'riktlinje', 'stodformer')).toBe('missing');
  });

  it('an agreement, a network or contact kept by the kommun is collaboration; an anhörig\'s contacts are not', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      'Anhörigsamordnaren deltar i ett länsnätverk för anhörigstöd.',
      'Vi har en överenskommelse med Röda korset om besöksvänner.',
      'Kommunen och Svenska kyrkan ordnar tillsammans sorgegrupper.',
      'Vi hänvisar till Försäkringskassan och har kontakt med deras handläggare vid behov.',
    ]);
    await expectAll('riktlinje', 'samverkan', 'missing', [
      'Anhöriga kan själva kontakta föreningarna.',
      'Anhöriga har ofta kontakt med många olika verksamheter.',
      'Anhöriga kan ta kontakt med Demensföreningen för att få råd.',
    ]);
  });

  it('a child living with a parent who drinks is a child as relative', async () => {
    expect(await present('Skolkuratorn uppmärksammar elever som lever med en förälder som dricker för mycket.', 'riktlinje', 'barn-som-anhoriga')).toBe('present');
    expect(await present('Barn och unga får inte köpa alkohol.', 'riktlinje', 'barn-som-anhoriga')).toBe('missing');
  });
});

describe('follow-up through the annual accounts; information in named languages', () => {
  it('redovisning, årsbokslut, aktualiseras are follow-up', async () => {
    await expectAll('riktlinje', 'uppfoljning', 'present', [
      'Nämnden tar del av en redovisning av anhörigstödet i samband med årsbokslutet.',
      'Riktlinjen gäller till och med 2028 och ska då aktualiseras.',
    ]);
  });

  it('information in minority and other languages, regard for culture and religion', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'present', [
      'Information om anhörigstödet finns på finska, meänkieli och samiska.',
      'Personalen tar hänsyn till anhörigas kulturella bakgrund och religiösa traditioner.',
    ]);
    expect(await present('Anhörigsamordnaren läser just nu en kurs i finska.', 'riktlinje', 'jamlikhet')).toBe('missing');
  });
});

describe('under a heading that names economic support, the topic need not be repeated', () => {
  it('"detta", "bidraget", "sådan ersättning" stand for it', async () => {
    await expectAll('riktlinje', 'ekonomiskt-stod', 'present', [
      '# Anhörigbidrag\n\nKommunen erbjuder inte detta.',
      '# Riktlinje\n\n## Anhöriganställning\n\nBidraget beviljas efter en biståndsbedömning och uppgår till högst 4 000 kronor per månad.',
      '# Ekonomisk ersättning till anhöriga\n\nSådan ersättning betalas inte ut i kommunen.',
    ]);
  });

  it('the same words under another heading, or an open question, are no stance', async () => {
    await expectAll('riktlinje', 'ekonomiskt-stod', 'missing', [
      '# Ekonomiskt stöd\n\nFrågan utreds under 2026.',
      '# Riktlinje\n\n## Avlösning\n\nDetta erbjuds inte på helger.',
      '# Riktlinje för stöd till anhöriga\n\nDetta erbjuds inte på helger.',
    ]);
  });
});

describe('a wish whose verb is a goal verb', () => {
  it('"Genom stödet vill vi förebygga …", "Vi vill stärka …"', async () => {
    await expectAll('riktlinje', 'syfte-mal', 'present', [
      'Genom stödet vill vi förebygga att anhöriga blir sjuka.',
      'Vi vill stärka anhörigas möjligheter att kombinera arbete och omsorg.',
    ]);
    expect(await present('Vi vill påminna om att blanketten har ändrats.', 'riktlinje', 'syfte-mal')).toBe('missing');
  });
});

describe('causes from the blind-c/d/e training passages', () => {
  it('a definition inside a long sentence', async () => {
    expect(await present('Riktlinjen bygger på termbanken, vilket innebär att begreppet anhörig här avser den som ger vård åt någon i sin närhet.', 'riktlinje', 'definitioner')).toBe('present');
    expect(await present('Många anhöriga avser att fortsätta arbeta så länge som möjligt.', 'riktlinje', 'definitioner')).toBe('missing');
  });

  it('goals still to be formulated are no goals, also under the heading Mål', async () => {
    expect(await present('# Mål\n\nMålen för arbetet formuleras av styrgruppen när den nationella uppföljningen har publicerats.', 'program', 'syfte-mal')).toBe('missing');
    expect(await present('# Mål\n\nMålet är att fler anhöriga ska få stöd tidigt och att väntetiden till avlösning ska vara kort.', 'program', 'syfte-mal')).toBe('present');
  });

  it('going through the document and checking it against complaints is follow-up', async () => {
    await expectAll('riktlinje', 'uppfoljning', 'present', [
      'Sjuksköterskan och anhörigsamordnaren går gemensamt igenom riktlinjen vid årets första ledningsgrupp.',
      'Enhetschefen stämmer av rutinen mot inkomna avvikelser varje år.',
    ]);
    expect(await present('Hemtjänsten går igenom en stor omorganisation.', 'riktlinje', 'uppfoljning')).toBe('missing');
  });

  it('value words about the whole kommun are no stance on equal access; a group for men is', async () => {
    expect(await present('I kommunens vision står att Ekeby ska vara en jämlik, grön och trygg kommun att leva i.', 'program', 'jamlikhet')).toBe('missing');
    expect(await present('Stödet till anhöriga ska vara jämlikt och likvärdigt i hela kommunen.', 'program', 'jamlikhet')).toBe('present');
    expect(await present('Därför startar vi en samtalsgrupp för män.', 'program', 'jamlikhet')).toBe('present');
  });

  it('a fee paid to the carer is economic support; a fee to a kontaktperson is not', async () => {
    expect(await present('Den som ger en närstående omfattande omvårdnad kan få ett arvode från kommunen.', 'riktlinje', 'ekonomiskt-stod')).toBe('present');
    expect(await present('Kontaktpersonen får ett arvode som betalas ut varje månad.', 'riktlinje', 'ekonomiskt-stod')).toBe('missing');
  });
});

describe('a periodic report to the förvaltning is follow-up', () => {
  it('rapporteras kvartalsvis till förvaltningen; not an amount per quarter', async () => {
    expect(await present('Är antalet avlösningstimmar rapporterat till förvaltningen för kvartalet?', 'program', 'uppfoljning')).toBe('present');
    expect(await present('Avlösning kan beviljas upp till tolv timmar per kvartal.', 'program', 'uppfoljning')).toBe('missing');
  });
});

describe('costs paid back are no economic support to carers', () => {
  it('travel costs; pay for caring still counts', async () => {
    expect(await present('Anhöriga kan få ersättning för resor till anhörigcaféet.', 'riktlinje', 'ekonomiskt-stod')).toBe('missing');
    expect(await present('Kommunen betalar inte ut ersättning för omvårdnad till anhöriga.', 'riktlinje', 'ekonomiskt-stod')).toBe('present');
  });
});

describe('under a heading about children as relatives', () => {
  it('a sentence about children and their support counts; the same under another heading, or a placeholder, does not', async () => {
    expect(await present('# Riktlinje\n\n## Barn som anhöriga\n\nElevhälsan och socialtjänsten ska uppmärksamma dessa barn och erbjuda dem samtal.', 'riktlinje', 'barn-som-anhoriga')).toBe('present');
    expect(await present('# Riktlinje\n\n## Unga anhöriga\n\nFör ungdomar mellan 13 och 19 år finns en egen grupp som träffas varannan vecka.', 'riktlinje', 'barn-som-anhoriga')).toBe('present');
    await expectAll('riktlinje', 'barn-som-anhoriga', 'missing', [
      '# Riktlinje\n\n## Avlösning\n\nBarn och ungdomar kan få avlösning i form av korttidsvistelse.',
      '# Riktlinje\n\n## Barn och unga\n\nAvsnittet om barn som anhöriga arbetas in när överenskommelsen är klar.',
    ]);
  });
});

describe('a role that is the one responsible, in a compound', () => {
  it('"är dokumentansvarig", "är ytterst ansvarig"; not negated, not anhöriga', async () => {
    await expectAll('riktlinje', 'ansvarsfordelning', 'present', [
      'Chefen för myndighetsenheten är dokumentansvarig.',
      'Socialnämnden är ytterst ansvarig för stödet till anhöriga.',
    ]);
    await expectAll('riktlinje', 'ansvarsfordelning', 'missing', [
      'Anhöriga är inte ansvariga för vården.',
      'Ingen chef är ansvarig för anhörigstödet i dag.',
    ]);
  });
});

describe('causes from the blind-f training passages', () => {
  it('collaboration through a shared routine, representatives of several services, or a joint meeting', async () => {
    await expectAll('riktlinje', 'samverkan', 'present', [
      'En arbetsgrupp med representanter från äldreomsorgen, LSS-verksamheten och kulturförvaltningen träffas varannan månad.',
      'Arbetsförmedlingen och kommunens arbetsmarknadsenhet har en rutin för anhöriga som gått ned i arbetstid.',
      'Kommunen och Försäkringskassans lokala kontor har två gemensamma informationsträffar per år.',
      'Tillsammans med slutenvårdens kurator och hemsjukvården görs en bedömning av stödet.',
      'Skolan och socialtjänsten har en gemensam rutin för detta.',
    ]);
  });

  it('a future wish, a planned survey or a national strategy\'s words are no collaboration', async () => {
    await expectAll('riktlinje', 'samverkan', 'missing', [
      'Vi vill i framtiden utveckla samverkan med regionen och civilsamhället.',
      'En kartläggning av föreningarna ska göras under 2026 som underlag för en eventuell framtida samverkan.',
      'Den nationella anhörigstrategin betonar att stödet kräver samverkan mellan många aktörer.',
    ]);
  });

  it('equal access by place of living, age or reading ability; a planned analysis is none', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'present', [
      'Var i kommunen man bor ska inte avgöra vilket stöd man får.',
      'Det som står på webben ska också finnas att få uppläst, och den som har svårt att läsa kan få informationen muntligt.',
      'På så vis ska alla åldersgrupper ha samma möjlighet att nå stödet.',
    ]);
    expect(await present('Förvaltningen avser att under nästa år göra en analys av anhörigstödet ur ett jämställdhetsperspektiv.', 'program', 'jamlikhet')).toBe('missing');
  });
});

describe('a collaboration that exists and is to be deepened still counts', () => {
  it('"… sker redan i dag och ska fördjupas i framtiden"', async () => {
    expect(await present('Samverkan med regionen sker redan i dag och ska fördjupas i framtiden.', 'riktlinje', 'samverkan')).toBe('present');
  });
});

describe('a course taken by a member of staff is staff training', () => {
  it('not a form of support; a course for anhöriga is', async () => {
    expect(await present('Anhörigkonsulenten har gått en kurs i samtalsmetodik.', 'riktlinje', 'stodformer')).toBe('missing');
    expect(await present('Anhöriga kan gå en kurs om demens i fem träffar.', 'riktlinje', 'stodformer')).toBe('present');
  });
});

describe('"alla"/"samtliga" followed by a role names that role', () => {
  it('"Alla enhetschefer ansvarar …" counts; "Alla har ett ansvar" does not', async () => {
    await expectAll('riktlinje', 'ansvarsfordelning', 'present', [
      'Alla enhetschefer ansvarar för att personalen känner till riktlinjen.',
      'Samtliga biståndshandläggare ansvarar för att anhöriga erbjuds ett eget samtal.',
    ]);
    await expectAll('riktlinje', 'ansvarsfordelning', 'missing', [
      'Alla har ett ansvar för att uppmärksamma anhöriga.',
      'Alla i verksamheten ansvarar för att anhöriga blir sedda.',
    ]);
  });
});

describe('near-misses of the newer vocabulary', () => {
  it('an account of fees, or "oavsett var" without where one lives, are not follow-up or equal access', async () => {
    expect(await present('Redovisning av avgiften sker enligt kommunens taxa.', 'riktlinje', 'uppfoljning')).toBe('missing');
    expect(await present('Stödet ges oavsett var anhöriga vänder sig först.', 'riktlinje', 'jamlikhet')).toBe('missing');
    expect(await present('Anhöriga ska få samma stöd oavsett var i kommunen de bor.', 'riktlinje', 'jamlikhet')).toBe('present');
  });
});

describe('a fee to volunteers or lecturers is no economic support to carers', () => {
  it('volontärer, föreläsare; a fee to the carer still counts', async () => {
    expect(await present('Volontärer och besöksvänner får inget arvode.', 'riktlinje', 'ekonomiskt-stod')).toBe('missing');
    expect(await present('Föreläsare på anhörigcaféet får ett arvode på 2 000 kronor.', 'riktlinje', 'ekonomiskt-stod')).toBe('missing');
    expect(await present('Något arvode till anhöriga betalas inte ut.', 'riktlinje', 'ekonomiskt-stod')).toBe('present');
  });
});

describe('training offered to the carer is a form of support', () => {
  it('with the carer as subject; staff training is not', async () => {
    await expectAll('riktlinje', 'stodformer', 'present', ['Du som vårdar kan gå en utbildning om stroke.', 'Anhöriga erbjuds utbildning om demenssjukdomar.']);
    expect(await present('Personalen kan få utbildning om anhörigas situation.', 'riktlinje', 'stodformer')).toBe('missing');
  });
});

describe('premises available for booking are no disability access', () => {
  it('"Lokalen är tillgänglig för bokning" is not equal access', async () => {
    expect(await present('Lokalen är tillgänglig för bokning på kvällar och helger.', 'riktlinje', 'jamlikhet')).toBe('missing');
  });
});

describe('who takes part is a statistic; what the support shall do about it is equal access', () => {
  it('"tar del av", "når" in a statistic do not count; "ska nå", "en grupp bara för män" do', async () => {
    await expectAll('riktlinje', 'jamlikhet', 'missing', ['Fler kvinnor än män tar del av avlösningen.', 'Stödet når fler kvinnor än män.']);
    await expectAll('riktlinje', 'jamlikhet', 'present', ['Stödet ska nå både kvinnor och män.', 'Därför startar vi en grupp bara för män.']);
  });
});

describe('a plan table written as text', () => {
  it('a row with an item and a time cell is a timeline; a statistics table or a header is not', async () => {
    expect(await present('Åtgärd | Ansvarig | När\nNy broschyr på lätt svenska | Anhörigkonsulent | juni 2027\nSamtalsgrupp för unga | Socialtjänsten | hösten 2027', 'program', 'atgarder-tidplan')).toBe('present');
    await expectAll('program', 'atgarder-tidplan', 'missing', ['Åtgärd | Ansvarig | När', 'År | Antal anhöriga\n2019 | 312 anhöriga fick stöd\n2020 | 340 anhöriga fick stöd']);
  });
});

describe('follow-up by reporting to a governing body; a purpose said as "Avsikten med … är att"', () => {
  it('an annual report, internal control, results presented to the ledningsgrupp', async () => {
    await expectAll('riktlinje', 'uppfoljning', 'present', [
      'Nämnden får en årlig rapport om hur många anhöriga som fått stöd.',
      'Anhörigstödet ingår i nämndens internkontrollplan.',
      'Resultatet av anhörigenkäten sammanställs och presenteras för ledningsgruppen.',
    ]);
    await expectAll('riktlinje', 'uppfoljning', 'missing', ['En rapport från Socialstyrelsen visar att anhöriga ofta blir sjuka.', 'Ansökan om avlösning redovisas för handläggaren.']);
  });

  it('"Avsikten med riktlinjen är att …" is a purpose; a past intention is not', async () => {
    expect(await present('Avsikten med riktlinjen är att tydliggöra vilket stöd som finns.', 'riktlinje', 'syfte-mal')).toBe('present');
    expect(await present('Tanken med mötet var att alla skulle få säga sitt.', 'riktlinje', 'syfte-mal')).toBe('missing');
  });
});
