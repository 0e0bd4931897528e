import { join } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { HELP, VERSION } from './help.js';

// dist/cli/styrdok.cjs: a small entry. Help and version answer at once; every
// command loads the commands bundle (engine, importers, exporters) beside it.
// The same file starts the worker threads of `check`.
type Commands = typeof import('./main.js');
// A computed path: esbuild leaves this require to run time instead of bundling it here.
const commands = () => require(join(__dirname, 'commands.cjs')) as Commands;

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
