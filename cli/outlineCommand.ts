import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFile, type ImportedDocument } from '../core/import/importFile.js';
import { headingEntries } from '../core/model/outline.js';
import { KIND_LABELS, type DocumentKind } from '../core/model/kinds.js';
import type { Metadata } from '../core/model/metadata.js';
import { errorReason } from './errors.js';

/** The stable JSON form of `styrdok outline --json`: what an import found. */
export interface OutlineJSON {
  file: string;
  kind: DocumentKind | null;
  metadata: Metadata;
  headings: { level: number; text: string }[];
}

export function outlineOf(file: string, doc: ImportedDocument): OutlineJSON {
  return {
    file,
    kind: doc.suggestedKind,
    metadata: doc.metadata,
    headings: headingEntries(doc.body).map((h) => ({ level: h.level, text: h.heading })),
  };
}

interface IO {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/**
 * `styrdok outline FIL... [--json]`: metadata, suggested kind and headings with
 * their levels. With --json one file prints one object, several files an array.
 * Exit code 2 when a file could not be read.
 */
export async function outlineCommand(files: string[], json: boolean, io: IO): Promise<number> {
  let code = 0;
  const results: (OutlineJSON | { file: string; error: string })[] = [];
  for (const file of files) {
    try {
      const doc = await importFile(basename(file), new Uint8Array(readFileSync(file)));
      const outline = outlineOf(file, doc);
      results.push(outline);
      if (!json) {
        io.out.write(`${file}\n  Föreslagen typ: ${outline.kind ? KIND_LABELS[outline.kind] : 'okänd'}\n`);
        for (const [k, v] of Object.entries(outline.metadata)) io.out.write(`  ${k}: ${v}\n`);
        for (const h of outline.headings) io.out.write(`  ${'  '.repeat(h.level - 1)}${h.text}\n`);
        for (const n of doc.notices) io.out.write(`  Obs: ${n}\n`);
      }
    } catch (e) {
      code = 2;
      const reason = errorReason(e);
      io.err.write(`styrdok: ${file}: ${reason}\n`);
      results.push({ file, error: reason });
    }
  }
  if (json) io.out.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  return code;
}
