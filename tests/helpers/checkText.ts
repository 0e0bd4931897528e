import { expect } from 'vitest';
import { importFile } from '../../core/import/importFile.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import type { RequirementResult } from '../../core/rules/findings.js';
import type { DocumentKind } from '../../core/model/kinds.js';
import { readDataDir } from './dataFiles.js';

export const TEST_TODAY = '2026-11-23';

let engine: RuleEngine | null = null;

/**
 * One requirement's result for a short text, checked with the app's own rule packs
 * and no time budget (judgements must not depend on how loaded the machine is).
 * A text with a "# " line is read as Markdown, so it has a real heading. Without
 * `date` the document's date is found as the CLI finds it, else today.
 */
export async function requirementIn(text: string, kind: DocumentKind, id: string, date?: string): Promise<RequirementResult> {
  engine ??= new RuleEngine(loadRuleFiles(readDataDir('rules')).ruleSet, { ruleBudgetMs: Infinity });
  const name = /^#/m.test(text) ? 'test.md' : 'test.txt';
  const imported = await importFile(name, new TextEncoder().encode(text));
  const { doc } = prepareForCheck(imported, { kind, today: TEST_TODAY, ...(date ? { date } : {}) });
  return engine.check(doc).requirements.find((r) => r.id === id)!;
}

/** Each text gives the requirement this status (the text names a failure). */
export async function expectStatusOf(kind: DocumentKind, id: string, status: 'present' | 'missing', texts: string[]): Promise<void> {
  for (const text of texts) expect((await requirementIn(text, kind, id)).status, text).toBe(status);
}
