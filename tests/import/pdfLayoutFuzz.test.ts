import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutPdf } from '../../core/import/pdf/index.js';
import { blocksToDoc } from '../../core/import/plainText.js';
import { ImportError } from '../../core/docx/zipGuard.js';
import type { PdfLine } from '../../core/import/pdf/lines.js';

/** Random page lines: any text, size, weight, position and cells. Layout must give blocks or a Swedish error. */
const line = (page: number) =>
  fc.record({
    text: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('1 Inledning', '• punkt', 'Sida 3 av 9', 'Innehåll', 'Syfte .......... 4', '¹ En fotnot', '2.1 Mål')),
    size: fc.oneof(fc.constant(11), fc.double({ min: 0, max: 60, noNaN: true })),
    bold: fc.boolean(),
    italic: fc.boolean(),
    x: fc.double({ min: 0, max: 600, noNaN: true }),
    y: fc.double({ min: -10, max: 900, noNaN: true }),
    cells: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  }).map((l): PdfLine => ({ ...l, page, xEnd: l.x + l.text.length * 5, pageHeight: 842, pageWidth: 595 }));

describe('PDF layout on random lines', () => {
  it('returns blocks that make a valid document, or a Swedish error, never a crash', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }).chain((counts) => fc.tuple(...counts.map((n, p) => fc.array(line(p), { maxLength: n })))), (pages) => {
        runs++;
        try {
          const result = layoutPdf(pages as PdfLine[][]);
          blocksToDoc(result.blocks, result.footnotes).check();
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
  }, 60_000);
});
