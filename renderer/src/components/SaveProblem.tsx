import type { SaveState } from '../autosave.js';

/**
 * Shown while a save cannot go through. A storage failure (disk full,
 * read-only file) is retried by itself; a conflict with another window waits
 * for the user to choose. In both cases the text in the editor is kept.
 */
export function SaveProblem(props: { state: SaveState; onRetry: () => void; onKeepMine: () => void; onTakeStored: () => void }) {
  const { state } = props;
  if (state.kind === 'error') {
    return (
      <div className="message error save-problem" role="alert" data-testid="save-problem">
        <p>
          <strong>Ändringarna är inte sparade.</strong> {state.message}
          {state.retryInMs ? ` Nytt försök om ${Math.round(state.retryInMs / 1000)} sekunder.` : ''}
        </p>
        <button type="button" onClick={props.onRetry}>
          Försök spara igen nu
        </button>
      </div>
    );
  }
  if (state.kind === 'conflict') {
    return (
      <div className="message error save-problem" role="alert" data-testid="save-conflict">
        <p>
          <strong>Ändringarna här är inte sparade.</strong> {state.message}
        </p>
        <button type="button" onClick={props.onTakeStored}>
          Visa den sparade texten (ändringarna här tas bort)
        </button>
        <button type="button" onClick={props.onKeepMine}>
          Spara texten här över den andra
        </button>
      </div>
    );
  }
  return null;
}
