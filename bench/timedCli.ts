import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** The median of some measurements. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const TIME = '/usr/bin/time';

/**
 * `styrdok <args>` as a whole process: wall seconds and, where /usr/bin/time exists, CPU seconds of all its
 * threads (written to a file in `dir`, so the command's own stderr stays apart).
 */
export function runCli(root: string, args: string[], dir: string, env: Record<string, string> = {}): { seconds: number; cpuSeconds: number | null; status: number | null; stdout: string } {
  const cpuFile = join(dir, 'cpu.txt');
  const command = [process.execPath, join(root, 'dist', 'cli', 'styrdok.cjs'), ...args];
  const timed = existsSync(TIME) ? [TIME, '-f', '%U %S', '-o', cpuFile, ...command] : command;
  const t = performance.now();
  const r = spawnSync(timed[0]!, timed.slice(1), { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env } });
  const seconds = (performance.now() - t) / 1000;
  let cpuSeconds: number | null = null;
  if (existsSync(cpuFile)) {
    const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    cpuSeconds = user! + sys!;
  }
  return { seconds, cpuSeconds, status: r.status, stdout: r.stdout ?? '' };
}
