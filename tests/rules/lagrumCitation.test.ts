import { describe, expect, it } from 'vitest';
import { importFile } from '../../core/import/importFile.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { readDataDir } from '../helpers/dataFiles.js';

// No time budget: these judgements must not depend on how loaded the machine is.
const engine = new RuleEngine(loadRuleFiles(readDataDir('rules')).ruleSet, { ruleBudgetMs: Infinity });

async function lagrum(text: string) {
  const imported = await importFile('test.txt', new TextEncoder().encode(text));
  const { doc } = prepareForCheck(imported, { kind: 'riktlinje', date: '2026-11-23', today: '2026-11-23' });
  return engine.check(doc).requirements.find((r) => r.id === 'lagrum')!;
}

describe('lagrum: a cited chapter or paragraph of socialtjänstlagen, in any usual spelling', () => {
  it.each([
    ['chapter written out', 'Den som ger omsorg till en närstående ska erbjudas stöd enligt 5 kapitlet 10 § socialtjänstlagen.'],
    ['new law with its SFS number', 'Vi bygger stödet på 10 kap. 1 § socialtjänstlagen (2025:400) och på nämndens egna mål.'],
    ['short colon form', 'Kommunens skyldighet att stödja den som vårdar någon följer av SoL 5:10.'],
    ['abbreviation after the paragraph', 'Avlösning i hemmet erbjuds enligt 5 kap. 10 § SoL.'],
    ['law name before the chapter', 'Nämndens ansvar framgår av socialtjänstlagen 13 kap. 8 §, som gäller sedan sommaren 2025.'],
    ['genitive law name', 'Socialtjänstlagens 5 kap. 10 § gör stödet till en skyldighet för kommunen.'],
    ['a bare paragraph with the law named in the same paragraph', 'Socialtjänstlagen styr arbetet med stöd till anhöriga. Skyldigheten att erbjuda stöd står i 5 kapitlet 10 §.'],
  ])('%s counts', async (_, text) => {
    const r = await lagrum(text);
    expect(r.status).toBe('present');
    expect(r.evidence?.reason).toBeTruthy();
  });

  it('the bare name of the law does not count', async () => {
    expect((await lagrum('Socialtjänstlagen ger kommunen ett ansvar för att stödja anhöriga.')).status).toBe('missing');
    expect((await lagrum('Stödet ges med stöd av socialtjänstlagen (2025:400).')).status).toBe('missing');
  });

  it('a chapter of another law does not count, even beside the name socialtjänstlagen', async () => {
    expect((await lagrum('Nämnden arbetar utifrån socialtjänstlagen, och enligt 6 kap. 6 § kommunallagen ska nämnden se till att verksamheten följs upp.')).status).toBe('missing');
  });

  it('a citation inside quoted law text is not evidence; the source given after the quotation is', async () => {
    expect((await lagrum('”Den som vårdar en närstående ska få stöd, se 5 kap. 10 § SoL.”')).status).toBe('missing');
    expect((await lagrum('”Stöd ges enligt 5 kap. 10 § SoL. Det gäller alla som vårdar en närstående.”')).status).toBe('missing');
    expect((await lagrum('”Socialnämnden ska erbjuda stöd till den som vårdar en närstående.” 5 kap. 10 § socialtjänstlagen.')).status).toBe('present');
  });
});

describe('outdated law: the citation finding reads the same spellings as the requirement', () => {
  async function outdated(text: string, date: string) {
    const imported = await importFile('test.txt', new TextEncoder().encode(text));
    const { doc } = prepareForCheck(imported, { kind: 'riktlinje', date, today: date });
    return engine.check(doc).findings.filter((f) => f.rule === 'inaktuellt-lagrum');
  }

  it.each([
    ['short colon form', 'Stödet till den som vårdar en närstående ges enligt SoL 5:10.', 'SoL 5:10'],
    ['law name before the chapter', 'Enligt socialtjänstlagen 5 kap. 10 § ska nämnden erbjuda stöd.', 'socialtjänstlagen 5 kap. 10 §'],
    ['genitive law name', 'Socialtjänstlagens 5 kap. 10 § ålägger nämnden att erbjuda stöd.', 'Socialtjänstlagens 5 kap. 10 §'],
  ])('%s of the repealed provision is flagged in a 2026 document, not in a 2024 one', async (_, text, cited) => {
    const found = await outdated(text, '2026-03-01');
    expect(found).toHaveLength(1);
    expect(found[0]!.found ?? cited).toBe(cited);
    expect(found[0]!.replacement).toBe('13 kap. socialtjänstlagen (2025:400)');
    expect(await outdated(text, '2024-03-01')).toHaveLength(0);
  });

  it('a chapter of the old law by its SFS number is named without a paragraph it does not give', async () => {
    const found = await outdated('Stödet bygger på 5 kap. socialtjänstlagen (2001:453).', '2026-03-01');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).not.toContain('null');
    expect(found[0]!.message).toContain('5 kap. socialtjänstlagen (2001:453)');
  });
});
