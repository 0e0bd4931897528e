import { UserError } from '../errors.js';

/**
 * Inspects a zip's central directory without unpacking anything, so a zip bomb
 * is refused before it costs time or memory.
 */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
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
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] {
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
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntryInfo[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ImportError('filen är skadad (zip-arkivets innehållsförteckning går inte att läsa)');
    }
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws an ImportError unless the bytes look like a docx that is safe to unpack. */
export function assertSafeDocx(bytes: Uint8Array): ZipEntryInfo[] {
  if (bytes.length === 0) throw new ImportError('filen är tom');
  if (isCompoundFile(bytes)) {
    throw new ImportError('filen är lösenordsskyddad, krypterad eller i det gamla .doc-formatet och kan inte läsas – spara den som vanlig .docx utan lösenord');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError('filen är inte ett Word-dokument (.docx)');
  const entries = listZipEntries(bytes);
  // ZIP64 marks sizes it cannot fit in 32 bits with 0xFFFFFFFF: treat as too large.
  const total = entries.reduce((sum, e) => sum + (e.uncompressedSize === 0xffffffff ? Infinity : e.uncompressedSize), 0);
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw new ImportError(`filen packas upp till mer än ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB och läses inte (möjlig zip-bomb)`);
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ImportError('filen är inte ett Word-dokument (word/document.xml saknas)');
  }
  return entries;
}
