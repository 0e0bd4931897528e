import { diffArrays } from 'diff';

/**
 * Aligns two sequences of keys (one per unit) in bounded time.
 *
 * Myers' diff (jsdiff) is O(N·D): two long unrelated sequences make it
 * quadratic. It runs here with an edit limit and a time limit; when it gives
 * up, unique keys that occur once on each side anchor the alignment (patience
 * diff) and the gaps between anchors are aligned again, and a gap that is
 * still too costly is written as deleted and inserted whole. Every fallback
 * is coarser, never wrong: the steps always spell out both sequences.
 */
export type Step = { op: 'equal' | 'delete' | 'insert'; count: number };

export interface AlignLimits {
  /** Edit distance beyond which jsdiff gives up on one stretch. */
  maxEditLength: number;
  /** Milliseconds one jsdiff call may take. */
  callTimeoutMs: number;
  /** Absolute time (performance.now()) after which only the coarse fallbacks run. */
  deadline: number;
}

export const DEFAULT_LIMITS = { maxEditLength: 500, callTimeoutMs: 150, totalMs: 1500 };

export function align(a: string[], b: string[], limits: AlignLimits): { steps: Step[]; coarse: boolean } {
  const out: Step[] = [];
  const state = { coarse: false };
  alignRange(a, 0, a.length, b, 0, b.length, limits, out, 0, state);
  return { steps: merge(out), coarse: state.coarse };
}

function push(out: Step[], op: Step['op'], count: number): void {
  if (count > 0) out.push({ op, count });
}

function alignRange(a: string[], a0: number, a1: number, b: string[], b0: number, b1: number, limits: AlignLimits, out: Step[], depth: number, state: { coarse: boolean }): void {
  // Common prefix and suffix cost nothing and shrink what the diff must search.
  let prefix = 0;
  while (a0 + prefix < a1 && b0 + prefix < b1 && a[a0 + prefix] === b[b0 + prefix]) prefix++;
  push(out, 'equal', prefix);
  a0 += prefix;
  b0 += prefix;
  let suffix = 0;
  while (a1 - suffix > a0 && b1 - suffix > b0 && a[a1 - suffix - 1] === b[b1 - suffix - 1]) suffix++;
  a1 -= suffix;
  b1 -= suffix;
  if (a0 === a1 || b0 === b1) {
    push(out, 'delete', a1 - a0);
    push(out, 'insert', b1 - b0);
    push(out, 'equal', suffix);
    return;
  }
  const left = limits.deadline - performance.now();
  const exact =
    left > 0
      ? diffArrays(a.slice(a0, a1), b.slice(b0, b1), { maxEditLength: limits.maxEditLength, timeout: Math.max(1, Math.min(limits.callTimeoutMs, left)) })
      : undefined;
  if (exact) {
    for (const part of exact) push(out, part.added ? 'insert' : part.removed ? 'delete' : 'equal', part.count ?? part.value.length);
  } else {
    state.coarse = true;
    const anchors = depth < 8 ? uniqueAnchors(a, a0, a1, b, b0, b1) : [];
    if (anchors.length === 0) {
      push(out, 'delete', a1 - a0);
      push(out, 'insert', b1 - b0);
    } else {
      let pa = a0;
      let pb = b0;
      for (const [i, j] of anchors) {
        alignRange(a, pa, i, b, pb, j, limits, out, depth + 1, state);
        push(out, 'equal', 1);
        pa = i + 1;
        pb = j + 1;
      }
      alignRange(a, pa, a1, b, pb, b1, limits, out, depth + 1, state);
    }
  }
  push(out, 'equal', suffix);
}

/** Keys that occur exactly once in each range, as the longest chain in the same order on both sides. */
function uniqueAnchors(a: string[], a0: number, a1: number, b: string[], b0: number, b1: number): [number, number][] {
  const countA = new Map<string, number>();
  for (let i = a0; i < a1; i++) countA.set(a[i]!, countA.has(a[i]!) ? -1 : i);
  const countB = new Map<string, number>();
  for (let j = b0; j < b1; j++) countB.set(b[j]!, countB.has(b[j]!) ? -1 : j);
  const pairs: [number, number][] = [];
  for (let j = b0; j < b1; j++) {
    const i = countA.get(b[j]!);
    if (i !== undefined && i >= 0 && countB.get(b[j]!) === j) pairs.push([i, j]);
  }
  return longestIncreasing(pairs);
}

/** The longest subsequence of pairs (sorted by second index) increasing in the first index. */
export function longestIncreasing<T extends [number, number]>(pairs: T[]): T[] {
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
  const out: T[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

function merge(steps: Step[]): Step[] {
  const out: Step[] = [];
  for (const s of steps) {
    const last = out[out.length - 1];
    if (last && last.op === s.op) last.count += s.count;
    else out.push({ ...s });
  }
  return out;
}
