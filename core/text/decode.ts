import { ImportError } from '../docx/zipGuard.js';

/**
 * Decodes a text file: UTF-8 (with or without BOM), else Windows-1252, which
 * older Swedish systems still write. A file that is really binary is refused.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('filen är tom');
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  // An indexed loop: for…of over bytes made an iterator result per byte until the JIT caught up.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) throw new ImportError('filen är inte en textfil (den innehåller binära data)');
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control / sample.length > 0.01) throw new ImportError('filen är inte en textfil (den innehåller binära data)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
