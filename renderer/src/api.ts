import { API_METHODS, type Api, type ApiErrorCode, type ApiMethod, type ApiResponse } from '../../core/api.js';
import type { Metadata } from '../../core/model/metadata.js';
import type { NodeJSON } from '../../core/model/document.js';
import type { SendAnswer, SendRequest } from './sendWorker.js';

/** What the Electron preload exposes; absent in the browser harness. */
export interface StyrdokBridge {
  /** `payload` is an object, or its UTF-8 JSON bytes (saves: see encodePayload). */
  call(method: string, payload: unknown): Promise<ApiResponse<unknown>>;
  /** Fire-and-forget save while the window closes or reloads, as UTF-8 JSON bytes. */
  flush(payload: Uint8Array): void;
}

declare global {
  interface Window {
    styrdok?: StyrdokBridge;
  }
}

const UNREACHABLE: ApiResponse<unknown> = { ok: false, error: 'Styrdok kunde inte nå sin lagring. Försök igen.' };

async function overHttp(method: ApiMethod, payload: unknown): Promise<ApiResponse<unknown>> {
  const body = encodePayload(payload);
  if (body.length >= OFF_THREAD_BYTES) {
    const answer = await sendOffThread(new URL(`api/${method}`, document.baseURI).href, body);
    if (answer !== undefined) return answer ?? UNREACHABLE;
  }
  try {
    const response = await fetch(`api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body as BodyInit });
    return (await response.json()) as ApiResponse<unknown>;
  } catch {
    return UNREACHABLE;
  }
}

/** From this size a request goes through the send worker. */
const OFF_THREAD_BYTES = 256 * 1024;
let sender: Worker | null | undefined;
let lastSend = 0;
const waiting = new Map<number, (answer: ApiResponse<unknown> | null) => void>();

/** The answer from the send worker (null: not reached), or undefined where no worker can run (then the caller sends itself). */
function sendOffThread(url: string, bytes: Uint8Array): Promise<ApiResponse<unknown> | null> | undefined {
  if (sender === undefined) {
    try {
      sender = new Worker(new URL('./sendWorker.ts', import.meta.url), { type: 'module' });
      sender.onmessage = (event: MessageEvent<SendAnswer>) => {
        waiting.get(event.data.id)?.(event.data.answer as ApiResponse<unknown> | null);
        waiting.delete(event.data.id);
      };
      // A worker that fails answers nothing: its requests count as not reached, and later ones go from here.
      sender.onerror = () => {
        sender = null;
        for (const resolve of waiting.values()) resolve(null);
        waiting.clear();
      };
    } catch {
      sender = null;
    }
  }
  if (!sender) return undefined;
  const worker = sender;
  const id = ++lastSend;
  // encodePayload's bytes fill their own buffer, so it can be handed over without a copy.
  const body = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage({ id, url, body } satisfies SendRequest, [body]);
  });
}

/**
 * A request as UTF-8 JSON bytes. A document body's top-level blocks are
 * encoded once per block object: the autosave's serializer hands over the same
 * object for a block that did not change, so saving a 3.5 MB document while
 * typing copies bytes instead of stringifying, and fetch and IPC take the
 * bytes as they are (a string body would be encoded again on every save).
 */
const encoder = new TextEncoder();
const blockBytes = new WeakMap<object, Uint8Array>();

function bytesOf(block: object): Uint8Array {
  let bytes = blockBytes.get(block);
  if (!bytes) {
    bytes = encoder.encode(JSON.stringify(block));
    blockBytes.set(block, bytes);
  }
  return bytes;
}

/** Encodes a block ahead of the save that will send it (the autosave warms its cache in idle time). */
export function cacheBlockText(block: object): void {
  bytesOf(block);
}

export function encodePayload(payload: unknown): Uint8Array {
  const body = (payload as { body?: { type?: unknown; content?: unknown } } | null)?.body;
  if (!body || body.type !== 'doc' || !Array.isArray(body.content) || Object.keys(body).length !== 2) return encoder.encode(JSON.stringify(payload));
  const { body: _body, ...rest } = payload as Record<string, unknown>;
  const head = JSON.stringify(rest);
  const parts: Uint8Array[] = [encoder.encode(`${head === '{}' ? '{' : `${head.slice(0, -1)},`}"body":{"type":"doc","content":[`)];
  const comma = encoder.encode(',');
  (body.content as object[]).forEach((block, i) => {
    if (i > 0) parts.push(comma);
    parts.push(bytesOf(block));
  });
  parts.push(encoder.encode(']}}'));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
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
        ? await window.styrdok.call(method, method === 'saveDocument' ? encodePayload(input) : input)
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
    window.styrdok.flush(encodePayload(payload));
    return;
  }
  const bytes = encodePayload(payload);
  void fetch('api/saveDocument', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: bytes as BodyInit,
    // keepalive requests are limited to 64 KB in Chromium.
    keepalive: bytes.length < 60_000,
  }).catch(() => undefined);
}
