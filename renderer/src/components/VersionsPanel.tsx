import { useState } from 'react';
import type { VersionSummary } from '../../../core/model/document.js';
import { formatDateTime } from '../format.js';
import { ConfirmDialog } from './Dialog.js';

export function VersionsPanel(props: {
  versions: VersionSummary[];
  onSave: (label: string) => Promise<void>;
  onOpen: (version: VersionSummary) => void;
  onRestore: (version: VersionSummary) => void;
  onCompare: (version: VersionSummary) => void;
}) {
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [restore, setRestore] = useState<VersionSummary | null>(null);
  return (
    <section className="versions" aria-labelledby="versions-title">
      <h2 id="versions-title">Versioner</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          try {
            await props.onSave(label.trim() || `Version ${formatDateTime(new Date().toISOString())}`);
            setLabel('');
          } finally {
            setBusy(false);
          }
        }}
      >
        <label htmlFor="version-label">Namn på versionen</label>
        <input id="version-label" value={label} onChange={(e) => setLabel(e.target.value)} placeholder="t.ex. Remissversion" />
        <button type="submit" disabled={busy}>
          Spara version
        </button>
      </form>
      {props.versions.length === 0 ? (
        <p className="empty">Inga sparade versioner.</p>
      ) : (
        <ul>
          {props.versions.map((v) => (
            <li key={v.id}>
              <span className="version-label">{v.label}</span>
              <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
              <span className="version-actions">
                <button type="button" onClick={() => props.onOpen(v)} aria-label={`Visa versionen ${v.label}`}>
                  Visa
                </button>
                <button type="button" onClick={() => props.onCompare(v)} aria-label={`Jämför versionen ${v.label} med nuvarande text`}>
                  Jämför…
                </button>
                <button type="button" onClick={() => setRestore(v)} aria-label={`Återställ versionen ${v.label}`}>
                  Återställ
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {restore && (
        <ConfirmDialog
          title="Återställ versionen?"
          message={`Texten ersätts med versionen "${restore.label}". Den nuvarande texten sparas först som en egen version, så ingenting går förlorat.`}
          confirmLabel="Återställ"
          onCancel={() => setRestore(null)}
          onConfirm={() => {
            props.onRestore(restore);
            setRestore(null);
          }}
        />
      )}
    </section>
  );
}
