import type { Database } from 'better-sqlite3';

/**
 * Schema migrations, applied in order; PRAGMA user_version records how many
 * have run. Append, never edit: a user's file may be at any earlier step.
 */
export const MIGRATIONS: ((db: Database) => void)[] = [
  (db) => {
    db.exec(`
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        diarienummer TEXT NOT NULL DEFAULT '',
        metadata TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_updated ON documents(updated_at DESC);
      CREATE TABLE versions (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        kind TEXT NOT NULL,
        metadata TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX versions_document ON versions(document_id, created_at DESC);
      -- A version is a snapshot: it may be deleted with its document, never changed.
      CREATE TRIGGER versions_immutable BEFORE UPDATE ON versions
      BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`Databasfilen kommer från en nyare version av Styrdok (schema ${current}). Uppdatera programmet.`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      MIGRATIONS[v]!(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
