import { useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../core/model/document.js';
import { DOCUMENT_KINDS, KIND_LABELS, type DocumentKind } from '../../../core/model/kinds.js';
import { formatDateTime, swedishCollator } from '../format.js';
import { ConfirmDialog } from './Dialog.js';

type SortOrder = 'changed' | 'title';

export function DocumentList(props: {
  documents: DocumentSummary[];
  onOpen: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortOrder>('changed');
  const [confirmDelete, setConfirmDelete] = useState<DocumentSummary | null>(null);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('sv');
    const filtered = props.documents.filter(
      (d) => (!kind || d.kind === kind) && (!q || d.title.toLocaleLowerCase('sv').includes(q)),
    );
    return sort === 'title'
      ? [...filtered].sort((a, b) => swedishCollator.compare(a.title, b.title))
      : [...filtered].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [props.documents, kind, query, sort]);

  return (
    <section aria-labelledby="doclist-title" className="doclist">
      <h1 id="doclist-title">Mina dokument</h1>
      <div className="filters" role="search">
        <label>
          Typ
          <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind | '')}>
            <option value="">Alla typer</option>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sök i titel
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          Sortera
          <select value={sort} onChange={(e) => setSort(e.target.value as SortOrder)}>
            <option value="changed">Senast ändrad först</option>
            <option value="title">Titel A–Ö</option>
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{props.documents.length === 0 ? 'Du har inga dokument ännu. Skapa ett nytt eller importera en fil.' : 'Inga dokument matchar filtret.'}</p>
      ) : (
        <table className="documents">
          <caption className="visually-hidden">Dokument, {shown.length} st</caption>
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Typ</th>
              <th scope="col">Diarienummer</th>
              <th scope="col">Senast ändrad</th>
              <th scope="col">
                <span className="visually-hidden">Åtgärder</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.id}>
                <td>
                  <button type="button" className="link" onClick={() => props.onOpen(d.id)}>
                    {d.title || 'Namnlöst dokument'}
                  </button>
                </td>
                <td>{KIND_LABELS[d.kind]}</td>
                <td>{d.diarienummer}</td>
                <td>
                  <time dateTime={d.updatedAt}>{formatDateTime(d.updatedAt)}</time>
                </td>
                <td className="row-actions">
                  <button type="button" onClick={() => props.onDuplicate(d.id)} aria-label={`Duplicera ${d.title || 'namnlöst dokument'}`}>
                    Duplicera
                  </button>
                  <button type="button" onClick={() => setConfirmDelete(d)} aria-label={`Ta bort ${d.title || 'namnlöst dokument'}`}>
                    Ta bort
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title="Ta bort dokumentet?"
          message={`"${confirmDelete.title || 'Namnlöst dokument'}" och alla dess sparade versioner tas bort. Det går inte att ångra.`}
          confirmLabel="Ta bort"
          onCancel={() => setConfirmDelete(null)}
          onConfirm={() => {
            props.onDelete(confirmDelete.id);
            setConfirmDelete(null);
          }}
        />
      )}
    </section>
  );
}
