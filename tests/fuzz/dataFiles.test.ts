import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadRuleFiles, RuleEngine } from '../../core/rules/engine.js';
import { loadTemplates } from '../../core/model/templates.js';
import { loadYaml, type DataFile } from '../../core/data/loadYaml.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { importFile } from '../../core/import/importFile.js';
import { readExtraRuleFiles, readRuleFiles, readYamlFolder } from '../../io/dataFiles.js';
import { regexCheck } from '../../io/regexSafety.js';
import { readDataDir, ROOT } from '../helpers/dataFiles.js';
import { recordFuzz, timed } from './record.js';
import { z } from 'zod';

/**
 * Rule packs and templates are data from a municipality's folder: any text
 * must end in a result or a Swedish error naming the file, within 10 s, with
 * nothing evaluated as code and nothing read outside the folder.
 */
const RULES = readDataDir('rules');
const TEMPLATES = readDataDir('templates');
const SWEDISH = /[åäö]|fel|saknas|nyckel|värde|Filen|kunde inte|för/i;

function loadBoth(files: DataFile[]) {
  const rules = loadRuleFiles(files);
  const templates = loadTemplates(files.map((f) => ({ ...f, path: f.path.replace(/^rules\//, 'templates/') })));
  for (const e of [...rules.errors, ...templates.errors]) {
    expect(e.path).toBeTruthy();
    expect(e.message).toMatch(SWEDISH);
  }
  return rules;
}

const sampleText = 'Riktlinje för anhörigstöd\n\nDatum: 2026-01-15\n\nSyfte\nNämnden ska erbjuda stöd enligt 5 kap. 10 § SoL.\n\nMålgrupper\nAnhöriga till äldre. Närståendepenning från kommunen.\n';

async function checkWith(files: DataFile[]) {
  const { ruleSet } = loadRuleFiles(files);
  const engine = new RuleEngine(ruleSet);
  const imported = await importFile('prov.txt', new TextEncoder().encode(sampleText));
  return engine.check(prepareForCheck(imported, { today: '2026-02-01' }).doc);
}

/** Small random edits of a real file: lines dropped, doubled, swapped, characters inserted. */
const mutatedFile = (files: DataFile[]) =>
  fc.tuple(fc.nat(files.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'insert', 'indent'), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 })).map(([i, edits]) => {
    const file = files[i]!;
    const lines = file.text.split('\n');
    for (const [at, op, s] of edits) {
      const n = at % lines.length;
      if (op === 'drop') lines.splice(n, 1);
      else if (op === 'dup') lines.splice(n, 0, lines[n]!);
      else if (op === 'insert') lines[n] = lines[n]!.slice(0, s.length) + s + lines[n]!.slice(s.length);
      else lines[n] = '  ' + lines[n];
    }
    return { path: file.path, text: lines.join('\n') };
  });

describe('rule packs and templates as hostile data', () => {
  it('random text, random YAML values and mutated real packs: a result or a Swedish error, never a throw', async () => {
    let cases = 0;
    let worst = 0;
    const run = async (files: DataFile[]) => {
      const { ms } = await timed(() => loadBoth(files));
      cases++;
      worst = Math.max(worst, ms);
      expect(ms).toBeLessThan(10_000);
    };
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 2000 }), (text) => run([{ path: 'regler/slump.yaml', text }])), { numRuns: 200 });
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), (value) => run([{ path: 'regler/json.yaml', text: stringify(value) }])), { numRuns: 200 });
    await fc.assert(fc.asyncProperty(mutatedFile(RULES), (file) => run([...RULES.filter((f) => f.path !== file.path), file])), { numRuns: 150 });
    await fc.assert(fc.asyncProperty(mutatedFile(TEMPLATES), (file) => run([file])), { numRuns: 150 });
    recordFuzz('rule packs and templates: random and mutated YAML', cases, worst);
  }, 120_000);

  it('a mutated pack that still loads checks a document without throwing', async () => {
    let cases = 0;
    let worst = 0;
    await fc.assert(
      fc.asyncProperty(mutatedFile(RULES), async (file) => {
        const { ms, error } = await timed(() => checkWith([...RULES.filter((f) => f.path !== file.path), file]));
        cases++;
        worst = Math.max(worst, ms);
        expect(error).toBeUndefined();
        expect(ms).toBeLessThan(10_000);
      }),
      { numRuns: 60 },
    );
    recordFuzz('rule packs: mutated packs used for a check', cases, worst);
  }, 120_000);

  it('keys like __proto__ and constructor are plain data: no prototype is polluted', async () => {
    const text = [
      'pack: __proto__',
      'description: x',
      '__proto__: { polluted: ja }',
      'constructor: { prototype: { polluted: ja } }',
      'rules: []',
    ].join('\n');
    const rules = loadRuleFiles([{ path: 'regler/proto.yaml', text }]);
    expect(rules.errors[0]?.message ?? '').toMatch(SWEDISH);
    const plain = loadYaml({ path: 'x.yaml', text: '__proto__: { polluted: ja }\na: 1' }, z.record(z.string(), z.unknown()));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (plain.ok) expect(Object.getPrototypeOf(plain.value)).toBe(Object.prototype);
  });

  it('metadata with keys like __proto__, constructor and toString is checked like any other', async () => {
    const { ruleSet } = loadRuleFiles(RULES);
    const engine = new RuleEngine(ruleSet);
    const imported = await importFile('prov.txt', new TextEncoder().encode(sampleText));
    const metadata = JSON.parse('{"__proto__": "x", "constructor": "y", "toString": "z", "hasOwnProperty": "w", "diarienummer": "KS 2026/1"}') as Record<string, string>;
    const result = engine.check(prepareForCheck({ ...imported, metadata }, { today: '2026-02-01' }).doc);
    expect(result.requirements.length).toBeGreaterThan(0);
  });

  it('refuses deep nesting, alias bombs and huge files with a Swedish message', () => {
    const deep = [
      'a: ' + '['.repeat(20_000) + ']'.repeat(20_000),
      'a: ' + '{b: '.repeat(5_000) + '}'.repeat(5_000),
      'a: ' + '['.repeat(100) + ']'.repeat(100),
      'a:\n' + Array.from({ length: 900 }, (_, i) => ' '.repeat(i + 1) + '- ').join('\n'),
    ];
    for (const text of deep) {
      const { ms, value } = timedSync(() => loadRuleFiles([{ path: 'regler/djup.yaml', text }]));
      expect(value.errors).toHaveLength(1);
      expect(value.errors[0]!.message).toBe('Filen är för djupt nästlad för att vara en datafil (högst 64 nivåer).');
      expect(ms).toBeLessThan(10_000);
    }
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const bomb = loadRuleFiles([{ path: 'regler/skratt.yaml', text: laughs }]);
    expect(bomb.errors[0]!.message).toMatch(SWEDISH);
    const huge = loadRuleFiles([{ path: 'regler/stor.yaml', text: 'pack: x\n' + '# kommentar\n'.repeat(200_000) }]);
    expect(huge.errors[0]!.message).toMatch(/för stor/);
  });

  it('nothing in a pack is run as code: a term that looks like code or a function stays text', async () => {
    (globalThis as Record<string, unknown>).styrdokPwned = false;
    const pack = {
      path: 'regler/kod.yaml',
      text: [
        'pack: kod',
        'description: Försök att köra kod.',
        'kinds: [riktlinje]',
        'rules:',
        '  - id: kod',
        '    severity: info',
        "    message: '${globalThis.styrdokPwned = true}'",
        "    explanation: '{{constructor.constructor(\"globalThis.styrdokPwned = true\")()}}'",
        '    source: test',
        '    check: { kind: term, terms: ["globalThis.styrdokPwned = true", "!!js/function \'function(){}\'"] }',
      ].join('\n'),
    };
    const result = await checkWith([...RULES, pack]);
    expect(result).toBeTruthy();
    expect((globalThis as Record<string, unknown>).styrdokPwned).toBe(false);
    const tagged = loadRuleFiles([{ path: 'regler/tag.yaml', text: "pack: !!js/function 'function(){ globalThis.styrdokPwned = true }'\nrules: []" }]);
    if (tagged.errors.length === 0) expect(typeof tagged.ruleSet.packs[0]!.pack).toBe('string');
    expect((globalThis as Record<string, unknown>).styrdokPwned).toBe(false);
  });
});

const termPack = (terms: string[]) => ({
  path: 'regler/egen.yaml',
  text: [
    'pack: egen',
    'description: Egna termer.',
    'kinds: [riktlinje]',
    'rules:',
    '  - id: egen-term',
    '    severity: info',
    '    message: Egen term.',
    '    explanation: Test.',
    '    source: test',
    `    check: { kind: term, terms: ${JSON.stringify(terms)} }`,
  ].join('\n'),
});

describe('user regexes in a pack', () => {
  it('regexes that match the empty string end (refused or harmless) within 10 s', async () => {
    let worst = 0;
    for (const terms of [['re:'], ['re:a*'], ['re:\\b'], ['re:(?:)'], ['re:^'], ['re:x?']]) {
      const { ms, error, value } = await timed(() => checkWith([...RULES, termPack(terms)]));
      worst = Math.max(worst, ms);
      expect(error, terms[0]).toBeUndefined();
      expect(ms).toBeLessThan(10_000);
      const findings = (value as { findings: { ruleId?: string; id?: string }[] }).findings;
      // An empty match is no evidence of a term: at most a bounded number of findings, never one per character.
      expect(findings.length).toBeLessThan(200);
    }
    recordFuzz('user regexes matching the empty string', 6, worst);
  });

  it('a catastrophically backtracking regex in a municipal pack is refused by file and line and cannot freeze the check', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'styrdok-regex-'));
    try {
      writeFileSync(join(folder, 'egen.yaml'), termPack(['re:(a+)+$']).text);
      // The same path as the app's back end: built-in packs trusted, the municipality's checked.
      const builtIn = readYamlFolder(ROOT, 'rules');
      const extra = readExtraRuleFiles([folder], () => undefined);
      const { ms, value } = await timed(async () => {
        const loaded = loadRuleFiles([...builtIn, ...extra], { regexCheck: regexCheck(ROOT), trusted: (f) => builtIn.includes(f) });
        const imported = await importFile('prov.txt', new TextEncoder().encode(`Syfte\n${'a'.repeat(40)}!\n`));
        return { loaded, result: new RuleEngine(loaded.ruleSet).check(prepareForCheck(imported, { today: '2026-02-01' }).doc) };
      });
      const { loaded, result } = value as { loaded: ReturnType<typeof loadRuleFiles>; result: unknown };
      expect(ms).toBeLessThan(10_000);
      expect(result).toBeTruthy();
      expect(loaded.errors).toHaveLength(1);
      expect(loaded.errors[0]!.path).toContain('egen.yaml');
      expect(loaded.errors[0]!.line).toBeGreaterThan(0);
      expect(loaded.errors[0]!.message).toMatch(SWEDISH);
      recordFuzz('backtracking regex in a municipal pack', 1, ms);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

function timedSync<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

describe('a pack folder is confined', () => {
  const base = mkdtempSync(join(tmpdir(), 'styrdok-packs-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('refuses symlinks leading out of the folder, special files and oversized files; reads the rest', () => {
    const secret = join(base, 'hemlig');
    mkdirSync(secret);
    writeFileSync(join(secret, 'lösenord.yaml'), 'hemligt: ja\n');
    const packs = join(base, 'kommun', 'regler');
    mkdirSync(packs, { recursive: true });
    writeFileSync(join(packs, 'egen.yaml'), 'pack: egen\nrules: []\n');
    symlinkSync('../../hemlig/lösenord.yaml', join(packs, 'ut.yaml'));
    symlinkSync(join(secret, 'lösenord.yaml'), join(packs, 'absolut.yaml'));
    symlinkSync('../../hemlig', join(packs, 'mapp.yaml'));
    symlinkSync('egen.yaml', join(packs, 'alias.yaml'));
    mkdirSync(join(packs, 'katalog.yaml'));
    execFileSync('mkfifo', [join(packs, 'fifo.yaml')]);
    writeFileSync(join(packs, 'jatte.yaml'), Buffer.alloc(5 * 1024 * 1024, 0x23));
    const refused: string[] = [];
    const started = performance.now();
    const files = readYamlFolder(packs, '.', (m) => refused.push(m));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(files.map((f) => f.path).sort()).toEqual(['alias.yaml', 'egen.yaml']);
    expect(files.every((f) => !f.text.includes('hemligt'))).toBe(true);
    expect(refused.join('\n')).toMatch(/ut\.yaml lästes inte: filen pekar ut ur sin mapp/);
    expect(refused.join('\n')).toMatch(/absolut\.yaml lästes inte: filen pekar ut/);
    expect(refused.join('\n')).toMatch(/fifo\.yaml lästes inte: det är ingen vanlig fil/);
    expect(refused.join('\n')).toMatch(/jatte\.yaml lästes inte: filen är för stor/);
    // Through the same path the app and the CLI use, a ../../ pack folder still reads only its own files.
    const viaDots = readRuleFiles(join(base, 'kommun', 'regler'), [join(packs, '..', '..', 'kommun', 'regler')], () => undefined);
    expect(viaDots.filter((f) => f.text.includes('hemligt'))).toEqual([]);
  });
});
