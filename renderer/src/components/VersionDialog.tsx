import { useMemo } from 'react';
import type { StoredVersion, VersionSummary } from '../../../core/model/document.js';
import type { DiarienummerPattern, MetadataField } from '../../../core/model/templates.js';
import { EditorPane } from '../editor/EditorPane.js';
import { createEditorState } from '../editor/setup.js';
import { EditorStore } from '../editor/store.js';
import { formatDateTime } from '../format.js';
import { Dialog } from './Dialog.js';
import { MetadataForm } from './MetadataForm.js';

/** A saved version, read-only: its metadata as it was and its text, with a way to restore it. */
export function VersionDialog(props: {
  version: StoredVersion;
  fields: MetadataField[];
  patterns: DiarienummerPattern[];
  onClose: () => void;
  onRestore: (version: VersionSummary) => void;
}) {
  const { version } = props;
  const store = useMemo(() => new EditorStore(createEditorState(version.body, () => undefined)), [version]);
  return (
    <Dialog title={`Version: ${version.label}`} onClose={props.onClose}>
      <p className="version-meta">Sparad {formatDateTime(version.createdAt)}. Versionen kan bara läsas.</p>
      <MetadataForm fields={props.fields} patterns={props.patterns} metadata={version.metadata} readOnly idPrefix="version-meta" onChange={() => undefined} />
      {/* Focusable, so keyboard users can scroll the text (the read-only editor itself takes no focus). */}
      <div className="version-reader" tabIndex={0} role="region" aria-label={`Texten i versionen ${version.label}`}>
        <EditorPane store={store} editable={false} label={`Version ${version.label} (skrivskyddad)`} />
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={props.onClose}>
          Stäng
        </button>
        <button type="button" onClick={() => props.onRestore(version)}>
          Återställ den här versionen
        </button>
      </div>
    </Dialog>
  );
}
