import type { Metadata } from '../../core/model/metadata.js';
import type { NodeJSON } from '../../core/model/document.js';
import { api, flushSave, ApiCallError } from './api.js';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The save failed (disk full, read-only file, ...): the text stays in memory and a retry is scheduled. */
  | { kind: 'error'; message: string; retryInMs?: number }
  /** Another window saved the document since this one read it: nothing is saved until the user chooses. */
  | { kind: 'conflict'; message: string };

export interface SavePayload {
  id: string;
  metadata: Metadata;
  body: NodeJSON;
}

const JOURNAL_PREFIX = 'styrdok.osparat.';
export const AUTOSAVE_DELAY_MS = 800;
/** While changes keep coming, a save happens at least this often, so steady typing is never long unsaved. */
export const AUTOSAVE_MAX_WAIT_MS = 5000;
/** Retries after a failed save wait longer each time, up to half a minute. */
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];

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
  private failures = 0;
  private conflicted = false;

  /**
   * basedOn: the updatedAt of the stored copy this window opened. Each save
   * sends it, so a copy saved meanwhile by another window is never overwritten.
   */
  constructor(
    private readonly documentId: string,
    private readonly collect: () => SavePayload,
    private readonly onState: (state: SaveState) => void,
    private basedOn?: string,
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
    if (!this.dirty && !this.conflicted && !this.failures) this.onState({ kind: 'pending' });
    this.dirty = true;
    // While a conflict waits for the user's choice, or a failed save for its retry, typing does not save.
    if (this.conflicted || this.failures) return;
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

  /** Tries a failed save again now (the "Försök igen" button). */
  retry(): Promise<void> {
    this.failures = 0;
    return this.saveNow();
  }

  /** The user chose to keep this window's text over the other window's: save it on top of the stored copy. */
  async keepMine(): Promise<void> {
    const stored = await api.getDocument({ id: this.documentId });
    this.basedOn = stored.updatedAt;
    this.conflicted = false;
    this.failures = 0;
    this.dirty = true;
    await this.saveNow();
  }

  /** The user chose the stored copy: stop saving and forget this window's unsaved text. */
  discardMine(): void {
    this.suspended = true;
    this.dirty = false;
    clearJournal(this.documentId);
  }

  /** Saves now if anything is pending; resolves when the store has it. */
  async saveNow(): Promise<void> {
    this.clearTimers();
    if (this.inFlight) await this.inFlight;
    if (!this.dirty || this.suspended || this.conflicted) return;
    this.dirty = false;
    const payload = this.collect();
    this.onState({ kind: 'saving' });
    this.inFlight = api
      .saveDocument(this.basedOn === undefined ? payload : { ...payload, basedOn: this.basedOn })
      .then(({ updatedAt }) => {
        this.basedOn = this.basedOn === undefined ? undefined : updatedAt;
        this.failures = 0;
        if (!this.dirty) clearJournal(this.documentId);
        this.onState({ kind: 'saved', at: updatedAt });
        // Typing during a retry wait was held back; save it now.
        if (this.dirty) this.changed();
      })
      .catch((e: Error) => {
        // The text stays in memory and in the journal; what is stored was not touched.
        this.dirty = true;
        writeJournal(payload);
        if (e instanceof ApiCallError && e.code === 'conflict') {
          this.conflicted = true;
          this.onState({ kind: 'conflict', message: e.message });
          return;
        }
        const wait = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)]!;
        this.failures++;
        this.onState({ kind: 'error', message: e.message, retryInMs: wait });
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.saveNow(), wait);
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
    if (!this.conflicted) flushSave(this.basedOn === undefined ? payload : { ...payload, basedOn: this.basedOn });
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

