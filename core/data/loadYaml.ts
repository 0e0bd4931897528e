import { parseDocument, LineCounter, isNode, type Document } from 'yaml';
import type { ZodType } from 'zod';

/** A data file as the edges hand it to core: a path for messages and its text. */
export interface DataFile {
  path: string;
  text: string;
  /** Shipped with Styrdok (rules/, templates/): trusted, and its rules are never turned off for time. */
  builtIn?: boolean;
}

/** One problem in a data file, precise enough for a person to fix it. */
export interface DataFileError {
  path: string;
  line: number | null;
  key: string | null;
  message: string;
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: DataFileError };

const MAX_DATA_FILE_CHARS = 1_000_000;
/** Packs and templates nest a handful of levels; far deeper is an attack on the parser's stack. */
export const MAX_DATA_DEPTH = 64;
const TOO_DEEP = `Filen är för djupt nästlad för att vara en datafil (högst ${MAX_DATA_DEPTH} nivåer).`;

/** The parser recurses; a stack overflow on absurd nesting becomes a Swedish message, not a crash. */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError || /call stack/i.test(String((e as Error)?.message));
}

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth;
  let max = depth + 1;
  for (const child of Object.values(value as object)) {
    max = Math.max(max, depthOf(child, limit, depth + 1));
    if (max > limit) break;
  }
  return max;
}

/**
 * Parses YAML and validates it against a schema. Errors name the file, the line
 * and the key (dotted path), in Swedish. Aliases are expanded with a hard limit,
 * so a "billion laughs" file is refused instead of eating memory.
 */
export function loadYaml<T>(file: DataFile, schema: ZodType<T>): LoadResult<T> {
  const fail = (line: number | null, key: string | null, message: string): LoadResult<T> => ({
    ok: false,
    error: { path: file.path, line, key, message },
  });
  if (file.text.length > MAX_DATA_FILE_CHARS) return fail(null, null, 'Filen är för stor för att vara en datafil.');
  if (file.text.includes('\u0000')) return fail(null, null, 'Filen är inte en textfil.');

  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    if (isStackOverflow(e)) return fail(null, null, TOO_DEEP);
    return fail(null, null, `Filen kunde inte läsas: ${firstLine(String((e as Error).message))}`);
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    if (isStackOverflow(err) || /call stack/i.test(err.message)) return fail(null, null, TOO_DEEP);
    const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
    return fail(line, null, `YAML-syntaxfel: ${firstLine(err.message)}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (isStackOverflow(e)) return fail(null, null, TOO_DEEP);
    return fail(null, null, `Filen kunde inte läsas: ${firstLine(String((e as Error).message))}`);
  }
  if (depthOf(data, MAX_DATA_DEPTH) > MAX_DATA_DEPTH) return fail(null, null, TOO_DEEP);
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    // reportInput: without the input every issue would read as a missing value.
    parsed = schema.safeParse(data, { reportInput: true });
  } catch (e) {
    if (isStackOverflow(e)) return fail(null, null, TOO_DEEP);
    throw e;
  }
  if (parsed.success) return { ok: true, value: parsed.data };
  // A misspelt key explains the "missing" key it stands for: report it first.
  const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
  let path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // An unknown key is reported at the key itself, not at its parent object.
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path = [...path, issue.keys[0]!];
  const line = lineOf(doc, lineCounter, path);
  return fail(line, path.length ? path.join('.') : null, describeIssue(issue));
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function lineOf(doc: Document, lineCounter: LineCounter, path: (string | number)[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const node = sub.length ? doc.getIn(sub, true) : doc.contents;
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    // For a key whose value is missing, find the key node in the parent map.
    if (n > 0) {
      const parent = doc.getIn(path.slice(0, n - 1), true) as { items?: { key: unknown }[] } | undefined;
      const keyNode = parent?.items?.find(
        (item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[n - 1],
      )?.key as { range?: [number, number, number] } | undefined;
      if (keyNode?.range) return lineCounter.linePos(keyNode.range[0]).line;
    }
  }
  return null;
}

interface ZodIssueLike {
  code: string;
  message: string;
  keys?: string[];
  expected?: unknown;
  values?: unknown[];
  input?: unknown;
}

function describeIssue(issue: ZodIssueLike): string {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'värde saknas';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `okänd nyckel "${issue.keys?.[0]}"`;
    case 'invalid_type':
      return issue.input === undefined ? 'värde saknas' : `fel typ av värde (förväntade ${swedishType(issue.expected)})`;
    case 'invalid_value':
      return `ogiltigt värde (tillåtna: ${(issue.values ?? []).map(String).join(', ')})`;
    case 'too_small':
      return 'värdet är för kort eller listan är tom';
    case 'too_big':
      return 'värdet är för långt eller listan för lång';
    default:
      return issue.message;
  }
}

function swedishType(expected: unknown): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'tal',
    boolean: 'sant/falskt',
    array: 'lista',
    object: 'objekt',
  };
  return names[String(expected)] ?? String(expected);
}

/** Formats an error for a person: "fil:rad: nyckel: meddelande". */
export function formatDataFileError(error: DataFileError): string {
  const where = error.line != null ? `${error.path}:${error.line}` : error.path;
  return `${where}: ${error.key ? `${error.key}: ` : ''}${error.message}`;
}

/** The line of a key path in a data file (for problems found after validation, e.g. a reference to an unknown id). */
export function lineAt(file: DataFile, path: (string | number)[]): number | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false });
  return doc.errors.length ? null : lineOf(doc, lineCounter, path);
}
