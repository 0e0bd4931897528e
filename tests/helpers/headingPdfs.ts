import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusBlocks, expectedHeadings, headingDocx, type FixtureBlock, type HeadingFixture } from './headingDocx.js';

/** Bump when headingDocx changes what it writes, so cached PDFs are made again. */
const BUILDER_VERSION = 3;

export interface HeadingCase {
  fixture: HeadingFixture;
  blocks: FixtureBlock[];
  expected: { level: number; text: string }[];
  pdf: string;
}

/**
 * Every fixture in tests/fixtures/headings as a PDF made by LibreOffice from its
 * Word file; cached by content so repeated runs convert only what changed.
 */
export async function headingPdfs(root: string, corpusDir: string): Promise<HeadingCase[]> {
  const dir = join(root, 'tests/fixtures/headings');
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as HeadingFixture);
  const cache = join(tmpdir(), 'styrdok-heading-pdfs');
  mkdirSync(cache, { recursive: true });
  const cases: HeadingCase[] = [];
  const pending: string[] = [];
  for (const fixture of fixtures) {
    const blocks = fixture.corpus ? corpusBlocks(corpusDir, fixture.corpus) : fixture.blocks ?? [];
    const docx = await headingDocx(fixture, blocks);
    const hash = createHash('sha1').update(JSON.stringify([BUILDER_VERSION, fixture, blocks])).digest('hex').slice(0, 10);
    const base = join(cache, `${fixture.name}-${hash}`);
    if (!existsSync(`${base}.pdf`)) {
      writeFileSync(`${base}.docx`, docx);
      pending.push(`${base}.docx`);
    }
    cases.push({ fixture, blocks, expected: expectedHeadings(blocks), pdf: `${base}.pdf` });
  }
  if (pending.length) {
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', cache, ...pending], { stdio: 'ignore', timeout: 180_000 });
  }
  return cases;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched headings whose level is right too. */
  levels: number;
  found: number;
  expected: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/** Heading precision and recall: a heading counts when its text matches, whitespace and case aside. */
export function scoreHeadings(pairs: { expected: { level: number; text: string }[]; found: { level: number; text: string }[] }[]): Score {
  let tp = 0;
  let found = 0;
  let expected = 0;
  let levelOk = 0;
  for (const p of pairs) {
    found += p.found.length;
    expected += p.expected.length;
    const pool = new Map<string, number[]>();
    for (const e of p.expected) pool.set(norm(e.text), [...(pool.get(norm(e.text)) ?? []), e.level]);
    for (const f of p.found) {
      const levels = pool.get(norm(f.text));
      if (levels?.length) {
        tp++;
        if (levels.shift() === f.level) levelOk++;
      }
    }
  }
  const precision = found ? tp / found : 1;
  const recall = expected ? tp / expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, levels: tp ? levelOk / tp : 1, found, expected };
}
