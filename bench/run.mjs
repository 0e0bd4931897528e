// npm run bench: runs each benchmark (bundled by scripts/build.mjs) and prints JSON figures.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bench');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cjs')).sort()) {
  process.stdout.write(execFileSync(process.execPath, [join(dir, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
}
