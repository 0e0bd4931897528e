import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { Finding } from '../../../core/rules/engine.js';

const key = new PluginKey<DecorationSet>('findings');

/** Underlines the ranges findings point at; the set is mapped through edits until new results arrive. */
export function findingDecorations(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const next = tr.getMeta(key) as DecorationSet | undefined;
        return next ?? set.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations(state) {
        return key.getState(state);
      },
    },
  });
}

/** A transaction that shows these findings, computed on `checkedDoc`, mapped onto the current doc when it is the same. */
export function setFindings(tr: Transaction, findings: Finding[], checkedDoc: PMNode): Transaction {
  if (!tr.doc.eq(checkedDoc)) return tr;
  const decorations = findings
    .filter((f) => f.location && f.location.to > f.location.from && f.location.to <= tr.doc.content.size)
    .map((f) =>
      Decoration.inline(f.location!.from, f.location!.to, {
        class: `finding finding-${f.severity}`,
        title: f.message,
      }),
    );
  return tr.setMeta(key, DecorationSet.create(tr.doc, decorations));
}
