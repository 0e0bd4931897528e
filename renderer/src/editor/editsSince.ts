import type { Mapping } from 'prosemirror-transform';

/**
 * The edits made since a review result, kept as each transaction's own mapping in one array that successive
 * plugin states share: a state appends in place while it is the newest, and copies only when an older state
 * is extended (a branch). Copying a whole Mapping per keystroke made each keystroke cost as much as all
 * edits since the last result — without bound where the review runs only on demand.
 */
export class EditsSince {
  private constructor(
    private readonly mappings: Mapping[],
    private readonly length: number,
  ) {}

  static none(): EditsSince {
    return new EditsSince([], 0);
  }

  get count(): number {
    return this.length;
  }

  with(mapping: Mapping): EditsSince {
    const mappings = this.mappings.length === this.length ? this.mappings : this.mappings.slice(0, this.length);
    mappings.push(mapping);
    return new EditsSince(mappings, mappings.length);
  }

  map(pos: number, assoc = 1): number {
    for (let i = 0; i < this.length; i++) pos = this.mappings[i]!.map(pos, assoc);
    return pos;
  }

  /** Like Mapping.mapResult: `deleted` when any edit deleted the position's side. */
  mapResult(pos: number, assoc = 1): { pos: number; deleted: boolean } {
    let deleted = false;
    for (let i = 0; i < this.length; i++) {
      const r = this.mappings[i]!.mapResult(pos, assoc);
      pos = r.pos;
      deleted ||= r.deleted;
    }
    return { pos, deleted };
  }
}
