import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveState } from '../../renderer/src/autosave.js';

/**
 * The renderer's autosave when a save fails: driven through the same bridge
 * the Electron preload exposes, with a fake back end that fails on demand.
 * The text is never dropped, storage failures are retried, a conflict waits
 * for the user's choice.
 */
type Answer = { ok: true; value: unknown } | { ok: false; error: string; code?: string };
const calls: { method: string; payload: Record<string, unknown> }[] = [];
let respond: (method: string, payload: Record<string, unknown>) => Answer;
const storage = new Map<string, string>();

beforeAll(() => {
  const win = {
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    styrdok: {
      call: async (method: string, sent: Record<string, unknown> | Uint8Array) => {
        // Saves cross the bridge as UTF-8 JSON bytes, as the IPC handler receives them.
        const payload = sent instanceof Uint8Array ? (JSON.parse(new TextDecoder().decode(sent)) as Record<string, unknown>) : sent;
        calls.push({ method, payload });
        return respond(method, payload);
      },
      flush: () => undefined,
    },
  };
  vi.stubGlobal('window', win);
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  });
});

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  storage.clear();
});
afterEach(() => vi.useRealTimers());

const ID = '00000000-0000-4000-8000-000000000001';
let text = 'första';
const collect = () => ({ id: ID, metadata: { title: 'T' }, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });

async function makeSaver(states: SaveState[]) {
  const { Autosave } = await import('../../renderer/src/autosave.js');
  return new Autosave(ID, collect, (s) => states.push(s), '2026-01-01T00:00:00.000Z');
}

describe('autosave when saving fails', () => {
  it('disk full: Swedish message, text kept in the journal, retried with back-off until it succeeds', async () => {
    let full = true;
    respond = (method) => (full && method === 'saveDocument' ? { ok: false, error: 'Disken är full, så ändringarna kunde inte sparas.', code: 'storage' } : { ok: true, value: { updatedAt: '2026-01-01T00:00:01.000Z' } });
    const states: SaveState[] = [];
    const saver = await makeSaver(states);
    text = 'viktig text';
    saver.changed();
    await vi.advanceTimersByTimeAsync(900);
    expect(states.at(-1)).toMatchObject({ kind: 'error', message: expect.stringContaining('Disken är full'), retryInMs: 2000 });
    expect(storage.get(`styrdok.osparat.${ID}`)).toContain('viktig text');
    // Typing while the disk is full does not hammer the store; the scheduled retry comes at 2 s, then 5 s.
    text = 'viktig text och mer';
    saver.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.filter((c) => c.method === 'saveDocument')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1100);
    expect(calls.filter((c) => c.method === 'saveDocument')).toHaveLength(2);
    expect(states.at(-1)).toMatchObject({ kind: 'error', retryInMs: 5000 });
    full = false;
    await vi.advanceTimersByTimeAsync(5100);
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
    const last = calls.filter((c) => c.method === 'saveDocument').at(-1)!;
    expect(JSON.stringify(last.payload.body)).toContain('viktig text och mer');
    expect(storage.has(`styrdok.osparat.${ID}`)).toBe(false);
    saver.dispose();
  });

  it('"Försök igen" saves at once', async () => {
    let full = true;
    respond = () => (full ? { ok: false, error: 'Databasfilen är skrivskyddad.', code: 'storage' } : { ok: true, value: { updatedAt: '2026-01-01T00:00:02.000Z' } });
    const states: SaveState[] = [];
    const saver = await makeSaver(states);
    saver.changed();
    await vi.advanceTimersByTimeAsync(900);
    full = false;
    await saver.retry();
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
    saver.dispose();
  });

  it('conflict: stops saving, keeps the text, and saves over the other only when the user chooses so', async () => {
    let stored = '2026-01-01T00:00:05.000Z';
    respond = (method, payload) => {
      if (method === 'getDocument') return { ok: true, value: { updatedAt: stored } };
      if (payload.basedOn !== stored) return { ok: false, error: 'Dokumentet är öppet och har ändrats i ett annat fönster.', code: 'conflict' };
      stored = '2026-01-01T00:00:06.000Z';
      return { ok: true, value: { updatedAt: stored } };
    };
    const states: SaveState[] = [];
    const saver = await makeSaver(states);
    text = 'min text';
    saver.changed();
    await vi.advanceTimersByTimeAsync(900);
    expect(states.at(-1)).toMatchObject({ kind: 'conflict' });
    expect(calls[0]!.payload.basedOn).toBe('2026-01-01T00:00:00.000Z');
    // More typing never retries on its own: no silent overwrite, ever.
    saver.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.filter((c) => c.method === 'saveDocument')).toHaveLength(1);
    expect(storage.get(`styrdok.osparat.${ID}`)).toContain('min text');
    await saver.keepMine();
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
    expect(calls.at(-1)!.payload.basedOn).toBe('2026-01-01T00:00:05.000Z');
    saver.dispose();
  });

  it('taking the stored copy forgets the unsaved text of this window and saves nothing more', async () => {
    respond = () => ({ ok: false, error: 'Dokumentet är öppet och har ändrats i ett annat fönster.', code: 'conflict' });
    const states: SaveState[] = [];
    const saver = await makeSaver(states);
    saver.changed();
    await vi.advanceTimersByTimeAsync(900);
    saver.discardMine();
    expect(storage.has(`styrdok.osparat.${ID}`)).toBe(false);
    await saver.saveNow();
    expect(calls.filter((c) => c.method === 'saveDocument')).toHaveLength(1);
    saver.dispose();
  });
});
