import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { CheckResult, Finding } from '../../../core/rules/engine.js';

/**
 * The review's single source of truth, a plugin state field (as
 * @codemirror/lint keeps its diagnostics): the latest result, its underlines,
 * and the mapping of every edit since, so a position in the result can still
 * be found after the writer has typed. React reads `reviewResult(state)`; the
 * result object keeps its identity until a new one arrives.
 */
export interface ReviewState {
  result: CheckResult | null;
  decorations: DecorationSet;
  /** Edits since the result's document. */
  since: Mapping;
}

const reviewKey = new PluginKey<ReviewState>('review');

export function reviewPlugin(): Plugin<ReviewState> {
  return new Plugin<ReviewState>({
    key: reviewKey,
    state: {
      init: () => ({ result: null, decorations: DecorationSet.empty, since: new Mapping() }),
      apply(tr, old) {
        const next = tr.getMeta(reviewKey) as ReviewState | undefined;
        if (next) return next;
        if (!tr.docChanged) return old;
        const since = old.since.slice();
        since.appendMapping(tr.mapping);
        return { result: old.result, decorations: old.decorations.map(tr.mapping, tr.doc), since };
      },
    },
    props: {
      decorations: (state) => reviewKey.getState(state)!.decorations,
    },
  });
}

export function reviewResult(state: EditorState): CheckResult | null {
  return reviewKey.getState(state)?.result ?? null;
}

/** A position in the current result, mapped through the edits made since it was computed. */
export function mapReviewPos(state: EditorState, pos: number): number {
  const review = reviewKey.getState(state);
  const mapped = review ? review.since.map(pos, -1) : pos;
  return Math.max(0, Math.min(mapped, state.doc.content.size));
}

/**
 * Shows a result computed on `checkedDoc`. Returns null when the document has
 * changed since: a newer check is on its way, and stale ranges would mislead.
 */
export function setReview(tr: Transaction, result: CheckResult, checkedDoc: PMNode): Transaction | null {
  if (tr.doc !== checkedDoc && !tr.doc.eq(checkedDoc)) return null;
  const size = tr.doc.content.size;
  const decorations = result.findings
    .filter((f) => f.location && f.location.to > f.location.from && f.location.to <= size)
    .map((f) => underline(f));
  const state: ReviewState = { result, decorations: DecorationSet.create(tr.doc, decorations), since: new Mapping() };
  return tr.setMeta(reviewKey, state).setMeta('addToHistory', false);
}

function underline(f: Finding): Decoration {
  return Decoration.inline(f.location!.from, f.location!.to, { class: `finding finding-${f.severity}`, title: f.message });
}
