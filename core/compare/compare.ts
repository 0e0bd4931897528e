import { diffWordsWithSpace } from 'diff';
import type { Node as PMNode } from 'prosemirror-model';
import { foldText } from '../text/normalize.js';
import { align, DEFAULT_LIMITS, longestIncreasing, type AlignLimits } from './align.js';
import { compareMetadata, type MetadataChange, type MetadataField } from './metadata.js';
import { sectionsOf, unitsOf, type Section, type Unit } from './units.js';

export interface CompareOptions {
  /** Differences only in case or only in whitespace are not shown as changes (the export still carries them, exactly). */
  ignoreCase?: boolean;
  ignoreWhitespace?: boolean;
  /** Milliseconds jsdiff may spend on one paragraph pair before it counts as replaced. */
  pairTimeoutMs?: number;
  /** Bounds of the paragraph alignment (see align.ts). */
  maxEditLength?: number;
  alignTimeoutMs?: number;
  /** Milliseconds all word-level diffs of one comparison may take together; later pairs count as replaced. */
  wordBudgetMs?: number;
}

export type TextPart = { type: 'equal' | 'insert' | 'delete'; text: string };

/**
 * One step of the comparison, in an order that holds both documents: taking
 * every step but deletions gives the new text, every step but insertions the
 * old, exactly. A moved unit is a deletion and an insertion with the same
 * `move` number; their texts are the same unit's text on each side.
 */
export type Change =
  | { op: 'equal'; unit: Unit; section: number }
  | { op: 'insert'; unit: Unit; section: number; moved: boolean; move?: number }
  | { op: 'delete'; unit: Unit; section: number; moved: boolean; move?: number }
  | {
      op: 'change';
      old: Unit;
      unit: Unit;
      /** Word-level parts over the whole text; equal and delete parts spell the old text, equal and insert the new. */
      parts: TextPart[];
      /** Table rows: the same per cell. */
      cells?: TextPart[][];
      /** Only case or whitespace differ and the user chose to ignore that: not shown or counted, but exported. */
      ignorable?: boolean;
      section: number;
    };

export interface SectionSummary {
  /** Heading in the new version (or the old one for a deleted section). */
  heading: string;
  status: 'equal' | 'changed' | 'inserted' | 'deleted' | 'moved';
  changes: number;
}

export interface Comparison {
  changes: Change[];
  sections: SectionSummary[];
  /** Metadata fields in form order, each with its change (empty when no metadata was compared). */
  metadata: MetadataChange[];
  identical: boolean;
  /** A time or size bound made the alignment coarser somewhere (still exact, but larger replaced runs). */
  coarse: boolean;
}

export interface ComparedSide {
  body: PMNode;
  metadata?: Record<string, string>;
}

const SECTION_MATCH = 0.45;
const PARAGRAPH_MATCH = 0.4;
/** Share of a paragraph's characters that must stay for an edit to be shown word by word. */
const MIN_SHARED = 0.4;
/** Renamed sections are matched by content only while the candidate pairs stay below this many. */
const MAX_SECTION_PAIRS = 250_000;

export function compareDocuments(oldDoc: PMNode, newDoc: PMNode, options: CompareOptions = {}): Comparison {
  return compareUnits(unitsOf(oldDoc), unitsOf(newDoc), options);
}

/** Body and metadata of two versions; `fields` gives the metadata's labels and order. */
export function compareVersions(old: ComparedSide, next: ComparedSide, fields: MetadataField[], options: CompareOptions = {}): Comparison {
  const body = compareDocuments(old.body, next.body, options);
  // A value without spaces (a date, a diarienummer) reads best replaced whole; text values word by word.
  const word = (a: string, b: string) => (a === b || (/\s/.test(a) && /\s/.test(b)) ? wordParts(a, b, options) : replaced(a, b));
  const metadata = compareMetadata(old.metadata ?? {}, next.metadata ?? {}, fields, { ...options, word });
  return { ...body, metadata, identical: body.identical && metadata.every((m) => m.status === 'equal' || m.ignorable) };
}

/** State of one comparison run. */
class Run {
  readonly changes: Change[] = [];
  readonly summaries: SectionSummary[] = [];
  coarse = false;
  nextMove = 1;
  readonly limits: AlignLimits;
  private readonly wordDeadline: number;
  private readonly words = new WeakMap<Unit, Set<string>>();

  constructor(readonly options: CompareOptions) {
    const now = performance.now();
    this.limits = {
      maxEditLength: options.maxEditLength ?? DEFAULT_LIMITS.maxEditLength,
      callTimeoutMs: DEFAULT_LIMITS.callTimeoutMs,
      deadline: now + (options.alignTimeoutMs ?? DEFAULT_LIMITS.totalMs),
    };
    this.wordDeadline = now + (options.wordBudgetMs ?? 800);
  }

  private readonly keys = new WeakMap<Unit, string>();

  key(u: Unit): string {
    let k = this.keys.get(u);
    if (k === undefined) this.keys.set(u, (k = this.keyOf(u)));
    return k;
  }

  private keyOf(u: Unit): string {
    let t = u.text;
    if (this.options.ignoreWhitespace) t = t.replace(/\s+/g, ' ').trim();
    if (this.options.ignoreCase) t = t.toLocaleLowerCase('sv');
    return `${u.type}|${u.level}|${t}`;
  }

  private readonly pairs = new WeakMap<Unit, Set<string>>();

  /**
   * How alike two paragraphs are, for pairing edits: shared words and (weighing double)
   * shared word pairs, so that unrelated text written with the same common
   * words does not look alike while an edited sentence still does.
   */
  similarity(a: Unit, b: Unit): number {
    const words = dice(this.wordSet(a), this.wordSet(b));
    const pa = this.pairSet(a);
    const pb = this.pairSet(b);
    // A short paragraph has too few word pairs to tell: its words decide.
    return pa.size < 3 || pb.size < 3 ? words : (words + 2 * dice(pa, pb)) / 3;
  }

  private wordSet(u: Unit): Set<string> {
    let set = this.words.get(u);
    if (!set) this.words.set(u, (set = wordSet(u.text)));
    return set;
  }

  private pairSet(u: Unit): Set<string> {
    let set = this.pairs.get(u);
    if (!set) this.pairs.set(u, (set = pairingSet(u.text)));
    return set;
  }

  parts(oldText: string, newText: string): TextPart[] {
    const left = this.wordDeadline - performance.now();
    if (left <= 0) {
      this.coarse = true;
      return replaced(oldText, newText);
    }
    const parts = wordParts(oldText, newText, { pairTimeoutMs: Math.min(this.options.pairTimeoutMs ?? 50, left) });
    // Mostly rewritten text reads better (and exports far smaller) as replaced whole than as confetti of small edits.
    let same = 0;
    for (const p of parts) if (p.type === 'equal') same += p.text.length;
    return same < MIN_SHARED * Math.max(oldText.length, newText.length) ? replaced(oldText, newText) : parts;
  }

  align(a: Unit[], b: Unit[]) {
    const { steps, coarse } = align(a.map((u) => this.key(u)), b.map((u) => this.key(u)), this.limits);
    if (coarse) this.coarse = true;
    return steps;
  }
}

export function compareUnits(oldUnits: Unit[], newUnits: Unit[], options: CompareOptions = {}): Comparison {
  const run = new Run(options);
  const oldSections = sectionsOf(oldUnits);
  const newSections = sectionsOf(newUnits);
  const pairs = matchSections(oldSections, newSections, run);
  const anchors = new Set(longestIncreasing(pairs));
  const pairByOld = new Map(pairs.map((p) => [p[0], p]));
  const pairByNew = new Map(pairs.map((p) => [p[1], p]));
  const { changes, summaries } = run;

  // A moved section is listed once in the summary, whichever of its two places comes first.
  const movedSummary = new Map<[number, number], number>();
  const moves = new Map<[number, number], MovePlan>();
  const planFor = (pair: [number, number]) => {
    let plan = moves.get(pair);
    if (!plan) moves.set(pair, (plan = movePlan(oldSections[pair[0]]!, newSections[pair[1]]!, run)));
    let index = movedSummary.get(pair);
    if (index === undefined) {
      movedSummary.set(pair, (index = summaries.length));
      summaries.push({ heading: headingOf(newSections[pair[1]]!), status: 'moved', changes: plan.edits });
    }
    return { plan, index };
  };
  const emitWhole = (section: Section, op: 'insert' | 'delete') => {
    const index = summaries.length;
    const all = unitsOfSection(section);
    for (const unit of all) changes.push({ op, unit, section: index, moved: false });
    summaries.push({ heading: headingOf(section), status: op === 'insert' ? 'inserted' : 'deleted', changes: all.length });
  };

  let oi = 0;
  let ni = 0;
  const flushUntil = (oldEnd: number, newEnd: number) => {
    for (; oi < oldEnd; oi++) {
      const pair = pairByOld.get(oi);
      if (!pair) emitWhole(oldSections[oi]!, 'delete');
      else if (!anchors.has(pair)) {
        const { plan, index } = planFor(pair);
        unitsOfSection(oldSections[oi]!).forEach((unit, k) => changes.push({ op: 'delete', unit, section: index, ...moveOf(plan.oldMoves[k]) }));
      }
    }
    for (; ni < newEnd; ni++) {
      const pair = pairByNew.get(ni);
      if (!pair) emitWhole(newSections[ni]!, 'insert');
      else if (!anchors.has(pair)) {
        const { plan, index } = planFor(pair);
        unitsOfSection(newSections[ni]!).forEach((unit, k) => changes.push({ op: 'insert', unit, section: index, ...moveOf(plan.newMoves[k]) }));
      }
    }
  };
  for (const pair of pairs) {
    if (!anchors.has(pair)) continue;
    flushUntil(pair[0], pair[1]);
    const index = summaries.length;
    const before = changes.length;
    compareSection(unitsOfSection(oldSections[pair[0]]!), unitsOfSection(newSections[pair[1]]!), run, index);
    const edited = countShown(changes.slice(before));
    summaries.push({ heading: headingOf(newSections[pair[1]]!), status: edited ? 'changed' : 'equal', changes: edited });
    oi = pair[0] + 1;
    ni = pair[1] + 1;
  }
  flushUntil(oldSections.length, newSections.length);
  markMovedParagraphs(changes, run);
  return { changes, sections: summaries, metadata: [], identical: countShown(changes) === 0, coarse: run.coarse };
}

const moveOf = (move: number | undefined) => (move === undefined ? { moved: true } : { moved: true, move });

function headingOf(section: Section): string {
  return section.heading?.text ?? '(inledning)';
}

function unitsOfSection(section: Section): Unit[] {
  return section.heading ? [section.heading, ...section.units] : section.units;
}

/** Changes a reader sees: everything but equal units and ignorable (case or whitespace only) edits. */
export function isShown(c: Change): boolean {
  return c.op !== 'equal' && !(c.op === 'change' && c.ignorable);
}

function countShown(changes: Change[]): number {
  let n = 0;
  for (const c of changes) if (isShown(c)) n++;
  return n;
}

function compareSection(oldAll: Unit[], newAll: Unit[], run: Run, section: number): void {
  const steps = run.align(oldAll, newAll);
  let oldPos = 0;
  let newPos = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.op === 'equal') {
      for (let k = 0; k < step.count; k++) emitSame(oldAll[oldPos + k]!, newAll[newPos + k]!, run, section);
      oldPos += step.count;
      newPos += step.count;
      continue;
    }
    // A run of removals and additions: pair similar paragraphs as edits.
    const removed: Unit[] = [];
    const added: Unit[] = [];
    for (; i < steps.length && steps[i]!.op !== 'equal'; i++) {
      const s = steps[i]!;
      if (s.op === 'delete') removed.push(...oldAll.slice(oldPos, (oldPos += s.count)));
      else added.push(...newAll.slice(newPos, (newPos += s.count)));
    }
    i--;
    pairRun(removed, added, run, section);
  }
}

/** Two units the alignment found equal: equal if their texts are, else an edit the user chose to ignore. */
function emitSame(old: Unit, unit: Unit, run: Run, section: number): void {
  if (old.text === unit.text && sameCells(old, unit)) run.changes.push({ op: 'equal', unit, section });
  else run.changes.push(edit(old, unit, run, section, true));
}

function sameCells(a: Unit, b: Unit): boolean {
  if (!a.cells || !b.cells) return !a.cells && !b.cells;
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.text === b.cells![i]!.text);
}

function edit(old: Unit, unit: Unit, run: Run, section: number, ignorable: boolean): Change {
  const change: Change = { op: 'change', old, unit, parts: run.parts(old.text, unit.text), section };
  if (old.cells && unit.cells) change.cells = unit.cells.map((c, i) => (c.text === old.cells![i]!.text ? [{ type: 'equal' as const, text: c.text }] : run.parts(old.cells![i]!.text, c.text)).filter((p) => p.text));
  if (ignorable) change.ignorable = true;
  return change;
}

/** Whether an old unit may be shown as edited into a new one (rather than deleted and inserted). */
function pairable(a: Unit, b: Unit): boolean {
  if (a.type === 'row' || b.type === 'row') return a.type === b.type && a.cells?.length === b.cells?.length;
  return a.type === b.type || (a.type !== 'heading' && b.type !== 'heading');
}

/** Within a replaced run, pairs each old paragraph with the most similar new one in order; the rest are deleted or inserted. */
function pairRun(removed: Unit[], added: Unit[], run: Run, section: number): void {
  const out = run.changes;
  let a = 0;
  for (const old of removed) {
    let best = -1;
    let bestScore = PARAGRAPH_MATCH;
    for (let j = a; j < added.length && j < a + 8; j++) {
      if (!pairable(old, added[j]!)) continue;
      // An empty paragraph that got text (a template's blank) is an edit, not a deletion plus an insertion.
      const score = old.text.trim() === '' ? 1 : run.similarity(old, added[j]!);
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
    out.push(edit(old, added[best]!, run, section, false));
    a = best + 1;
  }
  for (; a < added.length; a++) out.push({ op: 'insert', unit: added[a]!, section, moved: false });
}

const replaced = (oldText: string, newText: string): TextPart[] =>
  [
    { type: 'delete' as const, text: oldText },
    { type: 'insert' as const, text: newText },
  ].filter((p) => p.text);

/** Word-level diff of one paragraph pair, exact in both texts, bounded in time; on timeout the paragraph counts as replaced. */
export function wordParts(oldText: string, newText: string, options: Pick<CompareOptions, 'pairTimeoutMs'> = {}): TextPart[] {
  if (oldText === newText) return oldText ? [{ type: 'equal', text: oldText }] : [];
  const result = diffWordsWithSpace(oldText, newText, { timeout: options.pairTimeoutMs ?? 50 });
  if (!result) return replaced(oldText, newText);
  return result.filter((c) => c.value).map((c) => ({ type: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

function wordSet(text: string): Set<string> {
  return new Set(foldText(text).split(' ').filter(Boolean));
}

/** Word pairs of a text. */
function pairingSet(text: string): Set<string> {
  const words = foldText(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none in common. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Pairs sections: same heading first, then by heading and content similarity, best pairs first. Sorted by new index. */
function matchSections(oldS: Section[], newS: Section[], run: Run): [number, number][] {
  const pairs: [number, number][] = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const headingKey = (s: Section) => (s.heading ? foldText(run.key(s.heading)) : '\u0000');
  const byHeading = new Map<string, number[]>();
  oldS.forEach((s, i) => {
    const k = headingKey(s);
    const list = byHeading.get(k);
    if (list) list.push(i);
    else byHeading.set(k, [i]);
  });
  newS.forEach((s, j) => {
    const candidates = byHeading.get(headingKey(s));
    const i = candidates?.shift();
    if (i !== undefined) {
      pairs.push([i, j]);
      usedOld.add(i);
      usedNew.add(j);
    }
  });
  // Renamed sections: score the rest by content (mostly) and heading, while that stays affordable.
  const restOld = oldS.map((_, i) => i).filter((i) => !usedOld.has(i));
  const restNew = newS.map((_, j) => j).filter((j) => !usedNew.has(j));
  if (restOld.length * restNew.length > MAX_SECTION_PAIRS) run.coarse = true;
  else if (restOld.length && restNew.length) {
    const setOf = (s: Section) => wordSet(s.units.map((u) => u.text).join(' '));
    const oldSets = new Map(restOld.map((i) => [i, setOf(oldS[i]!)]));
    const newSets = new Map(restNew.map((j) => [j, setOf(newS[j]!)]));
    const scored: [number, number, number][] = [];
    for (const i of restOld) {
      for (const j of restNew) {
        const score = 0.75 * dice(oldSets.get(i)!, newSets.get(j)!) + 0.25 * dice(wordSet(oldS[i]!.heading?.text ?? ''), wordSet(newS[j]!.heading?.text ?? ''));
        if (score >= SECTION_MATCH) scored.push([score, i, j]);
      }
    }
    scored.sort((x, y) => y[0] - x[0]);
    for (const [, i, j] of scored) {
      if (usedOld.has(i) || usedNew.has(j)) continue;
      pairs.push([i, j]);
      usedOld.add(i);
      usedNew.add(j);
    }
  }
  return pairs.sort((x, y) => x[1] - y[1]);
}

/** How a moved section's units correspond: equal units share a move number; the rest are edits inside the move. */
interface MovePlan {
  oldMoves: (number | undefined)[];
  newMoves: (number | undefined)[];
  edits: number;
}

function movePlan(oldS: Section, newS: Section, run: Run): MovePlan {
  const a = unitsOfSection(oldS);
  const b = unitsOfSection(newS);
  const oldMoves: (number | undefined)[] = new Array(a.length).fill(undefined);
  const newMoves: (number | undefined)[] = new Array(b.length).fill(undefined);
  let i = 0;
  let j = 0;
  for (const step of run.align(a, b)) {
    for (let k = 0; k < step.count; k++) {
      if (step.op === 'equal') {
        oldMoves[i] = newMoves[j] = run.nextMove++;
        i++;
        j++;
      } else if (step.op === 'delete') i++;
      else j++;
    }
  }
  const edits = oldMoves.filter((m) => m === undefined).length + newMoves.filter((m) => m === undefined).length;
  return { oldMoves, newMoves, edits };
}

/** A unit deleted in one place and inserted unchanged in another has moved. */
function markMovedParagraphs(changes: Change[], run: Run): void {
  const inserted = new Map<string, Change[]>();
  for (const c of changes) {
    if (c.op !== 'insert' || c.moved || !c.unit.text.trim()) continue;
    const k = run.key(c.unit);
    const list = inserted.get(k);
    if (list) list.push(c);
    else inserted.set(k, [c]);
  }
  for (const c of changes) {
    if (c.op !== 'delete' || c.moved || !c.unit.text.trim()) continue;
    const match = inserted.get(run.key(c.unit))?.shift();
    if (match && match.op === 'insert') {
      c.moved = match.moved = true;
      c.move = match.move = run.nextMove++;
    }
  }
}

/** The units' texts a reader gets by accepting (new) or rejecting (old) every change. */
export function resolvedText(comparison: Comparison, side: 'old' | 'new'): string[] {
  return resolvedUnits(comparison, side).map((u) => u.text);
}

export function resolvedUnits(comparison: Comparison, side: 'old' | 'new'): Unit[] {
  const out: Unit[] = [];
  for (const c of comparison.changes) {
    if (c.op === 'equal') out.push(c.unit);
    else if (c.op === 'insert' && side === 'new') out.push(c.unit);
    else if (c.op === 'delete' && side === 'old') out.push(c.unit);
    else if (c.op === 'change') out.push(side === 'new' ? c.unit : c.old);
  }
  return out;
}

export type { MetadataChange, MetadataField } from './metadata.js';
