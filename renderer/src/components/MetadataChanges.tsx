import type { MetadataChange } from '../../../core/compare/compare.js';

/**
 * The document's metadata as compared: each field that changed, with its old
 * value struck through and its new value underlined (never colour alone).
 */
export function MetadataChanges({ changes }: { changes: MetadataChange[] }) {
  const shown = changes.filter((m) => m.status !== 'equal' && !m.ignorable);
  if (!shown.length) return null;
  return (
    <section className="compare-metadata" aria-labelledby="compare-metadata-heading">
      <h3 id="compare-metadata-heading">Ändrade uppgifter om dokumentet</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Uppgift</th>
            <th scope="col">Tidigare</th>
            <th scope="col">Nu</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.label}</th>
              <td>{m.old ? <del>{m.old}</del> : <span className="empty">(tomt)</span>}</td>
              <td>{m.new ? <ins>{m.new}</ins> : <span className="empty">(tomt)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
