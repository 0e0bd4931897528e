import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { importFile } from '../../core/import/importFile.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { headingEntries } from '../../core/model/outline.js';
import type { DocumentKind } from '../../core/model/kinds.js';
import { readDataDir } from '../helpers/dataFiles.js';

// No time budget: these judgements must not depend on how loaded the machine is.
const engine = new RuleEngine(loadRuleFiles(readDataDir('rules')).ruleSet, { ruleBudgetMs: Infinity });

/** A Word file with no heading styles at all: headings are plain paragraphs, set in bold or numbered by hand. */
type Line = { bold: string } | { text: string };
async function wordFile(lines: Line[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun('bold' in l ? { text: l.bold, bold: true } : { text: l.text })] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function checkWord(lines: Line[], kind: DocumentKind) {
  const imported = await importFile('svar.docx', await wordFile(lines));
  const { doc } = prepareForCheck(imported, { kind, date: '2026-11-23', today: '2026-11-23' });
  const requirements = Object.fromEntries(engine.check(doc).requirements.map((r) => [r.id, r]));
  return { imported, requirements };
}

const remissvar: Line[] = [
  { bold: 'Yttrande över promemorian om samordnat stöd till anhöriga' },
  { text: 'Nämnden föreslås besluta att lämna yttrandet till departementet som sitt svar på remissen.' },
  { bold: 'Sammanfattning' },
  { text: 'Kommunen välkomnar att stödet samordnas men anser att ansvaret för finansieringen måste klargöras innan förändringen genomförs.' },
  { bold: 'Bakgrund' },
  { text: 'Departementet har skickat promemorian till kommuner, regioner och organisationer och vill ha svaren senast i början av mars.' },
  { bold: 'Synpunkter' },
  { text: 'Kommunen tillstyrker förslaget i stort men avstyrker att tidsgränsen för ansökan kortas till tre månader.' },
  { bold: 'Bilagor' },
  { text: '1. Promemorian från departementet' },
  { text: '2. Förvaltningens tjänsteskrivelse' },
];

describe('.docx headings written as plain paragraphs count as headings', () => {
  it('bold stand-alone lines head their sections, so section requirements are found', async () => {
    const { imported, requirements } = await checkWord(remissvar, 'remissvar');
    expect(headingEntries(imported.body).map((h) => h.heading)).toEqual(expect.arrayContaining(['Sammanfattning', 'Bakgrund', 'Bilagor']));
    expect(requirements.sammanfattning!.status).toBe('present');
    expect(requirements.bakgrund!.status).toBe('present');
    expect(requirements.bilagor!.status).toBe('present');
  });

  it('the hand-numbered list of attachments stays a list of lines, not headings', async () => {
    const { imported } = await checkWord(remissvar, 'remissvar');
    const headings = headingEntries(imported.body).map((h) => h.heading);
    expect(headings).not.toContain('1. Promemorian från departementet');
    expect(imported.body.textContent).toContain('2. Förvaltningens tjänsteskrivelse');
  });

  it('a hand-numbered heading that is not bold, with text under it', async () => {
    const { imported, requirements } = await checkWord(
      [
        { bold: 'Riktlinje för stöd till anhöriga' },
        { text: 'Riktlinjen gäller för socialnämndens verksamheter från och med den första januari.' },
        { text: '3. Målgrupper' },
        { text: 'Alla som vårdar eller stödjer en närstående kan få hjälp, oavsett ålder.' },
        { text: '4. Uppföljning' },
        { text: 'Socialnämnden följer upp riktlinjen varje år och reviderar den vid behov.' },
      ],
      'riktlinje',
    );
    expect(headingEntries(imported.body).map((h) => h.heading)).toEqual(expect.arrayContaining(['3. Målgrupper', '4. Uppföljning']));
    expect(requirements.uppfoljning!.status).toBe('present');
  });

  it('a short bold line or a sentence in bold with nothing under it is no heading', async () => {
    const { imported } = await checkWord(
      [
        { text: 'Kommunen har ett anhörigstöd som riktar sig till alla som vårdar en närstående i hemmet.' },
        { bold: 'Stödet är gratis och kräver inget biståndsbeslut.' },
        { text: 'Ring anhörigkonsulenten för att boka ett samtal om vilket stöd som passar dig bäst.' },
        { bold: 'Välkommen' },
      ],
      'riktlinje',
    );
    expect(headingEntries(imported.body)).toEqual([]);
  });
});
