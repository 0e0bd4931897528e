import { describe, expect, it } from 'vitest';
import { schema } from '../../core/model/schema.js';
import { buildCheckDocument } from '../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import type { DocumentKind } from '../../core/model/kinds.js';
import { DOCUMENT_KINDS } from '../../core/model/kinds.js';
import { readDataDir } from '../helpers/dataFiles.js';

/** Every rule's own valid/invalid examples, run as tests: the packs document themselves. */
const { ruleSet } = loadRuleFiles(readDataDir('rules'));
// No time budget: the judgements must not depend on how loaded the machine is.
const engine = new RuleEngine(ruleSet, { ruleBudgetMs: Infinity });

const docOf = (text: string, kind: DocumentKind) =>
  buildCheckDocument(schema.nodes.doc.create(null, schema.nodes.paragraph.create(null, schema.text(text))), {
    kind,
    date: '2026-01-01',
    metadata: {},
  });

const cases: [string, DocumentKind, 'valid' | 'invalid', string, 'requirement' | 'rule'][] = [];
for (const pack of ruleSet.packs) {
  for (const r of pack.requirements) {
    const kind = (r.kinds ?? pack.kinds ?? DOCUMENT_KINDS)[0]!;
    for (const t of r.examples?.valid ?? []) cases.push([r.id, kind, 'valid', t, 'requirement']);
    for (const t of r.examples?.invalid ?? []) cases.push([r.id, kind, 'invalid', t, 'requirement']);
  }
  for (const r of pack.rules) {
    const kind = (r.kinds ?? pack.kinds ?? DOCUMENT_KINDS)[0]!;
    for (const t of r.examples?.valid ?? []) cases.push([r.id, kind, 'valid', t, 'rule']);
    for (const t of r.examples?.invalid ?? []) cases.push([r.id, kind, 'invalid', t, 'rule']);
  }
}

describe('rule examples', () => {
  it('there are examples to run', () => expect(cases.length).toBeGreaterThan(40));
  it.each(cases)('%s (%s) %s: %s', (id, kind, expectation, text, type) => {
    const result = engine.check(docOf(text, kind));
    if (type === 'requirement') {
      const req = result.requirements.find((r) => r.id === id)!;
      expect(req.status).toBe(expectation === 'valid' ? 'present' : 'missing');
    } else {
      const found = result.findings.filter((f) => f.rule === id);
      expect(found.length > 0).toBe(expectation === 'invalid');
    }
  });
});
