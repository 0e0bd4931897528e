import { useSyncExternalStore } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { EditorStore } from '../editor/store.js';

/** A slice of the editor state; the component re-renders only when the slice's identity changes. */
export function useEditorSelector<T>(store: EditorStore, select: (state: EditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.state));
}

/** Calls `onChange` with each new document (not on selection-only updates). */
export function subscribeDocChanges(store: EditorStore, onChange: (doc: EditorState['doc']) => void): () => void {
  let last = store.state.doc;
  return store.subscribe(() => {
    const doc = store.state.doc;
    if (doc === last) return;
    last = doc;
    onChange(doc);
  });
}
