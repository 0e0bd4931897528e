import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importFile } from '../../core/import/importFile.js';
import { joinWrapped } from '../../core/import/plainText.js';
import { UserError } from '../../core/errors.js';
import { minimalPdf } from '../helpers/minimalPdf.js';
import { recordFuzz, timed } from './record.js';

/** Text, Markdown and PDF files as they arrive from outside: a Swedish error or a correct document, within 10 s. */
async function outcome(name: string, bytes: Uint8Array): Promise<{ ok: boolean; ms: number; text?: string }> {
  const { ms, error, value } = await timed(() => importFile(name, bytes));
  expect(ms, name).toBeLessThan(10_000);
  if (error) {
    expect(error, String((error as Error)?.stack)).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/[åäö]|filen|kan inte|läses/i);
    return { ok: false, ms };
  }
  const doc = (value as { body: { type: { name: string }; textContent: string } }).body;
  expect(doc.type.name).toBe('doc');
  return { ok: true, ms, text: doc.textContent };
}

describe('text, Markdown and PDF import under hostile input', () => {
  it('random bytes and random text as .txt, .md and .pdf', async () => {
    let cases = 0;
    let worst = 0;
    const count = (r: { ms: number }): void => {
      cases += 1;
      worst = Math.max(worst, r.ms);
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('a.txt', 'a.md', 'a.pdf'), fc.uint8Array({ maxLength: 4096 }), async (name, bytes) => count(await outcome(name, bytes))),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('a.txt', 'a.md'), fc.string({ unit: 'grapheme', maxLength: 3000 }), async (name, text) => {
        const r = await outcome(name, new TextEncoder().encode(text));
        count(r);
        // Whatever was read keeps its words (headings in capitals may be re-cased): nothing is invented.
        const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv');
        if (r.ok && r.text) for (const word of r.text.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w)).slice(0, 5)) expect(fold(text)).toContain(fold(word));
      }),
      { numRuns: 200 },
    );
    recordFuzz('text/md/pdf import: random bytes and text', cases, worst);
  }, 120_000);

  it('binary files named .txt are refused in Swedish', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    for (const bytes of [png, new Uint8Array(1000), Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)]) {
      await expect(importFile('bild.txt', bytes)).rejects.toThrow(/inte en textfil|binära/);
    }
    await expect(importFile('tom.txt', new Uint8Array())).rejects.toThrow(/tom/);
  });

  // Found by this test: a damaged page made pdfjs throw from getPage/getTextContent; core/import/pdf/extract.ts
  // turns any page error into a Swedish ImportError.
  it('truncated and bit-flipped PDFs end in a Swedish error or their text', async () => {
    const pdf = new Uint8Array(minimalPdf(['Riktlinje för anhörigstöd', 'Nämnden ansvarar för stödet.']));
    let cases = 0;
    let worst = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(pdf.length - 1), fc.array(fc.tuple(fc.nat(pdf.length - 1), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }), async (cut, flips) => {
        const bytes = pdf.slice(0, Math.max(1, cut));
        for (const [at, x] of flips) if (at < bytes.length) bytes[at] = bytes[at]! ^ x;
        const r = await outcome('skadad.pdf', bytes);
        cases++;
        worst = Math.max(worst, r.ms);
      }),
      { numRuns: 80 },
    );
    recordFuzz('pdf import: truncated and bit-flipped', cases, worst);
  }, 120_000);

  it('a huge hard-wrapped paragraph and a text without any line break import in bounded time', async () => {
    const wrapped = Array.from({ length: 60_000 }, (_, i) => `stödet till anhöriga ${i} ska`).join('\n');
    const oneLine = 'Nämnden erbjuder stöd till den som vårdar en närstående. '.repeat(40_000);
    let worst = 0;
    for (const [name, text] of [['radbruten.txt', wrapped], ['en-rad.txt', oneLine]] as const) {
      const r = await outcome(name, new TextEncoder().encode(text));
      worst = Math.max(worst, r.ms);
    }
    recordFuzz('txt import: 60,000 wrapped lines / 2.3 MB on one line', 2, worst);
  }, 60_000);

  it('joining wrapped lines is linear: 8x the lines take far less than 64x the time', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `ord ${i} och sam-`);
    const time = (n: number) => {
      const input = lines(n);
      const started = performance.now();
      joinWrapped(input);
      return performance.now() - started;
    };
    time(5_000);
    const small = Math.max(1, time(10_000));
    const large = time(80_000);
    // Linear gives ~8x; quadratic gives ~64x. 24x leaves room for a loaded machine.
    expect(large / small).toBeLessThan(24);
  });
});
