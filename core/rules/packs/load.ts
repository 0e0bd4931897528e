import { z } from 'zod';
import { lineAt, loadYaml, type DataFile, type DataFileError } from '../../data/loadYaml.js';
import { packSchema, registerSchema, type LawRegister, type RulePack } from '../packSchema.js';
import { expandReferences, mergeVocabularies, vocabularySchema, type Vocabulary } from '../../text/vocabulary.js';
import { mergePacks } from './merge.js';

export interface RuleSet {
  packs: RulePack[];
  register: LawRegister | null;
  /** The file each pack came from (same order as packs), for messages with file and line. */
  files?: DataFile[];
}

export interface LoadedRules {
  ruleSet: RuleSet;
  errors: DataFileError[];
  /** The files that loaded (a renderer or worker is handed only these). */
  accepted: DataFile[];
}

export interface LoadOptions {
  /**
   * Judges a `re:` term's pattern, e.g. for catastrophic backtracking; a
   * reason refuses the whole pack. Given by the edges that read packs.
   */
  regexCheck?: (source: string) => string | null;
  /** Files that need no regexCheck (the app's own packs, tested in tests/rules). */
  trusted?: (file: DataFile) => boolean;
  /**
   * Validated values of files already loaded once, keyed by the edge (e.g. by
   * the text's hash): parsing YAML and validating costs more than a small check.
   */
  cache?: { get(file: DataFile): unknown; set(file: DataFile, value: unknown): void };
}

/**
 * Loads rule packs and the law register. A malformed file is reported with
 * file, line and reason; the others still load. An override of an id that no
 * pack defines is reported too (it would otherwise silently do nothing).
 */
export function loadRuleFiles(files: DataFile[], options: LoadOptions = {}): LoadedRules {
  const packs: RulePack[] = [];
  const accepted: DataFile[] = [];
  const packFiles: DataFile[] = [];
  const errors: DataFileError[] = [];
  let register: LawRegister | null = null;
  // Vocabularies first: packs refer to their lists by "@name".
  const vocabularies: Vocabulary[] = [];
  const vocabularyFiles = files.filter(isVocabulary);
  for (const file of vocabularyFiles) {
    const r = cachedLoad(file, options.cache, () => loadYaml(file, vocabularySchema));
    if (r.ok) {
      vocabularies.push(r.value as Vocabulary);
      accepted.push(file);
    } else errors.push(r.error);
  }
  const withLists = packWithLists(mergeVocabularies(vocabularies));
  // A pack's validated value depends on the word lists it refers to: they are part of its cache key.
  const listsKey = vocabularyFiles.map((f) => f.text).join('\u0000');
  for (const file of files) {
    if (isVocabulary(file)) continue;
    const isRegister = /^register\s*:/m.test(file.text);
    const keyed = isRegister ? file : { path: file.path, text: `${file.text}\u0000${listsKey}` };
    const r = cachedLoad(keyed, options.cache, () => (isRegister ? loadYaml(file, registerSchema) : loadYaml(file, withLists)));
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    const unsafe = options.regexCheck && !options.trusted?.(file) ? firstUnsafeTerm(r.value, options.regexCheck) : null;
    if (unsafe) {
      errors.push({ path: file.path, line: lineAt(file, unsafe.path), key: unsafe.path.join('.'), message: `ogiltig term "${unsafe.term}": ${unsafe.problem}` });
      continue;
    }
    accepted.push(file);
    if (isRegister) register = r.value as LawRegister;
    else {
      packs.push(r.value as RulePack);
      packFiles.push(file);
    }
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
  return { ruleSet: { packs, register, files: packFiles }, errors, accepted };
}

/** A file's validated value from the cache, or loaded and then cached. */
function cachedLoad(key: DataFile, cache: LoadOptions['cache'], load: () => { ok: true; value: unknown } | { ok: false; error: DataFileError }) {
  const cached = cache?.get(key);
  if (cached !== undefined) return { ok: true as const, value: cached };
  const r = load();
  if (r.ok) cache?.set(key, r.value);
  return r;
}

/** The first `re:` term, anywhere in a loaded pack, that the check refuses. */
function firstUnsafeTerm(value: unknown, check: (source: string) => string | null, path: (string | number)[] = []): { term: string; path: (string | number)[]; problem: string } | null {
  if (typeof value === 'string') {
    const problem = value.startsWith('re:') ? check(value.slice(3)) : null;
    return problem ? { term: value, path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnsafeTerm(value[i], check, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = firstUnsafeTerm(v, check, [...path, k]);
      if (found) return found;
    }
  }
  return null;
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
