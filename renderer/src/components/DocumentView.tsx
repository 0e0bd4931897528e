import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Node as PMNode } from 'prosemirror-model';
import type { StartupInfo } from '../../../core/api.js';
import type { StoredDocument, StoredVersion, VersionSummary } from '../../../core/model/document.js';
import { KIND_LABELS } from '../../../core/model/kinds.js';
import type { Metadata } from '../../../core/model/metadata.js';
import { headingEntries, type OutlineEntry } from '../../../core/model/outline.js';
import { fieldsForKind, findTemplateSection } from '../../../core/model/templates.js';
import { api } from '../api.js';
import { Autosave, takeJournal, type SaveState } from '../autosave.js';
import { SaveProblem } from './SaveProblem.js';
import { EditorPane, type EditorHandle } from '../editor/EditorPane.js';
import { createEditorState } from '../editor/setup.js';
import { formatDateTime, formatTime } from '../format.js';
import { MetadataForm } from './MetadataForm.js';
import { Outline } from './Outline.js';
import { VersionsPanel } from './VersionsPanel.js';
import { Dialog } from './Dialog.js';
import { FindingsPanel } from './FindingsPanel.js';
import { replaceFinding } from '../editor/replaceFinding.js';
import { CompareDialog } from './CompareDialog.js';
import { download } from '../files.js';
import { RuleChecker } from '../rules/checker.js';
import { setFindings } from '../editor/findingDecorations.js';
import type { CheckResult, RequirementResult } from '../../../core/rules/engine.js';
import { schema } from '../../../core/model/schema.js';
import { TextSelection } from 'prosemirror-state';

export function DocumentView(props: {
  document: StoredDocument;
  startup: StartupInfo;
  onClose: () => void;
  onReplaced: (doc: StoredDocument) => void;
  onError: (message: string) => void;
  onNotice: (message: string) => void;
}) {
  const { document: stored, startup } = props;
  const template = startup.templates[stored.kind];
  const fields = useMemo(() => fieldsForKind({ templates: startup.templates, metadata: startup.metadataConfig }, stored.kind), [startup, stored.kind]);
  const guidanceFor = useCallback((id: string) => findTemplateSection(template, id)?.guidance, [template]);

  // A journal left by a reload or crash wins over the stored copy: it is newer.
  const journal = useMemo(() => takeJournal(stored.id), [stored.id]);
  const [metadata, setMetadata] = useState<Metadata>(journal?.metadata ?? stored.metadata);
  const initialState = useMemo(() => createEditorState(journal?.body ?? stored.body, guidanceFor), [stored, journal, guidanceFor]);
  const [outline, setOutline] = useState<OutlineEntry[]>(() => headingEntries(initialState.doc));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: stored.updatedAt });
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [viewing, setViewing] = useState<StoredVersion | null>(null);
  const viewingState = useMemo(() => (viewing ? createEditorState(viewing.body, () => undefined) : null), [viewing]);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [comparing, setComparing] = useState<VersionSummary | null>(null);
  const checker = useRef<RuleChecker | null>(null);

  const editor = useRef<EditorHandle>(null);
  const metadataRef = useRef(metadata);
  metadataRef.current = metadata;
  const autosave = useRef<Autosave | null>(null);
  const outlineTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const saver = new Autosave(
      stored.id,
      () => ({ id: stored.id, metadata: metadataRef.current, body: editor.current!.doc().toJSON() }),
      setSaveState,
      stored.updatedAt,
    );
    autosave.current = saver;
    if (journal) {
      saver.changed();
      void saver.saveNow().then(() => props.onNotice('Ändringar som inte hann sparas förra gången har återställts och sparats.'));
    }
    return () => {
      void saver.saveNow();
      saver.dispose();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.id]);

  useEffect(() => {
    const c = new RuleChecker(
      startup.ruleFiles,
      startup.metadataConfig.diarienummer,
      (result, checkedDoc) => {
        setCheck(result);
        editor.current?.apply((state) => {
          const tr = setFindings(state.tr, result.findings, checkedDoc);
          return tr;
        });
      },
      props.onError,
    );
    checker.current = c;
    c.checkNow(initialState.doc, stored.kind, metadataRef.current);
    return () => c.dispose();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.id, initialState]);

  useEffect(() => {
    api.listVersions({ documentId: stored.id }).then(setVersions, (e: Error) => props.onError(e.message));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.id]);

  const onDocChange = useCallback((doc: PMNode) => {
    autosave.current?.changed();
    checker.current?.schedule(doc, stored.kind, metadataRef.current);
    if (outlineTimer.current) clearTimeout(outlineTimer.current);
    outlineTimer.current = setTimeout(() => {
      const next = headingEntries(doc);
      setOutline((prev) => (sameOutline(prev, next) ? prev : next));
    }, 200);
  }, []);

  const onMetadata = (next: Metadata) => {
    setMetadata(next);
    metadataRef.current = next;
    autosave.current?.changed();
    if (editor.current) checker.current?.schedule(editor.current.doc(), stored.kind, next);
  };

  const canInsert = (req: RequirementResult) => !!(req.template && findTemplateSection(template, req.template));
  const sectionPosFor = (req: RequirementResult) => outline.find((e) => req.template && e.sectionId === req.template)?.pos ?? null;
  const insertSection = (req: RequirementResult) => {
    const section = req.template ? findTemplateSection(template, req.template) : undefined;
    if (!section) return;
    let paragraphPos = 0;
    editor.current?.apply((state) => {
      const size = state.doc.content.size;
      const $pos = state.doc.resolve(Math.min(req.insertPos ?? size, size));
      const at = $pos.depth === 0 ? $pos.pos : $pos.before(1);
      const heading = schema.nodes.heading.create({ level: 1, sectionId: section.id }, schema.text(section.heading));
      const tr = state.tr.insert(at, [heading, schema.nodes.paragraph.create()]);
      paragraphPos = at + heading.nodeSize + 1;
      return tr.setSelection(TextSelection.create(tr.doc, paragraphPos)).scrollIntoView();
    });
    editor.current?.focusAt(paragraphPos - 1);
  };

  const saveVersion = async (label: string) => {
    await autosave.current!.saveNow();
    try {
      const v = await api.saveVersion({ documentId: stored.id, label });
      setVersions((list) => [v, ...list]);
      props.onNotice(`Versionen "${v.label}" är sparad.`);
    } catch (e) {
      props.onError((e as Error).message);
    }
  };

  const restore = async (version: VersionSummary) => {
    await autosave.current!.saveNow();
    autosave.current!.suspend(true);
    try {
      const doc = await api.restoreVersion({ versionId: version.id });
      setViewing(null);
      props.onReplaced(doc);
      props.onNotice(`Versionen "${version.label}" är återställd. Den tidigare texten finns kvar som en version.`);
    } catch (e) {
      autosave.current!.suspend(false);
      props.onError((e as Error).message);
    }
  };

  const openVersion = async (version: VersionSummary) => {
    try {
      setViewing(await api.getVersion({ id: version.id }));
    } catch (e) {
      props.onError((e as Error).message);
    }
  };

  const title = metadata.title?.trim() || 'Namnlöst dokument';
  return (
    <div className="document-view">
      <div className="doc-header">
        <button type="button" onClick={() => void autosave.current!.saveNow().then(props.onClose)}>
          ← Alla dokument
        </button>
        <div className="doc-title">
          <span className="kind-badge">{KIND_LABELS[stored.kind]}</span>
          <h1>{title}</h1>
        </div>
        <button
          type="button"
          onClick={() =>
            void autosave.current!
              .saveNow()
              .then(() => api.exportDocumentDocx({ id: stored.id }))
              .then(download, (e: Error) => props.onError(e.message))
          }
        >
          Exportera till Word
        </button>
        <SaveStatus state={saveState} />
      </div>
      <SaveProblem
        state={saveState}
        onRetry={() => void autosave.current?.retry()}
        onKeepMine={() => void autosave.current?.keepMine().catch((e: Error) => props.onError(e.message))}
        onTakeStored={() => {
          autosave.current?.discardMine();
          api.getDocument({ id: stored.id }).then(props.onReplaced, (e: Error) => props.onError(e.message));
        }}
      />
      <MetadataForm fields={fields} patterns={startup.metadataConfig.diarienummer} metadata={metadata} onChange={onMetadata} />
      <div className="workspace">
        <Outline entries={outline} onSelect={(entry) => editor.current?.focusAt(entry.pos)} />
        <main className="writing" id="main">
          <EditorPane ref={editor} key={stored.id + stored.updatedAt} initialState={initialState} editable label={`Text: ${title}`} onDocChange={onDocChange} />
        </main>
        <div className="side">
          <FindingsPanel result={check} canInsert={canInsert} sectionPosFor={sectionPosFor} onInsert={insertSection} onJump={(pos) => editor.current?.focusAt(Math.max(0, pos - 1))} onReplace={(f) => editor.current?.apply((state) => replaceFinding(state, f))} />
          <VersionsPanel versions={versions} onSave={saveVersion} onOpen={(v) => void openVersion(v)} onRestore={(v) => void restore(v)} onCompare={(v) => void autosave.current!.saveNow().then(() => setComparing(v))} />
        </div>
      </div>
      {comparing && (
        <CompareDialog
          documentId={stored.id}
          version={comparing}
          versions={versions}
          userName={startup.userName}
          onClose={() => setComparing(null)}
          onError={props.onError}
          onExported={() => {
            props.onNotice('Jämförelsen är exporterad. Den nuvarande texten har sparats som en version.');
            void api.listVersions({ documentId: stored.id }).then(setVersions);
          }}
        />
      )}
      {viewing && (
        <Dialog title={`Version: ${viewing.label}`} onClose={() => setViewing(null)}>
          <p className="version-meta">
            Sparad {formatDateTime(viewing.createdAt)}. Versionen kan bara läsas.
          </p>
          <div className="version-reader">
            <EditorPane initialState={viewingState!} editable={false} label={`Version ${viewing.label} (skrivskyddad)`} />
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={() => setViewing(null)}>
              Stäng
            </button>
            <button type="button" onClick={() => void restore(viewing)}>
              Återställ den här versionen
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? `Sparat ${formatTime(state.at)}`
      : state.kind === 'saving'
        ? 'Sparar…'
        : state.kind === 'pending'
          ? 'Ändringar ej sparade ännu'
          : 'Inte sparat – se meddelandet';
  return (
    <p className={`save-status ${state.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}

function sameOutline(a: OutlineEntry[], b: OutlineEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.pos === b[i]!.pos && e.heading === b[i]!.heading && e.level === b[i]!.level);
}
