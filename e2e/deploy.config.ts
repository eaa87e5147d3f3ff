// The deploy kit through a real server: DEPLOY_SERVER=nginx or apache (`make deploy-test` runs
// both) serves dist/ under /foc/ with the kit's file (e2e/deploy/serve.mjs), and the specs that
// the way a site is served can break (CSP, deep links, embedding, the first view, sharing) run
// against it, with the check of its response headers (e2e/deploy/headers.check.ts).
// e2e/server.mjs runs too, for the embedding tests' host pages on another origin. Everything else is e2e/playwright.config.ts.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { app, deployPort, deployServer, port } from "./ports";

if (deployServer !== "nginx" && deployServer !== "apache") {
  throw new Error("e2e/deploy.config.ts: set DEPLOY_SERVER=nginx or DEPLOY_SERVER=apache");
}

export default defineConfig({
  ...base,
  testMatch: ["**/csp.spec.ts", "**/deep-link.spec.ts", "**/embed.spec.ts", "**/first-view.spec.ts", "**/sharing.spec.ts", "**/deploy/headers.check.ts"],
  // Its 11 KB address never reaches the app here: nginx and Apache refuse a request line over
  // 8 KB (414) unless the server's own configuration says otherwise, which a location block or
  // .htaccess cannot. headers.check.ts tests both sides of that limit instead.
  grepInvert: /a very long garbage URL neither hangs nor breaks the app/,
  outputDir: `test-results/${deployServer}`,
  use: { ...base.use, baseURL: app },
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
      command: `node e2e/deploy/serve.mjs ${deployServer}`,
      cwd: "..",
      env: { E2E_PORT: String(port), DEPLOY_PORT: String(deployPort) },
      url: `${app}index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
      // SIGTERM lets the script stop the server and remove its temp folder.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
