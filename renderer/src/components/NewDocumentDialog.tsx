import { useState, type FormEvent } from 'react';
import { KIND_LABELS, type DocumentKind } from '../../../core/model/kinds.js';
import { Dialog } from './Dialog.js';

/** Asks for the new document's title; the kind's name is offered, selected, so typing replaces it. */
export function NewDocumentDialog(props: { kind: DocumentKind; onCancel: () => void; onCreate: (title: string) => Promise<void> }) {
  const [title, setTitle] = useState(KIND_LABELS[props.kind]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await props.onCreate(title.trim());
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Nytt dokument: ${KIND_LABELS[props.kind]}`} onClose={props.onCancel}>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="new-document-title">Titel</label>
          <input
            id="new-document-title"
            type="text"
            value={title}
            maxLength={2000}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby="new-document-title-hint"
          />
          <p id="new-document-title-hint" className="hint">
            Du kan ändra titeln senare, bland dokumentets uppgifter.
          </p>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Avbryt
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Skapa
          </button>
        </div>
      </form>
    </Dialog>
  );
}
