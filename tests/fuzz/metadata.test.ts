import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadRuleFiles, RuleEngine } from '../../core/rules/engine.js';
import { loadTemplates } from '../../core/model/templates.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { importFile } from '../../core/import/importFile.js';
import { readDataDir } from '../helpers/dataFiles.js';
import { recordFuzz } from './record.js';

/**
 * Metadata fields are typed by people: any key and value, odd dates and
 * diarienummer included, must give a check result (unusual values are
 * findings, never errors), within 10 s.
 */
describe('metadata fields', () => {
  it('any keys and values give a check result; odd dates and diarienummer are findings', async () => {
    const { ruleSet } = loadRuleFiles(readDataDir('rules'));
    const patterns = loadTemplates(readDataDir('templates')).metadata.diarienummer;
    const engine = new RuleEngine(ruleSet, { diarienummerPatterns: patterns });
    const imported = await importFile('prov.txt', new TextEncoder().encode('Riktlinje\n\nSyfte\nNämnden ger stöd till anhöriga.\n'));
    const value = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('2026-02-30', '0000-00-00', '9999-99-99', '2026-1-1', '', ' ', 'KS 2026/', '/', 'KS  2026 / 12', '\u0000', '\ud800', 'a'.repeat(2000)),
    );
    const key = fc.oneof(fc.constantFrom('title', 'datum', 'diarienummer', 'handlaggare', 'gallerFran', 'sesOverSenast', '__proto__', 'constructor', 'toString', 'valueOf'), fc.string({ maxLength: 20 }));
    let cases = 0;
    let worst = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), fc.option(fc.constantFrom('2026-02-30', 'igår', '2026-01-01'), { nil: undefined }), (pairs, date) => {
        const metadata: Record<string, string> = {};
        for (const [k, v] of pairs) Object.defineProperty(metadata, k, { value: v, enumerable: true, writable: true, configurable: true });
        const started = performance.now();
        const result = engine.check(prepareForCheck({ ...imported, metadata }, { today: '2026-02-01', date: date && /^\d{4}-\d\d-\d\d$/.test(date) ? date : undefined }).doc);
        const ms = performance.now() - started;
        cases++;
        worst = Math.max(worst, ms);
        expect(ms).toBeLessThan(10_000);
        expect(Array.isArray(result.findings)).toBe(true);
        for (const f of result.findings) expect(typeof f.message).toBe('string');
      }),
      { numRuns: 400 },
    );
    const odd = engine.check(prepareForCheck({ ...imported, metadata: { datum: '2026-13-40', diarienummer: '???' } }, { today: '2026-02-01' }).doc);
    expect(odd.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['datum-format', 'diarienummer-format']));
    recordFuzz('metadata fields: random keys and values through the rule check', cases, worst);
  }, 120_000);
});
