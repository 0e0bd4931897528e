import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../model/schema.js';
import type { Metadata } from '../model/metadata.js';
import { pipeTable } from './pipeTables.js';
import { readHeaderFields } from './headerFields.js';
import { separateFootnoteDigits } from '../text/footnotes.js';
import { ACTOR_HEADING, isSectionName } from './sectionNames.js';

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
  | { type: 'list'; ordered: boolean; items: string[]; lines: number[] }
  /** A simple table (from a PDF's aligned columns); `header`: the first row is a header row. */
  | { type: 'table'; rows: string[][]; header: boolean; lines: number[] };

export interface PlainTextResult {
  metadata: Metadata;
  /** Source line of each metadata field read from header lines. */
  metadataLines: Record<string, number>;
  blocks: TextBlock[];
  /** Footnote texts found as blocks of "N text" lines, each starting with its number. */
  footnotes: string[];
}

const BULLET = /^\s*(?:[•●▪◦∙·\-–*]|o(?=\s))\s+(.*)$/u;
const ORDERED_ITEM = /^\s*(\d{1,2})[.)]\s+(.*[.!?:;,])\s*$/u;
export const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\p{Lu}.*)$/u;
const PAGE_NUMBER = /^\s*(?:sida\s+)?\d{1,3}(?:\s*(?:\(|av|\/)\s*\d{1,3}\)?)?\s*$/iu;
/** Words no heading ends with: a line ending in one is a wrapped sentence. */
const DANGLING_WORDS = new Set('att och eller samt som en ett i för till med av på om den det de är har ska kan vid från under annat bland exempelvis t.ex'.split(' '));
const FINAL_PUNCT = /[.,;:!?]$/u;
export const SENTENCE_END = /[.!?:]["”»)]?$/u;
const FOOTNOTE_LINE = /^(\d{1,2})\s+(\S.*)$/u;
const GLUED_MARK = /\p{Ll}{2}(\d{1,2})(?=[\s.,;:)!?]|$)/gu;
const TOC_END = /(?:\.{3,}|…+|\t+| {3,})\s*\d{1,3}$/u;
const TOC_TITLE = /^(innehåll|innehållsförteckning)$/iu;

export type Shape = 'numbered' | 'caps' | 'known' | 'shape';
export interface Candidate {
  level: 1 | 2 | 3;
  text: string;
  shape: Shape;
}

const BLANK_RUN = /[\t\u00a0]| {2}/;
const BLANK_RUNS = /[\t\u00a0 ]+/g;

export function parsePlainText(input: string): PlainTextResult {
  const text = input.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').replace(/\u00ad/g, '');
  const raw = text.split('\n');
  // Most lines have no run of blanks to squeeze: test first, so they are not copied.
  const lines = raw.map((l) => (BLANK_RUN.test(l) ? l.replace(BLANK_RUNS, ' ') : l).trim());
  const { metadata, consumed, lines: metadataLines } = readHeaderFields(lines);
  const footnotes = takeFootnoteLines(lines, consumed);
  dropTocLines(raw, lines, consumed);
  const wrap = wrapWidth(lines);

  // Heading shape per line, computed once: the loop asks about a line and about the line before it.
  const memo = new Array<Candidate | null | undefined>(lines.length);
  const candidate = (i: number): Candidate | null => {
    let c = memo[i];
    if (c === undefined) c = memo[i] = headingOf(lines[i]!, lines[i + 1] ?? '', wrap);
    return c;
  };

  const blocks: TextBlock[] = [];
  const shapes: (Shape | null)[] = [];
  let para: string[] = [];
  let paraLine = 0;
  let list: { ordered: boolean; items: string[]; lines: number[] } | null = null;
  const flushPara = () => {
    if (para.length) {
      blocks.push({ type: 'paragraph', text: cleanText(joinWrapped(para)), line: paraLine });
      shapes.push(null);
    }
    para = [];
  };
  const flushList = () => {
    if (list) {
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(cleanText), lines: list.lines });
      shapes.push(null);
    }
    list = null;
  };
  const flush = () => {
    flushPara();
    flushList();
  };

  for (let i = 0; i < lines.length; i++) {
    if (consumed.has(i)) {
      flush();
      continue;
    }
    const line = lines[i]!;
    if (!line || PAGE_NUMBER.test(line)) {
      flush();
      continue;
    }
    const table = pipeTable(lines, i, consumed);
    if (table) {
      flush();
      // Each row its own paragraph, bars kept: its cells stay together and apart from the next row's.
      table.rows.forEach((_, k) => {
        blocks.push({ type: 'paragraph', text: cleanText(lines[table.lines[k]! - 1]!), line: table.lines[k]! });
        shapes.push(null);
      });
      i = table.end - 1;
      continue;
    }
    const prevBlank = i === 0 || consumed.has(i - 1) || !lines[i - 1];
    const prevText = prevBlank ? '' : lines[i - 1]!;
    const startsBlock = prevBlank || SENTENCE_END.test(prevText) || candidate(i - 1) !== null;

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
    const heading = candidate(i);
    // A known section name on a line of its own is a heading even after a line that does not end a sentence.
    if (heading && (startsBlock || (heading.shape === 'known' && !/^\p{Ll}/u.test(lines[i + 1] ?? '')))) {
      flush();
      blocks.push({ type: 'heading', level: heading.level, text: heading.text, line: i + 1 });
      shapes.push(heading.shape);
      continue;
    }
    if (list && !prevBlank && !startsBlock) {
      // A wrapped continuation of the last list item.
      list.items[list.items.length - 1] = joinWrapped([list.items[list.items.length - 1]!, line]);
      continue;
    }
    flushList();
    if (para.length === 0) paraLine = i + 1;
    para.push(line);
  }
  flush();
  return { metadata, metadataLines, blocks: nestLevels(demoteNumberedRuns(dropRepeatedHeadings(demoteLabels(blocks, shapes)))), footnotes };
}

/** The width hard-wrapped lines reach: lines this long that stop without punctuation are wrapped text, not headings. */
function wrapWidth(lines: string[]): number {
  const long = lines.filter((l) => l.length > 40).map((l) => l.length);
  if (long.length < 5) return Infinity;
  long.sort((a, b) => a - b);
  return long[Math.floor(long.length / 2)]!;
}

/**
 * Footnote blocks: lines "N text" whose number N was glued to a word earlier
 * ("funktionsnedsättning1"). They leave the body; their text is returned.
 */
function takeFootnoteLines(lines: string[], consumed: Set<number>): string[] {
  const marks = new Set<string>();
  const notes: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || consumed.has(i)) continue;
    const c = line.charCodeAt(0);
    const m = c >= 48 && c <= 57 ? FOOTNOTE_LINE.exec(line) : null;
    if (m && marks.has(m[1]!) && /[§,(]|\d|kap\.|\.$/u.test(m[2]!) || (m && marks.has(m[1]!) && m[2]!.length > 40)) {
      marks.delete(m[1]!);
      consumed.add(i);
      notes.push(`${m[1]} ${m[2]}`);
      continue;
    }
    if (/\d/.test(line)) {
      GLUED_MARK.lastIndex = 0;
      for (let g = GLUED_MARK.exec(line); g; g = GLUED_MARK.exec(line)) marks.add(String(Number(g[1])));
    }
  }
  return notes;
}

/** Cheap test first: most lines do not end in a digit. */
function tocLine(rawLine: string): boolean {
  const line = rawLine.trimEnd();
  const last = line.charCodeAt(line.length - 1);
  return last >= 48 && last <= 57 && TOC_END.test(line) && /\p{L}/u.test(line);
}

/** Tables of contents: runs of lines ending in a page number after dot leaders or a wide gap, with their title. */
function dropTocLines(raw: string[], lines: string[], consumed: Set<number>): void {
  for (let i = 0; i < raw.length; i++) {
    if (!tocLine(raw[i]!)) continue;
    const run: number[] = [];
    let j = i;
    while (j < raw.length && (tocLine(raw[j]!) || !lines[j])) run.push(j++);
    const entries = run.filter((k) => lines[k]);
    if (entries.length >= 3) {
      for (const k of run) consumed.add(k);
      for (let t = i - 1; t >= Math.max(0, i - 3); t--) if (TOC_TITLE.test(lines[t]!)) consumed.add(t);
    }
    i = j;
  }
}

/**
 * A heading by shape must head text: one followed by another unnumbered
 * heading or by a short fragment is a label (a diagram's, a signature's), not a heading.
 */
function demoteLabels(blocks: TextBlock[], shapes: (Shape | null)[]): TextBlock[] {
  // The same short line over and over ("Kommentar" in a questionnaire) is a form label.
  const count = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.type === 'heading' && shapes[i] === 'shape') count.set(b.text, (count.get(b.text) ?? 0) + 1);
  });
  return blocks.map((b, i) => {
    if (b.type !== 'heading' || shapes[i] !== 'shape') return b;
    if ((count.get(b.text) ?? 0) >= 4) return { type: 'paragraph', text: b.text, line: b.line };
    const next = blocks[i + 1];
    const nextShape = shapes[i + 1];
    const headsText =
      !!next &&
      (next.type === 'list' ||
      (next.type === 'heading' && (nextShape === 'numbered' || nextShape === 'known')) ||
      (next.type === 'paragraph' && (SENTENCE_END.test(next.text) || next.text.split(' ').length >= 8)));
    return headsText ? b : { type: 'paragraph', text: b.text, line: b.line };
  });
}

/**
 * Hand-numbered lines one after the other at one depth, with no text between
 * ("1. Remiss från Socialstyrelsen", "2. Förslag till program" under "Bilagor"),
 * are the lines of a list, not headings of empty sections; so is the last of
 * them. Repeated headings of a table of contents are dropped afterwards.
 */
function demoteNumberedRuns(blocks: TextBlock[]): TextBlock[] {
  const depth = (b: TextBlock) => (b.type === 'heading' ? NUMBERED_HEADING.exec(b.text)?.[1]!.split('.').filter(Boolean).length ?? 0 : 0);
  const numbered = blocks.map((b) => depth(b) > 0);
  const demote = new Set<number>();
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j + 1 < blocks.length && numbered[j] && numbered[j + 1] && depth(blocks[j]!) === depth(blocks[j + 1]!)) j++;
    if (j > i) for (let k = i; k <= j; k++) demote.add(k);
    i = j + 1;
  }
  if (!demote.size) return blocks;
  return blocks.map((b, i) => (demote.has(i) && b.type === 'heading' ? { type: 'paragraph', text: b.text, line: b.line } : b));
}

/** A run of three or more headings with no text between that repeat earlier headings is a table of contents. */
function dropRepeatedHeadings(blocks: TextBlock[]): TextBlock[] {
  const seen = new Set<string>();
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'heading') continue;
    let j = i;
    while (j < blocks.length && blocks[j]!.type === 'heading' && seen.has((blocks[j] as { text: string }).text.toLowerCase())) j++;
    if (j - i >= 3) {
      for (let k = i; k < j; k++) drop.add(k);
      i = j - 1;
      continue;
    }
    seen.add(b.text.toLowerCase());
  }
  return drop.size ? blocks.filter((_, i) => !drop.has(i)) : blocks;
}

/**
 * Levels where the text has no numbering: a heading made of words from the
 * section heading above it ("Syfte" under "Syfte och mål"), and actors under a
 * responsibility heading ("Socialchef" under "Ansvarsfördelning"), are subsections.
 */
function nestLevels(blocks: TextBlock[]): TextBlock[] {
  let parent: { words: Set<string>; responsibility: boolean } | null = null;
  return blocks.map((b) => {
    if (b.type !== 'heading' || b.level !== 1 || NUMBERED_HEADING.test(b.text)) return b;
    const words = b.text.toLowerCase().split(/\s+/);
    if (parent) {
      const part = words.every((w) => parent!.words.has(w)) && words.length < parent.words.size;
      const actor = parent.responsibility && words.length <= 5 && ACTOR_HEADING.test(b.text) && !isSectionName(b.text);
      if (part || actor) return { ...b, level: 2 };
    }
    parent = { words: new Set(words), responsibility: /^ansvar/iu.test(b.text) || /\bansvar\b/iu.test(b.text) };
    return b;
  });
}

/** A line is a heading when it is short, ends without punctuation, and starts like a title. */
export function headingOf(line: string, next: string, wrap: number): Candidate | null {
  // "Bilagor:" alone on its line labels what follows, like a heading (isSectionName allows the colon).
  if (line.length > 90 || line.length < 2 || (FINAL_PUNCT.test(line) && !(line.endsWith(':') && isSectionName(line)))) return null;
  const first = line.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  // A line broken off mid-word or mid-sentence is wrapped text, numbered or not.
  if (/\p{L}-$/u.test(line) || (next && /^\p{Ll}/u.test(next))) return null;
  const lastSpace = line.lastIndexOf(' ');
  // A known label that ends in a preposition ("Beslut sänds till", "Kopia till") is a heading, not a broken-off line.
  if (lastSpace > 0 && DANGLING_WORDS.has(line.slice(lastSpace + 1).toLowerCase()) && !isSectionName(line)) return null;
  if (digit) {
    const numbered = NUMBERED_HEADING.exec(line);
    if (!numbered || line.split(' ').length > 12) return null;
    const depth = numbered[1]!.split('.').filter(Boolean).length;
    return { level: Math.min(depth, 3) as 1 | 2 | 3, text: line, shape: 'numbered' };
  }
  const initial = line.charAt(0);
  // Headings start with a capital letter: most lines fail here, before the dearer tests.
  if (initial === initial.toLowerCase()) return null;
  if (isSectionName(line)) {
    const name = line.replace(/:$/, '');
    return { level: 1, text: name === name.toUpperCase() ? capitalise(name) : name, shape: 'known' };
  }
  const words = line.split(' ').length;
  if (words > 10) return null;
  if (line === line.toUpperCase()) {
    const letters = line.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 4) return { level: 1, text: capitalise(line), shape: 'caps' };
  }
  // One as long as the wrapped lines is wrapped text too.
  if (words >= 6 && line.length >= 0.8 * wrap) return null;
  // Swedish headings are in sentence case: every word capitalised is a name, an organisation or a table header.
  if (words >= 2 && line.split(' ').every((w) => !/^\p{Ll}/u.test(w))) return null;
  // Figures and citations: table rows ("Barn och unga 145 116"), shares, "Socialstyrelsen (2012)".
  if (/%|\(\d{4}\)|, \d{4}\b|\d+\s+\d+|\s\d{1,3}$/u.test(line)) return null;
  // Short lines stacked on each other (names and titles of a signature, table rows) are not headings.
  if (next && next.length <= 60 && !FINAL_PUNCT.test(next) && /^\p{Lu}/u.test(next) && next.split(' ').length <= 6 && !isSectionName(next)) return null;
  return { level: 1, text: line, shape: 'shape' };
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
  // The separator is a part of its own: slicing a concatenation (' ' + line) would copy the whole line.
  const append = (s: string, separator = '') => {
    if (separator) parts.push(separator);
    parts.push(s);
    tail = s.length >= 4 ? s.slice(-4) : (tail + separator + s).slice(-4);
  };
  for (const line of lines) {
    if (!tail) {
      parts.length = 0;
      append(line);
      continue;
    }
    if (/\d-$/.test(tail) && /^\d/.test(line)) append(line); // "2020-\n12-11"
    else if (/\p{L}-$/u.test(tail) && /^(och|eller|samt|respektive|till)\b/u.test(line)) append(line, ' '); // "hälso- och"
    else if (/\p{Ll}-$/u.test(tail) && /^\p{Ll}/u.test(line)) {
      // "sam-\nverkan": the hyphen is the last character of the last part.
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      tail = tail.slice(0, -1);
      append(line);
    } else append(line, ' ');
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
  return blocks.flatMap((b) => (b.type === 'list' ? b.lines : b.type === 'table' ? b.rows.flatMap((r, i) => r.map(() => b.lines[i]!)) : [b.line]));
}

/**
 * Blocks as a document body. Footnotes ("3 NKA, …") become footnote nodes at
 * their superscript marks; a note whose mark is not found stays, numbered, after the text.
 */
export function blocksToDoc(blocks: TextBlock[], footnotes: string[] = []): PMNode {
  const { heading, paragraph, bullet_list, ordered_list, list_item, doc } = schema.nodes;
  const notes = new Map<string, string>();
  for (const note of footnotes) {
    const m = /^(\d{1,3}) (.*)$/su.exec(note);
    if (m && !notes.has(m[1]!)) notes.set(m[1]!, m[2]!);
  }
  const sup = (label: string) => [...label].map((d) => SUPERSCRIPT[Number(d)]).join('');
  // A mark the digit scan left plain ("på3." after a two-letter word) is made superscript where the note's number follows a word.
  const texts = notes.size ? blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? b.rows.flat() : [b.text])) : [];
  const marked = new Set([...notes.keys()].filter((label) => texts.some((t) => t.includes(sup(label)))));
  const glue = (t: string): string => {
    for (const label of notes.keys()) {
      if (marked.has(label) || !t.includes(label)) continue;
      const m = new RegExp(`(?<=\\p{Ll}{2})${label}(?=[\\s.,;:)!?]|$)`, 'u').exec(t);
      if (m) {
        marked.add(label);
        t = t.slice(0, m.index) + sup(label) + t.slice(m.index + label.length);
      }
    }
    return t;
  };
  // Each note at the first mark of its number, in text order; notes are few, so a plain search per note.
  const inline = (raw: string): PMNode[] => {
    if (!raw) return [];
    if (!notes.size) return [schema.text(raw)];
    const t = glue(raw);
    const hits: { at: number; label: string; length: number }[] = [];
    for (const label of notes.keys()) {
      const mark = sup(label);
      let at = t.indexOf(mark);
      // "¹" must not be part of "¹²" or "²¹": the mark stands alone.
      const joined = (i: number) => (i + mark.length < t.length && SUPERSCRIPT.includes(t[i + mark.length]!)) || (i > 0 && SUPERSCRIPT.includes(t[i - 1]!));
      while (at >= 0 && joined(at)) at = t.indexOf(mark, at + 1);
      if (at >= 0) hits.push({ at, label, length: mark.length });
    }
    if (!hits.length) return [schema.text(t)];
    hits.sort((x, y) => x.at - y.at);
    const out: PMNode[] = [];
    let from = 0;
    for (const h of hits) {
      if (h.at < from) continue;
      if (h.at > from) out.push(schema.text(t.slice(from, h.at)));
      out.push(schema.nodes.footnote.create({ label: h.label, text: notes.get(h.label)! }));
      notes.delete(h.label);
      from = h.at + h.length;
    }
    if (from < t.length) out.push(schema.text(t.slice(from)));
    return out;
  };
  const nodes = blocks.map((b) => {
    if (b.type === 'heading') return heading.create({ level: b.level }, inline(b.text));
    if (b.type === 'paragraph') return paragraph.create(null, inline(b.text));
    if (b.type === 'table') {
      const { table, table_row, table_cell, table_header } = schema.nodes;
      const width = Math.max(...b.rows.map((r) => r.length));
      return table.create(
        null,
        b.rows.map((r, i) => {
          const cell = i === 0 && b.header ? table_header : table_cell;
          return table_row.create(null, Array.from({ length: width }, (_, c) => cell.create(null, paragraph.create(null, inline(r[c] ?? '')))));
        }),
      );
    }
    const listType = b.ordered ? ordered_list : bullet_list;
    return listType.create(null, b.items.map((item) => list_item.create(null, paragraph.create(null, inline(item)))));
  });
  // Notes without a mark in the text: kept after it, each led by its number.
  for (const [label, text] of notes) nodes.push(paragraph.create(null, schema.text(`${sup(label)} ${text}`)));
  return doc.create(null, nodes.length ? nodes : [paragraph.create()]);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
