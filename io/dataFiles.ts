// File reading shared by the edges (Electron main, CLI, harness); core never reads files.
import { readdirSync, readFileSync, existsSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep, isAbsolute } from 'node:path';
import type { DataFile } from '../core/data/loadYaml.js';

/** Larger than any real pack or template; loadYaml refuses above 1,000,000 characters anyway. */
export const MAX_DATA_FILE_BYTES = 4 * 1024 * 1024;

/** Where a refused file is reported; by default a Swedish line on stderr (the CLI's channel). */
export type RefusedFile = (message: string) => void;
const toStderr: RefusedFile = (message) => void process.stderr.write(`styrdok: ${message}\n`);

/**
 * Reads every .yaml file in a folder as {path, text}. A pack is data confined
 * to its folder: a symlink leading outside it, anything that is not a plain
 * file (a FIFO would block the read forever) and oversized files are refused
 * and reported, never read.
 */
export function readYamlFolder(root: string, folder: string, refused: RefusedFile = toStderr): DataFile[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  let realDir: string;
  try {
    realDir = realpathSync(dir);
  } catch {
    return [];
  }
  const files: DataFile[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort()) {
    const path = join(dir, name);
    const shown = relative(root, path) || path;
    try {
      const real = realpathSync(path);
      const inside = relative(realDir, real);
      if (!inside || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) {
        refused(`${shown} lästes inte: filen pekar ut ur sin mapp (${realDir}).`);
        continue;
      }
      const stat = statSync(real);
      if (!stat.isFile()) {
        refused(`${shown} lästes inte: det är ingen vanlig fil.`);
        continue;
      }
      if (stat.size > MAX_DATA_FILE_BYTES) {
        refused(`${shown} lästes inte: filen är för stor för att vara en datafil.`);
        continue;
      }
      files.push({ path: shown, text: readFileSync(real, 'utf8') });
    } catch (e) {
      refused(`${shown} kunde inte läsas (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    }
  }
  return files;
}

/** Reads the rule packs shipped with the app, then each extra pack folder (a municipality's own), in order. */
export function readRuleFiles(appRoot: string, extraDirs: string[] = [], refused: RefusedFile = toStderr): DataFile[] {
  return [...readBuiltInRuleFiles(appRoot, refused), ...readExtraRuleFiles(extraDirs, refused)];
}

/** The app's own packs, marked as such: they are trusted, and a loaded machine never turns their rules off. */
export function readBuiltInRuleFiles(appRoot: string, refused: RefusedFile = toStderr): DataFile[] {
  return readYamlFolder(appRoot, 'rules', refused).map((f) => ({ ...f, builtIn: true }));
}

/** The packs in extra folders only (a municipality's own): these get the stricter checks of untrusted data. */
export function readExtraRuleFiles(extraDirs: string[], refused: RefusedFile = toStderr): DataFile[] {
  return extraDirs.flatMap((dir) => readYamlFolder(dir, '.', refused).map((f) => ({ ...f, path: join(dir, f.path) })));
}
