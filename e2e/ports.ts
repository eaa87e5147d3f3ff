// The e2e servers' ports. E2E_PORT lets two checkouts run their suites side by side: the app is
// served at E2E_PORT (default 4173) and, with the recommended CSP, at the port after it.
export const port = Number(process.env.E2E_PORT ?? 4173);
export const cspPort = port + 1;

// `make deploy-test` runs some specs again through a real server (DEPLOY_SERVER=nginx|apache,
// e2e/deploy.config.ts) serving the app under /foc/ at DEPLOY_PORT with the deploy kit, which
// sends the CSP itself. Specs take the app's address from here, never from a port of their own.
export const deployServer = process.env.DEPLOY_SERVER ?? "";
export const deployPort = Number(process.env.DEPLOY_PORT ?? port + 2);
/** The app: e2e/server.mjs at the root, or the real server's /foc/. */
export const app = deployServer ? `http://127.0.0.1:${deployPort}/foc/` : `http://127.0.0.1:${port}/`;
/** The app served with the recommended CSP. */
export const cspApp = deployServer ? app : `http://127.0.0.1:${cspPort}/`;
/** Another origin for the embedding tests' host pages (e2e/server.mjs's /__host). */
export const hostOrigin = `http://localhost:${port}`;
