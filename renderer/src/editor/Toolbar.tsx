import { useMemo, useSyncExternalStore } from 'react';
import type { EditorState } from 'prosemirror-state';
import { ACTIONS, TABLE_ACTIONS, isInTable, type EditorAction } from './commands.js';
import { quietSubscription, type EditorStore } from './store.js';

/** The toolbar's state follows once typing pauses, so React never competes with keystrokes. */
const TOOLBAR_DELAY_MS = 120;

/**
 * Formatting buttons. Each button's accessible name starts with its visible
 * text ("F", "R1"), so speech users can say what they see (WCAG 2.5.3), and
 * the full name and shortcut follow.
 */
export function Toolbar({ store }: { store: EditorStore }) {
  const subscribe = useMemo(() => quietSubscription(store, TOOLBAR_DELAY_MS), [store]);
  const flags = useSyncExternalStore(subscribe, () => toolbarFlags(store.state));
  const inTable = flags.endsWith('T');
  const run = (action: EditorAction) => {
    store.run(action.command);
    store.view?.focus();
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatering">
      {ACTIONS.map((action, i) => {
        const visible = TOOL_TEXT[action.id] ?? action.label;
        const full = action.shortcut ? `${action.label}, ${action.shortcut}` : action.label;
        return (
          <button
            key={action.id}
            type="button"
            className={`tool tool-${action.id}`}
            title={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}
            aria-label={accessibleName(visible, full)}
            aria-pressed={action.isActive ? flags[i * 2] === '1' : undefined}
            disabled={flags[i * 2 + 1] === '0'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(action)}
          >
            {visible}
          </button>
        );
      })}
      {inTable &&
        TABLE_ACTIONS.map((action) => (
          <button key={action.id} type="button" className="tool" onMouseDown={(e) => e.preventDefault()} onClick={() => run(action)}>
            {action.label}
          </button>
        ))}
    </div>
  );
}

/** The visible text first (without symbols such as "•" and "↶"), then the full name, unless the full name already starts with it. */
function accessibleName(visible: string, full: string): string {
  const spoken = visible.replace(/[^\p{L}\p{N} .]/gu, '').trim();
  return full.toLocaleLowerCase('sv').startsWith(spoken.toLocaleLowerCase('sv')) ? full : `${spoken} – ${full}`;
}

/** The toolbar's state as a string (active and enabled per action, then whether in a table), so React compares it by value. */
function toolbarFlags(state: EditorState): string {
  let flags = '';
  for (const action of ACTIONS) flags += (action.isActive?.(state) ? '1' : '0') + (action.command(state) ? '1' : '0');
  return flags + (isInTable(state) ? 'T' : '-');
}

const TOOL_TEXT: Record<string, string> = {
  bold: 'F',
  italic: 'K',
  paragraph: 'Text',
  h1: 'R1',
  h2: 'R2',
  h3: 'R3',
  bullet: '• Lista',
  ordered: '1. Lista',
  table: 'Tabell',
  undo: '↶ Ångra',
  redo: '↷ Gör om',
};
