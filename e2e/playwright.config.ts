// Playwright drives Debian's Chromium (Playwright cannot download its own browser here)
// against the release build in dist/, served by e2e/server.mjs, which it starts and stops.
import { defineConfig } from "@playwright/test";
import { port, cspPort } from "./ports";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
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
      env: { PORT: String(port), DIST_DIR: "dist" },
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same build with the recommended Content-Security-Policy (e2e/csp.spec.ts).
      command: `node e2e/server.mjs`,
      cwd: "..",
      env: { PORT: String(cspPort), DIST_DIR: "dist", CSP: "1" },
      url: `http://127.0.0.1:${cspPort}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
