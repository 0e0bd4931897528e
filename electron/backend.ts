import { mkdirSync } from 'node:fs';
import { loadTemplates } from '../core/model/templates.js';
import type { ApiHandlers } from '../core/api.js';
import { openDatabase, type OpenOptions } from './store/openDatabase.js';
import { DocumentStore } from './store/documentStore.js';
import { createServices } from './services.js';
import { readBuiltInRuleFiles, readExtraRuleFiles, readYamlFolder } from '../io/dataFiles.js';
import { regexCheck } from '../io/regexSafety.js';
import { createCompareRunner } from './compareRunner.js';
import { loadRuleFiles } from '../core/rules/engine.js';
import { formatDataFileError } from '../core/data/loadYaml.js';
import { join } from 'node:path';

export interface Backend {
  services: ApiHandlers;
  close(): void;
}

/** Opens the store and loads the data files: the same start-up for Electron and the harness. */
export function startBackend(appRoot: string, dataDir: string, options: OpenOptions = {}): Backend {
  mkdirSync(dataDir, { recursive: true });
  const { db, path, warnings } = openDatabase(dataDir, options);
  const refused = (message: string) => void warnings.push(message);
  const templates = loadTemplates(readYamlFolder(appRoot, 'templates', refused));
  // The municipality's own packs live in the data folder, in "regler/".
  const builtIn = readBuiltInRuleFiles(appRoot, refused);
  const extra = readExtraRuleFiles([join(dataDir, 'regler')], refused);
  const loaded = loadRuleFiles([...builtIn, ...extra], extra.length ? { regexCheck: regexCheck(appRoot), trusted: (f) => builtIn.includes(f) } : {});
  for (const e of loaded.errors) warnings.push(`Regelpaketet kunde inte läsas: ${formatDataFileError(e)}`);
  // The renderer gets only the packs that loaded: a refused pack (e.g. a regex that can hang) never reaches it.
  const ruleFiles = loaded.accepted;
  // Comparisons run in a worker thread (bundled next to main.cjs and server.cjs by scripts/build.mjs).
  const compare = createCompareRunner(join(appRoot, 'dist', 'electron', 'compareWorker.cjs'), { ruleFiles, patterns: templates.metadata.diarienummer });
  const services = createServices({ store: new DocumentStore(db), templates, ruleFiles, dataFile: path, warnings, compare });
  return {
    services,
    close: () => {
      void compare.close();
      db.close();
    },
  };
}
