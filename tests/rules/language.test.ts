import { describe, expect, it } from 'vitest';
import { importFile } from '../../core/import/importFile.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { buildCheckDocument } from '../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { loadTemplates } from '../../core/model/templates.js';
import { bodyFromTemplate } from '../../core/model/document.js';
import { schema } from '../../core/model/schema.js';
import type { DocumentKind } from '../../core/model/kinds.js';
import { readDataDir } from '../helpers/dataFiles.js';

// No time budget: these judgements must not depend on how loaded the machine is.
const engine = new RuleEngine(loadRuleFiles(readDataDir('rules')).ruleSet, { ruleBudgetMs: Infinity });

async function check(text: string, kind: DocumentKind, date = '2026-11-23') {
  const imported = await importFile('test.txt', new TextEncoder().encode(text));
  const { doc } = prepareForCheck(imported, { kind, date, today: date });
  return Object.fromEntries(engine.check(doc).requirements.map((r) => [r.id, r]));
}

describe('judgements that read sentences, not keywords', () => {
  it('a negated sentence is a stance on economic support; a matter left open is not', async () => {
    expect((await check('Kommunen erbjuder inte längre något anhörigbidrag.', 'riktlinje'))['ekonomiskt-stod']!.status).toBe('present');
    expect((await check('Nämnden har beslutat att inte införa ersättning till anhöriga som vårdar.', 'riktlinje'))['ekonomiskt-stod']!.status).toBe('present');
    expect((await check('Frågan om ersättning till anhöriga ska utredas under året.', 'riktlinje'))['ekonomiskt-stod']!.status).toBe('missing');
  });

  it('every ✓ carries its sentence and why it counts', async () => {
    const r = (await check('Hemvårdsbidraget togs bort 2020 och har inte ersatts av något annat.', 'riktlinje'))['ekonomiskt-stod']!;
    expect(r.status).toBe('present');
    expect(r.evidence?.text).toContain('Hemvårdsbidraget');
    expect(r.evidence?.reason).toMatch(/erbjuds inte/);
  });

  it('words without the meaning do not count', async () => {
    const staff = await check('Alla anhöriga ska mötas med respekt. Personalen på korttidsboendet går en utbildning om demens.', 'riktlinje');
    expect(staff.malgrupper!.status).toBe('missing');
    expect((await check('Barnet ska få säga sitt om den samordnade planen.', 'riktlinje'))['barn-som-anhoriga']!.status).toBe('missing');
    expect((await check('Alla har ett ansvar för att anhöriga får stöd.', 'riktlinje')).ansvarsfordelning!.status).toBe('missing');
  });

  it('meaning without the words counts', async () => {
    expect((await check('Hjälper du din mamma eller din sambo som har en kronisk sjukdom kan du få stöd av oss.', 'riktlinje')).malgrupper!.status).toBe('present');
    expect((await check('Biståndshandläggaren prövar behovet och anhörigkonsulenten leder träffarna.', 'riktlinje')).ansvarsfordelning!.status).toBe('present');
    expect((await check('Omsorgsnämnden föreslås besluta att motionen anses besvarad.', 'motionssvar'))['forslag-till-beslut']!.status).toBe('present');
    expect((await check('En ny broschyr ska tas fram under hösten 2027.', 'program'))['atgarder-tidplan']!.status).toBe('present');
    expect((await check('Enligt 13 kapitlet 9 § socialtjänstlagen ska nämnden erbjuda stöd.', 'riktlinje')).lagrum!.status).toBe('present');
  });

  it('a past year is an account, not a plan', async () => {
    expect((await check('Avlösning i hemmet infördes 2019 och utökades 2021.', 'program', '2026-01-10'))['atgarder-tidplan']!.status).toBe('missing');
  });

  it('text flattened onto one line keeps its judgements', async () => {
    const flat =
      'Riktlinje för stöd till anhöriga Syfte Riktlinjen ska bidra till att anhöriga orkar. Ansvar Socialnämnden ansvarar för att riktlinjen följs upp, t.ex. genom årlig uppföljning. Ekonomi Kommunen har inget anhörigbidrag, se i stället närståendepenning hos Försäkringskassan.';
    const r = await check(flat, 'riktlinje');
    expect([r.ansvarsfordelning!.status, r['ekonomiskt-stod']!.status, r.uppfoljning!.status]).toEqual(['present', 'present', 'present']);
  });
});

describe('a timeline in a table', () => {
  const { table, table_row, table_header, table_cell, paragraph, doc } = schema.nodes;
  const cell = (type: typeof table_cell, text: string) => type.create(null, paragraph.create(null, text ? schema.text(text) : null));
  const body = (...rows: string[][]) =>
    doc.create(null, [
      paragraph.create(null, schema.text('Programmet gäller stödet till anhöriga.')),
      table.create(null, [table_row.create(null, ['Åtgärd', 'Ansvarig', 'Klart senast'].map((t) => cell(table_header, t))), ...rows.map((r) => table_row.create(null, r.map((t) => cell(table_cell, t))))]),
    ]);
  const timeline = (b: ReturnType<typeof body>) =>
    engine.check(buildCheckDocument(b, { kind: 'program', date: '2026-11-23', metadata: {} })).requirements.find((r) => r.id === 'atgarder-tidplan')!;

  it('a row with an action and a date counts', () => {
    const r = timeline(body(['Samtalsgrupp för unga anhöriga', 'Anhörigkonsulent', 'mars 2027']));
    expect(r.status).toBe('present');
    expect(r.evidence?.reason).toMatch(/tabellrad/);
  });

  it('the header row alone, or rows without dates, do not', () => {
    expect(timeline(body()).status).toBe('missing');
    expect(timeline(body(['Samtalsgrupp för unga anhöriga', 'Anhörigkonsulent', '']))).toMatchObject({ status: 'missing' });
  });
});

describe('an untouched template meets no content requirement', () => {
  const templates = loadTemplates(readDataDir('templates')).templates;
  it.each(['riktlinje', 'program', 'motionssvar', 'remissvar'] as DocumentKind[])('%s', (kind) => {
    const body = bodyFromTemplate(templates[kind]!);
    const result = engine.check(buildCheckDocument(body, { kind, date: '2026-11-23', metadata: {} }));
    expect(result.requirements.filter((r) => r.status === 'present').map((r) => r.id)).toEqual([]);
  });
});

describe('shared word lists', () => {
  it('an unknown list is an error with file and line; the other packs still load', () => {
    const pack = 'pack: egen\nrequirements:\n  - id: x\n    title: X\n    severity: info\n    message: m\n    explanation: e\n    source: s\n    evidence:\n      - content: { all: [["@finnsinte"]] }\n';
    const { errors, ruleSet } = loadRuleFiles([...readDataDir('rules'), { path: 'egen.yaml', text: pack }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'egen.yaml', line: 10 });
    expect(errors[0]!.message).toContain('@finnsinte');
    expect(ruleSet.packs.length).toBeGreaterThan(3);
  });
});
