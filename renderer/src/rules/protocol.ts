import type { DataFile } from '../../../core/data/loadYaml.js';
import type { NodeJSON } from '../../../core/model/document.js';
import type { DocumentKind } from '../../../core/model/kinds.js';
import type { Metadata } from '../../../core/model/metadata.js';
import type { DiarienummerPattern } from '../../../core/model/templates.js';
import type { CheckResult } from '../../../core/rules/engine.js';

/** Messages to the rule worker: the packs once, then only the top-level blocks that changed. */
export type ToWorker =
  | { type: 'init'; ruleFiles: DataFile[]; patterns: DiarienummerPattern[] }
  | {
      type: 'update';
      id: number;
      kind: DocumentKind;
      /** Used when the document states no date of its own. */
      today: string;
      metadata: Metadata;
      /** Replace top-level children [from, to) of the worker's copy with these. */
      from: number;
      to: number;
      nodes: NodeJSON[];
    };

export type FromWorker = { type: 'result'; id: number; result: CheckResult } | { type: 'error'; id: number; message: string };
