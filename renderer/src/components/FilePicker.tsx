import { useState } from 'react';

/**
 * A file input with Swedish text. The native input stays in the page (visually
 * hidden, still focusable and labelled) so keyboards, screen readers and
 * drag-and-drop work; the visible part is a styled "Välj fil…" and the name of
 * the chosen file, instead of the browser's own English "Choose File".
 */
export function FilePicker(props: { id: string; label: string; accept: string; onChange: (file: File | undefined) => void; disabled?: boolean }) {
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="file-picker">
      <span id={`${props.id}-label`} className="file-picker-label">
        {props.label}
      </span>
      <div className="file-picker-row">
        <input
          id={props.id}
          type="file"
          className="visually-hidden"
          accept={props.accept}
          disabled={props.disabled}
          aria-labelledby={`${props.id}-label ${props.id}-button`}
          aria-describedby={`${props.id}-name`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            setName(file?.name ?? null);
            props.onChange(file);
          }}
        />
        <label htmlFor={props.id} id={`${props.id}-button`} className="file-button">
          Välj fil…
        </label>
        <span id={`${props.id}-name`} className="file-name">
          {name ?? 'Ingen fil vald'}
        </span>
      </div>
    </div>
  );
}
