import { z } from 'zod';
import { UserError } from './errors.js';
import { DOCUMENT_KINDS, type DocumentKind } from './model/kinds.js';
import type { DocumentSummary, NodeJSON, StoredDocument, StoredVersion, VersionSummary } from './model/document.js';
import type { Template, MetadataConfig } from './model/templates.js';
import type { Metadata } from './model/metadata.js';
import type { DataFile } from './data/loadYaml.js';
import type { Comparison } from './compare/compare.js';

/**
 * The one contract between the renderer and the back end. In Electron the
 * preload carries it over IPC; in the browser harness it goes over HTTP. Both
 * validate every payload with these schemas before a service sees it.
 */
const id = z.string().uuid();
const kind = z.enum(DOCUMENT_KINDS);
const metadata = z.record(z.string().max(100), z.string().max(2000)).refine((m) => Object.keys(m).length <= 100);

const MAX_DEPTH = 40;
const nodeJSON: z.ZodType<NodeJSON> = z.lazy(() =>
  z
    .object({
      type: z.string().max(40),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(nodeJSON).optional(),
      text: z.string().optional(),
      marks: z.array(z.object({ type: z.string().max(40), attrs: z.record(z.string(), z.unknown()).optional() }).strict()).optional(),
    })
    .strict(),
);
const body = z.unknown().refine((value) => depthOf(value) <= MAX_DEPTH, 'för djupt nästlat innehåll').pipe(nodeJSON);

/** Files cross the boundary as base64; 60 MB of it is about 45 MB of file. */
const fileData = z.object({ fileName: z.string().min(1).max(260), data: z.string().max(60_000_000) }).strict();

/** Metadata corrected in the import preview: field keys as in templates, short texts. */
const importMetadata = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/), z.string().max(2000))
  .refine((m) => Object.keys(m).length <= 60, 'för många metadatafält');

/** Old side: a saved version. New side: another version, the working copy (null), or a file. */
const compareInput = z
  .object({
    documentId: id,
    oldVersionId: id,
    newVersionId: id.nullable(),
    file: fileData.optional(),
    ignoreCase: z.boolean().default(false),
    ignoreWhitespace: z.boolean().default(true),
  })
  .strict();

export const apiInputs = {
  getStartupInfo: z.object({}).strict(),
  listDocuments: z.object({}).strict(),
  getDocument: z.object({ id }).strict(),
  /** The title is optional: the list then shows the document as untitled. */
  createDocument: z.object({ kind, title: z.string().trim().max(2000).optional() }).strict(),
  /**
   * basedOn: the updatedAt this window last read or saved. When given and the
   * stored copy has changed since (another window saved it), the save is refused
   * with code 'conflict' instead of silently overwriting.
   */
  saveDocument: z.object({ id, metadata, body, basedOn: z.string().max(40).optional() }).strict(),
  duplicateDocument: z.object({ id }).strict(),
  deleteDocument: z.object({ id }).strict(),
  listVersions: z.object({ documentId: id }).strict(),
  getVersion: z.object({ id }).strict(),
  saveVersion: z.object({ documentId: id, label: z.string().trim().min(1).max(200) }).strict(),
  restoreVersion: z.object({ versionId: id }).strict(),
  previewImport: fileData,
  /** Compares a saved version (old) with another version or the working copy (new: null). */
  compareVersions: compareInput,
  exportComparisonDocx: compareInput,
  exportDocumentDocx: z.object({ id }).strict(),
  setUserName: z.object({ name: z.string().trim().max(120) }).strict(),
  /** `metadata`: the fields as the user corrected them in the import preview; they win over what the file said. */
  importDocument: fileData.extend({ kind, metadata: importMetadata.optional() }).strict(),
} as const;

export interface StartupInfo {
  dataFile: string;
  /** Swedish messages the user must see (a damaged database left alone, a broken template). */
  warnings: string[];
  templates: Partial<Record<DocumentKind, Template>>;
  metadataConfig: MetadataConfig;
  /** Rule packs and the law register as texts, for the renderer's rule worker. */
  ruleFiles: DataFile[];
  /** The user's name, used as the author of tracked changes. */
  userName: string;
}

/** A file for the user to save; base64 so it crosses IPC and HTTP alike. */
export interface ExportedFile {
  fileName: string;
  data: string;
}

export interface ImportPreview {
  suggestedKind: DocumentKind | null;
  title: string;
  headings: string[];
  notices: string[];
  /** What the import recognised in the header and first page, for the user to correct before saving. */
  metadata: Metadata;
  /** The headings with their levels, as `styrdok outline` shows them. */
  outline: { level: number; text: string }[];
}

export interface ImportOutcome {
  document: StoredDocument;
  notices: string[];
}

export interface ApiResults {
  getStartupInfo: StartupInfo;
  listDocuments: DocumentSummary[];
  getDocument: StoredDocument;
  createDocument: StoredDocument;
  saveDocument: { updatedAt: string };
  duplicateDocument: StoredDocument;
  deleteDocument: { deleted: true };
  listVersions: VersionSummary[];
  getVersion: StoredVersion;
  saveVersion: VersionSummary;
  restoreVersion: StoredDocument;
  previewImport: ImportPreview;
  compareVersions: { comparison: Comparison; oldLabel: string; newLabel: string };
  /** The Word file and what a reader would catch in it (warnings never stop the export). */
  exportComparisonDocx: ExportedFile & { warnings: string[] };
  exportDocumentDocx: ExportedFile;
  setUserName: { name: string };
  importDocument: ImportOutcome;
}

export type ApiMethod = keyof typeof apiInputs;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;

/** What the renderer calls. */
export type Api = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResults[M]> };

/** What the back end implements. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiResults[M] | Promise<ApiResults[M]> };

/** The wire form of an answer, over IPC and HTTP alike. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: string; code?: ApiErrorCode };

/** Machine-readable kinds of refusal the renderer acts on (the message is for the user). */
export type ApiErrorCode = 'conflict' | 'storage';

/** A refusal the renderer must treat specially, e.g. a save that would overwrite another window's. */
export class CodedUserError extends UserError {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
  ) {
    super(message);
  }
}

export const API_METHODS = Object.keys(apiInputs) as ApiMethod[];

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(apiInputs, value);
}


/**
 * Validates and runs one call. Never throws: the answer carries a Swedish
 * message for anything the user can act on, and a generic one otherwise.
 */
export async function dispatch(handlers: ApiHandlers, method: unknown, payload: unknown): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: 'Okänt anrop.' };
  const parsed = apiInputs[method].safeParse(payload ?? {});
  if (!parsed.success) return { ok: false, error: `Ogiltiga uppgifter i anropet ${method}.` };
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof CodedUserError) return { ok: false, error: e.message, code: e.code };
    if (e instanceof UserError) {
      return { ok: false, error: (e as Error).message };
    }
    console.error(`[styrdok] ${method} failed:`, e);
    return { ok: false, error: 'Något gick fel i Styrdok. Ingenting av det du redan sparat har ändrats.' };
  }
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return depth;
  if (!value || typeof value !== 'object') return depth;
  const content = (value as { content?: unknown }).content;
  if (!Array.isArray(content)) return depth + 1;
  let max = depth + 1;
  for (const child of content) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}

export { UserError };
