import { ImportError } from '../../docx/zipGuard.js';
import type { Metadata } from '../../model/metadata.js';
import type { TextBlock } from '../plainText.js';
import { readHeaderFields } from '../headerFields.js';
import { readPdfPages, PDF_LIMITS, type PdfLimits } from './extract.js';
import { pageLines, type PdfLine } from './lines.js';
import { dropRunningLines, dropTableOfContents, takeFootnotes } from './furniture.js';
import { bodySizeOf, layoutBlocks } from './layout.js';

export { PDF_LIMITS, type PdfLimits };

export interface PdfImport {
  blocks: TextBlock[];
  metadata: Metadata;
  metadataLines: Record<string, number>;
  /** Footnote texts in order, each starting with its number ("3 NKA, …"). */
  footnotes: string[];
  /** The first lines of text, for metadata stated line by line. */
  headLines: string[];
}

/** A PDF read by its layout: headings by size and weight, furniture dropped, footnotes apart. */
export async function importPdf(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfImport> {
  const pages = await readPdfPages(bytes, limits);
  return layoutPdf(pages.map(pageLines));
}

export function layoutPdf(rawPages: PdfLine[][]): PdfImport {
  const all = rawPages.flat();
  if (!all.some((l) => /\S/.test(l.text))) throw new ImportError('PDF-filen saknar textlager (den är troligen inskannad som bild)');
  const bodySize = bodySizeOf(all);
  const pages = dropRunningLines(rawPages, bodySize);
  const footnotes: string[] = [];
  const body: PdfLine[] = [];
  for (const page of pages) {
    const { lines, notes } = takeFootnotes(page, bodySize);
    footnotes.push(...notes);
    body.push(...lines);
  }
  let kept = dropTableOfContents(body);

  // Header lines on the first page ("Diarienummer: …", "Datum: …") are metadata, not text.
  const header = readHeaderFields(kept.slice(0, 25).map((l) => l.text));
  const lineNo = new Map(all.map((l, i) => [l, i + 1]));
  const metadataLines: Record<string, number> = {};
  for (const [key, idx] of Object.entries(header.lines)) metadataLines[key] = lineNo.get(kept[idx - 1]!) ?? idx;
  kept = kept.filter((_, i) => !header.consumed.has(i));

  const { blocks, title } = layoutBlocks(kept, bodySize, kept.map((l) => lineNo.get(l) ?? 0));
  const metadata = { ...header.metadata };
  if (title && !metadata.title) metadata.title = title;
  return { blocks, metadata, metadataLines, footnotes, headLines: kept.slice(0, 60).map((l) => l.text) };
}
