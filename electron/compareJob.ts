import { compareVersions, type CompareOptions, type Comparison } from '../core/compare/compare.js';
import { exportWarnings, type WarnedField } from '../core/compare/exportWarnings.js';
import { exportComparison } from '../core/docx/writeComparison.js';
import { bodyFromJSON, type NodeJSON } from '../core/model/document.js';
import type { DocumentKind } from '../core/model/kinds.js';
import type { Metadata } from '../core/model/metadata.js';
import type { DataFile } from '../core/data/loadYaml.js';
import type { DiarienummerPattern } from '../core/model/templates.js';
import { loadRuleFiles, RuleEngine } from '../core/rules/engine.js';

/**
 * One comparison (and, for an export, its Word file and warnings) as plain
 * data, so that it can run in a worker thread: the CPU-heavy part of
 * comparing never runs on the thread that serves the windows.
 */
export interface CompareJob {
  old: { body: NodeJSON; metadata: Metadata };
  next: { body: NodeJSON; metadata: Metadata; kind: DocumentKind };
  fields: WarnedField[];
  options: CompareOptions;
  export?: { author: string; date: string; title: string; comparedLine: string; today: string };
}

export type CompareJobResult = { comparison: Comparison; bytes?: undefined } | { comparison?: undefined; bytes: Uint8Array; warnings: string[] };

export async function runCompareJob(job: CompareJob, engine: () => RuleEngine | null): Promise<CompareJobResult> {
  const oldBody = bodyFromJSON(job.old.body);
  const newBody = bodyFromJSON(job.next.body);
  const comparison = compareVersions({ body: oldBody, metadata: job.old.metadata }, { body: newBody, metadata: job.next.metadata }, job.fields, job.options);
  if (!job.export) return { comparison };
  const { author, date, title, comparedLine, today } = job.export;
  const bytes = await exportComparison(comparison, { author, date, title, comparedLine });
  const warnings = exportWarnings({ kind: job.next.kind, metadata: job.next.metadata, body: newBody, fields: job.fields, engine: engine(), today });
  return { bytes, warnings };
}

/** What a comparison runner builds its rule engine from (for the export's warnings). */
export interface CompareInit {
  ruleFiles: DataFile[];
  patterns: DiarienummerPattern[];
}

/** The rule engine, built on first use only (a comparison without export needs none). */
export function lazyEngine(init: CompareInit): () => RuleEngine {
  let engine: RuleEngine | null = null;
  return () => (engine ??= new RuleEngine(loadRuleFiles(init.ruleFiles).ruleSet, { diarienummerPatterns: init.patterns }));
}
