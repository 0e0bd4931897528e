import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataFile } from '../../core/data/loadYaml.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');
export const hasSeeds = existsSync(SEEDS);

export function readDataDir(dir: string): DataFile[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(abs, f), 'utf8') }));
}

export function readSeed(name: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(name));
  if (!file) throw new Error(`seed ${name} missing`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** A municipality-style rule pack with one term rule, as its YAML file: for tests of packs and the engine. */
export function termPackFile(path: string, id: string, terms: string[], builtIn?: boolean): DataFile {
  const pack = path.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const text = `pack: ${pack}
rules:
  - id: ${id}
    severity: info
    message: Egen regel.
    explanation: e
    source: s
    check:
      kind: term
      terms: [${terms.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ')}]
`;
  return builtIn === undefined ? { path, text } : { path, text, builtIn };
}
