import { api } from '../api.js';
import { download } from '../files.js';
import type { AutosaveHandle } from './useAutosave.js';

/** Export of the working copy to Word: saved first, so the file holds what the writer sees. */
export function useExport(documentId: string, autosave: Pick<AutosaveHandle, 'saveNow'>, onError: (message: string) => void) {
  return () =>
    void autosave
      .saveNow()
      .then(() => api.exportDocumentDocx({ id: documentId }))
      .then(download, (e: Error) => onError(e.message));
}
