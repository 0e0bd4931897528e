import { useCallback, useEffect, useState } from 'react';
import type { StoredDocument, StoredVersion, VersionSummary } from '../../../core/model/document.js';
import { api } from '../api.js';
import type { AutosaveHandle } from './useAutosave.js';

/** The document's saved versions and what the writer does with them: save, view, restore. */
export function useVersions(
  documentId: string,
  autosave: Pick<AutosaveHandle, 'saveNow' | 'suspend'>,
  tell: { onError: (message: string) => void; onNotice: (message: string) => void; onReplaced: (doc: StoredDocument) => void },
) {
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [viewing, setViewing] = useState<StoredVersion | null>(null);

  const refresh = useCallback(
    () => api.listVersions({ documentId }).then(setVersions, (e: Error) => tell.onError(e.message)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [documentId],
  );
  useEffect(() => void refresh(), [refresh]);

  const save = async (label: string) => {
    await autosave.saveNow();
    try {
      const v = await api.saveVersion({ documentId, label });
      setVersions((list) => [v, ...list]);
      tell.onNotice(`Versionen "${v.label}" är sparad.`);
    } catch (e) {
      tell.onError((e as Error).message);
    }
  };

  const restore = async (version: VersionSummary) => {
    await autosave.saveNow();
    autosave.suspend(true);
    try {
      const doc = await api.restoreVersion({ versionId: version.id });
      setViewing(null);
      tell.onReplaced(doc);
      tell.onNotice(`Versionen "${version.label}" är återställd. Den tidigare texten finns kvar som en version.`);
    } catch (e) {
      autosave.suspend(false);
      tell.onError((e as Error).message);
    }
  };

  const open = async (version: VersionSummary) => {
    try {
      setViewing(await api.getVersion({ id: version.id }));
    } catch (e) {
      tell.onError((e as Error).message);
    }
  };

  return { versions, viewing, refresh, save, restore, open, close: () => setViewing(null) };
}
