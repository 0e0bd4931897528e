import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { DataFile } from '../core/data/loadYaml.js';

/**
 * Validated rule packs kept between runs of the CLI, keyed by a hash of each
 * file's text. The cache file is named after the bundle that wrote it (size
 * and time), so a rebuild with another schema never reads an old cache.
 * Written on exit through a temporary file; any failure means no cache.
 */
export function packCache(bundle: string): { get(file: DataFile): unknown; set(file: DataFile, value: unknown): void } {
  let path: string | null = null;
  let entries: Record<string, unknown> = {};
  try {
    const info = statSync(bundle);
    path = `${bundle}.${info.size}-${Math.round(info.mtimeMs)}.packs.json`;
    entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
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
        process.once('exit', () => {
          try {
            const temp = `${path}.${process.pid}.tmp`;
            writeFileSync(temp, JSON.stringify(entries));
            renameSync(temp, path!);
          } catch {
            // Read-only install: no cache.
          }
        });
      }
    },
  };
}
