import { CodedUserError, UserError, type ApiHandlers } from '../core/api.js';
import { withStorageErrors } from './store/storageErrors.js';
import { exportFileName } from './fileNames.js';
import { bodyFromJSON, bodyFromTemplate, displayTitle } from '../core/model/document.js';
import { headingEntries } from '../core/model/outline.js';
import { formatDataFileError } from '../core/data/loadYaml.js';
import { fieldsForKind, type TemplateSet } from '../core/model/templates.js';
import { comparedLine, type ComparedSource } from '../core/compare/describe.js';
import type { CompareRunner } from './compareRunner.js';
import type { CompareJob } from './compareJob.js';
import { exportDocument } from '../core/docx/write.js';
import type { DataFile } from '../core/data/loadYaml.js';
import { importFile, ImportError } from '../core/import/importFile.js';
import type { DocumentStore } from './store/documentStore.js';

export interface ServiceContext {
  store: DocumentStore;
  templates: TemplateSet;
  /** Rule packs as texts; the renderer's worker builds its engine from them. */
  ruleFiles: DataFile[];
  dataFile: string;
  warnings: string[];
  /** Runs comparisons off the thread that serves the windows (see compareRunner.ts). */
  compare: CompareRunner;
}

const USER_NAME = 'userName';


const NOT_FOUND = 'Dokumentet finns inte längre. Det kan ha tagits bort.';
const CONFLICT =
  'Dokumentet är öppet och har ändrats i ett annat fönster. Dina ändringar här har inte sparats över dem; de finns kvar i det här fönstret tills du väljer vad som ska gälla.';

/**
 * Lets the event loop serve others between the steps of a large comparison
 * (reading both sides, snapshotting, handing over to the worker, answering),
 * so that no single step blocks the windows for long.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The back end behind the API contract. The Electron IPC handlers and the
 * browser harness both call exactly these functions.
 */
export function createServices(ctx: ServiceContext): ApiHandlers {
  const { store, templates } = ctx;

  const userName = () => store.getSetting(USER_NAME) || 'Styrdok';

  /** The old side is a saved version; the new side another version, the working copy or a file. */
  const versionsToCompare = async (input: { documentId: string; oldVersionId: string; newVersionId: string | null; file?: { fileName: string; data: string } }) => {
    const oldVersion = store.getVersion(input.oldVersionId);
    if (!oldVersion || oldVersion.documentId !== input.documentId) throw new UserError('Versionen finns inte.');
    await breathe();
    const current = requireDocument(input.documentId);
    await breathe();
    const day = (iso: string) => iso.slice(0, 10);
    const old = { body: oldVersion.body, metadata: oldVersion.metadata, label: oldVersion.label, source: { type: 'version', label: oldVersion.label, date: day(oldVersion.createdAt) } as ComparedSource };
    if (input.file) {
      const imported = await importNamed(input.file.fileName, input.file.data);
      const next = { body: imported.body.toJSON(), metadata: imported.metadata, kind: current.kind, label: input.file.fileName, title: current.title, source: { type: 'file', name: input.file.fileName } as ComparedSource };
      return { old, next, fromFile: true };
    }
    const newVersion = input.newVersionId ? store.getVersion(input.newVersionId) : null;
    if (input.newVersionId && (!newVersion || newVersion.documentId !== input.documentId)) throw new UserError('Versionen finns inte.');
    const next = newVersion
      ? { body: newVersion.body, metadata: newVersion.metadata, kind: newVersion.kind, label: newVersion.label, title: current.title, source: { type: 'version', label: newVersion.label, date: day(newVersion.createdAt) } as ComparedSource }
      : { body: current.body, metadata: current.metadata, kind: current.kind, label: 'Nuvarande text', title: current.title, source: { type: 'current', date: day(new Date().toISOString()) } as ComparedSource };
    return { old, next, fromFile: false };
  };

  const jobFor = (sides: Awaited<ReturnType<typeof versionsToCompare>>, options: { ignoreCase: boolean; ignoreWhitespace: boolean }): CompareJob => ({
    old: { body: sides.old.body, metadata: sides.old.metadata },
    next: { body: sides.next.body, metadata: sides.next.metadata, kind: sides.next.kind },
    fields: fieldsForKind(templates, sides.next.kind).map((f) => ({ key: f.key, label: f.label, type: f.type })),
    options: { ignoreCase: options.ignoreCase, ignoreWhitespace: options.ignoreWhitespace },
  });

  const requireDocument = (id: string) => {
    const doc = store.getDocument(id);
    if (!doc) throw new UserError(NOT_FOUND);
    return doc;
  };

  return withStorageErrors({
    getStartupInfo: () => ({
      dataFile: ctx.dataFile,
      warnings: [
        ...ctx.warnings,
        ...templates.errors.map((e) => `Mallfilen kunde inte läsas: ${formatDataFileError(e)}`),
      ],
      templates: templates.templates,
      metadataConfig: templates.metadata,
      ruleFiles: ctx.ruleFiles,
      userName: userName(),
    }),

    setUserName: ({ name }) => {
      store.setSetting(USER_NAME, name);
      return { name };
    },

    compareVersions: async (input) => {
      const sides = await versionsToCompare(input);
      const { comparison } = await ctx.compare.run(jobFor(sides, input));
      await breathe();
      return { comparison: comparison!, oldLabel: sides.old.label, newLabel: sides.next.label };
    },

    exportComparisonDocx: async (input) => {
      const sides = await versionsToCompare(input);
      // Exporting a comparison first keeps the current text as a version, so what was sent can be found again.
      if (input.newVersionId === null && !sides.fromFile) store.saveVersion(input.documentId, `Exporterad jämförelse med "${sides.old.label}"`);
      await breathe();
      const now = new Date().toISOString();
      const result = await ctx.compare.run({
        ...jobFor(sides, input),
        export: { author: userName(), date: now.replace(/\.\d{3}Z$/, 'Z'), title: sides.next.metadata.title?.trim() || sides.next.title || 'Jämförelse', comparedLine: comparedLine(sides.old.source, sides.next.source), today: now.slice(0, 10) },
      });
      if (!result.bytes) throw new Error('jämförelsen gav ingen fil');
      await breathe();
      return { fileName: exportFileName(`Jämförelse ${sides.next.title || 'dokument'}`, 'docx'), data: Buffer.from(result.bytes).toString('base64'), warnings: result.warnings };
    },

    exportDocumentDocx: async ({ id }) => {
      const doc = requireDocument(id);
      const metadataRows = fieldsForKind(templates, doc.kind).map((f) => ({ key: f.key, label: f.label, value: doc.metadata[f.key] ?? '' }));
      const bytes = await exportDocument({ kind: doc.kind, metadata: doc.metadata, body: bodyFromJSON(doc.body), metadataRows, author: userName() });
      return { fileName: exportFileName(doc.title || 'Dokument', 'docx'), data: Buffer.from(bytes).toString('base64') };
    },

    listDocuments: () => store.listDocuments(),

    getDocument: ({ id }) => requireDocument(id),

    createDocument: ({ kind, title = '' }) => {
      const template = templates.templates[kind];
      if (!template) throw new UserError('Mallen för den här dokumenttypen kunde inte läsas. Se meddelandet om mallfilen.');
      const metadata: Record<string, string> = title ? { title } : {};
      return store.createDocument({ kind, title, metadata, body: bodyFromTemplate(template).toJSON() });
    },

    saveDocument: ({ id, metadata, body, basedOn }) => {
      const doc = bodyFromJSON(body);
      const updatedAt = store.saveDocument(id, displayTitle(metadata, doc), metadata, body, basedOn);
      if (updatedAt === 'conflict') throw new CodedUserError(CONFLICT, 'conflict');
      if (!updatedAt) throw new UserError(NOT_FOUND);
      return { updatedAt };
    },

    duplicateDocument: ({ id }) => {
      const source = requireDocument(id);
      const title = source.title ? `${source.title} (kopia)` : 'Kopia';
      const metadata = { ...source.metadata, title };
      return store.createDocument({ kind: source.kind, title, metadata, body: source.body });
    },

    deleteDocument: ({ id }) => {
      if (!store.deleteDocument(id)) throw new UserError(NOT_FOUND);
      return { deleted: true as const };
    },

    listVersions: ({ documentId }) => store.listVersions(documentId),

    getVersion: ({ id }) => {
      const version = store.getVersion(id);
      if (!version) throw new UserError('Versionen finns inte.');
      return version;
    },

    saveVersion: ({ documentId, label }) => {
      const version = store.saveVersion(documentId, label);
      if (!version) throw new UserError(NOT_FOUND);
      return version;
    },

    restoreVersion: ({ versionId }) =>
      store.transaction(() => {
        const version = store.getVersion(versionId);
        if (!version) throw new UserError('Versionen finns inte.');
        // The current text is kept as a version of its own before it is replaced.
        store.saveVersion(version.documentId, `Före återställning till "${version.label}"`);
        const title = displayTitle(version.metadata, bodyFromJSON(version.body));
        if (!store.saveDocument(version.documentId, title, version.metadata, version.body)) throw new UserError(NOT_FOUND);
        return requireDocument(version.documentId);
      }),

    previewImport: async ({ fileName, data }) => {
      const imported = await importNamed(fileName, data);
      const outline = headingEntries(imported.body).map((h) => ({ level: h.level, text: h.heading }));
      return {
        suggestedKind: imported.suggestedKind,
        title: imported.metadata.title ?? '',
        headings: outline.map((h) => h.text),
        notices: imported.notices,
        metadata: imported.metadata,
        outline,
      };
    },

    importDocument: async ({ fileName, data, kind, metadata: corrected }) => {
      const imported = await importNamed(fileName, data);
      // What the user corrected in the preview wins; a field emptied there is dropped.
      const metadata = { ...imported.metadata };
      for (const [key, value] of Object.entries(corrected ?? {})) {
        if (value.trim()) metadata[key] = value.trim();
        else delete metadata[key];
      }
      if (!metadata.title) metadata.title = fileName.replace(/\.[^.]+$/, '');
      const document = store.createDocument({ kind, title: metadata.title, metadata, body: imported.body.toJSON() });
      return { document, notices: imported.notices };
    },
  });
}

/** Imports a file, naming it in the message if it cannot be read. */
async function importNamed(fileName: string, data: string) {
  try {
    return await importFile(fileName, decodeBase64(data));
  } catch (e) {
    if (e instanceof ImportError) throw new UserError(`${fileName} kunde inte importeras: ${e.message}.`);
    throw e;
  }
}

function decodeBase64(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}
