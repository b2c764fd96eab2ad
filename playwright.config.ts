import { defineConfig } from '@playwright/test';
// @ts-expect-error -- plain ESM helper shared with scripts/ensure-browser.mjs
import { findBrowser } from './scripts/find-browser.mjs';

// Not 4173: `npm start` serves the designer there, and both may run at once.
const PORT = Number(process.env.E2E_PORT ?? 4183);
const browser = findBrowser() as { executablePath: string | undefined } | null;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser?.executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // A build directory per port (under the git-ignored .vite/): e2e runs on other ports, at the same time, never
    // replace the files this server is serving.
    command: `npx vite build --mode e2e --logLevel error --outDir .vite/e2e-${PORT} --emptyOutDir && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir .vite/e2e-${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false, // always test the current build
    timeout: 120_000,
  },
});
