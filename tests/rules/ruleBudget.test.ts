import { describe, expect, it } from 'vitest';
import { schema } from '../../core/model/schema.js';
import { buildCheckDocument } from '../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import type { DataFile } from '../../core/data/loadYaml.js';
import { termPackFile } from '../helpers/dataFiles.js';

/**
 * The per-rule time budget protects the review from a municipality's slow regex.
 * A busy machine (CI, a laptop on battery) must never turn the app's own rules off:
 * that would flip a checklist item for reasons that have nothing to do with the text.
 */
const pack = (builtIn: boolean): DataFile => termPackFile(builtIn ? 'rules/egen.yaml' : 'regler/egen.yaml', 'egen-regel', ['anhörigstöd'], builtIn);
const doc = buildCheckDocument(schema.nodes.doc.create(null, schema.nodes.paragraph.create(null, schema.text('Kommunen ger anhörigstöd.'))), {
  kind: 'riktlinje',
  date: '2026-01-01',
  metadata: {},
});
/** A budget no rule can meet: every check counts as over time. */
const overBudget = (file: DataFile) => new RuleEngine(loadRuleFiles([file]).ruleSet, { ruleBudgetMs: -1_000 });

describe('rule time budget', () => {
  it("turns off a municipality's rule that is over budget twice, and says so", () => {
    const engine = overBudget(pack(false));
    engine.check(doc);
    const result = engine.check(doc);
    expect(result.findings.some((f) => f.rule === 'egen-regel' && /stängts av/.test(f.message))).toBe(true);
  });

  it("never turns off the app's own rules, however slow the machine", () => {
    const engine = overBudget(pack(true));
    for (let i = 0; i < 3; i++) engine.check(doc);
    const result = engine.check(doc);
    expect(result.findings.some((f) => /stängts av/.test(f.message))).toBe(false);
    expect(result.findings.some((f) => f.rule === 'egen-regel')).toBe(true);
  });
});
