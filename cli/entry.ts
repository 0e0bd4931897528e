import { join } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { HELP, VERSION } from './help.js';
import { requireWithCodeCache } from './codeCache.js';

// dist/cli/styrdok.cjs: a small entry. Help and version answer at once; every
// command loads the commands bundle (engine, importers, exporters) beside it.
// The same file starts the worker threads of `check`.
type Commands = typeof import('./main.js');
// Loaded at run time, not bundled here, with V8's code cache (written by the main thread only).
const commands = () => requireWithCodeCache(join(__dirname, 'commands.cjs'), isMainThread) as Commands;

if (!isMainThread && workerData?.styrdokWorker) {
  commands().runWorker();
} else {
  const argv = process.argv.slice(2);
  const first = argv[0];
  if (!first || first === '--help' || first === '-h') {
    process.stdout.write(HELP);
    process.exitCode = first ? 0 : 2;
  } else if (first === '--version') {
    process.stdout.write(VERSION);
  } else {
    commands().main(argv, __filename);
  }
}
