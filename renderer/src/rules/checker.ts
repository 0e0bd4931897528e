import type { Node as PMNode } from 'prosemirror-model';
import type { DataFile } from '../../../core/data/loadYaml.js';
import type { DocumentKind } from '../../../core/model/kinds.js';
import type { Metadata } from '../../../core/model/metadata.js';
import type { DiarienummerPattern } from '../../../core/model/templates.js';
import type { CheckResult } from '../../../core/rules/engine.js';
import type { NodeJSON } from '../../../core/model/document.js';
import type { FromWorker, ToWorker } from './protocol.js';

export const CHECK_DELAY_MS = 250;

/**
 * Runs checks in the worker shortly after typing pauses. Sends only the range
 * of top-level blocks that changed since the last send (found by node
 * identity, which ProseMirror keeps for untouched blocks).
 */
export class RuleChecker {
  private readonly worker: Worker;
  private sent: readonly PMNode[] = [];
  private lastId = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    ruleFiles: DataFile[],
    patterns: DiarienummerPattern[],
    private readonly onResult: (result: CheckResult, doc: PMNode) => void,
    private readonly onError: (message: string) => void,
    /** A block's JSON; the autosave's serializer shares its cache, so a block is serialised once for both. */
    private readonly blockJSON: (node: PMNode) => NodeJSON = (node) => node.toJSON() as NodeJSON,
  ) {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    this.post({ type: 'init', ruleFiles, patterns });
  }

  private pendingDocs = new Map<number, PMNode>();

  schedule(doc: PMNode, kind: DocumentKind, metadata: Metadata): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkNow(doc, kind, metadata), CHECK_DELAY_MS);
  }

  checkNow(doc: PMNode, kind: DocumentKind, metadata: Metadata): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next: PMNode[] = [];
    doc.forEach((child) => next.push(child));
    let from = 0;
    while (from < next.length && from < this.sent.length && next[from] === this.sent[from]) from++;
    let endNew = next.length;
    let endOld = this.sent.length;
    while (endNew > from && endOld > from && next[endNew - 1] === this.sent[endOld - 1]) {
      endNew--;
      endOld--;
    }
    const id = ++this.lastId;
    this.pendingDocs.set(id, doc);
    this.post({ type: 'update', id, kind, today: new Date().toISOString().slice(0, 10), metadata, from, to: endOld, nodes: next.slice(from, endNew).map((n) => this.blockJSON(n)) });
    this.sent = next;
  }

  private receive(msg: FromWorker): void {
    const doc = this.pendingDocs.get(msg.id);
    for (const key of [...this.pendingDocs.keys()]) if (key <= msg.id) this.pendingDocs.delete(key);
    // An answer about an older version is dropped: a newer one is on its way.
    if (msg.id !== this.lastId || !doc) return;
    if (msg.type === 'result') this.onResult(msg.result, doc);
    else this.onError(`Granskningen kunde inte köras: ${msg.message}`);
  }

  private post(msg: ToWorker): void {
    this.worker.postMessage(msg);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.worker.terminate();
  }
}
