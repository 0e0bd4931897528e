import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { EditsSince } from './editsSince.js';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { CheckResult, Finding } from '../../../core/rules/engine.js';

/**
 * The review's single source of truth, a plugin state field (as
 * @codemirror/lint keeps its diagnostics): the latest result, its underlines,
 * and the mapping of every edit since, so a position in the result can still
 * be found after the writer has typed. React reads `reviewResult(state)`; the
 * result object keeps its identity until a new one arrives.
 *
 * A result with many findings is underlined in slices, one per frame, those
 * nearest the caret first: 3000 findings at once made a task of 170 ms in a
 * big document (the spans, then the style and layout of 3000 paragraphs).
 */
export interface ReviewState {
  result: CheckResult | null;
  decorations: DecorationSet;
  /** Edits since the result's document. */
  since: EditsSince;
  /** Located findings still to be underlined, in the checked document's positions. */
  pending: readonly Finding[];
}

/** Underlines added per slice. */
export const REVIEW_SLICE = 250;

const reviewKey = new PluginKey<ReviewState>('review');
type ReviewMeta = { kind: 'result'; state: ReviewState } | { kind: 'slice' };

export function reviewPlugin(dispatchSlice: (view: EditorView, tr: Transaction) => void = (view, tr) => view.dispatch(tr)): Plugin<ReviewState> {
  return new Plugin<ReviewState>({
    key: reviewKey,
    state: {
      init: () => ({ result: null, decorations: DecorationSet.empty, since: EditsSince.none(), pending: [] }),
      apply(tr, old) {
        const meta = tr.getMeta(reviewKey) as ReviewMeta | undefined;
        if (meta?.kind === 'result') return meta.state;
        let next = old;
        if (tr.docChanged) {
          next = { ...old, decorations: old.decorations.map(tr.mapping, tr.doc), since: old.since.with(tr.mapping) };
        }
        if (meta?.kind === 'slice' && next.pending.length) next = addSlice(next, tr.doc);
        return next;
      },
    },
    props: {
      decorations: (state) => reviewKey.getState(state)!.decorations,
    },
    view: (view) => new SliceScheduler(view, dispatchSlice),
  });
}

export function reviewResult(state: EditorState): CheckResult | null {
  return reviewKey.getState(state)?.result ?? null;
}

/** How many located findings of the current result still wait for their underline. */
export function pendingUnderlines(state: EditorState): number {
  return reviewKey.getState(state)?.pending.length ?? 0;
}

/** A position in the current result, mapped through the edits made since it was computed. */
export function mapReviewPos(state: EditorState, pos: number): number {
  const review = reviewKey.getState(state);
  const mapped = review ? review.since.map(pos, -1) : pos;
  return Math.max(0, Math.min(mapped, state.doc.content.size));
}

/**
 * Shows a result computed on `checkedDoc`: the result at once, the first slice
 * of underlines (nearest the caret) with it, the rest frame by frame. Returns
 * null when the document has changed since: a newer check is on its way, and
 * stale ranges would mislead.
 */
export function setReview(tr: Transaction, result: CheckResult, checkedDoc: PMNode): Transaction | null {
  if (tr.doc !== checkedDoc && !tr.doc.eq(checkedDoc)) return null;
  const size = tr.doc.content.size;
  const caret = tr.selection.head;
  const distance = (f: Finding) => (caret < f.location!.from ? f.location!.from - caret : Math.max(0, caret - f.location!.to));
  const located = result.findings.filter((f) => f.location && f.location.to > f.location.from && f.location.to <= size);
  if (located.length > REVIEW_SLICE) located.sort((a, b) => distance(a) - distance(b));
  const first = located.slice(0, REVIEW_SLICE);
  const state: ReviewState = {
    result,
    decorations: DecorationSet.create(tr.doc, first.map((f) => underline(f, f.location!.from, f.location!.to))),
    since: EditsSince.none(),
    pending: located.slice(REVIEW_SLICE),
  };
  return tr.setMeta(reviewKey, { kind: 'result', state } satisfies ReviewMeta).setMeta('addToHistory', false);
}

/** Asks for the next slice of pending underlines (the view does this once per frame). */
export function nextReviewSlice(tr: Transaction): Transaction {
  return tr.setMeta(reviewKey, { kind: 'slice' } satisfies ReviewMeta).setMeta('addToHistory', false);
}

/** The next slice of underlines, mapped through the edits made since the check; a range edited away is dropped. */
function addSlice(state: ReviewState, doc: PMNode): ReviewState {
  const decorations: Decoration[] = [];
  for (const f of state.pending.slice(0, REVIEW_SLICE)) {
    const from = state.since.mapResult(f.location!.from, 1);
    const to = state.since.mapResult(f.location!.to, -1);
    if (from.deleted || to.deleted || to.pos <= from.pos) continue;
    decorations.push(underline(f, from.pos, to.pos));
  }
  return { ...state, decorations: state.decorations.add(doc, decorations), pending: state.pending.slice(REVIEW_SLICE) };
}

function underline(f: Finding, from: number, to: number): Decoration {
  return Decoration.inline(from, to, { class: `finding finding-${f.severity}`, title: f.message });
}

/** Adds one slice per animation frame while underlines are pending, so each frame carries a bounded share. */
class SliceScheduler {
  private frame = 0;

  constructor(
    private readonly view: EditorView,
    private readonly dispatch: (view: EditorView, tr: Transaction) => void,
  ) {}

  update(): void {
    if (this.frame || !pendingUnderlines(this.view.state)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.view.isDestroyed || !pendingUnderlines(this.view.state)) return;
      this.dispatch(this.view, nextReviewSlice(this.view.state.tr));
    });
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
  }
}
