import { loadRuleFiles, RuleEngine, type LoadedRules } from '../core/rules/engine.js';
import { formatDataFileError } from '../core/data/loadYaml.js';
import { loadTemplates } from '../core/model/templates.js';
import type { DataFile } from '../core/data/loadYaml.js';
import type { RegexCheck } from '../io/regexSafety.js';

export interface EngineInput {
  ruleFiles: DataFile[];
  templateFiles: DataFile[];
}

/**
 * Loads and validates the packs once. The app's own packs are trusted; a
 * municipality's packs also get the backtracking check of their regexes.
 */
export function loadRules(builtIn: DataFile[], extra: DataFile[], regexCheck: () => RegexCheck): { loaded: LoadedRules; errors: string[] } {
  const loaded = loadRuleFiles([...builtIn, ...extra], extra.length ? { regexCheck: regexCheck(), trusted: (f) => builtIn.includes(f) } : {});
  return { loaded, errors: loaded.errors.map((e) => `regelpaketet kunde inte läsas: ${formatDataFileError(e)}`) };
}

/** Builds the engine from file texts already validated (worker threads build it from the same texts). */
export function buildEngine(input: EngineInput, loaded: LoadedRules = loadRuleFiles(input.ruleFiles)): RuleEngine {
  const templates = loadTemplates(input.templateFiles);
  return new RuleEngine(loaded.ruleSet, { diarienummerPatterns: templates.metadata.diarienummer });
}
