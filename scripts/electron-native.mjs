// Builds better-sqlite3 for Electron's ABI into dist/native-electron/, apart from
// the Node build in node_modules that tests, the CLI and the harness use.
// The main process loads it through better-sqlite3's nativeBinding option.
import { existsSync, mkdirSync, cpSync, copyFileSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'native-electron');
const target = join(out, 'better_sqlite3.node');

let electronBinary = null;
try {
  electronBinary = require('electron'); // the path of the binary, when it was downloaded
} catch {
  electronBinary = null;
}
if (typeof electronBinary !== 'string' || !existsSync(electronBinary)) {
  console.error(
    'Electron-programmet är inte installerat här (det laddas ned av "npm install" när nätet tillåter).\n' +
      'Databasmodulen för Electron byggs därför inte. Kör appen i webbläsaren i stället: npm run web',
  );
  process.exit(1);
}

const electronVersion = require('electron/package.json').version;
const stamp = join(out, 'electron-version.txt');
if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) process.exit(0);

console.log(`Bygger better-sqlite3 för Electron ${electronVersion}…`);
const work = join(root, 'dist', 'native-electron-work');
rmSync(work, { recursive: true, force: true });
cpSync(dirname(require.resolve('better-sqlite3/package.json')), work, {
  recursive: true,
  filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
});
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args) => execFileSync(npx, args, { cwd: work, stdio: 'inherit' });
try {
  run(['--no-install', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]);
} catch {
  run(['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']);
}
mkdirSync(out, { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
writeFileSync(stamp, electronVersion);
rmSync(work, { recursive: true, force: true });
console.log(`Klart: ${target}`);
