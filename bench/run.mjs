// npm run bench: runs each benchmark (bundled by scripts/build.mjs) and prints one JSON object of figures.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bench');
const figures = { machine: { cores: (await import('node:os')).availableParallelism(), node: process.version } };
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cjs')).sort()) {
  const out = execFileSync(process.execPath, [join(dir, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  Object.assign(figures, JSON.parse(out));
}
console.log(JSON.stringify(figures, null, 2));
