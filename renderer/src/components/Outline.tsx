import type { OutlineEntry } from '../../../core/model/outline.js';

export function Outline(props: { entries: OutlineEntry[]; onSelect: (entry: OutlineEntry) => void }) {
  return (
    <nav className="outline" aria-labelledby="outline-title">
      <h2 id="outline-title">Disposition</h2>
      {props.entries.length === 0 ? (
        <p className="empty">Inga rubriker ännu.</p>
      ) : (
        <ol>
          {props.entries.map((entry) => (
            <li key={entry.pos} className={`level-${entry.level}`}>
              <button type="button" className="link" onClick={() => props.onSelect(entry)}>
                {entry.heading || '(tom rubrik)'}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
