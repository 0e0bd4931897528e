import { KIND_LABELS } from '../core/model/kinds.js';
import type { FileError, FileReport } from './checkFile.js';

const KIND_SOURCE: Record<FileReport['kindSource'], string> = {
  given: 'angiven',
  detected: 'upptäckt',
  default: 'okänd typ – kontrollerad som riktlinje; ange --kind',
};

/** The human report: the checklist first, then the other findings as file:line:col. */
export function formatReport(r: FileReport): string {
  const out: string[] = [];
  out.push(`${r.file}: ${KIND_LABELS[r.kind]} (${KIND_SOURCE[r.kindSource]}), datum ${r.date}`);
  const missing = r.requirements.filter((q) => q.status === 'missing');
  out.push(`  Krav: ${r.requirements.length - missing.length} av ${r.requirements.length} uppfyllda`);
  for (const q of r.requirements) {
    if (q.status === 'present') {
      const where = q.evidence?.line != null ? `rad ${q.evidence.line}` : 'i metadata';
      out.push(`  ✓ ${q.title} (${q.id}) – ${where}`);
    } else {
      const where = q.insertAfter ? `hör hemma efter "${q.insertAfter}"` : 'saknar avsnitt att placeras efter';
      out.push(`  ✗ ${q.title} (${q.id}) [${q.severity}] – saknas; ${where}`);
    }
  }
  if (r.findings.length) {
    out.push('  Övriga fynd:');
    for (const f of r.findings) {
      const at = f.line != null ? `${r.file}:${f.line}:${f.column}` : `${r.file}`;
      const fix = f.replacement !== undefined ? ` Ersätt ”${f.found}” med ”${f.replacement}”.` : '';
      out.push(`  ${at} ${f.severity} ${f.message}${fix} [${f.rule}]`);
    }
  }
  return out.join('\n') + '\n';
}

export function isError(r: FileReport | FileError): r is FileError {
  return 'error' in r;
}

/** 2 if any file could not be read, else 1 if a requirement of severity fel is missing, else 0. */
export function exitCode(results: (FileReport | FileError)[], packErrors: boolean): number {
  if (packErrors || results.some(isError)) return 2;
  return results.some((r) => !isError(r) && r.requirements.some((q) => q.status === 'missing' && q.severity === 'fel')) ? 1 : 0;
}
