import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built extension (`npm run build:e2e` first; `npm run test:e2e` does both).
 * One worker: each test starts its own browser with the extension, and this machine has 2 cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
