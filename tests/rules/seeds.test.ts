import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../core/import/importFile.js';
import { prepareForCheck } from '../../core/rules/prepare.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { hasSeeds, readDataDir, readSeed, SEEDS } from '../helpers/dataFiles.js';

const { ruleSet, errors } = loadRuleFiles(readDataDir('rules'));
// No time budget: the judgements must not depend on how loaded the machine is.
const engine = new RuleEngine(ruleSet, { ruleBudgetMs: Infinity });

describe('rule packs', () => {
  it('load without errors', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasSeeds)('the seeds come out as requirements.json says', () => {
  const expected = hasSeeds ? (JSON.parse(readFileSync(join(SEEDS, 'requirements.json'), 'utf8')) as { file: string; kind: string; present: string[]; missing: string[] }[]) : [];
  it.each(expected.map((e) => [e.file, e] as const))('%s', async (_name, entry) => {
    const imported = await importFile(entry.file, new TextEncoder().encode(readSeed(entry.file.slice(0, 3))));
    const { doc } = prepareForCheck(imported, { today: '2026-11-23' });
    expect(doc.kind).toBe(entry.kind);
    const result = engine.check(doc);
    const status = Object.fromEntries(result.requirements.map((r) => [r.id, r.status]));
    for (const id of entry.present) expect([id, status[id]]).toEqual([id, 'present']);
    for (const id of entry.missing) expect([id, status[id]]).toEqual([id, 'missing']);
  });
});
