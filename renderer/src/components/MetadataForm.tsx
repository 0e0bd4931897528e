import type { MetadataField, DiarienummerPattern } from '../../../core/model/templates.js';
import { metadataWarnings, type Metadata } from '../../../core/model/metadata.js';

/**
 * The document's metadata above the text. A value in an unexpected format is
 * marked with a Swedish hint but kept as typed.
 */
export function MetadataForm(props: {
  fields: MetadataField[];
  patterns: DiarienummerPattern[];
  metadata: Metadata;
  /** Shown, not edited (a saved version's metadata): inputs stay readable and focusable. */
  readOnly?: boolean;
  /** Prefix for element ids, when two forms are on screen at once. */
  idPrefix?: string;
  onChange: (metadata: Metadata) => void;
}) {
  const warnings = metadataWarnings(props.metadata, props.fields, props.patterns);
  return (
    <fieldset className="metadata">
      <legend>Uppgifter om dokumentet</legend>
      <div className="metadata-grid">
        {props.fields.map((field) => {
          const id = `${props.idPrefix ?? 'meta'}-${field.key}`;
          const warning = warnings[field.key];
          return (
            <div key={field.key} className={`field ${field.key === 'title' ? 'wide' : ''}`}>
              <label htmlFor={id}>{field.label}</label>
              <input
                id={id}
                name={field.key}
                type="text"
                readOnly={props.readOnly}
                value={props.metadata[field.key] ?? ''}
                placeholder={field.placeholder}
                inputMode={field.type === 'date' ? 'numeric' : undefined}
                aria-invalid={warning ? true : undefined}
                aria-describedby={warning ? `${id}-warning` : undefined}
                onChange={(e) => props.onChange({ ...props.metadata, [field.key]: e.target.value })}
              />
              {warning && (
                <p id={`${id}-warning`} className="field-warning">
                  <span aria-hidden="true">⚠ </span>
                  {warning}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
