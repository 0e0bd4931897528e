import { describe, expect, it } from 'vitest';
import { importFile } from '../../core/import/importFile.js';
import { readPdfPages, PDF_LIMITS } from '../../core/import/pdf/extract.js';
import { minimalPdf, pdfFromObjects } from '../helpers/minimalPdf.js';

/** A PDF whose page tree claims `count` pages, all the same small page. */
function manyPagesPdf(count: number): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: count }, () => '3 0 R').join(' ')}] /Count ${count} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 760 Td (Sida med text) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  return new Uint8Array(pdfFromObjects(objects));
}

describe('PDF import limits', () => {
  it('refuses a PDF of 10,000 pages with a Swedish reason, quickly', async () => {
    const started = Date.now();
    await expect(importFile('enorm.pdf', manyPagesPdf(10_000))).rejects.toThrow(/10000 sidor, fler än gränsen på 2000 sidor/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('stops a reading that passes the time bound and says so in Swedish', async () => {
    const pdf = manyPagesPdf(300);
    await expect(readPdfPages(pdf, { ...PDF_LIMITS, maxMillis: 5 })).rejects.toThrow(/tog för lång tid att läsa/);
  }, 30_000);

  it('refuses text beyond the character bound, and files beyond the byte bound', async () => {
    await expect(readPdfPages(manyPagesPdf(50), { ...PDF_LIMITS, maxChars: 200 })).rejects.toThrow(/längre än gränsen på 200 tecken/);
    await expect(readPdfPages(new Uint8Array(minimalPdf(['Hej'])), { ...PDF_LIMITS, maxBytes: 100 })).rejects.toThrow(/större än gränsen/);
  }, 30_000);

  it('reads a PDF within the bounds in a worker thread', async () => {
    const pages = await readPdfPages(manyPagesPdf(3));
    expect(pages).toHaveLength(3);
    expect(pages[0]!.items.map((i) => i.str).join('')).toBe('Sida med text');
    expect(pages[0]!.items[0]!.size).toBeCloseTo(12, 0);
  }, 30_000);
});
