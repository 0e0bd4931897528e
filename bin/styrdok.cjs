#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const built = join(__dirname, '..', 'dist', 'cli', 'styrdok.cjs');
if (!existsSync(built)) {
  process.stderr.write('styrdok: programmet är inte byggt. Kör "npm install" eller "npm run build" först.\n');
  process.exit(2);
}
require(built);
