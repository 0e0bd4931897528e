import { describe, expect, it } from 'vitest';
import { schema } from '../../core/model/schema.js';
import { buildCheckDocument } from '../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { EVIDENCE_KINDS, FINDING_KINDS } from '../../core/rules/checks/registry.js';
import { formatDataFileError, type DataFile } from '../../core/data/loadYaml.js';
import type { DocumentKind } from '../../core/model/kinds.js';
import { readDataDir } from '../helpers/dataFiles.js';

const builtIn = readDataDir('rules');

const docOf = (kind: DocumentKind, ...paragraphs: string[]) =>
  buildCheckDocument(schema.nodes.doc.create(null, paragraphs.map((p) => schema.nodes.paragraph.create(null, p ? schema.text(p) : null))), {
    kind,
    date: '2026-01-01',
    metadata: {},
  });

const pack = (body: string): DataFile => ({ path: 'egna/kommun.yaml', text: `pack: kommun\n${body}` });

describe('check-kind registry', () => {
  it('lists each kind once, by name', () => {
    const names = [...EVIDENCE_KINDS, ...FINDING_KINDS].map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['section', 'content', 'stance', 'metadata', 'term', 'legal-reference']));
  });

  it('names an unknown check kind with file, line and the kinds there are', () => {
    const { errors } = loadRuleFiles([
      pack(`rules:
  - id: egen
    severity: info
    message: m
    explanation: e
    source: s
    check: { kind: stavning, terms: [foo] }
`),
    ]);
    expect(errors).toHaveLength(1);
    const text = formatDataFileError(errors[0]!);
    expect(text).toMatch(/^egna\/kommun\.yaml:8: rules\.0\.check\.kind: okänd kontrolltyp "stavning"/);
    expect(text).toContain('term');
  });

  it('names an unknown evidence kind and a bad parameter of a known one, at their lines', () => {
    const requirement = (evidence: string) =>
      pack(`requirements:
  - id: egen
    title: Eget krav
    severity: fel
    message: m
    explanation: e
    source: s
    evidence:
${evidence}`);
    const unknown = loadRuleFiles([requirement('      - rubrik: { headings: [Syfte] }\n')]).errors;
    expect(formatDataFileError(unknown[0]!)).toMatch(/kommun\.yaml:10: .*okänd sorts belägg "rubrik"/);
    const bad = loadRuleFiles([requirement('      - section:\n          headings: [Syfte]\n          minWords: många\n')]).errors;
    expect(formatDataFileError(bad[0]!)).toMatch(/kommun\.yaml:12: requirements\.0\.evidence\.0\.section\.minWords: fel typ av värde \(förväntade tal\)/);
  });
});

describe('merging packs', () => {
  it('a pack requirement with a built-in id replaces it, whatever kinds the built-in one named', () => {
    const own = pack(`requirements:
  - id: beredning
    title: Beredning enligt kommunens mall
    severity: info
    message: Beskriv beredningen.
    explanation: e
    source: s
    evidence:
      - content: { all: [[beredningsgrupp*]] }
`);
    const { ruleSet, errors } = loadRuleFiles([...builtIn, own]);
    expect(errors).toEqual([]);
    const engine = new RuleEngine(ruleSet);
    for (const kind of ['motionssvar', 'remissvar'] as const) {
      const beredning = engine.check(docOf(kind, 'Ärendet har beretts av beredningsgruppen för äldrefrågor.')).requirements.filter((r) => r.id === 'beredning');
      expect(beredning).toHaveLength(1);
      expect(beredning[0]).toMatchObject({ title: 'Beredning enligt kommunens mall', status: 'present', severity: 'info' });
    }
  });

  it('built-in packs may use one id for different kinds: each kind keeps its own', () => {
    const engine = new RuleEngine(loadRuleFiles(builtIn).ruleSet);
    expect(engine.requirementsFor('motionssvar').filter((r) => r.id === 'beredning')).toHaveLength(1);
    expect(engine.requirementsFor('remissvar').filter((r) => r.id === 'beredning')).toHaveLength(1);
    expect(engine.requirementsFor('motionssvar').find((r) => r.id === 'beredning')!.title).not.toBe(
      engine.requirementsFor('remissvar').find((r) => r.id === 'beredning')!.title,
    );
  });

  it('a replacement limited to one kind leaves the other kinds their built-in rule', () => {
    const own = pack(`kinds: [remissvar]
requirements:
  - id: beredning
    title: Kommunens beredning
    severity: info
    message: m
    explanation: e
    source: s
    evidence:
      - content: { all: [[beredningsgrupp*]] }
`);
    const engine = new RuleEngine(loadRuleFiles([...builtIn, own]).ruleSet);
    expect(engine.requirementsFor('remissvar').find((r) => r.id === 'beredning')!.title).toBe('Kommunens beredning');
    expect(engine.requirementsFor('motionssvar').find((r) => r.id === 'beredning')!.title).toBe('Beredning');
  });

  it('an override of an unknown id is an error with file and line; known overrides still apply', () => {
    const own = pack(`overrides:
  - id: beredning
    severity: av
  - id: finns-inte
    severity: info
`);
    const { ruleSet, errors } = loadRuleFiles([...builtIn, own]);
    expect(errors.map(formatDataFileError)).toEqual(['egna/kommun.yaml:5: overrides.1.id: inget regelpaket har en regel med id "finns-inte"']);
    expect(new RuleEngine(ruleSet).requirementsFor('motionssvar').some((r) => r.id === 'beredning')).toBe(false);
  });
});
