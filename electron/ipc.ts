import { dispatch, type ApiHandlers, type ApiResponse } from '../core/api.js';
import { isTrustedUrl } from './windowOptions.js';

// The preload imports bridge.ts only; this file (with zod behind dispatch) stays in the main process.
export { CALL_CHANNEL, FLUSH_CHANNEL, bridgeFor } from './bridge.js';

interface SenderEvent {
  senderFrame?: { url: string } | null;
}

/** The IPC handler: checks the sender, then validates the payload against the contract (in dispatch). */
export function createIpcHandler(services: ApiHandlers) {
  return async (event: SenderEvent, method: unknown, payload: unknown): Promise<ApiResponse<unknown>> => {
    if (!isTrustedUrl(event.senderFrame?.url)) return { ok: false, error: 'Anropet kom inte från Styrdok och avvisades.' };
    // A save arrives as UTF-8 JSON bytes: the renderer joins per-block bytes it has cached, which costs it far
    // less than IPC's structured clone of a 3.5 MB body; the contract check in dispatch follows as for any payload.
    if (payload instanceof Uint8Array) {
      try {
        payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)) as unknown;
      } catch {
        return { ok: false, error: 'Anropet kunde inte läsas och avvisades.' };
      }
    }
    return dispatch(services, method, payload);
  };
}

/** A save sent while the window closes: same checks, no answer. */
export function createFlushHandler(services: ApiHandlers) {
  const handle = createIpcHandler(services);
  return (event: SenderEvent, payload: unknown): void => {
    void handle(event, 'saveDocument', payload);
  };
}
