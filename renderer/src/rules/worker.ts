/// <reference lib="webworker" />
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../../core/model/schema.js';
import { buildCheckDocument, type CheckDocument } from '../../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../../core/rules/engine.js';
import { documentDate } from '../../../core/rules/prepare.js';
import type { FromWorker, ToWorker } from './protocol.js';

/**
 * The rule engine off the main thread, so checking never blocks typing. It
 * keeps its own copy of the document's top-level blocks; unchanged blocks stay
 * the same node objects, so the engine's per-node memos make a re-check cheap.
 */
let engine: RuleEngine | null = null;
let children: PMNode[] = [];
/** The last document checked: the next one is built from it, with the nodes the message names replaced. */
let last: CheckDocument | null = null;

const post = (msg: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    engine = new RuleEngine(loadRuleFiles(msg.ruleFiles).ruleSet, { diarienummerPatterns: msg.patterns });
    children = [];
    last = null;
    return;
  }
  try {
    if (!engine) throw new Error('regelmotorn är inte startad');
    // A new array, never spliced in place: a document keeps the array it was made with (Fragment does not
    // copy it), and the next check is built from what changed between the two.
    children = children.slice(0, msg.from).concat(
      msg.nodes.map((n) => schema.nodeFromJSON(n)),
      children.slice(msg.to),
    );
    const doc = schema.nodes.doc.create(null, children);
    // The same date rule as `styrdok check`: metadata, else a date in the opening text, else today.
    const date = documentDate(msg.metadata, doc) ?? msg.today;
    const edit = last ? { prev: last, from: msg.from, to: msg.to } : undefined;
    const checkDoc = buildCheckDocument(doc, { kind: msg.kind, date, metadata: msg.metadata, edit });
    last = checkDoc;
    post({ type: 'result', id: msg.id, result: engine.check(checkDoc) });
  } catch (e) {
    last = null;
    post({ type: 'error', id: msg.id, message: (e as Error).message });
  }
};
