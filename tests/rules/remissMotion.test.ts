import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../core/model/kinds.js';
import { requirementIn, TEST_TODAY } from '../helpers/checkText.js';

/** Status of one requirement; a text with a "# " line is read as Markdown (a real heading). */
const status = (text: string, kind: DocumentKind, id: string) => requirementIn(text, kind, id, TEST_TODAY);

describe('remissvar and motionssvar judged from what the text says, not from headings', () => {
  it('finds the remiss, its sender and the deadline in running text', async () => {
    const opening =
      'Länsstyrelsen har bjudit in kommunen att lämna synpunkter på ett utkast till regional handlingsplan för anhörigstöd. Svaren ska vara länsstyrelsen till handa senast den 12 juni 2026.';
    expect((await status(opening, 'remissvar', 'remiss-referens')).status).toBe('present');
    const deadline = await status(opening, 'remissvar', 'svarsdatum');
    expect(deadline.status).toBe('present');
    expect(deadline.evidence?.text).toContain('12 juni 2026');
    expect((await status('Förslaget ska gälla från den 1 juli 2026.', 'remissvar', 'svarsdatum')).status).toBe('missing');
  });

  it('a title that names the remiss and its sender counts; one without a sender does not', async () => {
    const titled = await status('Svar på remiss av Länsstyrelsens förslag till regional anhörigstrategi\n\nNämnden tillstyrker förslaget i stort.', 'remissvar', 'remiss-referens');
    expect(titled.status).toBe('present');
    expect(titled.evidence?.reason).toMatch(/titel/);
    expect((await status('Svar på remiss om anhörigstrategi\n\nNämnden tillstyrker förslaget i stort.', 'remissvar', 'remiss-referens')).status).toBe('missing');
  });

  it('a short answer under its own heading counts, a promise does not', async () => {
    expect((await status('# Ekonomiska konsekvenser\n\nInga.\n', 'motionssvar', 'ekonomisk-bedomning')).status).toBe('present');
    expect((await status('# Jämställdhetsanalys\n\nBeslutet påverkar inte jämställdheten.\n', 'remissvar', 'jamstalldhetsanalys')).status).toBe('present');
    expect((await status('# Sammanfattning\n\nNämnden avstyrker förslaget.\n', 'remissvar', 'sammanfattning')).status).toBe('present');
    expect((await status('# Sammanfattning\n\nSkrivs när yttrandet är klart.\n', 'remissvar', 'sammanfattning')).status).toBe('missing');
  });

  it('a stance needs the answering body and the proposal; a complaint about the world is none', async () => {
    expect((await status('Omsorgsnämnden delar bedömningen i kapitel 6 men vill se en längre tidplan.', 'remissvar', 'synpunkter')).status).toBe('present');
    expect((await status('Många anhöriga saknar kunskap om vart de kan vända sig.', 'remissvar', 'synpunkter')).status).toBe('missing');
  });

  it('gender equality must be assessed, not just mentioned', async () => {
    expect((await status('Eftersom fler kvinnor än män går ner i arbetstid för att vårda kan förslaget minska inkomstskillnaderna.', 'remissvar', 'jamstalldhetsanalys')).status).toBe(
      'present',
    );
    expect((await status('Föreläsningen vänder sig till kvinnor och män som vårdar en närstående.', 'remissvar', 'jamstalldhetsanalys')).status).toBe('missing');
  });

  it('attachments listed on a line count; the remiss’s own attachments do not', async () => {
    expect((await status('Ärendet har beretts av förvaltningen. Bilaga 2: Enkätsvar från anhöriggrupperna.', 'remissvar', 'bilagor')).status).toBe('present');
    expect((await status('Kommunen har läst remissen och dess bilagor.', 'remissvar', 'bilagor')).status).toBe('missing');
  });

  it('a heading over a line that only points elsewhere is no section', async () => {
    expect((await status('# Bilagor\n\nSe separat förteckning.\n', 'remissvar', 'bilagor')).status).toBe('missing');
    expect((await status('# Ekonomisk bedömning\n\nSe ovan.\n', 'motionssvar', 'ekonomisk-bedomning')).status).toBe('missing');
    expect((await status('# Jämställdhetsanalys\n\nAnalysen görs senare av förvaltningen.\n', 'remissvar', 'jamstalldhetsanalys')).status).toBe('missing');
    expect((await status('# Bilagor\n\n- Remissen\n- Protokoll från funktionshinderrådet\n', 'remissvar', 'bilagor')).status).toBe('present');
    expect((await status('# Bilagor\n\n1. [Bilagans namn]\n', 'remissvar', 'bilagor')).status).toBe('missing');
    expect((await status('Yttrandet är berett av förvaltningen.\n\nBilagor: inga.\n', 'remissvar', 'bilagor')).status).toBe('missing');
  });

  it('a section name alone on a line with a colon heads what follows (plain text)', async () => {
    const text = 'Yttrandet är berett av förvaltningen.\n\nBilagor:\n- Remissen från regionen\n- Enkät till anhöriggrupperna\n';
    expect((await status(text, 'remissvar', 'bilagor')).status).toBe('present');
    expect((await status('Yttrandet är berett av förvaltningen.\n\nBilagor:\n[lista]\n', 'remissvar', 'bilagor')).status).toBe('missing');
  });

  it('what the motion proposes, told as the motion’s own words, not the proposal to decide', async () => {
    expect((await status('Motionärerna vill att kommunen ordnar en anhörigdag varje höst.', 'motionssvar', 'motionens-forslag')).status).toBe('present');
    expect((await status('Kommunstyrelsen föreslår att motionen avslås.', 'motionssvar', 'motionens-forslag')).status).toBe('missing');
    expect((await status('Förvaltningen anser att motionen tar upp en viktig fråga.', 'motionssvar', 'motionens-forslag')).status).toBe('missing');
  });

  it('an economic assessment says what something costs or that it costs nothing; a budget date is none', async () => {
    expect((await status('Att genomföra motionen påverkar inte nämndens budget.', 'motionssvar', 'ekonomisk-bedomning')).status).toBe('present');
    expect((await status('Nämndens budget fastställs i december.', 'motionssvar', 'ekonomisk-bedomning')).status).toBe('missing');
  });
});
