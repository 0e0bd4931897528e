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
