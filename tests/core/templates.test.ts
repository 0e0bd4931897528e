import { describe, expect, it } from 'vitest';
import { loadTemplates, fieldsForKind } from '../../core/model/templates.js';
import { bodyFromTemplate } from '../../core/model/document.js';
import { deriveOutline } from '../../core/model/outline.js';
import { DOCUMENT_KINDS } from '../../core/model/kinds.js';
import { metadataWarnings } from '../../core/model/metadata.js';
import { readDataDir } from '../helpers/dataFiles.js';

const files = readDataDir('templates');

describe('templates', () => {
  it('loads one template per kind and the metadata config without errors', () => {
    const set = loadTemplates(files);
    expect(set.errors).toEqual([]);
    expect(Object.keys(set.templates).sort()).toEqual([...DOCUMENT_KINDS].sort());
    expect(set.metadata.diarienummer.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a broken template with file, line and key, and still loads the others', () => {
    const broken = {
      path: 'templates/trasig.yaml',
      text: 'kind: riktlinje\nname: Trasig\ndescription: x\nsections:\n  - id: inledning\n    heading: Inledning\n    guidance: x\n    colour: röd\n',
    };
    const others = files.filter((f) => !f.path.endsWith('riktlinje.yaml'));
    const set = loadTemplates([...others, broken]);
    expect(set.errors).toHaveLength(1);
    expect(set.errors[0]).toMatchObject({ path: 'templates/trasig.yaml', line: 8, key: 'sections.0.colour' });
    expect(set.errors[0]!.message).toContain('okänd nyckel');
    expect(Object.keys(set.templates).sort()).toEqual(['motionssvar', 'program', 'remissvar']);
  });

  it('reports YAML syntax errors with a line number', () => {
    const set = loadTemplates([{ path: 'templates/x.yaml', text: 'kind: program\nname: [oavslutad\n' }]);
    expect(set.errors[0]!.path).toBe('templates/x.yaml');
    expect(set.errors[0]!.line).toBeGreaterThanOrEqual(2);
    expect(set.errors[0]!.message).toMatch(/YAML-syntaxfel/);
  });

  it('reports a missing required key and a wrong kind', () => {
    const set = loadTemplates([
      { path: 'a.yaml', text: 'kind: program\ndescription: x\nsections:\n  - {id: a, heading: A, guidance: g}\n' },
      { path: 'b.yaml', text: 'kind: dikt\nname: x\ndescription: x\nsections:\n  - {id: a, heading: A, guidance: g}\n' },
    ]);
    expect(set.errors.map((e) => [e.path, e.key])).toEqual([
      ['a.yaml', 'name'],
      ['b.yaml', 'kind'],
    ]);
    expect(set.errors[1]!.line).toBe(1);
  });

  it('refuses a YAML alias bomb', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill('*' + 'abcdefghij'[i]).join(',')}]`)].join('\n');
    const set = loadTemplates([{ path: 'bomb.yaml', text: bomb }]);
    expect(set.errors).toHaveLength(1);
  });

  it.each(DOCUMENT_KINDS)('creates a %s document with the template sections in order', (kind) => {
    const set = loadTemplates(files);
    const template = set.templates[kind]!;
    const doc = bodyFromTemplate(template);
    const outline = deriveOutline(doc);
    expect(outline.map((s) => s.sectionId)).toEqual(template.sections.map((s) => s.id));
    expect(outline.map((s) => s.heading)).toEqual(template.sections.map((s) => s.heading));
    // Every section has somewhere to write.
    for (const s of outline) expect(s.to).toBeGreaterThan(s.contentFrom);
  });

  it('gives each kind its own metadata fields after the common ones', () => {
    const set = loadTemplates(files);
    expect(fieldsForKind(set, 'motionssvar').map((f) => f.key)).toEqual(
      expect.arrayContaining(['title', 'diarienummer', 'datum', 'handlaggare', 'instans', 'motionar', 'motionDatum', 'motionParagraf']),
    );
    expect(fieldsForKind(set, 'remissvar').map((f) => f.key)).toEqual(
      expect.arrayContaining(['remissTitel', 'remissAvsandare', 'remissDiarienummer', 'svarsdatum']),
    );
    expect(fieldsForKind(set, 'riktlinje').map((f) => f.key)).toEqual(expect.arrayContaining(['beslutsinstans', 'giltigFran', 'revideras']));
  });
});

describe('metadata warnings', () => {
  const set = loadTemplates(files);
  const fields = fieldsForKind(set, 'remissvar');
  const check = (metadata: Record<string, string>) => metadataWarnings(metadata, fields, set.metadata.diarienummer);

  it.each(['2022.625 KS', 'KS 2020/923', 'VON/2025:00149', 'S2023/02208'])('accepts the diarienummer %s', (dnr) => {
    expect(check({ diarienummer: dnr })).toEqual({});
  });

  it('warns about an unknown diarienummer pattern and an impossible date', () => {
    const w = check({ diarienummer: 'ärende 12', datum: '2026-02-30', svarsdatum: '15 mars' });
    expect(w.diarienummer).toMatch(/inget av de kända mönstren/);
    expect(w.datum).toMatch(/ÅÅÅÅ-MM-DD/);
    expect(w.svarsdatum).toMatch(/ÅÅÅÅ-MM-DD/);
  });
});
