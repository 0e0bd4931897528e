import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StartupInfo } from '../../../core/api.js';
import type { StoredDocument, VersionSummary } from '../../../core/model/document.js';
import { KIND_LABELS } from '../../../core/model/kinds.js';
import type { Metadata } from '../../../core/model/metadata.js';
import { fieldsForKind, findTemplateSection } from '../../../core/model/templates.js';
import type { RequirementResult } from '../../../core/rules/engine.js';
import { api, cacheBlockText } from '../api.js';
import { takeJournal } from '../autosave.js';
import { EditorPane } from '../editor/EditorPane.js';
import { SaveProblem } from './SaveProblem.js';
import { createEditorState } from '../editor/setup.js';
import { EditorStore } from '../editor/store.js';
import { BodySerializer, warmInIdle } from '../editor/serialize.js';
import { reviewResult, mapReviewPos } from '../editor/review.js';
import { headingPos, outlineItems, type OutlineItem } from '../editor/outlinePlugin.js';
import { caretAt, goToSection, insertTemplateSection } from '../editor/navigation.js';
import { formatTime } from '../format.js';
import { useAutosave, useSaveState, type AutosaveHandle } from '../hooks/useAutosave.js';
import { subscribeDocChanges, useEditorSelector } from '../hooks/useEditorSelector.js';
import { useReview } from '../hooks/useReview.js';
import { useVersions } from '../hooks/useVersions.js';
import { useExport } from '../hooks/useExport.js';
import { MetadataForm } from './MetadataForm.js';
import { Outline } from './Outline.js';
import { VersionsPanel } from './VersionsPanel.js';
import { FindingsPanel } from './FindingsPanel.js';
import { replaceFinding } from '../editor/replaceFinding.js';
import { CompareDialog } from './CompareDialog.js';
import { VersionDialog } from './VersionDialog.js';

/**
 * One open document: metadata, outline, editor, review and versions. The
 * behaviour lives in hooks (autosave, review, versions, export) and editor
 * commands; this component only lays them out.
 */
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
  const metadataRef = useRef(metadata);
  metadataRef.current = metadata;
  const store = useMemo(() => new EditorStore(createEditorState(journal?.body ?? stored.body, guidanceFor)), [stored, journal, guidanceFor]);

  const serializer = useMemo(() => new BodySerializer(cacheBlockText), [store]);
  useEffect(() => warmInIdle(serializer, () => store.state.doc), [serializer, store]);
  const autosave = useAutosave(
    stored.id,
    stored.updatedAt,
    () => ({ id: stored.id, metadata: metadataRef.current, body: serializer.toJSON(store.state.doc) }),
    !!journal,
    () => props.onNotice('Ändringar som inte hann sparas förra gången har återställts och sparats.'),
  );
  useEffect(() => subscribeDocChanges(store, () => autosave.changed()), [store, autosave]);
  const review = useReview(
    store,
    useMemo(() => ({ ruleFiles: startup.ruleFiles, patterns: startup.metadataConfig.diarienummer, kind: stored.kind }), [startup, stored.kind]),
    () => metadataRef.current,
    props.onError,
    useMemo(() => serializer.blockJSON.bind(serializer), [serializer]),
  );
  const versions = useVersions(stored.id, autosave, props);
  const exportDocx = useExport(stored.id, autosave, props.onError);
  const [comparing, setComparing] = useState<VersionSummary | null>(null);

  const check = useEditorSelector(store, reviewResult);
  const outline = useEditorSelector(store, outlineItems);

  const onOutlineSelect = useCallback((item: OutlineItem) => store.run(goToSection(item.node)), [store]);

  const onMetadata = (next: Metadata) => {
    setMetadata(next);
    metadataRef.current = next;
    autosave.changed();
    review.recheck(next);
  };

  const canInsert = (req: RequirementResult) => !!(req.template && findTemplateSection(template, req.template));
  const sectionPosFor = (req: RequirementResult) => {
    const item = req.template ? outline.find((e) => e.sectionId === req.template) : undefined;
    return item ? headingPos(store.state.doc, item.node) : null;
  };
  const insertSection = (req: RequirementResult) => {
    const section = req.template ? findTemplateSection(template, req.template) : undefined;
    if (section) store.run(insertTemplateSection(section, req.insertPos == null ? undefined : mapReviewPos(store.state, req.insertPos)));
  };

  const title = metadata.title?.trim() || 'Namnlöst dokument';
  return (
    <div className="document-view">
      <div className="doc-header">
        <button type="button" onClick={() => void autosave.saveNow().then(props.onClose)}>
          ← Alla dokument
        </button>
        <div className="doc-title">
          <span className="kind-badge">{KIND_LABELS[stored.kind]}</span>
          <h1>{title}</h1>
        </div>
        <button type="button" onClick={exportDocx}>
          Exportera till Word
        </button>
        <SaveStatus autosave={autosave} />
      </div>
      <SaveProblemFor
        autosave={autosave}
        onRetry={() => void autosave.retry()}
        onKeepMine={() => void autosave.keepMine().catch((e: Error) => props.onError(e.message))}
        onTakeStored={() => {
          autosave.discardMine();
          api.getDocument({ id: stored.id }).then(props.onReplaced, (e: Error) => props.onError(e.message));
        }}
      />
      <MetadataForm fields={fields} patterns={startup.metadataConfig.diarienummer} metadata={metadata} onChange={onMetadata} />
      <div className="workspace">
        <Outline items={outline} onSelect={onOutlineSelect} />
        <main className="writing" id="main">
          <EditorPane store={store} editable label={`Text: ${title}`} />
        </main>
        <div className="side">
          <FindingsPanel
            result={check}
            onDemand={review.onDemand ? review.checkNow : undefined}
            canInsert={canInsert}
            sectionPosFor={sectionPosFor}
            onInsert={insertSection}
            onJump={(pos) => store.run(caretAt(mapReviewPos(store.state, pos)))}
            onReplace={(f) => {
              // Findings come from a check of an older document: map the range to the current one first.
              const state = store.state;
              const mapped = f.location ? { ...f, location: { ...f.location, from: mapReviewPos(state, f.location.from), to: mapReviewPos(state, f.location.to) } } : f;
              const tr = replaceFinding(state, mapped);
              if (!tr) return;
              store.dispatch(tr);
              // The fix's button goes away with the finding: the writer goes on in the text, where Ctrl+Z undoes the fix.
              store.view?.focus();
            }}
          />
          <VersionsPanel
            versions={versions.versions}
            onSave={versions.save}
            onOpen={(v) => void versions.open(v)}
            onRestore={(v) => void versions.restore(v)}
            onCompare={(v) => void autosave.saveNow().then(() => setComparing(v))}
          />
        </div>
      </div>
      {comparing && (
        <CompareDialog
          documentId={stored.id}
          version={comparing}
          versions={versions.versions}
          userName={startup.userName}
          onClose={() => setComparing(null)}
          onError={props.onError}
          onExported={() => {
            props.onNotice('Jämförelsen är exporterad. Den nuvarande texten har sparats som en version.');
            void versions.refresh();
          }}
        />
      )}
      {versions.viewing && (
        <VersionDialog
          version={versions.viewing}
          fields={fields}
          patterns={startup.metadataConfig.diarienummer}
          onClose={versions.close}
          onRestore={(v) => void versions.restore(v)}
        />
      )}
    </div>
  );
}

/** The save problem banner, reading the save state itself so the view does not re-render with it. */
function SaveProblemFor({ autosave, ...rest }: { autosave: AutosaveHandle } & Omit<Parameters<typeof SaveProblem>[0], 'state'>) {
  return <SaveProblem state={useSaveState(autosave)} {...rest} />;
}

function SaveStatus({ autosave }: { autosave: AutosaveHandle }) {
  const state = useSaveState(autosave);
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
