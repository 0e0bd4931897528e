import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { KIND_LABELS, isDocumentKind, DOCUMENT_KINDS, type DocumentKind } from '../core/model/kinds.js';
import { isIsoDate } from '../core/model/metadata.js';
import { readBuiltInRuleFiles, readExtraRuleFiles, readYamlFolder } from '../io/dataFiles.js';
import { regexCheck } from '../io/regexSafety.js';
import { buildEngine, loadEngineInput } from './engineSetup.js';
import type { LoadOptions } from '../core/rules/engine.js';
import { checkFile, type FileError, type FileReport } from './checkFile.js';
import { startPool } from './pool.js';
import { exitCode, formatReport, isError } from './report.js';
import { HELP, VERSION } from './help.js';
import { outlineCommand } from './outlineCommand.js';

export interface CliIO {
  out: { write(s: string): unknown; isTTY?: boolean };
  err: { write(s: string): unknown; isTTY?: boolean };
  appRoot: string;
  /** The bundled script, for worker threads; without it files are checked in this thread. */
  script?: string;
  /** Most threads `check` may use, this one included (default: the machine's cores). */
  threads?: number;
  /** `check` leaves all files to `threads` worker threads and only collects here (the batch bench's one-worker figure). */
  workersOnly?: boolean;
  /** Validated packs kept between runs (the built CLI has one). */
  packCache?: LoadOptions['cache'];
}

interface Parsed {
  command: string;
  files: string[];
  kind?: DocumentKind;
  date?: string;
  packs: string[];
  json: boolean;
  out?: string;
  author?: string;
  /** Overwrite an existing -o file; without it an existing file is left alone (exit 2). */
  force: boolean;
}

function parseArgs(argv: string[]): Parsed | string {
  const [command = '', ...rest] = argv;
  const parsed: Parsed = { command, files: [], packs: [], json: false, force: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`flaggan ${arg} behöver ett värde`);
      return v;
    };
    try {
      if (arg === '--json') parsed.json = true;
      else if (arg === '--force') parsed.force = true;
      else if (arg === '--kind') {
        const k = value();
        if (!isDocumentKind(k)) return `okänd dokumenttyp "${k}" (välj ${DOCUMENT_KINDS.join(', ')})`;
        parsed.kind = k;
      } else if (arg === '--date') {
        const d = value();
        if (!isIsoDate(d)) return `datumet "${d}" ska skrivas ÅÅÅÅ-MM-DD`;
        parsed.date = d;
      } else if (arg === '--pack') parsed.packs.push(value());
      else if (arg === '-o' || arg === '--out') parsed.out = value();
      else if (arg === '--author') parsed.author = value();
      else if (arg.startsWith('--')) return `okänd flagga ${arg}`;
      else parsed.files.push(arg);
    } catch (e) {
      return (e as Error).message;
    }
  }
  return parsed;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const first = argv[0];
  if (!first || first === '--help' || first === '-h') {
    io.out.write(HELP);
    return first ? 0 : 2;
  }
  if (first === '--version') {
    io.out.write(VERSION);
    return 0;
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err.write(`styrdok: ${parsed}. Se styrdok --help.\n`);
    return 2;
  }
  if ((parsed.command === 'export' || parsed.command === 'compare') && parsed.out && !parsed.force && existsSync(parsed.out)) {
    io.err.write(`styrdok: ${parsed.out} finns redan och skrivs inte över. Välj ett annat namn eller ange --force.\n`);
    return 2;
  }
  if (parsed.command === 'export') {
    if (parsed.files.length !== 1 || !parsed.out) {
      io.err.write('styrdok: ange en fil och -o UT.docx.\n');
      return 2;
    }
    // Loaded on demand: the Word writer and the comparison are large and `check` needs neither.
    const { exportCommand } = await import('./exportCommands.js');
    return exportCommand(parsed.files[0]!, parsed.out, parsed.kind, parsed.author ?? 'Styrdok', io);
  }
  if (parsed.command === 'compare') {
    if (parsed.files.length !== 2) {
      io.err.write('styrdok: ange två filer: den gamla och den nya versionen.\n');
      return 2;
    }
    const { compareCommand } = await import('./exportCommands.js');
    return compareCommand(parsed.files[0]!, parsed.files[1]!, parsed.out, parsed.author ?? 'Styrdok', io);
  }
  if (parsed.command !== 'check' && parsed.command !== 'outline') {
    io.err.write(`styrdok: okänt kommando "${parsed.command}". Se styrdok --help.\n`);
    return 2;
  }
  if (parsed.files.length === 0) {
    io.err.write('styrdok: ange minst en fil.\n');
    return 2;
  }
  return parsed.command === 'check' ? check(parsed, io) : outlineCommand(parsed.files, parsed.json, io);
}

async function check(p: Parsed, io: CliIO): Promise<number> {
  const threads = Math.min(io.threads ?? availableParallelism(), p.files.length);
  // Workers start first: loading their code overlaps with loading the packs here.
  // This thread is one of the threads: it checks files too (unless workersOnly).
  const workers = io.workersOnly ? threads : threads - 1;
  const pool = io.script && workers > 0 && p.files.length >= 4 ? startPool(io.script, workers) : null;
  const { input, errors } = loadEngineInput(readBuiltInRuleFiles(io.appRoot), readExtraRuleFiles(p.packs), readYamlFolder(io.appRoot, 'templates'), {
    regexCheck: () => regexCheck(io.appRoot),
    cache: io.packCache,
  });
  for (const e of errors) io.err.write(`styrdok: ${e}\n`);
  const options = { kind: p.kind, date: p.date, today: new Date().toISOString().slice(0, 10) };
  const progress = io.err.isTTY && p.files.length > 1 ? (n: number) => io.err.write(`\rKontrollerar ${n}/${p.files.length}…`) : () => undefined;
  let results: (FileReport | FileError)[];
  if (pool) {
    // This thread's engine is built after the workers have their rules: they build theirs meanwhile.
    const checkHere = io.workersOnly
      ? null
      : () => {
          const engine = buildEngine(input);
          return (file: string) => checkFile(file, engine, options);
        };
    try {
      results = await pool.check(p.files, input, options, checkHere, progress);
    } finally {
      await pool.close();
    }
  } else {
    const engine = buildEngine(input);
    results = [];
    for (const file of p.files) {
      results.push(await checkFile(file, engine, options));
      progress(results.length);
    }
  }
  if (io.err.isTTY && p.files.length > 1) io.err.write('\r\x1b[K');
  for (const r of results) {
    if (isError(r)) io.err.write(`styrdok: ${r.file}: ${r.error}\n`);
    else if (r.kindSource === 'default') {
      io.err.write(`styrdok: ${r.file}: dokumenttypen kunde inte avgöras; kontrollerades som ${KIND_LABELS[r.kind].toLocaleLowerCase('sv')} (ange --kind för att välja)\n`);
    }
  }
  if (p.json) io.out.write(JSON.stringify(results, null, 2) + '\n');
  else {
    for (const r of results) {
      if (isError(r)) continue;
      if (r.kindSource === 'detected') io.err.write(`styrdok: ${r.file}: dokumenttypen upptäcktes som ${KIND_LABELS[r.kind].toLocaleLowerCase('sv')} (ange --kind för att välja själv)\n`);
      io.out.write(formatReport(r));
    }
  }
  return exitCode(results, errors.length > 0);
}
