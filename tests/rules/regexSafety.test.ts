import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '../../core/model/schema.js';
import { buildCheckDocument } from '../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { formatDataFileError, type DataFile } from '../../core/data/loadYaml.js';
import { regexCheck } from '../../io/regexSafety.js';
import { run } from '../../cli/styrdok.js';
import { readDataDir, ROOT, termPackFile } from '../helpers/dataFiles.js';

/** A municipality's pack must not be able to freeze the review or the CLI (issue 11). */
const check = regexCheck(ROOT);
const termPack = (term: string): DataFile => termPackFile('regler/kommun.yaml', 'egen-regel', ['anhörigstöd', term]);
const paragraphDoc = (text: string) =>
  buildCheckDocument(schema.nodes.doc.create(null, schema.nodes.paragraph.create(null, schema.text(text))), { kind: 'riktlinje', date: '2026-01-01', metadata: {} });

describe('regexes that backtrack catastrophically', () => {
  it('are refused when the pack loads, with file, line and the reason', () => {
    for (const term of ['re:(a+)+$', 're:(\\p{L}+\\s?)+kommun', 're:(a*)*b']) {
      const { errors, accepted } = loadRuleFiles([termPack(term)], { regexCheck: check });
      expect(accepted).toEqual([]);
      expect(formatDataFileError(errors[0]!)).toMatch(/^regler\/kommun\.yaml:10: rules\.0\.check\.terms\.1: ogiltig term .*orimligt lång tid/);
    }
  });

  it('leave ordinary patterns, and the app\'s own packs, alone', () => {
    expect(loadRuleFiles([termPack('re:narstaendepenning(en)?\\s+fran\\s+kommun\\p{L}*')], { regexCheck: check }).errors).toEqual([]);
    const own = readDataDir('rules');
    expect(loadRuleFiles(own, { regexCheck: check }).errors).toEqual([]);
  });

  it('would really have hung: the refused pattern takes super-linear time on a short attack text', () => {
    const re = /(?:(a+)+$)/u;
    const started = performance.now();
    re.test('a'.repeat(22) + '!');
    expect(performance.now() - started).toBeGreaterThan(20);
  });

  it('the CLI refuses such a pack and still checks with the others, without hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrdok-regex-'));
    const packs = join(dir, 'regler');
    mkdirSync(packs);
    writeFileSync(join(packs, 'kommun.yaml'), termPack('re:(a+)+$').text);
    const doc = join(dir, 'lang.txt');
    writeFileSync(doc, `Riktlinje för anhörigstöd\n\nSyfte\n${'Nämnden ger stöd till anhöriga. '.repeat(1_500)}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n`);
    let out = '';
    let err = '';
    const started = performance.now();
    const code = await run(['check', '--pack', packs, doc], { out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) }, appRoot: ROOT });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(code).toBe(2);
    expect(err).toMatch(/kommun\.yaml:10: .*orimligt lång tid/);
    expect(out).toContain('Krav:');
  }, 30_000);
});

describe('a rule too slow for the text at hand', () => {
  it('is turned off after two slow checks in a row and reported by id, file and line', () => {
    // ".*q" passes static analysis but is quadratic in a long paragraph without "q".
    const loaded = loadRuleFiles([termPack('re:.*q')], { regexCheck: check });
    expect(loaded.errors).toEqual([]);
    const engine = new RuleEngine(loaded.ruleSet);
    const doc = paragraphDoc('anhorig '.repeat(5_000));
    expect(engine.check(doc).findings.some((f) => f.message.includes('har stängts av'))).toBe(false);
    const first = engine.check(paragraphDoc('anhorig '.repeat(5_000) + 'x'));
    const off = first.findings.find((f) => f.message.includes('har stängts av'));
    expect(off).toMatchObject({ rule: 'egen-regel', severity: 'varning', location: null });
    expect(off!.message).toContain('regler/kommun.yaml:3');
    const started = performance.now();
    const second = engine.check(paragraphDoc('anhorig '.repeat(5_001)));
    expect(performance.now() - started).toBeLessThan(150);
    expect(second.findings.filter((f) => f.rule === 'egen-regel')).toHaveLength(1);
  }, 60_000);
});
