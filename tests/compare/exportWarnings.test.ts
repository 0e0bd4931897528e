import { describe, expect, it } from 'vitest';
import { exportWarnings } from '../../core/compare/exportWarnings.js';
import { loadRuleFiles, RuleEngine } from '../../core/rules/engine.js';
import { loadTemplates, fieldsForKind } from '../../core/model/templates.js';
import { bodyFromTemplate } from '../../core/model/document.js';
import { schema } from '../../core/model/schema.js';
import { readDataDir } from '../helpers/dataFiles.js';

describe('export warnings (never blocking)', () => {
  const templates = loadTemplates(readDataDir('templates'));
  const engine = new RuleEngine(loadRuleFiles(readDataDir('rules')).ruleSet, { diarienummerPatterns: templates.metadata.diarienummer });
  const fields = fieldsForKind(templates, 'riktlinje');

  it('names an impossible date, empty headings and missing requirements of severity fel', async () => {
    const { doc, heading, paragraph } = schema.nodes;
    const body = doc.create(null, [heading.create({ level: 1 }, schema.text('Syfte')), paragraph.create(null, schema.text('Riktlinjen gäller stöd.')), heading.create({ level: 2 }), heading.create({ level: 2 })]);
    const warnings = exportWarnings({ kind: 'riktlinje', metadata: { title: 'Riktlinje', datum: '2026-13-45' }, body, fields, engine, today: '2026-04-12' });
    expect(warnings).toContain('Datum ”2026-13-45” är inget riktigt datum (skriv ÅÅÅÅ-MM-DD).');
    expect(warnings).toContain('2 rubriker är tomma.');
    const missing = engine.check((await import('../../core/rules/prepare.js')).prepareForCheck({ body, metadata: {} }, { kind: 'riktlinje', today: '2026-04-12' }).doc).requirements.filter((r) => r.status === 'missing' && r.severity === 'fel');
    expect(missing.length).toBeGreaterThan(0);
    for (const r of missing) expect(warnings).toContain(`Krav som saknas: ${r.title}.`);
  });

  it('says nothing about a real date and filled headings, and nothing about requirements without an engine', () => {
    const body = bodyFromTemplate(templates.templates.riktlinje!);
    const filled = schema.nodes.doc.create(null, (() => { const out: typeof body[] = []; body.forEach((n) => { if (n.type.name === 'heading') out.push(n); }); return out; })());
    expect(exportWarnings({ kind: 'riktlinje', metadata: { datum: '2026-03-01' }, body: filled, fields, engine: null, today: '2026-04-12' })).toEqual([]);
  });
});
