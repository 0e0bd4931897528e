import { ImportError } from '../docx/zipGuard.js';

/** Text items closer than this (in PDF units) vertically are on the same line. */
const SAME_LINE = 2;

/**
 * Extracts a PDF's text layer as plain lines (pdfjs-dist 5.6, legacy build for
 * Node 20), so the plain-text importer can take it from there.
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new ImportError('filen är tom');
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) {
    throw new ImportError('filen är inte en PDF');
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ImportError('PDF-filen är lösenordsskyddad');
    throw new ImportError('PDF-filen är skadad och kan inte läsas');
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines: string[] = [];
      let current = '';
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (lastY !== null && Math.abs(y - lastY) > SAME_LINE) {
          lines.push(current);
          current = '';
        }
        current += item.str;
        lastY = y;
        if (item.hasEOL) {
          lines.push(current);
          current = '';
          lastY = null;
        }
      }
      if (current) lines.push(current);
      pages.push(lines.join('\n'));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (!text.replace(/\s+/g, '')) throw new ImportError('PDF-filen saknar textlager (den är troligen inskannad som bild)');
    return text;
  } finally {
    await doc.destroy();
  }
}
