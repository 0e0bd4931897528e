import { z } from 'zod';
import { lineAt, loadYaml, type DataFile, type DataFileError } from '../../data/loadYaml.js';
import { packSchema, registerSchema, type LawRegister, type RulePack } from '../packSchema.js';
import { expandReferences, mergeVocabularies, vocabularySchema, type Vocabulary } from '../../text/vocabulary.js';
import { mergePacks } from './merge.js';

export interface RuleSet {
  packs: RulePack[];
  register: LawRegister | null;
}

export interface LoadedRules {
  ruleSet: RuleSet;
  errors: DataFileError[];
}

/**
 * Loads rule packs and the law register. A malformed file is reported with
 * file, line and reason; the others still load. An override of an id that no
 * pack defines is reported too (it would otherwise silently do nothing).
 */
export function loadRuleFiles(files: DataFile[]): LoadedRules {
  const packs: RulePack[] = [];
  const packFiles: DataFile[] = [];
  const errors: DataFileError[] = [];
  let register: LawRegister | null = null;
  // Vocabularies first: packs refer to their lists by "@name".
  const vocabularies: Vocabulary[] = [];
  for (const file of files.filter(isVocabulary)) {
    const r = loadYaml(file, vocabularySchema);
    if (r.ok) vocabularies.push(r.value);
    else errors.push(r.error);
  }
  const withLists = packWithLists(mergeVocabularies(vocabularies));
  for (const file of files) {
    if (isVocabulary(file)) continue;
    if (/^register\s*:/m.test(file.text)) {
      const r = loadYaml(file, registerSchema);
      if (r.ok) register = r.value;
      else errors.push(r.error);
      continue;
    }
    const r = loadYaml(file, withLists);
    if (r.ok) {
      packs.push(r.value);
      packFiles.push(file);
    } else errors.push(r.error);
  }
  for (const u of mergePacks(packs).unknownOverrides) {
    const file = packFiles[u.pack]!;
    errors.push({
      path: file.path,
      line: lineAt(file, ['overrides', u.index, 'id']),
      key: `overrides.${u.index}.id`,
      message: `inget regelpaket har en regel med id "${u.id}"`,
    });
  }
  return { ruleSet: { packs, register }, errors };
}

function isVocabulary(file: DataFile): boolean {
  return /^ordlistor\s*:/m.test(file.text);
}

/** The pack schema with "@name" references to shared word lists put in place first. */
function packWithLists(lists: Record<string, string[]>) {
  return z.preprocess((value, ctx) =>
    expandReferences(value, lists, (path, name) =>
      ctx.addIssue({ code: 'custom', input: `@${name}`, path, message: `okänd ordlista "@${name}" (finns: ${Object.keys(lists).join(', ') || 'inga'})` }),
    ), packSchema);
}
