import { describe, expect, it } from 'vitest';
import { importFile } from '../../core/import/importFile.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { readDataDir } from '../helpers/dataFiles.js';

// No time budget: these judgements must not depend on how loaded the machine is.
const engine = new RuleEngine(loadRuleFiles(readDataDir('rules')).ruleSet, { ruleBudgetMs: Infinity });

async function remissvar(text: string) {
  const imported = await importFile('flat.txt', new TextEncoder().encode(text));
  const { doc } = prepareForCheck(imported, { kind: 'remissvar', date: '2026-11-23', today: '2026-11-23' });
  return Object.fromEntries(engine.check(doc).requirements.map((r) => [r.id, r]));
}

const SUMMARY = 'Kommunen välkomnar att stödet samlas hos en huvudman men anser att finansieringen måste vara klar innan reformen börjar gälla.';
const BACKGROUND = 'Departementet har skickat promemorian på remiss till kommuner och regioner och vill ha svaren före sommaren, eftersom ändringarna ska gälla från nästa år.';

describe('section names run into flattened text count as headings when text follows', () => {
  it('after a full stop', async () => {
    const r = await remissvar(`Yttrande över promemorian om ett samlat stöd. Sammanfattning ${SUMMARY} Bakgrund ${BACKGROUND}`);
    expect(r.sammanfattning!.status).toBe('present');
    expect(r.bakgrund!.status).toBe('present');
    expect(r.sammanfattning!.evidence?.reason).toMatch(/löptext/);
  });

  it('where the text before lost its full stop, and with a colon', async () => {
    const r = await remissvar(`Förslag till beslut Nämnden föreslås besluta att lämna yttrande enligt förvaltningens förslag Sammanfattning: ${SUMMARY} Ärendet ${BACKGROUND}`);
    expect(r.sammanfattning!.status).toBe('present');
    expect(r.bakgrund!.status).toBe('present');
  });

  it('a section name with no text of its own before the next one does not count', async () => {
    const r = await remissvar(`Yttrande över promemorian om ett samlat stöd. Sammanfattning Bakgrund ${BACKGROUND}`);
    expect(r.sammanfattning!.status).toBe('missing');
    expect(r.bakgrund!.status).toBe('present');
  });

  it('the same word used in a sentence is no heading', async () => {
    const r = await remissvar(
      `Yttrande över promemorian om ett samlat stöd. Sammanfattningsvis redovisas här hur arbetet med yttrandet har gått till. Bakgrunden till förslaget är att stödet i dag är splittrat mellan många aktörer. Ärendet har beretts av förvaltningen tillsammans med ekonomiavdelningen och juristerna.`,
    );
    expect(r.sammanfattning!.status).toBe('missing');
    expect(r.bakgrund!.status).toBe('missing');
  });
});
