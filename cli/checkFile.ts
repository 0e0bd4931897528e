import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFile, MAX_TEXT_CHARS } from '../core/import/importFile.js';
import { errorReason } from './errors.js';
import type { DocumentKind } from '../core/model/kinds.js';
import { prepareForCheck, type KindSource } from '../core/rules/prepare.js';
import type { RuleEngine } from '../core/rules/engine.js';

/** One file's result in the shape `styrdok check --json` prints. */
export interface FileReport {
  file: string;
  kind: DocumentKind;
  /** 'default': the kind could not be detected and the default kind (riktlinje) was used. */
  kindSource: KindSource;
  date: string;
  requirements: {
    id: string;
    title: string;
    status: 'present' | 'missing';
    severity: string;
    /** `reason`: which pattern made it count (added in issue 8; additive). */
    evidence: { line: number | null; text: string; reason?: string } | null;
    insertAfter: string | null;
  }[];
  findings: {
    rule: string;
    severity: string;
    message: string;
    line: number | null;
    column: number | null;
    source: string;
    /** Text that should replace the found text (only when the rule has one). */
    replacement?: string;
    /** The found text that the replacement is for. */
    found?: string;
  }[];
}

export interface FileError {
  file: string;
  error: string;
}

export interface CheckOptions {
  kind?: DocumentKind;
  date?: string;
  today: string;
}

/** Files larger than this are not read at all: no document's text comes near it, photos included. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function checkFile(path: string, engine: RuleEngine, options: CheckOptions): Promise<FileReport | FileError> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { file: path, error: 'är ingen fil' };
    if (info.size > MAX_FILE_BYTES || (/\.(txt|md)$/i.test(path) && info.size > MAX_TEXT_CHARS * 4)) {
      return { file: path, error: 'filen är för stor för att kontrolleras' };
    }
    const imported = await importFile(basename(path), new Uint8Array(await readFile(path)));
    const { doc, kindSource } = prepareForCheck(imported, options);
    const result = engine.check(doc);
    return {
      file: path,
      kind: doc.kind,
      kindSource,
      date: doc.date,
      requirements: result.requirements.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        severity: r.severity,
        evidence: r.evidence ? { line: r.evidence.line, text: r.evidence.text, ...(r.evidence.reason ? { reason: r.evidence.reason } : {}) } : null,
        insertAfter: r.status === 'missing' ? r.insertAfter : null,
      })),
      findings: result.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        line: f.location?.line ?? null,
        column: f.location?.column ?? null,
        source: f.source,
        ...(f.replacement !== undefined ? { replacement: f.replacement, found: f.found } : {}),
      })),
    };
  } catch (e) {
    return { file: path, error: errorReason(e) };
  }
}
