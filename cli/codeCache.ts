import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { cachePathBeside, writeOnExit } from './bundleCache.js';

/**
 * Loads a CommonJS bundle as `require` would, but with V8's code cache kept
 * beside it: compiling the 2 MB commands bundle costs each process, and each
 * worker thread of `check`, about 50 ms, and the functions a command runs are
 * compiled again on first use. The cache is written once, when the first
 * process that had none ends (`writeOnExit`), so it also holds the functions
 * that process ran. It is named after the bundle's size and time (V8 itself
 * only compares the source length). V8 rejects a cache from another Node
 * version or other flags, and then it is written anew. Any failure to read or
 * write means no cache, never an error.
 */
export function requireWithCodeCache(path: string, writeOnExitToo: boolean): unknown {
  const source = readFileSync(path, 'utf8');
  const cachePath = cachePathBeside(path, 'v8cache');
  let cachedData: Buffer | undefined;
  try {
    cachedData = cachePath ? readFileSync(cachePath) : undefined;
  } catch {
    cachedData = undefined;
  }
  // The wrapper Node itself puts around a CommonJS module. The bundle must not use import():
  // Node 20 loses its hook in code that comes from a cache (scripts/build.mjs builds it without).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: path, cachedData });
  if (writeOnExitToo && cachePath && (!cachedData || script.cachedDataRejected)) writeOnExit(cachePath, () => script.createCachedData());
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  return module.exports;
}
