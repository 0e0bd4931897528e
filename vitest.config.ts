import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser tests share one Chromium each; keep files in parallel but bounded for a 2-core machine.
    maxWorkers: 2,
  },
});
