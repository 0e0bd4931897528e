import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFile } from '../core/import/importFile.js';
import { UserError } from '../core/errors.js';
import { headingEntries } from '../core/model/outline.js';
import { KIND_LABELS } from '../core/model/kinds.js';

const HELP = `Användning: styrdok <kommando> [flaggor] FIL...

Kommandon:
  outline FIL...   Visar metadata, föreslagen dokumenttyp och rubriker för .docx, .txt och .md

Flaggor:
  --json           Skriv resultatet som JSON
  --help           Visa den här hjälpen
  --version        Visa versionen
`;

/** Exit codes: 0 all went well, 2 a file could not be read. */
export async function run(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    out.write(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    out.write('styrdok 0.1.0\n');
    return 0;
  }
  if (command !== 'outline') {
    err.write(`styrdok: okänt kommando "${command}". Se styrdok --help.\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const files = rest.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    err.write('styrdok: ange minst en fil.\n');
    return 2;
  }
  let code = 0;
  const results: unknown[] = [];
  for (const file of files) {
    try {
      const doc = await importFile(basename(file), new Uint8Array(readFileSync(file)));
      const headings = headingEntries(doc.body).map((h) => ({ level: h.level, heading: h.heading }));
      if (json) results.push({ file, kind: doc.suggestedKind, metadata: doc.metadata, headings, notices: doc.notices });
      else {
        out.write(`${file}\n`);
        out.write(`  Föreslagen typ: ${doc.suggestedKind ? KIND_LABELS[doc.suggestedKind] : 'okänd'}\n`);
        for (const [k, v] of Object.entries(doc.metadata)) out.write(`  ${k}: ${v}\n`);
        for (const h of headings) out.write(`  ${'  '.repeat(h.level - 1)}${h.heading}\n`);
        for (const n of doc.notices) out.write(`  Obs: ${n}\n`);
      }
    } catch (e) {
      code = 2;
      const reason = e instanceof UserError ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen finns inte' : 'filen kunde inte läsas';
      err.write(`styrdok: ${file}: ${reason}\n`);
      if (json) results.push({ file, error: reason });
    }
  }
  if (json) out.write(JSON.stringify(results, null, 2) + '\n');
  return code;
}
