import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { DocumentKind } from '../../core/model/kinds.js';
import type { Metadata } from '../../core/model/metadata.js';
import type {
  DocumentSummary,
  NodeJSON,
  StoredDocument,
  StoredVersion,
  VersionSummary,
} from '../../core/model/document.js';

interface DocumentRow {
  id: string;
  kind: DocumentKind;
  title: string;
  diarienummer: string;
  metadata: string;
  body: string;
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  id: string;
  document_id: string;
  label: string;
  kind: DocumentKind;
  metadata: string;
  body: string;
  created_at: string;
}

export interface NewDocument {
  kind: DocumentKind;
  title: string;
  metadata: Metadata;
  body: NodeJSON;
}

/**
 * Documents, their immutable versions, and settings in one SQLite file.
 * Every write is one transaction, so a crash leaves either the old or the new state.
 */
export class DocumentStore {
  private readonly stmts: Record<string, Statement>;
  /** Timestamps strictly increase, so "newest first" is stable even within one millisecond. */
  private lastTime = 0;

  constructor(private readonly db: Database) {
    this.stmts = {
      list: db.prepare('SELECT id, kind, title, diarienummer, created_at, updated_at FROM documents ORDER BY updated_at DESC'),
      get: db.prepare('SELECT * FROM documents WHERE id = ?'),
      insert: db.prepare(
        'INSERT INTO documents (id, kind, title, diarienummer, metadata, body, created_at, updated_at) VALUES (@id, @kind, @title, @diarienummer, @metadata, @body, @created_at, @updated_at)',
      ),
      update: db.prepare(
        'UPDATE documents SET title = @title, diarienummer = @diarienummer, metadata = @metadata, body = @body, updated_at = @updated_at WHERE id = @id AND (@basedOn IS NULL OR updated_at = @basedOn)',
      ),
      exists: db.prepare('SELECT 1 FROM documents WHERE id = ?'),
      remove: db.prepare('DELETE FROM documents WHERE id = ?'),
      listVersions: db.prepare('SELECT id, document_id, label, created_at FROM versions WHERE document_id = ? ORDER BY created_at DESC'),
      getVersion: db.prepare('SELECT * FROM versions WHERE id = ?'),
      insertVersion: db.prepare(
        'INSERT INTO versions (id, document_id, label, kind, metadata, body, created_at) VALUES (@id, @document_id, @label, @kind, @metadata, @body, @created_at)',
      ),
      getSetting: db.prepare('SELECT value FROM settings WHERE key = ?'),
      setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
  }

  private now(): string {
    const t = Math.max(Date.now(), this.lastTime + 1);
    this.lastTime = t;
    return new Date(t).toISOString();
  }

  listDocuments(): DocumentSummary[] {
    return (this.stmts.list!.all() as DocumentRow[]).map(toSummary);
  }

  getDocument(id: string): StoredDocument | null {
    const row = this.stmts.get!.get(id) as DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  createDocument(input: NewDocument): StoredDocument {
    const now = this.now();
    const row: DocumentRow = {
      id: randomUUID(),
      kind: input.kind,
      title: input.title,
      diarienummer: input.metadata.diarienummer ?? '',
      metadata: JSON.stringify(input.metadata),
      body: JSON.stringify(input.body),
      created_at: now,
      updated_at: now,
    };
    this.stmts.insert!.run(row);
    return toDocument(row);
  }

  /**
   * Saves the working copy; returns the new time of change, or null if the
   * document is gone. With `basedOn` (the updatedAt the caller last knew), a copy
   * changed since by someone else is left alone and 'conflict' is returned.
   */
  saveDocument(id: string, title: string, metadata: Metadata, body: NodeJSON, basedOn?: string): string | null | 'conflict' {
    const updated_at = this.now();
    const result = this.stmts.update!.run({
      id,
      title,
      diarienummer: metadata.diarienummer ?? '',
      metadata: JSON.stringify(metadata),
      body: JSON.stringify(body),
      updated_at,
      basedOn: basedOn ?? null,
    });
    if (result.changes === 1) return updated_at;
    return basedOn !== undefined && this.stmts.exists!.get(id) ? 'conflict' : null;
  }

  deleteDocument(id: string): boolean {
    return this.stmts.remove!.run(id).changes === 1;
  }

  listVersions(documentId: string): VersionSummary[] {
    return (this.stmts.listVersions!.all(documentId) as VersionRow[]).map(toVersionSummary);
  }

  getVersion(id: string): StoredVersion | null {
    const row = this.stmts.getVersion!.get(id) as VersionRow | undefined;
    return row ? toVersion(row) : null;
  }

  /** Snapshots the stored working copy under a label. */
  saveVersion(documentId: string, label: string): VersionSummary | null {
    const doc = this.stmts.get!.get(documentId) as DocumentRow | undefined;
    if (!doc) return null;
    const row: VersionRow = {
      id: randomUUID(),
      document_id: documentId,
      label,
      kind: doc.kind,
      metadata: doc.metadata,
      body: doc.body,
      created_at: this.now(),
    };
    this.stmts.insertVersion!.run(row);
    return toVersionSummary(row);
  }

  /** Runs several store calls as one transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  getSetting(key: string): string | null {
    const row = this.stmts.getSetting!.get(key) as { value: string } | undefined;
    return row ? row.value : null;
  }

  setSetting(key: string, value: string): void {
    this.stmts.setSetting!.run(key, value);
  }
}

function toSummary(row: Pick<DocumentRow, 'id' | 'kind' | 'title' | 'diarienummer' | 'created_at' | 'updated_at'>): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    diarienummer: row.diarienummer,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDocument(row: DocumentRow): StoredDocument {
  return { ...toSummary(row), metadata: JSON.parse(row.metadata) as Metadata, body: JSON.parse(row.body) as NodeJSON };
}

function toVersionSummary(row: Pick<VersionRow, 'id' | 'document_id' | 'label' | 'created_at'>): VersionSummary {
  return { id: row.id, documentId: row.document_id, label: row.label, createdAt: row.created_at };
}

function toVersion(row: VersionRow): StoredVersion {
  return { ...toVersionSummary(row), kind: row.kind, metadata: JSON.parse(row.metadata) as Metadata, body: JSON.parse(row.body) as NodeJSON };
}
