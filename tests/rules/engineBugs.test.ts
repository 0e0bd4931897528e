import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../core/model/schema.js';
import { buildCheckDocument } from '../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { compileTermCheck, checkTerm } from '../../core/rules/checks/term.js';
import { formatDataFileError, type DataFile } from '../../core/data/loadYaml.js';
import type { DocumentKind } from '../../core/model/kinds.js';
import { readDataDir } from '../helpers/dataFiles.js';

/** Engine bugs found in review (issue 8); each test failed before its fix. */
const builtIn = readDataDir('rules');
const engine = new RuleEngine(loadRuleFiles(builtIn).ruleSet);

const para = (...parts: (string | 'BR')[]) =>
  schema.nodes.paragraph.create(null, parts.map((p) => (p === 'BR' ? schema.nodes.hard_break.create() : schema.text(p))));
const docOf = (kind: DocumentKind, date: string, ...blocks: PMNode[]) => {
  const body = schema.nodes.doc.create(null, blocks);
  return { body, check: buildCheckDocument(body, { kind, date, metadata: {} }) };
};
const termPack = (term: string): DataFile => ({
  path: 'egna/termer.yaml',
  text: `pack: termer
rules:
  - id: egen-term
    severity: info
    message: m
    explanation: e
    source: s
    check:
      kind: term
      terms: ['${term}']
`,
});

describe('terms that match empty text', () => {
  it('a re: term that can match the empty string is refused at load, with file and line', () => {
    const { errors, ruleSet } = loadRuleFiles([termPack('re:(tidigare)?')]);
    expect(ruleSet.packs).toHaveLength(0);
    expect(formatDataFileError(errors[0]!)).toMatch(/^egna\/termer\.yaml:10: rules\.0\.check\.terms\.0: ogiltig term "re:\(tidigare\)\?": .*tom text/);
  });

  it('a zero-width pattern such as a lookahead alone is refused too', () => {
    expect(loadRuleFiles([termPack('re:(?=anhorig)')]).errors).toHaveLength(1);
    expect(loadRuleFiles([termPack('re:anhorig|')]).errors).toHaveLength(1);
  });

  it('a term with no letters or digits is refused (it would fold to an empty pattern)', () => {
    const { errors } = loadRuleFiles([termPack('!!!')]);
    expect(formatDataFileError(errors[0]!)).toContain('inga bokstäver eller siffror');
  });

  it('ordinary terms still load', () => {
    expect(loadRuleFiles([termPack('re:tidigare\\s+\\p{L}+'), termPack('anhörig*')]).errors).toEqual([]);
  });

  it('the term matcher steps over a zero-width match instead of looping for ever', () => {
    const check = compileTermCheck(['re:(tidigare)?']);
    const { check: doc } = docOf('riktlinje', '2026-01-01', para('Tidigare gällde annat. Nu gäller detta.'));
    const found = checkTerm(check, undefined, { doc, engineId: 99, register: null, diarienummerPatterns: [] });
    expect(found.map((f) => [f.start, f.end])).toEqual([[0, 8]]);
  });
});

describe('positions after hard line breaks', () => {
  it('an underline covers exactly the matched words, however many breaks come before', () => {
    const { body, check } = docOf(
      'riktlinje',
      '2026-01-01',
      para('Ekonomiskt stöd', 'BR', 'till anhöriga:', 'BR', 'BR', 'Den som vårdar kan få närståendepenning från kommunen.'),
    );
    const finding = engine.check(check).findings.find((f) => f.rule === 'narstaendepenning-fran-kommunen')!;
    expect(finding).toBeDefined();
    expect(body.textBetween(finding.location!.from, finding.location!.to)).toBe('närståendepenning från kommunen');
  });
});

describe('replacements', () => {
  it('a term rule with a replacement reports it with the text it replaces', () => {
    const { check } = docOf('riktlinje', '2026-01-01', para('Den som vårdar kan få närståendepenning från kommunen.'));
    const finding = engine.check(check).findings.find((f) => f.rule === 'narstaendepenning-fran-kommunen')!;
    expect(finding).toMatchObject({ replacement: 'närståendepenning från Försäkringskassan', found: 'närståendepenning från kommunen' });
  });
});

describe('motion reference written "den 5"', () => {
  it('"den" followed by a day counts as the date of the motion', () => {
    const present = (text: string) =>
      engine.check(docOf('motionssvar', '2026-01-01', para(text)).check).requirements.find((r) => r.id === 'motion-referens')!.status;
    expect(present('Motionen lämnades in av Eva Lund (V) den 5/3.')).toBe('present');
    expect(present('Motionen lämnades in av Eva Lund (V) den dagen.')).toBe('missing');
  });
});

describe('a kind that cannot be detected', () => {
  it('is reported as a default, not as detected', () => {
    const body = schema.nodes.doc.create(null, para('Anteckningar från mötet om trädgården.'));
    const prepared = prepareForCheck({ body, metadata: {} }, { today: '2026-01-01' });
    expect(prepared).toMatchObject({ kindSource: 'default', kindGuessed: true });
    expect(prepareForCheck({ body, metadata: {} }, { today: '2026-01-01', kind: 'program' }).kindSource).toBe('given');
  });
});

describe('legal references', () => {
  const lagrum = (kind: DocumentKind, date: string, text: string) =>
    engine.check(docOf(kind, date, para(text)).check).findings.filter((f) => f.rule === 'inaktuellt-lagrum');

  it('a document dated before a law came into force is told it cites a law not yet in force', () => {
    const found = lagrum('riktlinje', '2024-03-01', 'Stödet ges enligt socialtjänstlagen (2025:400).');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('trädde i kraft 2025-07-01');
    expect(found[0]!.replacement).toBe('socialtjänstlagen (2001:453)');
    expect(lagrum('riktlinje', '2025-09-01', 'Stödet ges enligt socialtjänstlagen (2025:400).')).toHaveLength(0);
  });

  it('by name alone, "SoL" in 2024 is the law then in force and is not flagged', () => {
    expect(lagrum('riktlinje', '2024-03-01', 'Stödet ges enligt 5 kap. 10 § SoL.')).toHaveLength(0);
  });

  it('recognises the law names the register holds, not a fixed list', () => {
    const register = builtIn.find((f) => f.path.endsWith('lagrum.yaml'))!;
    const extended: DataFile = {
      path: register.path,
      text: register.text.replace(
        'provisions:',
        `  - id: lss-1993
    name: lagen om stöd och service till vissa funktionshindrade (1993:387)
    sfs: "1993:387"
    aliases: [LSS]
    inForceFrom: 1994-01-01
    repealedOn: 2030-01-01
    verified: false
provisions:
  - law: lss-1993
    chapter: 1
    section: 9
    topic: insatser
    replacedBy: en påhittad ny lag
    verified: true`,
      ),
    };
    const { ruleSet, errors } = loadRuleFiles([...builtIn.filter((f) => f !== register), extended]);
    expect(errors).toEqual([]);
    const own = new RuleEngine(ruleSet);
    const found = own.check(docOf('riktlinje', '2031-01-01', para('Insatser ges enligt 1 kap. 9 § LSS.')).check).findings.filter((f) => f.rule === 'inaktuellt-lagrum');
    expect(found).toHaveLength(1);
    expect(found[0]!.replacement).toBe('en påhittad ny lag');
  });

  it('"före" or "tidigare" silences a citation only within its own clause', () => {
    expect(lagrum('riktlinje', '2026-01-01', 'Tidigare gav nämnden stöd enligt 5 kap. 10 § SoL.')).toHaveLength(0);
    expect(lagrum('riktlinje', '2026-01-01', 'Sedan 2009, enligt 5 kap. 10 § SoL, har kommunen gett stöd.')).toHaveLength(0);
    expect(lagrum('riktlinje', '2026-01-01', 'Nämnden ger stöd enligt 5 kap. 10 § SoL, och stödet ska erbjudas före beslut om bistånd.')).toHaveLength(1);
    expect(lagrum('riktlinje', '2026-01-01', 'Stöd ges enligt 5 kap. 10 § SoL; tidigare fanns inget sådant krav.')).toHaveLength(1);
  });
});
