import { Node as PMNode } from 'prosemirror-model';
import { schema } from './schema.js';
import type { DocumentKind } from './kinds.js';
import type { Metadata } from './metadata.js';
import type { Template, TemplateSection } from './templates.js';
import { UserError } from '../errors.js';

/** ProseMirror's JSON form of a node; what the store and the API carry. */
export interface NodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJSON[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  title: string;
  diarienummer: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredDocument extends DocumentSummary {
  metadata: Metadata;
  body: NodeJSON;
}

export interface VersionSummary {
  id: string;
  documentId: string;
  label: string;
  createdAt: string;
}

export interface StoredVersion extends VersionSummary {
  kind: DocumentKind;
  metadata: Metadata;
  body: NodeJSON;
}

/** Builds the body of a new document: each template section as a heading and an empty paragraph (or a table). */
export function bodyFromTemplate(template: Template): PMNode {
  const blocks: PMNode[] = [];
  const add = (sections: TemplateSection[], level: number) => {
    for (const section of sections) {
      blocks.push(schema.nodes.heading.create({ level, sectionId: section.id }, schema.text(section.heading)));
      blocks.push(section.table ? emptyTable(section.table.columns) : schema.nodes.paragraph.create());
      if (section.sections) add(section.sections, Math.min(level + 1, 3));
    }
  };
  add(template.sections, 1);
  return schema.nodes.doc.create(null, blocks);
}

function emptyTable(columns: string[]): PMNode {
  const { table, table_row, table_header, table_cell, paragraph } = schema.nodes;
  const header = table_row.create(
    null,
    columns.map((c) => table_header.create(null, paragraph.create(null, schema.text(c)))),
  );
  const row = table_row.create(
    null,
    columns.map(() => table_cell.create(null, paragraph.create())),
  );
  return table.create(null, [header, row]);
}

export function emptyBody(): PMNode {
  return schema.nodes.doc.create(null, schema.nodes.paragraph.create());
}

/**
 * Turns stored or received JSON into a valid document, or throws with a
 * Swedish message. Guards the store against bodies the editor could not open.
 */
export function bodyFromJSON(json: unknown): PMNode {
  let node: PMNode;
  try {
    node = PMNode.fromJSON(schema, json as NodeJSON);
    node.check();
  } catch (e) {
    throw new UserError(`Dokumentets innehåll har en ogiltig struktur (${(e as Error).message}).`);
  }
  if (node.type !== schema.nodes.doc) throw new UserError('Dokumentets innehåll har en ogiltig struktur.');
  return node;
}

/** A document's title as shown in lists: the metadata title, else its first heading. */
export function displayTitle(metadata: Metadata, body: PMNode): string {
  const title = (metadata.title ?? '').trim();
  if (title) return title;
  let first = '';
  body.forEach((child) => {
    if (!first && child.type === schema.nodes.heading) first = child.textContent.trim();
  });
  return first;
}
