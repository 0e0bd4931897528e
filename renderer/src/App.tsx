import { useCallback, useEffect, useState } from 'react';
import type { StartupInfo } from '../../core/api.js';
import type { DocumentSummary, StoredDocument } from '../../core/model/document.js';
import type { DocumentKind } from '../../core/model/kinds.js';
import { api } from './api.js';
import { DocumentList } from './components/DocumentList.js';
import { DocumentView } from './components/DocumentView.js';
import { ImportDialog } from './components/ImportDialog.js';
import { NewDocumentMenu } from './components/NewDocumentMenu.js';

type Message = { kind: 'error' | 'notice'; text: string; id: number };
const OPEN_KEY = 'styrdok.oppet-dokument';

export function App() {
  const [startup, setStartup] = useState<StartupInfo | null>(null);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [open, setOpen] = useState<StoredDocument | null>(null);
  const [importing, setImporting] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);

  const say = useCallback((kind: Message['kind'], text: string) => {
    setMessages((list) => [...list.filter((m) => m.text !== text), { kind, text, id: Date.now() + Math.random() }]);
  }, []);
  const onError = useCallback((text: string) => say('error', text), [say]);
  const onNotice = useCallback((text: string) => say('notice', text), [say]);

  const refresh = useCallback(() => api.listDocuments({}).then(setDocuments, (e: Error) => onError(e.message)), [onError]);

  const openDocument = useCallback(
    async (id: string) => {
      try {
        const doc = await api.getDocument({ id });
        setOpen(doc);
        sessionStorage.setItem(OPEN_KEY, id);
      } catch (e) {
        sessionStorage.removeItem(OPEN_KEY);
        onError((e as Error).message);
      }
    },
    [onError],
  );

  useEffect(() => {
    api.getStartupInfo({}).then(
      (info) => {
        setStartup(info);
        info.warnings.forEach((w) => say('error', w));
        // A reload returns to the document that was open.
        const reopen = sessionStorage.getItem(OPEN_KEY);
        if (reopen) void openDocument(reopen);
      },
      (e: Error) => onError(e.message),
    );
    void refresh();
  }, [refresh, say, onError, openDocument]);

  /** Throws on failure, so the title dialog can show the message and stay open. */
  const create = async (kind: DocumentKind, title: string) => {
    const doc = await api.createDocument({ kind, title });
    setOpen(doc);
    sessionStorage.setItem(OPEN_KEY, doc.id);
  };

  const close = () => {
    setOpen(null);
    sessionStorage.removeItem(OPEN_KEY);
    void refresh();
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Hoppa till innehållet
      </a>
      <header className="app-header">
        <p className="app-name">Styrdok</p>
        {!open && (
          <div className="header-actions">
            <NewDocumentMenu onCreate={create} />
            <button type="button" onClick={() => setImporting(true)}>
              Importera fil…
            </button>
          </div>
        )}
      </header>
      <div className="messages" aria-live="polite">
        {messages.map((m) => (
          <div key={m.id} className={`message ${m.kind}`} role={m.kind === 'error' ? 'alert' : 'status'}>
            <span>{m.text}</span>
            <button type="button" aria-label="Stäng meddelandet" onClick={() => setMessages((l) => l.filter((x) => x.id !== m.id))}>
              ×
            </button>
          </div>
        ))}
      </div>
      {!startup ? (
        <p role="status">Startar…</p>
      ) : open ? (
        <DocumentView
          key={open.id + open.updatedAt}
          document={open}
          startup={startup}
          onClose={close}
          onReplaced={setOpen}
          onError={onError}
          onNotice={onNotice}
        />
      ) : (
        <main id="main">
          <DocumentList
            documents={documents}
            onOpen={(id) => void openDocument(id)}
            onDuplicate={(id) =>
              void api.duplicateDocument({ id }).then(
                (d) => {
                  onNotice(`Kopian "${d.title}" är skapad.`);
                  return refresh();
                },
                (e: Error) => onError(e.message),
              )
            }
            onDelete={(id) => void api.deleteDocument({ id }).then(refresh, (e: Error) => onError(e.message))}
          />
        </main>
      )}
      {importing && startup && (
        <ImportDialog
          startup={startup}
          onClose={() => setImporting(false)}
          onImported={(doc, notices) => {
            setImporting(false);
            notices.forEach(onNotice);
            setOpen(doc);
            sessionStorage.setItem(OPEN_KEY, doc.id);
          }}
        />
      )}
    </div>
  );
}
