import { describe, expect, it } from 'vitest';
import { measureAccuracy } from '../../bench/accuracy.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import { ROOT, readDataDir } from '../helpers/dataFiles.js';

describe('accuracy on labelled documents', () => {
  it(
    'gets the labelled fixtures right and clearly beats the keyword baseline, also on passages never tuned on',
    async () => {
      // No time budget: accuracy must not depend on how loaded the machine is.
      const engine = new RuleEngine(loadRuleFiles(readDataDir('rules')).ruleSet, { ruleBudgetMs: Infinity });
      const report = await measureAccuracy(ROOT, engine);
      expect(report.judgements).toBeGreaterThan(60);
      expect(report.mistakes).toEqual([]);
      expect(report.engine.accuracy).toBeGreaterThan(report.baseline.accuracy + 0.15);
      const aside = report.sets.passagesSetAside!;
      expect(aside.judgements).toBeGreaterThanOrEqual(60);
      expect(aside.engine.accuracy).toBeGreaterThan(aside.baseline.accuracy + 0.15);
      const corpus = report.sets.corpus!;
      if (corpus.judgements > 0) expect(corpus.engine.accuracy).toBeGreaterThan(corpus.baseline.accuracy + 0.15);
    },
    180_000,
  );
});
