// The npm registry reachable from our build machines only serves the linux-x64
// builds of platform-specific optional packages (rollup's native binaries), so
// npm leaves the other platforms out of package-lock.json and `npm ci` then
// refuses the lock. This adds the entries npm would have written, marked
// optional with their os/cpu, so `npm ci` skips them here and fetches the right
// one on a developer's Mac or Windows machine. Run after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const OS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', openbsd: 'openbsd', openharmony: 'openharmony', win32: 'win32' };
const CPU = { 'arm-eabi': 'arm', arm: 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${name}`;
    if (packages[at]) continue;
    const m = /^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+(?:-eabi)?)(?:-(gnu|musl|gnueabihf|musleabihf|msvc))?$/.exec(name);
    if (!m || !OS[m[1]] || !CPU[m[2]]) {
      console.error(`complete-lock: unknown optional package ${name} (from ${key || 'root'}); add it by hand`);
      process.exitCode = 1;
      continue;
    }
    const abi = m[3] ?? '';
    packages[at] = {
      version,
      cpu: [CPU[m[2]]],
      ...(entry.dev ? { dev: true } : {}),
      ...(abi.startsWith('musl') ? { libc: ['musl'] } : abi.startsWith('gnu') ? { libc: ['glibc'] } : {}),
      license: 'MIT',
      optional: true,
      os: [OS[m[1]]],
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lock: ${added} platform entries added`);
