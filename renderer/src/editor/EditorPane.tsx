import { memo, useEffect, useRef } from 'react';
import { EditorView } from 'prosemirror-view';
import { transformPastedHTML } from './setup.js';
import type { EditorStore } from './store.js';
import { Toolbar } from './Toolbar.js';
import { pasteBeforeHeading } from './wordHabits.js';
import { beforeInputThroughTransaction, typeThroughTransaction } from './typing.js';

/**
 * The ProseMirror view inside React. ProseMirror owns the text and reports
 * every new state to the store; React reads slices of the store. A keystroke
 * only updates the view and the store: nothing React renders depends on
 * every keystroke.
 */
/** About 300 pages of text. */
const SPELLCHECK_MAX_SIZE = 1_000_000;

export const EditorPane = memo(function EditorPane(props: { store: EditorStore; editable: boolean; label: string }) {
  const mount = useRef<HTMLDivElement>(null);
  const { store } = props;

  useEffect(() => {
    const v = new EditorView(mount.current!, {
      state: store.state,
      editable: () => props.editable,
      transformPastedHTML,
      handlePaste: pasteBeforeHeading,
      handleKeyPress: typeThroughTransaction,
      handleDOMEvents: { beforeinput: (view, event) => beforeInputThroughTransaction(view, event as InputEvent) },
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': props.label,
        class: 'prose',
        // Chromium's spell checker walks the whole editable text in idle time, for seconds at a time
        // in a document of several MB; above this size the writer's typing comes first.
        spellcheck: store.state.doc.content.size < SPELLCHECK_MAX_SIZE ? 'true' : 'false',
        lang: 'sv',
      },
      dispatchTransaction(tr) {
        v.updateState(v.state.apply(tr));
        store.update(v.state);
      },
    });
    store.view = v;
    return () => {
      v.destroy();
      if (store.view === v) store.view = null;
    };
    // The view is created once per store; a new document brings a new store and remounts the pane.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  return (
    <div className="editor">
      {props.editable && <Toolbar store={store} />}
      <div ref={mount} className="editor-mount" />
    </div>
  );
});
