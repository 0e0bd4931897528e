import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../core/import/importFile.js';
import { parsePlainText, joinWrapped } from '../../core/import/plainText.js';
import { headingEntries } from '../../core/model/outline.js';
import { ROOT, hasSeeds, readSeed } from '../helpers/dataFiles.js';

const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/text', name)));

describe('plain text import', () => {
  it('turns a hard-wrapped extraction into headings, paragraphs, lists and metadata', async () => {
    const doc = await importFile('riktlinje.txt', fixture('riktlinje-hardwrapped.txt'));
    expect(doc.metadata).toMatchObject({
      datum: '2026-02-10',
      instans: 'Socialnämnden',
      handlaggare: 'Karin Ek',
      diarienummer: 'SN 2026/41',
      title: 'Riktlinje för stöd till anhöriga i Exempelby kommun',
    });
    expect(headingEntries(doc.body).map((h) => [h.heading, h.level])).toEqual([
      ['1 Inledning', 1],
      ['2 Målgrupper', 1],
      ['2.1 Barn som anhöriga', 2],
      ['Former av stöd', 1],
      ['Ekonomiskt stöd', 1],
    ]);
    const paragraphs: string[] = [];
    doc.body.forEach((n) => paragraphs.push(`${n.type.name}: ${n.textContent}`));
    // Wrapped lines become one paragraph.
    expect(paragraphs).toContain(
      'paragraph: Socialnämnden ska erbjuda stöd till den som vårdar eller stödjer en närstående. Riktlinjen beskriver hur stödet är ordnat och vem som ansvarar för vad inom hela förvaltningen.',
    );
    // Footnote digits are split from their words; "hälso- och" keeps its hyphen; "Försäkrings-kassan" is mended.
    const text = doc.body.textContent;
    expect(text).toContain('funktionsnedsättning¹');
    expect(text).toContain('hälso- och sjukvården² och av skolan');
    expect(text).toContain('Hälso- och sjukvården ansvarar');
    expect(text).toContain('närståendepenning hos Försäkringskassan');
    expect(text).toContain('senast 2020-12-11');
    // The bullet list keeps its three items, the wrapped one joined.
    const list = paragraphs.find((p) => p.startsWith('bullet_list'));
    expect(list).toBe(
      'bullet_list: enskilda samtal med anhörigsamordnare,samtalsgrupper för anhöriga som vårdar en närstående med demens,avlösning i hemmet.',
    );
    // A lone page number is not text.
    expect(paragraphs.at(-1)).not.toMatch(/^paragraph: 3$/);
    expect(doc.suggestedKind).toBe('riktlinje');
  });

  it('joins wrapped lines without breaking dates or "hälso- och"', () => {
    expect(joinWrapped(['besvaras senast 2020-', '12-11.'])).toBe('besvaras senast 2020-12-11.');
    expect(joinWrapped(['hälso-', 'och sjukvården'])).toBe('hälso- och sjukvården');
    expect(joinWrapped(['sam-', 'verkan'])).toBe('samverkan');
  });

  it('refuses a binary file named .txt and an empty file with a Swedish reason', async () => {
    const binary = new Uint8Array(2048).map((_, i) => (i * 37) % 256);
    await expect(importFile('bild.txt', binary)).rejects.toThrow(/inte en textfil/);
    await expect(importFile('tom.txt', new Uint8Array())).rejects.toThrow(/tom/);
    await expect(importFile('data.xlsx', new Uint8Array([1]))).rejects.toThrow(/stöds inte/);
  });

  it('reads Windows-1252 text', async () => {
    const bytes = new Uint8Array(Buffer.from('Ärendebeskrivning\n\nNämnden föreslår avslag.\n', 'latin1'));
    const doc = await importFile('gammal.txt', bytes);
    expect(doc.body.textContent).toContain('Nämnden föreslår avslag.');
  });

  it('reads markdown headings, lists and header lines', async () => {
    const md = 'Diarienr: KS 2020/923\n\n# Svar på motion om anhörigstöd\n\n## Ärendebeskrivning\n\nText **fet**.\n\n- ett\n- två\n\n1. första\n2. andra\n\n| A | B |\n|---|---|\n| 1 | 2 |\n';
    const doc = await importFile('svar.md', new TextEncoder().encode(md));
    expect(doc.metadata.diarienummer).toBe('KS 2020/923');
    expect(doc.metadata.title).toBe('Svar på motion om anhörigstöd');
    const types: string[] = [];
    doc.body.forEach((n) => types.push(n.type.name));
    expect(types).toEqual(['heading', 'paragraph', 'bullet_list', 'ordered_list', 'table']);
    expect(doc.suggestedKind).toBe('motionssvar');
  });
});

describe.skipIf(!hasSeeds)('plain text import of the seeds', () => {
  it('finds the header, title and sections of seed 000 (svar på motion)', async () => {
    const doc = await importFile('000.txt', new TextEncoder().encode(readSeed('000')));
    expect(doc.metadata).toMatchObject({ datum: '2023-07-03', instans: 'Kommunstyrelsen', diarienummer: '2022.625 KS', handlaggare: 'Jenny Hellsten' });
    expect(doc.metadata.title).toBe('Svar på motion gällande kommunalt anhörigbidrag');
    const headings = headingEntries(doc.body).map((h) => h.heading);
    expect(headings).toEqual(expect.arrayContaining(['Ärendebeskrivning', 'Förvaltningens yttrande']));
    expect(doc.suggestedKind).toBe('motionssvar');
  });

  it('finds the sections of seed 002 (riktlinje) and separates its footnote digits', async () => {
    const doc = await importFile('002.txt', new TextEncoder().encode(readSeed('002')));
    const headings = headingEntries(doc.body).map((h) => h.heading);
    expect(headings).toEqual(expect.arrayContaining(['Inledning', 'Definitioner av begrepp', 'Bakgrund']));
    expect(doc.body.textContent).toContain('funktionsnedsättning¹');
    expect(doc.suggestedKind).toBe('riktlinje');
  });

  it('finds the sections of seed 004 (remissvar)', async () => {
    const doc = await importFile('004.txt', new TextEncoder().encode(readSeed('004')));
    const headings = headingEntries(doc.body).map((h) => h.heading);
    expect(headings).toEqual(expect.arrayContaining(['Förslag till beslut', 'Sammanfattning', 'Bakgrund', 'Ärendets beredning']));
    expect(doc.suggestedKind).toBe('remissvar');
  });
});

describe('parsePlainText', () => {
  it('does not take a wrapped sentence for a heading', () => {
    const { blocks } = parsePlainText('Nämnden har beslutat att\nStödet ska utökas till alla.\n');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('reads hand-numbered lines one after the other as lines of a list, numbered sections with text as headings', () => {
    const text = [
      '1. Inledning',
      'Förvaltningen har fått remissen och lämnar här sitt svar.',
      '',
      '2. Synpunkter',
      'Förvaltningen tillstyrker förslaget i stort.',
      '',
      'Bilagor',
      '1. Remiss från kommunstyrelsen',
      '2. Förslag till program för anhörigstöd',
    ].join('\n');
    const { blocks } = parsePlainText(text);
    const headings = blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['1. Inledning', '2. Synpunkter', 'Bilagor']);
    const texts = blocks.map((b) => (b as { text?: string }).text);
    expect(texts).toContain('1. Remiss från kommunstyrelsen');
    expect(texts).toContain('2. Förslag till program för anhörigstöd');
  });
});
