import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
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
    // The rule packs are a few hundred regular expressions. By default V8 first compiles each to
    // bytecode and interprets it, then compiles it again to machine code once it is used a lot — and
    // nearly all of them are. Straight to machine code: ~0.1 s less per thread's warm-up, ~5 % per batch.
    setFlagsFromString('--no-regexp-tier-up');
    commands().main(argv, __filename);
  }
}
