import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../model/schema.js';
import type { Metadata } from '../model/metadata.js';
import { readHeaderFields } from './headerFields.js';
import { separateFootnoteDigits } from '../text/footnotes.js';

/**
 * Plain text as municipal documents are often extracted from PDF: hard-wrapped
 * lines, headings on lines of their own, footnote digits glued to words, and
 * header lines with date and diarienummer. Turned into headings, paragraphs
 * and lists.
 */
/** `line` (and `lines` for list items) is the 1-based line in the source where the block starts. */
export type TextBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'list'; ordered: boolean; items: string[]; lines: number[] };

export interface PlainTextResult {
  metadata: Metadata;
  /** Source line of each metadata field read from header lines. */
  metadataLines: Record<string, number>;
  blocks: TextBlock[];
}

const BULLET = /^\s*(?:[•●▪◦∙·\-–*]|o(?=\s))\s+(.*)$/u;
const ORDERED_ITEM = /^\s*(\d{1,2})[.)]\s+(.*[.!?:;,])\s*$/u;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\p{Lu}.*)$/u;
const PAGE_NUMBER = /^\s*(?:sida\s+)?\d{1,3}(?:\s*(?:\(|av|\/)\s*\d{1,3}\)?)?\s*$/iu;
const DANGLING_END = /\s(att|och|eller|samt|som|en|ett|i|för|till|med|av|på|om|den|det|de|är|har|ska|kan|vid|från|under|annat|bland|exempelvis|t\.ex)$/iu;
const FINAL_PUNCT = /[.,;:!?]$/u;
const SENTENCE_END = /[.!?:]["”»)]?$/u;

export function parsePlainText(input: string): PlainTextResult {
  const text = input.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').replace(/\u00ad/g, '');
  const lines = text.split('\n').map((l) => l.replace(/[\t\u00a0 ]+/g, ' ').trim());
  const { metadata, consumed, lines: metadataLines } = readHeaderFields(lines);

  const blocks: TextBlock[] = [];
  let para: string[] = [];
  let paraLine = 0;
  let list: { ordered: boolean; items: string[]; lines: number[] } | null = null;
  const flushPara = () => {
    if (para.length) blocks.push({ type: 'paragraph', text: cleanText(joinWrapped(para)), line: paraLine });
    para = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(cleanText), lines: list.lines });
    list = null;
  };
  const flush = () => {
    flushPara();
    flushList();
  };

  for (let i = 0; i < lines.length; i++) {
    if (consumed.has(i)) continue;
    const line = lines[i]!;
    if (!line || PAGE_NUMBER.test(line)) {
      flush();
      continue;
    }
    const prev = previousContent(lines, consumed, i);
    const startsBlock = prev === null || prev.blank || SENTENCE_END.test(prev.text) || isHeadingLike(prev.text);
    const next = nextLine(lines, i);

    const bullet = BULLET.exec(line);
    if (bullet) {
      flushPara();
      if (!list || list.ordered) {
        flushList();
        list = { ordered: false, items: [], lines: [] };
      }
      list.items.push(bullet[1]!);
      list.lines.push(i + 1);
      continue;
    }
    const ordered = ORDERED_ITEM.exec(line);
    if (ordered && (list?.ordered || startsBlock)) {
      flushPara();
      if (!list || !list.ordered) {
        flushList();
        list = { ordered: true, items: [], lines: [] };
      }
      list.items.push(ordered[2]!);
      list.lines.push(i + 1);
      continue;
    }
    if (startsBlock) {
      const heading = headingOf(line, next);
      if (heading) {
        flush();
        blocks.push({ ...heading, line: i + 1 });
        continue;
      }
    }
    if (list && !prev?.blank && !startsBlock) {
      // A wrapped continuation of the last list item.
      list.items[list.items.length - 1] = joinWrapped([list.items[list.items.length - 1]!, line]);
      continue;
    }
    flushList();
    if (para.length === 0) paraLine = i + 1;
    para.push(line);
  }
  flush();
  return { metadata, metadataLines, blocks };
}

function previousContent(lines: string[], consumed: Set<number>, i: number): { text: string; blank: boolean } | null {
  if (i === 0) return null;
  for (let j = i - 1; j >= 0; j--) {
    if (consumed.has(j)) return { text: '', blank: true };
    const l = lines[j]!;
    return l ? { text: l, blank: false } : { text: '', blank: true };
  }
  return null;
}

function nextLine(lines: string[], i: number): string {
  return lines[i + 1] ?? '';
}

function isHeadingLike(line: string): boolean {
  return headingOf(line, '') !== null;
}

/** A line is a heading when it is short, ends without punctuation, and starts like a title. */
function headingOf(line: string, next: string): { type: 'heading'; level: 1 | 2 | 3; text: string } | null {
  if (line.length > 90 || FINAL_PUNCT.test(line)) return null;
  const words = line.split(' ');
  const numbered = NUMBERED_HEADING.exec(line);
  if (numbered) {
    if (words.length > 12) return null;
    const depth = numbered[1]!.split('.').filter(Boolean).length;
    return { type: 'heading', level: Math.min(depth, 3) as 1 | 2 | 3, text: line };
  }
  if (words.length > 10) return null;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toLocaleUpperCase('sv')) {
    return { type: 'heading', level: 1, text: capitalise(line) };
  }
  if (!/^\p{Lu}/u.test(line)) return null;
  // A short capitalised line followed by a lower-case continuation is a wrapped sentence;
  // so is one that ends in a word no heading ends with ("… bland annat").
  if (next && /^\p{Ll}/u.test(next)) return null;
  if (DANGLING_END.test(line)) return null;
  return { type: 'heading', level: 1, text: line };
}

function capitalise(line: string): string {
  const lower = line.toLocaleLowerCase('sv');
  return lower.charAt(0).toLocaleUpperCase('sv') + lower.slice(1);
}

/** Joins hard-wrapped lines, mending words hyphenated at the line end. */
export function joinWrapped(lines: string[]): string {
  // Linear: the rules look only at the last few characters (`tail`), and the parts are joined once.
  // (Testing /-$/ against the whole growing text was quadratic: 60,000 lines took minutes.)
  const parts: string[] = [];
  let tail = '';
  const append = (s: string) => {
    parts.push(s);
    tail = (tail + s).slice(-4);
  };
  for (const line of lines) {
    if (!tail) {
      parts.length = 0;
      append(line);
      continue;
    }
    if (/\d-$/.test(tail) && /^\d/.test(line)) append(line); // "2020-\n12-11"
    else if (/\p{L}-$/u.test(tail) && /^(och|eller|samt|respektive|till)\b/u.test(line)) append(' ' + line); // "hälso- och"
    else if (/\p{Ll}-$/u.test(tail) && /^\p{Ll}/u.test(line)) {
      // "sam-\nverkan": the hyphen is the last character of the last part.
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      tail = tail.slice(0, -1);
      append(line);
    } else append(' ' + line);
  }
  return parts.join('');
}

function cleanText(text: string): string {
  return separateFootnoteDigits(text).replace(/ {2,}/g, ' ').trim();
}

/** The first heading is the title when another heading follows it directly (a title page, not a section). */
export function takeTitle(result: PlainTextResult): PlainTextResult {
  const [first, second] = result.blocks;
  if (result.metadata.title || first?.type !== 'heading' || second?.type !== 'heading') return result;
  return { ...result, metadata: { ...result.metadata, title: first.text }, metadataLines: { ...result.metadataLines, title: first.line }, blocks: result.blocks.slice(1) };
}

/** The source line of every text block, in document order (as buildCheckDocument walks them). */
export function blockLines(blocks: TextBlock[]): number[] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.lines : [b.line]));
}

export function blocksToDoc(blocks: TextBlock[]): PMNode {
  const { heading, paragraph, bullet_list, ordered_list, list_item, doc } = schema.nodes;
  const textOf = (t: string) => (t ? [schema.text(t)] : []);
  const nodes = blocks.map((b) => {
    if (b.type === 'heading') return heading.create({ level: b.level }, textOf(b.text));
    if (b.type === 'paragraph') return paragraph.create(null, textOf(b.text));
    const listType = b.ordered ? ordered_list : bullet_list;
    return listType.create(null, b.items.map((item) => list_item.create(null, paragraph.create(null, textOf(item)))));
  });
  return doc.create(null, nodes.length ? nodes : [paragraph.create()]);
}
