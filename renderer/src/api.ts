import { API_METHODS, type Api, type ApiErrorCode, type ApiMethod, type ApiResponse } from '../../core/api.js';
import type { Metadata } from '../../core/model/metadata.js';
import type { NodeJSON } from '../../core/model/document.js';

/** What the Electron preload exposes; absent in the browser harness. */
export interface StyrdokBridge {
  /** `payload` is an object, or its JSON text (saves: see stringifyPayload). */
  call(method: string, payload: unknown): Promise<ApiResponse<unknown>>;
  /** Fire-and-forget save while the window closes or reloads, as JSON text. */
  flush(payload: string): void;
}

declare global {
  interface Window {
    styrdok?: StyrdokBridge;
  }
}

async function overHttp(method: ApiMethod, payload: unknown): Promise<ApiResponse<unknown>> {
  try {
    const response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stringifyPayload(payload),
    });
    return (await response.json()) as ApiResponse<unknown>;
  } catch {
    return { ok: false, error: 'Styrdok kunde inte nå sin lagring. Försök igen.' };
  }
}

/**
 * JSON for a request. A document body's top-level blocks are stringified once
 * per block object: the autosave's serializer hands over the same object for a
 * block that did not change, so saving a 3.5 MB document while typing costs a
 * join, not a full JSON.stringify.
 */
const blockText = new WeakMap<object, string>();

/** Stringifies a block ahead of the save that will send it (the autosave warms its cache in idle time). */
export function cacheBlockText(block: object): void {
  if (!blockText.has(block)) blockText.set(block, JSON.stringify(block));
}

function stringifyPayload(payload: unknown): string {
  const body = (payload as { body?: { type?: unknown; content?: unknown } } | null)?.body;
  if (!body || body.type !== 'doc' || !Array.isArray(body.content) || Object.keys(body).length !== 2) return JSON.stringify(payload);
  const blocks = (body.content as object[]).map((block) => {
    let text = blockText.get(block);
    if (text === undefined) {
      text = JSON.stringify(block);
      blockText.set(block, text);
    }
    return text;
  });
  const { body: _body, ...rest } = payload as Record<string, unknown>;
  const head = JSON.stringify(rest);
  const bodyText = `{"type":"doc","content":[${blocks.join(',')}]}`;
  return head === '{}' ? `{"body":${bodyText}}` : `${head.slice(0, -1)},"body":${bodyText}}`;
}

export class ApiCallError extends Error {
  constructor(
    message: string,
    /** Set when the back end refused for a reason the UI acts on (a conflict, a storage failure). */
    readonly code?: ApiErrorCode,
  ) {
    super(message);
  }
}

function makeApi(): Api {
  const api: Partial<Record<ApiMethod, (input: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) {
    api[method] = async (input: unknown) => {
      const answer = window.styrdok
        ? await window.styrdok.call(method, method === 'saveDocument' ? stringifyPayload(input) : input)
        : await overHttp(method, input);
      if (!answer.ok) throw new ApiCallError(answer.error, answer.code);
      return answer.value;
    };
  }
  return api as Api;
}

export const api = makeApi();

/** Sends a save that must survive the page going away (close, reload). */
export function flushSave(payload: { id: string; metadata: Metadata; body: NodeJSON; basedOn?: string }): void {
  if (window.styrdok) {
    window.styrdok.flush(stringifyPayload(payload));
    return;
  }
  void fetch('api/saveDocument', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
    keepalive: payload.body && JSON.stringify(payload).length < 60_000,
  }).catch(() => undefined);
}
