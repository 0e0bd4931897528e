import { ImportError } from '../../docx/zipGuard.js';

/** One run of text as the PDF places it: position and size in PDF units (origin bottom left). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** Bounds that end any PDF import with a Swedish message instead of a hang or exhausted memory. */
export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  maxChars: number;
  /** Wall-clock bound for the whole extraction; pdfjs runs in a worker thread that is terminated when it passes. */
  maxMillis: number;
}

export const PDF_LIMITS: PdfLimits = { maxBytes: 100 * 1024 * 1024, maxPages: 2000, maxChars: 6_000_000, maxMillis: 60_000 };

type Failure = { error: 'password' | 'corrupt' | 'pages' | 'chars'; detail?: number };
type Outcome = { pages: PdfPage[] } | Failure;

/**
 * Reads every page's text items with pdfjs-dist (legacy build, Node 20). Written
 * without closures or imports (pdfjs comes as an argument): its source text also runs as a worker thread.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function extractPages(pdfjs: any, data: Uint8Array, maxPages: number, maxChars: number): Promise<Outcome> {
  let doc;
  try {
    doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (e) {
    return { error: (e as Error).name === 'PasswordException' ? 'password' : 'corrupt' };
  }
  try {
    if (doc.numPages > maxPages) return { error: 'pages', detail: doc.numPages };
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // Font names ("ABCDEF+Arial-BoldMT") tell weight; they are known once the page's operators are read.
      const fonts: Record<string, { bold: boolean; italic: boolean }> = {};
      try {
        await page.getOperatorList();
        for (const key of Object.keys(content.styles)) {
          const font = page.commonObjs.has(key) ? page.commonObjs.get(key) : null;
          const name = String(font?.name ?? '');
          fonts[key] = {
            bold: /bold|black|heavy|semibold|demi/i.test(name) || font?.bold === true,
            italic: /italic|oblique/i.test(name) || font?.italic === true,
          };
        }
      } catch {
        // Without font names every run counts as regular; size still tells headings apart.
      }
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const t = item.transform as number[];
        const size = Math.hypot(t[2]!, t[3]!) || item.height || 0;
        const font = fonts[item.fontName] ?? { bold: false, italic: false };
        items.push({ str: item.str, x: t[4]!, y: t[5]!, width: item.width, size, bold: font.bold, italic: font.italic });
        chars += item.str.length;
      }
      if (chars > maxChars) return { error: 'chars', detail: chars };
      pages.push({ width: view.width, height: view.height, items });
      page.cleanup();
    }
    return { pages };
  } catch {
    // A damaged page (pdfjs throws from getPage or getTextContent) makes the whole file unreadable, in Swedish.
    return { error: 'corrupt' };
  } finally {
    await doc.destroy();
  }
}

/** Where pdfjs-dist's legacy build is, as a URL that import() takes from a worker too (CommonJS bundles and vitest). */
function pdfjsLocation(): string {
  if (typeof require !== 'function') throw new Error('no require: read in this thread');
  return require('node:url').pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
}

/**
 * The text layer of every page. pdfjs runs in a worker thread so that a PDF that
 * makes it loop can be stopped at the time bound; where no worker can start,
 * it runs in this thread with the page and text bounds only.
 */
export async function readPdfPages(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfPage[]> {
  if (bytes.length === 0) throw new ImportError('filen är tom');
  if (bytes.length > limits.maxBytes) throw new ImportError(`PDF-filen är större än gränsen på ${Math.round(limits.maxBytes / 1024 / 1024)} MB`);
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) throw new ImportError('filen är inte en PDF');
  const data = new Uint8Array(bytes);
  let outcome: Outcome;
  try {
    outcome = await inWorker(pdfjsLocation(), data, limits);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    outcome = await extractPages(await import('pdfjs-dist/legacy/build/pdf.mjs'), data, limits.maxPages, limits.maxChars);
  }
  if ('pages' in outcome) return outcome.pages;
  switch (outcome.error) {
    case 'password':
      throw new ImportError('PDF-filen är lösenordsskyddad');
    case 'pages':
      throw new ImportError(`PDF-filen har ${outcome.detail} sidor, fler än gränsen på ${limits.maxPages} sidor`);
    case 'chars':
      throw new ImportError(`PDF-filens text är längre än gränsen på ${limits.maxChars.toLocaleString('sv-SE')} tecken`);
    default:
      throw new ImportError('PDF-filen är skadad och kan inte läsas');
  }
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const extractPages = ${extractPages.toString()};
import(workerData.url).then(
  (pdfjs) =>
    extractPages(pdfjs, workerData.data, workerData.maxPages, workerData.maxChars).then(
      (r) => parentPort.postMessage(r),
      () => parentPort.postMessage({ error: 'corrupt' }),
    ),
  // pdfjs could not be loaded here (e.g. from inside a packed app): the caller reads in its own thread.
  () => parentPort.postMessage({ unavailable: true }),
);
`;

async function inWorker(url: string, data: Uint8Array, limits: PdfLimits): Promise<Outcome> {
  const { Worker } = await import('node:worker_threads');
  return new Promise<Outcome>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { url, data, maxPages: limits.maxPages, maxChars: limits.maxChars },
      // A hostile PDF must not take the whole process's memory with it.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new ImportError(`PDF-filen tog för lång tid att läsa (mer än ${Math.round(limits.maxMillis / 1000)} sekunder) och importen avbröts`))),
      limits.maxMillis,
    );
    worker.once('message', (m: Outcome | { unavailable: true }) => finish(() => ('unavailable' in m ? reject(new Error('pdfjs unavailable in a worker')) : resolve(m))));
    worker.once('error', (e) => finish(() => reject(/ERR_WORKER_OUT_OF_MEMORY/.test(String((e as { code?: string }).code)) ? new ImportError('PDF-filen kräver för mycket minne för att läsas') : e)));
    worker.once('exit', () => finish(() => reject(new Error('PDF-läsaren avslutades oväntat'))));
  });
}
