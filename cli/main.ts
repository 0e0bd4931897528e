import { run } from './styrdok.js';

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`styrdok: oväntat fel: ${e.message}\n`);
    process.exit(2);
  },
);
