import { defineConfig } from '@playwright/test';
import { chromiumPath, quietArgs as baseArgs } from './tests/support/chromium.mjs';

const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: 'http://localhost:4173',
    trace: 'retain-on-failure',
    // Most tests serve their own config.json with page.route, which a service worker would bypass;
    // the offline tests (pwa.spec.ts) allow it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: 'npx vite preview --port 4173 --strictPort',
    url: 'http://localhost:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'cpu',
      testIgnore: /\.webgpu\.spec\.ts$/,
      use: { launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...baseArgs, '--disable-gpu'] } },
    },
    {
      name: 'webgpu',
      testMatch: /\.webgpu\.spec\.ts$/,
      use: { launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...baseArgs, '--enable-unsafe-webgpu'] } },
    },
  ],
});
