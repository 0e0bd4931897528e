import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../core/import/importFile.js';
import { decodeText } from '../core/text/decode.js';
import { prepareForCheck } from '../core/rules/prepare.js';
import type { RuleEngine } from '../core/rules/engine.js';
import type { RequirementRule } from '../core/rules/packSchema.js';
import type { DocumentKind } from '../core/model/kinds.js';
import { compileTerms } from '../core/rules/terms.js';
import { foldKeepOffsets } from '../core/text/normalize.js';

/** A labelled document: which requirements a careful reader finds present or missing. */
export interface Label {
  file: string;
  kind: DocumentKind;
  present: string[];
  missing: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface AccuracyReport {
  documents: number;
  judgements: number;
  engine: { perRequirement: Record<string, Counts & { precision: number; recall: number }>; accuracy: number; f1: number };
  baseline: { perRequirement: Record<string, Counts & { precision: number; recall: number }>; accuracy: number; f1: number };
  mistakes: string[];
}

/** Labelled fixtures we wrote, plus the seeds when ../shared/seeds is there. */
export function loadLabels(root: string): { label: Label; path: string }[] {
  const fixtures = join(root, 'tests', 'fixtures', 'accuracy');
  const out = (JSON.parse(readFileSync(join(fixtures, 'labels.json'), 'utf8')) as Label[]).map((label) => ({ label, path: join(fixtures, label.file) }));
  const seeds = join(root, '..', 'shared', 'seeds');
  if (existsSync(join(seeds, 'requirements.json'))) {
    for (const label of JSON.parse(readFileSync(join(seeds, 'requirements.json'), 'utf8')) as Label[]) out.push({ label, path: join(seeds, label.file) });
  }
  return out;
}

/** The naive baseline: a requirement is present when any of its keywords occurs anywhere. */
function baselineRegex(rule: RequirementRule): RegExp {
  const terms: string[] = [];
  for (const ev of rule.evidence) {
    if ('section' in ev) terms.push(...ev.section.headings);
    if ('content' in ev) terms.push(...ev.content.all.flat());
    if ('stance' in ev) terms.push(...ev.stance.topic);
  }
  return compileTerms(terms.length ? terms : ['\u0000']);
}

export async function measureAccuracy(root: string, engine: RuleEngine): Promise<AccuracyReport> {
  const tally = () => ({}) as Record<string, Counts>;
  const engineCounts = tally();
  const baseCounts = tally();
  const mistakes: string[] = [];
  const labels = loadLabels(root);
  let judgements = 0;
  for (const { label, path } of labels) {
    const bytes = new Uint8Array(readFileSync(path));
    const imported = await importFile(label.file, bytes);
    const { doc } = prepareForCheck(imported, { kind: label.kind, today: '2026-11-23' });
    const result = engine.check(doc);
    // The keyword baseline greps the file as it is (tables of contents included), independent of how well import keeps structure.
    const raw = /\.(txt|md)$/i.test(label.file) ? decodeText(bytes) : `${Object.values(imported.metadata).join('\n')}\n${imported.body.textBetween(0, imported.body.content.size, '\n', ' ')}`;
    const folded = foldKeepOffsets(raw);
    const rules = new Map(engine.requirementsFor(label.kind).map((r) => [r.id, r]));
    for (const [id, truth] of [...label.present.map((i) => [i, true] as const), ...label.missing.map((i) => [i, false] as const)]) {
      const rule = rules.get(id);
      if (!rule) continue;
      judgements++;
      const found = result.requirements.find((r) => r.id === id)?.status === 'present';
      const naive = baselineRegex(rule).test(folded);
      count(engineCounts, id, truth, found);
      count(baseCounts, id, truth, naive);
      if (found !== truth) mistakes.push(`${label.file}: ${id} ${truth ? 'finns men hittades inte' : 'saknas men rapporterades som funnen'}`);
    }
  }
  return { documents: labels.length, judgements, engine: summarise(engineCounts), baseline: summarise(baseCounts), mistakes };
}

function count(counts: Record<string, Counts>, id: string, truth: boolean, said: boolean) {
  const c = (counts[id] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
  if (truth && said) c.tp++;
  else if (!truth && said) c.fp++;
  else if (truth && !said) c.fn++;
  else c.tn++;
}

function summarise(counts: Record<string, Counts>) {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  const perRequirement = Object.fromEntries(
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, c]) => [id, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }]),
  );
  const all = Object.values(counts).reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn, tn: s.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const precision = ratio(all.tp, all.tp + all.fp);
  const recall = ratio(all.tp, all.tp + all.fn);
  return {
    perRequirement,
    accuracy: ratio(all.tp + all.tn, all.tp + all.tn + all.fp + all.fn),
    f1: Math.round(((2 * precision * recall) / (precision + recall || 1)) * 1000) / 1000,
  };
}
