/**
 * The preload's side of IPC: channel names and the two functions the renderer
 * gets. Kept free of imports so the sandboxed preload bundle stays tiny and
 * carries none of the main process's validation code (zod, the contract).
 */
export const CALL_CHANNEL = 'styrdok:call';
export const FLUSH_CHANNEL = 'styrdok:flush';

/** The narrow API the preload exposes; a plain function so it can be tested without Electron. */
export function bridgeFor(ipc: {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
}) {
  return {
    call: (method: string, payload: unknown) => ipc.invoke(CALL_CHANNEL, method, payload),
    flush: (payload: unknown) => ipc.send(FLUSH_CHANNEL, payload),
  };
}
