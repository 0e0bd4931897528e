import Database from 'better-sqlite3';
import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrations.js';

export const DATABASE_FILE = 'styrdok.sqlite';
const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  /** Swedish messages for the user, e.g. that a damaged file was left alone. */
  warnings: string[];
}

export interface OpenOptions {
  /** Path to a better-sqlite3 native build for this runtime (Electron needs its own). */
  nativeBinding?: string;
}

/**
 * Opens (or creates) the database in the data folder. A file that is not a
 * valid database is never overwritten: it stays where it is, and Styrdok uses
 * a fresh file beside it (the same one on every later start, until the user
 * has dealt with the damaged one).
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenedDatabase {
  const warnings: string[] = [];
  const primary = join(dataDir, DATABASE_FILE);
  const candidates = [primary, ...Array.from({ length: 9 }, (_, i) => join(dataDir, `styrdok-ny${i ? `-${i + 1}` : ''}.sqlite`))];
  for (const path of candidates) {
    const problem = damageOf(path, options);
    if (problem) {
      warnings.push(
        `Databasfilen ${path} kunde inte öppnas (${problem}). Den har lämnats orörd så att ingenting går förlorat.`,
      );
      continue;
    }
    try {
      const db = new Database(path, { nativeBinding: options.nativeBinding });
      configure(db);
      migrate(db);
      if (path !== primary) warnings.push(`Styrdok använder nu databasfilen ${path}.`);
      return { db, path, warnings };
    } catch (e) {
      warnings.push(`Databasfilen ${path} kunde inte öppnas (${(e as Error).message}). Den har lämnats orörd.`);
    }
  }
  throw new Error(`Ingen databasfil i ${dataDir} gick att öppna. ${warnings.join(' ')}`);
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed autosave survives a power cut, at a cost of a few ms.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  // damageOf() has already run quick_check read-only; reading the schema is enough here.
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

/** Returns why an existing file is not a usable database, without writing to it; null if fine or absent. */
function damageOf(path: string, options: OpenOptions): string | null {
  if (!existsSync(path)) return null;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    if (read === 0) return null; // an empty file is a new database
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) return 'filen är inte en SQLite-databas';
  } finally {
    closeSync(fd);
  }
  try {
    // Open read-only first: a damaged file must not be touched by a write.
    const probe = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      probe.prepare('SELECT count(*) FROM sqlite_master').get();
      const check = probe.pragma('quick_check', { simple: true });
      if (check !== 'ok') return `filen är skadad: ${String(check)}`;
    } finally {
      probe.close();
    }
  } catch (e) {
    return `filen är skadad: ${(e as Error).message}`;
  }
  return null;
}
