import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, runCli } from './timedCli.js';

/**
 * The command line as a user's script meets it (issue 8): `styrdok check --json` on one small file and
 * `styrdok --help`, each a whole process — start, code, packs, check, output. Five runs each, medians; the first
 * run after a build writes the code and pack caches and is not counted. CPU seconds from /usr/bin/time where it
 * exists (all threads).
 */
const RUNS = 5;

const round = (x: number) => Math.round(x * 1000) / 1000;

export function benchCli(root: string): Record<string, unknown> {
  // A small real document: seed 000 (a motion reply, 4 KB) where the seeds are, else our own fixture.
  const seed = join(root, '..', 'shared', 'seeds', '000_2d35bb8a48a94732.txt');
  const file = existsSync(seed) ? seed : join(root, 'tests', 'fixtures', 'text', 'riktlinje-hardwrapped.txt');
  const dir = mkdtempSync(join(tmpdir(), 'styrdok-bench-cli-'));
  try {
    runCli(root, ['check', '--json', file], dir);
    const check = Array.from({ length: RUNS }, () => runCli(root, ['check', '--json', file], dir));
    const help = Array.from({ length: RUNS }, () => runCli(root, ['--help'], dir));
    const figures = (xs: ReturnType<typeof runCli>[]) => ({
      seconds: round(median(xs.map((x) => x.seconds))),
      cpuSeconds: xs[0]!.cpuSeconds === null ? null : round(median(xs.map((x) => x.cpuSeconds!))),
    });
    return {
      cli: {
        checkOneSmallFile: { file: file.split('/').pop(), bytes: readFileSync(file).length, ...figures(check), exitCodes: [...new Set(check.map((x) => x.status))], targetSeconds: 0.35 },
        help: { ...figures(help), targetSeconds: 0.15 },
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  console.log(JSON.stringify(benchCli(resolve(__dirname, '..', '..')), null, 2));
}
