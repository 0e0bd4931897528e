import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * The command line as a user's script meets it (issue 8): `styrdok check --json` on one small file and
 * `styrdok --help`, each a whole process — start, code, packs, check, output. Five runs each, medians; the first
 * run after a build writes the code and pack caches and is not counted. CPU seconds from /usr/bin/time where it
 * exists (all threads).
 */
const TIME = '/usr/bin/time';
const RUNS = 5;

function run(root: string, args: string[], dir: string): { seconds: number; cpuSeconds: number | null; status: number | null } {
  const cpuFile = join(dir, 'cpu.txt');
  const command = [process.execPath, join(root, 'dist', 'cli', 'styrdok.cjs'), ...args];
  const timed = existsSync(TIME) ? [TIME, '-f', '%U %S', '-o', cpuFile, ...command] : command;
  const t = performance.now();
  const r = spawnSync(timed[0]!, timed.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t) / 1000;
  let cpuSeconds: number | null = null;
  if (existsSync(cpuFile)) {
    const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    cpuSeconds = user! + sys!;
  }
  return { seconds, cpuSeconds, status: r.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

export function benchCli(root: string): Record<string, unknown> {
  // A small real document: seed 000 (a motion reply, 4 KB) where the seeds are, else our own fixture.
  const seed = join(root, '..', 'shared', 'seeds', '000_2d35bb8a48a94732.txt');
  const file = existsSync(seed) ? seed : join(root, 'tests', 'fixtures', 'text', 'riktlinje-hardwrapped.txt');
  const dir = mkdtempSync(join(tmpdir(), 'styrdok-bench-cli-'));
  try {
    run(root, ['check', '--json', file], dir);
    const check = Array.from({ length: RUNS }, () => run(root, ['check', '--json', file], dir));
    const help = Array.from({ length: RUNS }, () => run(root, ['--help'], dir));
    const figures = (xs: ReturnType<typeof run>[]) => ({
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
