import type { Metadata } from '../../core/model/metadata.js';
import type { NodeJSON } from '../../core/model/document.js';
import { api, flushSave } from './api.js';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

export interface SavePayload {
  id: string;
  metadata: Metadata;
  body: NodeJSON;
}

const JOURNAL_PREFIX = 'styrdok.osparat.';
export const AUTOSAVE_DELAY_MS = 800;
/** While changes keep coming, a save happens at least this often, so steady typing is never long unsaved. */
export const AUTOSAVE_MAX_WAIT_MS = 5000;

/**
 * Saves the working copy shortly after typing stops, and at the latest
 * AUTOSAVE_MAX_WAIT_MS after the first unsaved change. When the page goes away
 * with a save pending, the content goes synchronously into a journal in
 * localStorage (and a last request is sent); the next time the document opens,
 * the journal is saved and cleared. So a reload right after a keystroke loses nothing.
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Armed by the first unsaved change; not moved by later ones. */
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private readonly onPageHide = () => this.flushOnUnload();

  constructor(
    private readonly documentId: string,
    private readonly collect: () => SavePayload,
    private readonly onState: (state: SaveState) => void,
  ) {
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('beforeunload', this.onPageHide);
  }

  private suspended = false;

  /** Stops saving, e.g. while a restored version replaces the text. */
  suspend(suspended: boolean): void {
    this.suspended = suspended;
  }

  /** Call on every change; cheap, it only (re)arms a timer. */
  changed(): void {
    if (this.suspended) return;
    if (!this.dirty) this.onState({ kind: 'pending' });
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(), AUTOSAVE_DELAY_MS);
    this.deadline ??= setTimeout(() => void this.saveNow(), AUTOSAVE_MAX_WAIT_MS);
  }

  private clearTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.deadline) clearTimeout(this.deadline);
    this.timer = null;
    this.deadline = null;
  }

  /** Saves now if anything is pending; resolves when the store has it. */
  async saveNow(): Promise<void> {
    this.clearTimers();
    if (this.inFlight) await this.inFlight;
    if (!this.dirty || this.suspended) return;
    this.dirty = false;
    const payload = this.collect();
    this.onState({ kind: 'saving' });
    this.inFlight = api
      .saveDocument(payload)
      .then(({ updatedAt }) => {
        if (!this.dirty) clearJournal(this.documentId);
        this.onState({ kind: 'saved', at: updatedAt });
      })
      .catch((e: Error) => {
        this.dirty = true;
        writeJournal(payload);
        this.onState({ kind: 'error', message: e.message });
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
  }

  private flushOnUnload(): void {
    if (this.suspended || (!this.dirty && !this.inFlight)) return;
    const payload = this.collect();
    writeJournal(payload);
    flushSave(payload);
  }

  dispose(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('beforeunload', this.onPageHide);
    this.clearTimers();
  }
}

function writeJournal(payload: SavePayload): void {
  try {
    localStorage.setItem(JOURNAL_PREFIX + payload.id, JSON.stringify({ metadata: payload.metadata, body: payload.body }));
  } catch {
    // Storage full or unavailable: the request sent alongside is the remaining chance.
  }
}

function clearJournal(id: string): void {
  try {
    localStorage.removeItem(JOURNAL_PREFIX + id);
  } catch {
    /* ignore */
  }
}

/** Content that was typed but not confirmed saved when the page last went away. */
export function takeJournal(id: string): { metadata: Metadata; body: NodeJSON } | null {
  try {
    const raw = localStorage.getItem(JOURNAL_PREFIX + id);
    if (!raw) return null;
    return JSON.parse(raw) as { metadata: Metadata; body: NodeJSON };
  } catch {
    return null;
  }
}

