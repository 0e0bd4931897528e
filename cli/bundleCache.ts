import { renameSync, statSync, writeFileSync } from 'node:fs';

/**
 * The path of a cache kept beside a bundle, named after the bundle's size and
 * time so a rebuild never reads an old one (scripts/build.mjs removes old ones);
 * null when the bundle cannot be read.
 */
export function cachePathBeside(bundle: string, suffix: string): string | null {
  try {
    const info = statSync(bundle);
    return `${bundle}.${info.size}-${Math.round(info.mtimeMs)}.${suffix}`;
  } catch {
    return null;
  }
}

/** Writes `data()` to `path` when the process ends, through a temporary file; any failure (a read-only install) means no cache. */
export function writeOnExit(path: string, data: () => string | Uint8Array): void {
  process.once('exit', () => {
    try {
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, data());
      renameSync(temp, path);
    } catch {
      // Read-only install: no cache.
    }
  });
}
