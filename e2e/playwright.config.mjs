// Playwright in Debian's Chromium (never a downloaded browser), against release builds served by
// e2e/server.mjs. One worker: the machine has 2 cores and the builds are shared.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

// Each run writes into its own folder (traces, screenshots, build B, results), so that runs
// started at the same time in the same work tree do not delete each other's files. Workers
// inherit the id through the environment.
process.env.E2E_RUN_ID ||= `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
const RUN_DIR = `./artifacts/runs/${process.env.E2E_RUN_ID}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.mjs',
  outputDir: `${RUN_DIR}/test-output`,
  globalSetup: './global-setup.mjs',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_RESULTS || `${RUN_DIR}/results.json` }],
  ],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
