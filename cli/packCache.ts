import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DataFile } from '../core/data/loadYaml.js';
import { cachePathBeside, writeOnExit } from './bundleCache.js';

/**
 * Validated rule packs kept between runs of the CLI, keyed by a hash of each
 * file's text. The cache file is named after the bundle that wrote it (size
 * and time), so a rebuild with another schema never reads an old cache.
 * Written on exit through a temporary file; any failure means no cache.
 */
export function packCache(bundle: string): { get(file: DataFile): unknown; set(file: DataFile, value: unknown): void } {
  const path = cachePathBeside(bundle, 'packs.json');
  let entries: Record<string, unknown> = {};
  try {
    if (path) entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    entries = {};
  }
  let changed = false;
  const key = (file: DataFile) => createHash('sha1').update(file.text).digest('base64');
  return {
    get: (file) => entries[key(file)],
    set(file, value) {
      if (!path) return;
      entries[key(file)] = value;
      if (!changed) {
        changed = true;
        writeOnExit(path, () => JSON.stringify(entries));
      }
    },
  };
}
