import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../../core/text/normalize.js';
import { ROOT } from '../helpers/dataFiles.js';

/**
 * Rules must generalise, not quote: any run of seven or more words from a seed
 * or corpus document found in rules/ or templates/ fails. The law's own wording,
 * quoted as law, is allowed through LAW_WORDING.
 */
const RUN = 7;
const SHARED = join(ROOT, '..', 'shared');
/** Wording of statutes that documents and rules may both quote. */
const LAW_WORDING = ['vårdat enkelt och begripligt'];

function words(text: string): string[] {
  return foldText(text).split(' ').filter(Boolean);
}

function runs(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '));
  return out;
}

function textFiles(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? textFiles(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));
}

const sources = [...textFiles(join(SHARED, 'seeds'), /\.txt$/), ...textFiles(join(SHARED, 'corpus', 'docs'), /\.txt$/)];
const allowed = (run: string) => LAW_WORDING.some((law) => run.includes(foldText(law)) || foldText(law).includes(run));

describe.skipIf(sources.length === 0)('rules and templates quote no seed or corpus document', () => {
  const quoted = new Map<string, string>();
  for (const f of sources) for (const r of runs(readFileSync(f, 'utf8'))) if (!quoted.has(r)) quoted.set(r, f.slice(SHARED.length + 1));
  const targets = [...textFiles(join(ROOT, 'rules'), /\.ya?ml$/), ...textFiles(join(ROOT, 'templates'), /\.ya?ml$/)];

  it.each(targets.map((t) => [t.slice(ROOT.length + 1), t] as const))('%s', (_name, path) => {
    const hits: string[] = [];
    for (const r of runs(readFileSync(path, 'utf8'))) {
      const from = quoted.get(r);
      if (from && !allowed(r)) hits.push(`"${r}" (${from})`);
    }
    expect(hits).toEqual([]);
  });

  it('finds a quote when there is one', () => {
    const some = [...quoted.keys()][0]!;
    const text = `message: ${some} och mer`;
    expect([...runs(text)].some((r) => quoted.has(r))).toBe(true);
  });
});
