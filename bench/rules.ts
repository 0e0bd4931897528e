import { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { ENGINE_V8_FLAGS } from '../core/rules/engineFlags.js';
import { importFile } from '../core/import/importFile.js';
import { prepareForCheck } from '../core/rules/prepare.js';
import { buildCheckDocument } from '../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../core/rules/engine.js';
import { schema } from '../core/model/schema.js';
import type { Node as PMNode } from 'prosemirror-model';
import type { Metadata } from '../core/model/metadata.js';
import { readRuleFiles } from '../io/dataFiles.js';
import { measureAccuracy } from './accuracy.js';
import { makeText } from './fixtures.js';

import { median } from './timedCli.js';
const round = (x: number) => Math.round(x * 100) / 100;

// As in the command line and the app (core/rules/engineFlags.ts), before any expression is compiled.
for (const flag of ENGINE_V8_FLAGS) setFlagsFromString(flag);

/** Rule-engine figures for issue 3: accuracy against labels, check speed, and the CLI on 300 documents. */
export async function benchRules(root: string): Promise<Record<string, unknown>> {
  const engine = new RuleEngine(loadRuleFiles(readRuleFiles(root)).ruleSet);
  const result: Record<string, unknown> = {};
  // Accuracy without the per-rule time budget: the figures must not depend on machine load.
  result.accuracy = await measureAccuracy(root, new RuleEngine(loadRuleFiles(readRuleFiles(root)).ruleSet, { ruleBudgetMs: Infinity }));

  const seed = join(root, '..', 'shared', 'seeds', '001_7f5f419edda28e97.txt');
  if (existsSync(seed)) {
    const imported = await importFile('001.txt', new Uint8Array(readFileSync(seed)));
    const { doc } = prepareForCheck(imported, { kind: 'program', today: '2026-11-23' });
    const full: number[] = [];
    // The packs are read and validated once: reading them anew per run left garbage that the collector then
    // cleared during the timed check (reading the packs is no part of checking a document).
    const ruleSet = loadRuleFiles(readRuleFiles(root)).ruleSet;
    for (let i = 0; i < 15; i++) {
      // A fresh engine each time: nothing memoised, the whole document is checked.
      const fresh = new RuleEngine(ruleSet);
      const body = schema.nodeFromJSON(imported.body.toJSON());
      const t = performance.now();
      fresh.check(buildCheckDocument(body, { kind: 'program', date: doc.date, metadata: imported.metadata }));
      full.push(performance.now() - t);
    }
    // Re-check after one paragraph changed: the editor's situation (same engine, one new node).
    let body = imported.body;
    let built = buildCheckDocument(body, { kind: 'program', date: doc.date, metadata: imported.metadata });
    engine.check(built);
    const recheck: number[] = [];
    for (let i = 0; i < 30; i++) {
      const index = 40 + i;
      const old = body.child(index);
      const edited = old.type === schema.nodes.paragraph ? schema.nodes.paragraph.create(null, schema.text(`${old.textContent} ändrad ${i}`)) : old;
      body = body.copy(body.content.replaceChild(index, edited));
      const t = performance.now();
      built = buildCheckDocument(body, { kind: 'program', date: doc.date, metadata: imported.metadata, edit: { prev: built, from: index, to: index + 1 } });
      engine.check(built);
      recheck.push(performance.now() - t);
    }
    result.seed001 = { chars: readFileSync(seed, 'utf8').length, fullCheckMedianMs: round(median(full)), fullCheckTargetMs: 50, recheckMedianMs: round(median(recheck)), recheckTargetMs: 5 };
    result.recheckScaling = recheckScaling(root, imported.body, imported.metadata, doc.date);
  } else {
    result.seed001 = 'skipped: ../shared/seeds saknas';
  }

  // styrdok check of 300 documents of 10–30 pages each, on all cores.
  const dir = mkdtempSync(join(tmpdir(), 'styrdok-bench-cli-'));
  const files: string[] = [];
  for (let n = 0; n < 300; n++) {
    const pages = 10 + (n % 21);
    const parts = [`Riktlinje nummer ${n}`, '', `Datum: 2026-0${1 + (n % 9)}-1${n % 10}`, ''];
    for (let s = 0; s < pages; s++) parts.push(`Avsnitt ${s + 1}`, makeText(400, n * 100 + s), '');
    const path = join(dir, `dok-${n}.txt`);
    writeFileSync(path, parts.join('\n'));
    files.push(path);
  }
  const t = performance.now();
  const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'styrdok.cjs'), 'check', '--json', ...files], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - t) / 1000;
  const checked = cli.stdout ? (JSON.parse(cli.stdout) as unknown[]).length : 0;
  rmSync(dir, { recursive: true, force: true });
  result.cli300 = { documents: checked, exitCode: cli.status, seconds: round(seconds), targetSeconds: 20 };
  return result;
}

/**
 * Re-check after one paragraph changed, at 1× and 16× seed 001 (the document
 * repeated): the cost must follow the edit, not the document (at most 2×).
 */
const EDITS = 200;

export function recheckScaling(root: string, body1: PMNode, metadata: Metadata, date: string): Record<string, number> {
  const out: Record<string, number> = {};
  const paragraphs: number[] = [];
  body1.forEach((c, _o, i) => {
    if (c.type === schema.nodes.paragraph && c.textContent.length > 40) paragraphs.push(i);
  });
  for (const times of [1, 16]) {
    const engine = new RuleEngine(loadRuleFiles(readRuleFiles(root)).ruleSet);
    const children: PMNode[] = [];
    for (let r = 0; r < times; r++) body1.forEach((c) => children.push(c));
    let body = schema.nodes.doc.create(null, children);
    let built = buildCheckDocument(body, { kind: 'program', date, metadata });
    engine.check(built);
    const samples: number[] = [];
    for (let n = 0; n < EDITS; n++) {
      // The same 40 paragraphs of seed 001 are edited at both sizes (the cost of an edit depends on its
      // paragraph), in copies spread over the document, as a writer moves through it; five rounds,
      // since one edit in a large heap now and then meets the garbage collector's work.
      const i = n % 40;
      const copy = Math.floor((i * times) / 40);
      const index = copy * body1.childCount + paragraphs[Math.floor((i * paragraphs.length) / 40)]!;
      const old = body.child(index);
      body = body.copy(body.content.replaceChild(index, schema.nodes.paragraph.create(null, schema.text(`${old.textContent} ändrad ${n}`))));
      const t = performance.now();
      // As the editor's review worker does: it is told which top-level node was replaced.
      built = buildCheckDocument(body, { kind: 'program', date, metadata, edit: { prev: built, from: index, to: index + 1 } });
      engine.check(built);
      samples.push(performance.now() - t);
    }
    out[`x${times}MedianMs`] = round(median(samples));
  }
  out.ratio = round(out.x16MedianMs! / out.x1MedianMs!);
  out.ratioTarget = 2;
  return out;
}

if (require.main === module) {
  benchRules(resolve(__dirname, '..', '..')).then(
    (r) => {
      const accuracy = r.accuracy as { sets: Record<string, { judgements: number; engine: { accuracy: number; f1: number }; baseline: { accuracy: number } }> };
      console.log(JSON.stringify({ rules: r }, null, 2));
      for (const [name, set] of Object.entries(accuracy.sets)) {
        console.error(`träffsäkerhet ${name} (${set.judgements} bedömningar): motorn ${set.engine.accuracy} (F1 ${set.engine.f1}), nyckelordsbaslinjen ${set.baseline.accuracy}`);
      }
    },
    (e: Error) => {
      console.error(e);
      process.exit(1);
    },
  );
}
