import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { schema } from '../../core/model/schema.js';
import type { CheckResult, Finding } from '../../core/rules/engine.js';
import { REVIEW_SLICE, nextReviewSlice, pendingUnderlines, reviewPlugin, reviewResult, setReview } from '../../renderer/src/editor/review.js';

const LAW = '5 kap. 10 § SoL';
const paragraphs = (n: number) => schema.node('doc', null, Array.from({ length: n }, (_, i) => schema.node('paragraph', null, [schema.text(`Stycke ${i} enligt ${LAW}.`)])));

/** One finding per paragraph, on the law reference, as the engine locates it. */
function resultFor(doc: ReturnType<typeof paragraphs>): CheckResult {
  const findings: Finding[] = [];
  doc.forEach((p, offset, i) => {
    const start = p.textContent.indexOf(LAW);
    const from = offset + 1 + start;
    findings.push({ rule: 'inaktuellt-lagrum', severity: 'varning', message: `fynd ${i}`, explanation: '', source: '', unverified: false, location: { line: i + 1, column: start + 1, from, to: from + LAW.length } });
  });
  return { requirements: [], findings };
}


describe('review result in slices', () => {
  it('underlines the findings nearest the caret first, then the rest slice by slice, mapped through the edits made meanwhile', () => {
    const doc = paragraphs(3 * REVIEW_SLICE);
    const plugin = reviewPlugin();
    let state = EditorState.create({ doc, plugins: [plugin] });
    state = state.apply(state.tr.setSelection(TextSelection.atEnd(state.doc)));
    const result = resultFor(doc);
    state = state.apply(setReview(state.tr, result, doc)!);

    // The whole result is there at once (the panel lists it); the first slice of underlines is at the caret (the end).
    expect(reviewResult(state)).toBe(result);
    const decorations = () => (plugin.getState(state)!.decorations.find() as { from: number; to: number; spec: unknown }[]);
    expect(decorations()).toHaveLength(REVIEW_SLICE);
    expect(Math.min(...decorations().map((d) => d.from))).toBeGreaterThan(doc.content.size * 0.6);
    expect(pendingUnderlines(state)).toBe(2 * REVIEW_SLICE);

    // The writer types at the start and deletes one law reference before the remaining slices arrive.
    state = state.apply(state.tr.insertText('Nytt: ', 1));
    const second = state.doc.child(1);
    const offset = state.doc.child(0).nodeSize;
    const lawAt = offset + 1 + second.textContent.indexOf(LAW);
    state = state.apply(state.tr.delete(lawAt, lawAt + LAW.length));

    let slices = 0;
    while (pendingUnderlines(state) > 0) {
      state = state.apply(nextReviewSlice(state.tr));
      slices++;
    }
    expect(slices).toBe(2);
    const texts = decorations().map((d) => state.doc.textBetween(d.from, d.to));
    // Every finding is underlined on its text, except the one whose text was deleted.
    expect(texts).toHaveLength(3 * REVIEW_SLICE - 1);
    expect(new Set(texts)).toEqual(new Set([LAW]));
    expect(state.doc.child(0).textContent).toBe(`Nytt: Stycke 0 enligt ${LAW}.`);
  });

  it('a small result is underlined at once', () => {
    const doc = paragraphs(10);
    const plugin = reviewPlugin();
    let state = EditorState.create({ doc, plugins: [plugin] });
    state = state.apply(setReview(state.tr, resultFor(doc), doc)!);
    expect(pendingUnderlines(state)).toBe(0);
    expect(plugin.getState(state)!.decorations.find()).toHaveLength(10);
  });
});
