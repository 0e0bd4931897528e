import { useMemo, useState } from 'react';
import type { ImportPreview, StartupInfo } from '../../../core/api.js';
import type { Metadata } from '../../../core/model/metadata.js';
import { fieldsForKind } from '../../../core/model/templates.js';
import { MetadataForm } from './MetadataForm.js';
import type { StoredDocument } from '../../../core/model/document.js';
import { DOCUMENT_KINDS, KIND_LABELS, type DocumentKind } from '../../../core/model/kinds.js';
import { api } from '../api.js';
import { fileToBase64, IMPORTABLE_FILES } from '../files.js';
import { Dialog } from './Dialog.js';
import { FilePicker } from './FilePicker.js';

const MAX_FILE_BYTES = 40 * 1024 * 1024;

/**
 * Import a .docx, .pdf, .txt or .md file as a new document; the app suggests a
 * kind and shows the metadata and headings it found, the user corrects and decides.
 */
export function ImportDialog(props: { startup: StartupInfo; onClose: () => void; onImported: (doc: StoredDocument, notices: string[]) => void }) {
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // No kind until detection suggests one or the user picks one: an undetected kind is asked for, never assumed.
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [metadata, setMetadata] = useState<Metadata>({});
  const { startup } = props;
  // Until a kind is chosen the form shows the fields every kind has.
  const fields = useMemo(
    () => (kind ? fieldsForKind({ templates: startup.templates, metadata: startup.metadataConfig }, kind) : startup.metadataConfig.fields),
    [startup, kind],
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (picked: File | undefined) => {
    setError(null);
    setPreview(null);
    setFile(null);
    setKind(null);
    if (!picked) return;
    if (picked.size > MAX_FILE_BYTES) {
      setError(`${picked.name} är större än ${MAX_FILE_BYTES / 1024 / 1024} MB och kan inte importeras.`);
      return;
    }
    setBusy(true);
    try {
      const data = await fileToBase64(picked);
      const p = await api.previewImport({ fileName: picked.name, data });
      setFile({ name: picked.name, data });
      setPreview(p);
      setMetadata(p.metadata);
      setKind(p.suggestedKind);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!file || !kind) return;
    setBusy(true);
    try {
      // Only the fields of the chosen kind are sent as corrections; other recognised fields stay as read.
      const corrected = Object.fromEntries(fields.map((f) => [f.key, metadata[f.key] ?? '']));
      const result = await api.importDocument({ fileName: file.name, data: file.data, kind, metadata: corrected });
      props.onImported(result.document, result.notices);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Importera fil" onClose={props.onClose}>
      <p id="import-help">
        Välj en fil i Word, PDF, text eller Markdown (.docx, .pdf, .txt, .md). Filen blir ett nytt dokument; originalet ändras
        inte.
      </p>
      <FilePicker id="import-file" label="Fil" accept={IMPORTABLE_FILES} onChange={(f) => void choose(f)} />
      {busy && <p role="status">Läser filen…</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div className="import-preview">
          <p>
            <strong>{preview.title || file?.name}</strong> – {preview.headings.length} rubriker hittades.
          </p>
          {preview.notices.map((n) => (
            <p key={n} className="notice" role="note">
              {n}
            </p>
          ))}
          {!preview.suggestedKind && (
            <p className="notice" role="note" id="import-kind-unknown">
              Styrdok kunde inte avgöra vilken sorts dokument det här är. Välj dokumenttyp nedan, så granskas det mot rätt krav.
            </p>
          )}
          <fieldset aria-describedby={preview.suggestedKind ? undefined : 'import-kind-unknown'}>
            <legend>Dokumenttyp{preview.suggestedKind ? ` (förslag: ${KIND_LABELS[preview.suggestedKind]})` : ''}</legend>
            {DOCUMENT_KINDS.map((k) => (
              <label key={k} className="radio">
                <input type="radio" name="import-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                {KIND_LABELS[k]}
              </label>
            ))}
          </fieldset>
          <MetadataForm fields={fields} patterns={startup.metadataConfig.diarienummer} metadata={metadata} onChange={setMetadata} />
          {preview.outline.length > 0 && (
            <details className="import-outline">
              <summary>Rubriker som hittades ({preview.outline.length})</summary>
              <ol>
                {preview.outline.map((h, i) => (
                  <li key={i} style={{ marginInlineStart: `${(h.level - 1) * 1.25}rem` }}>
                    {h.text}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={props.onClose}>
          Avbryt
        </button>
        <button type="button" className="primary" disabled={!preview || !kind || busy} onClick={() => void submit()}>
          Importera
        </button>
      </div>
    </Dialog>
  );
}
