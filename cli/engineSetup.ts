import { loadRuleFiles, RuleEngine, type LoadedRules, type LoadOptions, type RuleSet } from '../core/rules/engine.js';
import { formatDataFileError } from '../core/data/loadYaml.js';
import { basename } from 'node:path';
import { loadTemplates, METADATA_CONFIG_FILE, type DiarienummerPattern } from '../core/model/templates.js';
import type { DataFile } from '../core/data/loadYaml.js';
import type { RegexCheck } from '../io/regexSafety.js';

/** What an engine is built from: plain data, loaded and validated once, so worker threads get it by cloning. */
export interface EngineInput {
  ruleSet: RuleSet;
  diarienummerPatterns: DiarienummerPattern[];
}

/**
 * Loads and validates the packs and templates once. The app's own packs are
 * trusted; a municipality's packs also get the backtracking check of their regexes.
 */
export function loadEngineInput(
  builtIn: DataFile[],
  extra: DataFile[],
  templateFiles: DataFile[],
  options: { regexCheck: () => RegexCheck; cache?: LoadOptions['cache'] },
): { input: EngineInput; loaded: LoadedRules; errors: string[] } {
  const loaded = loadRuleFiles([...builtIn, ...extra], {
    cache: options.cache,
    ...(extra.length ? { regexCheck: options.regexCheck(), trusted: (f: DataFile) => builtIn.includes(f) } : {}),
  });
  return {
    input: { ruleSet: loaded.ruleSet, diarienummerPatterns: diarienummerPatterns(templateFiles, options.cache) },
    loaded,
    errors: loaded.errors.map((e) => `regelpaketet kunde inte läsas: ${formatDataFileError(e)}`),
  };
}

export function buildEngine(input: EngineInput): RuleEngine {
  return new RuleEngine(input.ruleSet, { diarienummerPatterns: input.diarienummerPatterns });
}

/** Checks need only the diarienummer patterns from the templates' metadata file, not the templates. */
function diarienummerPatterns(templateFiles: DataFile[], cache: LoadOptions['cache']): DiarienummerPattern[] {
  const metadataFile = templateFiles.find((f) => basename(f.path) === METADATA_CONFIG_FILE);
  if (!metadataFile) return loadTemplates([]).metadata.diarienummer;
  const cached = cache?.get(metadataFile) as DiarienummerPattern[] | undefined;
  if (cached) return cached;
  const patterns = loadTemplates([metadataFile]).metadata.diarienummer;
  cache?.set(metadataFile, patterns);
  return patterns;
}
