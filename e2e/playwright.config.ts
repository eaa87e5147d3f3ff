// Playwright drives Debian's Chromium (Playwright cannot download its own browser here)
// against the release build in dist/, served by e2e/server.mjs, which it starts and stops.
import { defineConfig } from "@playwright/test";
import { port, cspPort } from "./ports";

// The build under test: dist/ (DIST_DIR names another, e.g. a build broken on purpose to see a
// test fail).
const distDir = process.env.DIST_DIR ?? "dist";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A stray test.only would shrink the run to one test and stay green.
  forbidOnly: true,
  timeout: 45_000,
  // What the app needs under two workers on two cores, with room: a slower app fails a test
  // rather than waiting it out. Speed itself is measured by `make bench`, not asserted here.
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `node e2e/server.mjs`,
      cwd: "..",
      env: { PORT: String(port), DIST_DIR: distDir },
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same build with the recommended Content-Security-Policy (e2e/csp.spec.ts).
      command: `node e2e/server.mjs`,
      cwd: "..",
      env: { PORT: String(cspPort), DIST_DIR: distDir, CSP: "1" },
      url: `http://127.0.0.1:${cspPort}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
