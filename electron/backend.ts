import { mkdirSync } from 'node:fs';
import { loadTemplates } from '../core/model/templates.js';
import type { ApiHandlers } from '../core/api.js';
import { openDatabase, type OpenOptions } from './store/openDatabase.js';
import { DocumentStore } from './store/documentStore.js';
import { createServices } from './services.js';
import { readYamlFolder } from '../io/dataFiles.js';

export interface Backend {
  services: ApiHandlers;
  close(): void;
}

/** Opens the store and loads the data files: the same start-up for Electron and the harness. */
export function startBackend(appRoot: string, dataDir: string, options: OpenOptions = {}): Backend {
  mkdirSync(dataDir, { recursive: true });
  const { db, path, warnings } = openDatabase(dataDir, options);
  const templates = loadTemplates(readYamlFolder(appRoot, 'templates'));
  const services = createServices({ store: new DocumentStore(db), templates, dataFile: path, warnings });
  return { services, close: () => db.close() };
}
