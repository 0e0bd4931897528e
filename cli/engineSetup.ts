import { loadRuleFiles, RuleEngine } from '../core/rules/engine.js';
import { formatDataFileError } from '../core/data/loadYaml.js';
import { loadTemplates } from '../core/model/templates.js';
import type { DataFile } from '../core/data/loadYaml.js';

export interface EngineInput {
  ruleFiles: DataFile[];
  templateFiles: DataFile[];
}

/** Builds the engine from file texts (so worker threads can build it from the same texts). */
export function buildEngine(input: EngineInput): { engine: RuleEngine; errors: string[] } {
  const rules = loadRuleFiles(input.ruleFiles);
  const templates = loadTemplates(input.templateFiles);
  const engine = new RuleEngine(rules.ruleSet, { diarienummerPatterns: templates.metadata.diarienummer });
  return { engine, errors: rules.errors.map((e) => `regelpaketet kunde inte läsas: ${formatDataFileError(e)}`) };
}
