import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../model/schema.js';
import type { Metadata } from '../model/metadata.js';
import { detectKind } from '../model/detectKind.js';
import type { DocumentKind } from '../model/kinds.js';
import type { StyrdokProperties } from './styrdokDocx.js';
import { ImportError } from '../docx/zipGuard.js';
import { blockLines, blocksToDoc, parsePlainText, takeTitle } from './plainText.js';
import { readHeaderFields } from './headerFields.js';
import { metadataFromText, titleCandidate } from './metadataFromText.js';
import { namesSection } from './sectionNames.js';
import { decodeText } from '../text/decode.js';
import { pipeRowsApart, pipeTable } from './pipeTables.js';

export { ImportError };

export type ImportFormat = 'docx' | 'txt' | 'md' | 'pdf';

export interface ImportedDocument {
  format: ImportFormat;
  body: PMNode;
  metadata: Metadata;
  suggestedKind: DocumentKind | null;
  /** Things the user should know, in Swedish (e.g. tracked changes were accepted). */
  notices: string[];
  /** Source line of each text block in document order, where the format has lines (.txt, .pdf text). */
  lines?: number[];
  /** Source line of metadata fields read from header lines (.txt, .pdf text). */
  metadataLines?: Record<string, number>;
}

/** Extracted text beyond this is refused: about 1,500 pages. A docx full of photos is fine; only text counts. */
export const MAX_TEXT_CHARS = 6_000_000;

export function importFormatOf(fileName: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'docx') return 'docx';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'pdf') return 'pdf';
  return null;
}

/** Reads a .docx, .txt or .md file into a document body and metadata. Throws ImportError with a Swedish reason. */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const format = importFormatOf(fileName);
  if (!format) throw new ImportError('filformatet stöds inte (välj en .docx-, .txt-, .md- eller .pdf-fil)');
  const notices: string[] = [];
  let body!: PMNode;
  let metadata: Metadata = {};
  let lines: number[] | undefined;
  let metadataLines: Record<string, number> | undefined;
  let own: StyrdokProperties | null = null;
  // The first lines as the file has them: header lines that wrapping joined into one paragraph are apart here.
  let headLines: string[] = [];

  // Each format's reader is loaded when a file of that format comes: they are large, and
  // `styrdok check` on a text file needs none of them (issue 8, CLI start-up).
  let plainDocx: string | null = null;
  if (format === 'docx') {
    const [{ readDocx }, { htmlToDoc }, { readStyrdokProperties, restoreStyrdokDocx }, { promotePlainHeadings }] = await Promise.all([
      import('../docx/read.js'),
      import('./html.js'),
      import('./styrdokDocx.js'),
      import('./docxHeadings.js'),
    ]);
    const docx = await readDocx(bytes);
    body = htmlToDoc(docx.html);
    if (docx.hadTrackedChanges) {
      notices.push('Dokumentet innehöll spårade ändringar. De har godkänts vid importen: infogad text finns med och borttagen text är borta.');
    }
    own = readStyrdokProperties(docx.customProperties);
    if (own) {
      // Exported by Styrdok: what was edited in Word wins; the properties fill the rest (styrdokDocx.ts).
      ({ body, metadata } = restoreStyrdokDocx(body, own));
    } else if (isPlainParagraphs(body)) {
      // Nothing but unformatted paragraphs (a text file saved as Word): read as the text it is, so
      // headings, wrapped lines and header lines are found as in a .txt file.
      plainDocx = textOfParagraphs(await docx.paragraphTexts());
    } else {
      ({ body, metadata } = takeHeaderParagraphs(body));
      // Headings set as plain bold or hand-numbered paragraphs become headings (Styrdok's own files have styles).
      body = promotePlainHeadings(body);
    }
  }
  if (format === 'pdf') {
    const { importPdf } = await import('./pdf/index.js');
    const pdf = await importPdf(bytes);
    body = blocksToDoc(pdf.blocks, pdf.footnotes);
    metadata = pdf.metadata;
    lines = blockLines(pdf.blocks);
    metadataLines = pdf.metadataLines;
    headLines = pdf.headLines;
    if (pdf.footnotes.length) notices.push(footnoteNotice(pdf.footnotes.length));
  } else if (format !== 'docx' || plainDocx !== null) {
    const text = plainDocx ?? decodeText(bytes);
    headLines = text.split(/\r?\n/, 60).map((l) => l.trim()).filter(Boolean);
    if (format === 'txt' || format === 'docx') {
      const parsed = takeTitle(parsePlainText(text));
      body = blocksToDoc(parsed.blocks, parsed.footnotes);
      if (parsed.footnotes.length) notices.push(footnoteNotice(parsed.footnotes.length));
      metadata = parsed.metadata;
      // A Word file has no lines: its blocks are numbered in order.
      if (format === 'txt') {
        lines = blockLines(parsed.blocks);
        metadataLines = parsed.metadataLines;
      }
    } else {
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      const header = readHeaderFields(lines);
      const rest = lines.filter((_, i) => !header.consumed.has(i)).join('\n');
      const [{ default: MarkdownIt }, { htmlToDoc }] = await Promise.all([import('markdown-it'), import('./html.js')]);
      const md = new MarkdownIt({ html: false, linkify: false });
      body = htmlToDoc(md.render(pipeRowsApart(rest)));
      metadata = header.metadata;
    }
  }

  const plain = body.textBetween(0, body.content.size, '\n', ' ');
  if (plain.length > MAX_TEXT_CHARS) throw new ImportError(`texten är längre än gränsen på ${MAX_TEXT_CHARS / 1_000_000} miljoner tecken`);
  if (own) return { format, body, metadata, suggestedKind: own.kind, notices };
  // A file of header lines only ("Datum: …", "Diarienummer: …") has its text in the metadata.
  if (!plain.trim() && !Object.values(metadata).some((v) => typeof v === 'string' && v.trim())) throw new ImportError('filen innehåller ingen text');
  if (!metadata.title && format !== 'pdf') {
    // A PDF's title is known from its layout; elsewhere a heading followed by a heading, or a short first line, is the title.
    const title = firstTitleHeading(body) ?? titleCandidate(firstBlockText(body), namesSection);
    if (title) {
      // The title moves to the metadata, where the form shows it above the text.
      metadata.title = title;
      body = withoutFirstChild(body);
      lines = lines?.slice(1);
    }
  }
  Object.assign(metadata, metadataFromText([...headLines, ...leadingTexts(body)], metadata));
  return { format, body, metadata, suggestedKind: detectKind(`${metadata.title ?? ''}\n${plain}`)?.kind ?? null, notices, lines, metadataLines };
}

/** Only paragraphs of plain text: no heading, list, table, footnote, bold, italic or link anywhere. */
function isPlainParagraphs(body: PMNode): boolean {
  let plain = true;
  body.forEach((child) => {
    if (!plain) return;
    if (child.type !== schema.nodes.paragraph) plain = false;
    else child.forEach((inline) => {
      if (inline.marks.length || (!inline.isText && inline.type !== schema.nodes.hard_break)) plain = false;
    });
  });
  return plain;
}

/**
 * The paragraphs as lines of text. Where the file keeps empty paragraphs it was made
 * line by line from text (each line a paragraph, blank lines empty ones); otherwise
 * each paragraph is a paragraph of text.
 */
function textOfParagraphs(paragraphs: string[]): string {
  const lineByLine = paragraphs.some((p) => !p.trim());
  return paragraphs.join(lineByLine ? '\n' : '\n\n');
}

function footnoteNotice(count: number): string {
  return count === 1 ? 'Dokumentets fotnot finns kvar som fotnot vid sin hänvisning.' : `Dokumentets ${count} fotnoter finns kvar som fotnoter vid sina hänvisningar.`;
}

/** Header lines ("Datum: …", "Diarienr: …") in the first paragraphs of a Word file become metadata. */
function takeHeaderParagraphs(body: PMNode): { body: PMNode; metadata: Metadata } {
  const lead: PMNode[] = [];
  body.forEach((child, _offset, index) => {
    if (index < 25) lead.push(child);
  });
  const texts = lead.map((n) => (n.type === schema.nodes.paragraph ? n.textContent : ''));
  const { metadata, consumed } = readHeaderFields(texts);
  if (consumed.size === 0) return { body, metadata };
  const kept: PMNode[] = [];
  body.forEach((child, _offset, index) => {
    if (!consumed.has(index)) kept.push(child);
  });
  return { body: schema.nodes.doc.create(null, kept.length ? kept : [schema.nodes.paragraph.create()]), metadata };
}

function withoutFirstChild(body: PMNode): PMNode {
  const rest: PMNode[] = [];
  body.forEach((child, _offset, index) => {
    if (index > 0) rest.push(child);
  });
  return schema.nodes.doc.create(null, rest.length ? rest : [schema.nodes.paragraph.create()]);
}

/** The texts of the first top-level blocks, where a document states its metadata in words. */
function leadingTexts(body: PMNode): string[] {
  const texts: string[] = [];
  body.forEach((child, _offset, index) => {
    if (index < 30 && (child.type === schema.nodes.paragraph || child.type === schema.nodes.heading)) texts.push(child.textContent);
  });
  return texts;
}

function firstBlockText(body: PMNode): string | undefined {
  const first = body.firstChild;
  if (!first || body.childCount < 2 || (first.type !== schema.nodes.paragraph && first.type !== schema.nodes.heading)) return undefined;
  // The first row of a table typed with bars is no title.
  if (pipeTable([first.textContent.trim(), body.child(1).textContent.trim()], 0)) return undefined;
  return first.textContent;
}

/** As for plain text: the first heading is the title when another heading follows it directly. */
function firstTitleHeading(body: PMNode): string | null {
  if (body.childCount < 2) return null;
  const [first, second] = [body.child(0), body.child(1)];
  if (first.type !== schema.nodes.heading || second.type !== schema.nodes.heading || namesSection(first.textContent)) return null;
  return first.textContent.trim() || null;
}
