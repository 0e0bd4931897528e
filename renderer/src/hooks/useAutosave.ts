import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { Autosave, type SaveState, type SavePayload } from '../autosave.js';

export interface AutosaveHandle {
  /** The save state as a store, so only the status line re-renders when it changes. */
  subscribe(listener: () => void): () => void;
  getState(): SaveState;
  changed(): void;
  saveNow(): Promise<void>;
  suspend(suspended: boolean): void;
  /** Tries a failed save again now. */
  retry(): Promise<void>;
  /** After a conflict: keep this window's text over the stored copy. */
  keepMine(): Promise<void>;
  /** After a conflict: forget this window's unsaved text. */
  discardMine(): void;
}

/**
 * Autosave for one open document. `collect` is read when a save happens, so it
 * always takes the latest text and metadata. With `recovered`, content from a
 * journal (left by a reload or crash) is saved at once and `onRecovered` is told.
 */
export function useAutosave(
  documentId: string,
  savedAt: string,
  collect: () => SavePayload,
  recovered: boolean,
  onRecovered: () => void,
): AutosaveHandle {
  const status = useMemo(() => new SaveStatusStore({ kind: 'saved', at: savedAt }), [documentId]);
  const saver = useRef<Autosave | null>(null);
  const latest = useRef({ collect, onRecovered });
  latest.current = { collect, onRecovered };

  useEffect(() => {
    const s = new Autosave(documentId, () => latest.current.collect(), (state) => status.set(state), savedAt);
    saver.current = s;
    if (recovered) {
      s.changed();
      void s.saveNow().then(() => latest.current.onRecovered());
    }
    return () => {
      void s.saveNow();
      s.dispose();
    };
    // One saver per document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId]);

  return useMemo(
    () => ({
      subscribe: status.subscribe,
      getState: status.getState,
      changed: () => saver.current?.changed(),
      saveNow: () => saver.current?.saveNow() ?? Promise.resolve(),
      suspend: (suspended: boolean) => saver.current?.suspend(suspended),
      retry: () => saver.current?.retry() ?? Promise.resolve(),
      keepMine: () => saver.current?.keepMine() ?? Promise.resolve(),
      discardMine: () => saver.current?.discardMine(),
    }),
    [status],
  );
}

/** The status line's view of the save state. */
export function useSaveState(autosave: AutosaveHandle): SaveState {
  return useSyncExternalStore(autosave.subscribe, autosave.getState);
}

class SaveStatusStore {
  private readonly listeners = new Set<() => void>();
  constructor(private state: SaveState) {}
  readonly getState = () => this.state;
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  set(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
