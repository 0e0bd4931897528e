import { useEffect, useMemo, useRef, useState } from 'react';
import { isShown, type Change, type Comparison, type TextPart } from '../../../core/compare/compare.js';
import type { VersionSummary } from '../../../core/model/document.js';
import { api } from '../api.js';
import { download, fileToBase64, IMPORTABLE_FILES } from '../files.js';
import { Dialog } from './Dialog.js';
import { FilePicker } from './FilePicker.js';
import { MetadataChanges } from './MetadataChanges.js';

type Layout = 'side' | 'inline';
const STATUS: Record<string, string> = { changed: 'ändrat', inserted: 'nytt avsnitt', deleted: 'borttaget avsnitt', moved: 'flyttat' };

/**
 * A version compared with the current text: a summary per section, the changes
 * side by side or inline (insertions underlined, deletions struck through,
 * moves labelled: never colour alone), next/previous change from the
 * keyboard (Alt+↓ / Alt+↑), and export to Word with tracked changes.
 */
type Target = { type: 'current' } | { type: 'version'; id: string; label: string } | { type: 'file'; fileName: string; data: string };

export function CompareDialog(props: {
  documentId: string;
  version: VersionSummary;
  versions: VersionSummary[];
  userName: string;
  onClose: () => void;
  onError: (m: string) => void;
  onExported: () => void;
}) {
  const [target, setTarget] = useState<Target>({ type: 'current' });
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [layout, setLayout] = useState<Layout>('side');
  const [ignoreCase, setIgnoreCase] = useState(false);
  const [ignoreWhitespace, setIgnoreWhitespace] = useState(true);
  const [author, setAuthor] = useState(props.userName);
  const [current, setCurrent] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [warnings, setWarnings] = useState<string[]>([]);
  const listRef = useRef<HTMLDivElement>(null);

  const request = () => ({
    documentId: props.documentId,
    oldVersionId: props.version.id,
    newVersionId: target.type === 'version' ? target.id : null,
    ...(target.type === 'file' ? { file: { fileName: target.fileName, data: target.data } } : {}),
    ignoreCase,
    ignoreWhitespace,
  });

  useEffect(() => {
    setComparison(null);
    setCurrent(-1);
    api.compareVersions(request()).then(
      (r) => setComparison(r.comparison),
      (e: Error) => {
        props.onError(e.message);
        setTarget({ type: 'current' });
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.documentId, props.version.id, ignoreCase, ignoreWhitespace, target]);

  const targetLabel = target.type === 'current' ? 'nuvarande text' : target.type === 'version' ? `"${target.label}"` : target.fileName;
  const chooseTarget = (value: string) => {
    if (value === 'current') setTarget({ type: 'current' });
    else if (value !== 'file') {
      const v = props.versions.find((x) => x.id === value);
      if (v) setTarget({ type: 'version', id: v.id, label: v.label });
    }
  };
  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setTarget({ type: 'file', fileName: file.name, data: await fileToBase64(file) });
  };

  // Edits only in case or whitespace that the user chose to ignore are neither shown nor visited.
  const changeIndexes = useMemo(() => (comparison ? comparison.changes.map((c, i) => (isShown(c) ? i : -1)).filter((i) => i >= 0) : []), [comparison]);

  const go = (direction: 1 | -1) => {
    if (!changeIndexes.length) return;
    const at = changeIndexes.indexOf(current);
    const next = changeIndexes[(at + direction + changeIndexes.length) % changeIndexes.length]!;
    setCurrent(next);
    const el = listRef.current?.querySelector<HTMLElement>(`[data-change="${next}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey && e.key === 'ArrowDown') {
      e.preventDefault();
      go(1);
    } else if (e.altKey && e.key === 'ArrowUp') {
      e.preventDefault();
      go(-1);
    }
  };

  const exportDocx = async () => {
    setBusy(true);
    try {
      if (author.trim() && author.trim() !== props.userName) await api.setUserName({ name: author.trim() });
      const file = await api.exportComparisonDocx(request());
      download(file);
      setWarnings(file.warnings);
      props.onExported();
    } catch (e) {
      props.onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Jämförelse: "${props.version.label}" och ${targetLabel}`} onClose={props.onClose}>
      <div className="compare" onKeyDown={onKeyDown}>
        <div className="compare-controls">
          <label className="compare-target">
            Jämför med
            <select value={target.type === 'version' ? target.id : target.type} onChange={(e) => chooseTarget(e.target.value)}>
              <option value="current">Nuvarande text</option>
              {props.versions
                .filter((v) => v.id !== props.version.id)
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    Versionen {v.label}
                  </option>
                ))}
              <option value="file">En fil…</option>
            </select>
          </label>
          <div className="compare-target">
            <FilePicker id="compare-file" label="Fil att jämföra med (.docx, .txt, .md, .pdf)" accept={IMPORTABLE_FILES} onChange={(f) => void chooseFile(f)} />
          </div>
          <fieldset>
            <legend>Visa</legend>
            <label className="radio">
              <input type="radio" name="layout" checked={layout === 'side'} onChange={() => setLayout('side')} /> Sida vid sida
            </label>
            <label className="radio">
              <input type="radio" name="layout" checked={layout === 'inline'} onChange={() => setLayout('inline')} /> I löpande text
            </label>
          </fieldset>
          <fieldset>
            <legend>Bortse från</legend>
            <label className="radio">
              <input type="checkbox" checked={ignoreCase} onChange={(e) => setIgnoreCase(e.target.checked)} /> Skillnad i versaler och gemener
            </label>
            <label className="radio">
              <input type="checkbox" checked={ignoreWhitespace} onChange={(e) => setIgnoreWhitespace(e.target.checked)} /> Skillnad bara i blanksteg
            </label>
          </fieldset>
          <div className="compare-nav">
            <button type="button" onClick={() => go(-1)} title="Föregående ändring (Alt+↑)" disabled={!changeIndexes.length}>
              ↑ Föregående ändring
            </button>
            <button type="button" onClick={() => go(1)} title="Nästa ändring (Alt+↓)" disabled={!changeIndexes.length}>
              ↓ Nästa ändring
            </button>
          </div>
        </div>
        {!comparison ? (
          <p role="status">Jämför…</p>
        ) : comparison.identical ? (
          <p role="status" className="compare-summary">
            Inga skillnader.
          </p>
        ) : (
          <>
            <p role="status" className="visually-hidden">
              {changeIndexes.length} {changeIndexes.length === 1 ? 'ändring' : 'ändringar'} hittades.
            </p>
            {comparison.coarse && <p className="compare-note">Versionerna skiljer sig så mycket att delar av jämförelsen visas som hela stycken som tagits bort och lagts till.</p>}
            <MetadataChanges changes={comparison.metadata} />
            <h3>Sammanfattning</h3>
            <ul className="compare-summary">
              {comparison.sections
                .filter((s) => s.status !== 'equal')
                .map((s, i) => (
                  <li key={i}>
                    Avsnitt ”{s.heading}”: {STATUS[s.status]}
                    {s.status === 'moved' && s.changes === 0 ? '' : `, ${s.changes} ${s.changes === 1 ? 'ändring' : 'ändringar'}`}
                  </li>
                ))}
            </ul>
            <div ref={listRef} className={`compare-body ${layout}`} role="region" aria-label="Ändringar" tabIndex={0}>
              {comparison.changes.map((c, i) => (
                <ChangeRow key={i} change={c} index={i} layout={layout} current={i === current} />
              ))}
            </div>
          </>
        )}
        {warnings.length > 0 && (
          <div className="compare-warnings" role="alert">
            <p>Filen är exporterad. Kontrollera detta innan du skickar den:</p>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="dialog-actions">
          <label className="author">
            Ditt namn i Word
            <input value={author} onChange={(e) => setAuthor(e.target.value)} />
          </label>
          <button type="button" onClick={props.onClose}>
            Stäng
          </button>
          <button type="button" className="primary" disabled={!comparison || busy} onClick={() => void exportDocx()}>
            Exportera till Word
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function ChangeRow({ change, index, layout, current }: { change: Change; index: number; layout: Layout; current: boolean }) {
  const shown = isShown(change);
  const moved = (change.op === 'insert' || change.op === 'delete') && change.moved;
  const attrs = shown ? { 'data-change': index, tabIndex: -1 } : {};
  const op = shown ? change.op : 'equal';
  const cls = `row op-${op}${moved ? ' moved' : ''}${current ? ' current' : ''}${change.unit.type === 'heading' ? ' heading' : ''}`;
  const label = moved ? <span className="moved-label">{change.op === 'delete' ? 'Flyttat härifrån ' : 'Flyttat hit '}</span> : null;
  if (!shown) {
    // Equal, or an ignored case/whitespace edit: each side shows its own text.
    const oldText = change.op === 'change' ? change.old.text : change.unit.text;
    if (layout === 'inline') return <div className={cls}>{change.unit.text}</div>;
    return (
      <div className={`${cls} pair`}>
        <div className="old">{oldText}</div>
        <div className="new">{change.unit.text}</div>
      </div>
    );
  }
  if (layout === 'inline') {
    return (
      <div className={cls} {...attrs}>
        {label}
        <Side change={change} side="both" />
      </div>
    );
  }
  return (
    <div className={`${cls} pair`} {...attrs}>
      <div className="old">
        {change.op === 'delete' && label}
        {change.op !== 'insert' && <Side change={change} side="old" />}
      </div>
      <div className="new">
        {change.op === 'insert' && label}
        {change.op !== 'delete' && <Side change={change} side="new" />}
      </div>
    </div>
  );
}

function Side({ change, side }: { change: Change; side: 'old' | 'new' | 'both' }) {
  if (change.op === 'equal') return <span>{change.unit.text}</span>;
  if (change.op === 'insert') return <ins>{change.unit.text}</ins>;
  if (change.op === 'delete') return <del>{change.unit.text}</del>;
  const parts = change.parts.filter((p: TextPart) => side === 'both' || p.type === 'equal' || (side === 'new' ? p.type === 'insert' : p.type === 'delete'));
  return (
    <span>
      {parts.map((p, i) => (p.type === 'insert' ? <ins key={i}>{p.text}</ins> : p.type === 'delete' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
