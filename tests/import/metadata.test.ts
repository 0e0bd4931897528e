import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../core/import/importFile.js';
import { isoDate, metadataFromText } from '../../core/import/metadataFromText.js';
import { ROOT, hasSeeds, readSeed } from '../helpers/dataFiles.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'docs');

/** A corpus text without its three "# " provenance lines, as the document itself. */
async function importCorpus(file: string) {
  const text = readFileSync(join(CORPUS, file), 'utf8').split('\n').filter((l) => !l.startsWith('# ')).join('\n');
  return importFile(file, new TextEncoder().encode(text));
}

describe('metadata from the header block and first page', () => {
  it('reads Swedish dates in words and as ISO, and refuses impossible ones', () => {
    expect(isoDate('den 13 december 2022')).toBe('2022-12-13');
    expect(isoDate('13 maj 2020 § 137')).toBe('2020-05-13');
    expect(isoDate('2025-06-16')).toBe('2025-06-16');
    expect(isoDate('31 februari 2024')).toBeNull();
  });

  it('fills only what is empty, from lines written in words', () => {
    const found = metadataFromText(
      ['Antaget av kommunfullmäktige 2025-11-20, § 118. Dnr KS 2025/77.', 'Dokumentansvarig: Socialchef', 'Handläggare ska alltid informera den anhörige.'],
      { datum: '2025-01-01' },
    );
    expect(found).toEqual({ beslutsinstans: 'Kommunfullmäktige', diarienummer: 'KS 2025/77', dokumentansvarig: 'Socialchef' });
  });

  it('reads a motion reply: motionär with party, when the motion was raised, and its §', () => {
    const found = metadataFromText(['Karin Lund (V) väckte den 4 mars 2024, § 31, en motion om avlösning i hemmet.'], {});
    expect(found).toEqual({ motionar: 'Karin Lund (V)', motionDatum: '2024-03-04', motionParagraf: '§ 31' });
  });

  it('reads a remiss: who sent it, their diarienummer, the answer deadline', () => {
    const found = metadataFromText(['Remiss från Socialdepartementet om en ny lag (SOU 2024:60), dnr S2024/01234.', 'Remissen ska besvaras senast den 15 januari 2025.'], {});
    expect(found).toEqual({ remissAvsandare: 'Socialdepartementet', remissDiarienummer: 'S2024/01234', svarsdatum: '2025-01-15' });
  });

  it.skipIf(!hasSeeds)('seed 000: header, title and the motion', async () => {
    const doc = await importFile('000.txt', new TextEncoder().encode(readSeed('000')));
    expect(doc.metadata).toMatchObject({
      title: 'Svar på motion gällande kommunalt anhörigbidrag',
      datum: '2023-07-03',
      diarienummer: '2022.625 KS',
      handlaggare: 'Jenny Hellsten',
      motionar: 'Birgit Börjesson (S)',
      motionDatum: '2022-11-23',
      motionParagraf: '§ 269',
    });
  });

  it.skipIf(!hasSeeds)('seed 004: the title and the answer deadline of the remiss', async () => {
    const doc = await importFile('004.txt', new TextEncoder().encode(readSeed('004')));
    expect(doc.metadata).toMatchObject({ title: 'Svar på remiss från kommunstyrelsen', svarsdatum: '2020-12-11', remissAvsandare: 'Kommunstyrelsen' });
  });

  it.skipIf(!existsSync(CORPUS))('corpus headers: decided when and by whom, diarienummer, dokumentansvarig, title from the first line', async () => {
    expect((await importCorpus('02_riktlinje_harjedalen.txt')).metadata).toMatchObject({
      title: 'Riktlinjer för anhörigstöd inom socialförvaltningen',
      beslutsinstans: 'Kommunstyrelsen',
      datum: '2020-05-13',
      diarienummer: 'KS 2020/273',
    });
    expect((await importCorpus('04_riktlinje_botkyrka-handlaggning.txt')).metadata).toMatchObject({
      diarienummer: 'VON/2022:00276',
      beslutsinstans: 'Vård- och omsorgsnämnden',
      datum: '2022-12-13',
      dokumentansvarig: 'Kvalitetschef',
    });
    const fees = await importCorpus('05_riktlinje_botkyrka-avgifter.txt');
    expect(fees.metadata).toMatchObject({ diarienummer: 'VON 2025:00149', datum: '2025-06-16', dokumentansvarig: 'Central förvaltning, Kvalitet och utredning' });
    // What the header lines prove stays in the text the checklist reads.
    expect(fees.body.textContent).toContain('För uppföljning av dokumentet ansvarar');
    expect((await importCorpus('10_remissvar_malmo.txt')).metadata).toMatchObject({ remissAvsandare: 'Socialdepartementet' });
  });
});
