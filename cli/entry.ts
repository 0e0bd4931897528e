import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { ENGINE_V8_FLAGS } from '../core/rules/engineFlags.js';
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
    // A command runs for a second or two: TurboFan's inlining cost each thread about 0.3 s of
    // compiling while it warms up (more than it saved in the checks), and each worker thread of
    // `check` warms up anew. Set before anything is optimised or a worker starts; V8's flags are
    // per process, and the code cache (made and read under the same flags) stays valid.
    setFlagsFromString('--no-turbo-inlining');
    for (const flag of ENGINE_V8_FLAGS) setFlagsFromString(flag);
    commands().main(argv, __filename);
  }
}
