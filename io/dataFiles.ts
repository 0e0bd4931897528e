// File reading shared by the edges (Electron main, CLI, harness); core never reads files.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataFile } from '../core/data/loadYaml.js';

/** Reads every .yaml file in a folder as {path, text}; core never touches the file system. */
export function readYamlFolder(root: string, folder: string): DataFile[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { path: relative(root, path) || path, text: readFileSync(path, 'utf8') };
    });
}

/** Reads the rule packs shipped with the app, then each extra pack folder (a municipality's own), in order. */
export function readRuleFiles(appRoot: string, extraDirs: string[] = []): DataFile[] {
  return [...readYamlFolder(appRoot, 'rules'), ...readExtraRuleFiles(extraDirs)];
}

/** The packs in extra folders only (a municipality's own): these get the stricter checks of untrusted data. */
export function readExtraRuleFiles(extraDirs: string[]): DataFile[] {
  return extraDirs.flatMap((dir) => readYamlFolder(dir, '.').map((f) => ({ ...f, path: join(dir, f.path) })));
}
