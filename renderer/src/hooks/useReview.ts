import { useEffect, useMemo, useRef } from 'react';
import type { Node as PMNode } from 'prosemirror-model';
import type { NodeJSON } from '../../../core/model/document.js';
import type { DataFile } from '../../../core/data/loadYaml.js';
import type { DocumentKind } from '../../../core/model/kinds.js';
import type { Metadata } from '../../../core/model/metadata.js';
import type { DiarienummerPattern } from '../../../core/model/templates.js';
import { RuleChecker } from '../rules/checker.js';
import { setReview } from '../editor/review.js';
import { dispatchExternal, type EditorStore } from '../editor/store.js';
import { subscribeDocChanges } from './useEditorSelector.js';

/**
 * Above this size (about 10 MB of text) the review runs when the writer asks:
 * checking that much text after every pause in typing would cost seconds of work each time.
 */
export const REVIEW_ON_DEMAND_SIZE = 10_000_000;

export interface ReviewHandle {
  /** After a metadata change: checks again when the review is live. */
  recheck(metadata: Metadata): void;
  /** Whether the review waits for the writer (a very big document) instead of following the typing. */
  onDemand: boolean;
  /** Checks the document as it is now. */
  checkNow(): void;
}

/**
 * Live review: the rule worker checks the document when typing pauses, and
 * each result goes into the editor's review plugin, the one place findings
 * are kept. In a document above REVIEW_ON_DEMAND_SIZE it checks only on `checkNow`.
 */
export function useReview(
  store: EditorStore,
  config: { ruleFiles: DataFile[]; patterns: DiarienummerPattern[]; kind: DocumentKind },
  metadata: () => Metadata,
  onError: (message: string) => void,
  blockJSON?: (node: PMNode) => NodeJSON,
): ReviewHandle {
  const checker = useRef<RuleChecker | null>(null);
  const latest = useRef({ metadata, onError });
  latest.current = { metadata, onError };
  const onDemand = useMemo(() => store.state.doc.content.size > REVIEW_ON_DEMAND_SIZE, [store]);

  useEffect(() => {
    const c = new RuleChecker(
      config.ruleFiles,
      config.patterns,
      (result, checkedDoc) => dispatchExternal(store, (state) => setReview(state.tr, result, checkedDoc)),
      (message) => latest.current.onError(message),
      blockJSON,
    );
    checker.current = c;
    if (onDemand) {
      return () => {
        c.dispose();
        checker.current = null;
      };
    }
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
    // blockJSON belongs to the store's serializer, so it changes with the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, config.ruleFiles, config.patterns, config.kind, onDemand]);

  return useMemo(
    () => ({
      recheck: (next: Metadata) => {
        if (!onDemand) checker.current?.schedule(store.state.doc, config.kind, next);
      },
      onDemand,
      checkNow: () => checker.current?.checkNow(store.state.doc, config.kind, latest.current.metadata()),
    }),
    [store, config.kind, onDemand],
  );
}
