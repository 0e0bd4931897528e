import { useEffect, useRef } from 'react';
import type { DataFile } from '../../../core/data/loadYaml.js';
import type { DocumentKind } from '../../../core/model/kinds.js';
import type { Metadata } from '../../../core/model/metadata.js';
import type { DiarienummerPattern } from '../../../core/model/templates.js';
import { RuleChecker } from '../rules/checker.js';
import { setReview } from '../editor/review.js';
import { dispatchExternal, type EditorStore } from '../editor/store.js';
import { subscribeDocChanges } from './useEditorSelector.js';

/**
 * Live review: the rule worker checks the document when typing pauses, and
 * each result goes into the editor's review plugin, the one place findings
 * are kept. Returns `recheck`, for a metadata change.
 */
export function useReview(
  store: EditorStore,
  config: { ruleFiles: DataFile[]; patterns: DiarienummerPattern[]; kind: DocumentKind },
  metadata: () => Metadata,
  onError: (message: string) => void,
): (metadata: Metadata) => void {
  const checker = useRef<RuleChecker | null>(null);
  const latest = useRef({ metadata, onError });
  latest.current = { metadata, onError };

  useEffect(() => {
    const c = new RuleChecker(
      config.ruleFiles,
      config.patterns,
      (result, checkedDoc) => dispatchExternal(store, (state) => setReview(state.tr, result, checkedDoc)),
      (message) => latest.current.onError(message),
    );
    checker.current = c;
    // The first check is sent after the text has been painted: serialising a big document for the worker should not delay opening it.
    let frame = requestAnimationFrame(() => {
      frame = window.setTimeout(() => c.checkNow(store.state.doc, config.kind, latest.current.metadata()), 0);
    });
    const off = subscribeDocChanges(store, (doc) => c.schedule(doc, config.kind, latest.current.metadata()));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(frame);
      off();
      c.dispose();
      checker.current = null;
    };
  }, [store, config.ruleFiles, config.patterns, config.kind]);

  return (next: Metadata) => checker.current?.schedule(store.state.doc, config.kind, next);
}
