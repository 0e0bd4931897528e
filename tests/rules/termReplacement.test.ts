import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { schema } from '../../core/model/schema.js';
import { buildCheckDocument } from '../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { replaceFinding } from '../../renderer/src/editor/replaceFinding.js';
import { readDataDir } from '../helpers/dataFiles.js';

const engine = new RuleEngine(loadRuleFiles(readDataDir('rules')).ruleSet, { ruleBudgetMs: Infinity });
const RULE = 'narstaendepenning-fran-kommunen';

/** The sentence after the one-click fix of the rule's finding, as the editor applies it. */
function fixed(sentence: string): string {
  const body = schema.nodes.doc.create(null, schema.nodes.paragraph.create(null, schema.text(sentence)));
  const check = (doc: typeof body) => engine.check(buildCheckDocument(doc, { kind: 'riktlinje', date: '2026-01-01', metadata: {} })).findings.filter((f) => f.rule === RULE);
  const [finding] = check(body);
  expect(finding, `no finding in «${sentence}»`).toBeDefined();
  const tr = replaceFinding(EditorState.create({ doc: body }), finding!)!;
  expect(tr).not.toBeNull();
  // The fixed sentence no longer says the kommun pays it.
  expect(check(tr.doc)).toEqual([]);
  return tr.doc.textContent;
}

describe('närståendepenning from the kommun: each way of saying it gets a fix that reads right', () => {
  it('"närståendepenning från kommunen" names Försäkringskassan instead', () => {
    expect(fixed('Den som vårdar kan söka närståendepenning från kommunen.')).toBe('Den som vårdar kan söka närståendepenning från Försäkringskassan.');
  });

  it('the definite form stays definite', () => {
    expect(fixed('Närståendepenningen från kommunen betalas ut per dag.')).toBe('Närståendepenningen från Försäkringskassan betalas ut per dag.');
  });

  it('"kommunen betalar ut närståendepenning" keeps a subject and a verb', () => {
    expect(fixed('Kommunen betalar ut närståendepenning till den som vårdar en svårt sjuk närstående.')).toBe(
      'Försäkringskassan betalar ut närståendepenning till den som vårdar en svårt sjuk närstående.',
    );
    expect(fixed('Vid ansökan beviljar kommunen närståendepenning för högst 100 dagar.')).toBe('Vid ansökan betalar Försäkringskassan ut närståendepenning för högst 100 dagar.');
  });
});
