import type { Change } from '../compare/compare.js';

/**
 * Word moves for the comparison export. A run of consecutive moved
 * paragraphs, consecutive both where they come from and where they go, is one
 * named move: w:moveFromRangeStart / w:moveToRangeStart share the name, so
 * that Word and LibreOffice show the text as moved ("Flyttat") rather than
 * deleted in one place and inserted in another. Table rows have no Word
 * moves; a moved row stays a deletion and an insertion.
 */
export interface MoveSlot {
  name: string;
  /** Id of this side's range markers. */
  rangeId: number;
  first: boolean;
  last: boolean;
}

/** Range ids sit far above the revision ids a comparison uses. */
const RANGE_ID_BASE = 1_000_000_000;

export class MoveRegistry {
  private readonly slots = new Map<number, MoveSlot>();

  constructor(changes: Change[]) {
    const fromPos = new Map<number, number>();
    const toPos = new Map<number, number>();
    changes.forEach((c, i) => {
      if ((c.op === 'delete' || c.op === 'insert') && c.move !== undefined && c.unit.type !== 'row') (c.op === 'delete' ? fromPos : toPos).set(c.move, i);
    });
    const moves = [...fromPos.keys()].filter((m) => toPos.has(m)).sort((a, b) => fromPos.get(a)! - fromPos.get(b)!);
    const groups: number[][] = [];
    let prev: number | null = null;
    for (const m of moves) {
      const joins = prev !== null && fromPos.get(m) === fromPos.get(prev)! + 1 && toPos.get(m) === toPos.get(prev)! + 1;
      if (joins) groups[groups.length - 1]!.push(m);
      else groups.push([m]);
      prev = m;
    }
    groups.forEach((group, g) => {
      const name = `move${g + 1}`;
      group.forEach((m, k) => {
        const first = k === 0;
        const last = k === group.length - 1;
        this.slots.set(fromPos.get(m)!, { name, rangeId: RANGE_ID_BASE + 2 * g, first, last });
        this.slots.set(toPos.get(m)!, { name, rangeId: RANGE_ID_BASE + 2 * g + 1, first, last });
      });
    });
  }

  /** The move slot of the change at this index of the comparison, if it is part of a Word move. */
  at(index: number): MoveSlot | undefined {
    return this.slots.get(index);
  }
}
