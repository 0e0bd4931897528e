import mammoth from 'mammoth';
import JSZip from 'jszip';
import { unpackDocx, ImportError } from './zipGuard.js';

/** Word's built-in heading styles are matched by mammoth; these add custom styles literally named "Rubrik n". */
const STYLE_MAP = [
  "p[style-name='Rubrik 1'] => h1:fresh",
  "p[style-name='Rubrik 2'] => h2:fresh",
  "p[style-name='Rubrik 3'] => h3:fresh",
  "p[style-name='Rubrik 4'] => h3:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Rubrik'] => h1:fresh",
];

const XML_PARTS_TO_SCAN = /^word\/(document|styles|numbering|footnotes|endnotes)\.xml$|^\[Content_Types\]\.xml$|_rels\/.*\.rels$/;

export interface DocxReadResult {
  html: string;
  /** The file held tracked changes (w:ins/w:del); mammoth keeps insertions and drops deletions, i.e. accepts them. */
  hadTrackedChanges: boolean;
  /** Custom document properties (docProps/custom.xml), name → value. */
  customProperties: Record<string, string>;
}

/**
 * The parts the guard inflated and counted, re-packed: JSZip and mammoth only ever see these.
 * Kept per input, so a Word file read twice on import (readDocx, then readDocxParagraphTexts
 * for one of plain paragraphs) is inflated, checked and re-packed once.
 */
const guarded = new WeakMap<Uint8Array, Uint8Array>();
function guardedBytes(input: Uint8Array): Uint8Array {
  let bytes = guarded.get(input);
  if (!bytes) {
    bytes = unpackDocx(input).bytes;
    guarded.set(input, bytes);
  }
  return bytes;
}

export async function readDocx(input: Uint8Array): Promise<DocxReadResult> {
  const bytes = guardedBytes(input);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError('filen är skadad och kan inte packas upp');
  }
  let hadTrackedChanges = false;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!XML_PARTS_TO_SCAN.test(name)) continue;
    const xml = await entry.async('string');
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ImportError('filen innehåller XML-entiteter (DOCTYPE) och läses inte av säkerhetsskäl');
    if (name === 'word/document.xml' && /<w:(ins|del|moveFrom|moveTo)\b/.test(xml)) hadTrackedChanges = true;
  }
  const customProperties = await readCustomProperties(zip);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes } as unknown as { buffer: Buffer }, {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch (e) {
    throw new ImportError(`filen är skadad och kan inte läsas (${String((e as Error).message).split('\n')[0]})`);
  }
  return { html, hadTrackedChanges, customProperties };
}

/**
 * The text of every paragraph of a Word file, empty ones included (the HTML
 * pass drops those). A file made from plain text keeps its blank lines as
 * empty paragraphs: with them the text can be read as the text file it was.
 */
export async function readDocxParagraphTexts(input: Uint8Array): Promise<string[]> {
  const bytes = guardedBytes(input);
  try {
    const raw = (await mammoth.extractRawText({ buffer: bytes } as unknown as { buffer: Buffer })).value;
    // extractRawText ends every paragraph with a blank line, an empty one too.
    const paragraphs = raw.split('\n\n');
    if (paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
    return paragraphs;
  } catch (e) {
    throw new ImportError(`filen är skadad och kan inte läsas (${String((e as Error).message).split('\n')[0]})`);
  }
}

async function readCustomProperties(zip: JSZip): Promise<Record<string, string>> {
  const file = zip.file('docProps/custom.xml');
  if (!file) return {};
  const xml = await file.async('string');
  const props: Record<string, string> = {};
  const re = /<property\b[^>]*\bname="([^"]+)"[^>]*>\s*<vt:\w+>([\s\S]*?)<\/vt:\w+>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) props[decodeXml(m[1]!)] = decodeXml(m[2]!);
  return props;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
