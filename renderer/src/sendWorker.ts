/// <reference lib="webworker" />

/**
 * Sends a big request (the save of a long document) off the main thread:
 * Chromium copies a fetch body synchronously, about 60 ms for 3.5 MB, which a
 * writer in the middle of a sentence would feel. The body arrives transferred, not copied.
 */
export interface SendRequest {
  id: number;
  url: string;
  body: ArrayBuffer;
}
export interface SendAnswer {
  id: number;
  /** The parsed JSON answer, or null when the request did not get through. */
  answer: unknown;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<SendRequest>) => {
  const { id, url, body } = event.data;
  let answer: unknown = null;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    answer = await response.json();
  } catch {
    answer = null;
  }
  scope.postMessage({ id, answer } satisfies SendAnswer);
};
