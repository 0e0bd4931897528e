import { readFile, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { importFile, type ImportedDocument } from '../core/import/importFile.js';
import { errorReason } from './errors.js';
import { exportDocument } from '../core/docx/write.js';
import { exportComparison } from '../core/docx/writeComparison.js';
import { compareVersions, isShown, type Comparison } from '../core/compare/compare.js';
import { comparedLine } from '../core/compare/describe.js';
import { exportWarnings } from '../core/compare/exportWarnings.js';
import { buildEngine, loadEngineInput } from './engineSetup.js';
import { regexCheck } from '../io/regexSafety.js';
import { fieldsForKind, loadTemplates } from '../core/model/templates.js';
import { detectKind } from '../core/model/detectKind.js';
import type { DocumentKind } from '../core/model/kinds.js';
import { readBuiltInRuleFiles, readYamlFolder } from '../io/dataFiles.js';
import type { CliIO } from './styrdok.js';

async function load(path: string): Promise<ImportedDocument> {
  return importFile(basename(path), new Uint8Array(await readFile(path)));
}

/** Writes through a temporary file, so a failed write never leaves half a file where the user expects one. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temp, bytes);
  await rename(temp, path);
}

export function describeError(e: unknown, path: string): string {
  return `${path}: ${errorReason(e)}`;
}

export async function exportCommand(file: string, out: string, kind: DocumentKind | undefined, author: string, io: CliIO): Promise<number> {
  let imported: ImportedDocument;
  try {
    imported = await load(file);
  } catch (e) {
    io.err.write(`styrdok: ${describeError(e, file)}\n`);
    return 2;
  }
  const k = kind ?? imported.suggestedKind ?? detectKind(imported.body.textContent)?.kind ?? 'riktlinje';
  const templates = loadTemplates(readYamlFolder(io.appRoot, 'templates'));
  const metadataRows = fieldsForKind(templates, k).map((f) => ({ key: f.key, label: f.label, value: imported.metadata[f.key] ?? '' }));
  const bytes = await exportDocument({ kind: k, metadata: imported.metadata, body: imported.body, metadataRows, author });
  try {
    await writeAtomically(out, bytes);
  } catch (e) {
    io.err.write(`styrdok: ${describeError(e, out)}\n`);
    return 2;
  }
  io.out.write(`Skrev ${out}\n`);
  return 0;
}

export async function compareCommand(oldFile: string, newFile: string, out: string | undefined, author: string, io: CliIO): Promise<number> {
  const docs: ImportedDocument[] = [];
  for (const file of [oldFile, newFile]) {
    try {
      docs.push(await load(file));
    } catch (e) {
      io.err.write(`styrdok: ${describeError(e, file)}\n`);
      return 2;
    }
  }
  const [older, newer] = docs as [ImportedDocument, ImportedDocument];
  const templateFiles = readYamlFolder(io.appRoot, 'templates');
  const templates = loadTemplates(templateFiles);
  const kind = newer.suggestedKind ?? detectKind(newer.body.textContent)?.kind ?? 'riktlinje';
  const fields = fieldsForKind(templates, kind);
  const comparison = compareVersions({ body: older.body, metadata: older.metadata }, { body: newer.body, metadata: newer.metadata }, fields, { ignoreWhitespace: true });
  if (!out) {
    io.out.write(summary(comparison, oldFile, newFile));
    return 0;
  }
  const now = new Date().toISOString();
  const bytes = await exportComparison(comparison, {
    author,
    date: now.replace(/\.\d{3}Z$/, 'Z'),
    title: newer.metadata.title?.trim() || `Jämförelse: ${basename(oldFile)} och ${basename(newFile)}`,
    comparedLine: comparedLine({ type: 'file', name: basename(oldFile) }, { type: 'file', name: basename(newFile) }),
  });
  // What a reader would catch is said on stderr; it does not stop the export.
  // The same validated, cached packs as `styrdok check`.
  const engine = buildEngine(loadEngineInput(readBuiltInRuleFiles(io.appRoot), [], templateFiles, { regexCheck: () => regexCheck(io.appRoot), cache: io.packCache }).input);
  for (const w of exportWarnings({ kind, metadata: newer.metadata, body: newer.body, fields, engine, today: now.slice(0, 10) })) io.err.write(`styrdok: varning: ${w}\n`);
  try {
    await writeAtomically(out, bytes);
  } catch (e) {
    io.err.write(`styrdok: ${describeError(e, out)}\n`);
    return 2;
  }
  io.out.write(`${comparison.identical ? 'Inga skillnader. ' : ''}Skrev ${out} med spårade ändringar.\n`);
  return 0;
}

const STATUS: Record<string, string> = { changed: 'ändrat', inserted: 'nytt', deleted: 'borttaget', moved: 'flyttat' };

export function summary(c: Comparison, oldFile: string, newFile: string): string {
  if (c.identical) return 'Inga skillnader.\n';
  const lines = [`Jämförelse av ${oldFile} (gammal) och ${newFile} (ny):`];
  for (const m of c.metadata) {
    if (m.status !== 'equal' && !m.ignorable) lines.push(`  ${m.label}: ${m.old ? `”${m.old}”` : '(tomt)'} → ${m.new ? `”${m.new}”` : '(tomt)'}`);
  }
  for (const s of c.sections) {
    if (s.status === 'equal') continue;
    const count = s.status === 'moved' && s.changes === 0 ? '' : `, ${s.changes} ${s.changes === 1 ? 'ändring' : 'ändringar'}`;
    lines.push(`  ${s.heading}: ${STATUS[s.status]}${count}`);
  }
  const shown = c.changes.filter(isShown);
  const count = (op: string) => shown.filter((x) => x.op === op && !('moved' in x && x.moved)).length;
  const moved = shown.filter((x) => x.op === 'insert' && x.moved).length;
  if (c.coarse) lines.push('Versionerna skiljer sig så mycket att delar av jämförelsen visas som hela stycken som tagits bort och lagts till.');
  lines.push(`Totalt: ${count('change')} ändrade, ${count('insert')} nya, ${count('delete')} borttagna och ${moved} flyttade stycken.`);
  return lines.join('\n') + '\n';
}
