import { Inflate, zipSync } from 'fflate';
import { UserError } from '../errors.js';

/**
 * The gate every .docx passes before JSZip or mammoth sees it. Sizes declared
 * in a zip are never trusted: each part is inflated by fflate in small chunks
 * while the real output is counted, and the file is refused as soon as the
 * count passes the cap. What passes is re-packed (stored, uncompressed) from
 * exactly the bytes that were counted, so later readers cannot be told a
 * different story by the local headers or a second central directory.
 */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

interface CentralEntry extends ZipEntryInfo {
  method: number;
  flags: number;
  localOffset: number;
}

/** A file that cannot be imported; the message is the reason, in Swedish. */
export class ImportError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Hard cap on the bytes all parts may inflate to together. */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** A real document has a few dozen parts; thousands are a way to burn time. */
export const MAX_ZIP_ENTRIES = 2000;
/** Word nests a few dozen elements deep; parsers recurse, so absurd nesting is refused. */
export const MAX_XML_DEPTH = 256;
/** Input is pushed to the inflater in chunks this small, so one push yields at most ~4 MB. */
const CHUNK = 4096;

const DAMAGED = 'filen är skadad (zip-arkivet går inte att packa upp)';
const tooLarge = (cap: number) =>
  `filen packas upp till mer än ${Math.round(cap / 1024 / 1024)} MB och läses inte (möjlig zip-bomb)`;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

function readCentralDirectory(bytes: Uint8Array): CentralEntry[] {
  if (bytes.length < 22) throw new ImportError('filen är inte ett giltigt Word-dokument (zip-arkivet är ofullständigt)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minStart = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= minStart; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportError('filen är inte ett giltigt Word-dokument (zip-arkivet saknar innehållsförteckning)');
  const count = view.getUint16(eocd + 10, true);
  if (count === 0xffff || view.getUint32(eocd + 16, true) === 0xffffffff) {
    throw new ImportError('filen använder zip64, som ett Word-dokument aldrig behöver, och läses inte');
  }
  if (count > MAX_ZIP_ENTRIES) throw new ImportError(`filen innehåller fler än ${MAX_ZIP_ENTRIES} delar och läses inte`);
  let offset = view.getUint32(eocd + 16, true);
  const entries: CentralEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ImportError('filen är skadad (zip-arkivets innehållsförteckning går inte att läsa)');
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) throw new ImportError('filen är skadad (zip-arkivets innehållsförteckning går inte att läsa)');
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The central directory as declared; informative only, never trusted for sizes. */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] {
  return readCentralDirectory(bytes).map(({ name, compressedSize, uncompressedSize }) => ({ name, compressedSize, uncompressedSize }));
}

/** Inflates one part, counting real output against what is left of the cap. */
function inflateCapped(data: Uint8Array, method: number, budget: number, cap: number): Uint8Array {
  if (method === 0) {
    if (data.length > budget) throw new ImportError(tooLarge(cap));
    return data.slice();
  }
  if (method !== 8) throw new ImportError('filen använder en komprimering som Word inte använder och läses inte');
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > budget) throw new ImportError(tooLarge(cap));
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length && !finished; at += CHUNK) {
      inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(DAMAGED);
  }
  if (!finished) throw new ImportError(DAMAGED);
  const out = new Uint8Array(produced);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}

/**
 * Deepest element nesting in an XML text, or Infinity as soon as it passes
 * `limit`. Linear, no recursion; quoted attribute values may hold '>'.
 */
export function xmlDepth(xml: string, limit = MAX_XML_DEPTH): number {
  let depth = 0;
  let max = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      // Comment or CDATA: skip to its end without counting.
      const end = xml.startsWith('<!--', i) ? xml.indexOf('-->', i + 4) : xml.startsWith('<![CDATA[', i) ? xml.indexOf(']]>', i + 9) : xml.indexOf('>', i);
      if (end < 0) break;
      i = xml.indexOf('<', end + 1);
      continue;
    }
    let j = i + 1;
    let quote = 0;
    for (; j < xml.length; j++) {
      const c = xml.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e /* > */) break;
    }
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */) {
      const selfClosing = xml.charCodeAt(j - 1) === 0x2f;
      if (depth + 1 > max) {
        max = depth + 1;
        if (max > limit) return Infinity;
      }
      if (!selfClosing) depth++;
    }
    i = xml.indexOf('<', j + 1);
  }
  return max;
}

const XML_PART = /\.(xml|rels)$/i;

function checkXmlPart(name: string, bytes: Uint8Array): void {
  const xml = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ImportError('filen innehåller XML-entiteter (DOCTYPE) och läses inte av säkerhetsskäl');
  if (xmlDepth(xml) > MAX_XML_DEPTH) {
    throw new ImportError(`filen är orimligt djupt nästlad (mer än ${MAX_XML_DEPTH} nivåer i ${name}) och läses inte`);
  }
}

export interface UnpackedDocx {
  /** XML part name → inflated bytes, exactly as counted against the cap (other parts are left out). */
  parts: Map<string, Uint8Array>;
  /** The XML parts re-packed without compression, for JSZip and mammoth. */
  bytes: Uint8Array;
}

/**
 * Unpacks a .docx under a hard byte cap and refuses anything that is not a
 * plain, safe Word document. Throws an ImportError with a Swedish reason.
 */
export function unpackDocx(bytes: Uint8Array, cap = MAX_UNCOMPRESSED_BYTES): UnpackedDocx {
  if (bytes.length === 0) throw new ImportError('filen är tom');
  if (isCompoundFile(bytes)) {
    throw new ImportError('filen är lösenordsskyddad, krypterad eller i det gamla .doc-formatet och kan inte läsas – spara den som vanlig .docx utan lösenord');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError('filen är inte ett Word-dokument (.docx)');
  const entries = readCentralDirectory(bytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ImportError('filen är inte ett Word-dokument (word/document.xml saknas)');
  }
  // An honest declaration over the cap is refused before any work; a dishonest one is caught while inflating.
  // Images do not count: a document full of photos is fine, they are never inflated. (Folders declare 0.)
  const declared = entries.reduce((sum, e) => sum + (XML_PART.test(e.name) || e.name.endsWith('/') ? e.uncompressedSize : 0), 0);
  if (declared > cap) throw new ImportError(tooLarge(cap));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (parts.has(entry.name)) throw new ImportError(`filen är skadad (delen ${entry.name} finns två gånger)`);
    if (entry.flags & 0x1) throw new ImportError('filen är krypterad och kan inte läsas – spara den utan lösenord');
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new ImportError('filen använder zip64, som ett Word-dokument aldrig behöver, och läses inte');
    }
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new ImportError(DAMAGED);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new ImportError(DAMAGED);
    if (entry.name.endsWith('/')) continue; // a folder entry
    // Only the XML parts are ever read (text, styles, numbering, properties). Images, fonts and
    // embedded objects are neither inflated nor passed on: they cost nothing and cannot be a bomb.
    if (!XML_PART.test(entry.name)) continue;
    const data = inflateCapped(bytes.subarray(start, end), entry.method, cap - total, cap);
    // A part whose real size differs from the declared one is a damaged or forged archive.
    if (data.length !== entry.uncompressedSize) throw new ImportError(DAMAGED);
    total += data.length;
    checkXmlPart(entry.name, data);
    parts.set(entry.name, data);
  }
  const repacked = zipSync(Object.fromEntries(parts), { level: 0 });
  return { parts, bytes: repacked };
}

/** Throws an ImportError unless the bytes are a docx that is safe to unpack (inflates under the cap). */
export function assertSafeDocx(bytes: Uint8Array): ZipEntryInfo[] {
  unpackDocx(bytes);
  return listZipEntries(bytes);
}
