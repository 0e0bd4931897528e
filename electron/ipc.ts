import { dispatch, type ApiHandlers, type ApiResponse } from '../core/api.js';
import { isTrustedUrl } from './windowOptions.js';

export const CALL_CHANNEL = 'styrdok:call';
export const FLUSH_CHANNEL = 'styrdok:flush';

interface SenderEvent {
  senderFrame?: { url: string } | null;
}

/** The IPC handler: checks the sender, then validates the payload against the contract (in dispatch). */
export function createIpcHandler(services: ApiHandlers) {
  return async (event: SenderEvent, method: unknown, payload: unknown): Promise<ApiResponse<unknown>> => {
    if (!isTrustedUrl(event.senderFrame?.url)) return { ok: false, error: 'Anropet kom inte från Styrdok och avvisades.' };
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

/** The narrow API the preload exposes; kept here so it can be tested without Electron. */
export function bridgeFor(ipc: {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
}) {
  return {
    call: (method: string, payload: unknown) => ipc.invoke(CALL_CHANNEL, method, payload),
    flush: (payload: unknown) => ipc.send(FLUSH_CHANNEL, payload),
  };
}
