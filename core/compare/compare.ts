import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Node as PMNode } from 'prosemirror-model';
import { foldText } from '../text/normalize.js';
import { sectionsOf, unitsOf, type Section, type Unit } from './units.js';

export interface CompareOptions {
  ignoreCase?: boolean;
  ignoreWhitespace?: boolean;
  /** Milliseconds jsdiff may spend on one paragraph pair before it counts as replaced. */
  pairTimeoutMs?: number;
}

export type TextPart = { type: 'equal' | 'insert' | 'delete'; text: string };

/**
 * One step of the comparison, in an order that holds both documents: taking
 * every step but deletions gives the new text, every step but insertions the old.
 */
export type Change =
  | { op: 'equal'; unit: Unit; section: number }
  | { op: 'insert'; unit: Unit; section: number; moved: boolean }
  | { op: 'delete'; unit: Unit; section: number; moved: boolean }
  | { op: 'change'; old: Unit; unit: Unit; parts: TextPart[]; section: number };

export interface SectionSummary {
  /** Heading in the new version (or the old one for a deleted section). */
  heading: string;
  status: 'equal' | 'changed' | 'inserted' | 'deleted' | 'moved';
  changes: number;
}

export interface Comparison {
  changes: Change[];
  sections: SectionSummary[];
  identical: boolean;
}

const SECTION_MATCH = 0.45;
const PARAGRAPH_MATCH = 0.4;

export function compareDocuments(oldDoc: PMNode, newDoc: PMNode, options: CompareOptions = {}): Comparison {
  return compareUnits(unitsOf(oldDoc), unitsOf(newDoc), options);
}

export function compareUnits(oldUnits: Unit[], newUnits: Unit[], options: CompareOptions = {}): Comparison {
  const key = keyFn(options);
  const oldSections = sectionsOf(oldUnits);
  const newSections = sectionsOf(newUnits);
  const pairs = matchSections(oldSections, newSections, key);
  const anchors = longestIncreasing(pairs);
  const anchorSet = new Set(anchors);

  const changes: Change[] = [];
  const summaries: SectionSummary[] = [];
  const pairByOld = new Map(pairs.map((p) => [p[0], p]));
  const pairByNew = new Map(pairs.map((p) => [p[1], p]));
  let oi = 0;
  let ni = 0;
  const emitWhole = (section: Section, op: 'insert' | 'delete', moved: boolean) => {
    const index = summaries.length;
    const all = section.heading ? [section.heading, ...section.units] : section.units;
    for (const unit of all) changes.push({ op, unit, section: index, moved });
    summaries.push({ heading: section.heading?.text ?? '(inledning)', status: moved ? 'moved' : op === 'insert' ? 'inserted' : 'deleted', changes: all.length });
  };
  const flushUntil = (oldEnd: number, newEnd: number) => {
    for (; oi < oldEnd; oi++) {
      const pair = pairByOld.get(oi);
      if (!pair || !anchorSet.has(pair)) emitWhole(oldSections[oi]!, 'delete', !!pair);
    }
    for (; ni < newEnd; ni++) {
      const pair = pairByNew.get(ni);
      if (!pair) emitWhole(newSections[ni]!, 'insert', false);
      else if (!anchorSet.has(pair)) {
        // A moved section: written as deleted at its old place, inserted here, with its own edits inside.
        emitWhole(newSections[ni]!, 'insert', true);
      }
    }
  };
  for (const pair of anchors) {
    flushUntil(pair[0], pair[1]);
    const index = summaries.length;
    const before = changes.length;
    compareSection(oldSections[pair[0]]!, newSections[pair[1]]!, key, options, index, changes);
    const edited = changes.slice(before).filter((c) => c.op !== 'equal').length;
    summaries.push({ heading: newSections[pair[1]]!.heading?.text ?? '(inledning)', status: edited ? 'changed' : 'equal', changes: edited });
    oi = pair[0] + 1;
    ni = pair[1] + 1;
  }
  flushUntil(oldSections.length, newSections.length);
  markMovedParagraphs(changes, key);
  return { changes, sections: summaries, identical: changes.every((c) => c.op === 'equal') };
}

function keyFn(options: CompareOptions): (text: string) => string {
  return (text) => {
    let t = text;
    if (options.ignoreWhitespace) t = t.replace(/\s+/g, ' ').trim();
    if (options.ignoreCase) t = t.toLocaleLowerCase('sv');
    return t;
  };
}

function compareSection(oldS: Section, newS: Section, key: (t: string) => string, options: CompareOptions, section: number, out: Change[]): void {
  const oldAll = oldS.heading ? [oldS.heading, ...oldS.units] : oldS.units;
  const newAll = newS.heading ? [newS.heading, ...newS.units] : newS.units;
  const parts = diffArrays(oldAll, newAll, { comparator: (a: Unit, b: Unit) => a.type === b.type && a.level === b.level && key(a.text) === key(b.text) });
  let oldPos = 0;
  let newPos = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let k = 0; k < n; k++) out.push({ op: 'equal', unit: newAll[newPos + k]!, section });
      oldPos += n;
      newPos += n;
      continue;
    }
    // A run of removals followed by additions: pair similar paragraphs as edits.
    const removed = part.removed ? oldAll.slice(oldPos, oldPos + n) : [];
    const nextPart = parts[i + 1];
    const added = part.removed && nextPart?.added ? newAll.slice(newPos, newPos + (nextPart.count ?? nextPart.value.length)) : part.added ? newAll.slice(newPos, newPos + n) : [];
    if (part.removed && nextPart?.added) i++;
    pairRun(removed, added, options, section, out);
    oldPos += removed.length;
    newPos += added.length;
  }
}

/** Within a replaced run, pairs each old paragraph with the most similar new one in order; the rest are deleted or inserted. */
function pairRun(removed: Unit[], added: Unit[], options: CompareOptions, section: number, out: Change[]): void {
  let a = 0;
  for (const old of removed) {
    let best = -1;
    let bestScore = PARAGRAPH_MATCH;
    for (let j = a; j < added.length && j < a + 8; j++) {
      if (added[j]!.type !== old.type && !(isBody(old) && isBody(added[j]!))) continue;
      // An empty paragraph that got text (a template's blank) is an edit, not a deletion plus an insertion.
      const score = old.text.trim() === '' ? 1 : similarity(old.text, added[j]!.text);
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    }
    if (best < 0) {
      out.push({ op: 'delete', unit: old, section, moved: false });
      continue;
    }
    for (; a < best; a++) out.push({ op: 'insert', unit: added[a]!, section, moved: false });
    out.push({ op: 'change', old, unit: added[best]!, parts: wordParts(old.text, added[best]!.text, options), section });
    a = best + 1;
  }
  for (; a < added.length; a++) out.push({ op: 'insert', unit: added[a]!, section, moved: false });
}

function isBody(u: Unit): boolean {
  return u.type !== 'heading';
}

/** Word-level diff of one paragraph pair, bounded in time; on timeout the paragraph counts as replaced. */
export function wordParts(oldText: string, newText: string, options: CompareOptions): TextPart[] {
  const result = diffWordsWithSpace(oldText, newText, { ignoreCase: options.ignoreCase, timeout: options.pairTimeoutMs ?? 50 });
  if (!result) {
    return [
      { type: 'delete', text: oldText },
      { type: 'insert', text: newText },
    ];
  }
  return result.map((c) => ({ type: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

function wordSet(text: string): Set<string> {
  return new Set(foldText(text).split(' ').filter(Boolean));
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none in common. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

function similarity(a: string, b: string): number {
  return dice(wordSet(a), wordSet(b));
}

/** Pairs sections: same heading first, then by heading and content similarity, best pairs first. */
function matchSections(oldS: Section[], newS: Section[], key: (t: string) => string): [number, number][] {
  const pairs: [number, number][] = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const headingKey = (s: Section) => (s.heading ? foldText(key(s.heading.text)) : '\u0000');
  const byHeading = new Map<string, number[]>();
  oldS.forEach((s, i) => byHeading.set(headingKey(s), [...(byHeading.get(headingKey(s)) ?? []), i]));
  newS.forEach((s, j) => {
    const candidates = byHeading.get(headingKey(s));
    const i = candidates?.find((c) => !usedOld.has(c));
    if (i !== undefined) {
      pairs.push([i, j]);
      usedOld.add(i);
      usedNew.add(j);
    }
  });
  // Renamed sections: score the rest by content (mostly) and heading.
  const oldSets = oldS.map((s) => wordSet(s.units.map((u) => u.text).join(' ')));
  const newSets = newS.map((s) => wordSet(s.units.map((u) => u.text).join(' ')));
  const scored: [number, number, number][] = [];
  oldS.forEach((o, i) => {
    if (usedOld.has(i)) return;
    newS.forEach((n, j) => {
      if (usedNew.has(j)) return;
      const score = 0.75 * dice(oldSets[i]!, newSets[j]!) + 0.25 * similarity(o.heading?.text ?? '', n.heading?.text ?? '');
      if (score >= SECTION_MATCH) scored.push([score, i, j]);
    });
  });
  scored.sort((x, y) => y[0] - x[0]);
  for (const [, i, j] of scored) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    pairs.push([i, j]);
    usedOld.add(i);
    usedNew.add(j);
  }
  return pairs.sort((x, y) => x[1] - y[1]);
}

/** The largest set of pairs in the same order in both documents; the other pairs have moved. */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  // pairs are sorted by new index; find the LIS on old index (patience sorting).
  const tails: number[] = [];
  const prev: number[] = new Array(pairs.length).fill(-1);
  pairs.forEach((p, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![0] < p[0]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.unshift(pairs[k]!);
  return out;
}

/** A paragraph deleted in one place and inserted unchanged in another has moved. */
function markMovedParagraphs(changes: Change[], key: (t: string) => string): void {
  const inserted = new Map<string, Change[]>();
  for (const c of changes) if (c.op === 'insert' && !c.moved && c.unit.text.trim()) inserted.set(key(c.unit.text), [...(inserted.get(key(c.unit.text)) ?? []), c]);
  for (const c of changes) {
    if (c.op !== 'delete' || c.moved || !c.unit.text.trim()) continue;
    const match = inserted.get(key(c.unit.text))?.shift();
    if (match && match.op === 'insert') {
      c.moved = true;
      match.moved = true;
    }
  }
}

/** The text a reader gets by accepting (new) or rejecting (old) every change. */
export function resolvedText(comparison: Comparison, side: 'old' | 'new'): string[] {
  const out: string[] = [];
  for (const c of comparison.changes) {
    if (c.op === 'equal') out.push(c.unit.text);
    else if (c.op === 'insert' && side === 'new') out.push(c.unit.text);
    else if (c.op === 'delete' && side === 'old') out.push(c.unit.text);
    else if (c.op === 'change') out.push(side === 'new' ? c.unit.text : c.old.text);
  }
  return out;
}
