import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
import { schema } from '../../core/model/schema.js';
import { EditsSince } from '../../renderer/src/editor/editsSince.js';
import { mapReviewPos, reviewPlugin } from '../../renderer/src/editor/review.js';

const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Anhörigstöd enligt lagen.')])]);

describe('edits since a review result', () => {
  it('maps a position in the checked document through every edit since, as one Mapping of them all would', () => {
    let state = EditorState.create({ doc, plugins: [reviewPlugin()] });
    const all = new Mapping();
    for (let i = 0; i < 400; i++) {
      const tr = i % 3 === 2 ? state.tr.delete(1, 2) : state.tr.insertText('x', 1 + (i % 5));
      all.appendMapping(tr.mapping);
      state = state.apply(tr);
    }
    // "lagen" begins at 20 in the checked document (position 1 is the paragraph's first character).
    expect(mapReviewPos(state, 20)).toBe(all.map(20, -1));
    expect(state.doc.textBetween(mapReviewPos(state, 20), mapReviewPos(state, 20) + 5)).toBe('lagen');
  });

  it('keeps an older state unchanged when a newer one is extended, and a branch from the older one apart', () => {
    const base = EditsSince.none().with(EditorState.create({ doc }).tr.insertText('ab', 1).mapping);
    const tip = base.with(EditorState.create({ doc }).tr.insertText('cde', 1).mapping);
    const branch = base.with(EditorState.create({ doc }).tr.delete(1, 3).mapping);
    expect(base.count).toBe(1);
    expect(base.map(10)).toBe(12);
    expect(tip.map(10)).toBe(15);
    expect(branch.map(10)).toBe(10);
    expect(branch.mapResult(12, 1)).toEqual({ pos: 12, deleted: false });
    // A position inside text deleted since is reported deleted (its underline is dropped).
    expect(EditsSince.none().with(EditorState.create({ doc }).tr.delete(1, 4).mapping).mapResult(2, 1)).toEqual({ pos: 1, deleted: true });
    expect(tip.count).toBe(2);
  });
});
